// IMPLEMENTS: a lower-level measure carries out a higher-level one. Candidates come from three
// inverted indexes (content words, entities, character shingles); the best candidates by those
// cheap signals are aligned (align.ts) so that reused wording becomes passages with spans on
// both sides. The score combines three signals in [0, 1]: aligned reuse beyond boilerplate,
// TF-IDF cosine of content words, and TF-IDF cosine of shared entities (a rare 科普大篷车 weighs
// more than a common 青少年). Verdicts: implements (strong) / partial (weak) / none, by the
// calibrated thresholds of options.ts. Which documents may be linked at all is rules.ts's job.
import { alignMeasures, MASK, prepare, type AlignedPassage, type Prepared } from './align.js';
import type { Genre } from '../../graph-schema/index.js';
import { profileFor, type LinkOptions } from './options.js';
import { cosines, invertedIndex, tfidfVectors, type SparseVector } from './similarity.js';
import { hash } from './shingles.js';

export interface LinkUnit {
  id: string;
  docIndex: number;
  /** Offset of `text` in its document's cleaned text. */
  offset: number;
  text: string;
  entities: Set<string>;
  /** Content words of the unit (jieba), for TF-IDF similarity. */
  words: string[];
  /** A preamble or a general-heading section (options.frameHeadings): links only to its kind. */
  frame?: boolean;
  /** Genre of the unit's document: a lower unit is scored by its genre's profile (options.genres). */
  genre?: Genre;
}

export type Verdict = 'implements' | 'partial';

export interface ReuseLink {
  lower: string;
  higher: string;
  verdict: Verdict;
  score: number;
  passages: { lower: [number, number]; higher: [number, number]; text: string; higherText?: string }[];
  sharedEntities: string[];
  signals: { reuse: number; text: number; entities: number };
}

/** Scores every allowed pair found through the indexes; `allowedDocs(lowerDoc, higherDoc)`
 *  applies the cascade rules. Returns the links kept, per lower measure and higher document. */
export function linkMeasures(
  units: LinkUnit[],
  allowedDocs: (lowerDoc: number, higherDoc: number) => boolean,
  boilerplate: string[],
  o: LinkOptions,
  keepAll = false,
): ReuseLink[] {
  const allowed = (li: number, hi: number) => {
    const [a, b] = [units[li].docIndex, units[hi].docIndex];
    return a !== b && !!units[li].frame === !!units[hi].frame && allowedDocs(a, b);
  };
  // Once per unit (not per pair): masked text, substance, clauses.
  const prepared: Prepared[] = units.map((u) => prepare(u.text, boilerplate));
  const words = tfidfVectors(units.map((u) => u.words), o.maxDfShare, 1, o.maxPostings);
  const wordIndex = invertedIndex(words.vectors);
  const ents = tfidfVectors(units.map((u) => [...u.entities]), 0.3, 1, o.maxPostings);
  const entIndex = invertedIndex(ents.vectors);
  const shingleIndex = buildShingleIndex(prepared, o.shingle);

  const profiles = new Map<Genre | undefined, ReturnType<typeof profileFor>>();
  const profile = (u: LinkUnit) => profiles.get(u.genre) ?? profiles.set(u.genre, profileFor(o, u.genre)).get(u.genre)!;
  const pairText = units.some((u) => profile(u).pairIdf) ? pairCosines(units) : undefined;

  const links: ReuseLink[] = [];
  units.forEach((lower, li) => {
    const p = profile(lower);
    let textOf: Map<number, number>;
    const corpusText = cosines(li, words.vectors, wordIndex);
    const entities = cosines(li, ents.vectors, entIndex);
    const shared = sharedShingles(li, prepared[li], shingleIndex, o);
    const found = new Set<number>([...corpusText.keys(), ...entities.keys(), ...shared.keys()]);
    const rank = (text: Map<number, number>, among: Iterable<number>) => {
      const cheap: { hi: number; value: number }[] = [];
      for (const hi of among) {
        if (!allowed(li, hi)) continue;
        const reuseGuess = Math.min(1, (shared.get(hi) ?? 0) / Math.max(1, o.reuseFull * Math.min(prepared[li].substance, prepared[hi].substance)));
        const value = p.weights.reuse * reuseGuess + p.weights.text * (text.get(hi) ?? 0) + p.weights.entities * (entities.get(hi) ?? 0);
        cheap.push({ hi, value });
      }
      return cheap.sort((a, b) => b.value - a.value || a.hi - b.hi);
    };
    let cheap = rank(corpusText, found);
    if (p.pairIdf && pairText) {
      // The higher documents of the best candidates by the corpus-wide signals are compared
      // measure by measure with the lower one, with the IDF of just those two documents (as a
      // reader comparing them would); at most maxAligned documents, so the cost stays bounded.
      const docs = new Set(cheap.slice(0, o.maxAligned).map((c) => units[c.hi].docIndex));
      const text = pairText(li, docs, allowed);
      cheap = rank(text, new Set([...found, ...text.keys()]));
      textOf = text;
    } else textOf = corpusText;
    const byDoc = new Map<number, ReuseLink[]>();
    for (const { hi } of cheap.slice(0, o.maxAligned)) {
      const higher = units[hi];
      const passages = alignMeasures(prepared[li], prepared[hi], o.align);
      const signals = {
        reuse: round(Math.min(1, reusedChars(passages) / Math.max(1, o.reuseFull * Math.min(prepared[li].substance, prepared[hi].substance)))),
        text: round(Math.min(1, textOf.get(hi) ?? 0)),
        entities: round(Math.min(1, entities.get(hi) ?? 0)),
      };
      const score = round(p.weights.reuse * signals.reuse + p.weights.text * signals.text + p.weights.entities * signals.entities);
      if (!keepAll && score < p.thresholds.partial) continue;
      const link: ReuseLink = {
        lower: lower.id,
        higher: higher.id,
        verdict: score >= p.thresholds.implements ? 'implements' : 'partial',
        score,
        passages: passages.map((p) => ({
          lower: [lower.offset + p.lower[0], lower.offset + p.lower[1]],
          higher: [higher.offset + p.higher[0], higher.offset + p.higher[1]],
          text: p.text,
          ...(higher.text.slice(p.higher[0], p.higher[1]) !== p.text ? { higherText: higher.text.slice(p.higher[0], p.higher[1]) } : {}),
        })),
        sharedEntities: [...lower.entities].filter((e) => higher.entities.has(e)).sort(),
        signals,
      };
      byDoc.set(higher.docIndex, [...(byDoc.get(higher.docIndex) ?? []), link]);
    }
    for (const scored of [...byDoc.keys()].sort((a, b) => a - b).map((d) => byDoc.get(d)!)) {
      scored.sort((a, b) => b.score - a.score || a.higher.localeCompare(b.higher));
      const best = scored[0]?.score ?? 0;
      links.push(...(keepAll ? scored : scored.filter((s) => s.score >= p.relative * best).slice(0, p.topK)));
    }
  });
  return links;
}

