// Session 56 (helper link3, issue 13): a weak second link into a law article whose main provision the lower article names
// no part of (options.unnamedSecond). Session 55's table of the dev sets' false links (docs/history/links.md, session 55
// helper link3) found most of them wrong targets: the gold links the same lower article to another article of the law. The
// session-56 table (docs/history/links.md, session 56 helper link3) read each lower article's best link and its close
// candidates by the parts of their main provisions (clause-parts.ts: actors, and duties as verb + object head): swapping
// the best for a close candidate whose parts the lower names better breaks more gold than it mends at every margin (the
// score already reads the characters the parts are made of), but a SECOND link — the lower article links into the law
// with a higher score already — whose law article's main provision has parts of which the lower article names none, while
// it names some part of its best link's provision, is a wrong target far more often than not when the lower article is
// one paragraph (a one-paragraph article restates one provision; the second link met it through the field's words:
// 北京市统计条例 第八条 → 统计法 第二十八条 and 第三十三条, techtransfer, animal, safety, mental, tourism, legal aid). Such a
// link is dropped. A pass over the link stage's links, once every link of the pair is made (as taken-article.ts), replayed
// with the same function by coverage under a user's thresholds (coverage/replay.ts) and by the calibration
// (tests/eval/links.ts select). Links by article number and penalty conduct pairs are never dropped. Pure: the naming
// lexicon is data in the rule (coverage runs it in the browser).
import { clauseParts, namingLexicon, partsNamed, type ClauseParts, type ClausePartsPass } from './clause-parts.js';

/** The rule's setting (LinkOptions.unnamedSecond). */
export interface UnnamedSecondRule {
  /** The lower measures' genres the rule reads. */
  genres: string[];
  /** A second link scoring under this is read; from it on, it stays. */
  max: number;
  /** Only a lower article of at most this many paragraphs (款, its text's lines). */
  paragraphs: number;
  /** The lower article names at least this many parts (actors and duties) of its best link's main provision. */
  bestNamed: number;
  /** The clause-part reader and its naming lexicon (options.clauseParts' own). */
  lexicon: Pick<ClausePartsPass, 'parts' | 'counterparts' | 'heads' | 'paraphrases' | 'reading'>;
}

const paragraphCount = (text: string) => text.split(/\n+/).filter((p) => p.trim()).length;

/** The links of `links` the rule drops (their indexes): of a lower measure of the rule's genres, not by article number nor
 *  a penalty conduct pair, under `max`, whose lower measure has a link into the same higher document with a higher score
 *  (its best there), is of at most `paragraphs` paragraphs, names none of this link's higher main provision's parts (which
 *  has some) and at least `bestNamed` of its best link's (of the best-scoring ones, the most). Every decision reads the
 *  links as given. */
export function unnamedSecondLinks<T extends { lower: string; higher: string; score: number; citedArticle?: boolean; penaltyConduct?: boolean }>(
  links: readonly T[],
  docOf: (measure: string) => string | number | undefined,
  genreOf: (lowerMeasure: string) => string | undefined,
  textOf: (measure: string) => string | undefined,
  rule: UnnamedSecondRule,
): Set<number> {
  const out = new Set<number>();
  const read = (l: T) => l.score < rule.max && !l.citedArticle && !l.penaltyConduct && rule.genres.includes(genreOf(l.lower) ?? '');
  if (!links.some(read)) return out;
  const best = new Map<string, { score: number; highers: string[] }>();
  const pairKey = (l: T) => `${l.lower}\n${docOf(l.higher)}`;
  for (const l of links) {
    const k = pairKey(l);
    const b = best.get(k);
    if (!b || l.score > b.score) best.set(k, { score: l.score, highers: [l.higher] });
    else if (l.score === b.score && !b.highers.includes(l.higher)) b.highers.push(l.higher);
  }
  const lex = namingLexicon(rule.lexicon);
  const parts = new Map<string, ClauseParts>();
  const partsOf = (h: string) => parts.get(h) ?? parts.set(h, clauseParts(textOf(h) ?? '', rule.lexicon.parts, rule.lexicon.reading)).get(h)!;
  const namedCount = (lowerText: string, h: string) => {
    const n = partsNamed(lowerText, partsOf(h), lex);
    return n.actors.filter(Boolean).length + n.duties.filter(Boolean).length;
  };
  links.forEach((l, i) => {
    if (!read(l)) return;
    const mine = best.get(pairKey(l));
    if (!mine || mine.score <= l.score) return;
    const lowerText = textOf(l.lower) ?? '';
    if (paragraphCount(lowerText) > rule.paragraphs) return;
    const p = partsOf(l.higher);
    if (!p.actors.length && !p.duties.length) return;
    if (namedCount(lowerText, l.higher) > 0) return;
    if (Math.max(...mine.highers.map((h) => namedCount(lowerText, h))) < rule.bestNamed) return;
    out.add(i);
  });
  return out;
}
