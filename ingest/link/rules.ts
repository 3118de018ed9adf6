// Which document may implement which: the three rules of the cascade, apart from any scoring.
// - Level: only upward, central → national → provincial → municipal → county; a lower document
//   may implement documents of several higher levels at once (a city plan carries out its
//   province's and the national one).
// - Date: never a document issued after the lower one. Exact dates when both are known, else
//   years; when either year is unknown the link is allowed but flagged `dateUnknown`. A law's text is
//   dated by its latest revision (农业技术推广法, 2012 text of a 1993 law): a lower document issued
//   between the law's first adoption and that text may still implement it when the corpus holds no
//   earlier text of the law (`adoptedOn`, set by the link stage on a law's earliest text only); the
//   link is flagged `laterVersion` and its lag runs from the text in force when the lower document was
//   issued: the latest adoption, amendment or revision in the law's history on or before that date.
// - Region chain: a higher document's region must be on the lower one's chain up to 全国
//   (a 河南 city implements 河南 and national documents, not 广东's).
// - Yearly plans: a plan for one year (one year in its title: 中国科协2020年科普工作要点) asks for that
//   year's work; a document of a later year may still carry forward its standing programmes and
//   recurring events, and the pair is flagged `expired` (index.ts keeps only such links).
// - Reach (session 34): two kinds of document are carried out by no document of another body, whatever their
//   level: a court's or procuratorate's document (a 司法解释 tells courts how to apply a law: 立法法 第一百一十九条;
//   only courts and procuratorates carry it out), and a body's own rules of procedure or organic law
//   (全国人民代表大会议事规则, 山东省人民代表大会常务委员会议事规则, 国务院组织法: a lower congress's rules of procedure
//   mirror them but carry out the 地方组织法 and the 立法法). REACH below.
// - Version in force (session 35): when the corpus holds several texts of one law or regulation (the same title and
//   region), a lower document carries out the text in force when it was issued: the latest one issued on or before
//   it (or the earliest, through `laterVersion`, when every text is later). An undated lower document carries out the
//   latest text, as its citations resolve (cite-links.ts). On the law mirror 20 lower documents linked to two texts
//   of one law at once (上海市妇女权益保障条例 2024 → 妇女权益保障法 2018 and 2022: 151 links, each article twice), the
//   lag of the older text counted from a text no longer in force.
// - Legal rank within a level (session 36): documents of one level are ordered by their legal force (效力位阶, 立法法
//   第五章): the constitution, then the laws of the legislature (人民代表大会 and its standing committee), then the
//   government's regulations (行政法规, 地方政府规章) and the courts' interpretations. A document of a lower rank carries out
//   a document of a higher rank of its own level and region that it names in its basis clause (根据《中华人民共和国个人所得税法》，
//   制定本条例): the implementing regulation of a law, a 司法解释 of a law, a provincial government's rules under its congress's
//   regulation. Without this, no 实施条例 was linked to its law (both central): on the law mirror 642 of 2,701 basis
//   clauses naming a document of the corpus had no link to it, 630 of them central → central. RANK below.
import { LEVEL_RANK, type Level } from '../../graph-schema/index.js';
import { subjectCosine, type Signature } from './topic.js';
import { dateOrder, yearOf } from './lag.js';
import { siblingSubjects, type SubjectTree } from './subject-tree.js';
import { placeOf, samePlace, type NamedPlaceRule } from './named-place.js';
import { closureKey, closureRestricts, type BasisClosureRule } from './basis-closure.js';

export { dateOrder, lag } from './lag.js';

export { LEVEL_ORDER, LEVEL_RANK } from '../../graph-schema/index.js';

/** The nation-wide region: a document for it (or with no region) applies everywhere. */
export const NATIONWIDE = '全国';

