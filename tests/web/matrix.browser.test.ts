// The coverage matrix and the province map as a planner uses them, in Debian's chromium on the
// sample corpus: every cell against coverage/matrix.ts; the map colours the provinces that have
// documents and clicking 吉林 keeps only its columns (科学辟谣平台 not carried); the thresholds
// and the sort re-read the matrix; the downloaded CSV parses back to the module's matrix; a cell
// opens the shared evidence view with the reused passage. Then the Gaps view in both languages, with the
// partial threshold from which other thresholds replay the linker exactly (the linker's candidates, fetched when a
// view opens: not in the page's graph payload).
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import type { EdgeOf } from '../../graph-schema/index.js';
import { graphFromSnapshot, type CoverageGraph } from '../../coverage/index.js';
import { featureShares } from '../../coverage/map.js';
import { matrixCsv, parseCsv } from '../../coverage/matrix-csv.js';
import { coverageMatrix, sortMatrix, type CoverageMatrix } from '../../coverage/matrix.js';
import { exactFrom } from '../../coverage/replay.js';
import { researchEn } from '../../web/src/i18n/research.en.js';
import { researchZh } from '../../web/src/i18n/research.zh.js';
import { zh } from '../../web/src/i18n/zh.js';
import { matrixCsvWords } from '../../web/src/graph/coverage-csv.js';
import { SKIP_BROWSER, useSamplePage } from './browser-harness.js';

const DIRECTIVE = 'doc:中国科协2020年科普工作要点';
const JILIN = 'doc:吉林省科协2020年科普工作要点';
const PASSAGE = '动员科技工作者履行科普社会责任';
const SHOTS = 'tests/web/screenshots';

