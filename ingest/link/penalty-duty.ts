// A lower liability article meets a higher one only through the duty it punishes (options.penaltyDuty, session 52 helper
// link2, issue 13). Two penalty articles of one field share their sanction formulas (责令限期改正，处…万元以上…万元以下的罚款；
// 逾期未改正的，责令停产停业整顿；对其直接负责的主管人员和其他直接责任人员处…罚款), so a province's sanction for a duty of its own
// (北京市安全生产条例 第六十条 …违反本条例第三十七条第一款规定，未履行告知义务的，责令限期改正，处十万元以下的罚款…) scores against
// the law's sanction for another conduct (安全生产法 第一百零八条 …拒绝、阻碍…监督检查的，责令改正…罚款) by the fine alone. The
// link gold of four dev families reads a liability article by its conduct (tests/real/volunteer, tests/real/safety: "a
// liability article's core is its conduct"; fire, statistics, techtransfer, tourism: each gold penalty-to-penalty link names
// the conduct the higher sanctions or the duty article it punishes), so a pair of penalty articles whose conduct does not meet
// is no link. The conduct is read as options.penaltyConduct reads it (conduct.ts: the clauses ending in 的 before the
// sanction, formula bigrams of the higher document's penalty articles left out); the duty is also met through the lower
// article the penalty names (违反本条例第三十七条规定): its words, the duty punished, against the higher conduct.
// A pair meets when the lower conduct names `min` of a higher conduct clause's own bigrams; else, when the lower article names
// the duty it punishes, when that article's words carry `duty` of such a clause; else only when the lower conduct has too few
// words of its own to be read (fewer than `minOwn` non-formula bigrams). Not read here: a lower article that sets no
// administrative penalty of its own (`sanction`: a discipline clause, 依法给予处分, is the legal aid reading's, a body's staff
// sanctioned whatever the conduct), and a higher article that names no conduct (who decides the penalties). Pure: texts in, a verdict out.
import { clauseBigrams, conductBigrams, conductClauses, conductShare, runBigrams } from './conduct.js';
import { ARTICLE_LABEL } from './article-label.js';
import { NUM } from './cited-text.js';

export interface PenaltyDutySetting {
  /** The lower article's own administrative penalty (a fine, a confiscation, a warning, a suspension): the rule reads only such
   *  an article. */
  sanction: string;
  /** Least share of a higher conduct clause's own bigrams named by the lower conduct (conduct.ts conductShare) for the pair to
   *  meet. */
  min: number;
  /** Least share of a higher conduct clause's own bigrams found in the lower article the penalty names. */
  duty: number;
  /** The lower conduct's own bigrams (not formulas) the rule needs before it reads a pair whose lower article names no duty
   *  article. */
  minOwn: number;
  /** A bigram in more than this share of the higher document's penalty articles is a formula (conduct.ts). */
  common: number;
  /** Least bigrams a named duty article and a higher conduct clause share for dutyShare to count. */
  minShared: number;
  /** Only a lower article naming the duty it punishes is read (one naming none may sanction the higher conduct in other words:
   *  虚报、瞒报统计资料 for 提供不真实的统计资料). */
  namedOnly?: boolean;
  /** Session 58 (helper precision): the officials' liability. A lower penalty article that sets no administrative penalty
   *  (`sanction`), disciplines (`form`, 处分) and names a government body or its staff (`bodies`: 各级人民政府、生态环境主管部门…
   *  的主要负责人 / 工作人员…依法给予处分) meets a higher penalty article that sets an administrative penalty only when that one
   *  disciplines too: the officials' failures never meet the units' fines, whatever words the conduct shares
   *  (disciplineMeets). A unit's own failure disciplined through its managers (政府设立的…高等学校…逾期未改正的，对直接负责的
   *  主管人员…依法给予处分) names no body and is not read. Absent: not read. */
  discipline?: { form: string; bodies: string };
  /** Session 59 (helper precision2; measured, off): the conduct read as options.penaltyConduct.notConduct reads it (the
   *  sanction's size parts blanked). Against PENALTY_CONDUCT_ACT alone: animal FP −1, tendering FP −1, safety FP +1 and
   *  verdicts −1 (山东 第七十六条 → 安全生产法 第一百一十四条 let through): a dev set falls, off (rule 5). Session 60 (helper
   *  precision4): that pair went through because 第一百一十四条's only conduct clauses are the accident's grades, all blanked, and a
   *  higher article with no clause left was read as one naming no conduct; now only an article with no conduct clause before the
   *  blanking is (a higher article sized only names conduct no lower meets). Absent: not blanked. */
  notConduct?: string;
  /** Session 59 (helper precision3): the actor phrase (options.ts CONDUCT_ACTOR_PHRASE: 从事…等活动的单位和个人, 承担…职责的机构).
   *  A lower article whose conduct names its actor so is read by its act: the phrase blanked from its conduct and from the
   *  higher clauses, and read even under `namedOnly` when it names no duty article (its act is then the clause without the
   *  actor, words of its own). `parts`: what else is no act in that reading, blanked with the phrase (CONDUCT_SIZE_PARTS: the
   *  gains and the accident that size the sanction). Absent: not read. */
  actor?: { phrase: string; parts?: string };
  /** Session 60 (helper precision4): the continuing daily fine (options.ts PENALTY_DAILY_FINE: 按日连续处罚), an enforcement
   *  measure set by an article of its own (环境保护法 第五十九条 and the articles restating it: a unit fined and ordered to
   *  correct that does not correct is fined again each day). A pair of penalty articles of which exactly one names it is
   *  refused, conduct or not (dailyMeets): the daily fine sanctions the refusal to correct, not the conduct both list. Measured,
   *  off (held-out totals fall: options.ts PENALTY_DUTY_DAILY). Absent: not read. */
  daily?: string;
  /** Session 61 (helper procedure, issue 13): both articles name the duty articles they punish (违反本条例第十三条规定的，处…罚款 /
   *  有违反本办法第十一条、第十三条…规定行为之一的，处…罚款: a city's fine and its province's for the same traffic rule, each by the
   *  number of its own duty article). The pair also meets when a lower named article's words carry this share of one sentence
   *  of a higher named article (dutyShare, `minShared` bigrams at least): the two duties are one rule. Absent: not read (the
   *  higher article's conduct clauses only, sessions 52–60). */
  bothNamed?: number;
  /** Session 63 (helper penalty7, issue 13): a higher penalty article that sets no administrative penalty of its own (no
   *  `sanction` form: criminal liability, 治安管理处罚 or a referral, 依照有关法律、行政法规的规定给予处罚) is read even under
   *  `namedOnly` for a lower article naming no duty article: a lower fine meets it only through the conduct (禁毒法 第六十五条's
   *  娱乐场所…提供条件 is met by no 山东 fine of a 场所's own reporting duty). Absent: not read (sessions 52–62). */
  unsanctioned?: boolean;
  /** Session 63 (helper penalty7): the fines' ranges (fine-range.ts finesMeet): a pair of penalty articles whose fines in
   *  yuan do not overlap is refused, conduct or not (行政处罚法: a lower penalty keeps within the range of the law's). Absent:
   *  not read. */
  ranges?: boolean;
}

