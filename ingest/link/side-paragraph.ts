// A link that carries only a side paragraph of the higher article (options.sideParagraph, session 27). The link gold's
// rule of strong and weak (tests/gold/README.md) is about the parts of an article: a lower article implements a higher
// one when it carries the higher's main provision (its first paragraph with its list of items, or a one-paragraph
// article whole); when what it carries is only a later paragraph (款) of the higher, the link is weak, whatever its
// score ("a verbatim reuse of a higher side paragraph is weak"). Both articles are split into their units (paragraphs,
// each list item a unit of its own under its lead paragraph); each higher paragraph (its items in it) is matched by
// the lower unit that carries most of it, by the share of the paragraph's character bigrams found in the unit,
// weighted by their IDF over the units of the two documents (a bigram of every article of the family says nothing).
// The main provision "not carried" and a side paragraph carried clearly more is the side-paragraph-only link; in a list
// of duties (县级以上人民政府履行下列消防工作职责：（一）…), the main provision carried by one item rather than by a paragraph
// is the item-only link (options.dutyListItem).
import { ARTICLE_LABEL } from './article-label.js';
import { ITEM_OPENING_SPACED } from './item-marks.js';

export interface ArticleUnit {
  text: string;
  /** The paragraph the unit belongs to: 0 the first, 1, 2 … later ones; an item counts under its lead paragraph. */
  paragraph: number;
  item: boolean;
}

/** An article's units: its paragraphs (lines), each list item (（一）…) a unit of its own under its lead paragraph. */
export function articleUnits(text: string): ArticleUnit[] {
  const out: ArticleUnit[] = [];
  let p = -1;
  for (const line of text.replace(ARTICLE_LABEL, '').split('\n')) {
    const t = line.trim();
    if (!t) continue;
    if (ITEM_OPENING_SPACED.test(t) && p >= 0) out.push({ text: t, paragraph: p, item: true });
    else out.push({ text: t, paragraph: ++p, item: false });
  }
  return out;
}

/** The character bigrams of a text, Han runs only. */
export function hanBigrams(text: string): Set<string> {
  const out = new Set<string>();
  for (const run of text.split(/[^\u4e00-\u9fff]+/)) for (let i = 0; i + 1 < run.length; i++) out.add(run.slice(i, i + 2));
  return out;
}

/** IDF-weighted share of `a`'s bigrams found in `b`. */
export function share(a: Set<string>, b: Set<string>, idf: (g: string) => number): number {
  let [n, d] = [0, 0];
  for (const g of a) {
    const w = idf(g);
    d += w;
    if (b.has(g)) n += w;
  }
  return d ? n / d : 0;
}

export interface ParagraphsCarried {
  /** Share of the higher's first paragraph (with its items) carried by the lower unit that carries most of it. */
  main: number;
  /** The same for the best carried of the higher's later paragraphs (0 when it has none). */
  side: number;
  /** The text of that later paragraph (its items in it); '' when the higher has none. */
  sideText: string;
  /** `main` by the lower's paragraphs alone (a list's lead without its items) and by its list items alone. */
  mainByParagraph: number;
  mainByItem: number;
  /** The higher article has list items. */
  higherItems: boolean;
}

/** How much of the higher article's main provision and of its side paragraphs one unit of the lower article carries;
 *  `idf` weighs a bigram (the linker's: over the units of the two documents, documentUnitIdf). */
export function paragraphsCarried(lowerText: string, higherText: string, idf: (g: string) => number): ParagraphsCarried {
  const lowerUnits = articleUnits(lowerText);
  const lower = lowerUnits.map((u) => hanBigrams(u.text));
  const higher = articleUnits(higherText);
  const paragraphs: Set<string>[] = [];
  for (const u of higher) {
    const s = paragraphs[u.paragraph] ?? (paragraphs[u.paragraph] = new Set());
    for (const g of hanBigrams(u.text)) s.add(g);
  }
  const carried = (h: Set<string>, by = (_: number) => true) => Math.max(0, ...lower.map((l, i) => (by(i) ? share(h, l, idf) : 0)));
  const first = paragraphs[0];
  const texts: string[] = [];
  for (const u of higher) texts[u.paragraph] = (texts[u.paragraph] ?? '') + u.text;
  const later = paragraphs.slice(1).map((p) => carried(p));
  const best = later.reduce((b, x, i) => (x > later[b] ? i : b), 0);
  return {
    main: first ? carried(first) : 0,
    side: Math.max(0, ...later),
    sideText: later.length ? texts[best + 1] ?? '' : '',
    mainByParagraph: first ? carried(first, (i) => !lowerUnits[i].item) : 0,
    mainByItem: first ? carried(first, (i) => lowerUnits[i].item) : 0,
    higherItems: higher.some((u) => u.item),
  };
}

