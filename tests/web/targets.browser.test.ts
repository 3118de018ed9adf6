// The targets table as an analyst uses it, in Debian's chromium on the sample corpus: every
// Target of the snapshot listed; sorting by value puts the largest first; choosing a metric and
// typing a filter narrow it; grouping by metric shows one heading per metric; the pivot has a
// column per region and year; a row opens its measure; the CSV holds the rows shown.
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { graphFromSnapshot, type CoverageGraph } from '../../coverage/index.js';
import { parseCsv } from '../../coverage/matrix-csv.js';
import { groupByMetric, sortTargets, targetPivot, targetRows } from '../../coverage/targets.js';
import { SKIP_BROWSER, useSamplePage } from './browser-harness.js';

const SHOTS = 'tests/web/screenshots';

describe.skipIf(SKIP_BROWSER)('#browser targets table', () => {
  const sample = useSamplePage({ acceptDownloads: true });
  let g: CoverageGraph;

  // The coverage graph of the suite's snapshot (useSamplePage's beforeAll, registered first, has opened it).
  beforeAll(() => {
    g = graphFromSnapshot(sample.snapshot);
  });

  const shownIds = () => sample.page.locator('[data-testid=targets-row]').evaluateAll((els) => els.map((e) => e.getAttribute('data-node-id')));

  it('lists every Target of the snapshot, and sorts by value, largest first', async () => {
    const { harness, snapshot, page } = sample;
    await page.goto(harness.served.url);
    await page.getByTestId('targets-toggle').click();
    await page.getByTestId('targets-table').waitFor();
    const all = snapshot.nodes.filter((n) => n.attributes.type === 'Target');
    expect(all.length).toBeGreaterThan(10);
    expect((await shownIds()).sort()).toEqual(all.map((n) => n.key).sort());
    await page.getByTestId('targets-sort-value').click();
    const expected = sortTargets(targetRows(g), 'value');
    // The rows were on the page before the click, in the other order: wait for the sort's own order.
    await expect.poll(shownIds).toEqual(expected.map((r) => r.id));
    const values = await page.locator('[data-testid=targets-row] td.value').allTextContents();
    expect(values[0]).toContain(String(expected[0].value));
    expect(new URL(page.url()).searchParams.get('tsort')).toBe('value');
  });

  it('groups by metric, filters by metric and by typed text', async () => {
    const { page } = sample;
    await page.getByTestId('targets-group').check();
    const groups = groupByMetric(sortTargets(targetRows(g), 'value'));
    await expect.poll(() => page.getByTestId('targets-group-row').count()).toBe(groups.length);
    expect((await page.getByTestId('targets-group-row').first().textContent())!).toContain(groups[0].metric);
    await page.getByTestId('targets-group').uncheck();
    await expect.poll(() => page.getByTestId('targets-group-row').count()).toBe(0);

    await page.getByTestId('targets-metric').selectOption('公民具备科学素质比例');
    const share = targetRows(g).filter((r) => r.metric === '公民具备科学素质比例');
    expect(share.length).toBeGreaterThan(0);
    await expect.poll(shownIds).toEqual(share.map((r) => r.id));
    expect(await page.locator('[data-testid=targets-row]').first().textContent()).toContain('吉林省');
    expect(new URL(page.url()).searchParams.get('metric')).toBe('公民具备科学素质比例');
    await page.getByTestId('targets-metric').selectOption('');

    await page.getByTestId('targets-filter').fill('湖北');
    const hubei = sortTargets(targetRows(g), 'value').filter((r) => [r.metric, r.name, r.unit, r.region ?? '', r.document.name].some((s) => s.includes('湖北')));
    await expect.poll(shownIds).toEqual(hubei.map((r) => r.id));
    // The pivot compares the rows shown: one column per region and year.
    const pivot = targetPivot(hubei);
    expect(await page.getByTestId('pivot-column').allTextContents()).toEqual(pivot.columns.map((c) => `${c.region ?? '—'} ${c.year ?? ''}`));
    expect(await page.getByTestId('pivot-row').count()).toBe(pivot.metrics.length);
    await page.screenshot({ path: `${SHOTS}/targets.png` });
  });

  it('downloads the rows shown as CSV and opens a row’s measure', async () => {
    const { snapshot, page, pageErrors } = sample;
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('targets-download').click()]);
    expect(download.suggestedFilename()).toBe('targets.csv');
    const rows = parseCsv((await readFile(await download.path())).toString('utf8'));
    expect(rows[0][0]).toBe('Metric');
    expect(rows.slice(1).map((r) => r[rows[0].indexOf('Target id')])).toEqual(await shownIds());
    const first = page.locator('[data-testid=targets-row]').first();
    const id = (await first.getAttribute('data-node-id'))!;
    await first.click();
    const measure = snapshot.nodes.find((n) => n.key === id)!.attributes as { measureId: string };
    await expect.poll(() => page.getByTestId('side-panel').getAttribute('data-node-id')).toBe(measure.measureId);
    expect(pageErrors).toEqual([]);
  });
});
