// The cascade view as a researcher uses it, in Debian's chromium, checked against the snapshot:
// open it from the top bar, choose the national 2020 plan, read each provincial link's score and
// lag, filter to one region, open a link's evidence (in the URL: a reload keeps it, back closes
// it), select a measure from the diagram; then the cited-only central directive: one citation row
// per citing document, not one per citing place.
import { mkdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { EdgeOf, NodeAttributes } from '../../graph-schema/index.js';
import { chooseInPicker, inView, SKIP_BROWSER, typeInPicker, useSamplePage } from './browser-harness.js';

const NATIONAL_2020 = '中国科协2020年科普工作要点';
const DIRECTIVE = '关于新时代进一步加强科学技术普及工作的意见';

describe.skipIf(SKIP_BROWSER)('#browser cascade view', () => {
  const sample = useSamplePage();
  const node = (id: string) => sample.snapshot.nodes.find((n) => n.key === id)?.attributes as NodeAttributes & Record<string, unknown>;
  const docOf = (measure: string) => (node(measure) as { docId: string }).docId;
  const docByName = (name: string) => sample.snapshot.nodes.find((n) => n.attributes.type === 'Document' && n.attributes.name === name)!.key;
  const docIds = () => sample.page.locator('[data-testid=cascade-doc]').evaluateAll((els) => els.map((e) => e.getAttribute('data-doc-id')!).sort());

  it(`traces ${NATIONAL_2020} down to the provinces with the snapshot's scores and lags`, async () => {
    const { harness, snapshot, page } = sample;
    const root = docByName(NATIONAL_2020);
    const links = snapshot.edges.filter((e) => e.attributes.type === 'IMPLEMENTS' && docOf(e.target) === root);
    expect(links.length, 'IMPLEMENTS links into the 2020 national plan').toBeGreaterThan(0);

    await page.goto(harness.served.url);
    await page.getByTestId('cascade-toggle').click();
    await chooseInPicker(page, 'cascade-root', root, NATIONAL_2020);
    await page.getByTestId('cascade-svg').waitFor();

    // Every document that implements it, and only those, each once (the default root's diagram may be the one
    // drawn when the choice returns: race audit, session 33).
    const lowers = [...new Set(links.map((e) => docOf(e.source)))];
    await expect.poll(docIds).toEqual([root, ...lowers].sort());
    // At first one link per pair of documents (session 25: a law's cascade drew hundreds of article links at once),
    // labelled with its links by verdict, their median score and lag, and one table row per pair.
    expect(await page.locator('[data-testid=cascade-link]').count()).toBe(lowers.length);
    expect(await page.locator('[data-testid=cascade-pair]').count()).toBe(lowers.length);
    for (const d of lowers) {
      const own = links.filter((e) => docOf(e.source) === d).map((e) => e.attributes as EdgeOf<'IMPLEMENTS'>);
      const n = (v: string) => own.filter((a) => a.verdict === v).length;
      const scores = own.map((a) => a.score).sort((a, b) => a - b);
      const median = scores.length % 2 ? scores[scores.length >> 1] : (scores[scores.length / 2 - 1] + scores[scores.length / 2]) / 2;
      const label = await page.locator(`[data-testid=cascade-link-label][data-pair="${d}→${root}"]`).textContent();
      expect(label).toMatch(new RegExp(`^落实 ${n('implements')} · 部分 ${n('partial')} · ${median.toFixed(2)} · \\d+ 天≈?$`));
      expect(await page.locator(`[data-testid=cascade-pair][data-pair="${d}→${root}"] [data-testid=cascade-pair-links]`).textContent()).toBe(`${n('implements')} / ${n('partial')}`);
      // A lag of a year or more is read in years too (session 32 trial: 8369 天 for a law of 1997).
      const days = Number(/(\d+) 天/.exec(label!)![1]);
      const years = page.locator(`[data-testid=cascade-pair][data-pair="${d}→${root}"] [data-testid=lag-years]`);
      if (days >= 365) expect(await years.textContent()).toBe(`约 ${(Math.round((days / 365.25) * 10) / 10).toString()} 年`);
      else expect(await years.count()).toBe(0);
    }
    // A pair opens into its article links (the URL keeps it), and its measures show in the two boxes.
    const first = lowers[0];
    await page.locator(`[data-testid=cascade-link-label][data-pair="${first}→${root}"]`).click();
    const firstLinks = links.filter((e) => docOf(e.source) === first);
    await expect.poll(() => page.locator(`[data-testid=cascade-link][data-lower-doc="${first}"]:not([data-pair])`).count()).toBe(firstLinks.length);
    expect(await page.locator('[data-testid=cascade-link][data-pair]').count()).toBe(lowers.length - 1);
    expect(new URL(page.url()).searchParams.getAll('cascadeOpen')).toEqual([`${first}→${root}`]);
    expect(await page.locator(`[data-testid=cascade-doc][data-doc-id="${first}"] [data-testid=cascade-measure]`).count()).toBe(new Set(firstLinks.map((e) => e.source)).size);
    await page.screenshot({ path: 'out/screenshots/cascade-pair-open.png' });
    await page.locator(`[data-testid=cascade-pair][data-pair="${first}→${root}"] [data-testid=cascade-pair-toggle]`).click();
    await expect.poll(() => page.locator('[data-testid=cascade-link]').count()).toBe(lowers.length);

    // Every article link, as the researcher may ask: each drawn once with its verdict, labelled with its score and lag.
    await page.getByTestId('cascade-links').selectOption('all');
    await expect.poll(() => page.locator('[data-testid=cascade-link]').count()).toBe(links.length);
    expect(new URL(page.url()).searchParams.get('cascadeLinks')).toBe('all');
    for (const e of links) {
      const a = e.attributes as EdgeOf<'IMPLEMENTS'>;
      const sel = `[data-lower="${e.source}"][data-higher="${e.target}"]`;
      expect(await page.locator(`[data-testid=cascade-link]${sel}`).getAttribute('data-kind')).toBe(a.verdict);
      const label = await page.locator(`[data-testid=cascade-link-label]${sel}`).textContent();
      expect(label).toBe(`${a.score.toFixed(2)} · ${a.lagDays} 天${a.lagApprox ? '≈' : ''}`);
    }
    // The provincial documents sit in the provincial band, below the national one.
    const band = (level: string) => page.locator(`[data-testid=cascade-band][data-level=${level}] rect`).boundingBox();
    const [nat, prov] = [await band('national'), await band('provincial')];
    for (const d of lowers) {
      const box = (await page.locator(`[data-testid=cascade-doc][data-doc-id="${d}"] rect`).first().boundingBox())!;
      expect(node(d).level).toBe('provincial');
      expect(box.y).toBeGreaterThan(nat!.y + nat!.height - 1);
      expect(box.y).toBeGreaterThanOrEqual(prov!.y);
    }
    await mkdir('out/screenshots', { recursive: true });
    await page.screenshot({ path: 'out/screenshots/cascade.png' });

    // One region: 吉林省 keeps the national plan and 吉林's, drops the others.
    await page.getByTestId('cascade-region').selectOption('吉林省');
    const jilin = lowers.filter((d) => node(d).region === '吉林省');
    expect(jilin.length).toBeGreaterThan(0);
    await expect.poll(docIds).toEqual([root, ...jilin].sort());
    expect(page.url()).toContain('cascadeRegion=');
  }, 120_000);

  it('a link opens its evidence, kept in the URL across a reload and closed by back', async () => {
    const { snapshot, page } = sample;
    const root = docByName(NATIONAL_2020);
    const e = snapshot.edges
      .filter((x) => x.attributes.type === 'IMPLEMENTS' && docOf(x.target) === root && node(docOf(x.source)).region === '吉林省')
      .sort((a, b) => (b.attributes as EdgeOf<'IMPLEMENTS'>).score - (a.attributes as EdgeOf<'IMPLEMENTS'>).score)[0];
    const a = e.attributes as EdgeOf<'IMPLEMENTS'>;
    await page.locator(`[data-testid=cascade-link-label][data-lower="${e.source}"][data-higher="${e.target}"]`).click();
    await page.getByTestId('evidence-verdict').waitFor();
    expect(await page.getByTestId('evidence-score').textContent()).toBe(a.score.toFixed(2));
    expect(await page.getByTestId('evidence-lower-document').textContent()).toContain(node(docOf(e.source)).name);
    expect(new URL(page.url()).searchParams.get('evidence')).toBe(`${e.source}~${e.target}`);

    await page.reload();
    await page.getByTestId('evidence-verdict').waitFor();
    expect(await page.getByTestId('evidence-score').textContent()).toBe(a.score.toFixed(2));
    // Back is a popstate the page handles after goBack returns; the diagram under the evidence is there all along.
    await page.goBack();
    await page.getByTestId('cascade-svg').waitFor();
    await expect.poll(() => page.getByTestId('evidence-view').count()).toBe(0);
    await page.goForward();
    await page.getByTestId('evidence-verdict').waitFor();
    await page.getByTestId('evidence-close').click();
    await expect.poll(() => page.getByTestId('evidence-view').count()).toBe(0);

    // A measure in the diagram selects it: the side panel shows it.
    await page.locator(`[data-testid=cascade-measure][data-node-id="${e.source}"]`).click();
    await expect.poll(() => page.getByTestId('side-panel').getAttribute('data-node-id')).toBe(e.source);

    // The higher measure, selected from the diagram, then "Cascade" in its panel: its own implementers only.
    await page.locator(`[data-testid=cascade-measure][data-node-id="${e.target}"]`).click();
    await expect.poll(() => page.getByTestId('side-panel').getAttribute('data-node-id')).toBe(e.target);
    await page.getByTestId('cascade-button').click();
    const implementers = snapshot.edges.filter((x) => x.attributes.type === 'IMPLEMENTS' && x.target === e.target && node(docOf(x.source)).region === '吉林省');
    // The URL is written in the dispatch, before the diagram is drawn again: wait for the diagram itself.
    await page.waitForFunction((id) => new URL(location.href).searchParams.get('cascade') === id, e.target);
    await expect.poll(() => page.locator('[data-testid=cascade-link]').evaluateAll((els) => els.map((x) => x.getAttribute('data-lower')).sort())).toEqual(implementers.map((x) => x.source).sort());
    expect(await page.locator(`[data-testid=cascade-doc][data-doc-id="${root}"] [data-testid=cascade-measure]`).evaluateAll((els) => els.map((x) => x.getAttribute('data-node-id')))).toEqual([e.target]);
    await chooseInPicker(page, 'cascade-root', root, NATIONAL_2020);
  }, 120_000);

  it(`the cited-only ${DIRECTIVE}: one citation row per citing document, then the chain below`, async () => {
    const { snapshot, page, pageErrors } = sample;
    const directive = docByName(DIRECTIVE);
    expect(node(directive).inCorpus).toBe(false);
    const cites = snapshot.edges.filter((x) => x.attributes.type === 'CITES' && x.target === directive);
    const citing = [...new Set(cites.map((x) => (node(x.source).type === 'Document' ? x.source : docOf(x.source))))];
    expect(cites.length, 'many places cite it').toBeGreaterThan(citing.length);

    await page.getByTestId('cascade-region').selectOption('');
    // The picker says it is cited only (not "undated": a title of the corpus may also be cited
    // under its bare name, and the two entries must differ).
    const option = await typeInPicker(page, 'cascade-root', directive, DIRECTIVE);
    expect(await option.textContent()).toContain('仅被引用');
    await option.click();
    const rows = page.locator(`[data-testid=cascade-link][data-kind=cites][data-higher="${directive}"]`);
    await expect.poll(() => rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-lower-doc')!).sort())).toEqual(citing.sort());
    // Each row says how many places cite (distinct spans in the snapshot).
    for (const d of citing) {
      const spans = new Set(
        cites.filter((x) => x.source === d || (node(x.source).type === 'Measure' && docOf(x.source) === d)).flatMap((x) => (x.attributes as EdgeOf<'CITES'>).spans.map((s) => `${s[0]}-${s[1]}`)),
      );
      expect(await page.locator(`[data-testid=cascade-link-label][data-lower="${d}"][data-higher="${directive}"]`).textContent()).toBe(`${spans.size} 处引用`);
    }
    // Below a citing national plan, the provincial measures that implement it.
    const national = citing.find((d) => node(d).level === 'national');
    if (national) {
      const below = snapshot.edges.filter((x) => x.attributes.type === 'IMPLEMENTS' && docOf(x.target) === national);
      for (const x of below) expect(await page.locator(`[data-testid=cascade-link][data-lower="${x.source}"][data-higher="${x.target}"]`).count()).toBe(1);
    }
    await page.screenshot({ path: 'out/screenshots/cascade-directive.png' });
    expect(pageErrors).toEqual([]);
  }, 120_000);

  // Session 32 trial: in an opened pair's fan, a click meant for an article link opened a neighbour (hit lines drawn
  // over each other). A click on a curve opens that curve's link wherever another is not as near; a label's text
  // and a box keep their own clicks.
  it('a click on a curve in an opened pair opens that link', async () => {
    const { harness, snapshot, page } = sample;
    // The pair of documents with the most article links.
    const counts = new Map<string, number>();
    for (const e of snapshot.edges) if (e.attributes.type === 'IMPLEMENTS') counts.set(`${docOf(e.source)}→${docOf(e.target)}`, (counts.get(`${docOf(e.source)}→${docOf(e.target)}`) ?? 0) + 1);
    const [pair, n] = [...counts].sort((a, b) => b[1] - a[1])[0];
    expect(n, 'a pair with a fan of article links').toBeGreaterThanOrEqual(8);
    const [lowerDoc, higherDoc] = pair.split('→');
    const url = `${harness.served.url}/?view=cascade&cascade=${encodeURIComponent(higherDoc)}&cascadeOpen=${encodeURIComponent(pair)}`;
    await page.goto(url);
    const fan = page.locator(`[data-testid=cascade-link][data-lower-doc="${lowerDoc}"][data-higher-doc="${higherDoc}"]:not([data-pair])`);
    await expect.poll(() => fan.count(), { timeout: 15_000 }).toBe(n);
    const opened = page.url();
    // Points at ¼, ½ and ¾ along each article curve, kept where no other curve is within 3 px and no box or label
    // is on top.
    const points = await page.evaluate(([lo, hi]) => {
      const links = [...document.querySelectorAll<SVGGElement>('[data-testid=cascade-link]')];
      const sampled = links.map((g) => {
        const path = g.querySelector<SVGPathElement>('.cascade-link-line')!;
        const len = path.getTotalLength();
        return Array.from({ length: 401 }, (_, i) => path.getPointAtLength((len * i) / 400));
      });
      const out: { lower: string; higher: string; x: number; y: number }[] = [];
      links.forEach((g, k) => {
        if (g.dataset.lowerDoc !== lo || g.dataset.higherDoc !== hi || g.dataset.pair) return;
        const path = g.querySelector<SVGPathElement>('.cascade-link-line')!;
        for (const f of [0.25, 0.5, 0.75]) {
          const p = path.getPointAtLength(path.getTotalLength() * f);
          const others = sampled.filter((_, j) => j !== k).flat();
          if (others.some((q) => Math.hypot(q.x - p.x, q.y - p.y) < 3)) continue;
          out.push({ lower: g.dataset.lower!, higher: g.dataset.higher!, x: p.x, y: p.y });
        }
      });
      return out;
    }, [lowerDoc, higherDoc]);
    expect(points.length, 'unambiguous points on the fan').toBeGreaterThanOrEqual(n / 2);
    let clicked = 0;
    const wrong: string[] = [];
    for (const p of points) {
      // Scroll the point to the middle of the view, then click where it is on screen.
      const at = await page.evaluate(({ x, y }) => {
        const svg = document.querySelector<SVGSVGElement>('[data-testid=cascade-svg]')!;
        const body = document.querySelector('.research-body')!;
        const toScreen = () => new DOMPoint(x, y).matrixTransform(svg.getScreenCTM()!);
        const r = body.getBoundingClientRect();
        let s = toScreen();
        body.scrollLeft += s.x - (r.left + r.width / 2);
        body.scrollTop += s.y - (r.top + r.height / 2);
        s = toScreen();
        const top = document.elementFromPoint(s.x, s.y);
        const free = !!top && !!top.closest('[data-testid=cascade-svg]') && !top.closest('[data-testid=cascade-doc], [data-testid=cascade-link-label]');
        return { x: s.x, y: s.y, free };
      }, p);
      if (!at.free) continue;
      await page.mouse.click(at.x, at.y);
      // The click's own effect: a step in the URL (an evidence, or a pair opened or closed).
      await expect.poll(() => page.url(), { timeout: 15_000 }).not.toBe(opened);
      const evidence = new URL(page.url()).searchParams.get('evidence');
      if (evidence !== `${p.lower}~${p.higher}`) wrong.push(`${p.lower} → ${p.higher}: ${evidence ?? new URL(page.url()).searchParams.getAll('cascadeOpen').join(' | ')}`);
      clicked++;
      await page.goBack();
      await expect.poll(() => page.url(), { timeout: 15_000 }).toBe(opened);
      await expect.poll(() => page.getByTestId('evidence-view').count()).toBe(0);
    }
    expect(clicked, 'points clicked').toBeGreaterThanOrEqual(n / 2);
    expect(wrong).toEqual([]);
  }, 180_000);
  // Session 41 (ui40's next): the reader reached from a cascade's article link (the link's evidence, then 在原文中阅读)
  // marks the passages that link reuses, as the gap rows' and the evidence's readers do since session 40.
  it('an article link of an opened pair leads to its lower document with the link’s reused passages marked', async () => {
    const { harness, snapshot, page, pageErrors } = sample;
    const link = snapshot.edges.find(
      (e) => e.attributes.type === 'IMPLEMENTS' && (e.attributes as EdgeOf<'IMPLEMENTS'>).evidence.passages.length > 0 && node(docOf(e.source)).inCorpus === true,
    )!;
    expect(link, 'a link reusing a passage').toBeDefined();
    const passages = (link.attributes as EdgeOf<'IMPLEMENTS'>).evidence.passages;
    const [lowerDoc, higherDoc] = [docOf(link.source), docOf(link.target)];
    await page.goto(`${harness.served.url}/?view=cascade&cascade=${encodeURIComponent(higherDoc)}&cascadeOpen=${encodeURIComponent(`${lowerDoc}→${higherDoc}`)}`);
    const line = page.locator(`[data-testid=cascade-link][data-lower="${link.source}"][data-higher="${link.target}"]`);
    await expect.poll(() => line.count(), { timeout: 15_000 }).toBe(1);
    await line.dispatchEvent('click');
    await expect.poll(() => page.getByTestId('evidence-view').isVisible()).toBe(true);
    await page.getByTestId('evidence-lower-read').click();
    await expect.poll(() => page.getByTestId('reader-title').innerText()).toBe(String(node(lowerDoc).name));
    const marked = page.getByTestId('reader-passage');
    await expect.poll(() => marked.count()).toBeGreaterThan(0);
    const text = (await marked.allInnerTexts()).join('');
    for (const p of passages) expect(text).toContain(p.text);
    const spans = new URL(page.url()).searchParams.getAll('passage');
    expect(spans.sort()).toEqual(passages.map((p) => `${p.lower[0]}-${p.lower[1]}`).sort());
    // Session 44: one passage of the evidence's list, one click: the reader at that passage alone, in view.
    await page.goBack();
    await expect.poll(() => page.getByTestId('evidence-view').isVisible()).toBe(true);
    const ordered = [...passages].sort((a, b) => a.lower[0] - b.lower[0]);
    const last = ordered.length - 1;
    await page.getByTestId('evidence-passage-read').nth(last).click();
    await expect.poll(() => new URL(page.url()).searchParams.getAll('passage')).toEqual([`${ordered[last].lower[0]}-${ordered[last].lower[1]}`]);
    await expect.poll(() => page.getByTestId('reader-title').innerText()).toBe(String(node(lowerDoc).name));
    await expect.poll(() => marked.allInnerTexts().then((x) => x.join(''))).toContain(ordered[last].text);
    expect(await inView(page, marked.first())).toBe(true);
    expect(pageErrors).toEqual([]);
  }, 120_000);
  // Session 44 (ui41's and ui42's open item; the provenance rule: one click to the sentence): a citation link, and the
  // pairs table's count of citations, open the citing document's reader at the places that cite, marked, the first in
  // view. Before, the link selected the citing document, and the places were not reachable from the cascade.
  it('a citation link opens the citing document’s reader at the places that cite, marked and in view', async () => {
    const { harness, snapshot, page, pageErrors } = sample;
    // A document cited by a document of the corpus (or its measures) at more than one place, read from the snapshot.
    const citingDoc = (id: string) => (node(id).type === 'Document' ? id : docOf(id));
    const places = new Map<string, Set<string>>();
    for (const e of snapshot.edges) {
      if (e.attributes.type !== 'CITES' || node(citingDoc(e.source)).inCorpus !== true) continue;
      const key = `${citingDoc(e.source)}→${e.target}`;
      const set = places.get(key) ?? new Set<string>();
      for (const sp of (e.attributes as EdgeOf<'CITES'>).spans) set.add(`${sp[0]}-${sp[1]}`);
      places.set(key, set);
    }
    // A pair of citations only (a pair with article links opens into them instead).
    const linked = new Set(snapshot.edges.filter((e) => e.attributes.type === 'IMPLEMENTS').map((e) => `${docOf(e.source)}→${docOf(e.target)}`));
    const [pair, spans] = [...places].filter(([k]) => !linked.has(k)).sort((a, b) => b[1].size - a[1].size)[0];
    expect(spans.size, 'a document cited at several places').toBeGreaterThan(1);
    const [lowerDoc, higherDoc] = pair.split('→');
    const read = async (open: () => Promise<void>) => {
      await page.goto(`${harness.served.url}/?view=cascade&cascade=${encodeURIComponent(higherDoc)}`);
      await page.getByTestId('cascade-svg').waitFor();
      await open();
      await expect.poll(() => page.getByTestId('reader-title').innerText()).toBe(String(node(lowerDoc).name));
      const url = new URL(page.url());
      expect(url.searchParams.get('reader')).toBe(lowerDoc);
      expect(url.searchParams.getAll('passage').sort()).toEqual([...spans].sort());
      const marked = page.getByTestId('reader-passage');
      await expect.poll(() => marked.count()).toBeGreaterThanOrEqual(spans.size);
      expect(await inView(page, marked.first())).toBe(true);
    };
    // The link's label, in the diagram (one click).
    await read(() => page.locator(`[data-testid=cascade-link-label][data-lower="${lowerDoc}"][data-higher="${higherDoc}"]`).click());
    // The citations' count in the pairs table (one click).
    await read(() => page.locator(`[data-testid=cascade-pair][data-pair="${pair}"] [data-testid=cascade-pair-read-cites]`).click());
    expect(pageErrors).toEqual([]);
  }, 120_000);
});
