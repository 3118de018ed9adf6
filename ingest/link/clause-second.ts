// A second law article of a lower article that already links the law, admitted by a clause of the lower article whose act
// the first link's article lacks and the second's carries (options.clauseSecond, session 60 helper seconds, issue 13).
// A provincial article often restates two law articles in two sentences or 分号 items: a duty of the law's article A, then
// a further duty (a record, a report, a plan) that the law writes in article B. Session 60's table (docs/history/links.md,
// tests/eval/session60-clauses.ts) read, for every second candidate of a linked lower article, its clauses (sentences and
// 分号 items) aligned to their best article of the law: a clause whose strict best article (by the share of the clause's
// bigrams it holds) is the candidate, that reads an act (acts.ts readActs: a duty verb by class with its object's head) none
// of which is one of the first link's acts, and one of which is one of the candidate's, is the one reading of the clause
// that gathers the gold second links (20 gold against 30 other candidates from 0.06, no sanction formula, against 424 /
// 9,172 of all). The rule: in a law the lower article links into (its best link there: the first), a candidate not linked,
// scoring from `min`, is kept, partial, when a clause of the lower article of `clauseBigrams` bigrams or more has it as its
// strict best article of the law, reads an act, none of them the first link's, one of them the candidate's; neither the
// candidate nor the lower article names a sanction formula (`sanctions`: penalty articles are the conduct rules' to pair);
// one link per law, the highest scoring. One step after remainderSecond, run alike by the link stage (implements.ts) and
// coverage's threshold replay (coverage/replay.ts), on the law's articles' texts. Pure over texts.
import { ARTICLE_LABEL } from './article-label.js';
import { readActs, sameAct, type Act, type ActReading } from './acts.js';
import { hanBigrams } from './side-paragraph.js';
import { shareIn } from './remainder-second.js';

/** options.clauseSecond (ingest/link/options.ts; recorded in a snapshot's linkSelection.rules when set). */
export interface ClauseSecondRule {
  genres: string[];
  /** The candidate's least score. */
  min: number;
  /** A clause's least number of bigrams to be read. */
  clauseBigrams: number;
  /** The act reading (options.ts ACT_READING). */
  reading: ActReading;
  /** The candidate's act matched strictly: one class, one head, both read (acts.ts sameAct reads an unread head as any). */
  strict?: boolean;
  /** The article divided: another clause of the lower article has the first link's article as its strict best. */
  divided?: boolean;
  /** The clause not the lower article's first (the lead sentence restates the first link's provision). */
  later?: boolean;
  /** Sanction formulas (regular expressions, REMAINDER_SANCTIONS): neither the candidate nor the lower text may name one. */
  sanctions?: string[];
}

const ITEM = /^(?:[（(][一二三四五六七八九十]+[)）]|[0-9]+[.．、])/;

/** A lower article's clauses: its sentences and 分号 items (。；：!? and line ends), an item's marker dropped, those of
 *  fewer than `min` bigrams left out. */
export function clausesOf(text: string, min: number): string[] {
  return text
    .replace(ARTICLE_LABEL, '')
    .split(/[。；;：:！!？?\n]/)
    .map((c) => c.trim().replace(ITEM, '').trim())
    .filter((c) => hanBigrams(c).size >= min);
}

/** The candidates (indexes into `cands`) the rule keeps for one lower measure: `links` its links so far (higher ids),
 *  `docOf` a higher measure's document, `lawOf` a document's articles with their texts. */
export function clauseSecond<D>(
  lowerText: string,
  cands: { higher: string; score: number }[],
  links: string[],
  docOf: (higher: string) => D,
  lawOf: (doc: D) => { id: string; text: string }[],
  rule: ClauseSecondRule,
): number[] {
  const out: number[] = [];
  const sanction = rule.sanctions?.length ? new RegExp(rule.sanctions.join('|')) : undefined;
  if (sanction?.test(lowerText)) return out;
  const linked = new Set(links);
  const scoreOf = new Map(cands.map((c) => [c.higher, c.score]));
  const clauses = clausesOf(lowerText, rule.clauseBigrams).map((t, i) => ({ i, b: hanBigrams(t), acts: readActs(t, rule.reading) }));
  if (!clauses.some((c) => c.acts.length > 0)) return out;
  const matches = (a: Act, x: Act) => (rule.strict ? a.cls === x.cls && !!a.head && a.head === x.head : sameAct(a, x));
  for (const d of [...new Set(links.map(docOf))]) {
    const inLaw = links.filter((h) => docOf(h) === d && scoreOf.has(h)).sort((a, b) => scoreOf.get(b)! - scoreOf.get(a)! || a.localeCompare(b));
    if (!inLaw.length) continue;
    const law = lawOf(d).map((a) => ({ id: a.id, text: a.text, b: hanBigrams(a.text.replace(ARTICLE_LABEL, '')) }));
    const actsOf = new Map<string, Act[]>();
    const acts = (id: string) => actsOf.get(id) ?? actsOf.set(id, readActs(law.find((a) => a.id === id)?.text ?? '', rule.reading)).get(id)!;
    const first = acts(inLaw[0]);
    // Each clause's strict best article of the law (none on a tie or no share).
    const bestOf = clauses.map((c) => {
      let [best, bs, tie] = ['', 0, false];
      for (const a of law) {
        const v = shareIn(c.b, a.b);
        if (v > bs) [best, bs, tie] = [a.id, v, false];
        else if (v === bs && v > 0) tie = true;
      }
      return tie ? '' : best;
    });
    const carried = new Set<string>();
    for (const c of clauses) {
      const best = bestOf[c.i];
      if (!c.acts.length || !best || best === inLaw[0] || (rule.later && c.i === 0)) continue;
      if (c.acts.some((a) => first.some((f) => sameAct(a, f)))) continue;
      if (rule.divided && !bestOf.some((b, j) => j !== c.i && b === inLaw[0])) continue;
      if (sanction?.test(law.find((a) => a.id === best)!.text)) continue;
      if (c.acts.some((a) => acts(best).some((x) => matches(a, x)))) carried.add(best);
    }
    let pick = -1;
    cands.forEach((c, k) => {
      if (!carried.has(c.higher) || linked.has(c.higher) || docOf(c.higher) !== d || c.score < rule.min) return;
      if (pick < 0 || c.score > cands[pick].score || (c.score === cands[pick].score && c.higher < cands[pick].higher)) pick = k;
    });
    if (pick >= 0) out.push(pick);
  }
  return out;
}
