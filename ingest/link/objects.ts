// Session 60 (helper objects, issue 13): the object of an article — what it rules on (the defined term, the thing
// licensed, planned, inspected, funded), not its procedure or its actors, which neighbouring law articles share. Session
// 59's helper neighbour read class E (a lower article linked to the wrong article of its law, the gold one missed): the
// chosen article shares the lower article's scene (its actors, its place, the field's words running through a run of the
// law's articles) while the gold holds its object. This module reads an article's objects as noun phrases by general
// patterns of Chinese law drafting, as data (options.ts OBJECT_READING):
// - a definition: 本条例所称X，是指… / X，是指… / （以下简称X）;
// - the object of a management act: 对X实行 / 进行 / 实施 / 加强 …管理 (and 对X依法…);
// - the object of a procedure: X的审批 / 登记 / 备案 / 许可 / 认定 … (the noun phrase before 的);
// - the object after a modal and a verb: 应当 / 不得 / 负责 / 可以 + a verb + X (to the clause's end).
// Each phrase is cut at the last function word or verb of `cut` before it, and its leading adverbs are dropped. The
// comparison (objectHold) weighs a phrase's bigrams by their rarity among the higher document's articles: the field's
// words (running through the law) weigh little, the object's own words much. Pure: no Node builtin (coverage's replay may
// import it).
import { ARTICLE_LABEL } from './article-label.js';
import { articleNumber } from './structure-prior.js';

export interface ObjectReading {
  /** Regex sources, each with one capture group: the object phrase. Read over the article's text (label dropped). */
  patterns: [string, string][];
  /** A regex source: the words a phrase starts after (a modal, a coverb, a verb of the procedure): the phrase is cut after
   *  the last of them. */
  cut: string;
  /** A regex source: a phrase's leading words that name no object (adverbs, determiners). */
  lead: string;
  /** A regex source: trailing words of a phrase that name no object (等, 工作, 活动 …). */
  tail: string;
  /** Shortest and longest phrase kept (characters). */
  min: number;
  max: number;
}

export interface ObjectPhrase {
  /** The pattern's name (defined, manage, procedure, modal). */
  by: string;
  text: string;
}

interface Compiled { patterns: [string, RegExp][]; cut: RegExp; lead: RegExp; tail: RegExp }
const compiled = new WeakMap<ObjectReading, Compiled>();
function compile(r: ObjectReading): Compiled {
  let c = compiled.get(r);
  if (!c) compiled.set(r, (c = { patterns: r.patterns.map(([k, s]) => [k, new RegExp(s, 'g')]), cut: new RegExp(`^.*(?:${r.cut})`), lead: new RegExp(`^(?:${r.lead})+`), tail: new RegExp(`(?:${r.tail})+$`) }));
  return c;
}

/** The object phrases an article names (its label dropped), in order of the patterns, each once. */
export function readObjects(articleText: string, reading: ObjectReading): ObjectPhrase[] {
  const c = compile(reading);
  const text = articleText.replace(ARTICLE_LABEL, '').replace(/[ \t\u3000]+/g, '');
  const out: ObjectPhrase[] = [];
  for (const [by, re] of c.patterns) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) { re.lastIndex++; continue; }
      let t = (m[1] ?? '').replace(/[^\u4e00-\u9fff、]/g, '');
      t = t.replace(c.cut, '').replace(c.lead, '').replace(c.tail, '').replace(/^、+|、+$/g, '');
      if (t.length < reading.min) continue;
      if (t.length > reading.max) t = t.slice(-reading.max);
      if (!out.some((o) => o.text === t)) out.push({ by, text: t });
    }
  }
  return out;
}

const bigrams = (t: string) => {
  const out = new Set<string>();
  for (const run of t.split(/[^\u4e00-\u9fff]+/)) for (let i = 0; i + 1 < run.length; i++) out.add(run.slice(i, i + 2));
  return out;
};

/** The rarity of a bigram among a document's articles: ln(N / df), over the texts given (a higher document's articles). */
export function articleIdf(texts: string[]): (g: string) => number {
  const df = new Map<string, number>();
  for (const t of texts) for (const g of bigrams(t.replace(ARTICLE_LABEL, ''))) df.set(g, (df.get(g) ?? 0) + 1);
  const n = Math.max(texts.length, 1);
  return (g: string) => Math.log((n + 1) / ((df.get(g) ?? 0) + 0.5));
}

/** How much of the lower article's objects a higher article holds: over the lower's object phrases, the share of their
 *  bigrams' weight (idf among the higher document's articles) the higher text holds; 0 when the lower reads none. */
export function objectHold(objects: ObjectPhrase[], higherText: string, idf: (g: string) => number): number {
  const grams = new Set<string>();
  for (const o of objects) for (const g of bigrams(o.text)) grams.add(g);
  if (!grams.size) return 0;
  const h = bigrams(higherText.replace(ARTICLE_LABEL, ''));
  let [all, held] = [0, 0];
  for (const g of grams) {
    const w = Math.max(idf(g), 0);
    all += w;
    if (h.has(g)) held += w;
  }
  return all ? held / all : 0;
}

