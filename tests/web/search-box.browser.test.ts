// The search box under mouse and keyboard together (issue 12): arrow keys choose the active hit
// even with the pointer resting where the list opens, a hit clicked after arrow-key steps opens
// that hit, and Enter opens the hit the keys stepped to.
import { beforeAll, describe, expect, it } from 'vitest';
import { newTestPage, SKIP_BROWSER, useSamplePage } from './browser-harness.js';

describe.skipIf(SKIP_BROWSER)('#browser search box with mouse and keyboard', () => {
  const sample = useSamplePage({ consoleErrors: false });
  // A query many organisations match: the list has several hits (and the server's text hits come later).
  let query = '';

  beforeAll(async () => {
    const { harness, snapshot, page } = sample;
    await page.goto(harness.served.url);
    await page.getByTestId('legend').waitFor();
    const names = snapshot.nodes.filter((n) => n.attributes.type === 'Organisation').map((n) => n.attributes.name);
    // The two-character run most organisation names share.
    const counts = new Map<string, number>();
    for (const name of names) for (const bigram of new Set([...name].slice(0, -1).map((c, i) => c + name[i + 1]))) counts.set(bigram, (counts.get(bigram) ?? 0) + 1);
    query = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
  }, 300_000);

  const hits = () => sample.page.locator('[data-testid=search-result]');
  const activeId = () => sample.page.locator('[data-testid=search-result][aria-selected=true]').getAttribute('data-node-id');
  /** The list is settled once the server's text hits for the query are in it (aria-busy false): they may reorder it. */
  const settled = () => sample.page.locator('[data-testid=search-results][aria-busy=false]').waitFor();
  const openIds = async (settle = true) => {
    await sample.page.getByTestId('search-input').fill('');
    await sample.page.getByTestId('search-input').fill(query);
    await expect.poll(() => hits().count()).toBeGreaterThanOrEqual(3);
    if (settle) await settled();
    return hits().evaluateAll((els) => els.map((e) => e.getAttribute('data-node-id')!));
  };
  const closePanel = async () => {
    await sample.page.keyboard.press('Escape');
    await sample.page.locator('body').press('Escape');
    await expect.poll(() => sample.page.getByTestId('side-panel').count()).toBe(0);
  };

  it('steps with the arrow keys while the pointer rests where the list opens, and Enter opens the stepped-to hit', async () => {
    const { page } = sample;
    // The pointer parked over the place the list will appear (under the search box), not moving.
    const box = (await page.getByTestId('search-input').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height + 40);
    await openIds(false);
    await page.getByTestId('search-input').press('ArrowDown');
    await page.getByTestId('search-input').press('ArrowDown');
    // The server's text hits re-render the list under the still pointer after the steps (waited for, not slept).
    await settled();
    const ids = await hits().evaluateAll((els) => els.map((e) => e.getAttribute('data-node-id')!));
    await expect.poll(activeId).toBe(ids[2]);
    await page.getByTestId('search-input').press('Enter');
    await expect.poll(() => page.getByTestId('side-panel').getAttribute('data-node-id')).toBe(ids[2]);
    await closePanel();
  });

  it('opens the hit clicked after arrow-key steps (not the active one)', async () => {
    const { page } = sample;
    await page.mouse.move(5, 890);
    const ids = await openIds();
    await page.getByTestId('search-input').press('ArrowDown');
    await page.getByTestId('search-input').press('ArrowDown');
    await page.getByTestId('search-input').press('ArrowDown');
    // Clicked at once, while the server's hits may still be on their way.
    const target = ids[1];
    await page.locator(`[data-testid=search-result][data-node-id="${target}"]`).click({ timeout: 5000 });
    await expect.poll(() => page.getByTestId('side-panel').getAttribute('data-node-id')).toBe(target);
    await closePanel();
  });

  it('opens the hit clicked after arrow-key steps once the list has settled, many times over', async () => {
    const { page, pageErrors } = sample;
    for (let round = 0; round < 4; round++) {
      const ids = await openIds();
      for (let k = 0; k <= round; k++) await page.getByTestId('search-input').press('ArrowDown');
      await expect.poll(activeId).toBe(ids[Math.min(round + 1, ids.length - 1)]);
      const target = ids[(round + 2) % ids.length];
      await page.locator(`[data-testid=search-result][data-node-id="${target}"]`).click({ timeout: 5000 });
      await expect.poll(() => page.getByTestId('side-panel').getAttribute('data-node-id')).toBe(target);
      await closePanel();
    }
    expect(pageErrors).toEqual([]);
  });

  it('keeps the list open when the box is left and focused again at once (Esc, then Ctrl+K and typing)', async () => {
    const { page, pageErrors } = sample;
    // Leaving the box closes its list a moment later; coming back within that moment and typing
    // must not have the late close hide the hits (CI under load typed inside the window).
    await page.getByTestId('search-input').fill('');
    await page.evaluate(() => {
      const box = document.querySelector<HTMLInputElement>('[data-testid=search-input]')!;
      box.blur();
      box.focus();
    });
    await page.keyboard.type(query);
    await page.getByTestId('search-results').waitFor({ timeout: 5000 });
    // The late close was due 150 ms after the blur, before the typing; the server's hits are asked for 150 ms
    // after the last key (SearchBox DEBOUNCE_MS). Once they are in, the late close has had its turn.
    await settled();
    expect(await page.getByTestId('search-results').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(pageErrors).toEqual([]);
  });

  // Session 33: the server's answer for the previous query was shown (and the list said nothing was pending) in
  // the render after a keystroke, until an effect cleared it. The server's answer for the new query is held back
  // here; every state of the list meanwhile is recorded as it is drawn (a MutationObserver's records).
  // Session 41: energy-s38's trial lost a click on the law's hit in 2 runs of 6, made as the loading page's box gave way
  // to the explorer's: the row pressed was gone at the release, and the browser sent no click.
  it('chooses the hit pressed in the loading page’s list when the explorer replaces the page before the release', async () => {
    const { harness, pageErrors } = sample;
    const p = await newTestPage(harness.browser, pageErrors, { consoleErrors: false });
    let release = () => {};
    const held = new Promise<void>((r) => (release = r));
    await p.route('**/api/graph', async (route) => {
      await held;
      await route.continue();
    });
    try {
      await p.goto(harness.served.url);
      const box = p.locator('input[type=search]').first();
      await box.fill(query);
      await expect.poll(() => p.getByTestId('search-results').getAttribute('aria-busy')).toBe('false');
      const rows = p.locator('[data-testid=search-result]');
      await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(3);
      expect(await p.getByTestId('loading').count()).toBeGreaterThan(0);
      // The third hit, pressed while the page loads; the graph comes in and the explorer replaces the page; released.
      const target = rows.nth(2);
      const id = await target.getAttribute('data-node-id');
      const at = (await target.boundingBox())!;
      await p.mouse.move(at.x + at.width / 2, at.y + at.height / 2);
      await p.mouse.down();
      release();
      await p.getByTestId('loading').first().waitFor({ state: 'detached', timeout: 120_000 });
      await p.getByTestId('legend').waitFor();
      await p.mouse.up();
      await expect.poll(() => p.getByTestId('side-panel').getAttribute('data-node-id')).toBe(id);
      expect(new URL(p.url()).searchParams.get('node')).toBe(id);
      // What was typed is in the explorer's box.
      expect(await p.locator('input[type=search]').first().inputValue()).not.toBe('');
    } finally {
      await p.close();
    }
  });

  it('shows no earlier query’s server hits, and says it is waiting, while the new query’s are on their way', async () => {
    const { snapshot, page } = sample;
    await openIds();
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    await page.route('**/api/search?**', async (route) => {
      await held;
      await route.continue();
    });
    await page.evaluate(() => {
      const w = window as unknown as { __listStates: { busy: string | null; input: string }[] };
      w.__listStates = [];
      const list = document.querySelector('[data-testid=search-results]')!;
      const input = document.querySelector<HTMLInputElement>('[data-testid=search-input]')!;
      new MutationObserver(() => w.__listStates.push({ busy: list.getAttribute('aria-busy'), input: input.value })).observe(list, { attributes: true, childList: true, subtree: true });
    });
    const other = snapshot.nodes.find((n) => n.attributes.type === 'Organisation' && !n.attributes.name.includes(query))!.attributes.name;
    await page.getByTestId('search-input').fill(other);
    await expect.poll(() => page.locator('[data-testid=search-results][aria-busy=true]').count()).toBe(1);
    const states = (await page.evaluate('window.__listStates')) as { busy: string | null; input: string }[];
    expect(states.length).toBeGreaterThan(0);
    expect(states.filter((st) => st.input === other && st.busy !== 'true')).toEqual([]);
    release();
    await settled();
    await page.unroute('**/api/search?**');
    await page.keyboard.press('Escape');
  });

  it('a document the corpus only cites says so in its row; one in the corpus does not (session 22: two identical rows on the law mirror)', async () => {
    const { snapshot, page } = sample;
    const docs = snapshot.nodes.filter((n) => n.attributes.type === 'Document');
    const cited = docs.find((n) => n.attributes.type === 'Document' && !n.attributes.inCorpus)!;
    const inCorpus = docs.find((n) => n.attributes.type === 'Document' && n.attributes.inCorpus)!;
    expect(cited && inCorpus).toBeTruthy();
    const typeOf = async (id: string, name: string) => {
      await page.getByTestId('search-input').fill('');
      await page.getByTestId('search-input').fill(name);
      const row = page.locator(`[data-testid=search-result][data-node-id="${id}"]`);
      await row.waitFor();
      return row.locator('.hit-type').innerText();
    };
    expect(await typeOf(cited.key, cited.attributes.name)).toMatch(/仅被引用/);
    expect(await typeOf(inCorpus.key, inCorpus.attributes.name)).not.toMatch(/仅被引用/);
    await page.keyboard.press('Escape');
  });
});

