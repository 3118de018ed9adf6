// The document reader as a researcher uses it, in Debian's chromium, checked against the snapshot:
// from the 吉林 plan's side panel, "Read" shows its whole cleaned text line by line (as text), the
// organisations it mentions marked, its targets and citations marked (a citation selects the cited
// document), and beside a measure the national measure it implements (opening the evidence).
import { mkdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { EdgeOf, NodeAttributes } from '../../graph-schema/index.js';
import { SKIP_BROWSER, useSamplePage } from './browser-harness.js';

const JILIN = '吉林省科协2020年科普工作要点';

describe.skipIf(SKIP_BROWSER)('#browser document reader', () => {
  const sample = useSamplePage();
  const node = (id: string) => sample.snapshot.nodes.find((n) => n.key === id)?.attributes as NodeAttributes & Record<string, unknown>;

  it(`reads ${JILIN}: its text, organisations, targets, citations and links`, async () => {
    const { harness, snapshot, page, pageErrors } = sample;
    const doc = snapshot.nodes.find((n) => n.attributes.type === 'Document' && n.attributes.name === JILIN)!;
    const text = (doc.attributes as { text: string }).text;
    const measures = new Set(snapshot.nodes.filter((n) => n.attributes.type === 'Measure' && (n.attributes as { docId: string }).docId === doc.key).map((n) => n.key));
    const mentions = snapshot.edges.filter((e) => e.attributes.type === 'MENTIONS' && measures.has(e.source));
    const orgMentions = mentions.filter((e) => node(e.target).type === 'Organisation');
    expect(orgMentions.length).toBeGreaterThan(0);

    await page.goto(`${harness.served.url}/?node=${encodeURIComponent(doc.key)}`);
    await page.getByTestId('read-button').click();
    await page.locator('[data-testid=reader-block]').first().waitFor();
    expect(await page.getByTestId('reader-title').textContent()).toBe(JILIN);

    // The whole cleaned text, line by line, as text.
    const lines = await page.locator('[data-testid=reader-block] .reader-line .source-text').evaluateAll((els) => els.map((e) => e.textContent));
    expect(lines.join('\n')).toBe(text.split('\n').filter((l) => l.trim()).join('\n'));

    // Organisations: every one the snapshot has 吉林's measures mention is marked, with its wording.
    const marked = await page
      .locator('[data-testid=reader-text] mark[data-kind=Organisation]')
      .evaluateAll((els) => els.map((e) => ({ id: e.getAttribute('data-node-id')!, text: e.textContent! })));
    expect(new Set(marked.map((m) => m.id))).toEqual(new Set(orgMentions.map((e) => e.target)));
    for (const m of marked) {
      const surfaces = orgMentions.filter((e) => e.target === m.id).flatMap((e) => (e.attributes as EdgeOf<'MENTIONS'>).spans.map((s) => text.slice(s[0], s[1])));
      expect(surfaces).toContain(m.text);
    }
    // Targets: the snapshot's targets of 吉林, each marked with its own words.
    const targets = snapshot.nodes.filter((n) => n.attributes.type === 'Target' && (n.attributes as { docId: string }).docId === doc.key);
    const markedTargets = await page.locator('[data-testid=reader-text] mark[data-kind=Target]').evaluateAll((els) => els.map((e) => e.getAttribute('data-node-id')!));
    expect(new Set(markedTargets)).toEqual(new Set(targets.map((n) => n.key)));

    // A citation is a link to the cited document.
    const cite = snapshot.edges.find((e) => e.attributes.type === 'CITES' && e.source === doc.key)!;
    await page.locator(`[data-testid=reader-text] mark[data-kind=Document][data-node-id="${cite.target}"]`).first().click();
    // The panel was open on the document itself: wait for the click's own selection (race audit, session 33).
    await expect.poll(() => page.getByTestId('side-panel').getAttribute('data-node-id')).toBe(cite.target);

    await mkdir('out/screenshots', { recursive: true });
    await page.screenshot({ path: 'out/screenshots/reader.png' });

    // Beside a measure: the national measure it implements; a click opens the evidence.
    const link = snapshot.edges
      .filter((e) => e.attributes.type === 'IMPLEMENTS' && measures.has(e.source))
      .sort((a, b) => (b.attributes as EdgeOf<'IMPLEMENTS'>).score - (a.attributes as EdgeOf<'IMPLEMENTS'>).score)[0];
    const row = page.locator(`[data-testid=reader-block][data-measure="${link.source}"] [data-testid=reader-implements] [data-testid=reader-link][data-node-id="${link.target}"]`);
    expect(await row.getAttribute('data-verdict')).toBe((link.attributes as EdgeOf<'IMPLEMENTS'>).verdict);
    await row.click();
    await page.getByTestId('evidence-verdict').waitFor();
    expect(await page.getByTestId('evidence-score').textContent()).toBe((link.attributes as EdgeOf<'IMPLEMENTS'>).score.toFixed(2));
    expect(new URL(page.url()).searchParams.get('reader')).toBe(doc.key);
    await page.getByTestId('evidence-close').click();
    expect(pageErrors).toEqual([]);
  }, 120_000);

  // Session 32 trial: only the first line of a multi-line measure was outlined.
  it('outlines every line of the selected measure, not only its first', async () => {
    const { harness, snapshot, page, pageErrors } = sample;
    // A measure whose text runs over several lines (a plan's 前言).
    const m = snapshot.nodes.find((n) => n.attributes.type === 'Measure' && /\n\s*\S/.test(String(n.attributes.text ?? '')))!;
    expect(m, 'a measure of several lines').toBeDefined();
    const multi = m.key;
    const docId = String((m.attributes as { docId: string }).docId);
    await page.goto(`${harness.served.url}/?view=reader&reader=${encodeURIComponent(docId)}&node=${encodeURIComponent(multi)}`);
    const lines = page.locator(`[data-testid=reader-block][data-measure="${multi}"]`);
    await page.getByTestId('reader-block').first().waitFor();
    expect(await lines.count()).toBeGreaterThan(1);
    await expect.poll(() => lines.evaluateAll((els) => els.every((e) => /\b(current|within)\b/.test(e.className)))).toBe(true);
    expect(pageErrors).toEqual([]);
  }, 60_000);
});
