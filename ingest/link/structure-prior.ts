// A document-structure prior (options.structurePrior, session 42): a lower document carries out its higher document
// chapter by chapter, and its confident (strong) links show which higher chapter, or which run of higher articles, each
// of its own chapters carries out. A lower article's best candidate in a higher document it does not link into, scored
// under the partial threshold, is kept as a partial link when its higher article lies where the lower article's chapter
// is mapped (the same higher chapter as a strong link of that lower chapter, or within `reach` articles of the run of
// higher articles those strong links reach), no article of the lower document links to it, and the lower article
// carries a share of one of its units (side-paragraph.ts unitCarried). Pure, over the selection's links (after
// neighbourBest): used by linkMeasures (implements.ts) and by the calibration's replay (tests/eval/links.ts select),
// so that both make the same links. Decided on those links only (a link this rule adds never makes another).
import { articleNumber as pathArticleNumber } from './cite.js';

/** One lower measure after the selection: its links (strong or not), and the candidates the rule may keep (each the
 *  best aligned candidate of a higher document it does not link into, already past the rule's score and unit tests). */
export interface PriorEntry {
  lower: string;
  links: { higher: string; strong: boolean }[];
  candidates: string[];
}

/** The document part of a measure id. */
export const docOf = (id: string) => id.split('#')[0];
/** The chapter (第X章) a measure id's path names, '' when none. */
export const chapterOf = (id: string) => /第[^/#]+章/.exec(id.split('#')[1] ?? '')?.[0] ?? '';
/** The article number of a measure id's 第X条 (cite.ts articleNumber on its path), undefined when none. */
export const articleNumber = (id: string): number | undefined => pathArticleNumber(id.split('#')[1] ?? '');

/** Every higher measure some measure of each lower document links to, by lower document. */
export function linkedByDocument(entries: { lower: string; links: readonly string[] }[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const e of entries) {
    const ld = docOf(e.lower);
    for (const h of e.links) (out.get(ld) ?? out.set(ld, new Set()).get(ld)!).add(h);
  }
  return out;
}

/** The (entry, candidate) pairs kept, as indexes into `entries` and their `candidates`. */
export function structurePrior(entries: PriorEntry[], reach: number): [number, number][] {
  // Every higher measure any article of a lower document links to; and where each lower chapter is mapped in each
  // higher document, by its strong links.
  const linkedFrom = linkedByDocument(entries.map((e) => ({ lower: e.lower, links: e.links.map((l) => l.higher) })));
  const mapped = new Map<string, { chapters: Set<string>; lo: number; hi: number }>();
  for (const e of entries) {
    const ld = docOf(e.lower);
    for (const l of e.links) {
      if (!l.strong) continue;
      const key = `${ld}|${chapterOf(e.lower)}|${docOf(l.higher)}`;
      const m = mapped.get(key) ?? mapped.set(key, { chapters: new Set(), lo: Infinity, hi: -Infinity }).get(key)!;
      const chapter = chapterOf(l.higher);
      if (chapter) m.chapters.add(chapter);
      const n = articleNumber(l.higher);
      if (n !== undefined) [m.lo, m.hi] = [Math.min(m.lo, n), Math.max(m.hi, n)];
    }
  }
  const out: [number, number][] = [];
  entries.forEach((e, i) => {
    const ld = docOf(e.lower);
    e.candidates.forEach((h, j) => {
      if (linkedFrom.get(ld)?.has(h)) return;
      const m = mapped.get(`${ld}|${chapterOf(e.lower)}|${docOf(h)}`);
      if (!m) return;
      const chapter = chapterOf(h);
      const n = articleNumber(h);
      const inRun = n !== undefined && n >= m.lo - reach && n <= m.hi + reach;
      if ((chapter && m.chapters.has(chapter)) || inRun) out.push([i, j]);
    });
  });
  return out;
}

/** The candidates (indexes into `aligned`) the rule may keep for a lower measure: in each higher document it does not
 *  link into, the best aligned candidate, when its score reaches `rule.min`, is under the partial threshold (`under`)
 *  and the lower carries at least `rule.unit.share` of one of its units (`unit`). */
export function priorCandidates(
  aligned: { doc: number; score: number }[],
  linkedDocs: ReadonlySet<number>,
  rule: { min: number; unit: { share: number } },
  under: (score: number) => boolean,
  unit: (k: number) => number,
): number[] {
  const best = new Map<number, number>();
  aligned.forEach((a, k) => {
    if (linkedDocs.has(a.doc)) return;
    const b = best.get(a.doc);
    if (b === undefined || a.score > aligned[b].score) best.set(a.doc, k);
  });
  return [...best.values()].filter((k) => aligned[k].score >= rule.min && under(aligned[k].score) && unit(k) >= rule.unit.share);
}