/** Whether two penalty articles meet by the daily fine (`daily`, a pattern: 按日连续处罚): false only when exactly one of them
 *  names it. Spaces are not read; pure. */
export function dailyMeets(lowerText: string, higherText: string, dailyRe: RegExp): boolean {
  return dailyRe.test(lowerText.replace(/\s+/g, '')) === dailyRe.test(higherText.replace(/\s+/g, ''));
}

/** Whether a lower officials' discipline article (no administrative penalty of its own, a discipline `form` and a government
 *  body named) may meet a higher penalty article: false only when the higher one sets an administrative penalty (`sanction`)
 *  and names no discipline — the units' sanction (罚款, 责令停产停业…) of a conduct the officials' article lists among its
 *  failures (山东省水污染防治条例 第七十三条's 未完成重点水污染物总量控制指标 against 水污染防治法 第八十三条's 超过…总量控制指标
 *  排放水污染物). Spaces are not read; pure. */
export function disciplineMeets(lowerText: string, higherText: string, sanctionRe: RegExp, formRe: RegExp, bodiesRe: RegExp): boolean {
  const [lower, higher] = [lowerText.replace(ARTICLE_LABEL, '').replace(/\s+/g, ''), higherText.replace(ARTICLE_LABEL, '').replace(/\s+/g, '')];
  if (sanctionRe.test(lower) || !formRe.test(lower) || !bodiesRe.test(lower)) return true;
  return !sanctionRe.test(higher) || formRe.test(higher);
}

/** The articles a lower penalty article names as the duty it punishes (违反本条例第三十七条第一款规定 → 第三十七条). */
export function namedArticles(text: string): string[] {
  return [...new Set([...text.matchAll(NAMED_RUN)].flatMap((m) => [...m[1].matchAll(ARTICLE)].map((x) => x[0])))];
}
const NAMED_RUN = new RegExp(`本(?:条例|办法|规定|细则)((?:第${NUM}条(?:第${NUM}[款项])*(?:[、和及或]|以及|或者)?)+)`, 'g');
const ARTICLE = new RegExp(`第${NUM}条`, 'g');

/** Whether the lower penalty article meets the higher one through its conduct or the duty it names; true when the rule does not
 *  read the pair. `df`/`n`: the higher document's penalty articles' bigram counts; `named`: the texts of the lower articles
 *  namedArticles found in its document. */
