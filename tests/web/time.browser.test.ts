// The time slider as a researcher uses it, in Debian's chromium, checked against the snapshot:
// step back before the 湖北 plan's issue date and it leaves the graph (with its measures) and the
// cascade; the date goes into the URL; "All" brings everything back; play steps through the dates.
import { mkdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { PLAY_STEP_MS } from '../../web/src/components/time/TimeBar.js';
import { chooseInPicker, SKIP_BROWSER, useSamplePage } from './browser-harness.js';

const HUBEI = '2024年湖北省科协科普工作要点';
const DIRECTIVE = '关于新时代进一步加强科学技术普及工作的意见';

describe.skipIf(SKIP_BROWSER)('#browser time slider', () => {
  const sample = useSamplePage();
  const rendered = () => sample.page.evaluate(() => window.__policyGraph!.renderedNodeIds());

  it(`moving the slider before ${HUBEI}'s issue date removes it from the graph and the cascade`, async () => {
    const { harness, snapshot, page } = sample;
    const docs = snapshot.nodes.filter((n) => n.attributes.type === 'Document');
    const hubei = docs.find((n) => n.attributes.name === HUBEI)!;
    const hubeiDate = (hubei.attributes as { issuedOn: string }).issuedOn;
    const dates = [...new Set(docs.map((n) => { const a = n.attributes as { issuedOn?: string; year?: number }; return a.issuedOn ?? (a.year !== undefined ? `${a.year}-01-01` : null); }).filter((d): d is string => !!d))].sort();
    expect(dates[dates.length - 1], `${HUBEI} is the latest document`).toBe(hubeiDate);
    const before = dates[dates.length - 2];
    const hubeiMeasures = snapshot.nodes.filter((n) => n.attributes.type === 'Measure' && (n.attributes as { docId: string }).docId === hubei.key).map((n) => n.key);

    await page.goto(harness.served.url);
    await page.waitForFunction(() => (window.__policyGraph?.renderedNodeCount() ?? 0) > 0);
    expect(await rendered()).toContain(hubei.key);

    const slider = page.getByTestId('time-slider');
    await slider.focus();
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    // The label held "all dates" before the key (race audit, session 33).
    await expect.poll(() => page.getByTestId('time-label').getAttribute('data-as-of')).toBe(hubeiDate);
    expect(await rendered()).toContain(hubei.key);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => page.getByTestId('time-label').getAttribute('data-as-of')).toBe(before);
    await page.waitForFunction((id) => !window.__policyGraph!.renderedNodeIds().includes(id), hubei.key);
    const shown = await rendered();
    for (const m of hubeiMeasures) expect(shown).not.toContain(m);
    // Documents issued on or before the date stay.
    for (const d of docs.filter((n) => (n.attributes as { inCorpus: boolean }).inCorpus && n.key !== hubei.key)) expect(shown).toContain(d.key);
    expect(new URL(page.url()).searchParams.get('asOf')).toBe(before);
    expect(await page.getByTestId('time-hidden').textContent()).toContain('1');

    // The cascade of the directive as of that date: no 湖北 box, no link from it.
    const directive = docs.find((n) => n.attributes.name === DIRECTIVE)!.key;
    await page.getByTestId('cascade-toggle').click();
    await chooseInPicker(page, 'cascade-root', directive, DIRECTIVE);
    await page.getByTestId('cascade-svg').waitFor();
    const boxes = () => page.locator('[data-testid=cascade-doc]').evaluateAll((els) => els.map((e) => e.getAttribute('data-doc-id')));
    // The default root's diagram may be the one on the page when the choice returns: wait for the directive's.
    await expect.poll(boxes).toContain(directive);
    expect(await boxes()).not.toContain(hubei.key);
    expect(await page.locator(`[data-testid=cascade-link][data-lower-doc="${hubei.key}"]`).count()).toBe(0);
    await mkdir('out/screenshots', { recursive: true });
    await page.screenshot({ path: 'out/screenshots/time.png' });

    // The coverage matrix of the document 湖北 implements, as of that date: no 湖北 column.
    const docOf = (id: string) => (snapshot.nodes.find((n) => n.key === id)!.attributes as { docId?: string }).docId;
    const implemented = snapshot.edges.find((e) => e.attributes.type === 'IMPLEMENTS' && hubeiMeasures.includes(e.source))!;
    expect(implemented, `${HUBEI} implements some higher measure`).toBeDefined();
    await page.getByTestId('matrix-toggle').click();
    const implementedDoc = docOf(implemented.target)!;
    await chooseInPicker(page, 'matrix-directive', implementedDoc, String(snapshot.nodes.find((n) => n.key === implementedDoc)!.attributes.name));
    await page.getByTestId('matrix-view').waitFor();
    const columns = () => page.locator('[data-testid=matrix-column]').evaluateAll((els) => els.map((e) => e.getAttribute('data-doc-id')));
    // The picker shows the chosen directive once its matrix is drawn (its columns may be none as of the date).
    await expect.poll(() => page.getByTestId('matrix-directive').getAttribute('data-value')).toBe(implementedDoc);
    expect(await columns()).not.toContain(hubei.key);

    // One research panel at a time: the matrix took the cascade's place.
    expect(await page.getByTestId('cascade-view').count()).toBe(0);

    // All dates: 湖北 is back in the matrix, then in the cascade.
    await page.getByTestId('time-all').click();
    await page.waitForFunction((id) => [...document.querySelectorAll('[data-testid=matrix-column]')].some((e) => e.getAttribute('data-doc-id') === id), hubei.key);
    await page.getByTestId('cascade-toggle').click();
    await page.getByTestId('cascade-svg').waitFor();
    expect(await page.getByTestId('matrix-view').count()).toBe(0);
    expect(await boxes()).toContain(hubei.key);
    await page.waitForFunction((id) => window.__policyGraph!.renderedNodeIds().includes(id), hubei.key);
    expect(new URL(page.url()).searchParams.get('asOf')).toBeNull();
  }, 120_000);

  it('play starts at the first date and steps forward', async () => {
    const { harness, snapshot, page, pageErrors } = sample;
    const docs = snapshot.nodes.filter((n) => n.attributes.type === 'Document');
    const dates = [...new Set(docs.map((n) => { const a = n.attributes as { issuedOn?: string; year?: number }; return a.issuedOn ?? (a.year !== undefined ? `${a.year}-01-01` : null); }).filter((d): d is string => !!d))].sort();
    // From all dates, whatever the test before left (a failure there left asOf set, and this one failed too).
    await page.goto(harness.served.url);
    await page.getByTestId('time-play').waitFor();
    await page.getByTestId('time-play').click();
    await expect.poll(() => page.getByTestId('time-label').getAttribute('data-as-of')).toBe(dates[0]);
    await page.waitForFunction((d) => document.querySelector('[data-testid=time-label]')?.getAttribute('data-as-of') === d, dates[1], { timeout: 5000 });
    await page.getByTestId('time-play').click();
    // Read where it paused once the pause is drawn (a step could land between the click and its render).
    await expect.poll(() => page.getByTestId('time-play').getAttribute('aria-pressed')).toBe('false');
    const paused = await page.getByTestId('time-label').getAttribute('data-as-of');
    // Not a wait for an effect: the window in which a running player would have stepped (more than one step).
    await page.waitForTimeout(PLAY_STEP_MS * 1.25);
    expect(await page.getByTestId('time-label').getAttribute('data-as-of')).toBe(paused);
    expect(pageErrors).toEqual([]);
  }, 60_000);
});
