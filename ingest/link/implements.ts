// IMPLEMENTS: a lower-level measure carries out a higher-level one. Three signals, each in
// [0, 1]: verbatim reuse (reused passages, text-reuse.ts), wording (TF-IDF cosine of content
// words, similarity.ts) and named things in common (TF-IDF cosine of the entities both mention,
// so a shared 科普大篷车 weighs more than a shared 青少年). A link needs a combined score of at
// least MIN_SCORE and at least RELATIVE of the lower measure's best candidate.
import { reusedPassages, substance, type LinkDoc, type LinkUnit, type ReuseLink } from './text-reuse.js';
import { cosines, invertedIndex, tfidfVectors } from './similarity.js';

export interface LinkOptions {
  weights: { reuse: number; text: number; entities: number };
  minScore: number;
  relative: number;
  topK: number;
}

/** Chosen on tests/gold/links.json by a coarse grid (scratch, not shipped): the middle of the
 *  plateau around F1 0.56–0.58, not its single best cell. */
export const DEFAULT_LINK_OPTIONS: LinkOptions = {
  weights: { reuse: 0.3, text: 0.4, entities: 0.3 },
  minScore: 0.07,
  relative: 0.7,
  topK: 2,
};

export function linkMeasures(
  docs: LinkDoc[],
  units: LinkUnit[],
  canLink: (lower: LinkDoc, higher: LinkDoc) => boolean,
  boilerplate: string[] = [],
  options: LinkOptions = DEFAULT_LINK_OPTIONS,
): ReuseLink[] {
  const { weights: WEIGHTS, minScore: MIN_SCORE, relative: RELATIVE, topK: TOP_K } = options;
  const allowed = (li: number, hi: number) =>
    units[li].docIndex !== units[hi].docIndex && canLink(docs[units[li].docIndex], docs[units[hi].docIndex]);
  const passages = reusedPassages(units, allowed, boilerplate);
  const words = tfidfVectors(units.map((u) => u.words));
  const wordIndex = invertedIndex(words.vectors);
  const ents = tfidfVectors(units.map((u) => [...u.entities]), 0.3);
  const entIndex = invertedIndex(ents.vectors);

  const links: ReuseLink[] = [];
  units.forEach((lower, li) => {
    const text = cosines(li, words.vectors, wordIndex);
    const entities = cosines(li, ents.vectors, entIndex);
    const candidates = new Set<number>([...text.keys(), ...entities.keys()]);
    const reused = passages.get(li);
    for (const hi of reused?.keys() ?? []) candidates.add(hi);
    const scored: ReuseLink[] = [];
    for (const hi of candidates) {
      if (!allowed(li, hi)) continue;
      const higher = units[hi];
      const p = reused?.get(hi) ?? [];
      const reusedChars = p.reduce((n, x) => n + substance(x.text, boilerplate), 0);
      const signals = {
        reuse: round(Math.min(1, reusedChars / (0.4 * Math.max(1, Math.min(substance(lower.text, boilerplate), substance(higher.text, boilerplate)))))),
        text: round(Math.min(1, text.get(hi) ?? 0)),
        entities: round(Math.min(1, entities.get(hi) ?? 0)),
      };
      const score = round(WEIGHTS.reuse * signals.reuse + WEIGHTS.text * signals.text + WEIGHTS.entities * signals.entities);
      if (score < MIN_SCORE) continue;
      const sharedEntities = [...lower.entities].filter((e) => higher.entities.has(e)).sort();
      scored.push({ lower: lower.id, higher: higher.id, score, passages: p, sharedEntities, signals });
    }
    scored.sort((a, b) => b.score - a.score || a.higher.localeCompare(b.higher));
    const best = scored[0]?.score ?? 0;
    links.push(...scored.filter((s) => s.score >= RELATIVE * best).slice(0, TOP_K));
  });
  return links;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