describe.skipIf(SKIP_BROWSER)('#browser coverage matrix and province map', () => {
  const sample = useSamplePage({ acceptDownloads: true });
  let g: CoverageGraph;

  // The coverage graph of the suite's snapshot (useSamplePage's beforeAll, registered first, has opened it).
  beforeAll(() => {
    g = graphFromSnapshot(sample.snapshot);
  });

  const shownColumns = () => sample.page.locator('[data-testid=matrix-column]').evaluateAll((els) => els.map((e) => e.getAttribute('data-doc-id')));
  const shownCells = () =>
    sample.page
      .locator('[data-testid=matrix-row]')
      .evaluateAll((rows) => rows.map((r) => [r.getAttribute('data-node-id'), ...[...r.querySelectorAll('[data-testid=matrix-cell]')].map((c) => c.getAttribute('data-status'))]));
  const expectedCells = (m: CoverageMatrix) => m.rows.map((r) => [r.id, ...r.cells.map((c) => c.status)]);

  it('shows every cell of the directive’s matrix as the coverage module computes it', async () => {
    const { harness, snapshot, page, pageErrors } = sample;
    // The linker's candidates are not in the graph the page loads; the matrix asks for them when it opens.
    const payload = await (await fetch(`${harness.served.url}/api/graph`)).json();
    expect(payload.attributes.linkCandidates).toBeUndefined();
    expect(snapshot.attributes.linkCandidates?.lowers.length).toBeGreaterThan(0);
    const candidates = page.waitForResponse((r) => r.url().endsWith('/api/link-candidates'));
    await page.goto(`${harness.served.url}/?view=matrix&directive=${encodeURIComponent(DIRECTIVE)}`);
    expect((await candidates).status()).toBe(200);
    await page.getByTestId('matrix-table').waitFor();
    const m = coverageMatrix(g, DIRECTIVE);
    expect(m.columns.length).toBeGreaterThan(1);
    expect(await shownColumns()).toEqual(m.columns.map((c) => c.id));
    expect(await shownCells()).toEqual(expectedCells(m));
    // The defaults of the threshold control are the snapshot's.
    const t = snapshot.attributes.linkThresholds!;
    expect(Number(await page.getByTestId('matrix-threshold-implements').inputValue())).toBe(t.implements);
    expect(Number(await page.getByTestId('matrix-threshold-partial').inputValue())).toBe(t.partial);
    // A tooltip gives status, score and lag.
    const cell = page.locator(`[data-testid=matrix-row][data-node-id="${m.rows[0].id}"] [data-testid=matrix-cell]`).last();
    const c = m.rows[0].cells.at(-1)!;
    expect(await cell.getAttribute('title')).toContain(c.score!.toFixed(2));
    expect(pageErrors).toEqual([]);
  });

  it('colours the provinces that have documents, and clicking 吉林 keeps its columns: 科学辟谣平台 not carried', async () => {
    const { page } = sample;
    const shares = featureShares(coverageMatrix(g, DIRECTIVE));
    const paths = page.locator('[data-testid=map-province]');
    expect(await paths.count()).toBe(34);
    const coloured = await page.locator('[data-testid=map-province].has-docs').evaluateAll((els) => els.map((e) => e.getAttribute('data-iso')).sort());
    expect(coloured).toEqual([...shares.keys()].sort());
    expect(coloured).toContain('CN-JL');
    // Grey where there is no document; the legend and the credit are shown.
    const fills = await paths.evaluateAll((els) => Object.fromEntries(els.map((e) => [e.getAttribute('data-iso'), e.getAttribute('fill')])));
    expect(fills['CN-GD']).toBe(fills['CN-TW']);
    expect(fills['CN-JL']).not.toBe(fills['CN-GD']);
    expect(await page.getByTestId('map-legend').textContent()).toContain(researchZh.map.noDocument);
    expect(await page.getByTestId('map-credit').getAttribute('href')).toBe('https://www.amcharts.com/');
    await page.screenshot({ path: `${SHOTS}/matrix.png` });

    await page.locator('[data-testid=map-province][data-iso=CN-JL]').dispatchEvent('click');
    await expect.poll(shownColumns).toEqual([JILIN]);
    expect(new URL(page.url()).searchParams.get('province')).toBe('吉林省');
    const platform = page.locator('[data-testid=matrix-row][data-kind=Programme]').filter({ hasText: /^科学辟谣平台/ });
    expect(await platform.count()).toBe(1);
    expect(await platform.locator('[data-testid=matrix-cell]').getAttribute('data-status')).toBe('not carried');
    await page.screenshot({ path: `${SHOTS}/map.png` });
    await page.getByTestId('map-clear').click();
    await expect.poll(async () => (await shownColumns()).length).toBe(coverageMatrix(g, DIRECTIVE).columns.length);
  });

  it('re-reads the cells under other thresholds and sorts by coverage', async () => {
    const { snapshot, page } = sample;
    await page.getByTestId('matrix-threshold-implements').fill('0.5');
    const strict = coverageMatrix(g, DIRECTIVE, { thresholds: { implements: 0.5, partial: snapshot.attributes.linkThresholds!.partial } });
    await expect.poll(shownCells).toEqual(expectedCells(strict));
    expect(new URL(page.url()).searchParams.get('threshold')).toBe(`0.5,${snapshot.attributes.linkThresholds!.partial}`);
    // A partial threshold above the implements one is marked and changes nothing.
    await page.getByTestId('matrix-threshold-partial').fill('0.9');
    await expect.poll(() => page.getByTestId('matrix-threshold-partial').getAttribute('aria-invalid')).toBe('true');
    expect(await shownCells()).toEqual(expectedCells(strict));
    // Typed key by key, the matrix follows once the number is whole.
    await page.getByTestId('matrix-threshold-reset').click();
    await page.getByTestId('matrix-threshold-implements').fill('');
    await page.getByTestId('matrix-threshold-implements').pressSequentially('0.45');
    const typed = coverageMatrix(g, DIRECTIVE, { thresholds: { implements: 0.45, partial: snapshot.attributes.linkThresholds!.partial } });
    await expect.poll(shownCells).toEqual(expectedCells(typed));
    await page.getByTestId('matrix-threshold-reset').click();
    await expect.poll(shownCells).toEqual(expectedCells(coverageMatrix(g, DIRECTIVE)));
    await page.getByTestId('matrix-sort').check();
    const sorted = sortMatrix(coverageMatrix(g, DIRECTIVE), 'coverage');
    await expect.poll(shownColumns).toEqual(sorted.columns.map((c) => c.id));
    expect(await shownCells()).toEqual(expectedCells(sorted));
    await page.getByTestId('matrix-sort').uncheck();
  });

  it('downloads the matrix as CSV named after the directive, the coverage module’s matrix cell for cell', async () => {
    const { page } = sample;
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('matrix-download').click()]);
    expect(download.suggestedFilename()).toBe('coverage-matrix_中国科协2020年科普工作要点.csv');
    const bytes = await readFile(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes.toString('utf8'));
    // In the page's language (session 32 trial: the Chinese page downloaded English headers and statuses).
    const t = (key: string, opts?: { defaultValue: string }) =>
      (key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], zh) as string | undefined) ?? opts?.defaultValue ?? key;
    expect(rows).toEqual(parseCsv(matrixCsv(coverageMatrix(g, DIRECTIVE), { words: matrixCsvWords(t) })));
    const status = rows[0].indexOf(`吉林省 / 省级 / 吉林省科协2020年科普工作要点：状态`);
    expect(rows.find((r) => r[2] === '科学辟谣平台')![status]).toBe('未提及');
  });

  it(`opens the evidence of a cell: the 吉林 measure reusing ${PASSAGE}`, async () => {
    const { snapshot, page, pageErrors } = sample;
    const edge = snapshot.edges.find(
      (e) => e.attributes.type === 'IMPLEMENTS' && e.source.startsWith(JILIN) && e.target.startsWith(DIRECTIVE) && e.attributes.evidence.passages.some((p) => p.text === PASSAGE),
    )!;
    expect(edge, 'a 吉林 → 2020 plan link reusing the passage').toBeDefined();
    const m = coverageMatrix(g, DIRECTIVE);
    const j = m.columns.findIndex((c) => c.id === JILIN);
    const cellData = m.rows.find((r) => r.id === edge.target)!.cells[j];
    expect(cellData.best).toBe(edge.source);
    const cell = page.locator(`[data-testid=matrix-row][data-node-id="${edge.target}"] [data-testid=matrix-cell]`).nth(j);
    expect(await cell.getAttribute('data-best')).toBe(edge.source);
    await cell.click();
    await page.getByTestId('evidence-lower-text').waitFor();
    const passages = [...(edge.attributes as EdgeOf<'IMPLEMENTS'>).evidence.passages].sort((a, b) => a.lower[0] - b.lower[0]);
    const i = passages.findIndex((p) => p.text === PASSAGE);
    const marked = (side: string) =>
      page.locator(`[data-testid=evidence-${side}-text] mark[data-passage~="${i}"]`).evaluateAll((els) => els.map((e) => e.textContent).join(''));
    expect(await marked('lower')).toBe(PASSAGE);
    expect(await marked('higher')).toBe(passages[i].higherText ?? PASSAGE);
    expect(await page.getByTestId('evidence-score').textContent()).toBe(cellData.score!.toFixed(2));
    await page.screenshot({ path: `${SHOTS}/matrix-evidence.png` });
    // The cell's evidence is in the URL like any other: a copied link reopens it.
    expect(new URL(page.url()).searchParams.get('evidence')).toBe(`${edge.source}~${edge.target}`);
    await page.getByTestId('evidence-close').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('evidence')).toBeNull();
    await expect.poll(() => page.getByTestId('evidence-view').count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });

  it('labels the Gaps view in Chinese, then in English after the switch', async () => {
    const { page } = sample;
    await page.getByTestId('matrix-close').click();
    await page.getByTestId('gaps-toggle').click();
    const view = page.getByTestId('gaps-view');
    await view.waitFor();
    const labels = async () => ({
      title: await view.locator('h2').textContent(),
      sections: await view.locator('.gaps-section h3').allTextContents(),
      headers: await view.locator('[data-testid=gaps-measures-table] thead th').allTextContents(),
      gapsOnly: (await view.locator('label.gaps-only').textContent())?.trim(),
      summary: await page.getByTestId('gaps-summary').textContent(),
      exact: await page.getByTestId('gaps-exact-from').textContent(),
    });
    const words = (l: typeof researchZh.gaps | typeof researchEn.gaps) => ({
      title: l.title,
      sections: [l.measures, l.programmes, l.groups],
      headers: ['§', l.measure, l.implementedBy, l.score, l.lag],
      gapsOnly: l.gapsOnly,
      // From which partial threshold other thresholds give a re-ingest's links (coverage/replay.ts exactFrom).
      exact: l.exactFrom.replace('{{exact}}', String(exactFrom(g))),
    });
    const zh = await labels();
    expect({ ...zh, summary: undefined }).toEqual({ ...words(researchZh.gaps), summary: undefined });
    expect(zh.summary).toContain('条措施中');
    await page.getByTestId('language-switch').click();
    await expect.poll(async () => view.locator('h2').textContent()).toBe(researchEn.gaps.title);
    const en = await labels();
    expect({ ...en, summary: undefined }).toEqual({ ...words(researchEn.gaps), summary: undefined });
    expect(en.summary).toMatch(/^\d+ of \d+ measures covered/);
    // The chips of gap rows and of not-mentioned entities switched too.
    const chips = new Set(await view.locator('.gap-chip').allTextContents());
    expect(chips.size).toBeGreaterThan(0);
    for (const c of chips) expect([researchEn.gaps.gap, researchEn.gaps.no]).toContain(c);
    await page.getByTestId('language-switch').click();
    await expect.poll(async () => view.locator('h2').textContent()).toBe(researchZh.gaps.title);
  });
});