export interface RuleDoc {
  /** The headings of the document's chapters and sections by unit path (第三章 → 监督检查要点), set only when
   *  options.titleTerm.heading reads them (index.ts documentFacts). */
  headings?: Record<string, string>;
  level?: Level;
  /** YYYY-MM-DD */
  issuedOn?: string;
  year?: number;
  region?: string;
  /** The region and its parents up to 全国, e.g. [长春市, 吉林省, 全国]. */
  regionChain: string[];
  /** The year a yearly plan is for (planYear of its title), if it is one. */
  planYear?: number;
  /** The document's subject signature (topic.ts), for the link stage's subject gate. */
  subject?: Signature;
  /** YYYY-MM-DD of the first adoption of a law or regulation whose text here is a later revision,
   *  set only on the earliest text of it the corpus holds (index.ts earliestVersions): documents
   *  issued from this date on may implement this text (flagged `laterVersion`). */
  adoptedOn?: string;
  /** YYYY-MM-DD of each version before this text (adoption, approval, amendments, revisions: the
   *  document's history), ascending, set with `adoptedOn`: a lower document implemented the version
   *  in force when it was issued, so its lag runs from that version (session 22, qa walk on the law
   *  mirror: 河南省大气污染防治条例 2017 → 大气污染防治法 showed 11,045 days, counted from the 1987
   *  adoption instead of the 2015 revision in force). */
  versionsOn?: string[];
  /** YYYY-MM-DD of each version of this text's own history on or before its date (lag.ts LagDoc): its lag as a lower
   *  document runs to the earliest of them on or after the higher text's date (session 46). */
  ownVersionsOn?: string[];
  /** YYYY-MM-DD of the next text of this law or regulation the corpus holds (index.ts earliestVersions), when one is
   *  later: a lower document issued from then on carries out that text, the one in force (rule `version`). */
  supersededOn?: string;
  /** The title (basis.ts titleKey) and the titles the document names in its basis clause (根据《…》…制定): a pair the
   *  lower document names there passes the subject gate (session 23). */
  title?: string;
  basis?: string[];
  /** Every issuer is a court or procuratorate (REACH.judicialIssuer), or the title says so when no issuer was read. */
  judicial?: true;
  /** The title is a body's own rules of procedure or organic law (REACH.ownBodyTitle). */
  ownBody?: true;
  /** Legal force within the document's level (RANK, legalRank): 0 the constitution, 1 a legislature's law or regulation,
   *  2 a government's regulation or rules or a court's or procuratorate's interpretation; none when not read. */
  legalRank?: number;
  /** The titles (basis-closure.ts closureKey) the document may implement under options.basisClosure: what its basis clause
   *  names, what those name in theirs, what it cites anywhere; none when the rule is off or leaves it free. */
  closure?: string[];
}

/** Legal rank within a level as data (rule above, legalRank). Every issuer of a joint issue must have a rank; the
 *  document takes the lowest of them (the largest number). */
export const RANK = {
  /** The constitution and its amendments, by title. */
  constitution: /^(?:中华人民共和国)?宪法(?:修正案)?(?:[（(][^）)]*[）)])?$/,
  /** Issuers by rank: a legislature, then a government (国务院 with 中央军事委员会 for joint military regulations) or a
   *  court or procuratorate (REACH.judicialIssuer). */
  issuers: [
    { rank: 1, issuer: /(?:人民代表大会|人大)(?:常务委员会|常委会)?$/ },
    { rank: 2, issuer: /^(?:国务院|中央军事委员会|.{2,15}人民政府)$/ },
    { rank: 2, issuer: /(?:人民法院|人民检察院|军事法院|军事检察院)$/ },
  ],
  /** A national law by its title, when no issuer was read: 中华人民共和国…法. */
  lawTitle: /^中华人民共和国.{1,30}法$/,
  /** A title in a law's form (…法, not …办法), with or without the state's name: never given a rank by its basis clause. */
  lawForm: /(?<!办)法(?:[（(][^）)]*[）)])?$/,
  /** The rank of a text whose issuer was not read (no issuer line: 25 of the law mirror's 行政法规 with a basis clause
   *  print neither date nor issuer, 两用物项出口管制条例, 未成年人网络保护条例 …) but whose basis clause names the documents it
   *  is made under, when its title is not a law's: a government's regulation or rules (2), below the laws and the
   *  constitution it names. Session 38 (lead): of 38 central implementing texts drawn at random from the mirror (seed
   *  38001) with a basis clause naming a law the mirror holds, the two without an issuer line were the only ones linked
   *  to nothing for want of a rank. */
  unreadWithBasis: 2,
} as const;