/** Whether a link from a list of duties carries the higher article through one item only: the higher has no items of
 *  its own (a list reused item by item is the list carried whole) and one item of the lower carries more of its main
 *  provision than any paragraph of the lower does (tests/gold/README.md: "only one item of a list … in the lower" is
 *  weak). The caller decides that the lower is a list of duties (options.dutyListItems.lead). */
export function itemOnly(c: ParagraphsCarried): boolean {
  return !c.higherItems && c.mainByItem > c.mainByParagraph;
}

/** Session 41 (options.partialFloor.unit): the largest share of one unit of the higher article (a paragraph, or one
 *  list item apart from its lead) that the lower article carries whole, by the IDF-weighted share of the unit's
 *  bigrams; 0 when the higher has fewer than two units of at least `minBigrams` bigrams (an article of one unit is
 *  scored whole by the pair's score). A lower article restating one paragraph or one item of a longer higher article
 *  in its own words scores low as a pair and carries much of that one unit. */
export function unitCarried(lowerText: string, higherText: string, idf: (g: string) => number, minBigrams: number): number {
  const higher = articleUnits(higherText).map((u) => hanBigrams(u.text)).filter((b) => b.size >= minBigrams);
  if (higher.length < 2) return 0;
  const lower = hanBigrams(lowerText.replace(ARTICLE_LABEL, ''));
  return Math.max(...higher.map((h) => share(h, lower, idf)));
}

/** The first paragraph of an article (its label left out): the main provision the side-paragraph test measures. */
export function firstParagraph(text: string): string {
  return articleUnits(text)[0]?.text ?? '';
}

/** Whether a link carries only a side paragraph of the higher article: its main provision carried under `main`, and a
 *  later paragraph carried more than that by over `margin` — unless that paragraph opens with `local` (session 35: a
 *  national article's paragraph restating its first one for the local governments, 地方各级人民政府…, is the main
 *  provision for a local regulation). */
export function sideParagraphOnly(c: ParagraphsCarried, o: { main: number; margin: number; local?: RegExp }): boolean {
  return c.main < o.main && c.side > c.main + o.margin && !o.local?.test(c.sideText);
}

export interface UnitCounts {
  /** Units (articleUnits) of the document's articles, and in how many of them each bigram occurs. */
  n: number;
  df: Map<string, number>;
}

/** The unit counts of one document, from the texts of its articles. */
export function unitCounts(texts: Iterable<string>): UnitCounts {
  const df = new Map<string, number>();
  let n = 0;
  for (const t of texts) for (const u of articleUnits(t)) {
    n++;
    for (const g of hanBigrams(u.text)) df.set(g, (df.get(g) ?? 0) + 1);
  }
  return { n, df };
}

/** IDF over the units of two documents: log((n + 1) / (df + 1)). */
export function pairUnitIdf(a: UnitCounts, b: UnitCounts): (g: string) => number {
  const n = a.n + b.n;
  return (g) => Math.log((n + 1) / ((a.df.get(g) ?? 0) + (b.df.get(g) ?? 0) + 1));
}

/** A bigram set read once: its members and their weights under `w`, in the set's order, and their sum in that order (the
 *  same double a walk of the set adds up). The linker compares one set with many (clause-pair.ts, item-best.ts,
 *  paragraph-pair.ts), so each set's weights are looked up once, not once per comparison (issue 11, session 55). */
export interface Weighed {
  xs: string[];
  vs: number[];
  total: number;
}
export function weighed(bigrams: Iterable<string>, w: (x: string) => number): Weighed {
  const xs = [...bigrams];
  const vs = xs.map((x) => w(x));
  let total = 0;
  for (const v of vs) total += v;
  return { xs, vs, total };
}
