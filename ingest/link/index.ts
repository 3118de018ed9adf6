// Link stage: which documents are the same text (duplicates), and which measures implement
// which (IMPLEMENTS), across levels: central → national → provincial → municipal → county.
// Called by the pipeline as its own stage, after extract and before the snapshot is built:
// documents in, links (with verdict, score, lag and evidence) out.
import type { Lexicon } from '../lexicon/load.js';
import { regionByName } from '../lexicon/regions.js';
import type { ProcessedDoc } from '../snapshot/types.js';
import { measureId } from '../../graph-schema/index.js';
import type { NearCut } from './select.js';
import { linkMeasures, selectionRecords, type LinkUnit, type NearCutDraft, type ReuseLink } from './implements.js';
import { articleRole, linkOptions, type LinkOptions } from './options.js';
import { basisTitles, namesDocument, titleKey } from './basis.js';
import { sameLevelTopKept } from './same-level-top.js';
import { canImplement, closureAllows, judicialDocument, lag, mayImplementAny, rankWithBasis, NATIONWIDE, ownBodyTitle, planYear, regionChain, placeAllows, siblingAllows, subjectAllows, type RuleDoc } from './rules.js';
import { basisClosures, citedTitleKeys } from './basis-closure.js';
import { titledPartAllows } from './titled-part.js';
import { ownVersions } from './lag.js';
import { backgroundDf, signatures } from './topic.js';
import { drafting } from './drafting.js';
import { chapterCitations, citedOnlyUnits, citedPairs, withCitations, type CitedPair } from './cite-links.js';
import { pairThinLinks } from './pair-median.js';
import { takenArticleLinks } from './taken-article.js';
import { unnamedSecondLinks } from './unnamed-second.js';
import { siblingSecondLinks } from './siblings.js';
import { secondAddsLinks } from './second-adds.js';
import { titleTermPass, type TitleTermDoc } from './title-term.js';
import { chapterArticleLinks } from './chapter-article.js';
import { ARTICLE_ID } from './article-label.js';
import { clausePartsLinks } from './clause-parts.js';
import { penaltyActors, procedureStages } from './actors.js';
import { datedOn, yearOn } from '../structure/file-date.js';
import { maskDeleted } from '../structure/deletions.js';
import { thesaurusTokens } from './thesaurus.js';
import { articleUnits } from './side-paragraph.js';
import { liableArticle } from './penalty-liable.js';
import { termClassRows } from './recall-classes.js';

export { articleRole, DEFAULT_LINK_OPTIONS, LINK_THRESHOLDS_PROVENANCE, linkOptions, profileFor, snapshotThresholds, type ArticleRole, type LinkOptions, type LinkProfile } from './options.js';
export { duplicateGroups } from './duplicates.js';
export { canImplement, lag, LEVEL_ORDER, LEVEL_RANK, planYear, regionChain, type RuleDoc } from './rules.js';
export type { LinkUnit, ReuseLink, Verdict } from './implements.js';

/** A link as the snapshot stores it: the scored pair plus the documents' lag and date caveat. */
export interface ImplementsLink extends ReuseLink {
  lagDays?: number;
  lagApprox?: true;
  dateUnknown?: true;
  /** The higher text is a later revision of a law the lower document was issued after (rules.ts). */
  laterVersion?: true;
  /** The lower measure cites the higher article by number (cite.ts): strong whatever the score. */
  citedArticle?: true;
  citations?: { span: [number, number]; text: string }[];
}

export function ruleDoc(p: ProcessedDoc, lexicon: Lexicon, basisCompanion?: string | null): RuleDoc {
  const { level, region, regionParent } = p.doc;
  // Ordered by the text's date, else its file name's (structure/file-date.ts).
  const issuedOn = datedOn(p.doc);
  const year = yearOn(p.doc);
  // A region the lexicon lacks (a county read by its suffix) sits under its document's parent region.
  const parentOf = (r: string) => regionByName(r, lexicon)?.parent ?? (r === region ? regionParent : undefined);
  const py = planYear(p.doc.title, p.doc.genre);
  const basis = basisTitles(p, basisCompanion);
  // The text's own versions up to its date: its lag as a lower document runs to the one that carried a higher text out (lag.ts).
  const own = ownVersions(p.doc.history, issuedOn);
  return {
    level, issuedOn, year, region, ...(own.length ? { ownVersionsOn: own } : {}), regionChain: regionChain(region, parentOf), ...(py !== undefined ? { planYear: py } : {}), title: titleKey(p.doc.title), ...(basis.length ? { basis } : {}),
    ...(judicialDocument(p.doc.issuer, p.doc.title) ? { judicial: true as const } : {}),
    ...(ownBodyTitle(p.doc.title) ? { ownBody: true as const } : {}),
    ...rankOf(p.doc.issuer, p.doc.title, basis),
  };
}

function rankOf(issuer: string | undefined, title: string, basis: string[]): { legalRank?: number } {
  const r = rankWithBasis(issuer, title, basis);
  return r === undefined ? {} : { legalRank: r };
}


/** The leaf measures that can implement or be implemented (not a notice, not a container). */
export function linkUnits(docs: ProcessedDoc[], ids: string[], frameHeadings: string[] = [], roles: UnitRoles = { articleRoles: [] }): LinkUnit[] {
  const make = unitMaker(frameHeadings, roles);
  return docs.flatMap((d, di) => make(d, di, ids[di]));
}

type UnitRoles = Pick<LinkOptions, 'articleRoles'> & Partial<Pick<LinkOptions, 'bigramWords' | 'bigramLabel' | 'definedTerms' | 'penaltyArticles' | 'penaltyActors' | 'procedureStages' | 'draftingRewrites' | 'provisos' | 'termClasses' | 'recallClasses' | 'thesaurus' | 'referralForms'>>;