/** The legal rank of a document within its level: read from its issuers and title (legalRank), else, for a text whose
 *  basis clause names documents and whose title is not a law's, RANK.unreadWithBasis. */
export function rankWithBasis(issuer: string | undefined, title: string, basis: string[]): number | undefined {
  const read = legalRank(issuer, title);
  if (read !== undefined || !basis.length) return read;
  const t = title.replace(/[（(][^）)]*[）)]$/, '').trim();
  return RANK.lawForm.test(t) ? undefined : RANK.unreadWithBasis;
}

/** The legal rank of a document within its level (RANK), or undefined. */
export function legalRank(issuer: string | undefined, title: string): number | undefined {
  const t = title.replace(/[（(][^）)]*[）)]$/, '').trim();
  if (RANK.constitution.test(t)) return 0;
  const names = issuer ? issuer.split('、').map((n) => n.trim()).filter(Boolean) : [];
  if (!names.length) return RANK.lawTitle.test(t) ? 1 : undefined;
  let out = -1;
  for (const n of names) {
    const r = RANK.issuers.find((x) => x.issuer.test(n));
    if (!r) return undefined;
    out = Math.max(out, r.rank);
  }
  return out;
}

/** The reach rules as data (rules above). Session 34 (lead): the 3,401 unreserved documents of the law mirror ingested
 *  together gave 87,828 IMPLEMENTS links; of 100 document pairs drawn at random (seed 34035) and read, 4 linked a local
 *  regulation to a 司法解释 and 8 a local congress's or government's procedure rules to a higher body's own; across the
 *  mirror 1,384 links went to a court's or procuratorate's document from a document of another branch (1,033 of them
 *  公安机关办理刑事案件程序规定 → 人民检察院刑事诉讼规则, two parallel implementations of 刑事诉讼法) and about 4,450 to
 *  a body's own 议事规则 or 组织法. */
export const REACH = {
  /** One issuer (a joint issue is split at 、): a court or procuratorate of any level. */
  judicialIssuer: /(?:人民法院|人民检察院|军事法院|军事检察院)$/,
  /** A title naming its issuers before 关于 (最高人民法院、最高人民检察院关于…), for a text whose issuer was not read. */
  titleIssuers: /^((?:[^、关]{2,20}、)*[^、关]{2,20})关于/,
  /** A body's own rules: the title is one body of a given level (全国, a province, a city, 国务院) and its 议事规则, 组织法
   *  or 工作规则; 地方各级人民代表大会和地方各级人民政府组织法 (every local body) and 村民委员会组织法 (a body the law
   *  sets up below it) are not. */
  ownBodyTitle: /^(?:中华人民共和国)?(?:全国|[^各、和]{2,12}?[省市区州县盟旗])?(?:人民代表大会(?:常务委员会)?|国务院|人民政府)(?:议事规则|组织法|工作规则)$/,
} as const;

/** Whether every issuer of a document is a court or procuratorate (REACH). */
export function judicialDocument(issuer: string | undefined, title: string): boolean {
  const names = issuer ? issuer.split('、') : (title.match(REACH.titleIssuers)?.[1].split('、') ?? []);
  return names.length > 0 && names.every((n) => REACH.judicialIssuer.test(n.trim()));
}

/** Whether a title is a body's own rules of procedure or organic law (REACH). */
export function ownBodyTitle(title: string): boolean {
  return REACH.ownBodyTitle.test(title.replace(/[（(][^）)]*[）)]$/, '').trim());
}

export type RuleVerdict =
  | { ok: true; dateUnknown?: true; expired?: true; laterVersion?: true }
  | { ok: false; rule: 'level' | 'date' | 'region' | 'subject' | 'sibling' | 'place' | 'reach' | 'version' | 'closure'; why: string };

