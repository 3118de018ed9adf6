// Citations by article number (cite.ts) as IMPLEMENTS links: the citing measure carries out each
// article it names, so the link is strong ('implements') whatever its score. A pair the scoring
// kept gets the citation added to its evidence; a pair it did not keep is added with its score 0,
// no passages and the citation as its evidence. The cascade rules (rules.ts) still apply: the
// cited version is the latest one the citing document may implement (level, region chain, not
// issued after it), so a 2020 regulation citing a law that has a 2018 and a 2024 version links
// to the 2018 one.
import type { ProcessedDoc } from '../snapshot/types.js';
import { measureId } from '../../graph-schema/index.js';
import { articleCitations, articleNumber, chapterNumber, type UncarriedForms } from './cite.js';
import { citedOnlyForm, type CitedOnlyForms } from './cited-form.js';
import type { LinkUnit, ReuseLink } from './implements.js';

export type CitedLink = ReuseLink & { citedArticle?: true; citations?: { span: [number, number]; text: string }[] };

const when = (d: ProcessedDoc) => d.doc.issuedOn ?? (d.doc.year !== undefined ? `${d.doc.year}` : '');

/** A cited pair of measures (unit indexes) with its citation, in the order citedLinks meets them. */
export interface CitedPair {
  docIndex: number;
  lower: number;
  higher: number;
  citation: { span: [number, number]; text: string };
  /** Cited only by a later paragraph or an item (第四条第一款第二项): the lower measure carries out a part of the article,
   *  a partial link unless the pair is also cited whole (options.citedParts). */
  part?: true;
  /** Cited by its chapter (《…》第三章): not a link by itself; the scoring chooses among the chapter's
   *  articles (options.citedChapters, implements.ts). */
  chapter?: true;
  /** Session 62 (options.citedOnly): the lower article's provision applies or defines the articles it cites of this text
   *  (cited-form.ts): in this text it carries them only. */
  only?: true;
}

export function citedLinks(
  scored: ReuseLink[],
  docs: ProcessedDoc[],
  ids: string[],
  units: LinkUnit[],
  allowed: (lowerDoc: number, higherDoc: number) => boolean,
  lowerDocs?: (docIndex: number) => boolean,
): CitedLink[] {
  return withCitations(scored, units, citedPairs(docs, ids, units, allowed, lowerDocs));
}

/** The measure pairs the documents' article citations name (what citedLinks reads of the
 *  documents): made once by the main thread, the link threads take them with the units. */
export function citedPairs(
  docs: ProcessedDoc[],
  ids: string[],
  units: LinkUnit[],
  allowed: (lowerDoc: number, higherDoc: number) => boolean,
  lowerDocs?: (docIndex: number) => boolean,
  /** Articles of these roles (options.citationsIgnoredIn) cite without carrying out. */
  ignoredRoles: readonly string[] = [],
  /** A cited pair of units is kept only when this holds (options.citedLaterShared); `chapter`: cited by its chapter. */
  verify?: (lower: LinkUnit, higher: LinkUnit, chapter: boolean) => boolean,
  /** Read citations by the bare title of a text the document cites in 《》 (options.citedBareTitles). */
  bareTitles = false,
  /** Citations of these forms name articles without carrying them out: not links (options.citedUncarried). */
  uncarried?: UncarriedForms | null,
  /** The forms of an article that carries only the articles it cites (options.citedOnly): its pairs are marked `only`. */
  only?: CitedOnlyForms | null,
): CitedPair[] {
  const byTitle = new Map<string, number[]>();
  docs.forEach((d, i) => byTitle.set(d.doc.title, [...(byTitle.get(d.doc.title) ?? []), i]));
  let unitOf: Map<string, number> | undefined;
  const out: CitedPair[] = [];
  const leaves = (d: number) => docs[d].doc.units.filter((u) => u.kind !== 'notice' && u.leaf);
  const citations = articleCitations(docs, bareTitles, uncarried).filter((c) => !(lowerDocs && !lowerDocs(c.docIndex)) && !c.uncarried);
  // options.citedOnly: the form of each citing leaf unit, read over its citations by number of one title (chapters aside).
  const onlyOf = new Map<string, boolean>();
  // The citations by citing document, so that a unit's form reads only its own document's (not every citation of the corpus).
  const citationsOf = new Map<number, typeof citations>();
  if (only) for (const x of citations) (citationsOf.get(x.docIndex) ?? citationsOf.set(x.docIndex, []).get(x.docIndex)!).push(x);
  const onlyForm = (docIndex: number, unit: { path: string; span: [number, number] }, title: string): boolean => {
    const key = `${docIndex}\t${unit.path}\t${title}`;
    const had = onlyOf.get(key);
    if (had !== undefined) return had;
    const [s, e] = unit.span;
    const spans = (citationsOf.get(docIndex) ?? [])
      .filter((x) => x.title === title && !x.chapters && x.span[0] >= s && x.span[1] <= e)
      .map((x) => [x.span[0] - s, x.span[1] - s] as [number, number]);
    const form = !!only && !!citedOnlyForm(docs[docIndex].doc.text.slice(s, e), spans, only);
    onlyOf.set(key, form);
    return form;
  };
  for (const c of citations) {
    const versions = (byTitle.get(c.title) ?? []).filter((h) => h !== c.docIndex && allowed(c.docIndex, h));
    if (!versions.length) continue;
    const h = versions.reduce((a, b) => (when(docs[b]) > when(docs[a]) ? b : a));
    const text = docs[c.docIndex].doc.text.slice(c.span[0], c.span[1]);
    const lowerUnits = leaves(c.docIndex).filter((u) => u.path === c.path || u.path.startsWith(`${c.path}/`));
    const lowers = lowerUnits.map((u) => measureId(ids[c.docIndex], u.path));
    const onlyAt = new Set(only && !c.chapters ? lowerUnits.filter((u) => onlyForm(c.docIndex, u, c.title)).map((u) => measureId(ids[c.docIndex], u.path)) : []);
    const cited = (path: string) => (c.chapters ? c.chapters.includes(chapterNumber(path) ?? -1) : c.articles.includes(articleNumber(path) ?? -1));
    const highers = leaves(h).filter((u) => cited(u.path)).map((u) => measureId(ids[h], u.path));
    unitOf ??= new Map(units.map((u, i) => [u.id, i]));
    for (const lower of lowers) {
      for (const higher of highers) {
        const [lu, hu] = [unitOf.get(lower), unitOf.get(higher)];
        if (lu === undefined || hu === undefined) continue;
        const role = units[lu].role;
        if (role && ignoredRoles.includes(role)) continue;
        if (verify && !verify(units[lu], units[hu], !!c.chapters)) continue;
        const part = !c.chapters && !!c.parts?.includes(articleNumber(units[hu].id.split('#')[1] ?? '') ?? -1);
        out.push({ docIndex: c.docIndex, lower: lu, higher: hu, citation: { span: c.span, text }, ...(c.chapters ? { chapter: true as const } : {}), ...(part ? { part: true as const } : {}), ...(onlyAt.has(lower) ? { only: true as const } : {}) });
      }
    }
  }
  return out;
}