export function penaltyDutyMeets(lowerText: string, higherText: string, named: string[], df: (b: string) => number, n: number, s: PenaltyDutySetting, sanctionRe = new RegExp(s.sanction), nc = s.notConduct ? new RegExp(s.notConduct, 'g') : undefined, actorRe = actorPattern(s), higherNamed: string[] = []): boolean {
  const lower = lowerText.replace(ARTICLE_LABEL, '');
  if (!sanctionRe.test(lower.replace(/\s+/g, ''))) return true;
  // Session 61 (`bothNamed`): each names its duty article; the duties' words decide first.
  if (s.bothNamed !== undefined && named.length && higherNamed.length) {
    const formula = (b: string) => df(b) > Math.max(1, s.common * n);
    const sentences = higherNamed.flatMap((t) => t.replace(ARTICLE_LABEL, '').split(/[。；;\n]/).map((x) => [...runBigrams(x)]).filter((x) => x.length));
    if (named.some((t) => dutyShare(t, sentences, formula, s.minShared) >= s.bothNamed!)) return true;
  }
  // Session 59 (`actor`): a lower conduct that names its actor by an actor phrase is read by its act, both sides so blanked.
  const phrase = s.actor ? phraseOf(s.actor.phrase) : undefined;
  const byAct = !!actorRe && !!phrase && conductClauses(lower).some((c) => phrase.test(c));
  if (byAct) nc = actorRe;
  let clauses = clauseBigrams(higherText.replace(ARTICLE_LABEL, ''), nc);
  // Session 63 (`unsanctioned`): a higher article that sets no administrative penalty and whose conduct ends in no 的 clause
  // (娱乐场所…为…实施毒品违法犯罪行为提供条件，构成犯罪的，依法追究刑事责任) is read by what precedes its criminal liability.
  const unsanctionedHigher = !!s.unsanctioned && !sanctionRe.test(higherText.replace(ARTICLE_LABEL, '').replace(/\s+/g, ''));
  if (unsanctionedHigher && !clauses.length) {
    const head = higherText.replace(ARTICLE_LABEL, '').replace(/\s+/g, '').split(/[，,]?(?:构成犯罪|尚不构成犯罪|依法追究|依照)/)[0];
    if (head) clauses = [[...runBigrams(head)]];
  }
  // Session 60 (with `notConduct`): a higher article whose conduct clauses are all parts that size the sanction (发生一般事故的,
  // 违法所得十万元以上的) names conduct, none the lower's may meet; only an article with no conduct clause at all is not read.
  if (!clauses.length && (!s.notConduct || !conductClauses(higherText.replace(ARTICLE_LABEL, '')).length)) return true;
  const formula = (b: string) => df(b) > Math.max(1, s.common * n);
  const conduct = conductBigrams(lower, nc);
  const setting = { min: 0, minShared: 2, common: s.common };
  if (!named.length && s.namedOnly && !byAct && !unsanctionedHigher) return true;
  if (conductShare(conduct, clauses, df, n, setting) >= s.min) return true;
  // The duty named (违反本条例第二十八条规定的): its article's words decide, either way: a higher conduct clause carried by the
  // article, or one of the article's sentences (任何单位和个人不得擅自拆除人民防空通信、警报设施) carried by a clause that lists it
  // among others.
  if (named.length) return named.some((t) => dutyShare(t, clauses, formula, s.minShared) >= s.duty);
  // No duty named: a conduct of too few words of its own is not read.
  return [...conduct].filter((b) => !formula(b)).length < s.minOwn;
}

/** penaltyDuty.actor.phrase compiled once (penaltyDutyMeets runs per candidate pair of penalty articles). */
const PHRASES = new Map<string, RegExp>();
const phraseOf = (p: string) => PHRASES.get(p) ?? PHRASES.set(p, new RegExp(p)).get(p)!;

/** The act's reading of penaltyDuty.actor: the phrase, its parts and notConduct's, one global pattern. */
export function actorPattern(s: PenaltyDutySetting): RegExp | undefined {
  return s.actor ? new RegExp([s.notConduct, s.actor.parts, s.actor.phrase].filter(Boolean).join('|'), 'g') : undefined;
}

/** How far a named duty article and a higher conduct clause carry each other: the best, over the clauses, of the share of the
 *  clause's own bigrams the article holds and of the share of one of the article's sentences' own bigrams the clause holds
 *  (at least `minShared` bigrams shared either way); formulas of the higher penalty articles never counted. */
export function dutyShare(article: string, clauses: string[][], formula: (b: string) => boolean, minShared: number): number {
  const whole = runBigrams(article.replace(ARTICLE_LABEL, ''));
  const sentences = article
    .replace(ARTICLE_LABEL, '')
    .split(/[。；;\n]/)
    .map((x) => [...runBigrams(x)].filter((b) => !formula(b)))
    .filter((x) => x.length);
  let best = 0;
  for (const clause of clauses) {
    const own = clause.filter((b) => !formula(b));
    if (!own.length) continue;
    const held = own.filter((b) => whole.has(b)).length;
    if (held >= minShared) best = Math.max(best, held / own.length);
    const set = new Set(own);
    for (const x of sentences) {
      const k = x.filter((b) => set.has(b)).length;
      if (k >= minShared) best = Math.max(best, k / x.length);
    }
  }
  return best;
}
