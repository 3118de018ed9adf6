// A link to a later revision of a law (issue 13, session 18), in Debian's chromium: a province's 1995
// 实施办法 and the 2012 text of a law adopted in 1993, the only text of it in the corpus, ingested by
// the real pipeline. The evidence view of such a link says the higher text is a later revision and
// gives the lag from the law's adoption, as the IMPLEMENTS edge carries them. Texts written for the test.
import { describe, expect, it } from 'vitest';
import type { EdgeOf } from '../../graph-schema/index.js';
import { ingestTexts } from '../ingest/link/ingest-texts.js';
import { LAW_2012, province } from '../ingest/link/versions-texts.js';
import { SKIP_BROWSER, useSnapshotPage } from './browser-harness.js';

describe.skipIf(SKIP_BROWSER)('#browser a link to a later revision of a law', () => {
  const sample = useSnapshotPage(() => ingestTexts({ 'law.txt': LAW_2012, 'henan.txt': province('河南省', '1995年6月8日') }));

  it('says the higher text is a later revision and shows the lag from the adoption', async () => {
    const { harness, snapshot, page, pageErrors } = sample;
    const edge = snapshot.edges.find((e) => e.attributes.type === 'IMPLEMENTS' && (e.attributes as EdgeOf<'IMPLEMENTS'>).laterVersion);
    expect(edge, 'a laterVersion IMPLEMENTS link from the pipeline').toBeDefined();
    const link = edge!.attributes as EdgeOf<'IMPLEMENTS'>;
    // 1993-07-02 (adoption) → 1995-06-08 (the province's 办法)
    expect(link.lagDays).toBe(706);

    await page.goto(`${harness.served.url}/?node=${encodeURIComponent(edge!.source)}`);
    await page.locator(`[data-testid=implements] [data-testid=evidence-button][data-node-id="${edge!.target}"]`).click();
    await page.getByTestId('evidence-lower-text').waitFor();
    await expect.poll(() => page.getByTestId('evidence-later-version').count()).toBe(1);
    expect((await page.getByTestId('evidence-lag').textContent()) ?? '').toContain('706');
    expect(pageErrors).toEqual([]);
  }, 120_000);
});
