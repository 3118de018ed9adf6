// "Evidence, side by side" as a researcher uses it, in Debian's chromium: open the 吉林 measure
// that reuses 动员科技工作者履行科普社会责任, press "evidence" on its link to the national
// measure, and read the passage highlighted in the same colour on both sides, the shared
// entities, the verdict, score and both documents, all checked against the snapshot.
import { copyFile, mkdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { EdgeOf } from '../../graph-schema/index.js';
import { SKIP_BROWSER, useSamplePage } from './browser-harness.js';

const PASSAGE = '动员科技工作者履行科普社会责任';

describe.skipIf(SKIP_BROWSER)('#browser evidence side by side', () => {
  const sample = useSamplePage();

  it(`shows ${PASSAGE} highlighted on both sides of the 吉林 → national link`, async () => {
    const { harness, snapshot, page, pageErrors } = sample;
    const edge = snapshot.edges.find(
      (e) =>
        e.attributes.type === 'IMPLEMENTS' &&
        e.source.includes('吉林') &&
        e.attributes.evidence.passages.some((p) => p.text === PASSAGE),
    );
    expect(edge, `an IMPLEMENTS link from a 吉林 measure reusing ${PASSAGE}`).toBeDefined();
    const link = edge!.attributes as EdgeOf<'IMPLEMENTS'>;
    const node = (id: string) => snapshot.nodes.find((n) => n.key === id)!.attributes;
    const lower = node(edge!.source) as { docId: string };
    const higher = node(edge!.target) as { docId: string };

    // A copied link to the measure, then its "Implements" row's evidence button.
    await page.goto(`${harness.served.url}/?node=${encodeURIComponent(edge!.source)}`);
    await page.locator(`[data-testid=implements] [data-testid=evidence-button][data-node-id="${edge!.target}"]`).click();
    await page.getByTestId('evidence-lower-text').waitFor();

    // The passage, as marked on each side, is exactly its wording in the snapshot.
    const passages = [...link.evidence.passages].sort((a, b) => a.lower[0] - b.lower[0]);
    const i = passages.findIndex((p) => p.text === PASSAGE);
    const marked = (side: string) =>
      page
        .locator(`[data-testid=evidence-${side}-text] mark[data-passage~="${i}"]`)
        .evaluateAll((els) => els.map((e) => e.textContent).join(''));
    expect(await marked('lower')).toBe(PASSAGE);
    expect(await marked('higher')).toBe(passages[i].higherText ?? PASSAGE);
    // Same colour on both sides.
    const colour = (side: string) =>
      page.locator(`[data-testid=evidence-${side}-text] mark[data-passage~="${i}"]`).first().evaluate((e) => getComputedStyle(e).backgroundColor);
    expect(await colour('lower')).toBe(await colour('higher'));
    // Every passage of the link is marked on both sides.
    for (const [j, p] of passages.entries()) {
      const lowerMarked = await page
        .locator(`[data-testid=evidence-lower-text] mark[data-passage~="${j}"]`)
        .evaluateAll((els) => els.map((e) => e.textContent).join(''));
      expect(lowerMarked).toBe(p.text);
    }

    // The shared entities listed are the snapshot's, with their mentions marked in the texts.
    const shared = await page.locator('[data-testid=evidence-shared] li').evaluateAll((els) => els.map((e) => e.getAttribute('data-node-id')!));
    const expected = link.evidence.sharedEntities.map((ref) => {
      const [type, name] = [ref.slice(0, ref.indexOf(':')), ref.slice(ref.indexOf(':') + 1)];
      return snapshot.nodes.find((n) => n.key === ref || (n.attributes.type === type && n.attributes.name === name))!.key;
    });
    expect(shared.sort()).toEqual(expected.sort());
    for (const id of expected) {
      expect(await page.locator(`[data-testid=evidence-lower-text] mark[data-entity="${id}"]`).count()).toBeGreaterThan(0);
    }

    // Verdict, score and the two documents.
    expect(await page.getByTestId('evidence-verdict').getAttribute('data-verdict')).toBe(link.verdict);
    expect(await page.getByTestId('evidence-score').textContent()).toBe(link.score.toFixed(2));
    expect(await page.getByTestId('evidence-lower-document').textContent()).toContain(node(lower.docId).name);
    expect(await page.getByTestId('evidence-higher-document').textContent()).toContain(node(higher.docId).name);
    const region = (node(lower.docId) as { region?: string }).region;
    if (region) expect(await page.getByTestId('evidence-lower-document').textContent()).toContain(region);

    await mkdir('out/screenshots', { recursive: true });
    await mkdir('docs', { recursive: true });
    await page.getByTestId('evidence-view').screenshot({ path: 'out/screenshots/evidence.png' });
    await copyFile('out/screenshots/evidence.png', 'docs/evidence.png');

    await page.getByTestId('evidence-close').click();
    await expect.poll(() => page.getByTestId('evidence-view').count()).toBe(0);
    expect(pageErrors).toEqual([]);
  }, 120_000);

  // Session 32 trial: from a link's evidence to the sentence in its document, and back.
  it('reads a side in its source: the reader opens at that measure, back returns to the evidence', async () => {
    const { harness, snapshot, page, pageErrors } = sample;
    const edge = snapshot.edges.find((e) => e.attributes.type === 'IMPLEMENTS' && e.source.includes('吉林'))!;
    await page.goto(`${harness.served.url}/?evidence=${encodeURIComponent(`${edge.source}~${edge.target}`)}`);
    await page.getByTestId('evidence-higher-read').click();
    const current = page.locator('[data-testid=reader-block].current');
    await current.waitFor();
    expect(await current.getAttribute('data-measure')).toBe(edge.target);
    await expect.poll(() => page.getByTestId('evidence-view').count()).toBe(0);
    expect(new URL(page.url()).searchParams.get('reader')).toBe((snapshot.nodes.find((n) => n.key === edge.target)!.attributes as { docId: string }).docId);
    await page.goBack();
    await page.getByTestId('evidence-lower-text').waitFor();
    expect(pageErrors).toEqual([]);
  }, 60_000);
});
