// A lower article that links to nothing admits the law article whose main provision it restates in its own words
// (options.provisionFloor, session 55 helper link, issue 13). Most missed gold links of the development regulation families
// score under the partial threshold: a province restating its law's main provision in the field's own words shares few
// characters with it (野生动物保护法 第十一条's survey duty, 山东 第十条 and 河南 第八条 in the 1988 law's words). Characters
// shared are weak evidence there; the clause-part reading of session 54 (clause-parts.ts: the main provision read as its
// ACTORS and its DUTIES, verb + object head, and which of them a lower article names) is a structural one. The rule:
// a lower unit of a listed genre that no step before it links (the selection, the conduct rules, the neighbour rule, the
// bracket), in each higher document, compares the document's `top` best candidates (by score, ties by id) by the share of
// their main provision's parts (actors and duties) the lower text names; the one naming the largest share, strictly above
// the others, is kept, partial, when it scores from `min` (under the partial threshold), its main provision has at least
// `minDuties` duties of which the lower names at least `duties` (a share), and (`actor`) the lower names one of its actors
// ('named'), or it has none or one is named ('ok'), or no actor test ('any').
// One step, run alike by the link stage (implements.ts, after the bracket) and by coverage's threshold replay
// (coverage/replay.ts, after its bracket step, from the candidates the snapshot keeps: select.ts nearCutRecord's `docTop`).
// Calls into clause-parts.ts (clauseParts, partsNamed); changes nothing of it. Pure over texts.
import type { Genre } from '../../graph-schema/index.js';
import { clauseParts, namingLexicon, partsNamed, type ClausePartsPass } from './clause-parts.js';

/** options.provisionFloor (ingest/link/options.ts; recorded in a snapshot's linkSelection.rules when set). */
export interface ProvisionFloorRule {
  genres: Genre[];
  /** The chosen candidate's least score. */
  min: number;
  /** How many of a document's best candidates are compared. */
  top: number;
  /** The least share of the main provision's duties the lower text names (0–1). */
  duties: number;
  /** The least number of duties the main provision has. */
  minDuties: number;
  actor: 'any' | 'ok' | 'named';
  /** The clause-part reading and its naming lexicon (options.clauseParts' own, carried as data; `reading`, session 56: the
   *  reader's drafting readings, ClauseReading; absent: session 54's reader, as session 55 measured). */
  reading: Pick<ClausePartsPass, 'parts' | 'counterparts' | 'heads' | 'paraphrases' | 'reading'>;
}

/** A candidate of the lower unit: its higher measure, document and score. */
export interface FloorCandidate {
  higher: string;
  doc: number;
  score: number;
}

/** What the lower text names of a higher article's main provision: the share of all its parts, its duties and actors. */
export function provisionNamed(lowerText: string, higherText: string, reading: ProvisionFloorRule['reading']): { share: number; duties: number; named: number; actors: number; actorsNamed: number } {
  const parts = clauseParts(higherText, reading.parts, reading.reading);
  const nm = partsNamed(lowerText, parts, namingLexicon(reading));
  const all = [...nm.actors, ...nm.duties];
  return {
    share: all.length ? all.filter(Boolean).length / all.length : 0,
    duties: parts.duties.length,
    named: nm.duties.filter(Boolean).length,
    actors: parts.actors.length,
    actorsNamed: nm.actors.filter(Boolean).length,
  };
}

/** The candidates (indexes into `cands`) the rule keeps for one lower unit that links to nothing: at most one per higher
 *  document. `under(score)`: the score is under the partial threshold. */
export function provisionFloor(lowerText: string, cands: readonly FloorCandidate[], textOf: (higher: string) => string | undefined, rule: ProvisionFloorRule, under: (score: number) => boolean): number[] {
  const byDoc = new Map<number, number[]>();
  cands.forEach((c, k) => (byDoc.get(c.doc) ?? byDoc.set(c.doc, []).get(c.doc)!).push(k));
  const out: number[] = [];
  for (const d of [...byDoc.keys()].sort((a, b) => a - b)) {
    const ks = byDoc.get(d)!.sort((a, b) => cands[b].score - cands[a].score || cands[a].higher.localeCompare(cands[b].higher)).slice(0, rule.top);
    if (cands[ks[0]].score < rule.min) continue;
    const read = ks.map((k) => provisionNamed(lowerText, textOf(cands[k].higher) ?? '', rule.reading));
    const best = read.reduce((b, r, i) => (r.share > read[b].share ? i : b), 0);
    const r = read[best];
    if (r.share === 0 || read.some((x, i) => i !== best && x.share >= r.share)) continue;
    const c = cands[ks[best]];
    if (c.score < rule.min || !under(c.score)) continue;
    if (r.duties < rule.minDuties || r.named < rule.duties * r.duties) continue;
    if (rule.actor === 'named' && !r.actorsNamed) continue;
    if (rule.actor === 'ok' && r.actors && !r.actorsNamed) continue;
    out.push(ks[best]);
  }
  return out;
}
