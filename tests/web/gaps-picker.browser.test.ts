// The gap view's lower picker after a new higher document (session 32 trial: choosing 献血法 over the
// default 吉林 plan compared a blood-donation law with a science-popularisation plan, 0 % covered, and
// the lower list offered every document alike). On the sample: the documents below the higher one come
// first, in their own group, and a new higher document brings one of its own lower documents along.
import { describe, expect, it } from 'vitest';
import { graphFromSnapshot } from '../../coverage/graph.js';
import { lowerDocuments } from '../../coverage/index.js';
import { SKIP_BROWSER, useSamplePage } from './browser-harness.js';

describe.skipIf(SKIP_BROWSER)('#browser gap view pickers', () => {
  const s = useSamplePage();

  it('groups the higher document’s lowers first and follows a new higher document with one of them', async () => {
    const { page, snapshot, harness } = s;
    const g = graphFromSnapshot(snapshot);
    await page.goto(`${harness.served.url}/?view=gaps`);
    const value = (testId: string) => page.getByTestId(testId).getAttribute('data-value');
    const higher = (await value('gaps-higher'))!;
    const below = (id: string) => lowerDocuments(g, id).map((d) => d.id);
    // The lower picker opened: its first group is the higher document's lowers.
    const grouped = async () => {
      await page.getByTestId('gaps-lower').focus();
      const ids = await page.locator('[data-testid=gaps-lower-list] [role=option][data-group=first]').evaluateAll((os) => os.map((o) => (o as HTMLElement).dataset.id));
      await page.getByTestId('gaps-lower').press('Escape');
      return ids;
    };
    expect((await grouped()).sort()).toEqual(below(higher).sort());
    // Another higher document whose lowers leave the current lower one out, typed into the higher picker and chosen.
    const lower = (await value('gaps-lower'))!;
    const other = snapshot.nodes.find((n) => n.attributes.type === 'Document' && n.key !== higher && below(n.key).length > 0 && !below(n.key).includes(lower));
    expect(other, 'the sample has a second higher document with other lowers').toBeDefined();
    await page.getByTestId('gaps-higher').fill(other!.attributes.name);
    await page.locator(`[data-testid=gaps-higher-list] [role=option][data-id="${other!.key}"]`).click();
    await expect.poll(() => value('gaps-lower')).toBe(below(other!.key)[0]);
    expect(new URL(page.url()).searchParams.get('lower')).toBe(below(other!.key)[0]);
    expect(s.pageErrors).toEqual([]);
  }, 60_000);
});