/** options.objectSwap (session 60, measured; recorded in a snapshot's linkSelection.rules when set): a lower article linked
 *  once into a law, to an article outside the bracket of its neighbours' links that another article of its document links
 *  too, is linked instead to a next candidate of that law inside the bracket, linked by no other article of its document,
 *  that holds more of the lower article's objects (objectHold, idf among the law's articles). The four cues of session 59's
 *  helper neighbour (the order of the neighbours' links, a claimed and an unclaimed article) with the object of the act. */
export interface ObjectSwapRule {
  genres: string[];
  /** The candidate's least score, and its least ratio to the chosen link's score. */
  min: number;
  ratio: number;
  /** How many next candidates of that law (by score, the chosen and the lower's other links left out) are read. */
  next: number;
  /** The bracket's slack in article numbers (order-bracket.ts's reading: the nearest lower articles before and after with a
   *  link into the law, widened by `slack`). */
  slack: number;
  reading: ObjectReading;
  /** Sanction formulas: a pair whose lower or chosen higher text names one is left alone (the conduct rules pair those). */
  sanctions: string[];
}

/** A lower measure of the rule's genres with its candidates (higher id, score). */
export interface SwapEntry {
  lower: string;
  text: string;
  cands: readonly { higher: string; score: number }[];
}

/** The swaps of options.objectSwap over the links made so far: [entry index, candidate index, the higher id it replaces].
 *  `docOf` gives a measure's document, `textOf` its text, `articlesOf` a document's article texts (for the rarity of words).
 *  One step, run alike by the link stage (implements.ts, after unclaimedBest) and coverage's threshold replay. */
export function objectSwaps(entries: readonly SwapEntry[], links: readonly { lower: string; higher: string }[], docOf: (m: string) => string | number, textOf: (m: string) => string, articlesOf: (d: string | number) => string[], rule: ObjectSwapRule): [number, number, string][] {
  const byPair = new Map<string, { lower: string; higher: string; ln: number; hn: number }[]>();
  for (const l of links) {
    const [ln, hn] = [articleNumber(l.lower), articleNumber(l.higher)];
    if (ln === undefined || hn === undefined) continue;
    const k = `${docOf(l.lower)}>${docOf(l.higher)}`;
    (byPair.get(k) ?? byPair.set(k, []).get(k)!).push({ ...l, ln, hn });
  }
  const sanction = (t: string) => rule.sanctions.some((f) => new RegExp(f).test(t));
  const idfs = new Map<string | number, (g: string) => number>();
  const out: [number, number, string][] = [];
  entries.forEach((e, i) => {
    const ln = articleNumber(e.lower);
    // A lower article that cites an article by number (…第X条) is left alone: a cited pair links whatever its wording.
    if (ln === undefined || sanction(e.text) || /第[一二三四五六七八九十百零〇]+条/.test(e.text.replace(ARTICLE_LABEL, ''))) return;
    const mine = links.filter((l) => l.lower === e.lower);
    for (const hdoc of new Set(mine.map((l) => docOf(l.higher)))) {
      const into = mine.filter((l) => docOf(l.higher) === hdoc);
      if (into.length !== 1) continue;
      const chosen = into[0].higher;
      const hn = articleNumber(chosen);
      const score = e.cands.find((c) => c.higher === chosen)?.score;
      if (hn === undefined || score === undefined || sanction(textOf(chosen))) continue;
      const others = (byPair.get(`${docOf(e.lower)}>${hdoc}`) ?? []).filter((x) => x.lower !== e.lower);
      const prev = others.filter((x) => x.ln < ln).sort((p, q) => q.ln - p.ln);
      const next = others.filter((x) => x.ln > ln).sort((p, q) => p.ln - q.ln);
      const a = prev.length ? Math.min(...prev.filter((x) => x.ln === prev[0].ln).map((x) => x.hn)) : undefined;
      const b = next.length ? Math.max(...next.filter((x) => x.ln === next[0].ln).map((x) => x.hn)) : undefined;
      const inBracket = (n: number) => (a === undefined || n >= a - rule.slack) && (b === undefined || n <= b + rule.slack) && (a === undefined || b === undefined || a <= b);
      const claimed = (h: string) => others.some((x) => x.higher === h);
      if (inBracket(hn) || !claimed(chosen)) continue;
      const idf = idfs.get(hdoc) ?? idfs.set(hdoc, articleIdf(articlesOf(hdoc))).get(hdoc)!;
      const objects = readObjects(e.text, rule.reading);
      if (!objects.length) continue;
      const held = objectHold(objects, textOf(chosen), idf);
      const cands = e.cands.map((c, k) => ({ ...c, k })).filter((c) => docOf(c.higher) === hdoc && c.higher !== chosen).sort((p, q) => q.score - p.score || p.higher.localeCompare(q.higher)).slice(0, rule.next);
      const best = cands.find((c) => {
        const n = articleNumber(c.higher);
        return c.score >= rule.min && c.score >= rule.ratio * score && n !== undefined && inBracket(n) && !claimed(c.higher) && objectHold(objects, textOf(c.higher), idf) > held;
      });
      if (best) out.push([i, best.k, chosen]);
    }
  });
  return out;
}