export function levelAllows(lower: RuleDoc, higher: RuleDoc): boolean {
  if (!lower.level || !higher.level) return false;
  if (LEVEL_RANK[lower.level] > LEVEL_RANK[higher.level]) return true;
  return LEVEL_RANK[lower.level] === LEVEL_RANK[higher.level] && rankAllows(lower, higher);
}

/** Within one level (rule above): a lower legal rank, and the higher document named in the lower one's basis clause. */
export function rankAllows(lower: RuleDoc, higher: RuleDoc): boolean {
  return lower.legalRank !== undefined && higher.legalRank !== undefined && lower.legalRank > higher.legalRank
    && higher.title !== undefined && !!lower.basis?.includes(higher.title);
}

/** Whether a document may implement any document at all: one below the top level, or one of a lower legal rank whose
 *  basis clause names a document (rankAllows). */
export function mayImplementAny(d: RuleDoc): boolean {
  if (d.level === undefined) return false;
  return LEVEL_RANK[d.level] > 0 || (d.legalRank !== undefined && d.legalRank > 0 && !!d.basis?.length);
}

export function regionAllows(lower: RuleDoc, higher: RuleDoc): boolean {
  if (!higher.region || higher.region === NATIONWIDE) return true;
  return lower.regionChain.includes(higher.region);
}

export function canImplement(lower: RuleDoc, higher: RuleDoc): RuleVerdict {
  if (!levelAllows(lower, higher)) {
    const sameLevel = lower.level !== undefined && lower.level === higher.level;
    return { ok: false, rule: 'level', why: sameLevel
      ? `both ${lower.level}: only a document of a lower legal rank that names the other in its basis clause carries it out`
      : `${lower.level ?? 'no level'} cannot implement ${higher.level ?? 'no level'}` };
  }
  if (!regionAllows(lower, higher)) {
    return { ok: false, rule: 'region', why: `${higher.region} is not on the region chain ${lower.regionChain.join(' → ') || '(none)'}` };
  }
  if (higher.ownBody) return { ok: false, rule: 'reach', why: 'the higher document is a body\'s own rules of procedure or organic law: it governs that body only' };
  if (higher.judicial && !lower.judicial) return { ok: false, rule: 'reach', why: 'the higher document is a court\'s or procuratorate\'s: only courts and procuratorates carry it out' };
  let date = dateOrder(lower, higher);
  // The higher text is a later revision of a law adopted before the lower document (rules above).
  const laterVersion = date === 'later' && higher.adoptedOn !== undefined && dateOrder(lower, { ...higher, issuedOn: higher.adoptedOn, year: yearOf(higher.adoptedOn) }) === 'ok';
  if (laterVersion) date = 'ok';
  if (date === 'later') return { ok: false, rule: 'date', why: 'the higher document was issued after the lower one' };
  if (higher.supersededOn && dateOrder(lower, { issuedOn: higher.supersededOn }) !== 'later') {
    return { ok: false, rule: 'version', why: `a later text of the higher document (${higher.supersededOn}) was in force when the lower one was issued: it carries out that text` };
  }
  const ly = lower.year ?? yearOf(lower.issuedOn);
  const expired = higher.planYear !== undefined && ly !== undefined && ly > higher.planYear;
  return { ok: true, ...(date === 'unknown' ? { dateUnknown: true as const } : {}), ...(expired ? { expired: true as const } : {}), ...(laterVersion ? { laterVersion: true as const } : {}) };
}

/** The subject gate (options.subjectGate): two documents whose subject signatures' cosine is below
 *  `minCosine` are on different subjects, and no measure of one implements a measure of the other
 *  by wording alone (an article cited by number still does: cite-links.ts), unless the lower document names the
 *  higher one in its basis clause (basis.ts). */
export function subjectAllows(lower: RuleDoc, higher: RuleDoc, gate: { minCosine: number } | null): RuleVerdict {
  if (!gate || !lower.subject || !higher.subject) return { ok: true };
  if (higher.title !== undefined && lower.basis?.includes(higher.title)) return { ok: true };
  const c = subjectCosine(lower.subject, higher.subject);
  return c >= gate.minCosine ? { ok: true } : { ok: false, rule: 'subject', why: `subject cosine ${c.toFixed(3)} < ${gate.minCosine}` };
}