/** The higher units each lower unit carries only (CitedPair.only, options.citedOnly), per higher document, for linkMeasures. */
export function citedOnlyUnits(pairs: CitedPair[], units: LinkUnit[]): Map<number, Map<number, Set<number>>> {
  const out = new Map<number, Map<number, Set<number>>>();
  for (const p of pairs) {
    if (!p.only) continue;
    const byDoc = out.get(p.lower) ?? out.set(p.lower, new Map()).get(p.lower)!;
    const d = units[p.higher].docIndex;
    (byDoc.get(d) ?? byDoc.set(d, new Set()).get(d)!).add(p.higher);
  }
  return out;
}

/** The higher units each lower unit cites by chapter (CitedPair.chapter), for linkMeasures. */
export function chapterCitations(pairs: CitedPair[]): Map<number, Set<number>> {
  const out = new Map<number, Set<number>>();
  for (const p of pairs) if (p.chapter) (out.get(p.lower) ?? out.set(p.lower, new Set()).get(p.lower)!).add(p.higher);
  return out;
}

/** The scored links with the cited pairs (of the lower documents `lowerDocs`) made strong or added. */
export function withCitations(scored: ReuseLink[], units: LinkUnit[], pairs: CitedPair[], lowerDocs?: (docIndex: number) => boolean, citedParts = false): CitedLink[] {
  const out: CitedLink[] = [...scored];
  const at = new Map(out.map((l, i) => [`${l.lower}>${l.higher}`, i]));
  // Pairs cited whole at least once: a citation of a part alone makes a partial link (options.citedParts).
  const whole = new Set(pairs.filter((p) => !p.part).map((p) => `${p.lower}>${p.higher}`));
  for (const p of pairs) {
    if (p.chapter || (lowerDocs && !lowerDocs(p.docIndex))) continue;
    const [lu, hu] = [units[p.lower], units[p.higher]];
    const [lower, higher] = [lu.id, hu.id];
    const citation = p.citation;
    const verdict = citedParts && !whole.has(`${p.lower}>${p.higher}`) ? 'partial' : 'implements';
    const i = at.get(`${lower}>${higher}`);
    if (i !== undefined) {
      const l = out[i];
      out[i] = { ...l, verdict, citedArticle: true, citations: [...(l.citations ?? []), citation] };
      continue;
    }
    at.set(`${lower}>${higher}`, out.length);
    const higherEntities = hu.entities;
    out.push({
      lower,
      higher,
      verdict,
      score: 0,
      passages: [],
      sharedEntities: [...lu.entities].filter((e) => higherEntities.has(e)).sort(),
      signals: { reuse: 0, text: 0, entities: 0 },
      citedArticle: true,
      citations: [citation],
    });
  }
  return out;
}