/** linkUnits one document at a time: the measures of document `d` (index `di`, id `id`). */
export function unitMaker(frameHeadings: string[] = [], roles: UnitRoles = { articleRoles: [] }): (d: ProcessedDoc, di: number, id: string) => LinkUnit[] {
  const bigrams = new Set(roles.bigramWords ?? []);
  const label = roles.bigramLabel ? new RegExp(roles.bigramLabel) : undefined;
  const steps = roles.procedureStages;
  // options.draftingRewrites: the bigrams of a unit of its genres are taken from its text in the one drafting form.
  const rewrite = roles.draftingRewrites ? drafting(roles.draftingRewrites.rules) : undefined;
  const rewrites = (d: ProcessedDoc) => !!rewrite && roles.draftingRewrites!.genres.includes(d.doc.genre ?? 'plan');
  const rewritten = (d: ProcessedDoc, text: string) => (rewrites(d) ? rewrite!(text) : text);
  // Its jieba words one by one (卫生健康 → 卫生, 予以 → 给予, 本条例 → 本法); a word rewritten to nothing is dropped.
  const rewrittenWords = (d: ProcessedDoc, words: string[]) => (rewrites(d) ? words.map(rewrite!).filter(Boolean) : words);
  // options.provisos (session 46): a restriction clause (不得损害国家安全、国家利益、社会公共利益) is left out of a unit's
  // words and bigrams; its text stays whole.
  const proviso = roles.provisos ? new RegExp(roles.provisos.pattern, 'g') : undefined;
  const provisoFree = (d: ProcessedDoc, text: string) => (proviso && roles.provisos!.genres.includes(d.doc.genre ?? 'plan') ? text.replace(proviso, '') : text);
  // options.termClasses (session 47): a term of a class found in the text adds the class's token.
  // options.recallClasses (session 57, ingest/link/recall-classes.ts) adds its rows to the classes.
  const terms = roles.termClasses ? termMatcher(termClassRows(roles)) : undefined;
  const withTerms = (d: ProcessedDoc, words: string[], text: string) =>
    terms && roles.termClasses!.genres.includes(d.doc.genre ?? 'plan') ? [...words, ...terms(text).flatMap((t) => Array<string>(roles.termClasses!.weight).fill(t))] : words;
  // options.thesaurus (session 48): a jieba word the general thesaurus knows adds its class's token (ingest/link/thesaurus.ts).
  const withClasses = (d: ProcessedDoc, words: string[], jieba: string[]) =>
    roles.thesaurus && roles.thesaurus.mode !== 'soft' && roles.thesaurus.genres.includes(d.doc.genre ?? 'plan') ? [...words, ...thesaurusTokens(jieba, roles.thesaurus)] : words;
  return (d, di, id) => {
    const { penalty, dual, open } = penaltyUnits(d, roles.penaltyArticles ?? null);
    // options.penaltyArticles.open (session 61): a procedure rule with no penalty part meets the higher penalty articles.
    const openUnit = (path: string, text: string) => open && openArticle(text, penalty.has(path), roles.penaltyArticles!.open!);
    // A measure whose text a later revision deleted is never linked; deleted paragraphs are blank (structure/deletions.ts).
    const live = maskDeleted(d.doc.text, d.doc.units);
    const leaves = d.doc.units.filter((u) => u.kind !== 'notice' && u.leaf && !u.deletedOn).map((u) => ({ u, text: live.slice(u.span[0], u.span[1]) }));
    // A term in many of its articles is the regulation's own subject (法律援助, 志愿服务): not expanded.
    const defs = roles.definedTerms && bigrams.has(d.doc.genre ?? 'plan')
      ? definedTerms(d.doc.text, roles.definedTerms.pattern).filter((t) => leaves.filter((x) => x.text.includes(t.term)).length <= roles.definedTerms!.maxShare * leaves.length)
      : [];
    return leaves.map(({ u, text }) => {
      const scored = provisoFree(d, text);
      const words = d.extraction.words[u.path] ?? [];
      return {
        id: measureId(id, u.path),
        docIndex: di,
        offset: u.span[0],
        text,
        entities: new Set(d.extraction.mentions.filter((m) => m.path === u.path).map((m) => `${m.type}:${m.canonical}`)),
        words: withClasses(d, withTerms(d, withDefinitions(withBigrams(rewrittenWords(d, scored === text ? words : wordsIn(words, scored)), rewritten(d, bigramText(scored)), bigrams.has(d.doc.genre ?? 'plan'), label), scored, defs), scored), rewrittenWords(d, scored === text ? words : wordsIn(words, scored))),
        genre: d.doc.genre,
        role: articleRole(text, roles),
        frame: u.kind === 'preamble' || frameHeadings.some((h) => u.name.replace(/^[一二三四五六七八九十（）()、\s]+/, '').startsWith(h)),
        ...(penalty.has(u.path) ? { group: 'penalty', ...(dual.has(u.path) ? { dual: true } : {}), ...actorsOf(text, roles.penaltyActors) } : {}),
        ...(openUnit(u.path, text) ? { open: true } : {}),
        ...(steps?.genres.includes(d.doc.genre ?? 'plan') ? { stages: procedureStages(text, steps) } : {}),
      };
    });
  };
}

/** A unit's jieba words, each kept as many times as it occurs in `text` (a text with clauses left out, options.provisos). */
export function wordsIn(words: string[], text: string): string[] {
  const left = new Map<string, number>();
  return words.filter((w) => {
    if (!left.has(w)) left.set(w, text.split(w).length - 1);
    const n = left.get(w)!;
    left.set(w, n - 1);
    return n > 0;
  });
}

/** The kinds of actor a penalty article sanctions (options.penaltyActors), when any is recognised. */
function actorsOf(text: string, rule: LinkOptions['penaltyActors'] | undefined): { actors?: string[] } {
  const actors = rule ? penaltyActors(text, rule) : [];
  return actors.length ? { actors } : {};
}

/** The paths of a law's penalty articles (options.penaltyArticles): articles of a regulation under
 *  a 法律责任 chapter, or whose text has a sanction form. A plan has none. Session 40 (plans): the part may be a chapter or,
 *  with `levels`, a section (a 司法解释's part title 十、法律责任, a law's 第一节…的行为和处罚); under a part naming rewards and
 *  penalties together (`mixed`: 奖励与处罚, 奖惩) an article is a penalty article by its sanction form only. */
