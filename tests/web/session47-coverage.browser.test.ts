// Session 47 (helper coverage): a target group the lower document carries under a narrower form (a CARRIES edge the
// ingest wrote) reads, in one click from the gap view, the lower document at the places of that form, marked. On the
// sample: 吉林省科协2020年科普工作要点 carries 科技人才 as 乡村科技人才.
import { describe, expect, it } from 'vitest';
import { entityRows, graphFromSnapshot, GROUP_TYPES, lowerDocuments } from '../../coverage/index.js';
import type { EdgeOf } from '../../graph-schema/index.js';
import { expectCarriedFormRead, SKIP_BROWSER, useSamplePage } from './browser-harness.js';

describe.skipIf(SKIP_BROWSER)('#browser gap view: a form carried, one click to its sentence', () => {
  const sample = useSamplePage();

  it('reads 吉林’s 乡村科技人才 for the directive’s 科技人才, marked and in view', async () => {
    const { harness, snapshot, page, pageErrors } = sample;
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
    await expectCarriedFormRead(page, row, '吉林省科协2020年科普工作要点', places, '乡村科技人才');
    expect(pageErrors).toEqual([]);
  }, 120_000);
});
