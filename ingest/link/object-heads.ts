// Session 61 (helper recall4, issue 13): class E — a lower article linked to the wrong article of its law, the gold one
// missed — read by the head of the object phrase, head against head. Session 60's helper objects read an article's objects
// (objects.ts readObjects: what it licenses, registers, inspects, funds …) and compared them as bags of bigrams; a law
// article that merely names the object scored as one that rules on it. Here each object phrase is reduced to its head (a
// Chinese noun phrase is head-final: the class of a termClasses term it ends with, else its last `head` characters), and
// a law article matches a head when one of its own object phrases has that head (termClasses' equivalences make 许可 and
// 审批 one head). As a tie-break between the chosen article and a runner-up of the lower article's recorded candidates (no
// new candidate list: the near-cut record's, which coverage's replay reads too): the chosen article matches none of the
// lower article's heads, the runner-up matches one and names more of them anywhere in its text. Pure: no Node builtin
// (coverage's replay imports it).
import { ARTICLE_LABEL } from './article-label.js';
import { readObjects, type ObjectReading } from './objects.js';

/** options.objectHeads (session 61, measured; recorded in a snapshot's linkSelection.rules when set). */
export interface ObjectHeadsRule {
  genres: string[];
  /** The runner-up's least score, and its least ratio to the chosen link's score. */
  min: number;
  ratio: number;
  /** How many next candidates of that law (by score, the chosen left out) are read. */
  next: number;
  /** A head without a class term: the phrase's last `head` characters. */
  head: number;
  /** Equivalence classes of terms (options.termClasses' rows, then recallClasses'): a head ending in a term of a class is
   *  that class. */
  classes: string[][];
  reading: ObjectReading;
  /** Sanction formulas: a pair whose lower or chosen higher text names one is left alone (the conduct rules pair those). */
  sanctions: string[];
}

/** The head of an object phrase: the class (§ and its index) of the longest class term the phrase ends with, else its last
 *  `n` characters; undefined for a shorter phrase. */
export function headOf(phrase: string, classes: readonly string[][], n: number): string | undefined {
  let best: [number, string] | undefined;
  classes.forEach((c, i) => {
    for (const t of c) if (phrase.endsWith(t) && (!best || t.length > best[0])) best = [t.length, `§${i}`];
  });
  if (best) return best[1];
  return phrase.length >= n ? phrase.slice(-n) : undefined;
}

/** The heads of an article's object phrases, each once. */
export function objectHeads(text: string, rule: Pick<ObjectHeadsRule, 'reading' | 'classes' | 'head'>): string[] {
  return [...new Set(readObjects(text, rule.reading).map((o) => headOf(o.text, rule.classes, rule.head)).filter((h): h is string => h !== undefined))];
}

/** Whether a text names a head: the string, or any term of its class. */
export function namesHead(text: string, head: string, classes: readonly string[][]): boolean {
  return head.startsWith('§') ? (classes[Number(head.slice(1))] ?? []).some((t) => text.includes(t)) : text.includes(head);
}

/** A lower measure of the rule's genres with its recorded candidates (higher id, score). */
export interface HeadEntry {
  lower: string;
  text: string;
  cands: readonly { higher: string; score: number }[];
}

/** The swaps of options.objectHeads over the links made so far: [entry index, candidate index, the higher id it replaces].
 *  A lower measure linked exactly once into a higher document (neither its text nor the chosen's naming a sanction formula,
 *  its text citing no article by number),
 *  whose objects' heads the chosen article's own objects match none of: the best of its next `next` candidates there,
 *  scoring from `min` and from `ratio` × the chosen's, whose objects match one of the heads and whose text names more of
 *  them than the chosen's, replaces the chosen link. One step, run alike by the link stage (implements.ts, after objectSwap)
 *  and coverage's threshold replay. */
export function headSwaps(entries: readonly HeadEntry[], links: readonly { lower: string; higher: string }[], docOf: (m: string) => string | number, textOf: (m: string) => string, rule: ObjectHeadsRule): [number, number, string][] {
  const sanction = (t: string) => rule.sanctions.some((f) => new RegExp(f).test(t));
  const linksOf = new Map<string, string[]>();
  for (const l of links) (linksOf.get(l.lower) ?? linksOf.set(l.lower, []).get(l.lower)!).push(l.higher);
  const headsOf = new Map<string, string[]>();
  const heads = (m: string, text: string) => headsOf.get(m) ?? headsOf.set(m, objectHeads(text, rule)).get(m)!;
  const out: [number, number, string][] = [];
  entries.forEach((e, i) => {
    const mine = linksOf.get(e.lower);
    // A lower article that cites an article by number (…第X条) is left alone, as objectSwap leaves it: a cited pair links
    // whatever its wording (and the link stage counts cited pairs among the links so far where the replay does not).
    if (!mine || sanction(e.text) || /第[一二三四五六七八九十百零〇]+条/.test(e.text.replace(ARTICLE_LABEL, ''))) return;
    let lh: string[] | undefined;
    for (const hdoc of new Set(mine.map(docOf))) {
      const into = mine.filter((h) => docOf(h) === hdoc);
      if (into.length !== 1) continue;
      const chosen = into[0];
      const score = e.cands.find((c) => c.higher === chosen)?.score;
      const chosenText = textOf(chosen);
      if (score === undefined || sanction(chosenText)) continue;
      lh ??= heads(e.lower, e.text);
      if (!lh.length) return;
      const matched = (h: string) => {
        const hh = new Set(heads(h, textOf(h)));
        return lh!.filter((x) => hh.has(x)).length;
      };
      if (matched(chosen) > 0) continue;
      const body = (t: string) => t.replace(ARTICLE_LABEL, '');
      const named = (t: string) => lh!.filter((x) => namesHead(body(t), x, rule.classes)).length;
      const chosenNamed = named(chosenText);
      const cands = e.cands.map((c, k) => ({ ...c, k })).filter((c) => c.higher !== chosen && docOf(c.higher) === hdoc).sort((p, q) => q.score - p.score || p.higher.localeCompare(q.higher)).slice(0, rule.next);
      const best = cands.find((c) => c.score >= rule.min && c.score >= rule.ratio * score && matched(c.higher) > 0 && named(textOf(c.higher)) > chosenNamed);
      if (best) out.push([i, best.k, chosen]);
    }
  });
  return out;
}