export function penaltyPaths(d: ProcessedDoc, rule: LinkOptions['penaltyArticles']): Set<string> {
  return penaltyUnits(d, rule).penalty;
}

/** penaltyPaths with the dual ones among them (options.penaltyArticles.dual, session 59): penalty articles whose first
 *  paragraph has no sanction form and a later one has, outside any penalty part. */
export function penaltyUnits(d: ProcessedDoc, rule: LinkOptions['penaltyArticles']): { penalty: Set<string>; dual: Set<string>; open: boolean } {
  const out = new Set<string>();
  const dual = new Set<string>();
  if (!rule || d.doc.genre !== 'regulation') return { penalty: out, dual, open: false };
  const [chapter, sanction] = [new RegExp(rule.chapter), new RegExp(rule.text)];
  const mixed = rule.mixed ? new RegExp(rule.mixed) : null;
  const levels = new Set<string>(rule.levels ?? ['chapter']);
  const recourse = rule.recourse ? new RegExp(rule.recourse) : null;
  const byPath = new Map(d.doc.units.map((u) => [u.path, u]));
  /** 'whole' for a penalty part, 'mixed' for a part of rewards and penalties, else undefined. */
  const partOf = (u: (typeof d.doc.units)[number]): 'whole' | 'mixed' | undefined => {
    if (!levels.has(u.kind)) return undefined;
    const head = d.doc.text.slice(u.span[0], u.span[1]).split('\n')[0];
    return chapter.test(head) ? 'whole' : mixed?.test(head) ? 'mixed' : undefined;
  };
  const underPart = (path: string | undefined): 'whole' | 'mixed' | undefined => {
    for (let p = path; p; p = byPath.get(p)?.parent) {
      const u = byPath.get(p);
      const part = u && partOf(u);
      if (part) return part;
    }
    return undefined;
  };
  // options.penaltyArticles.outside (session 37): in a document with a penalty chapter, an article outside it is a penalty
  // article by its text only when it also states a violation (违反…的, 有下列行为之一): a sanction in a side clause of a duty
  // (统计法 第十五条: …统计机构应当依法责令停止有关统计调查活动) leaves the duty where it is.
  const outside = rule.outside ? new RegExp(rule.outside) : null;
  const hasChapter = !!outside && d.doc.units.some((u) => partOf(u) !== undefined);
  // options.penaltyArticles.prohibited (session 46): the acts an article forbids (不得有下列行为：…向中小企业收费或者罚款；…,
  // 不得…罚款) are read past before the sanction test: a 罚款 the article forbids is no sanction it sets.
  const prohibited = rule.prohibited ? new RegExp(rule.prohibited, 'g') : null;
  // options.penaltyArticles.passive (session 60): a sanction undergone (被依法吊销…, 被追究刑事责任的) is read past as well.
  const passive = rule.passive ? new RegExp(rule.passive, 'g') : null;
  const readPast = (x: string) => {
    const allowed = prohibited ? x.replace(prohibited, '') : x;
    return passive ? allowed.replace(passive, '') : allowed;
  };
  // options.penaltyArticles.sideCorrection (session 51, helper link2): outside a penalty part, an order to correct (责令改正)
  // in a paragraph after the article's first is no sanction the article sets (责令改正 is no 行政处罚: 行政处罚法 第二十八条
  // orders it beside a penalty); a duty article closing with the correction of its breach stays a duty article.
  const correction = rule.sideCorrection ? new RegExp(rule.sideCorrection, 'g') : null;
  // options.penaltyArticles.liable (session 56, helper refuse; penalty-liable.ts): under a penalty part, an article with no
  // sanction form (`text`) is a penalty article only when its text names a sanction or a liability (this pattern): an article
  // the law places in its liability chapter that settles disputes (矿产资源法 第四十九条) or states another duty sanctions nothing.
  const liable = rule.liable ? new RegExp(rule.liable) : null;
  // The article's first paragraph keeps its items (side-paragraph.ts articleUnits).
  const correctionLeft = (raw: string) =>
    articleUnits(raw).map((x) => (x.paragraph > 0 ? x.text.replace(correction!, '') : x.text)).join('').replace(/\s+/g, '');
  // options.penaltyArticles.titles (session 59, helper ministry): a cited title, or a run of them, read as one mark, so that a
  // sanction by referral (…的，由…部门依照《…》《…》有关规定进行处罚) reaches its 处罚 within the pattern's reach.
  const titles = rule.titles ? new RegExp(`(?:${rule.titles})+`, 'g') : null;
  const marked = (x: string) => (titles ? x.replace(titles, '《》') : x);
  const anyPart = d.doc.units.some((u) => partOf(u) !== undefined);
  for (const u of d.doc.units) {
    if (!u.leaf || u.kind === 'notice') continue;
    const raw = d.doc.text.slice(u.span[0], u.span[1]);
    const whole = raw.replace(/\s+/g, '');
    const under = underPart(u.parent);
    const read = correction && !under ? correctionLeft(raw) : whole;
    const text = marked(readPast(read));
    if (sanction.test(text) && (under || !hasChapter || outside!.test(text))) {
      out.add(u.path);
      // options.penaltyArticles.dual (session 59, helper ministry): the first paragraph a duty or a supervision, a later one
      // the sanction (县级以上…部门应当依法监督检查… / …的，由…责令限期改正…): the article is of both groups.
      if (rule.dual && !under && (rule.dual.withPart || !anyPart)) {
        const paras = articleUnits(raw).filter((x) => !x.item);
        const test = (x: string) => sanction.test(marked(readPast(x.replace(/\s+/g, ''))));
        const first = articleUnits(raw).filter((x) => x.paragraph === 0).map((x) => x.text).join('');
        const free = !rule.dual.firstFree || !new RegExp(rule.dual.firstFree).test(marked(first.replace(/\s+/g, '')));
        if (paras.length > 1 && free && !test(first) && paras.slice(1).some((x) => test(x.text))) dual.add(u.path);
      }
    } else if (under === 'whole' && liableArticle(text, recourse, liable)) out.add(u.path);
  }
  // options.penaltyArticles.open (session 61, helper procedure): a document with no penalty part whose title is a procedure
  // rule's (…程序规定) keeps its enforcement steps in ordinary chapters; as a lower document its articles meet penalty articles.
  const open = !!rule.open && !anyPart && new RegExp(rule.open.title).test(d.doc.title ?? '');
  return { penalty: out, dual, open };
}

