// The conduct a penalty article sanctions (options.penaltyConduct, session 44 helper penalty): the clauses that end in
// 的 before its sanction (违反本办法规定，擅自…的，由…), and in a higher article that lists them, each item （一）…的；.
// A lower penalty article that names the conduct of one item (or one clause) of a higher penalty article in its own
// words restates that sanction, though the sanction differs in size or the lower splits one higher list across articles.
// Pure: text in, numbers out.

/** A conduct clause: text since the last sentence, item or list boundary up to a 的 closed by punctuation. */
const CLAUSE = /(?:^|[。；;：:\n])([^。；;：:\n]*?的)(?=[，,；;。])/g;
/** An item's mark, stripped. */
const ITEM_MARK = /^\s*[（(][一二三四五六七八九十]+[）)]\s*/;
const HAN_RUN = /[\u4e00-\u9fff]+/g;
/** What names a provision, not conduct: an article's label or a reference (第二十三条第二款), 违反本办法…规定. */
const REFERENCE = /违反[^，,。；;：:]{0,40}?规定|第[一二三四五六七八九十百零〇]+[条款项]/g;

/** A condition that aggravates the sanction, not the conduct sanctioned (逾期不改正的, 情节严重的, 构成犯罪的). */
const AGGRAVATION = /逾期|拒不改正|情节(?:严重|较重|特别)|构成犯罪|造成[^，,；;。]{0,12}(?:后果|损失|损害)/;

/** The conduct clauses of a penalty article, item marks and references (REFERENCE) blanked; a list's lead (有下列行为之一的) and an
 *  aggravation (AGGRAVATION) are not conduct. `notConduct` (options.penaltyConduct.notConduct, session 59; a global pattern):
 *  parts of a clause that condition the sanction's size, not the conduct (有违法所得的, 发生较大事故的), blanked too; a clause
 *  left with no Han character is none. */
export function conductClauses(text: string, notConduct?: RegExp): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(CLAUSE)) {
    let c = m[1].replace(ITEM_MARK, '').replace(REFERENCE, ' ').trim();
    if (notConduct) c = c.replace(notConduct, ' ').trim();
    if (c && /[\u4e00-\u9fff]/.test(c) && !/下列/.test(c) && !AGGRAVATION.test(c)) out.push(c);
  }
  return out;
}

/** Bigrams of the Han runs of a text (a bigram never spans punctuation). */
export function runBigrams(text: string): Set<string> {
  const out = new Set<string>();
  for (const [run] of text.matchAll(HAN_RUN)) for (let i = 0; i + 1 < run.length; i++) out.add(run.slice(i, i + 2));
  return out;
}

export interface ConductSetting {
  /** Least share of a higher clause's own bigrams that the lower article's conduct carries. */
  min: number;
  /** Least number of such bigrams shared. */
  minShared: number;
  /** A bigram in more than this share of the higher document's penalty articles (and in more than one) is a formula (违反,
   *  责令, 罚款), not conduct. */
  common: number;
}

/** The bigrams a lower penalty article's conduct clauses name (one set for the article). */
export function conductBigrams(text: string, notConduct?: RegExp): Set<string> {
  const out = new Set<string>();
  for (const c of conductClauses(text, notConduct)) for (const b of runBigrams(c)) out.add(b);
  return out;
}

/** The bigrams of each conduct clause of a higher penalty article. */
export function clauseBigrams(text: string, notConduct?: RegExp): string[][] {
  return conductClauses(text, notConduct).map((c) => [...runBigrams(c)]);
}

/** How much of one conduct clause of the higher penalty article the lower article's conduct names: the best share over the
 *  higher clauses, counted on bigrams that are not formulas of the higher document's penalty articles (`df`: in how many of
 *  them a bigram occurs, of `n`); 0 when no clause reaches `minShared` bigrams. The linker passes each article's bigrams,
 *  read once per article (conductBigrams, clauseBigrams); text is read here otherwise. */
export function conductShare(lowerText: string | Set<string>, higherText: string | string[][], df: (b: string) => number, n: number, s: ConductSetting, acts?: Set<string>[]): number {
  const lower = typeof lowerText === 'string' ? conductBigrams(lowerText) : lowerText;
  if (!lower.size) return 0;
  let best = 0;
  (typeof higherText === 'string' ? clauseBigrams(higherText) : higherText).forEach((clause, i) => {
    const own = clause.filter((b) => df(b) <= Math.max(1, s.common * n));
    const shared = own.filter((b) => lower.has(b));
    // With `acts` (session 59, options.penaltyConduct.place): the clause's bigrams outside its place adjunct; the shared ones
    // must reach minShared among them too (a place named alike is not the act).
    if (acts && shared.filter((b) => acts[i]?.has(b)).length < s.minShared) return;
    if (shared.length >= s.minShared) best = Math.max(best, shared.length / own.length);
  });
  return best;
}

/** Session 59 (options.penaltyConduct.place): each conduct clause's bigrams with its place adjunct (`place`, a global pattern:
 *  在饮用水水源保护区内) blanked, in the order of clauseBigrams; a bigram across the blank is not formed. */
export function clauseActs(text: string, place: RegExp, notConduct?: RegExp): Set<string>[] {
  return conductClauses(text, notConduct).map((c) => runBigrams(c.replace(place, ' ')));
}

/** Document frequencies of bigrams among some texts (a higher document's penalty articles). */
export function bigramCounts(texts: string[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const t of texts) for (const b of runBigrams(t)) df.set(b, (df.get(b) ?? 0) + 1);
  return df;
}