/** TF-IDF cosine of a lower unit with every unit of each higher document it reaches, the IDF taken
 *  over the two documents' units only (Salton & Buckley's weighting within the pair, like a reader
 *  comparing two texts: a word common to both documents says nothing, a word of two articles
 *  says a lot). Document frequencies are counted once per document. */
function pairCosines(units: LinkUnit[]) {
  const byDoc = new Map<number, number[]>();
  units.forEach((u, i) => byDoc.set(u.docIndex, [...(byDoc.get(u.docIndex) ?? []), i]));
  const tfs = units.map((u) => {
    const tf = new Map<string, number>();
    for (const w of u.words) tf.set(w, (tf.get(w) ?? 0) + 1);
    return tf;
  });
  const dfs = new Map<number, Map<string, number>>();
  for (const [d, us] of byDoc) {
    const df = new Map<string, number>();
    for (const i of us) for (const w of tfs[i].keys()) df.set(w, (df.get(w) ?? 0) + 1);
    dfs.set(d, df);
  }
  const vector = (i: number, a: number, b: number): SparseVector => {
    const [da, db] = [dfs.get(a)!, dfs.get(b)!];
    const n = byDoc.get(a)!.length + byDoc.get(b)!.length;
    const v: SparseVector = new Map();
    let norm = 0;
    for (const [w, f] of tfs[i]) {
      const x = (1 + Math.log(f)) * Math.log(n / ((da.get(w) ?? 0) + (db.get(w) ?? 0)));
      if (x <= 0) continue;
      v.set(w, x);
      norm += x * x;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [w, x] of v) v.set(w, x / norm);
    return v;
  };
  // Vectors of a higher document's units in the pair with the current lower document (the lower
  // units come in document order, so one lower document's pairs are cached at a time).
  let cachedLower = -1;
  let cache = new Map<number, SparseVector[]>();
  return (li: number, docs: Set<number>, allowed: (li: number, hi: number) => boolean): Map<number, number> => {
    const ld = units[li].docIndex;
    if (ld !== cachedLower) [cachedLower, cache] = [ld, new Map()];
    const out = new Map<number, number>();
    for (const hd of docs) {
      let hv = cache.get(hd);
      if (!hv) cache.set(hd, (hv = byDoc.get(hd)!.map((hi) => vector(hi, hd, ld))));
      const lv = vector(li, ld, hd);
      byDoc.get(hd)!.forEach((hi, k) => {
        if (!allowed(li, hi)) return;
        let dot = 0;
        for (const [w, x] of lv) dot += x * (hv![k].get(w) ?? 0);
        if (dot > 0) out.set(hi, dot);
      });
    }
    return out;
  };
}

function reusedChars(passages: AlignedPassage[]): number {
  return passages.reduce((n, p) => n + p.matched, 0);
}

/** Shingles of unmasked characters only: boilerplate and punctuation never make a candidate. */
function unitShingles(p: Prepared, k: number): Set<number> {
  const out = new Set<number>();
  let run = 0;
  for (let i = 0; i < p.masked.length; i++) {
    run = p.masked[i] === MASK ? 0 : run + 1;
    if (run >= k) out.add(hash(p.masked, i - k + 1, i + 1));
  }
  return out;
}

function buildShingleIndex(prepared: Prepared[], k: number): { sets: Set<number>[]; index: Map<number, number[]> } {
  const sets = prepared.map((p) => unitShingles(p, k));
  const index = new Map<number, number[]>();
  sets.forEach((set, ui) => {
    for (const h of set) {
      const list = index.get(h);
      if (list) list.push(ui);
      else index.set(h, [ui]);
    }
  });
  return { sets, index };
}

/** Shingles unit li shares with each other unit (postings longer than maxPostings skipped). */
function sharedShingles(li: number, _p: Prepared, s: { sets: Set<number>[]; index: Map<number, number[]> }, o: LinkOptions): Map<number, number> {
  const out = new Map<number, number>();
  for (const h of s.sets[li]) {
    const list = s.index.get(h)!;
    if (list.length > o.maxPostings) continue;
    for (const hi of list) if (hi !== li) out.set(hi, (out.get(hi) ?? 0) + 1);
  }
  return out;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
