// Session 47 (helper coverage): a target group the lower document carries under a narrower form (a CARRIES edge the
// ingest wrote) reads, in one click from the gap view, the lower document at the places of that form, marked. On the
// sample: 吉林省科协2020年科普工作要点 carries 科技人才 as 乡村科技人才.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entityRows, graphFromSnapshot, GROUP_TYPES, lowerDocuments } from '../../coverage/index.js';
import type { EdgeOf, Snapshot } from '../../graph-schema/index.js';
import { type Harness, inView, openSamplePage, SKIP_BROWSER } from './browser-harness.js';

describe.skipIf(SKIP_BROWSER)('#browser gap view: a form carried, one click to its sentence', () => {
  let harness: Harness;
  let snapshot: Snapshot;
  let page: Page;
  const pageErrors: string[] = [];
  beforeAll(async () => {
    ({ harness, snapshot, page } = await openSamplePage(pageErrors));
  }, 300_000);
  afterAll(async () => harness?.close());

  it('reads 吉林’s 乡村科技人才 for the directive’s 科技人才, marked and in view', async () => {
    const edge = snapshot.edges.find((e) => e.key === 'CARRIES|doc:吉林省科协2020年科普工作要点|group:科技人才');
    expect(edge, 'the sample’s CARRIES edge').toBeDefined();
    const places = (edge!.attributes as EdgeOf<'CARRIES'>).places;
    const lower = edge!.source;
    const g = graphFromSnapshot(snapshot);
    const higher = g.filterNodes((id, a) => a.type === 'Document' && a.inCorpus === true && lowerDocuments(g, id).some((d) => d.id === lower) && entityRows(g, id, lower, GROUP_TYPES).some((r) => r.id === 'group:科技人才'))[0];
    expect(higher, 'a directive comparing 吉林 that mentions 科技人才').toBeDefined();
    await page.goto(`${harness.served.url}/?view=gaps&higher=${encodeURIComponent(higher)}&lower=${encodeURIComponent(lower)}`);
    const row = page.locator('[data-testid=gaps-groups-table] [data-testid=gap-row][data-node-id="group:科技人才"]');
    await expect.poll(() => row.getByTestId('gap-carried-as').textContent(), { timeout: 15_000 }).toContain('乡村科技人才');
    await row.getByTestId('gap-carried-read').click();
    await expect.poll(() => page.getByTestId('reader-title').innerText()).toBe('吉林省科协2020年科普工作要点');
    await expect.poll(() => new URL(page.url()).searchParams.getAll('passage')).toEqual(places.map((p) => `${p.span[0]}-${p.span[1]}`));
    const marked = page.getByTestId('reader-passage');
    await expect.poll(() => marked.allInnerTexts().then((x) => x.join(''))).toContain('乡村科技人才');
    expect(await inView(page, marked.first())).toBe(true);
    expect(pageErrors).toEqual([]);
  }, 120_000);
});
