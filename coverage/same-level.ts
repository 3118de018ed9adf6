// The link stage's same-level cut (ingest/link/index.ts sameLevelLow, options.sameLevel), for the two replays of the
// selection that run outside ingest: coverage's under a user's thresholds (coverage/replay.ts) and the calibration's
// (tests/eval/links.ts select). Two documents of one level (rules.ts legal rank: 个人所得税法实施条例 and 个人所得税法 are
// both central) link by wording only from `minScore` on, unless the lower measure names the higher document
// (basis.ts namesDocument; `namedExcept`: a glossary article names the law for each of its terms, not for the article
// the score finds). A link by an article cited by number is exempt (the link stage adds it after the cut).
// The facts come from the snapshot (its documents' levels and names, its measures' texts): the records of the
// selection do not carry them. Pure and browser-safe (the explorer runs coverage's replay).
import { namesDocument, titleKey } from '../ingest/link/basis.js';
import { sameLevelTopKept, type SameLevelTopRule } from '../ingest/link/same-level-top.js';

/** options.sameLevel (ingest/link/options.ts LinkOptions['sameLevel']). */
export interface SameLevelRule {
  minScore: number;
  named?: boolean;
  namedExcept?: string;
  /** session 59 (ingest/link/same-level-top.ts): null or absent: off. */
  top?: SameLevelTopRule | null;
}

/** What the cut reads of the snapshot: a measure's document and text, a document's level and name. */
export interface SameLevelFacts {
  measure: (id: string) => { docId: string; text: string } | undefined;
  document: (id: string) => { level?: string; name: string } | undefined;
}

/** Of the (lower, higher) measure pairs, those the cut applies to: two documents of one level, the lower measure not
 *  naming the higher document. Keys `lower>higher`. */
export function sameLevelPairs(pairs: Iterable<readonly [string, string]>, facts: SameLevelFacts, rule: SameLevelRule): Set<string> {
  const namedExcept = rule.namedExcept ? new RegExp(rule.namedExcept) : undefined;
  const out = new Set<string>();
  for (const [lower, higher] of pairs) {
    const key = `${lower}>${higher}`;
    if (out.has(key)) continue;
    const lo = facts.measure(lower);
    const ld = lo && facts.document(lo.docId);
    if (!lo || !ld?.level) continue;
    const hi = facts.measure(higher);
    const hd = hi && facts.document(hi.docId);
    if (!hi || !hd || hd.level !== ld.level) continue;
    const named = rule.named && !namedExcept?.test(lo.text.replace(/\s+/g, '')) && namesDocument(lo.text, titleKey(hd.name), hi.text);
    if (!named) out.add(key);
  }
  return out;
}

/** The links the cut keeps: those not of a `pairs` pair (sameLevelPairs), or scored `minScore` or more. Cited links are
 *  not passed in (they are added after the cut). With `top` (options.sameLevel.top, same-level-top.ts), also the cut
 *  links it keeps, bracketed by the kept links and `exempt` (the cited links, kept whatever their score). */
export function cutSameLevel<L extends { lower: string; higher: string; score: number }>(links: L[], pairs: ReadonlySet<string>, minScore: (lower: string) => number, top?: { rule: SameLevelTopRule | null | undefined; exempt: readonly { lower: string; higher: string }[] }): L[] {
  const low = links.map((l) => pairs.has(`${l.lower}>${l.higher}`) && l.score < minScore(l.lower));
  const lowAt = low.flatMap((x, i) => (x ? [i] : []));
  if (!top?.rule || !lowAt.length) return links.filter((_, i) => !low[i]);
  const keptTop = new Set([...sameLevelTopKept(lowAt.map((i) => links[i]), [...links.filter((_, i) => !low[i]), ...top.exempt], top.rule)].map((j) => lowAt[j]));
  return links.filter((_, i) => !low[i] || keptTop.has(i));
}
