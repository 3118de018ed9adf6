// A second law article of a lower article that already links the law, admitted as the best article of one of the lower
// article's units that the first link does not carry (options.remainderSecond, session 58 helper recall2, issue 13).
// A provincial article often carries two or three articles of its law (a duty and its procedure; a list whose items come
// from different law articles; a paragraph per law article); the selection keeps the best one and admits a second only from
// the weak threshold. Session 58's table (docs/history/links.md, tests/eval/session58-second.ts) read the 308 gold misses of
// that kind beside the 16,033 non-gold candidates under the threshold in the same laws: neither the remainder the first link
// leaves (the lower article's bigrams its law article lacks) nor the share of it a candidate carries separates them; the
// best separation is a unit (a paragraph, or a list item) whose best law article, by the share of the unit's bigrams it
// holds, is the candidate, held strongly, while the first link holds little of that unit. The rule: in a law the lower
// article links into (its best link there: the first), a candidate under the partial threshold scoring from `min` is kept,
// partial, when some unit of the lower article of `unitBigrams` bigrams or more has it as its best article of the law
// (strictly: no other article holds as large a share) with a share of `unitShare` or more, and the first link holds at most
// `unitFirst` of that unit, and the candidate is no penalty article (it names none of `sanctions`, the sanction formulas of
// ingest/lexicon/remainder-sanctions.txt); at most one such link per law (the highest scoring). One step, run alike by the link stage
// (implements.ts, after provisionFloor) and coverage's threshold replay (coverage/replay.ts), on the law's articles' texts.
// Pure over texts.
import { articleUnits, hanBigrams } from './side-paragraph.js';
import { ARTICLE_LABEL } from './article-label.js';
import { paragraphClauses, type ClauseCut } from './clauses.js';

/** options.remainderSecond (ingest/link/options.ts; recorded in a snapshot's linkSelection.rules when set). */
export interface RemainderSecondRule {
  genres: string[];
  /** The candidate's least score (it is under the partial threshold, else the selection decides). */
  min: number;
  /** The least share of a unit's bigrams the candidate holds, the unit's best article of the law. */
  unitShare: number;
  /** The most share of that unit's bigrams the first link's article holds. */
  unitFirst: number;
  /** A unit's least number of bigrams to be read. */
  unitBigrams: number;
  /** Sanction formulas (regular expressions): a law article naming one is not admitted (a penalty article; the conduct
   *  rules pair those). Absent: none. */
  sanctions?: string[];
  /** Session 63 (helper recall6): the lower article read by clauses, not by units: each paragraph or item cut at this cut
   *  (clauses.ts CLAUSE_CUTS; `sentences` at 。；：), so that a sentence restating a second law article is read apart from the
   *  sentence the first link carries. Absent: units (paragraphs, list items), as session 58. */
  cut?: ClauseCut;
  /** Session 63 (helper recall6): drafting formulas (regular expressions): a unit or clause matching one is not read (a
   *  delegation 具体办法由…制定 or a glossary's lead 下列用语的含义 meets its twin in any article of the law that uses the same
   *  formula, not a provision the lower article restates). Absent: every unit read. */
  unread?: string[];
}

/** The sanction formulas of ingest/lexicon/remainder-sanctions.txt, one regular expression a line, comments (#) left out. The file is
 *  read in options.ts (REMAINDER_SANCTIONS): this module runs in the explorer too (coverage's replay), where nothing reads files. */
export function readSanctions(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.replace(/#.*/, '').trim())
    .filter(Boolean);
}

/** The lower article's units (paragraphs, list items) as texts, the article label left out. */
export function secondUnits(text: string, cut?: ClauseCut): string[] {
  const body = text.replace(ARTICLE_LABEL, '');
  return cut ? paragraphClauses(body, { cut, minBigrams: 1 }).map((c) => c.text) : articleUnits(body).map((u) => u.text);
}

/** 第二十三条 at the end of a measure id → 23: structure-prior.ts's reading of an id, for the tables of tests/eval/session58-second.ts. */
export { articleNumber } from './structure-prior.js';

export const shareIn = (a: Set<string>, b: Set<string>) => (a.size ? [...a].filter((x) => b.has(x)).length / a.size : 0);

/** Each unit of the lower text read against the law's articles: its best article (strictly the largest share of the unit's
 *  bigrams; none on a tie or no share), that share, the first link's share of it and the unit's size in bigrams. */
export function unitReadings(lower: string, first: string, law: { id: string; text: string }[], cut?: ClauseCut): { best: string | undefined; share: number; first: number; size: number; text: string }[] {
  const arts = law.map((a) => ({ id: a.id, b: hanBigrams(a.text.replace(ARTICLE_LABEL, '')) }));
  const fb = arts.find((a) => a.id === first)?.b ?? new Set<string>();
  return secondUnits(lower, cut).map((u) => {
    const ub = hanBigrams(u);
    let [best, bs, tie] = [undefined as string | undefined, 0, false];
    for (const a of arts) {
      const v = shareIn(ub, a.b);
      if (v > bs) [best, bs, tie] = [a.id, v, false];
      else if (v === bs && v > 0) tie = true;
    }
    return { best: tie ? undefined : best, share: bs, first: shareIn(ub, fb), size: ub.size, text: u };
  });
}

/** The candidates (indexes into `cands`) the rule keeps for one lower measure: `links` its links so far (higher ids),
 *  `docOf` a higher measure's document, `lawOf` a document's articles with their texts, `under` whether a score is under
 *  the partial threshold. */
export function remainderSecond<D>(
  lowerText: string,
  cands: { higher: string; score: number }[],
  links: string[],
  docOf: (higher: string) => D,
  lawOf: (doc: D) => { id: string; text: string }[],
  rule: RemainderSecondRule,
  under: (score: number) => boolean,
): number[] {
  const out: number[] = [];
  const linked = new Set(links);
  const scoreOf = new Map(cands.map((c) => [c.higher, c.score]));
  const docs = [...new Set(links.map(docOf))];
  const sanction = rule.sanctions?.length ? new RegExp(rule.sanctions.join('|')) : undefined;
  const unread = rule.unread?.length ? new RegExp(rule.unread.join('|')) : undefined;
  for (const d of docs) {
    const inLaw = links.filter((h) => docOf(h) === d && scoreOf.has(h)).sort((a, b) => scoreOf.get(b)! - scoreOf.get(a)! || a.localeCompare(b));
    if (!inLaw.length) continue;
    const first = inLaw[0];
    const law = lawOf(d);
    const penalty = new Set(sanction ? law.filter((a) => sanction.test(a.text)).map((a) => a.id) : []);
    const carried = new Set(
      unitReadings(lowerText, first, law, rule.cut)
        .filter((u) => !unread?.test(u.text))
        .filter((u) => u.best !== undefined && u.best !== first && u.size >= rule.unitBigrams && u.share >= rule.unitShare && u.first <= rule.unitFirst)
        .map((u) => u.best!)
        .filter((h) => !penalty.has(h)),
    );
    let pick = -1;
    cands.forEach((c, k) => {
      if (!carried.has(c.higher) || linked.has(c.higher) || docOf(c.higher) !== d || c.score < rule.min || !under(c.score)) return;
      if (pick < 0 || c.score > cands[pick].score || (c.score === cands[pick].score && c.higher < cands[pick].higher)) pick = k;
    });
    if (pick >= 0) out.push(pick);
  }
  return out;
}