/** options.penaltyArticles.open: whether an article of an open document (a procedure rule with no penalty part) is open — its
 *  penalty articles when `penalty` is set; its articles of no group always (session 61) or, with `measure` (session 62, helper
 *  police2), only when the article names an enforcement measure: a step of the enforcement the law's 法律责任 articles order
 *  (扣留, 罚款, 暂扣 …), not the rule's documents, time limits, scene work or definitions. */
export function openArticle(text: string, isPenalty: boolean, rule: NonNullable<NonNullable<LinkOptions['penaltyArticles']>['open']>): boolean {
  if (isPenalty) return !!rule.penalty;
  return !rule.measure || new RegExp(rule.measure).test(text.replace(/\s+/g, ''));
}

/** A unit's words, with its character bigrams added (options.bigramWords): two characters that
 *  never cross punctuation, marked so that none equals a word. The unit's own label (`label`,
 *  options.bigramLabel: 第七条 at the start of an article) is left out: it is the article's address,
 *  not its content. */
export function withBigrams(words: string[], text: string, add: boolean, label?: RegExp): string[] {
  if (!add) return words;
  return [...words, ...charBigrams(label ? text.replace(label, ' ') : text)];
}

/** options.termClasses: the tokens (§ and the class's first term) of the terms of `classes` a text holds, one per
 *  occurrence, the longest term first at each place (高等院校 is not read again as 高校). */
