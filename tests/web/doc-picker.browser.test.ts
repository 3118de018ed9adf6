// The document pickers as a user works them (session 44): the explorer's document filter and the gap view's pickers
// are comboboxes one types into. Part of a title finds the document, ↑/↓/Enter choose it, Esc closes the list (not the
// view), a part of the issuer's name finds it too, and the roles are the ARIA combobox's.
import { describe, expect, it } from 'vitest';
import { SKIP_BROWSER, useSamplePage } from './browser-harness.js';

describe.skipIf(SKIP_BROWSER)('#browser document picker', () => {
  const s = useSamplePage();
  const name = (id: string) => s.snapshot.nodes.find((n) => n.key === id)!.attributes.name;
  // The sample's documents (the ingested corpus, or the fixture): read from the snapshot, not named here.
  const documents = () => s.snapshot.nodes.filter((n) => n.attributes.type === 'Document' && n.attributes.inCorpus);

  it('finds a document by part of its title and chooses it with the keyboard', async () => {
    const { page, harness } = s;
    await page.goto(harness.served.url);
    await page.getByTestId('legend').waitFor();
    const box = page.getByTestId('filter-document');
    expect(await box.getAttribute('role')).toBe('combobox');
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    // A part from the middle of the last document's title.
    const target = documents().at(-1)!.key;
    const part = name(target).slice(2, 7);
    await box.click();
    await box.pressSequentially(part);
    const list = page.getByTestId('filter-document-list');
    expect(await list.getAttribute('role')).toBe('listbox');
    expect(await box.getAttribute('aria-controls')).toBe(await list.getAttribute('id'));
    const shown = () => list.getByRole('option').evaluateAll((os) => os.map((o) => (o as HTMLElement).dataset.id));
    await expect.poll(shown).toContain(target);
    // Down to it, the active option is the one announced, Enter chooses it: a chip, the box empty and closed.
    const at = (await shown()).indexOf(target);
    for (let i = 0; i < at; i++) await box.press('ArrowDown');
    const active = await box.getAttribute('aria-activedescendant');
    expect(await page.locator(`[id="${active}"]`).getAttribute('data-id')).toBe(target);
    expect(await page.locator(`[id="${active}"]`).getAttribute('aria-selected')).toBe('true');
    await box.press('Enter');
    await expect.poll(() => page.locator(`[data-testid=filter-chip][data-chip="doc:${target}"]`).count()).toBe(1);
    expect(await box.inputValue()).toBe('');
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    // Chosen once, it cannot be chosen again.
    await box.fill(name(target));
    expect(await list.locator(`[data-id="${target}"]`).getAttribute('aria-disabled')).toBe('true');
    await box.press('Escape');
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    // Nothing found says so.
    await box.fill('没有这样的文件名');
    await expect.poll(() => page.getByTestId('filter-document-none').count()).toBe(1);
    await box.press('Escape');
  }, 60_000);

  it('finds a gap view document by its issuer, and Esc closes the list, not the view', async () => {
    const { page, harness } = s;
    await page.goto(`${harness.served.url}/?view=gaps`);
    const higher = page.getByTestId('gaps-higher');
    await higher.waitFor();
    // The closed picker shows the chosen document's title.
    const chosen = (await higher.getAttribute('data-value'))!;
    expect(await higher.inputValue()).toContain(name(chosen));
    // A document whose issuer is not in its title: found by the issuer alone.
    const by = documents().find((n) => {
      const a = n.attributes as { name: string; issuer?: string };
      return a.issuer && !a.name.includes(a.issuer);
    });
    expect(by, 'the sample has a document whose title does not name its issuer').toBeDefined();
    const byIssuer = by!.key;
    await higher.click();
    await higher.fill((by!.attributes as { issuer: string }).issuer);
    await expect.poll(() => page.getByTestId('gaps-higher-list').getByRole('option').evaluateAll((os) => os.map((o) => (o as HTMLElement).dataset.id))).toContain(byIssuer);
    await higher.press('Escape');
    expect(await higher.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByTestId('gaps-view').count()).toBe(1);
    // What was typed is gone: the picker shows its document again.
    expect(await higher.inputValue()).toContain(name(chosen));
    expect(s.pageErrors).toEqual([]);
  }, 60_000);
});