/** Sibling subjects (options.subjectTree, subject-tree.ts): the lower and the higher title name different children of one
 *  parent subject (森林防火 / 草原防火) and the lower document does not name the higher one in its basis clause. */
export function siblingAllows(lower: RuleDoc, higher: RuleDoc, tree: { parents: SubjectTree } | null | undefined): RuleVerdict {
  if (!tree || lower.title === undefined || higher.title === undefined) return { ok: true };
  if (lower.basis?.includes(higher.title)) return { ok: true };
  const s = siblingSubjects(lower.title, higher.title, tree.parents);
  return s ? { ok: false, rule: 'sibling', why: `${s.lower} and ${s.higher} are sibling subjects of ${s.parent}` } : { ok: true };
}

/** The basis closure (options.basisClosure, basis-closure.ts): a lower document whose basis clause names a document of the
 *  corpus implements only a text of its closure (RuleDoc.closure, set by the link stage when the rule is on), among the
 *  higher documents of the levels the rule restricts (`rule.levels`, session 62; every level without it). */
export function closureAllows(lower: RuleDoc, higher: RuleDoc, rule?: Pick<BasisClosureRule, 'levels'> | null): RuleVerdict {
  if (!lower.closure || higher.title === undefined || !closureRestricts(rule, higher.level)) return { ok: true };
  if (lower.closure.includes(closureKey(higher.title))) return { ok: true };
  return { ok: false, rule: 'closure', why: `the lower document's basis clause names ${lower.basis?.join('、')}, which neither names nor leads to ${higher.title}, and it does not cite it` };
}

/** A document's named place under a rule, read once per document (the verdicts are asked per pair of documents). */
const places = new WeakMap<NamedPlaceRule, WeakMap<RuleDoc, string | null>>();
function docPlace(doc: RuleDoc, rule: NamedPlaceRule): string | undefined {
  let byDoc = places.get(rule);
  if (!byDoc) places.set(rule, (byDoc = new WeakMap()));
  let place = byDoc.get(doc);
  if (place === undefined) byDoc.set(doc, (place = placeOf(doc.title, doc.regionChain, rule) ?? null));
  return place ?? undefined;
}

/** Named-place reach (options.namedPlace, named-place.ts): a higher document of one named place is carried out by a
 *  document of the same place, or one naming it in its basis clause; not by another place's, nor (`general`) by a general
 *  one. */
export function placeAllows(lower: RuleDoc, higher: RuleDoc, rule: NamedPlaceRule | null | undefined): RuleVerdict {
  if (!rule) return { ok: true };
  const hp = docPlace(higher, rule);
  if (!hp) return { ok: true };
  if (higher.title !== undefined && lower.basis?.includes(higher.title)) return { ok: true };
  const lp = docPlace(lower, rule);
  if (lp ? samePlace(lp, hp) : !rule.general) return { ok: true };
  return { ok: false, rule: 'place', why: lp ? `${lp} is another place than ${hp}` : `the higher document is ${hp}'s alone` };
}

/** The year of a yearly plan from its title: exactly one year, not a period (2021—2025年), and
 *  the document is a plan (a law's title has no year). */
export function planYear(title: string, genre: string | undefined): number | undefined {
  if (genre === 'regulation') return undefined;
  if (/(?:19|20)\d{2}\s*年?\s*[-—–~至到]\s*(?:19|20)\d{2}/.test(title)) return undefined;
  const years = title.match(/(?:19|20)\d{2}(?=\s*年)/g);
  return years && years.length === 1 ? Number(years[0]) : undefined;
}

/** The chain of a region and its parents, from a parent look-up (the lexicon's regions). */
export function regionChain(region: string | undefined, parentOf: (name: string) => string | undefined): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (let r = region; r && !seen.has(r); r = parentOf(r)) {
    seen.add(r);
    out.push(r);
  }
  return out;
}