export function termMatcher(classes: string[][]): (text: string) => string[] {
  const tokenOf = new Map<string, string>();
  for (const c of classes) for (const t of c) if (!tokenOf.has(t)) tokenOf.set(t, `§${c[0]}`);
  const terms = [...tokenOf.keys()].sort((a, b) => b.length - a.length);
  if (!terms.length) return () => [];
  const re = new RegExp(terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  return (text) => [...text.matchAll(re)].map((m) => tokenOf.get(m[0])!);
}

/** Two characters that never cross punctuation, marked (·) so that none equals a word. */
/** The unit's text for its character bigrams as the bigrams were calibrated (sessions 17–37): without the space the clean
 *  stage keeps after an article's label since session 38, so the label's last character and the text's first make one
 *  bigram as before (·条建). With the space, real, fire and incometax each lost a link's precision (0.91 → 0.90, 0.75 →
 *  0.74, 0.69 → 0.68): the same-number bigrams (第十, 十条) then weigh more. Whether that glued bigram should go is the link
 *  stage's question, not a side effect of the display fix. */
export function bigramText(text: string): string {
  return text.replace(LABEL_SPACE, '$1');
}
const LABEL_SPACE = /^(\s*第[一二三四五六七八九十百千零〇\d]+条(?:之[一二三四五六七八九十]+)?)[ \t]+/;

function charBigrams(text: string): string[] {
  const out: string[] = [];
  for (const run of text.split(/[^\u4e00-\u9fff]+/)) for (let i = 0; i + 1 < run.length; i++) out.push(`·${run.slice(i, i + 2)}`);
  return out;
}

/** The terms a regulation defines (options.definedTerms: 本条例所称X，是指Y; several in one sentence,
 *  …；Z，是指W), each with what it is defined as. */
export function definedTerms(text: string, pattern: string): { term: string; meaning: string }[] {
  const out: { term: string; meaning: string }[] = [];
  for (const m of text.matchAll(new RegExp(pattern, 'g'))) {
    for (const part of m[1].split(/[；;]/)) {
      const d = part.match(/^(?:的)?([\u4e00-\u9fff]{2,12}?)[，,]?是指(.+)$/);
      if (d) out.push({ term: d[1], meaning: d[2] });
    }
  }
  return out;
}

/** A unit's words with, for each defined term it uses (not in its own definition), the bigrams of what
 *  the term is defined as: 法律援助人员 in an article of a text that defines it as 承办法律援助事项的人
 *  matches the higher text's 办理法律援助案件的人员. */
export function withDefinitions(words: string[], text: string, defs: { term: string; meaning: string }[]): string[] {
  const extra: string[] = [];
  for (const { term, meaning } of defs) {
    if (!text.includes(term) || new RegExp(`${term}[，,]?是指`).test(text)) continue;
    extra.push(...charBigrams(meaning));
  }
  return extra.length ? [...words, ...extra] : words;
}

/** Texts of one law or regulation: the same title and region. The level is not part of it: it is read from each
 *  text's issuer, and a revision may name another (废旧金属收购业治安管理办法: 公安部's 1994 text, the 2023 text revised by
 *  国务院's decision), which made the two texts two laws to session 34's rules and let a 2009 city regulation link
 *  to the 2023 text as if it were the law's earliest (session 35, lead, law mirror). */
export function versionKey(d: ProcessedDoc, r: RuleDoc): string | undefined {
  return d.doc.genre === 'regulation' ? `${r.region ?? ''}|${d.doc.title}` : undefined;
}

/** Sets `adoptedOn` and `versionsOn` (rules.ts) on the earliest text the corpus holds of each law or regulation whose
 *  history dates a first adoption before that text (versionKey: the versions the duplicates stage keeps apart by
 *  date). A real law database holds a law's current text, dated by its latest revision; without this, every
 *  provincial 实施办法 issued before that revision could implement nothing of its own law (session 18, law mirror: 62
 *  of the 136 实施《…法》办法 whose law is in the corpus). Sets `supersededOn` on every text but the latest: the date of
 *  the next text of it the corpus holds (rules.ts, the version in force). */
export function earliestVersions(docs: ProcessedDoc[], rules: RuleDoc[]): void {
  const groups = new Map<string, number[]>();
  docs.forEach((d, i) => {
    const key = versionKey(d, rules[i]);
    if (key === undefined || !rules[i].issuedOn) return;
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  for (const group of groups.values()) {
    group.sort((a, b) => (rules[a].issuedOn! < rules[b].issuedOn! ? -1 : rules[a].issuedOn! > rules[b].issuedOn! ? 1 : a - b));
    const i = group[0];
    const versions = docs[i].doc.history.map((e) => e.date).filter((d) => d < rules[i].issuedOn!).sort();
    const first = docs[i].doc.history[0]?.date;
    if (first && first < rules[i].issuedOn!) {
      rules[i].adoptedOn = first;
      rules[i].versionsOn = versions;
    }
    for (const j of group) {
      const next = group.find((k) => rules[k].issuedOn! > rules[j].issuedOn!);
      if (next !== undefined) rules[j].supersededOn = rules[next].issuedOn;
    }
  }
}

/** Documents with the same key are yearly editions of one series: the title without its years
 *  (2020年, 2020—2025年, （2021年）), with the level and region; none for a title with no year. */
export function seriesKey(d: ProcessedDoc, r: RuleDoc): string | undefined {
  const stripped = d.doc.title.replace(/[（(]?\d{4}(?:\s*[-—–至]\s*\d{4})?\s*年(?:度)?[)）]?/g, '');
  return stripped === d.doc.title || !stripped.trim() ? undefined : `${r.level ?? ''}|${r.region ?? ''}|${stripped}`;
}

/** IMPLEMENTS links between the documents' measures, allowed by the rules, scored by the linker. */
export function linkImplements(
  docs: ProcessedDoc[],
  ids: string[],
  lexicon: Lexicon,
  overrides: Partial<LinkOptions> = {},
  keepAll = false,
  /** Only lower measures of these documents (ingest/link/parallel.ts splits the work by range). */
  lowerDocs?: (docIndex: number) => boolean,
  /** Where each lower measure's candidates near the cut go (linkFromInputs). */
  nearCut?: NearCut[],
): ImplementsLink[] {
  return linkFromInputs(linkInputs(docs, ids, lexicon, overrides, lowerDocs), lexicon.boilerplate, overrides, keepAll, lowerDocs, nearCut);
}

/** All the link stage reads of the documents: the measures, each document's rule facts and
 *  series, and the measure pairs its article citations name. The link threads get this (the
 *  measures in shared memory, ingest/link/unit-store.ts), not the documents. */
export interface LinkInputs {
  units: LinkUnit[];
  rules: RuleDoc[];
  series: (string | undefined)[];
  cited: CitedPair[];
}

export function linkInputs(docs: ProcessedDoc[], ids: string[], lexicon: Lexicon, overrides: Partial<LinkOptions> = {}, lowerDocs?: (docIndex: number) => boolean): LinkInputs {
  const options = linkOptions(overrides);
  const { rules, series } = documentFacts(docs, lexicon, options);
  const units = linkUnits(docs, ids, options.frameHeadings, options);
  return { units, rules, series, cited: citedInputs(docs, ids, units, rules, options, lowerDocs) };
}

/** What the link stage reads of each document besides its measures: its rule facts (with its
 *  subject signature when the subject gate is on) and its series. */
export function documentFacts(docs: ProcessedDoc[], lexicon: Lexicon, options: LinkOptions): Pick<LinkInputs, 'rules' | 'series'> {
  const rules = docs.map((d) => ruleDoc(d, lexicon, options.basisCompanion));
  earliestVersions(docs, rules);
  // Session 61 (options.titleTerm.heading): the chapter and section headings the heading term reads.
  if (options.titleTerm?.heading || options.titledPart) docs.forEach((d, i) => {
    const hs = d.doc.units.filter((u) => u.kind === 'chapter' || u.kind === 'section');
    if (hs.length) rules[i].headings = Object.fromEntries(hs.map((u) => [u.path, u.name]));
  });
  // options.basisClosure (session 61): what each document whose basis clause names a document of the corpus may implement.
  if (options.basisClosure) {
    const closures = basisClosures(rules, options.basisClosure.cited ? docs.map(citedTitleKeys) : [], options.basisClosure);
    closures.forEach((c, i) => c && (rules[i].closure = c));
  }
  if (options.subjectGate) {
    const sigs = signatures(docs.map((d) => Object.values(d.extraction.words).flat()), backgroundDf(lexicon.dir), options.subjectGate.terms);
    rules.forEach((r, i) => (r.subject = sigs[i]));
  }
  return { rules, series: docs.map((d, i) => seriesKey(d, rules[i])) };
}

/** The measure pairs the documents' article citations name (options.citedArticles), allowed by the rules. */
export function citedInputs(docs: ProcessedDoc[], ids: string[], units: LinkUnit[], rules: RuleDoc[], options: LinkOptions, lowerDocs?: (docIndex: number) => boolean): CitedPair[] {
  // An article number of a text that is a later revision than the one the lower document cited may name another
  // article (options.citedLaterVersion).
  const shared = options.citedLaterShared;
  // The date and level verdict of a document pair, read once per pair (citedPairs asks per cited unit pair).
  const verdicts = new Map<string, ReturnType<typeof canImplement>>();
  const verdict = (l: number, h: number) => {
    const key = `${l}>${h}`;
    let v = verdicts.get(key);
    if (!v) verdicts.set(key, (v = canImplement(rules[l], rules[h])));
    return v;
  };
  const ok = (l: number, h: number) => {
    const v = verdict(l, h);
    return v.ok && (options.citedLaterVersion || shared !== undefined || !v.laterVersion);
  };
  // options.citedLaterShared (session 60): of a later revision, a cited article counts when the two articles share words; a
  // cited chapter does not (山东省实施《野生动物保护法》办法 第十六条 …依照《…》第三章…执行: every article of the chapter shares
  // its subject words).
  const later = (l: number, h: number) => {
    const v = verdict(l, h);
    return !options.citedLaterVersion && v.ok && !!v.laterVersion;
  };
  const verify = shared === undefined ? undefined : (lu: LinkUnit, hu: LinkUnit, chapter: boolean) => !later(lu.docIndex, hu.docIndex) || (!chapter && sharedWords(lu, hu) >= shared);
  return options.citedArticles ? citedPairs(docs, ids, units, ok, lowerDocs, options.citationsIgnoredIn ?? [], verify, !!options.citedBareTitles, options.citedUncarried, options.citedOnly) : [];
}

/** The content words (jieba words of two or more characters, not the added bigrams) two units share, but the citing
 *  formula's (CITATION_FORMULA_WORDS): what tells an article number that still names the cited provision from one a
 *  revision has moved (options.citedLaterShared). */
export function sharedWords(a: Pick<LinkUnit, 'words'>, b: Pick<LinkUnit, 'words'>): number {
  const content = (w: string) => w.length > 1 && /^[\u4e00-\u9fff]+$/.test(w) && !CITATION_FORMULA_WORDS.has(w);
  const theirs = new Set(b.words.filter(content));
  return new Set(a.words.filter((w) => content(w) && theirs.has(w))).size;
}

/** The words of a citation formula and of any law's framing (依照…第X条的规定执行; 本法, 有关, 国家): no content. */
const CITATION_FORMULA_WORDS = new Set(['依照', '按照', '根据', '依据', '规定', '执行', '适用', '有关', '本法', '条例', '法律', '法规', '行政法规', '国家', '应当', '可以', '依法', '办法', '实施']);

/** The link units (leaf measures but notices) of the documents: what linkUnits makes of them. */
export const linkUnitCount = (docs: ProcessedDoc[]): number => docs.reduce((n, d) => n + d.doc.units.filter((u) => u.kind !== 'notice' && u.leaf).length, 0);

/** Whether the link stage keeps the candidates near the cut for a corpus of `measures` link units. */
export function nearCutKept(measures: number, options: Pick<LinkOptions, 'nearCutMaxMeasures'>): boolean {
  return measures <= options.nearCutMaxMeasures;
}

/** IMPLEMENTS links from the link stage's inputs (linkImplements without the documents). */
export function linkFromInputs(
  inputs: LinkInputs,
  boilerplate: string[],
  overrides: Partial<LinkOptions> = {},
  keepAll = false,
  lowerDocs?: (docIndex: number) => boolean,
  /** Where each lower measure's candidates near the cut go (select.ts nearCutRecord; graph-schema LowerCandidates),
   *  the links this stage drops after the selection marked: coverage selects again on them under other thresholds. */
  nearCut?: NearCut[],
): ImplementsLink[] {
  const options = linkOptions(overrides);
  const { units, rules: rd, series } = inputs;
  // The rules' verdict on a pair of documents, kept for one lower document at a time (the linker
  // and the links come in lower-document order): a cache of every pair met grew to millions of
  // entries a link thread at 10,000 documents (issue 11). canImplement is pure: the same verdicts.
  let verdictsOf = -1;
  let verdicts = new Map<number, ReturnType<typeof canImplement>>();
  const rule = (l: number, h: number) => {
    if (l !== verdictsOf) [verdictsOf, verdicts] = [l, new Map()];
    let v = verdicts.get(h);
    if (!v) {
      v = canImplement(rd[l], rd[h]);
      if (v.ok) {
        const s = subjectAllows(rd[l], rd[h], options.subjectGate);
        if (!s.ok) v = s;
        else {
          const b = siblingAllows(rd[l], rd[h], options.subjectTree);
          const p = b.ok ? placeAllows(rd[l], rd[h], options.namedPlace) : b;
          // options.basisClosure: RuleDoc.closure is set only when the rule is on (documentFacts).
          const c = p.ok ? closureAllows(rd[l], rd[h], options.basisClosure) : p;
          if (!c.ok) v = c;
        }
      }
      verdicts.set(h, v);
    }
    return v;
  };
  // Units are indexed by their document's region; a document looks in the regions of its chain
  // (全国 first), where every document it may implement is (rules.ts, region chain).
  const scope = {
    partition: (d: number) => rd[d].region ?? NATIONWIDE,
    chain: (d: number) => [...new Set([NATIONWIDE, ...rd[d].regionChain])],
    series: (d: number) => series[d],
    // A document of the top level (or of none) implements nothing (rules.ts, level) unless its basis clause names a
    // document of a higher legal rank (rules.ts, legal rank): the others' measures are not scored at all. On the law
    // mirror top-level documents hold 42 % of all measures (laws, 行政法规, 司法解释).
    lowers: (d: number) => (lowerDocs?.(d) ?? true) && mayImplementAny(rd[d]),
    refusal: (l: number, h: number) => {
      const v = rule(l, h);
      return v.ok ? undefined : v.rule;
    },
  };
  const records = selectionRecords();
  const recorded = records?.length ?? 0;
  // Candidates near the cut only for a corpus of at most options.nearCutMaxMeasures leaf measures (the memory they take).
  const drafts: NearCutDraft[] | undefined = nearCut && !keepAll && nearCutKept(units.length, options) ? [] : undefined;
  // Session 62 (options.citedOnly): an article applying or defining the articles it cites carries only them in that text.
  const only = options.citedOnly ? citedOnlyUnits(inputs.cited, units) : undefined;
  // Session 63 (options.titledPart): a department's rule links only the part of its higher text its title names.
  // options.titledPart.holders: each document's articles, gathered once, only when a pair asks.
  let byDoc: Map<number, { id: string; text: string }[]> | undefined;
  const articlesOf = (d: number) => {
    if (!byDoc) {
      byDoc = new Map();
      for (const u of units) (byDoc.get(u.docIndex) ?? byDoc.set(u.docIndex, []).get(u.docIndex)!).push({ id: u.id, text: u.text });
    }
    return byDoc.get(d) ?? [];
  };
  const part = options.titledPart ? titledPartAllows(options.titledPart, (d) => rd[d], options.titledPart.holders ? articlesOf : undefined) : undefined;
  const titled = part && ((li: number, hi: number) => part(units[li].docIndex, units[li].genre ?? undefined, units[hi].docIndex, units[hi].id));
  const scored = linkMeasures(units, (l, h) => rule(l, h).ok, boilerplate, options, keepAll, scope, chapterCitations(inputs.cited), drafts, only?.size ? only : undefined, titled);
  // Articles cited by number (cite.ts) are strong links, whatever their score; a cited pair the
  // scoring did not keep is added with its citation as evidence (options.citedArticles).
  const withCited = options.citedArticles ? withCitations(scored, units, inputs.cited, lowerDocs, options.citedParts) : scored;
  // The document of a measure id, for the measures of the links only.
  const linked = new Set<string>();
  for (const l of withCited) linked.add(l.lower).add(l.higher);
  const docOf = new Map<string, number>();
  for (const u of units) {
    if (docOf.size === linked.size) break;
    const id = u.id;
    if (linked.has(id)) docOf.set(id, u.docIndex);
  }
  // A yearly plan of an earlier year (rules.ts, expired): only its standing programmes and
  // recurring events are carried forward (options.expiredPlans).
  const standing = new RegExp(`^(?:${options.expiredPlans.join('|')}):`);
  const dropped = (lowerDoc: number, higherDoc: number, shared: string[]) => {
    const v = rule(lowerDoc, higherDoc);
    return v.ok && !!v.expired && !shared.some((e) => standing.test(e));
  };
  // Two documents of one level (rules.ts, legal rank): a link by wording only from options.sameLevel.minScore on.
  // options.sameLevel.named: unless the lower measure names the higher document (basis.ts namesDocument).
  let unitOf: Map<string, number> | undefined;
  const namedExcept = options.sameLevel.namedExcept ? new RegExp(options.sameLevel.namedExcept) : undefined;
  const names = (l: (typeof withCited)[number], higherDoc: number) => {
    unitOf ??= new Map(units.map((u, i) => [u.id, i]));
    const lowerText = units[unitOf.get(l.lower)!].text;
    // A glossary article names the law for each of its terms, not for the article the score finds (namedExcept).
    if (namedExcept?.test(lowerText.replace(/\s+/g, ''))) return false;
    return namesDocument(lowerText, rd[higherDoc].title, units[unitOf.get(l.higher)!].text);
  };
  const sameLevelLow = (l: (typeof withCited)[number]) => {
    if (('citedArticle' in l && l.citedArticle) || l.score >= options.sameLevel.minScore) return false;
    const [lo, hi] = [docOf.get(l.lower)!, docOf.get(l.higher)!];
    return rd[lo].level === rd[hi].level && !(options.sameLevel.named && names(l, hi));
  };
  const low = keepAll ? [] : withCited.map(sameLevelLow);
  // options.sameLevel.top (session 59, same-level-top.ts): an article left with no link into the law keeps its best cut
  // link when the neighbours' kept links bracket it.
  const lowAt = low.flatMap((x, i) => (x ? [i] : []));
  const topKept = options.sameLevel.top && lowAt.length
    ? new Set([...sameLevelTopKept(lowAt.map((i) => withCited[i]), withCited.filter((_, i) => !low[i]), options.sameLevel.top)].map((j) => lowAt[j]))
    : undefined;
  const kept = keepAll ? withCited : withCited.filter((_, i) => !low[i] || !!topKept?.has(i));
  const current = keepAll || !options.expiredPlans.length
    ? kept
    : kept.filter((l) => ('citedArticle' in l && l.citedArticle) || !dropped(docOf.get(l.lower)!, docOf.get(l.higher)!, l.sharedEntities));
  // Session 55 (options.takenArticle): a weak second link into a law article another lower article carries far better is
  // dropped, once every link of the pair is made (taken-article.ts; coverage's replay and the calibration run it too).
  const unitOfId = (m: string) => { unitOf ??= new Map(units.map((u, i) => [u.id, i])); const k = unitOf.get(m); return k === undefined ? undefined : units[k]; };
  const taken = !keepAll && options.takenArticle ? takenArticleLinks(current, (m) => docOf.get(m), (m) => unitOfId(m)?.genre ?? undefined, (m) => unitOfId(m)?.text, options.takenArticle) : undefined;
  const afterTaken = taken?.size ? current.filter((_, i) => !taken.has(i)) : current;
  // Session 56 (options.unnamedSecond): a weak second link into a law article whose main provision the lower article names no
  // part of is dropped, after takenArticle's pass (unnamed-second.ts; coverage's replay and the calibration run it too).
  const unnamed = !keepAll && options.unnamedSecond ? unnamedSecondLinks(afterTaken, (m) => docOf.get(m), (m) => unitOfId(m)?.genre ?? undefined, (m) => unitOfId(m)?.text, options.unnamedSecond) : undefined;
  const afterUnnamed = unnamed?.size ? afterTaken.filter((_, i) => !unnamed.has(i)) : afterTaken;
  // Session 57 (options.siblingSecond): a weak second link into a law article the lower article's close siblings (the closest
  // articles of the other documents linking into that law) do not link is dropped, after unnamedSecond's pass, on the links
  // of every pair as given (siblings.ts; coverage's replay and the calibration run it too).
  let unitsOfDoc: Map<number, string[]> | undefined;
  const siblingsOf = (d: number) => {
    if (!unitsOfDoc) { unitsOfDoc = new Map(); for (const u of units) (unitsOfDoc.get(u.docIndex) ?? unitsOfDoc.set(u.docIndex, []).get(u.docIndex)!).push(u.id); }
    return unitsOfDoc.get(d) ?? [];
  };
  const sibling = !keepAll && options.siblingSecond ? siblingSecondLinks(afterUnnamed, (m) => docOf.get(m), (m) => unitOfId(m)?.genre ?? undefined, (m) => unitOfId(m)?.text, siblingsOf, options.siblingSecond) : undefined;
  const afterSibling0 = sibling?.size ? afterUnnamed.filter((_, i) => !sibling.has(i)) : afterUnnamed;
  // Session 63 (options.secondAdds): a weak partial second link whose law article carries no clause of the lower article
  // better than its better links' articles is dropped, after siblingSecond's pass (second-adds.ts; coverage's replay and the
  // calibration run it too).
  const secondDrop = !keepAll && options.secondAdds ? secondAddsLinks(afterSibling0, (m) => docOf.get(m), (m) => unitOfId(m)?.genre ?? undefined, (m) => unitOfId(m)?.text, options.secondAdds) : undefined;
  const afterSibling = secondDrop?.size ? afterSibling0.filter((_, i) => !secondDrop.has(i)) : afterSibling0;
  // Session 60 (options.titleTerm): a department's rule's articles linking nothing in the law or 条例 above it, weak to the one
  // article of it holding the rule's title term (title-term.ts; coverage's replay runs it too), after siblingSecond's pass.
  const termRule = !keepAll && options.titleTerm ? options.titleTerm : undefined;
  const termDocs = termRule ? new Map<number, TitleTermDoc>() : undefined;
  if (termDocs) for (const u of units) {
    if (!ARTICLE_ID.test(u.id)) continue;
    const d = termDocs.get(u.docIndex) ?? termDocs.set(u.docIndex, { title: rd[u.docIndex].title ?? '', level: rd[u.docIndex].level, genre: u.genre ?? undefined, articles: [], ...(rd[u.docIndex].headings ? { headings: rd[u.docIndex].headings } : {}) }).get(u.docIndex)!;
    d.articles.push({ id: u.id, text: u.text });
  }
  const termPass = termRule ? titleTermPass(afterSibling, (m) => docOf.get(m), (d) => termDocs!.get(d), termRule) : undefined;
  const termAdds = termPass?.adds ?? [];
  // Both ends: the higher article of an added link may be linked by no other link of this part of the corpus (a link
  // thread's range; session 62: the mixed corpus with `licence` failed on it).
  for (const m of termAdds.flat()) docOf.set(m, unitOfId(m)!.docIndex);
  // Session 62 (options.titleTerm.chapter.swap): the partial links a carrier chapter's article gives up for the carried one.
  const keptTerm = termPass?.drops.size ? afterSibling.filter((l) => !termPass.drops.has(`${l.lower}>${l.higher}`)) : afterSibling;
  const afterTerm = termAdds.length
    ? [...keptTerm, ...termAdds.map(([lower, higher]) => ({ lower, higher, verdict: 'partial' as const, score: 0, passages: [], sharedEntities: [], signals: { reuse: 0, text: 0, entities: 0 } }) as (typeof afterSibling)[number])]
    : keptTerm;
  // Session 61 (options.chapterArticle): a chapter whose first article cites one delegating article of the higher text, its
  // later articles linking nothing there weak to it (chapter-article.ts; coverage's replay runs it too), after titleTerm's pass.
  const chapterRule = !keepAll && options.chapterArticle ? options.chapterArticle : undefined;
  const chapterAdds = chapterRule
    ? chapterArticleLinks(afterTerm as readonly { lower: string; higher: string; citedArticle?: boolean }[], units.filter((u) => ARTICLE_ID.test(u.id)).map((u) => u.id), (m) => unitOfId(m)?.text, (m) => unitOfId(m)?.docIndex, chapterRule)
    : [];
  for (const m of chapterAdds.flat()) docOf.set(m, unitOfId(m)!.docIndex);
  const links = chapterAdds.length
    ? [...afterTerm, ...chapterAdds.map(([lower, higher]) => ({ lower, higher, verdict: 'partial' as const, score: 0, passages: [], sharedEntities: [], signals: { reuse: 0, text: 0, entities: 0 } }) as (typeof afterTerm)[number])]
    : afterTerm;
  // The candidates near the cut, with the links this rule drops after the selection.
  for (const d of drafts ?? []) {
    const items = (d.record.items ?? []).flatMap(([doc, its], i) => its.map((it, j) => ({ higher: it.higher, doc, shared: d.itemShared[i][j] })));
    const all = [...d.record.candidates.map((c, i) => ({ higher: c.higher, doc: c.doc, shared: d.shared[i] })), ...items];
    const drop = options.expiredPlans.length ? [...new Set(all.filter((c) => dropped(d.lowerDoc, c.doc, c.shared)).map((c) => c.higher))] : [];
    nearCut!.push({ ...d.record, ...(drop.length ? { dropped: drop } : {}) });
  }
  // The calibration's records of this call: which of their links this rule drops after the selection.
  if (records && !keepAll && options.expiredPlans.length) {
    for (const r of records.slice(recorded)) {
      const all = [...r.candidates, ...(r.items ?? []).flatMap(([doc, its]) => its.map((it) => ({ ...it, doc })))];
      r.dropped = [...new Set(all.filter((c) => dropped(r.lowerDoc, c.doc, c.sharedEntities)).map((c) => c.higher))];
    }
  }
  // Session 52 (options.clauseCover.pair): the second pass over each document pair's links, once every link of the pair is
  // made (pair-median.ts): a thin strong link of a pair written from the higher document is partial.
  const pair = !keepAll && options.clauseCover?.pair ? options.clauseCover.pair : undefined;
  const thinned = pair ? pairThinLinks(links, (m) => docOf.get(m), (l) => !!l.pairThin, pair) : undefined;
  // Session 54 (options.clauseParts): the clause-part pass, on the verdicts the pair pass leaves (clause-parts.ts).
  const cp = !keepAll && options.clauseParts ? options.clauseParts : undefined;
  const unitAt = unitOfId;
  const split = cp
    ? clausePartsLinks(links.map((l, i) => (thinned?.has(i) ? { ...l, verdict: 'partial' } : l)), (m) => unitAt(m)?.text, (m) => docOf.get(m), (m) => unitAt(m)?.genre ?? undefined, cp)
    : undefined;
  return links.map(({ pairThin: _thin, ...l }, i) => {
    const [lo, hi] = [docOf.get(l.lower)!, docOf.get(l.higher)!];
    const v = rule(lo, hi);
    return { ...l, ...(thinned?.has(i) || split?.has(i) ? { verdict: 'partial' as const } : {}), ...lag(rd[lo], rd[hi]), ...(v.ok && v.dateUnknown ? { dateUnknown: true as const } : {}), ...(v.ok && v.laterVersion ? { laterVersion: true as const } : {}) };
  });
}
