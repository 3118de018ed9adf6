// Every knob of the IMPLEMENTS linker in one object, each with where its value comes from.
// Nothing else in ingest/link/ holds a tuning constant; ingest options can override any of them.
import type { UncarriedForms } from './cite.js';
import { CITED_ONLY_FORMS, type CitedOnlyForms } from './cited-form.js';
import type { ChapterArticleRule } from './chapter-article.js';
import { RECALL_CLASSES, readClasses } from './recall-classes.js';
import { readFileSync } from 'node:fs';
import type { ThesaurusOptions } from './thesaurus.js';
import type { Genre, LinkThresholds } from '../../graph-schema/index.js';
import { readRewrites, type DraftingRewrite } from './drafting.js';
import { readSubjectTree, type SubjectTree } from './subject-tree.js';
import type { NamedPlaceRule } from './named-place.js';
import type { BasisClosureRule } from './basis-closure.js';
import type { PairMedianRule } from './pair-median.js';
import type { ClausePartsPass, ClauseReading } from './clause-parts.js';
import { readActVerbs, type ActorClasses, type ActorSupervisionRule, type ActReading, type ActsShortRule } from './acts.js';
import type { TakenArticleRule } from './taken-article.js';
import type { SameLevelTopRule } from './same-level-top.js';
import type { UnnamedSecondRule } from './unnamed-second.js';
import type { SiblingSecondRule } from './siblings.js';
import { PENALTY_LIABLE_MEASURED, RECOURSE_WITH_DISPUTES } from './penalty-liable.js';
import { readCounterparts, readPartHeads, type PartHeads, type PartsRuleShape } from './parts.js';
import type { Adjacency } from './second-neighbour.js';
import type { OrderBracketRule } from './order-bracket.js';
import type { ProvisionFloorRule } from './provision-floor.js';
import { readSanctions, type RemainderSecondRule } from './remainder-second.js';
import type { UnclaimedBestRule, UnclaimedGuard } from './unclaimed-best.js';
import type { ClauseSecondRule } from './clause-second.js';
import type { SecondAddsRule } from './second-adds.js';
import type { TitleTermRule } from './title-term.js';
import type { TitledPartRule } from './titled-part.js';
import { referralArticle, type ReferralForms } from './referral-forms.js';
import type { ObjectReading, ObjectSwapRule } from './objects.js';
import type { ObjectHeadsRule } from './object-heads.js';

/** The parts reader's lexicon (ingest/link/parts.ts PartsRuleShape). */
export type PartsRule = PartsRuleShape;

/** The knobs that depend on the genre of the lower document (a plan or a regulation). */
export type LinkProfile = Pick<LinkOptions, 'weights' | 'thresholds' | 'relative' | 'topK' | 'pairIdf'>;

/** What an article of a law or regulation does when it frames the text rather than asks anything. */
export type ArticleRole = 'basis' | 'purpose' | 'scope' | 'effective' | 'referral' | 'announce' | 'delegated' | 'transitional' | 'crime';

/** options.delegation.best (session 31): a lower article whose best aligned candidate in a higher document is an article
 *  delegating to the provincial level (delegation.higher) is read as setting what was delegated, in its own words: that
 *  candidate's score is multiplied by `factor` when it reaches `min` (an article that also matches delegation.lower
 *  has delegation.factor already). */
export interface DelegatedBest {
  factor: number;
  min: number;
}

export interface LinkOptions {
  /** Weights of the three signals in the score (sum 1); this and the next four are the plans' values,
   *  `genres` overrides them per genre. Provenance: grid on tests/gold/links.json
   *  (sample plans), see `npx tsx tests/eval/links.ts --calibrate`; wording and aligned reuse
   *  carry most of the evidence, shared entities break ties. */
  weights: { reuse: number; text: number; entities: number };
  /** Verdict thresholds on the score: ≥ implements → 'implements' (strong), ≥ partial → 'partial'
   *  (weak), below → no edge. Provenance: calibrated on tests/gold/links.json (the score that
   *  best separates strong gold links from weak ones, and weak ones from non-links). */
  thresholds: { implements: number; partial: number };
  /** Keep a candidate only if its score is at least this share of the lower measure's best score
   *  against the same higher document. Provenance: calibration (grid 0.5–0.8). */
  relative: number;
  /** At most this many higher measures per lower measure and higher document (a measure may still
   *  implement one measure of each of several higher documents, at several levels). Provenance:
   *  calibration (grid 1–3): on the sample gold a second link per pair adds more wrong than right. */
  topK: number;
  /** Candidates aligned per lower measure (the best by the cheap signals). Provenance: speed;
   *  the sample's link F1 is the same at 10 as at 25, and linking 200 synthetic plans (bench)
   *  takes 37 s instead of 70 s. */
  maxAligned: number;
  /** Calibration only (session 56, helper refuse; tests/eval/refusals.ts): the unit rules that refuse a pair before any
   *  score (implements.ts Refusal: 'group', 'roles', 'actors', 'frame', 'glossary', 'lower-role', 'higher-role') waived, to
   *  count the gold links each refuses and the false links it keeps out. Absent in every profile. */
  refusalsOff?: ('lower-role' | 'higher-role' | 'frame' | 'group' | 'roles' | 'actors' | 'glossary')[];
  /** Character shingle length for the reuse index. Provenance: Broder 1997 uses word 4–10-grams;
   *  8 Chinese characters ≈ 4 words, short enough for a reused clause, long for chance overlap. */
  shingle: number;
  /** A shingle (or word) in more units than this is boilerplate and not a candidate source.
   *  Provenance: keeps candidate generation near-linear (bench: 500 plans). */
  maxPostings: number;
  /** Terms in more than this share of units are left out of TF-IDF (too common to say anything). */
  maxDfShare: number;
  /** Local alignment (Smith–Waterman over characters, clause by clause): match, mismatch, gap
   *  scores and the minimum aligned characters (beyond boilerplate) for a passage. Provenance:
   *  the textbook +2/−1/−1 scheme (Smith & Waterman 1981); 6 characters ≈ three words, the
   *  shortest reused commitment in the gold (开展科普大篷车). */
  align: { match: number; mismatch: number; gap: number; minPassage: number };
  /** Reuse is scored as aligned characters over this share of the shorter measure (a lower measure
   *  reusing 40 % of the higher's wording reuses it fully). Provenance: gold strong links. */
  reuseFull: number;
  /** Units that frame a plan rather than ask for anything: the preamble, and sections whose
   *  heading is one of these general headings of Chinese plans. A frame unit links only to a
   *  frame unit (a province restating the national slogan in its preamble), and an item never to
   *  a frame unit. Provenance: the gold guideline (tests/gold/README.md, "社会化大科普格局 …
   *  links 前言 → 前言 only"); the headings are the standard parts of a 方案/要点/意见. */
  frameHeadings: string[];
  /** Word TF-IDF with the IDF of the two documents compared (true) or of the whole corpus (false).
   *  Provenance: the issue's baseline (TF-IDF within the pair) beat corpus IDF on the real laws,
   *  where the vocabulary of the law family is in every article of both documents. */
  pairIdf: boolean;
  /** Profiles by the lower document's genre, over the values above (which are the plans'). A law's
   *  实施办法 or a local 条例 restates its higher law article by article in legal wording: its
   *  unrelated articles share far more words than two plans' items do, so its scores sit on another
   *  scale and need their own weights and thresholds. Provenance: regulations calibrated on
   *  tests/real/gold/links.json (`npx tsx tests/eval/links.ts --calibrate --gold tests/real/gold
   *  --genre regulation`), with a leave-one-pair-out check (README "Cascade and coverage"). */
  genres: Partial<Record<Genre, Partial<LinkProfile>>>;
  /** Framing articles of a law or regulation, recognised by the standard drafting forms of Chinese
   *  legislation (立法技术规范: 第一条 states the purpose and the basis, 为了…根据…制定本条例; a scope
   *  article, 本条例适用于…; the effective-date article, 本条例自…起施行; a generic referral of
   *  penalties to other laws, 违反本条例规定的行为，按照有关法律、法规的规定予以处理). Patterns are
   *  tested on the unit's text without white space; `single`: only when the article is one sentence
   *  (a scope sentence followed by a definition is a definition article). Provenance: the link gold
   *  guideline for laws (tests/gold/README.md, "Laws and regulations / Links"), which reads these
   *  articles that way; the forms are those of every 条例/办法, not strings of the gold. */
  /** Of the yearly editions of one higher series (documents of one level and region whose titles
   *  differ only in their years: 山西省科协2000年科普工作要点, …2001年…), a lower measure implements
   *  only the edition it matches best. Annual plans restate much of the previous year's, so
   *  without this a city's measure links to every past edition of its province's plan.
   *  Provenance: bench/planted.ts at 1,000 synthetic documents (links to other editions were most
   *  of the false positives); no gold pair has two editions of one series. */
  oneEditionPerSeries: boolean;
  /** The snapshot keeps each lower measure's candidates near the cut (select.ts nearCutRecord, graph-schema
   *  LinkCandidates) so that coverage under a user's thresholds replays the selection exactly, for a corpus of at most
   *  this many leaf measures; above it none are kept and coverage under other thresholds rereads the kept links'
   *  verdicts (coverage/links.ts rereadVerdict, as before session 23). Provenance: session 23 bench, 10,000 synthetic
   *  documents (about 280,000 measures): keeping them raised the link stage's heap 475 → 1,089 MB and the peak
   *  1,989 → 2,750 MB, over the 2,048 MB budget; 1,000 documents (28,000 measures) cost +8.5 % of the snapshot. */
  nearCutMaxMeasures: number;
  /** A measure that cites another document's article by number (《中华人民共和国国防教育法》第二十八条,
   *  依照《条例》第十条第一款, 分别依照《…法》第三十三条至第三十七条的规定) implements that article,
   *  strongly, whatever the score (ingest/link/cite.ts, cite-links.ts); the cascade rules still
   *  choose which version is meant. Provenance: the link gold guideline for laws (tests/gold/README.md:
   *  "an article that applies the higher's penalty articles by number … links strong to each"), and
   *  the drafting convention that a 条例 names the article it applies (立法技术规范). */
  citedArticles: boolean;
  /** Roles whose citations by article number are not links: a scope article that names a law's
   *  definition (在本省行政区域内从事慈善法第三条规定的慈善活动…，适用本办法) says what it covers and carries
   *  nothing out; a basis article names the article it is made under. Provenance: the link gold guideline
   *  (tests/gold/README.md: "the scope article … not links"), session 18 (charity 第二条). With the short-name
   *  citations of cite.ts (慈善法第九条 after 以下简称慈善法), npm run eval (load 11-14): charity F1 0.7368 -> 0.7478
   *  (TP 42 -> 43, strong R 0.93 -> 0.97, verdicts 88 -> 89), the other dev and held-out sets unchanged. */
  citationsIgnoredIn?: ArticleRole[];
  /** A yearly plan (one year in its title, 中国科协2020年科普工作要点) asks for that year's work; a
   *  document of a later year links to it only through what outlives the year: a shared entity
   *  of these types (a standing programme, a recurring day or week). Empty: no such rule.
   *  Provenance: the nature of a 年度工作要点 (its tasks are the year's), as the sample's link gold
   *  reads a 2024 plan against a 2020 one ("linked only when the 2024 measure runs the same
   *  standing programme or recurring event", tests/gold/README.md). Measured with `npm run eval`
   *  (README "Cascade and coverage"). */
  expiredPlans: string[];
  articleRoles: { role: ArticleRole; pattern: string; single?: boolean }[];
  /** Session 45 (helper link2): a saving sentence (法律、行政法规另有规定的，从其规定) that an article of a `single` role may close
   *  with and stay one sentence: the scope article's standard form (本市行政区域内…活动，适用本条例。法律、行政法规和国务院决定
   *  另有规定的，从其规定。) defers to higher law and states nothing of its own. Absent or null: every sentence counts
   *  (sessions 18–45). Provenance: 立法技术规范's scope article and the link gold's scope rule (tests/gold/README.md). */
  roleSaving?: string | null;
  /** Roles that never implement nor are implemented (`none`: the scope, effective-date and referral
   *  articles of a law, and a plan's announcing sentence, which the sample's link gold reads as no
   *  unit: "its short preamble only states the purpose", tests/gold/README.md), and roles whose link to a unit of
   *  the same role is at most partial (`weakWithSame`: a 第一条 restating its law's purpose and
   *  naming it as basis carries out nothing of it). Provenance: as articleRoles.
   *  `onlyWithSame`: roles that link only to a unit of the same role, both ways (a purpose article
   *  restates the higher purpose article, never a duty; a duty article never carries out a purpose
   *  article). Session 18: the kinds of article of 立法技术规范 against the dev gold (real, legal aid,
   *  charity): every gold link of a purpose article is purpose → purpose (9 of 9), and no gold link
   *  ends at a higher purpose article from another kind; the basis article (`basis`: 根据《…》，结合本省
   *  实际，制定本办法, nothing of its own) has no gold link (charity 第一条), nor any article of the 'none'
   *  roles. npm run eval (load 9-11), before → after the basis role, the wider referral form and onlyWithSame:
   *  charity F1 0.7241 → 0.7368 (FP 21 → 19; its TF-IDF baseline 0.7255, now beaten), real 0.8802 → 0.8827 (FP 21 → 20),
   *  legal aid and sample unchanged, verdicts right 168 → 169 (real), 86 → 88 (charity); held out (never tuned
   *  on): unseen 0.7500 → 0.7536, overseas, heritage, weather unchanged, mean 0.7157 → 0.7166. */
  roleLinks: { none: ArticleRole[]; weakWithSame: ArticleRole[]; onlyWithSame?: ArticleRole[]; rows?: ArticleRole[] };

  // ---- Scale (link stage at the size of a whole law database; ingest/link/candidate-index.ts) ----
  /** Postings visited per lower measure and per candidate index (words, entities, shingles), the
   *  rarest lists first (prefix filtering: Bayardo, Ma & Srikant 2007): the candidate search of one
   *  measure is bounded whatever the corpus's size. Provenance: issue 9/11 whole-mirror run (3,454
   *  real laws, ≈ 100k measures): a 法律责任 or 施行 article's lists in the nation-wide partition
   *  summed to > 100k postings per measure; on the synthetic 1,000-document bench no measure
   *  reaches this many, so the planted figures are unchanged by it (bench/planted.ts). */
  maxCandidatePostings: number;

  // ---- Link quality, session 12 (issue 13) ----
  /** Genres whose units add their character bigrams to their words for the TF-IDF signal (a
   *  bigram inside punctuation, marked so it never equals a word). A provincial 条例 restates its
   *  higher 条例 in other cuts of the same terms (表彰奖励 / 表彰、奖励, 主管 / 监督管理 …) that a word
   *  segmenter splits differently; character bigrams are the standard remedy in Chinese retrieval
   *  (Kwok 1997; Nie, Gao, Zhang & Zhou 2000: bigrams as good as or better than words).
   *  Provenance: `npx tsx tests/eval/links.ts --calibrate --gold tests/real/gold --gold
   *  tests/real/legalaid/gold --genre regulation` with and without (README "Cascade and coverage"). */
  bigramWords: Genre[];
  /** The unit's own label, left out of its character bigrams (a pattern on the unit's text; null:
   *  none left out). An article's text starts with its number (第七条), whose bigrams (第七, 七条) are
   *  in one article of each document: the pair IDF gave them the highest weight, so two articles
   *  drew each other for having the same number, not the same content (上海 第七条 on 见义勇为 ranked
   *  the 条例's 第七条 on donations first). The number is the article's address in its own document
   *  (立法技术规范: articles are numbered in sequence, a local regulation's numbering is its own).
   *  Provenance: reading the legal-aid set's candidates (session 17); measured with `npm run eval`
   *  (README "Cascade and coverage"). */
  bigramLabel: string | null;
  /** Terms a regulation defines for itself (the definition article of 立法技术规范: 本条例所称X，是指Y;
   *  several in one sentence, …；Z，是指W): an article of the same regulation that uses X also gets the
   *  character bigrams of Y, so a provincial 法律援助人员 (defined as 承办法律援助事项…的人) meets the
   *  higher text's 办理法律援助案件的人员, and 法律服务机构 (defined as 律师事务所、公证处…) meets 律师事务所.
   *  `pattern`: group 1 is what follows 所称; a term in more than `maxShare` of the document's articles is
   *  its own subject (法律援助, 志愿服务) and is not expanded. Genres with bigramWords only. null: off.
   *  Provenance: the drafting convention of definition articles; the error class "the same actor named
   *  otherwise" read on legal aid (session 17); maxShare 0.15 / 0.3 / none measured on real + legal aid
   *  (none and 0.15 gained nothing); npm run eval figures at DEFAULT_LINK_OPTIONS. */
  definedTerms: { pattern: string; maxShare: number } | null;

  // ---- Link quality, session 14 (issue 13) ----
  /** Penalty articles (法律责任) link only to penalty articles, and other articles never to them: a
   *  liability article (违反本条例规定…的，由…责令改正，处…罚款) carries out the higher text's liability
   *  articles, not the duty it punishes, and the shared formulae (责令改正, 罚款, 给予处分) drew it to
   *  unrelated higher articles. An article is a penalty article when it sits in a chapter whose
   *  heading matches `chapter` (the standard 法律责任/罚则 chapter of a Chinese law), or its text
   *  matches `text` (the sanction forms of 立法技术规范: 处…罚款, 给予…处分, 追究…刑事责任, 责令改正 …).
   *  null: no such rule. Provenance: reading the dev sets' false positives (session 13); measured on
   *  sample + real + legal aid (npm run eval): real F1 0.874 -> 0.871 (verdicts 165 -> 166), legal aid
   *  0.676 -> 0.683 (FP 23 -> 21), sample unchanged (plans have none); README "Cascade and coverage"
   *  has the held-out figures, read once at the end. */
  penaltyArticles: {
    chapter: string;
    text: string;
    /** Session 33: an article under the 法律责任 chapter whose text has no sanction form (`text`) and matches `recourse`
     *  (a teacher's 申诉, a party's 申请复议 or 提起诉讼: a remedy the person has, not a sanction) is not a penalty
     *  article: it carries out, and is carried out by, articles outside the penalty group (上海 第二十二条's 申诉 →
     *  教师法 第三十九条, under the law's 法律责任 chapter, was never a candidate). Absent: every article of the chapter
     *  is a penalty article (sessions 14–32). */
    recourse?: string;
    /** Session 37: in a document with a penalty chapter, an article outside it is a penalty article by its text only
     *  when its text also matches `outside` (a violation: 违反…的, 有下列行为之一). Absent: the sanction form alone. */
    outside?: string;
    /** Session 46 (helper link2): the acts an article forbids (a prohibition list, 任何单位和个人不得有下列行为：…, or a 不得…
     *  clause), read past before the `text` test: 向中小企业收费或者罚款 among the forbidden acts is no sanction the article
     *  sets. Absent: the whole text is tested. */
    prohibited?: string;
    /** Session 60 (lead): a sanction the article's subject has undergone (用人单位被吊销营业执照、责令关闭、撤销的; 劳动者被依法追究
     *  刑事责任的), read past like `prohibited` before the `text` test: a passive sanction is a fact the article attaches a
     *  consequence to (the contract ends, the employer may dismiss), no sanction it sets. Absent: the whole text is tested. */
    passive?: string;
    /** Session 51 (helper link2): outside a penalty part, this form (an order to correct, 责令改正) in a paragraph after the
     *  article's first is read past before the `text` test: a duty article whose last paragraph orders its breach
     *  corrected is no penalty article. Absent: the whole text is tested. */
    sideCorrection?: string;
    /** Session 40 (plans): a part whose title names rewards and penalties together (奖励与处罚, 奖惩, 表彰和处罚): an article
     *  under it is a penalty article by its sanction form (`text`) only, and the part counts as the document's penalty part for
     *  `outside`. Absent: such a part is no penalty part (its sanction articles are known by their text alone). */
    mixed?: string;
    /** Session 56 (helper refuse): under a penalty part, an article whose text has no sanction form (`text`) is a penalty
     *  article only when it matches this pattern (a sanction or a liability named in other words: 处罚, 责任, 处理, 赔偿…); an
     *  article the law places in its liability chapter that sanctions nothing (a dispute settled by the governments, 矿产资源法
     *  第四十九条) carries out, and is carried out by, articles outside the penalty group. Absent: every article of the part
     *  but `recourse` is a penalty article. */
    liable?: string;
    /** Session 40 (plans): the kinds of unit a penalty part may be (a 司法解释's part title is a `section` since session 39, a
     *  law's 节 too). Absent: chapters only. */
    levels?: string[];
    /** Session 59 (helper ministry, issue 13): a cited title or a run of them (`《中华人民共和国价格法》《价格违法行为行政处罚规定》`,
     *  this pattern repeated) is read as one mark (《》) before the `text` and `outside` tests: a sanction by referral
     *  (…的，由县级以上市场监督管理部门依照《…》《…》有关规定进行处罚) reaches its 处罚 within `text`'s reach once the titles it
     *  names are skipped, not by a longer reach for every article. Absent: titles are read as written. */
    titles?: string;
    /** Session 59 (helper ministry, issue 13): an article outside any penalty part (with `withPart` false, only in a text
     *  that has none) whose first paragraph has no sanction form (`text`) and a later paragraph has one (the supervision
     *  and the sanction of a ministry rule in one article: 县级以上…部门应当依法监督检查…。 / …的，由…责令限期改正…) is a
     *  penalty article that also links to, and is linked by, articles of no group (its first paragraph carries a duty or a
     *  supervision article). Absent: such an article is a penalty article only. */
    /** Session 61 (helper procedure, issue 13): a lower document with no penalty part — a procedure rule (…程序规定) that
     *  carries the higher text's enforcement articles (扣留, 暂扣, 吊销, the on-the-spot decision) from its ordinary chapters as
     *  the enforcing department's steps — whose title matches `title`: its articles of no group also meet the higher
     *  document's penalty articles (as lower units only; `penalty`: its penalty articles, known by their text, also meet the
     *  higher articles of no group). Absent: the group rule holds for every document (sessions 14–60). */
    open?: {
      title: string;
      penalty?: boolean;
      /** Session 62 (helper police2): a regex source of enforcement measures (处罚, 罚款, 扣留, 暂扣, 吊销 …): an article of the
       *  procedure rule is open only when its text names one — a step of the enforcement the law's 法律责任 articles order,
       *  not the rule's documents, time limits, scene work or definitions. Absent: every article (session 61).
       *  Provenance: PROCEDURE_OPEN_MEASURE. */
      measure?: string;
    };
    dual?: {
      withPart: boolean;
      /** The first paragraph must not match this pattern either (a sanction or a referral in other words: 处理, 处罚 …, as
       *  penalty-liable.ts reads them). Absent: `text` alone. */
      firstFree?: string;
      /** A dual article of the higher document is met by lower articles of no group too. Absent: true. */
      higher?: boolean;
    };
  } | null;

  // ---- Link quality, session 17 (issue 13) ----
  /** Documents on different subjects never implement each other by wording (an article cited by
   *  number still does): a city's 供热条例 and its province's 文物保护条例 share their liability
   *  formulae (违反本条例规定…责令改正…处…罚款) and scored as links, 2,104 of 2,829 links when the
   *  dev families and 40 random mirror regulations were ingested together (session 17). A document's
   *  subject is its `terms` content words of highest TF × background-IDF (ingest/link/topic.ts,
   *  ingest/lexicon/background-df.txt); a pair is on one subject when the cosine reaches
   *  `minCosine`. null: off. Provenance: see DEFAULT_LINK_OPTIONS. */
  subjectGate: { terms: number; minCosine: number } | null;
  /** Sibling subjects (session 39; ingest/lexicon/subject-tree.txt, ingest/link/subject-tree.ts): two documents whose
   *  titles name different children of one parent subject and none in common (森林防火 / 草原防火, 失业保险 / 工伤保险,
   *  居民委员会 / 村民委员会, 海上交通 / 内河交通) never implement each other by wording, unless the lower document names the
   *  higher one in its basis clause (an article cited by number still links: cite-links.ts). A narrower subject still
   *  carries out its parent (扬尘 → 大气污染防治法). null: off. Provenance: see DEFAULT_LINK_OPTIONS. */
  subjectTree?: { parents: SubjectTree } | null;
  /** Named-place reach (session 39; ingest/link/named-place.ts): a document whose title is one named place's (信阳南湾水库,
   *  曹娥江, 温瑞塘河, 黄河: a name and a `head` at the title's start once its own region is dropped) is carried out only by
   *  a document of the same place (one name holds the other), or one that names it in its basis clause; with `general`
   *  also not by a general document (no place of its own). A place's document still carries out general laws. null: off.
   *  Provenance: see DEFAULT_LINK_OPTIONS. */
  namedPlace?: NamedPlaceRule | null;
  /** The basis closure (session 61, issue 13; ingest/link/basis-closure.ts): a lower document whose basis clause names a
   *  document of the corpus implements only the documents its basis names, (`transitive`) those their basis clauses name,
   *  other texts of these titles, (`cited`) the texts it cites by title anywhere and (`sameBasis`) a text of its region chain
   *  made under what it names; a basis naming nothing of the corpus changes nothing. With `levels` (session 62) only the
   *  higher documents of those levels are restricted (the default: central and national). An article cited by number still
   *  links (cite-links.ts). null: off. Provenance: see DEFAULT_LINK_OPTIONS. */
  basisClosure?: BasisClosureRule | null;
  /** The companion formula of a basis clause (session 62, issue 13; basis.ts basisTitles): a regular expression read right
   *  after a title the basis clause cites (根据《中华人民共和国道路交通安全法》及其实施条例); its first group, appended to the
   *  title, names a further text of the basis (道路交通安全法实施条例), for the subject gate, the legal rank, the top-level
   *  rule and the basis closure alike. null: off. Provenance: see DEFAULT_LINK_OPTIONS. */
  basisCompanion?: string | null;
  /** A lower article of several paragraphs (款) or items (项) often carries out several higher
   *  articles (one per paragraph), where the profile's topK (2 for regulations) cut the third: its
   *  topK grows by `per` for each paragraph or item beyond the first, up to `max`, and its
   *  candidates need only `relative` of its best score (instead of the profile's `relative`), for
   *  the lower documents of these genres. null: off. Provenance: the known error class "a lower
   *  article that carries out several higher articles loses links" (session 13 reading); values
   *  from a small grid on sample + real + legal aid (see DEFAULT_LINK_OPTIONS). */
  topKPerClause: { per: number; max: number; genres: Genre[]; relative?: number } | null;

  // ---- Link quality, session 15 (issue 13) ----
  /** Penalty articles link only when they sanction the same kind of actor (ingest/link/actors.ts):
   *  a liability article names the sanctioned actor first, as the subject of its condition clause
   *  (律师有下列情形之一的，…), and the shared sanction wording (警告, 责令改正, 给予处分) drew a lower
   *  article on lawyers to the higher one on the officials who supervise them. The subject runs from
   *  the article's start (past `lead`, the article number; a paragraph matching `skip`, an item
   *  of a list, has none) to the first match of
   *  `subjectEnd` (the verbs that open a condition in Chinese legal drafting: 违反, 有下列…之一, 在…中,
   *  拒绝, 以…手段, 为…出具, 滥用职权 …) or punctuation; it is split at `conjunctions` (、 及其 以及 和 或者)
   *  and each noun is classed by its head (`classes`, first match: a public body 部门/机关/政府 and
   *  its staff, a person 人员/人/者/师, an organisation 机构/单位/所/处); `staff` (工作人员 right after a
   *  noun of class `staffOf`: a public body's own staff) takes that class. Two penalty articles whose
   *  kinds do not meet never link; an article with no recognised subject links as before. null: off.
   *  Provenance: the general patterns of 立法技术规范 (the 法律责任 article names its addressee first,
   *  and the public official's article, 国家机关工作人员滥用职权、玩忽职守、徇私舞弊的, is a separate
   *  article in every law), read on the legal-aid set's false positives (session 14 reading); measured
   *  on sample + real + legal aid (README "Cascade and coverage"). */
  penaltyActors: {
    lead: string;
    skip: string;
    subjectEnd: string;
    conjunctions: string;
    classes: { name: string; head: string }[];
    staff: string;
    staffOf: string;
    /** Session 45: a paragraph that opens with a verb of `subjectEnd` (利用财政资金设立的科技项目的承担者未依照…) names its actor
     *  as the head of a noun phrase: the words after the last 的 of its first span (up to 、，；。：) that is followed by a
     *  word, to the next verb (承担者). Absent: no actor (sessions 15–44). */
    nounPhrase?: boolean;
    /** Session 45 (helper link2): a paragraph whose conduct is an official's (`officialConduct`: 滥用职权 | 玩忽职守 | 徇私舞弊,
     *  the fixed triad of a public servant's dereliction) sanctions public officials: its actors of kind `officialOf`
     *  (person: 标准化工作的监督、管理人员) count also as `staffOf` (a public body's staff). Absent: off (sessions 15–45). */
    officialConduct?: string;
    officialOf?: string;
  } | null;
  /** Articles at different steps of an administrative procedure do not carry each other out: an
   *  article's steps are the stages whose verbs it uses (`stages`: apply 申请, accept 受理, examine
   *  审查, decide 决定/批准/通知, object 异议/复议, assign 指派/安排, handle 承办/办理, close 结案/终止, pay
   *  补贴/经费), and a pair of articles of these genres whose steps are both known and share none has
   *  its score multiplied by `factor` (a 受理 article ranked under a 审查 one of the same wording). null:
   *  off. Provenance: the stages of 行政许可法/行政程序 (申请 → 受理 → 审查 → 决定, objections, execution),
   *  as a small lexicon, not strings of the gold; the error class "neighbouring procedure steps
   *  confused" read on legal aid (session 14); factor from 0.6/0.7/0.8 simulated on every aligned
   *  candidate of real + legal aid (README "Cascade and coverage"). */
  procedureStages: { genres: Genre[]; factor: number; stages: { name: string; pattern: string }[] } | null;

  // ---- Link quality, session 17 (issue 13) ----
  /** Delegating provisions (授权性规定): a national text leaves a standard or a supplement to the
   *  provincial level (`higher`: 由省、自治区、直辖市人民政府…规定, 省、自治区、直辖市人民政府可以…作出补充规定,
   *  标准由省…核定; since session 31 also the local governments it enumerates, 直辖市、设区的市或者县级人民政府…确定), and the provincial regulation carries it out by setting it (`lower`: 经济困难的标准，由…确定,
   *  具体标准由…规定, 补充规定): such a pair of articles of these genres has its score multiplied by
   *  `factor`, as the short standard-setting article shares few words with the delegating one. null: off.
   *  Provenance: the convention of Chinese legislation that local regulations fill in what a law or
   *  行政法规 delegates (立法法: 地方性法规 may make 具体规定 to carry out a law), and the link gold
   *  guideline ("an article that sets what the 条例 leaves to the province links strong",
   *  tests/gold/README.md); factor 1.1-1.5 simulated on every aligned candidate of real + legal aid
   *  (the same one more link at each), 1.2 kept; npm run eval figures at DEFAULT_LINK_OPTIONS. */
  delegation: { genres: Genre[]; higher: string; lower: string; factor: number; best?: DelegatedBest | null } | null;

  /** Session 44 (helper penalty): a lower penalty article that names the conduct one higher penalty article sanctions
   *  (ingest/link/conduct.ts: the clauses ending in 的 before the sanction, and each listed item （一）…的) restates that
   *  sanction in its own words, though the sanction differs in size or the lower splits one higher list across articles
   *  (违反本办法规定，在疏散通道…停放电动自行车…的 ↔ 有下列行为之一的：（三）占用、堵塞、封闭疏散通道、安全出口…的). Such a
   *  pair of penalty articles (both of group 'penalty', lower of these genres) is kept as a partial link, when its score
   *  reaches `floor` and the selection left it out (no other candidate moves), when the lower's conduct carries at least `min` of one higher clause's bigrams and `minShared` of them, a bigram in more
   *  than `common` of the higher document's penalty articles not counted (a formula: 违反, 责令, 罚款). Provenance: the
   *  link gold guideline (a penalty article restating the higher penalty for the same conduct links) and link44's census
   *  of missed links ("a sanction restated for the same conduct", about 14 in the five lowest-recall dev sets).
   *  null: off. On since session 44 (PENALTY_CONDUCT_MEASURED). The link carries `penaltyConduct`; coverage/replay.ts
   *  keeps it partial under any thresholds. `actors` (session 45): the two articles' condition subjects (options.penaltyActors'
   *  reading) must name one actor in part, a bigram of their nouns shared, level words aside (ingest/link/actors.ts
   *  nounsMeet); an article with no subject passes. Absent: no actor test (session 44). `notConduct` (session 59, helper
   *  precision2; a pattern, global): parts of a conduct clause blanked before its bigrams are read — what sizes the sanction,
   *  not the conduct (CONDUCT_SIZE_PARTS: 有违法所得的, 货值金额…的, 导致发生…事故的, 发生一般事故的); absent: none. `place`
   *  (session 59; a pattern, global): a higher clause's place adjunct (CONDUCT_PLACE: 在饮用水水源保护区内), whose bigrams do not
   *  count toward `minShared` (conduct.ts clauseActs); absent: every shared bigram counts. */
  penaltyConduct?: { genres: Genre[]; min: number; minShared: number; common: number; floor: number; actors?: boolean; notConduct?: string; place?: string } | null;

  // ---- Link quality, session 19 (issue 13) ----
  /** With pairIdf, document frequencies are counted among the units of the same group only (the
   *  penalty articles of options.penaltyArticles against the two documents' penalty articles, the
   *  other articles against the others): units link only within their group, and a word in every
   *  penalty article of both texts (责令限期改正, 逾期不改正, 罚款, 警告) says nothing about which one a
   *  lower penalty article carries out, while the conduct it sanctions (疏散通道, 电动自行车) does.
   *  Scores within a group run lower (fewer, more alike units: the shared words weigh less), so a
   *  grouped pair's score is multiplied by `factor` to meet the common thresholds. null: off.
   *  Provenance: see DEFAULT_LINK_OPTIONS. */
  pairIdfByGroup?: { factor: number } | null;
  /** A link of a lower unit of these genres is strong (implements) only when it carries a clause:
   *  some clause of the lower unit (a sentence or paragraph) takes at least `min` of its character
   *  bigrams from the higher unit's text (implements.ts clauseCarried); else it is partial (the issue's
   *  weak link: same topic, loose wording), whatever the score. A link by article number stays strong.
   *  null: off. Provenance: see DEFAULT_LINK_OPTIONS. */
  strongClause?: { genres: Genre[]; min: number } | null;
  /** A lower unit of several paragraphs (款) of these genres keeps a link the selection (topK,
   *  relative) cut when the higher unit is one paragraph's best match among the aligned candidates
   *  of that document, by the share of the paragraph's character bigrams found in its text, and the
   *  share reaches `min` (the score must still reach the partial threshold): each 款 that restates a
   *  higher article carries it out, however short it is beside the article's main paragraph. null: off.
   *  Provenance: see DEFAULT_LINK_OPTIONS. */
  paragraphBest?: { genres: Genre[]; min: number } | null;

  // ---- Link quality, session 20 (issue 13) ----
  /** Administrative paraphrases (ingest/lexicon/paraphrases.txt: 告知 | 通知, 补贴 | 补助, 结案 | 办结 …): in the
   *  pair TF-IDF of units of these genres (implements.ts pairCosines) a word of a class, as a jieba word or
   *  a character bigram, counts as the class's first word, so a provincial article that writes the
   *  higher law's duty in the drafting's other word for it meets it. null: off. Provenance: see
   *  DEFAULT_LINK_OPTIONS. */
  paraphrases?: { genres: Genre[]; classes: string[][] } | null;
  /** Drafting rewrites (ingest/lexicon/drafting-rewrites.txt, ingest/link/drafting.ts): before the character bigrams
   *  of a unit of these genres are taken, its text is brought to one drafting form (the government level dropped
   *  before 人民政府 and its departments, 本条例 → 本法, the department names of the 2018 reform, 处…罚款 without its
   *  amounts …), so that a local article restating its higher law in the local wording meets it in the pair TF-IDF
   *  and the candidate index. null: off. Provenance: see DEFAULT_LINK_OPTIONS. */
  draftingRewrites?: { genres: Genre[]; rules: DraftingRewrite[] } | null;

  // ---- Link quality, session 33 (issue 13) ----
  /** A law's glossary article (its text matches `higher`: 本法下列用语的含义, the list of the law's terms at its end) is
   *  carried out only by a lower article that defines something (its text matches `lower`: 本办法所称…是指, its own
   *  glossary): an article that only uses a defined term (中小学教师, 特殊教育) restates none of the definitions. null: off.
   *  Provenance: see DEFAULT_LINK_OPTIONS. `definitions` (session 46, helper link): an article each of whose sentences
   *  matches it (本法所称科技成果，是指…。本法所称科技成果转化，是指…) is such a glossary too (implements.ts definitionsOnly): a
   *  lower article sharing a phrase of a definiens (科技成果后续试验、开发) restates no definition. */
  glossary?: { higher: string; lower: string; definitions?: string } | null;
  /** Session 46 (helper link): a restriction clause of units of these genres (its text matches `pattern`: 前款规定的情况不得损害
   *  国家安全、国家利益、社会公共利益; 在不涉及国家安全…的前提下) is left out of the unit's words and bigrams (ingest/link/index.ts
   *  unitMaker), so that an article does not meet a higher article on the interests it promises not to harm (北京转化
   *  第九条, 第二十七条 → 转化法 第七条, 国家为了国家安全、国家利益和重大社会公共利益的需要…). null: off. */
  provisos?: { genres: Genre[]; pattern: string } | null;
  /** Session 47 (helper link, issue 13): terms the drafting writes in other words (ingest/lexicon/term-classes.txt: 大型企业 |
   *  大企业, 高等学校 | 高等院校 | 高校 …), matched in a unit's text as strings, not as jieba words: a unit of these genres whose
   *  text holds a term of a class gets the class's token (§ and its first term) once per occurrence in its words, so the
   *  pair TF-IDF (implements.ts pairCosines) meets the two wordings however jieba cuts them (大型企业 → 大型 + 企业, 大企业 →
   *  大 + 企业: a paraphrase class of whole words never met). `weight`: how many times each occurrence counts. null: off.
   *  Provenance: see DEFAULT_LINK_OPTIONS. */
  termClasses?: { genres: Genre[]; classes: string[][]; weight: number } | null;
  /** Session 57 (helper recall, issue 13): paraphrase classes of public-administration drafting read on the gold links
   *  scored under the weak threshold (ingest/lexicon/recall-classes.txt, ingest/link/recall-classes.ts: 标识 | 标志, 补贴 |
   *  补助 | 资助 …), each seen in the misses of two or more dev link families; their rows are added to termClasses' and matched
   *  the same way (termClasses' genres and weight; nothing without termClasses). null: off. Provenance: see
   *  DEFAULT_LINK_OPTIONS. */
  recallClasses?: { classes: string[][] } | null;
  /** Session 48 (helper link, issue 13): a general thesaurus (ingest/lexicon/cilin-synonyms.txt, the synonym rows of
   *  同义词词林扩展版 as HanLP ships it, Apache-2.0; ingest/link/thesaurus.ts). Each jieba word of a unit of these genres that
   *  the thesaurus knows (of `minLength` characters or more, in at most `maxClasses` classes, not in `stop`) adds its
   *  class's token (¤ and the code cut to `level` characters) to the unit's words; in the pair TF-IDF (implements.ts
   *  pairCosines) a token counts only when the other document holds the class too, at `weight` of its TF-IDF weight.
   *  null: off. Provenance: see DEFAULT_LINK_OPTIONS. */
  thesaurus?: ThesaurusOptions | null;
  /** Paragraph-pair evidence (ingest/link/paragraph-pair.ts) for lower units of these genres: the pair's text signal is
   *  raised to `max` × the best share, over the pairs of a lower and a higher paragraph, of the shorter paragraph's
   *  IDF-weighted character bigrams found in the other (IDF over the paragraphs of the two documents). null: off.
   *  Provenance: see DEFAULT_LINK_OPTIONS. */
  paragraphPair?: { genres: Genre[]; max: number } | null;
  /** A measure that cites a chapter of another document (国务院《法律援助条例》第三章另有规定的，从其规定; cite.ts
   *  chaptersAfter) carries out something of that chapter: its links to that document are chosen among the
   *  chapter's articles only (the selection of the profile, every score above 0 kept), as a reader
   *  sent to the chapter looks there. Provenance: see DEFAULT_LINK_OPTIONS. */
  citedChapters?: boolean;
  /** A duty list (an article of these genres whose first paragraph matches `lead`, 县级以上人民政府履行下列消防工作
   *  职责：, and whose items are （一）（二）…): each item keeps its own best article of a higher document the article
   *  links to, by the share of the item's character bigrams in the article's text, when that share reaches `min`
   *  and beats the item's second best article by `margin`; the link is partial (an item of a list is a side part
   *  of the lower article: tests/gold/README.md's rule of strong and weak). null: off. Provenance: see
   *  DEFAULT_LINK_OPTIONS. */
  dutyListItems?: { genres: Genre[]; lead: string; min: number; margin: number } | null;

  // ---- Link quality, session 21 (issue 13) ----
  /** The links that only topKPerClause's widening admits (beyond the profile's topK, or under its
   *  relative share of the best score) must each be some paragraph's own: the best match, among the
   *  aligned candidates of that higher document, of one of the lower article's paragraphs (lines), by the
   *  share of the paragraph's character bigrams in its text, with a share of at least `min`. The widening
   *  exists because each 款 of a long article may carry out its own higher article; a further link that no
   *  paragraph matches best is a neighbour of the article's main link (慈善法 第四十五、四十六、四十七条 on one
   *  trust, each drawn by 第十九条's one paragraph). null: off. Provenance: see DEFAULT_LINK_OPTIONS. */
  extraLinksByParagraph?: { genres: Genre[]; min: number } | null;
  /** Session 59 (helper selection): a link only the widening admits that extraLinksByParagraph refuses is kept when the
   *  lower article's own lines set it apart from the document's best candidate (paragraph-apart.ts: the line that prefers it
   *  most to the best prefers it by more than `margin`, and the best's own line is another). A filter on the widening like
   *  extraLinksByParagraph's, so no candidate outside the widened top-k and relative cut is added. null: off. Provenance:
   *  see DEFAULT_LINK_OPTIONS. */
  paragraphApart?: { genres: Genre[]; margin: number } | null;
  /** A lower unit of these genres that links to nothing keeps its best aligned candidate, as a partial link, when
   *  its score reaches `min` (under the profile's partial threshold) and is at least `ratio` times the second best
   *  score among the aligned candidates of the same higher document: an article of an implementing regulation whose
   *  wording is its own (法律援助机构 for 司法行政部门设立的机构) still matches one article of its law clearly best.
   *  null: off. Provenance: see DEFAULT_LINK_OPTIONS. */
  clearBest?: { genres: Genre[]; min: number; ratio: number } | null;
  /** Session 37: a partial-only floor under the partial threshold. In each higher document a lower unit of these genres
   *  has no link into, its best aligned candidate is kept as a partial link when its score reaches `min` and is at least
   *  `ratio` times the second best candidate of that document (select.ts). With `unit` (session 41), only when that
   *  candidate is a higher article of two or more units (paragraphs, list items; each of `minBigrams` bigrams or more) one
   *  of which the lower article carries by at least `share` (side-paragraph.ts unitCarried). null: off. Provenance: see
   *  DEFAULT_LINK_OPTIONS. */
  partialFloor?: { genres: Genre[]; min: number; ratio: number; unit?: { share: number; minBigrams: number } } | null;

  // ---- Link quality, session 23 (issue 13) ----
  /** A lower unit of these genres that links to nothing keeps its best aligned candidate, as a partial link, when the
   *  unit just before or just after it in its document links to that same higher unit (ingest/link/neighbours.ts), and
   *  its score reaches `min` and is at least `ratio` times the second best score among the aligned candidates of the
   *  same higher document: a regulation splits one article of its law over consecutive articles, the later ones in
   *  its own words. null: off. Provenance: see DEFAULT_LINK_OPTIONS. */
  neighbourBest?: { genres: Genre[]; min: number; ratio: number } | null;
  /** Session 42: a document-structure prior (ingest/link/structure-prior.ts). A lower unit of these genres keeps, as a
   *  partial link, its best aligned candidate in a higher document it does not link into, scored from `min` and under
   *  the partial threshold, when (1) the higher unit lies where the lower unit's chapter is mapped by its document's
   *  strong links (a higher chapter one of them reaches, or within `reach` articles of the run of higher articles they
   *  reach), (2) no unit of the lower document links to it, and (3) the lower unit carries at least `unit.share` of one
   *  unit of the higher (a paragraph or a list item of `unit.minBigrams` bigrams or more: side-paragraph.ts unitCarried;
   *  when partialFloor.unit is on as well, its minBigrams and the lower of the two mins are used for both). null: off.
   *  Not replayed by coverage under a user's thresholds (coverage/replay.ts replays the selection only): unlike
   *  neighbourBest, its links go to higher units no other unit of the lower document links to, so they change coverage
   *  rows; switching it on needs that replay first (the calibration's replay, tests/eval/links.ts select, has it).
   *  Provenance: see DEFAULT_LINK_OPTIONS. */
  structurePrior?: { genres: Genre[]; min: number; reach: number; unit: { share: number; minBigrams: number } } | null;
  /** Session 52 (helper link3): a lower unit of these genres bracketed by its neighbours' links (ingest/link/order-bracket.ts)
   *  keeps, as a partial link, its best aligned candidate in a higher document it does not link into, scored from `min` and
   *  under the partial threshold, when the nearest unit before it that links into that document links to article a, the
   *  nearest after it to article b, the candidate's article number lies in [a, b] (`strict`: strictly between) and b − a ≤
   *  `gap`. `guard` (session 53 helper link): only in a (lower document, higher document) pair whose confident links
   *  (strong, or scored from guard.score), taken in the lower document's order, keep the higher's order — the longest
   *  non-decreasing run of their higher article numbers holds at least guard.order of them, and there are at least
   *  guard.minLinks; with guard.neighbours, the bracketing links a and b must be confident too (order-bracket.ts). null: off.
   *  Replayed by coverage under a user's thresholds since session 54 (order-bracket.ts bracketEntry and bracketStep, the
   *  setting recorded in the snapshot's linkSelection.rules). Provenance: see DEFAULT_LINK_OPTIONS. */
  orderBracket?: OrderBracketRule | null;
  /** Session 55 (helper link, issue 13): a lower unit of these genres that no step before links (the selection, the conduct
   *  rules, neighbourBest, orderBracket) keeps, partial, in each higher document, the one of the document's `top` best
   *  candidates whose main provision (clause-parts.ts: actors and duties) it names the largest share of, strictly, when it
   *  scores from `min` under the partial threshold, the provision has `minDuties`+ duties of which the lower names a share
   *  of `duties`, and (`actor`) an actor is named (ingest/link/provision-floor.ts). Replayed by coverage (the setting
   *  recorded in linkSelection.rules, the documents' `top` best kept: select.ts nearCutRecord `docTop`). null: off.
   *  Provenance: PROVISION_FLOOR_MEASURED and DEFAULT_LINK_OPTIONS. */
  provisionFloor?: ProvisionFloorRule | null;
  /** Session 42: a second link to the neighbour article (ingest/link/second-neighbour.ts). A lower unit of these genres
   *  that links to a higher unit keeps, as a partial link, a candidate of the same higher document that the selection
   *  left out when it is the article just before or after one it links to, scores from `min`, the lower carries at least
   *  `unit.share` of one of its units (paragraphs or list items of `unit.minBigrams` bigrams or more; side-paragraph.ts
   *  unitCarried), and no unit of the lower document links to it. `adjacent` (session 43): 'either' neighbour (the default),
   *  'next' (the article just after only) or 'chapter' (either, in the same higher chapter). null: off. Like structurePrior, not replayed by
   *  coverage under a user's thresholds (it changes coverage rows); the calibration's replay has it. Provenance: see
   *  DEFAULT_LINK_OPTIONS. */
  secondNeighbour?: { genres: Genre[]; min: number; unit: { share: number; minBigrams: number }; adjacent?: Adjacency } | null;
  /** Session 43: how a lower paragraph credits the higher articles of one document it restates (implements.ts
   *  paragraphShares, read by paragraphBest and extraLinksByParagraph). By default a paragraph credits only its best
   *  candidate, by the plain share of its character bigrams found in the candidate's text; so a long higher article that
   *  holds many of the paragraph's common characters wins the paragraph over the shorter article the paragraph restates.
   *  `within`: every candidate whose share reaches `within` × the paragraph's best share is credited too, with its own
   *  share (1: the best only). `idf`: the shares are weighted by the bigrams' IDF over the articles of the two documents
   *  (item-best.ts pairBigramWeights), so common words count less. `dice`: the measure is the Dice coefficient of the
   *  paragraph's and the candidate's bigrams (2 × shared / both sizes) instead of the paragraph's share, so a long article
   *  that holds the paragraph's common characters among many others counts less than a short one the paragraph
   *  restates ('instead'; paragraphBest.min and extraLinksByParagraph.min then apply to it), or besides the share ('also':
   *  the paragraph credits its best by each, a candidate credited by both with the larger). The credited shares are recorded with the near-cut
   *  candidates, so coverage's replay and the calibration read them as ingest does. `short` (session 44): the paragraph's
   *  best by Dice is credited too, with its Dice, when it is not the best by share, has at most `ratio` × the share
   *  best's bigrams (a short article the paragraph restates beside a long one that holds its common words) and its Dice
   *  reaches `margin` × the share best's; `value` 'share': credited with the share best's share instead (the paragraph's
   *  evidence passed to the article it restates). null: off (the best by plain share).
   *  Provenance: see DEFAULT_LINK_OPTIONS. */
  paragraphCredit?: { within: number; idf: boolean; dice?: 'instead' | 'also'; short?: { ratio: number; margin: number; value?: 'dice' | 'share' } } | null;
  /** Session 50 (helper link2): a higher article that names a class by another of its own articles (本法第四十七条规定的
   *  高风险旅游项目) is read, for the paragraph shares (paragraphShares: paragraphBest, extraLinksByParagraph), with the cited
   *  article's words besides its own (ingest/link/cited-text.ts), since a lower paragraph carrying it spells the class out
   *  in the cited article's words and otherwise credits the short cited article. A sanction's reference (违反本法第X条规定的)
   *  is left as it is. `mode` 'replace': the candidate is read so instead of by its own words; 'also': the paragraph
   *  credits its best by each reading. `ownMin`: the expanded reading counts only for a paragraph with at least this share
   *  of its bigrams in the citing article's own words and in none of the cited ones (it carries the article, not only the
   *  cited class restated). null: off. Provenance: see DEFAULT_LINK_OPTIONS. */
  paragraphCitedText?: { mode: 'replace' | 'also'; ownMin: number } | null;

  // ---- Link quality, session 24 (issue 13) ----
  /** A link from a lower unit of these genres that is one paragraph (clauseCount 1: no second paragraph, no items) to a
   *  higher unit of several paragraphs or items is strong (implements) only when its score reaches `implements`, above
   *  the profile's implements threshold; under it the link is partial. A one-paragraph article's score is not diluted
   *  by other paragraphs of its own, so a middling score against a longer article means it restates a part of it (a
   *  side paragraph, one item) or its core in part: the gold's weak link (tests/gold/README.md, "Strong vs weak").
   *  A link by article number stays strong. null: off. Provenance: see DEFAULT_LINK_OPTIONS. */
  partOfLonger?: { genres: Genre[]; implements: number } | null;

  // ---- Link quality, session 27 (issue 13) ----
  /** A link from a lower unit of these genres is strong (implements) only when it carries the higher article's main
   *  provision: each higher paragraph (款, its list items in it) is matched by the lower unit (a paragraph or one item)
   *  that carries the largest IDF-weighted share of its character bigrams (IDF over the units of the two documents);
   *  when the first paragraph's share is under `main` and a later paragraph's exceeds it by more than `margin`, the link
   *  carries only a side paragraph and is partial (ingest/link/side-paragraph.ts; tests/gold/README.md "Strong vs
   *  weak": only a side paragraph of the higher is weak, even verbatim). A link by article number stays strong.
   *  `framing` (session 35): a higher article whose first paragraph matches it (a scope or definition sentence:
   *  本条例适用于…, 本法所称…是指…) is not tested: its first paragraph frames the article and is no main provision a link
   *  could miss (the gold's scope rule; a definition article's paragraphs are one definition). `local` (session 35): a
   *  later paragraph opening with it (地方各级人民政府…, 县级以上地方…: a national article restating its first paragraph's
   *  duty for the local governments) is the main provision for a local regulation, not a side paragraph.
   *  null: off. Provenance: see DEFAULT_LINK_OPTIONS. */
  sideParagraph?: { genres: Genre[]; main: number; margin: number; framing?: string; local?: string } | null;
  /** A link from a list of duties (a lower unit of these genres whose text matches options.dutyListItems.lead) to a
   *  higher article without items of its own is strong only when a paragraph of the list carries the higher's main
   *  provision at least as much as any one item does; carried through one item, it is partial (side-paragraph.ts
   *  itemOnly; tests/gold/README.md "Strong vs weak": only one item of a list in the lower is weak). Off when
   *  dutyListItems is. null: off. Provenance: see DEFAULT_LINK_OPTIONS. */
  dutyListItem?: { genres: Genre[] } | null;

  // ---- Link quality, session 28 (issue 13) ----
  /** A sentence of a lower unit of these genres that lists tasks or regimes (…遵守信息公示、服务协议签订、意外风险告知、
   *  志愿者实名登记…等制度: at least `minItems` parts separated by 、, closed by `closing`, a generic task noun after 等)
   *  gives its parts as items to options.dutyListItems' rule (when the unit is no duty list of its own): each part after
   *  the first (the first carries the sentence's verb) keeps its own best article of a higher document the unit links to,
   *  by the share of its character bigrams, with dutyListItems' `min` and `margin`, as a partial link (one part of a
   *  list is a side part of the lower: tests/gold/README.md "Strong vs weak"). Off when dutyListItems is. null: off.
   *  Provenance: see DEFAULT_LINK_OPTIONS. */
  taskListItems?: { genres: Genre[]; closing: string; minItems: number } | null;

  // ---- Link quality, session 29 (issue 13) ----
  /** A link from a penalty article of these genres that sanctions only in general terms (its sanction matches `referral`:
   *  依法给予处分, 依法追究责任, 依照有关法律、法规的规定给予处罚; none matches `concrete`: 罚款, 警告, 停止执业 …; it lists no
   *  conduct) to a higher penalty article that lists conduct (（一）…) or sets a concrete sanction is
   *  partial (ingest/link/liability.ts; tests/gold/README.md "Strong vs weak": "a general liability clause" is weak). A link
   *  by article number stays strong. null: off. Provenance: see DEFAULT_LINK_OPTIONS. */
  generalLiability?: {
    genres: Genre[];
    referral: string;
    concrete: string;
    /** Session 46 (helper verdict): for the strength test only (liabilityRestated reads `general` as before), a lower article
     *  is a general liability clause only when its referral is found once `tail` is read out of it (the criminal and civil
     *  boilerplate, 构成犯罪的，依法追究刑事责任; 依法承担民事责任: a lower article with its own conduct and sanction that ends in
     *  them is no clause in general terms), and it names none of the sanctions of a person's post (`post`: 解聘, 开除 …, the
     *  sanction of its own beside 依法给予处分). Either absent: not read. Provenance: see DEFAULT_LINK_OPTIONS. */
    strength?: { tail?: string; post?: string } | null;
  } | null;
  /** Session 45 (helper link): a lower penalty article of these genres that sanctions only in general terms
   *  (options.generalLiability: a referral, no concrete sanction, no list), names no actor as its condition's subject
   *  (options.penaltyActors' reading: 对违反…的…人员, not 血站违反…) and gives `sanction` (处分) to a class of persons
   *  (`persons`: 负责人 | 领导人; 直接负责的主管人员 | 直接责任人员) restates each higher penalty article that gives the same sanction
   *  to a person of the same class (对违反统计法律、法规的部门和单位的有关领导人或直接责任人员，依法给予行政处分 ↔ 统计法 第三十七至
   *  三十九条): among its aligned candidates scored at least `floor`, such a pair is kept partial when the selection left it
   *  out (no other candidate moves), marked `penaltyConduct` (a penalty pair kept partial whatever the thresholds, so that
   *  coverage's replay keeps it). Off with options.generalLiability. null: off. Provenance: the link gold guideline ("a
   *  general liability clause" restates the higher's liability articles, weak) and link44's census (6 of 14 sanction misses
   *  are general liability clauses); see DEFAULT_LINK_OPTIONS. */
  liabilityRestated?: {
    genres: Genre[];
    floor: number;
    sanction: string;
    persons: string[];
    /** Session 45 (helper link2): a leading basis clause (违反本条例规定，) read past before the no-actor test: 违反本条例规定，县级以上
     *  人民政府标准化行政主管部门…及其工作人员…滥用职权…的 names its actor after the comma, so it is no clause for anyone's persons.
     *  Absent: the subject read from the paragraph's start (session 45, helper link). */
    basis?: string;
  } | null;

  // ---- Link quality, session 40 (issue 13) ----
  /** A link from a lower unit of these genres is strong only when it carries the higher article's substance: the
   *  higher's clauses (。；) that bear a duty (`duty`: 应当, 不得, 负责 …) are its substance; when the lower carries under
   *  `cover` of their IDF-weighted character bigrams and under `inFirst` of what it carries lies in the higher's first
   *  paragraph, the link carries a part of the higher's duties off its main provision and is partial
   *  (ingest/link/substance.ts; tests/gold/README.md "Strong vs weak"). A link by article number stays strong.
   *  null: off. Provenance: see DEFAULT_LINK_OPTIONS. */
  thinSubstance?: { genres: Genre[]; cover: number; inFirst: number; duty: string } | null;
  /** Session 42 (helper verdict): a strong link carries the parts of the higher article's main provision (ingest/link/parts.ts:
   *  its actor, level words dropped, one level down the same actor; its object, by the IDF-weighted share of its bigrams over
   *  the two documents' units). A link of these genres whose lower article names none of the main provision's actors and
   *  carries under `object` of its object is partial: another actor, the core in part (tests/gold/README.md "Strong vs weak"
   *  and the session-41 reading). A link by article number stays strong. null: off. Provenance: see DEFAULT_LINK_OPTIONS. */
  /** Session 43 (helper verdict): `object: null` leaves that test out. `minority`: a link is also partial when the main
   *  provision has at least `parts` parts (its distinct duty verbs, its first duty's object cut at its coordinators
   *  、 和 及 以及 或者, its list items: ingest/link/parts.ts) and the lower article carries under `under` of them (the
   *  higher's core carried only in part: one duty of several, one item of a list). `counterparts`: the actor-counterpart
   *  lexicon (ingest/lexicon/actor-counterparts.txt): other names of an actor noun that count as naming it. */
  /** Session 44 (helper verdict): `reread`: a link is also partial when the main provision, reread (parts.ts headParts and
   *  headDuties: a coverb such as 将 / 通过 / 向 after a modal opens no duty; a list closed by 等 is one part, its hypernym,
   *  carried by it or by half of its examples; the provinces' level list 省、自治区、直辖市 is no list; only items marked
   *  （一）… are items), has at least `parts` parts and the lower article carries under `under` of them. `heads`: the
   *  part-heads lexicon (ingest/lexicon/part-heads.txt), with which a part is also carried by its head noun and the class
   *  of its opening verb; null: by half of its bigrams' IDF weight only. */
  mainParts?: { genres: Genre[]; object: number | null; rule: PartsRule; minority?: { parts: number; under: number } | null; counterparts?: [string, string[]][]; reread?: { parts: number; under: number; heads: PartHeads | null } | null } | null;
  /** Session 47 (helper verdict, issue 13): clause coverage by alignment (ingest/link/clause-cover.ts). The higher
   *  article's main provision (its first paragraph with its items; all paragraphs when `main` is false) is split into its
   *  clauses (at 。；：, and with `fine` at ，、 too: the actor, the duty verb, each coordinated object), clauses of fewer than
   *  `minBigrams` bigrams left out; a clause is carried when the lower article holds `carried` of its bigrams' IDF weight
   *  (the two documents' units). A link of these genres is partial when the provision has at least `clauses` clauses, the
   *  lower article carries at most `maxCarried` of them and under `under` of their weight, and the link scores under
   *  `belowScore` (a restatement in other words scores high; one clause of several restated scores low; null: any score),
   *  and, with `outscored`, only when another aligned candidate of the same higher document scores higher (the lower
   *  article's main link into that document is another article). A link by
   *  article number stays strong. null: off. Provenance: see DEFAULT_LINK_OPTIONS.
   *  Session 48 (helper verdict): `state`: a link is also partial, whatever other candidate outscores it, when the higher
   *  article's main provision opens with the state or a government itself (`opener`, read on the text after the article
   *  label: 国家… but not 国家机关 or 国家设立的…, 国务院… but not its departments, 各级人民政府… and 县级以上…人民政府…, with
   *  or without 及其有关部门, but not a department or body of theirs), has at least `clauses` clauses, the lower article
   *  carries at most `maxCarried` of them and under `under` of their weight, and the link scores under `belowScore` (null:
   *  any score): a province's measure of its own in the field of a duty the law lays on the state or on governments,
   *  restating one clause of it at most, is the gold's "in part" or "another measure" (tests/gold/README.md). null /
   *  absent: off.
   *  Session 52 (helper verdict): `pair`: a second pass over a document pair's links (ingest/link/pair-median.ts, after the
   *  same-level cut and the citations): a strong link, not by article number, is partial when the median score of every
   *  link of its (lower document, higher document) pair reaches `median` (the lower document written from the higher,
   *  article by article), the higher main provision has at least `clauses` clauses and the lower article carries at most
   *  `maxCarried` of them and under `under` of their weight. Coverage's replay and the calibration run the same pass. null /
   *  absent: off. */
  clauseCover?: { genres: Genre[]; fine: boolean; main: boolean; carried: number; minBigrams: number; clauses: number; maxCarried: number; under: number; belowScore: number | null; outscored?: boolean; state?: ClauseCoverState | null; pair?: PairMedianRule | null } | null;
  /** Session 54 (helper verdict, issue 13): the clause-part reading (ingest/link/clause-parts.ts), a second pass over the
   *  link stage's links like clauseCover.pair: a strong link, not by article number, of a lower unit of `genres`, scoring
   *  under `maxScore`, is partial when the higher main provision has at least `n` parts of `kinds` (its actors: the subject
   *  nouns before the modal; its duties: a verb with its object head per comma clause; or both), the lower article names
   *  under `under` of them, and another linked lower article of the same row names `elsewhere`+ parts it does not (the main
   *  provision split among lower articles: the gold does not add parts up). Naming: an actor by the noun, half its bigrams
   *  or a counterpart; a duty by its verb (paraphrase or part-heads class) and its object head (or a noun of its class).
   *  null: off. Provenance: CLAUSE_PARTS_MEASURED. */
  clauseParts?: ClausePartsPass | null;
  /** Session 55 (helper link3, issue 13): a weak second link into a law article another lower article carries far better
   *  (ingest/link/taken-article.ts), a pass over the link stage's links like clauseCover.pair: a link of a lower unit of
   *  `genres`, not by article number nor a penalty conduct pair, under `max`, whose lower unit links into that higher
   *  document with a higher score already, is dropped when another lower unit of the same document has its higher article as
   *  its best link there at `ratio` × the score or more, unless the higher text matches `exempt`. null: off. Provenance:
   *  TAKEN_ARTICLE_MEASURED. */
  takenArticle?: TakenArticleRule | null;
  /** Session 56 (helper link3, issue 13): a weak second link into a law article whose main provision the lower article names
   *  no part of (ingest/link/unnamed-second.ts), a pass over the link stage's links after takenArticle's: a link of a lower
   *  unit of `genres`, not by article number nor a penalty conduct pair, under `max`, whose lower unit links into that higher
   *  document with a higher score already and has at most `paragraphs` paragraphs, is dropped when the lower unit names none
   *  of the higher main provision's parts (clause-parts.ts: actors, duties) and at least `bestNamed` of its best link's.
   *  null: off. Provenance: UNNAMED_SECOND_MEASURED. */
  unnamedSecond?: UnnamedSecondRule | null;
  /** Session 57 (helper sibling, issue 13): a weak second link into a law article that the lower article's close siblings
   *  (the closest articles of the other documents linking into that law) do not link (ingest/link/siblings.ts), a pass over
   *  the link stage's links after unnamedSecond's: a link of a lower unit of `genres`, not by article number nor a penalty
   *  conduct pair, under `max`, whose lower unit links into that higher document with a higher score already, is dropped
   *  when some sibling document has an article at bigram cosine `similarity` or more to the lower unit and in none of them
   *  does the closest article link this higher unit. null: off. Provenance: SIBLING_SECOND_MEASURED. */
  siblingSecond?: SiblingSecondRule | null;
  /** Session 63 (helper precision6, issue 13): a weak second link that carries no clause of the lower article better than the
   *  lower article's better links into the same law (ingest/link/second-adds.ts), a pass over the link stage's links after
   *  siblingSecond's: a link of a lower unit of `genres`, not by article number nor a penalty conduct pair, under `max`
   *  (partial only with `partialOnly`), whose lower unit links into that higher document with a higher score already, is
   *  dropped when no clause of the lower text (`minBigrams` bigrams or more) holds a share of its bigrams in this link's
   *  article greater by more than `margin` than in each better link's article. null: off. Provenance: SECOND_ADDS_63. */
  secondAdds?: SecondAddsRule | null;
  /** Session 58 (helper recall2, issue 13): a second law article of a lower article that already links the law, admitted
   *  as the best article of one of the lower article's units the first link does not carry (ingest/link/remainder-second.ts),
   *  after provisionFloor: in a law a lower unit of `genres` links into, a candidate under the partial threshold scoring from
   *  `min` is kept, partial, when a unit (paragraph or list item) of `unitBigrams` bigrams or more has it as its strictly best
   *  article of the law with a share of `unitShare` or more of its bigrams, and the first link holds at most `unitFirst` of
   *  that unit; one per law. null: off. Provenance: REMAINDER_SECOND_MEASURED. */
  remainderSecond?: RemainderSecondRule | null;
  /** Session 59 (helper recall3, issue 13): a lower unit that links nothing in a law its own document links into, paired
   *  with its strictly best article of that law when no unit of its document links that article (ingest/link/unclaimed-best.ts),
   *  after remainderSecond: the candidate scores from `min`, under the partial threshold, leads the law's next candidate from
   *  `min` by the ratio `margin`, and neither text names a sanction formula; partial; one lower unit per (lower document, law
   *  article), the highest scoring. null: off. Provenance: UNCLAIMED_BEST_MEASURED. */
  unclaimedBest?: UnclaimedBestRule | null;
  /** Session 60 (helper seconds, issue 13): a second law article of a lower article that already links the law, admitted by
   *  a clause of the lower article (a sentence or 分号 item of `clauseBigrams` bigrams or more) whose strict best article of
   *  the law is the candidate and whose acts (acts.ts, `reading`) are none of the first link's and one of the candidate's
   *  (ingest/link/clause-second.ts), after remainderSecond: the candidate scores from `min`, is not linked, and neither it
   *  nor the lower text names a sanction formula; partial; one per law. null: off. Provenance: CLAUSE_SECOND_MEASURED. */
  clauseSecond?: ClauseSecondRule | null;
  /** Session 60 (helper objects, issue 13): a lower unit of `genres` linked once into a law, to an article outside the
   *  bracket of its neighbours' links (slack `slack`) that another unit of its document links too, is linked instead (partial)
   *  to the best of its next `next` candidates of that law scoring from `min` and from `ratio` × the chosen's, inside the
   *  bracket, linked by no other unit of its document, holding more of the lower unit's objects than the chosen
   *  (ingest/link/objects.ts: what the article rules on, its words weighed by rarity among the law's articles); neither text a
   *  sanction article, no article cited by number; after unclaimedBest. null: off. Provenance: OBJECT_SWAP_MEASURED. */
  objectSwap?: ObjectSwapRule | null;
  /** Session 61 (helper recall4, issue 13): a lower unit of `genres` linked once into a law (neither text a sanction
   *  formula), whose objects' heads (ingest/link/object-heads.ts: the head of each object phrase objects.ts reads, a
   *  `classes` term it ends with or its last `head` characters) none of the chosen article's own object heads match, is linked
   *  instead (partial) to the best of its next `next` recorded candidates of that law (the near-cut record's: no candidate
   *  kept for it) scoring from `min` and from `ratio` × the chosen's whose object heads match one of them and whose text names
   *  more of them than the chosen's; after objectSwap. null: off. On since session 61. Provenance: OBJECT_HEADS_MEASURED. */
  objectHeads?: ObjectHeadsRule | null;
  /** Session 60 (helper ministry2, issue 13): a department's rule under a law or a 条例 (the document levels of `levels`),
   *  whose title's subject term (a run of its title the higher title lacks) is held by exactly one non-sanction article of
   *  the higher document: each of its articles linking nothing in that document (sanctions and framing articles aside)
   *  links weak to that article (ingest/link/title-term.ts), after every other pass but the pair and clause-part passes.
   *  null: off. On since session 60. Provenance: MINISTRY_TITLE_TERM; the holder's act (`act`) since session 62:
   *  MINISTRY_TITLE_TERM_ACT. */
  titleTerm?: TitleTermRule | null;
  /** Session 63 (helper licence2, issue 13): the titled part — a department's rule under a law or a 条例 whose title shares a
   *  run (the higher title lacks) with a chapter or section heading of the higher text links there only that part's
   *  articles and the general chapters' (总则, 监督, 法律责任, 附则; ingest/link/titled-part.ts). null: off. Provenance:
   *  TITLED_PART, DEFAULT_LINK_OPTIONS. */
  titledPart?: TitledPartRule | null;

  // ---- Link quality, session 34 (issue 13) ----
  /** Per-item selection (ingest/link/item-best.ts): each paragraph (款) or item (项) of a lower unit of these genres is
   *  compared on its own with the unit's aligned candidates in a higher document the unit links to, by the IDF-weighted
   *  share of the item's character bigrams found in the candidate (IDF over the articles of the two documents); the item's
   *  best candidate, when its share reaches `min` and beats the item's second best by `margin`, and the candidate's own
   *  score (the article pair's) reaches `minScore`, is kept as a partial link
   *  (one item is a side part of the lower article), with the evidence passages on the item. `sentences`: each sentence
   *  (split at 。；) of a paragraph is an item too. A duty list keeps its own
   *  rule (dutyListItems). null: off. Provenance: see DEFAULT_LINK_OPTIONS. */
  perItem?: { genres: Genre[]; min: number; margin: number; minScore: number; sentences: boolean } | null;
  // ---- Per-clause selection, session 47 (helper link2; ingest/link/clause-pair.ts) ----
  /** A lower unit of these genres and a higher document it links into: each clause of the lower unit (sentence or list
   *  item; with `phrases` each comma phrase too, of at least `minBigrams` Han bigrams) is matched with the clauses of the
   *  document's candidates (`among`: 'aligned', the unit's aligned candidates in that document; 'document', every article
   *  of it the rules allow), by the IDF-weighted bigrams both clauses hold (IDF over the two documents' articles) over the
   *  smaller clause's weight; the clause's best article, when that share reaches `min`, the pair holds `rare` shared
   *  bigrams of IDF ≥ `rareIdf`, the share beats the clause's best with any other candidate by `margin`, and the lower
   *  unit does not link to it already, is kept as a partial link (selection items, select.ts), scored by the article
   *  pair's score (aligned) or text cosine (document) when that reaches `minScore`. `mutual`: only when no clause of another
   *  article of the lower document shares more of that higher clause (the lower document restates it elsewhere, better).
   *  `plainOnly`: not for a lower unit with an article role, a group (penalty articles) or a frame. null: off.
   *  Provenance: DEFAULT_LINK_OPTIONS. */
  clausePair?: { genres: Genre[]; among: 'aligned' | 'document'; phrases: boolean; minBigrams: number; min: number; margin: number; rare: number; rareIdf: number; mass?: number; minScore: number; mutual?: boolean; plainOnly?: boolean } | null;
  // ---- Policy instruments as a guard on a looser per-clause selection, session 49 (helper link; ingest/link/instruments.ts) ----
  /** A second pass of the per-clause selection (clausePair's clauses, `min`, `rareIdf`, `mutual`), looser (`minScore`,
   *  `margin`, `rare`), whose matches are kept only when the two clauses name one policy instrument class
   *  (ingest/lexicon/policy-instruments.txt) and share at least `minField` field bigrams; a class named by more than
   *  `maxShare` of the higher document's articles is its subject (统计 in 统计法), not an instrument; with `fieldIdf`, only
   *  field bigrams of at least that weight (IDF over the two documents' articles) count. Needs clausePair. null: off.
   *  Provenance: DEFAULT_LINK_OPTIONS. */
  instrumentPairs?: { genres: Genre[]; minScore: number; margin: number; rare: number; minField: number; maxShare?: number; fieldIdf?: number } | null;
  // ---- One item of a list given an article of its own, session 48 (helper link2; ingest/link/list-items.ts) ----
  /** A lower unit of these genres whose first sentence names exactly one item of an enumeration of a higher article (an
   *  item in at most `maxDf` of the higher document's articles), in a run of at least `minItems` such lower articles, each
   *  at most `gap` articles after the one before and naming a later item (the list elaborated item by item: list-items.ts), is linked to that article, partial,
   *  when it links to nothing else (select.ts, items marked `list`). `heads`: head nouns closing a list, left out of its
   *  last item. null: off. Provenance: DEFAULT_LINK_OPTIONS. */
  listItemArticles?: { genres: Genre[]; minItems: number; maxDf: number; gap: number; heads: string[] } | null;
  // ---- A body's list of tasks, each item a higher article, session 49 (helper link2; ingest/link/body-tasks.ts) ----
  /** A lower unit of these genres whose first paragraph matches `lead` (a body's list of tasks: …承担以下工作：, …履行下列
   *  职责：) and whose items are （一）（二）…: each item keeps the article of a higher document the lower unit is compared
   *  with that its terms name (the item's bigrams in at most `maxDf` of that document's articles, each voting 1/df for the
   *  articles holding it), when the best vote reaches `min` and beats the second by `margin`; a partial link (body-tasks.ts).
   *  `orphanOnly`: kept only for a lower unit no other rule links (select.ts, items marked `list`). `skip`: higher
   *  articles that are themselves a body's list of functions (the lower body's national counterpart), never named. null: off. Provenance: DEFAULT_LINK_OPTIONS. */
  taskListTerms?: { genres: Genre[]; lead: string; maxDf: number; min: number; margin: number; orphanOnly?: boolean; skip?: string } | null;
  // ---- A law's general encouragement carried by a specific one, session 50 (helper link3; ingest/link/general-encouragement.ts) ----
  /** A lower unit of these genres whose encouragement clause (after `lead`: 鼓励, 支持 …, to the sentence's end) names the
   *  party a general-provisions article (the higher document's first chapter) encourages (the higher clause's first
   *  `headHigher` Han characters share a bigram with the lower clause's first `headLower`) keeps that article when the share
   *  of the higher clause's bigrams in the lower clause reaches `min` and beats the second general article's by `margin`; a
   *  partial link. `orphanOnly`: kept only for a lower unit no other rule links (select.ts, items marked `list`). null: off.
   *  Provenance: DEFAULT_LINK_OPTIONS. */
  generalEncouragement?: { genres: Genre[]; lead: string; headHigher: number; headLower: number; min: number; margin: number; orphanOnly?: boolean } | null;
  // ---- A government's policy article carrying a second policy article of its law, session 52 (helper link; ingest/link/policy-runner-up.ts) ----
  /** A lower unit of these genres of several paragraphs (options.topKPerClause) opening with a government subject (`lower`)
   *  keeps, as a partial link, each candidate the per-paragraph widening alone admits (over the partial threshold, within
   *  the widened top-k and relative cut, not within the profile's own) whose higher article opens with a state or
   *  government subject (`higher`), when neither article's first sentence matches `notPolicy` (an organisation article, or
   *  one on the making of rules), with `general` false when the higher article is not in the first chapter of its document
   *  (总则), and, with `minShare`, when the candidate is a paragraph's best with more than that share
   *  (options.extraLinksByParagraph asks `extraLinksByParagraph.min`). null: off. Provenance: DEFAULT_LINK_OPTIONS. */
  policyRunnerUp?: { genres: Genre[]; higher: string; lower: string; notPolicy: string; general: boolean; minShare?: number } | null;
  // ---- A second law article carried by another paragraph, session 53 (helper link3; ingest/link/paragraph-second.ts) ----
  /** A lower unit of these genres of several paragraphs (no role, group, frame or chapter citation) that links into a higher
   *  document keeps, as a partial link, each distinct paragraph's own best article of that document (by the share of the
   *  paragraph's bigrams found in it, at least `min` and `margin` over the paragraph's second best; the pair scoring at least
   *  `minScore`) when it is not the article's first link: a paragraph of at least `minBigrams` bigrams that does not open
   *  with `back` (前款, 本条, 上述 …) and, by `distinct`, has its own opening subject ('subject') or its own subject or verb
   *  ('either': the text before the first of `verbs`, or that marker and the two characters after it, differs from the first
   *  paragraph's). Unlike extraLinksByParagraph (a filter on the widening), it adds a candidate the widening left out.
   *  Session 54 (helper link3): `reach`, the neighbour guard: the link is kept only when at most `reach.max` other articles
   *  of the lower document score that higher article from `reach.min` (by the pair's text score, implements.ts pairText);
   *  `plainActor`: a paragraph whose opening subject holds a comma (a clause before the actor) is not distinct.
   *  null: off. Provenance: DEFAULT_LINK_OPTIONS. */
  paragraphSecond?: { genres: Genre[]; back: string; verbs: string; distinct: 'subject' | 'either' | 'none'; min: number; margin: number; minBigrams: number; minScore: number; reach?: { min: number; max: number }; plainActor?: boolean } | null;
  // ---- A list on both sides, matched item to item, session 50 (helper link; ingest/link/list-pair.ts) ----
  /** A lower unit of these genres (no role, group or frame) with an enumeration (、-joined items): each item not naming an
   *  actor (`actors`, its end) keeps the article of a higher document the lower unit is compared with that its own terms
   *  name (its bigrams in at most `maxDf` of the higher document's articles and at most `lowerDf` of the lower document's,
   *  1/df votes, best ≥ `min` and beating the second by `margin`), a partial link beside the article's links
   *  (`orphanOnly`: only for a lower unit no other rule links). `higherList`: the article named holds the item's term in
   *  a list of its own. `maxLength`: longer items (a clause the enumeration's cut left whole) are not read. `lead`: an enumeration is
   *  read only when its clause's first segment holds one of these verbs (a list of fields or measures). null: off.
   *  Provenance: DEFAULT_LINK_OPTIONS. */
  listPairs?: { genres: Genre[]; heads: string[]; actors: string; maxDf: number; lowerDf: number; min: number; margin: number; higherList?: boolean; orphanOnly?: boolean; maxLength?: number; lead?: string } | null;
  // ---- A lower list of rights or duties, each item a higher one-duty article, session 51 (helper link3; ingest/link/rights-list.ts) ----
  /** A lower unit of these genres (no role, group or frame) whose first paragraph is a list lead of rights or duties
   *  (`lead`: 享有下列权利：, 履行下列义务：, 履行以下职责：, 做好下列工作：) and whose items are （一）…: each item (a `catchAll`
   *  item left out) keeps the higher article holding the largest IDF-weighted share of its bigrams (IDF over the higher
   *  document's articles; its first chapter never named) when the share reaches `min` and beats the second by `margin`;
   *  the list keeps them only when at least `minItems` items name distinct articles. Partial links beside the article's
   *  own links and, for a lower unit no other rule links, alone. `skip`: higher articles never named (a body's own list of
   *  functions). `absent`: the item's bigrams the higher document never uses count in the share's denominator. null:
   *  off. Provenance: DEFAULT_LINK_OPTIONS. */
  /** (`penaltySkip`, session 52 helper link2: the higher document's penalty articles are never named by an item; absent: they
   *  may be, and the group rule then refuses the link.) */
  rightsDutyLists?: { genres: Genre[]; lead: string; catchAll: string; min: number; margin: number; minItems: number; skip?: string; absent?: boolean; penaltySkip?: boolean } | null;
  /** Session 52 (helper link2): a lower penalty article of these genres that sets an administrative penalty of its own
   *  (`sanction`) meets a higher penalty article only through the conduct it punishes or the duty article it names
   *  (ingest/link/penalty-duty.ts): conduct shares under `min` both ways and the named duty article's share under `duty`
   *  refuse the pair before it is aligned (a pair options.penaltyConduct keeps, or a cited chapter's article, is not refused).
   *  Provenance: the link gold of volunteer and safety ("a liability article's core is its conduct") and of fire,
   *  statistics, techtransfer, tourism (every gold penalty-to-penalty pair names the conduct or its duty); figures at
   *  PENALTY_DUTY_MEASURED. null: off. On since session 52. `actor` (session 59, helper precision3, on: PENALTY_DUTY_ACTOR):
   *  a lower conduct naming its actor by an actor phrase (CONDUCT_ACTOR_PHRASE) is read by its act, also unnamed (penalty-duty.ts).
   *  `daily` (session 60, helper precision4, measured, off: PENALTY_DUTY_DAILY; a pattern, PENALTY_DAILY_FINE): a pair of which
   *  exactly one article names the continuing daily fine (按日连续处罚) is refused, conduct or not (penalty-duty.ts dailyMeets);
   *  absent: not read. `notConduct` (session 59 helper precision2, measured off; session 60 helper precision4, on:
   *  PENALTY_DUTY_SIZED, CONDUCT_SIZE_PARTS): the sanction's size parts blanked from both conducts (penalty-duty.ts).
   *  `bothNamed` (session 61, helper procedure; a share): when both articles name the duty articles they punish, a lower named
   *  article carrying that share of a sentence of a higher named article meets the pair (penalty-duty.ts); absent: not read.
   *  `unsanctioned` and `ranges` (session 63, helper penalty7; PENALTY_DUTY_UNSANCTIONED, PENALTY_DUTY_RANGES, PENALTY_DUTY_63):
   *  a higher article setting no administrative penalty is read for an unnamed lower article too (the conduct decides); fines
   *  in yuan whose ranges do not overlap refuse the pair (fine-range.ts). Absent: not read. */
  penaltyDuty?: { genres: Genre[]; sanction: string; min: number; duty: number; minOwn: number; common: number; minShared: number; namedOnly?: boolean; discipline?: { form: string; bodies: string }; notConduct?: string; actor?: { phrase: string; parts?: string }; daily?: string; bothNamed?: number; unsanctioned?: boolean; ranges?: boolean } | null;
  /** Session 53 (helper link2, issue 13): an article every sentence of which hands its conduct to the liability other laws set
   *  (违反本条例规定的行为，法律、行政法规已经规定法律责任的，适用其规定; 旅游经营者…违反…的规定，法律、法规有处罚规定的，从其规定;
   *  …违反本条例第四十一条规定的，按照有关法律、法规的规定处理) has the role `referral` (links nothing, roleLinks.none), beside
   *  articleRoles' two referral forms (ingest/link/referral-forms.ts). Provenance: the false links of the safety, techtransfer
   *  and tourism families (REFERRAL_FORMS_MEASURED, figures in docs/history/links.md, session 53 helper link2). */
  referralForms?: ReferralForms | null;
  // ---- Legal rank within a level, session 36 (lead; rules.ts) ----
  /** A link between two documents of one level (an implementing regulation and its law: rules.ts, legal rank) is kept
   *  only when its score reaches `minScore` or the lower measure cites the higher article by number. The two texts share
   *  their whole field's wording, so a detailed article meets many articles of the law. Provenance: DEFAULT_LINK_OPTIONS.
   *  `named` (session 38): a link is kept under `minScore` too when the lower measure names the higher document (its title
   *  without 中华人民共和国: the short name a 实施条例 declares for its law) other than before an article number
   *  (basis.ts namesDocument: 个人所得税法所称…是指…, 个人所得税法规定的各项个人所得的范围): it says itself which document
   *  it carries out, as a citation by number does; the score still chooses the article. `namedExcept` (session 40): a
   *  lower measure matching it (a glossary article, 著作权法和本条例中下列用语的含义：…) names the law for every term it
   *  lists, not for the higher article the score finds: it is kept under `minScore` only as any other article.
   *  `top` (session 59, same-level-top.ts): a lower article left with no link into the higher document keeps the best
   *  of the links the cut removed whose higher article lies between the links of the nearest lower articles before and
   *  after it that keep one (widened by top.slack), scored from top.min: the 实施条例 follows its law's order. null or
   *  absent: off. */
  sameLevel: { minScore: number; named?: boolean; namedExcept?: string; top?: SameLevelTopRule | null };
  /** Whether an article cited by number makes a link when the higher text is a later revision than the one in force at
   *  the lower document's date (rules.ts laterVersion): a revision renumbers articles, so the number may name another
   *  article of the current text. false: such a citation adds nothing; the pair is scored as any other. */
  citedLaterVersion: boolean;
  /** Session 60 (lead): with `citedLaterVersion` false, a citation of a later revision's article still counts when the
   *  citing and the cited article share at least this many content words (index.ts sharedWords): an amendment (修正) keeps
   *  the numbers and the words (劳动合同法实施条例 2008 citing 劳动合同法第八十二条 of the 2012 text: 支付, 工资, 劳动者), a
   *  revision that renumbered leaves the number on another provision (session 36: 5 of 6 wrong such links shared no
   *  wording). Absent: such a citation adds nothing. */
  citedLaterShared?: number;
  /** Whether an article cited only by a later paragraph or an item (个人所得税法第四条第一款第二项, 第十条第二款) makes a
   *  partial link instead of a strong one, unless the pair is also cited whole (cite-links.ts withCitations). */
  citedParts: boolean;
  /** Session 61 (helper ministry3, issue 13): a text the lower document cites once in 《》 is often named again by its
   *  title without the marks, or without 中华人民共和国 (…依照食品安全法第一百三十三条第一款的规定进行处理): read as a citation of
   *  the articles after it, as a declared short name is (cite.ts articleCitations, bareNames). Provenance: see
   *  DEFAULT_LINK_OPTIONS (on since session 61). Absent or false: only 《》 titles and declared short names are read. */
  citedBareTitles?: boolean;
  /** Session 61 (helper grounds, issue 13): the forms of a citation that names articles without carrying them out — the
   *  articles disapplied (商标法和本条例下列条款的规定不适用于办理商标国际注册相关事宜：(一)商标法第二十八条…) and the articles
   *  named as the grounds of a procedure (以违反商标法第十三条…规定为由提出异议的; 发现申请注册的商标有违反商标法第十条…规定情形):
   *  such a citation makes no link (cite.ts uncarriedForm). Provenance: UNCARRIED_CITATIONS. Absent or null: every citation by
   *  number carries the articles it names. */
  citedUncarried?: UncarriedForms | null;
  /** Session 61 (helper grounds, issue 13): a chapter whose first article cites by number exactly one article of a higher
   *  text, an article leaving its details to another text (具体办法由国务院规定), sets out that article: its later articles
   *  linking nothing in that text link weak to it (chapter-article.ts; coverage's replay runs it too). Provenance:
   *  CHAPTER_ARTICLE. Absent or null: off. */
  chapterArticle?: ChapterArticleRule | null;
  /** Session 62 (helper implrules, issue 13): an article whose provision applies the articles it cites (…的，用人单位应当依照
   *  劳动合同法第四十七条的规定向劳动者支付经济补偿; …依照…第四十八条的规定执行) or defines a term of them (劳动合同法第十四条第二款
   *  规定的连续工作满10年的起始时间，应当自…计算), one sentence and one paragraph (or one lead-in over its list), carries in that text
   *  the cited articles only: its other candidates there are refused before any score ('cited-only'; cited-form.ts
   *  citedOnlyForm, cite-links.ts citedPairs). A citation as a condition of another provision (…依照…第三十八条的规定解除劳动合同
   *  的，不属于…), beside another (，并…; a second sentence) or in a modifier (…依照…规定作出…决定的复审案件，应当…) restricts nothing.
   *  Refused candidates are never recorded, so coverage's replay needs nothing of its own. Provenance: CITED_ONLY_62.
   *  Absent or null: off. */
  citedOnly?: CitedOnlyForms | null;
}

/** Session 61 (helper grounds, issue 13): options.citedUncarried's forms. Read over every citation by number of the
 *  development link sets (fresh ingests, h61g-base: 125 cited links, 13 false): a clause or a list lead-in saying the cited
 *  provisions do not apply (不适用/不再适用) holds one citing article of the development texts (商标法实施条例 第五十条: 3 false
 *  links, 0 gold); the forms 除《…》第X条规定的…外 (legalaid 第五条, 第十二条; labour 第二十三条) add to the cited article and are
 *  strong gold, so 除…外 is no disapplying form. A violation named as a ground or case (以违反…规定为由, 有违反…规定情形) holds
 *  two citing articles (商标法实施条例 第二十四条, 第五十二条: 4 false links, 0 gold); the sanction form 违反…第X条规定的，由…
 *  (the sanction of an unsanctioned duty, weak gold) and 有…第X条规定的…情形 without 违反 (trademark 第六十五条, 第六十六条;
 *  leave 第八条; foodcheck 第五十一条) are left as they are. */
/** Session 61 (helper grounds, issue 13): options.chapterArticle's delegation — the cited article leaves its 具体办法 (具体
 *  规定, 实施办法, 管理办法) to another issuer (由国务院规定, 由国务院有关部门制定). Read over the development link sets (h61g-base):
 *  four chapters open with an article citing exactly one higher article (archives 第二章 → 第八条: 2 of its 6 later articles gold
 *  links to it; labour 第四章 → 第六十七条: 0 of 4; trademark 第五章 → 第二十一条: 12 of 16; trademark 第八章 → 第五十七条: 1 of 7): the
 *  one chapter whose cited article delegates (商标法 第二十一条 …具体办法由国务院规定) holds 12 of the 15; the others state a duty
 *  or a list. */
export const CHAPTER_ARTICLE: ChapterArticleRule = {
  delegation: '(?:具体|实施|管理)(?:办法|规定|措施)[^。；]{0,4}由[^。；]{1,20}(?:规定|制定)',
};

/** Session 62 (helper implrules, issue 13): options.citedOnly's forms (cited-form.ts CITED_ONLY_FORMS). Tabulated on the
 *  development link sets (fresh ingests, tag h62ir-base; tests/eval/session62-cited-only.ts): of the lower articles citing a
 *  higher text by number, the 10 in the referral form and the 8 in the definition form hold 0 gold and 9 false uncited
 *  links into the cited text (labour 第二十二条 → 第十二条, 第十五条; 第二十九条 → 第六条, 第六十四条; 第三十一条, 第三十二条 →
 *  第六十五条; 第九条 → 第十条; foodcheck 第四十九条 → 第一百二十八条; cosmetics 第六十四条 → 第二十九条); the 71 other citing
 *  articles hold 10 gold and 8 false (浙江国防 第二十七条 符合…第二十八条规定条件的下列场所 → 第二十三条, 第二十九条; charity 第七条
 *  …规定的条件，并向…申请登记 → 第十条; archives 第十九条, 第四十条; labour 第二十六条, 第十一条 …). The lead's reading of
 *  session 61 (a citation as a condition carries nothing) does not hold on the gold: of the 114 citation-made links, 112 are
 *  gold, the condition forms among them (labour 第二十条, 第二十五条 strong; trademark 第三条, 第二十九条 strong). */
export const CITED_ONLY_62: CitedOnlyForms = CITED_ONLY_FORMS;

export const UNCARRIED_CITATIONS: UncarriedForms = {
  disappliedAfter: '^[^，]{0,40}?(?:规定|条款)?(?:均|也|亦)?不(?:再|予)?适用',
  disappliedLeadIn: '下列[^：]{0,20}(?:规定|条款)[^：]{0,6}不(?:再|予)?适用',
  groundsBefore: '(?:以|有|存在)违反$',
  groundsAfter: '规定的?(?:情形|为由)',
};

/** The classes of a paraphrase lexicon file (one class per line, words separated by |, # comments): recall-classes.ts's
 *  readClasses, one reader for every class file. */
export const readParaphrases = readClasses;

/** The classes of ingest/lexicon/term-classes.txt (session 47, options.termClasses). */
export const TERM_CLASSES = readParaphrases(new URL('../lexicon/term-classes.txt', import.meta.url));
/** Session 47 (helper link): options.termClasses as measured (docs/history/links.md, session 47). */
export const TERM_CLASSES_MEASURED = { genres: ['regulation'] as Genre[], classes: TERM_CLASSES, weight: 1 };

/** Session 57 (helper recall): options.recallClasses as measured (docs/history/links.md, session 57). */
export const RECALL_CLASSES_MEASURED = { classes: RECALL_CLASSES };

/** Session 48 (helper link): options.thesaurus as measured (docs/history/links.md, session 48). */
export const THESAURUS_MEASURED: ThesaurusOptions = { genres: ['regulation'], mode: 'soft', unseen: true, level: 7, weight: 1, minLength: 2, maxClasses: 1 };
/** Session 48 (helper link): the soft credit with `unseen` on the lower word only, weight 0.5: no dev set down, not scored held out. */
export const THESAURUS_LOWER_UNSEEN: ThesaurusOptions = { genres: ['regulation'], mode: 'soft', unseen: 'lower', level: 7, weight: 0.5, minLength: 2, maxClasses: 1 };

/** The rewrites of ingest/lexicon/drafting-rewrites.txt, every group (options.draftingRewrites takes some). */
export const DRAFTING_REWRITES = readRewrites(new URL('../lexicon/drafting-rewrites.txt', import.meta.url));
/** The rewrites of these groups of the lexicon, in file order. */
export function rewriteGroups(groups: string[]): DraftingRewrite[] {
  return DRAFTING_REWRITES.filter((r) => groups.includes(r.group));
}

// (The space the clean stage keeps after an article's label, session 38, is allowed.)
const NUM = '^第[一二三四五六七八九十百零〇]+条\\s*';
/** An article's own label at the start of its text (第七条, 第十条之一): options.bigramLabel when on. */
export const ARTICLE_LABEL = '^\\s*第[一二三四五六七八九十百零〇]+条(?:之[一二三四五六七八九十]+)?';
const SELF = '本(?:条例|实施办法|办法|法|规定|细则)';
/** Session 46 (helper link): a sentence that defines a term (本法所称X，是指…; X，是指…), for options.glossary.definitions. */
export const DEFINITIONS_SENTENCE = '所称|是指';
/** Session 46 (helper link): a restriction clause on another provision, the interests it must not harm: the proviso of a
 *  permission (在不涉及国家安全、不损害国家利益和社会公共利益的前提下) or a sentence restricting the paragraph before (前款规定的情况不得
 *  损害国家安全、国家利益、社会公共利益), for options.provisos. A prohibition addressed to an actor (中小企业…不得损害劳动者合法权益，
 *  不得损害社会公共利益: 中小企业促进法 第四条, a duty of its own) is no proviso. */
export const PROVISO = '在不(?:得)?(?:损害|危害|涉及|侵害|侵犯)[^，,。；;：:\\n]{0,60}?的前提下|(?:前款|前两款|上述|本条)[^，,。；;：:\\n]{0,12}?不(?:得|应|能)?(?:损害|危害|涉及|侵害|侵犯)[^，,。；;：:\\n]{0,40}?(?:国家|公共|集体|他人|合法)的?(?:安全|利益|权益)[^，,。；;：:\\n]*';

/** options.roleSaving as measured in session 45 (helper link2): the saving sentence of a scope article. */
export const ROLE_SAVING = '(?<=[。；;])(?:法律、(?:行政)?法规|法律、行政法规(?:和|或者)国务院(?:决定|规定))(?:对[^。；;]{0,30}?)?另有规定的[，,](?:从|依照|适用)其规定[。；;]?$';
/** Session 61 (helper precision5): options.roleSaving widened to every sentence after the first that only hands a subject to
 *  other laws — the scope article's saving in its other drafting forms: without the enumeration comma (法律法规另有规定的，适用
 *  其规定), with its own subject (政府采购的法律、法规对…另有规定的，从其规定), and the carve-out of a neighbouring field (进出境
 *  动物、动物产品的检疫，依照有关…法律、行政法规执行; 海洋污染防治依照有关法律、法规的规定执行; …还应当遵守《…》等法律法规的
 *  规定). A sentence naming 法律 | 法规 | 《…》 and ending in 从其规定 | 执行 | 规定 within a few words, as often as it occurs.
 *  Read on the development false links whose lower article the gold lists unlinked (tests/eval/session61-falselinks.ts:
 *  safety 山东, animal 山东, tendering 重庆, water 山东 and 广东 第二条, each linked to its law's 第二条; tests/gold/README.md: a
 *  scope article is not a link however specific). It only makes an article of a `single` role one sentence: the other
 *  single roles are anchored at the text's end, so it reads scope articles alone. ROLE_SAVING is session 45's form. */
export const ROLE_SAVING_61 = '(?<=[。；;])[^。；;]{0,60}?(?:法律|法规|《[^》]+》)[^。；;]{0,40}?(?:另有规定的[，,](?:从|依照|适用)其规定|执行|的?规定)(?:[。；;]|$)';
/** Session 61 (helper precision5): the basis role's pattern with two more drafting variants of the same sentence — the basis
 *  named as 和国家有关规定 (not only 和有关法律、法规) and the province as 我省 (结合我省实际情况): wildlife 河南 第一条 (根据《中华
 *  人民共和国野生动物保护法》…和国家有关规定，结合我省实际情况，制定本办法), unlinked in the gold as every basis article is. It
 *  came in with SCOPE_ROLE_61: once 河南 第二条 was a scope article, 河南 第一条 took a weak link to 野生动物保护法 第二条
 *  (0.083, a false link). On the development texts it reads that article alone. BASIS_ROLE_18 is the pattern before it. */
export const BASIS_ROLE_18 = `${NUM}(?:(?:为了?|根据|依照|依据)(?:贯彻)?(?:实施|执行)?《[^》]+》(?:（[^）]*）)?(?:和(?:国家)?有关法律、(?:行政)?法规)?(?:的(?:有关)?规定)?[，,])+(?:结合本(?:省|市|自治区)(?:的)?实际(?:情况)?[，,])?(?:制定|制订)${SELF}。?$`;
export const BASIS_ROLE_61 = `${NUM}(?:(?:为了?|根据|依照|依据)(?:贯彻)?(?:实施|执行)?《[^》]+》(?:（[^）]*）)?(?:和(?:国家)?有关(?:法律、(?:行政)?法规|规定))?(?:的(?:有关)?规定)?[，,])+(?:结合(?:本|我)(?:省|市|自治区)(?:的)?实际(?:情况)?[，,])?(?:制定|制订)${SELF}。?$`;
/** Session 61 (helper precision5): the scope role's pattern with the form that says who must obey the text (在本省行政区域内
 *  勘查、开采矿产资源，必须遵守本条例: mineral 浙江 第二条, as 矿产资源法 第二条 必须遵守本法; wildlife 河南 第二条), beside
 *  适用本条例. SCOPE_ROLE_45 is the pattern before it (session 45, helper link2). */
export const SCOPE_ROLE_45 = `${NUM}(?:${SELF}适用于|(?:在|凡在)?本(?:省|市|自治区|县|区)?.{0,60}?适用${SELF})`;
export const SCOPE_ROLE_61 = `${NUM}(?:${SELF}适用于|(?:在|凡在)?本(?:省|市|自治区|县|区)?.{0,60}?(?:适用|必须遵守)${SELF})`;

/** options.generalLiability.strength (session 46, helper verdict; measured, left off): the criminal and civil boilerplate a
 *  penalty article ends in, read out before its referral is looked for, and the sanctions of a person's post, which are an
 *  article's own sanction. */
export const GENERAL_LIABILITY_TAIL = '[^，,。；;]*构成犯罪的[，,]依法追究刑事责任|[^，,。；;]*依法承担(?:民事|赔偿)?(?:赔偿)?责任';
export const GENERAL_LIABILITY_POST = '解聘|开除|辞退|撤职|降级|记过|降低岗位等级';

/** `sideParagraph` as measured in session 27 (left off: see DEFAULT_LINK_OPTIONS.sideParagraph). */
/** `thinSubstance` as measured in session 40 (left off: see DEFAULT_LINK_OPTIONS.thinSubstance). */
export const THIN_SUBSTANCE_MEASURED = { genres: ['regulation'] as Genre[], cover: 0.3, inFirst: 0.3, duty: '应当|必须|不得|负责|禁止|有权|可以|依法|给予|处以|责令|鼓励|支持|保障' };
/** The parts reader's lexicon of Chinese legal drafting (ingest/link/parts.ts), session 42: the modal words that open a duty,
 *  those that are duty verbs themselves, the adverbs between a modal and its verb, the level prefixes of an actor
 *  (国务院 / 县级以上地方各级人民政府 / 省、自治区、直辖市 …: one actor one level down), the words that name no actor. */
export const MAIN_PARTS_RULE: PartsRule = {
  modal: '(?:应当|必须|不得|负责|可以|有权|有义务|禁止|鼓励|支持|主管|监督管理|领导)(?!部门|机关|机构|小组|人员|工作|人)',
  verbModal: '负责|禁止|鼓励|支持|主管|监督管理|领导',
  adverbs: '依法|及时|积极|认真|严格|切实|主动|如实|自觉|共同|统一|逐步|优先',
  levels: '^(?:中华人民共和国|国家(?!机关|工作人员)(?=[\\u4e00-\\u9fff]{2})|国务院(?=[\\u4e00-\\u9fff])|省、自治区、直辖市|省级|设区的市级?|县级以上|县级|地方|各级|人民政府(?=[\\u4e00-\\u9fff])|本省|本市|省|市|县|区|乡、镇|乡镇|的)+',
  noActor: '国家|国务院|各级|任何|其他',
  conjunctions: '、|和|及其|以及|及|或者|与',
  actorEnd: '对|在|就|根据|按照|依照|向|为|于|收到|会同',
  actorShare: 0.5,
  adverbial: '^(?:在|对|按照|依照|根据|依法|为了?|除|经|但是|认为|并)|的$',
  anyone: '^(?:任何|一切)',
  condition: '^(?:[^，]*的，|在[^，]*[时中后前]，|对[^，]*，|依照[^，]*，|根据[^，]*，|按照[^，]*，)+',
};
export const MAIN_PARTS_MEASURED = { genres: ['regulation'] as Genre[], object: 0.2, rule: MAIN_PARTS_RULE };
/** The actor-counterpart lexicon (session 43): ingest/lexicon/actor-counterparts.txt with the standard short forms of
 *  ingest/lexicon/short-forms.txt (long form = short form). */
export const ACTOR_COUNTERPARTS: [string, string[]][] = [
  ...readCounterparts(readFileSync(new URL('../lexicon/actor-counterparts.txt', import.meta.url), 'utf8')),
  ...readCounterparts(
    readFileSync(new URL('../lexicon/short-forms.txt', import.meta.url), 'utf8')
      .split('\n')
      .map((l) => l.replace(/#.*/, '').replace('|', '='))
      .join('\n'),
  ),
];
/** Session 43: the parts-minority rule alone (the session-42 actor/object test left out), as measured. */
export const MAIN_PARTS_MINORITY = { genres: ['regulation'] as Genre[], object: null, rule: MAIN_PARTS_RULE, minority: { parts: 4, under: 0.2 }, counterparts: ACTOR_COUNTERPARTS };
/** Session 44: the part-heads lexicon (ingest/lexicon/part-heads.txt): verb classes and head-noun classes. */
export const PART_HEADS: PartHeads = readPartHeads(readFileSync(new URL('../lexicon/part-heads.txt', import.meta.url), 'utf8'));
/** Session 44: the minority rule on the reread parts, carried by bigrams (MAIN_PARTS_REREAD) or also by heads
 *  (MAIN_PARTS_HEADS), as measured. */
export const MAIN_PARTS_REREAD = { genres: ['regulation'] as Genre[], object: null, rule: MAIN_PARTS_RULE, reread: { parts: 4, under: 0.25, heads: null } };
export const MAIN_PARTS_HEADS = { genres: ['regulation'] as Genre[], object: null, rule: MAIN_PARTS_RULE, reread: { parts: 5, under: 0.5, heads: PART_HEADS } };
/** Session 55 (helper verdict): the three readings of the clause-part reader (clause-parts.ts ClauseReading), drafting
 *  patterns of the laws' main provisions: a duty after ； with no modal of its own continued from the modal before it
 *  (乡村振兴促进法 第十九条 / 第四十九条 / 第五十九条, 消防法 第三十八条), not when the segment opens with a condition
 *  (…的， / …后， / …时，: 构成犯罪的，依法追究…) or an actor of its own (…人民政府 / 部门 / 机构 / 机关 / 单位 / 组织 before
 *  its first comma, 县级以上人民政府有关部门依照…做好); a passive 应当由…作出 read with the actor after 由 (精神卫生法
 *  第二十九条, 消防法 第五十五条, 献血法 第十条); an actor list closed by 等 and a class noun read as the class (志愿服务条例
 *  第三十五条's 广播、电视、报刊、网络等媒体, 国防教育法 第二十二条's 等部门和单位). */
export const CLAUSE_READING: ClauseReading = {
  continued: '^(?:(?:[^，,]*[，,])*?[^，,]*(?:的|后|时)[，,]|[^，,]{0,14}?(?:人民政府|部门|机构|机关|单位|组织)(?![\\u4e00-\\u9fff]{0,2}[，,]))',
  passiveTails: '人民政府|政府|部门|机构|机关|组织|单位|委员会|法院|检察院|医师|人员|人',
  lightVerbs: '作出|做出|进行|负责|决定|实施|办理|担任|承担|审批|批准',
  dengClass: true,
};
/** Session 56 (helper verdict): session 55's readings with five more drafting patterns of the laws' main provisions
 *  (clause-parts.ts ClauseReading's optional fields; a snapshot recording session 55's reading has none and replays as it
 *  did): 国家 followed by 机关 / 工作人员 / 机构 is no state opener (国防教育法 第二十五条 / 第三十三条); adverbs of manner and a
 *  会同… partner between a modal and its verb (消防法 第五十五条 书面报告, 安全生产法 第八十一条 定期组织, 第八十三条 立即报告,
 *  公共图书馆法 第二十八条 妥善保存, 山东省志愿服务条例 第三十五条 会同…建立); a manner clause 根据… / 结合… before the clause
 *  of the duty (国防教育法 第十八条 / 第三十二条, 公共文化服务保障法 第二十八条); a relative clause naming an actor by its duty
 *  or its trade, 负有…职责的 / 承担…职责的 / 从事…活动的, one unit of the actor (安全生产法 第六十九条 / 第七十二条 / 第七十三条 /
 *  第七十八条, 动物防疫法 第三十一条 / 第五十七条); a count of persons after 由 no passive actor (城市居民委员会组织法 第八条
 *  代表二至三人). 136 of the 1,096 dev main provisions the links reach read otherwise (docs/history/links.md, session 56). */
export const CLAUSE_READING_56: ClauseReading = {
  ...CLAUSE_READING,
  stateNot: '机关|工作人员|机构',
  beforeVerb: '书面|定期|立即|尽快|按时|随时|迅速|提前|相互|互相|分别|充分|合理|妥善|广泛|持续|单独|重点|无偿|免费|自行|因地制宜|会同[^，,]{0,20}?(?:部门|机构|机关|单位|组织)',
  coverbs: '根据|结合|针对|围绕|按(?!期)',
  unit: '(?:从事|负有|承担|履行)[^，,；;。：:]{0,40}?(?:活动|职责|工作|业务|义务)的',
  numberTail: '[零一二三四五六七八九十百千两]+(?:[至到或][零一二三四五六七八九十百千两]+)?(?:人|名)',
};
/** Session 57 (helper verdict): session 56's readings with the two patterns session 56 left (clause-parts.ts ClauseReading's
 *  `coverbPhrase` and `timeClause`; a snapshot recording session 56's reading has neither and replays as it did): a duty
 *  clause opening with a coverb phrase, the duty's verb the first verb of the field closing it within twelve characters
 *  (慈善法 第七十三条 应当定期向社会公开…情况, 安全生产法 第八十四条 应当立即按照国家有关规定上报…, 国防教育法 第二十一条 结合…，对居民、村民进行国防教育, 第十四条 / 第十九条
 *  应当将…纳入 / 列入…), the duty after the light verbs 进行 / 予以 / 给予 named by its verbal noun alone (教师法 第十九条
 *  对教师进行…培训: a lower article naming 培训 names it), and no 为… clause after an encouragement read as a duty (促进科技
 *  成果转化法 第三十条 鼓励创办科技中介服务机构，为技术交易提供…服务: the intermediaries' service); a time clause …接到 / 收到 / 发现…后 / 时 holding the actor before the modal (安全生产法 第八十四条 /
 *  第八十五条 负有…职责的部门接到事故报告后，应当…). Figures: docs/history/links.md, session 57 (helper verdict). */
export const CLAUSE_READING_57: ClauseReading = {
  ...CLAUSE_READING_56,
  coverbPhrase: {
    open: '对|向|为(?!了)|将|把|与|同|给|按照|依照',
    verbs: '进行|开展|实施|实行|提供|公开|公布|发布|报告|报送|上报|通报|给予|予以|纳入|列入|签订|采取|提出|作出|做出|支付|发放|告知|通知|移送|移交|备案|登记|收取',
    reach: 12,
    light: '进行|予以|给予',
    encouraged: { verbs: '鼓励|支持|引导|倡导', open: '为' },
  },
  timeClause: '接到|收到|发现|获悉|得知|知悉',
};
/** Session 54 (helper verdict): the clause-part pass as measured on the dev snapshots (tests/eval/session53-verdict.ts
 *  --only T, tag h54v-base, 2,073 of 2,779 dev regulation rows right): duties, this lower article naming under ⅔ of 2+
 *  duties, another linked lower article of the row naming 1+ it does not, the link under 0.25: S/W/N turned 2 / 27 / 25,
 *  +6 rows, no set down (charity, statistics, techtransfer +1, safety +2, animal +1; rural +2 −2); under 0.3 +3 with 3 sets
 *  down, under ½ named +4. Fresh ingests and the held-out totals: DEFAULT_LINK_OPTIONS.clauseParts and docs/history/links.md,
 *  session 54 (helper verdict). */
export const CLAUSE_PARTS_MEASURED: ClausePartsPass = {
  genres: ['regulation'],
  kinds: 'duties',
  scope: 'here',
  n: 2,
  under: 0.67,
  elsewhere: 1,
  maxScore: 0.25,
  parts: MAIN_PARTS_RULE,
  counterparts: ACTOR_COUNTERPARTS,
  heads: PART_HEADS,
  paraphrases: readParaphrases(new URL('../lexicon/paraphrases.txt', import.meta.url)),
};
/** Session 55 (helper link3): the taken-article guard as chosen on the dev sets' false links (docs/history/links.md, session 55
 *  helper link3; scratch table over the 24 dev link sets' snapshots, tag h55l3-base): of the 407 links that are not their
 *  lower article's best into the law, those under 0.16 whose law article is another lower article's best at 4× the score,
 *  the provinces' own law articles left out (省、自治区、直辖市, the level a provincial regulation carries in several
 *  articles): 0 gold, 10 false (ratio 3: 2 gold, 14 false, rural and library down; under 0.2: safety down). */
export const TAKEN_ARTICLE_MEASURED: TakenArticleRule = { genres: ['regulation'], max: 0.16, ratio: 4, exempt: '省、自治区、直辖市' };
/** Session 55 (helper verdict): the session-54 pass with the reader's three readings (CLAUSE_READING); the rule's
 *  setting unchanged. On the h55v-off snapshots (tests/eval/session53-verdict.ts --only T54,U) it turns the same 54 links
 *  as the session-54 reader (S/W/N 2 / 27 / 25, +6, no set down): the fixes change 42 of the 1,048 dev main provisions'
 *  parts and none of the links the rule turns; fresh ingests identical, held out unchanged (1,431 of 1,958). Figures:
 *  docs/history/links.md, session 55 (helper verdict). */
export const CLAUSE_PARTS_READ: ClausePartsPass = { ...CLAUSE_PARTS_MEASURED, reading: CLAUSE_READING };
/** Session 56 (helper link3): the unnamed-second guard as chosen on the dev sets (docs/history/links.md, session 56 helper
 *  link3; the calibration's replay over the 25 dev link sets' snapshots, tag h56l3-base): a second link under 0.25 of a
 *  one-paragraph lower article naming none of its law article's main-provision parts and two or more of its best link's:
 *  FP -4, TP unchanged, verdicts +2, no set down, the middle of the plateau max 0.2-0.3 (0.16 with two paragraphs and one
 *  part: -4 / +3 but on an edge, 0.17 or three paragraphs lose rural or sme gold). */
export const UNNAMED_SECOND_MEASURED: UnnamedSecondRule = {
  genres: ['regulation'],
  max: 0.25,
  paragraphs: 1,
  bestNamed: 2,
  lexicon: { parts: CLAUSE_PARTS_READ.parts, counterparts: CLAUSE_PARTS_READ.counterparts, heads: CLAUSE_PARTS_READ.heads, paraphrases: CLAUSE_PARTS_READ.paraphrases, reading: CLAUSE_PARTS_READ.reading },
};
/** Session 57 (helper sibling): the sibling guard as chosen on the dev sets (docs/history/links.md, session 57 helper
 *  sibling; the session's table over the 26 dev link sets' snapshots, then the calibration's replay, tag h57s-base): a
 *  second link under 0.15 whose lower article's close siblings (bigram cosine 0.5 or more) do not link its law article:
 *  FP -9, TP unchanged, verdicts +3, no set down; similarity 0.5-0.6 none down (0.55: -6, 0.6: -3), 0.45 drops 14 false
 *  links but costs animal a verdict, under 0.16 loses teachers and techtransfer gold. */
export const SIBLING_SECOND_MEASURED: SiblingSecondRule = { genres: ['regulation'], max: 0.15, similarity: 0.5 };

/** Session 63 (helper precision6): options.secondAdds as read on the development sets' second links (docs/history/links.md,
 *  session 63 helper precision6): the non-first links into a law (not cited, not a penalty conduct pair) of the thirty-nine
 *  development link sets' base snapshots, read with each cut: the lower article cut at ，、 too (`parts`, from 4 bigrams),
 *  partial and under 0.3, no part held better by the link's article than by every better link's: 0 gold / 12 false (under
 *  1.0: 1 / 13; any verdict under 0.2: 1 / 13); cut at 。；: only (`sentences`), partial under 0.15: 5 gold / 22 false, three
 *  sets losing gold (the list of a law's systems in one sentence — 广东动物防疫 第十一条 — is one clause there). */
export const SECOND_ADDS_63: SecondAddsRule = { genres: ['regulation'], max: 0.3, partialOnly: true, cut: 'parts', minBigrams: 4, margin: 0 };
/** Session 63 (helper precision6): the sentence cut, measured and not carried (5 gold / 22 false on the table; three sets down). */
export const SECOND_ADDS_SENTENCES_63: SecondAddsRule = { genres: ['regulation'], max: 0.15, partialOnly: true, cut: 'sentences', minBigrams: 4, margin: 0 };
/** Session 59 (helper act): the act reading (ingest/link/acts.ts): the duty verbs of law drafting by class
 *  (ingest/lexicon/act-verbs.txt, the standing verbs of 职责 / 义务 / 罚则 clauses), the modals that govern a duty clause
 *  (clause-parts' modals with 应 / 须 / 严禁, 主管 / 领导 left out: they name an actor's remit, not an act), the state
 *  opener (clause-parts.ts STATE_OPENER with 省 / 市 / 县 人民政府) and the sanction sentence (remainder-sanctions.txt's
 *  formulas). Read by the session-59 table (tests/eval/session59-acts.ts) and the act-share grading (actShare below). */
export const ACT_READING: ActReading = {
  classes: readActVerbs(readFileSync(new URL('../lexicon/act-verbs.txt', import.meta.url), 'utf8')),
  modal: '(?:应当|必须|不得|禁止|严禁|负责|可以|有权|有义务|鼓励|支持|应|须)(?!的|部门|机关|机构|小组|人员|工作|人|用|急|该)',
  state: '^(?:国家|国务院|各级人民政府|县级以上(?:地方)?(?:各级)?人民政府|[省市县](?:级)?人民政府|本[省市县])(?=[\u4e00-\u9fff])',
  sanction: '罚款|处分|吊销|没收|拘留|追究.{0,6}责任|责令.{0,4}(?:改正|停止|停业)',
  actor: '部门|机构|机关|政府|单位|委员会|组织|企业|学校|协会|办事处',
};
/** Session 59 (helper grading2): who does an act (acts.ts actorOf), by the classes of subject of Chinese law drafting: a
 *  government (人民政府 / 国务院 / 国家), a department (部门 / 机关 / a 管理 / 行政 / 执法 / 统计 / 监督 body, a 委员会 or 办公室),
 *  the regulated unit (单位 / 企业 / 经营者 / 机构 / 组织 / 学校 …), a person (个人 / 公民 / 人员 / 负责人 …), everyone (任何单位和
 *  个人 / 单位和个人: read whole first). General classes of the 职责 and 义务 clauses, not words of one text. */
export const ACTOR_CLASSES: ActorClasses = {
  whole: [['everyone', '任何(?:单位|组织|人)|(?:单位|组织)(?:和|或者|、)个人|公民、法人(?:和|或者)其他组织']],
  heads: [
    ['department', '部门|机关|(?:管理|行政|执法|统计|监督|监察|审计|检察|救援|工作)机构|委员会|办公室|办事处'],
    ['government', '人民政府|国务院|国家|政府'],
    ['unit', '单位|企业|经营者|生产者|销售者|机构|组织|学校|幼儿园|医院|公司|场所|协会|学会|基金会|社会团体|团体|举办者|运营者|出租人|业主|中心'],
    ['person', '负责人|个人|公民|人员|居民|村民|职工|劳动者|教师|学生|律师|志愿者|患者|父母|监护人|妇女|老年人|未成年人|家庭|受助人|申请人'],
  ],
  end: '对|向|(?<!所)在(?!地)|按照|依照|依据|根据|通过|将|把|就|会同',
};
/** Session 63 (helper precision7): SECOND_ADDS_63 with the same-clause reading (second-adds.ts SecondSameClause), as read on
 *  the 599 second links of the thirty-nine development link sets' fresh ingests under session 63's defaults (tag
 *  h63p7-base; tests/eval/session63-seconds.ts; docs/history/links.md, session 63 helper precision7): a partial second
 *  link sharing no act with the lower article, resting on the lower article's clause the first link rests on, the first
 *  sharing an act: 2 gold / 12 false; or under 0.3 of the first's score: 0 gold / 8 false (both: 2 / 18). Fresh ingests of
 *  the forty development link sets against h63p7-base (tests/eval/session63-seconds-grid.ts): actRatio 1 (any score with
 *  the first sharing an act): TP -2 FP -16 verdicts +4, rural and mineral down one gold link each (ratios 0.88, 0.97);
 *  actRatio 0 (the ratio only): TP = FP -8 verdicts +4, none down; actRatio 0.8: TP = FP -13 verdicts +5, none down. Held out, once (actRatio 0.8):
 *  TP/FP/FN 1,976/583/900 -> 1,973/578/903, micro F1 0.72714 -> 0.72711, verdicts +2: off by rule 5. */
export const SECOND_ADDS_CLAUSE_63: SecondAddsRule = { genres: ['regulation'], max: 0.3, partialOnly: true, cut: 'parts', minBigrams: 4, margin: 0, sameClause: { reading: ACT_READING, actors: ACTOR_CLASSES, ratio: 0.3, actRatio: 0.8 } };
/** Session 60 (helper objects): the object reading (ingest/link/objects.ts): what an article rules on, read by general
 *  drafting patterns — a definition (所称X，是指 / X，是指 / 以下简称X), a management act's object (对X实行 / 进行 / 实施 /
 *  加强 …), a procedure's object (X的审批 / 登记 / 备案 / 许可 …), and the object after a modal and a duty verb of the act
 *  lexicon (应当 / 不得 / 负责 / 可以 + 制定 / 建立 / 提供 … + X). The words a phrase is cut after (modals, coverbs, the
 *  document's self-reference) and the adverbs and generic tails dropped are those of 立法技术规范 drafting, not of one text.
 *  Read by tests/eval/session60-objects.ts (the class-E tally). */
export const OBJECT_READING: ObjectReading = (() => {
  const lead = '依法|及时|严格|统一|定期|按照规定|会同有关部门|擅自|积极|切实|协助|立即|如实|主动|共同|逐步|优先|进一步|着力|大力|统筹';
  // Verbs of a duty that are not in the act lexicon (加强…, 做好…, 履行…) and the coverbs a modal may be followed by (对 / 向 /
  // 在 …: a phrase the manage pattern reads, not a verb).
  const light = '加强|做好|完善|履行|保证|确保|落实';
  const coverb = '对|向|在|按照|依照|依据|根据|将|把|为|由|与|从|通过';
  const verbs = readActVerbs(readFileSync(new URL('../lexicon/act-verbs.txt', import.meta.url), 'utf8')).flatMap(([, vs]) => vs).sort((a, b) => b.length - a.length).join('|');
  return {
    patterns: [
      ['defined', '所称([^，。；：（）(),]{2,20}?)[，,]?(?:是指|指的是|指)'],
      ['defined', '(?:^|[。；])([^，。；：（）(),]{2,20}?)[，,]是指'],
      ['defined', '以下(?:简称|称)[“"]?([^）)”"，,]{2,20})'],
      ['manage', '对([^，。；：]{2,24}?)(?:实行|进行|实施|加强|依法|予以|给予|开展|作出|建立|采取)'],
      ['procedure', '([^，。；：、]{2,24}?)的(?:审批|登记|备案|许可|核准|认定|审核|审查|验收|评估|鉴定|监督检查|监督管理|申报|注册|核发|监测)'],
      ['modal', `(?:应当|必须|不得|禁止|严禁|负责|可以|有权|鼓励|支持)(?:${lead})*(?!${coverb})(?:${verbs}|${light}|[\u4e00-\u9fff]{2})([^，。；：]{2,24})`],
      ['state', `(?:国家|本市|本省|人民政府|主管部门)(?:${lead})*(?:${verbs}|${light})([^，。；：]{2,24})`],
      ['clause', `[，,](?:并|并且|同时)?(?:${lead})*(?:${verbs}|${light})([^，。；：]{2,24})`],
    ],
    cut: '对|向|将|把|为|在|按照|依照|依据|根据|由|从|应当|必须|不得|禁止|可以|负责|实行|进行|实施|加强|建立|健全|做好|本条例|本法|本办法|本规定|本细则|下列|所称|以下简称|以下称|组织|开展|提供|办理|申请|取得',
    lead: '依法|及时|严格|统一|各类|各种|有关|相关|其|该|本行政区域内|行政区域内|本市|本省|全市|全省|各级|相应的|必要的|一定的',
    tail: '等|工作|活动|事项|情况|有关|相关|制度|的',
    min: 2,
    max: 12,
  };
})();
/** The sanction formulas of ingest/lexicon/remainder-sanctions.txt (remainder-second.ts readSanctions). */
export const REMAINDER_SANCTIONS: string[] = readSanctions(readFileSync(new URL('../lexicon/remainder-sanctions.txt', import.meta.url), 'utf8'));
/** Session 58 (helper recall2): options.remainderSecond as measured: the dev-best setting with no dev set down (TP +3, FP 0);
 *  the held-out micro F1 falls by 0.0002 with it (one false link more), so the default is off (docs/history/links.md,
 *  session 58 helper recall2). */
export const REMAINDER_SECOND_MEASURED: RemainderSecondRule = { genres: ['regulation'], min: 0.09, unitShare: 0.6, unitFirst: 0.1, unitBigrams: 8, sanctions: REMAINDER_SANCTIONS };
/** Session 63 (helper recall6, issue 13): remainderSecond read by clauses (the lower article's paragraphs and items cut at
 *  。；：, `cut: 'sentences'`): a sentence of the lower article whose strict best article of the law is the candidate (share
 *  from 0.6), of which the first link's article holds at most 0.1, from 6 bigrams, admits that article from 0.09 (one a law).
 *  Recall5's class D (a second law article of a lower article already linked) is read by the gold per sentence; measured on
 *  the development link sets (docs/history/links.md, session 63 helper recall6). */
export const REMAINDER_CLAUSE_63: RemainderSecondRule = { ...REMAINDER_SECOND_MEASURED, unitBigrams: 6, cut: 'sentences' };
/** Session 63 (helper recall6): the drafting formulas REMAINDER_CLAUSE_63 leaves unread with `unread`: a delegation (具体办法由
 *  市人民政府制定 meets 具体办法由省人民政府制定 in any article that delegates: 聊城 道路交通安全条例 第六十二条 → 山东 办法 第九条,
 *  false) and a glossary's lead (本规定中下列用语的含义 → 本法中下列用语的含义: the glossary pairs are options.glossary's). */
export const REMAINDER_UNREAD_FORMULAS: string[] = ['具体(?:办法|实施办法|管理办法|规定)[^。；]{0,6}由[^。；]{0,30}(?:制定|规定)', '下列用语的含义'];
export const REMAINDER_CLAUSE_UNREAD_63: RemainderSecondRule = { ...REMAINDER_CLAUSE_63, unread: REMAINDER_UNREAD_FORMULAS };
/** Session 59 (helper recall3): options.unclaimedBest as measured (docs/history/links.md, session 59 helper recall3): the
 *  setting with the best development micro F1 and verdicts of those measured (min 0.10-0.12, margin 1-1.5); eight
 *  development sets fall by one false link each, so the default is off. */
/** Session 60 (helper seconds): options.clauseSecond as measured (docs/history/links.md, session 60 helper seconds): the
 *  setting of those measured with the fewest development sets down (one, water: two false links); the held-out verdicts
 *  fall by one with it, so the default is off. */
export const CLAUSE_SECOND_MEASURED: ClauseSecondRule = { genres: ['regulation'], min: 0.12, clauseBigrams: 4, reading: ACT_READING, later: true, sanctions: REMAINDER_SANCTIONS };
export const UNCLAIMED_BEST_MEASURED: UnclaimedBestRule = { genres: ['regulation'], min: 0.11, margin: 1.3, sanctions: REMAINDER_SANCTIONS };
/** Session 60 (helper objects): options.objectSwap as measured (docs/history/links.md, session 60 helper objects): the
 *  tally's setting (tests/eval/session60-objects.ts, the conjunction of session 59's helper neighbour with the object hold):
 *  candidates from 0.08 and 0.5 × the chosen, the next four, slack 1. */
export const OBJECT_SWAP_MEASURED: ObjectSwapRule = { genres: ['regulation'], min: 0.08, ratio: 0.5, next: 4, slack: 1, reading: OBJECT_READING, sanctions: REMAINDER_SANCTIONS };
/** Session 61 (helper recall4): options.objectHeads as tabulated (tests/eval/session61-heads.ts on fresh ingests of the
 *  thirty-four development link sets, tag h61r4-base; docs/history/links.md, session 61 helper recall4): a head of two
 *  characters or a class of termClasses' and recallClasses' rows (TERM_CLASSES_MEASURED, RECALL_CLASSES_MEASURED), the next
 *  four candidates from 0.08 and 0.7 × the chosen (fix / break / neither 3 / 0 / 5 on the 1,675 single uncited links; 0.85 ×
 *  2 / 0 / 4; 0.5 × 3 / 6 / 7). */
export const OBJECT_HEADS_MEASURED: ObjectHeadsRule = { genres: ['regulation'], min: 0.08, ratio: 0.7, next: 4, head: 2, classes: [...TERM_CLASSES, ...RECALL_CLASSES], reading: OBJECT_READING, sanctions: REMAINDER_SANCTIONS };
/** Session 59 (helper unclaimed): the guard read on the 36 links UNCLAIMED_BEST_MEASURED adds on the development link sets
 *  (tests/eval/session59-guard.ts; 19 gold, 17 not): a principle the law article does not state (2 false, 0 true), a
 *  procedure step the law article does not name (3 false, 1 true), a fund or budget word it does not name (3 false, 1
 *  true), encouragement or permission only against a law article's duty only (1 false, 0 true). Fresh ingests of the
 *  thirty-one dev link sets (session59-grid.ts 0.11 1.3, tag h59u-g3f against h59g2-on): TP +17 FP +7 (micro F1 0.7520 ->
 *  0.7548; unguarded +19/+15, 0.7542), verdicts +12 (unguarded +8); four sets still down (real, legalaid, sme verdicts,
 *  mineral; unguarded eight). Held out once, totals only: TP/FP/FN 1,492/456/680 -> 1,500/468/672, verdicts 2,143 -> 2,144
 *  of 2,938. Off by rule 5 (docs/history/links.md, session 59 helper unclaimed). */
export const UNCLAIMED_GUARD_READ: UnclaimedGuard = {
  principle: '原则|方针',
  procedures: '申请|审查|备案|批准|审批|登记|报送|公告|公布',
  funds: '资金|经费|预算|基金|财政',
  soft: '鼓励|支持|提倡|引导|扶持|可以',
  duty: '应当|必须|不得|禁止',
};
/** Session 59 (helper unclaimed): UNCLAIMED_BEST_MEASURED with the guard (UNCLAIMED_GUARD_READ). */
export const UNCLAIMED_BEST_GUARDED: UnclaimedBestRule = { ...UNCLAIMED_BEST_MEASURED, guard: UNCLAIMED_GUARD_READ };
/** Session 63 (helper recall5): UNCLAIMED_BEST_MEASURED (from 0.11, margin 1.3) with the law article linked by another lower
 *  document of the corpus (`sibling`) — the reading session 63's under-threshold table (tests/eval/session63-bands.ts on fresh
 *  ingests of the thirty-nine development link sets) found the most gold for: an unlinked lower article's best law candidate
 *  in 0.11–0.13, unclaimed in its own document, leading the next by 1.3 and linked by a sibling document, 9 gold / 9 not.
 *  Measured (links-grid against h63r5-base): dev TP +12, FP +12, verdicts +3, nine sets down; from 0.10, with `chapter`, or
 *  with margin 1.0 worse (docs/history/links.md, session 63 helper recall5); held out, once: TP/FP/FN 1,924/577/888 →
 *  1,928/585/884, verdicts 2,763 → 2,762 of 3,767. Off (rule 5). The reading is across lower
 *  documents: on, it would have to run after the link stage's parts merge (ingest/link/index.ts, as siblingSecond does),
 *  since each part sees only the links of its own lower documents. */
export const UNCLAIMED_SIBLING_MEASURED: UnclaimedBestRule = { ...UNCLAIMED_BEST_MEASURED, sibling: true };
/** Session 63 (helper recall5): UNCLAIMED_BEST_GUARDED (from 0.11, margin 1.3, session 59's guard) with the law article in
 *  the chapter a neighbouring lower article (±1 under the same parent) links into (`chapter`): a reading of the lower
 *  document alone, so exact in any part of the link stage. Measured (links-grid against h63r5-base): dev TP +9, FP +3, micro
 *  F1 0.7284 → 0.7297, verdicts +5, two sets down (legal aid: one false link, verdicts −1; sme: verdicts −1, F1 up); without
 *  the guard +10 / +6, five down; from 0.12 without it +5 / +3, three down (docs/history/links.md, session 63 helper recall5).
 *  Held out, once: TP/FP/FN 1,924/577/888 → 1,930/579/882, verdicts 2,763 → 2,768 of 3,767. Off (rule 5: two development
 *  sets down). */
export const UNCLAIMED_CHAPTER_MEASURED: UnclaimedBestRule = { ...UNCLAIMED_BEST_GUARDED, chapter: true };
/** Session 56 (helper verdict): the session-54 pass with session 56's reading (CLAUSE_READING_56), the default: on the
 *  h56v-off snapshots (tests/eval/session53-verdict.ts --only W56) S/W/N 3 / 29 / 27, +6, no set down, as session 55's reader;
 *  fresh ingests identical (2,244 of 3,027), held out identical (1,431 of 1,958). Figures: docs/history/links.md, session 56. */
export const CLAUSE_PARTS_READ56: ClausePartsPass = { ...CLAUSE_PARTS_MEASURED, reading: CLAUSE_READING_56 };
/** Session 57 (helper verdict): the session-54 pass with session 57's reading (CLAUSE_READING_57), the default: fresh
 *  ingests of the twenty-five dev link sets and the sample identical to session 56's reading (every TP/FP/FN, strong R and
 *  verdict, 2,383 of 3,198; tags h57v-base against h57v-cp), held out identical (twenty-one families: TP/FP/FN
 *  1,102/330/486, verdicts 1,578/2,150). Figures: docs/history/links.md, session 57 (helper verdict). */
export const CLAUSE_PARTS_READ57: ClausePartsPass = { ...CLAUSE_PARTS_MEASURED, reading: CLAUSE_READING_57 };
/** Session 58 (helper grading, issue 13): the higher article's duties shared out among the row's lower articles
 *  (ingest/link/units-carried.ts, ClausePartsPass.unitsSplit): units are the higher's first-paragraph list items when 2+,
 *  else its paragraphs; a unit of 6+ bigrams is carried at half its bigrams (plain share); 3+ units. Chosen on the dev
 *  replay (tests/eval/session58-grading.ts --rules --only Sq, tag h57v-m57, 2,535 of 3,402): S/W/N 1 / 14 / 7, +1
 *  (wildlife), no set down; the plateau 3+ / 4+ units at 0.5 / 0.6 all +1 none down, 2+ units at 0.6 +2 none down but at 0.5
 *  −0 with a set down, under 0.3 every setting loses. Fresh ingests and the held-out totals: docs/history/links.md, session
 *  58 (helper grading). */
export const UNITS_SPLIT_MEASURED = { n: 3, carried: 0.5, minBigrams: 6 };
/** Session 58 (helper grading): session 57's pass with the units-split reading (UNITS_SPLIT_MEASURED). */
export const CLAUSE_PARTS_READ58: ClausePartsPass = { ...CLAUSE_PARTS_READ57, unitsSplit: UNITS_SPLIT_MEASURED };
/** Session 59 (helper act): the act-share grading (acts.ts actsShort), measured and off: a strong link under the pass's
 *  maxScore (0.25) is partial when the law article reads 4+ acts and the lower article carries none. Replayed on the dev
 *  link sets (tests/eval/session59-acts.ts --rules, tag h59a-base: 2,696 verdicts of the regulation sets) on the reader as
 *  committed: +5 (S/W/N turned 5/12/7; statistics −1, animal −1); fresh ingests of every dev link set (tag h59a-on2 against
 *  h59a-base) 2,754 -> 2,759 of 3,674, the same two sets down, every link TP/FP/FN unchanged. 4+ under 0.2 / 0.3 / 0.4: +5 /
 *  +4 / +6, 1 / 4 / 3 sets down; 3+ under 0.25 +7 (4 down); 3+ with the lower reading an act +10 (4 down); 2+ +8 (8 down).
 *  An earlier reading (a verb of the lexicon written on after another verb of another class, or closing the clause, read
 *  as a verb: 组织编制保护规划 three acts) gave 4+ under 0.25 +9 with no set down: the gain rides on how many acts a long
 *  article reads, not on the acts carried, so it is off by rule 5 (docs/history/links.md, session 59 helper act). */
export const ACTS_SHORT_MEASURED: ActsShortRule = { n: 4, reading: ACT_READING };
/** Session 59 (helper act): session 58's pass with the act-share grading (ACTS_SHORT_MEASURED). */
export const CLAUSE_PARTS_READ59: ClausePartsPass = { ...CLAUSE_PARTS_READ58, actsShort: ACTS_SHORT_MEASURED };
/** Session 59 (helper grading2): the supervision grading (acts.ts supervisionOnly) as chosen on the dev link sets
 *  (tests/eval/session59-actors.ts --rules, tag h59g2-base, the thirty dev regulation sets, 2,774 verdicts): a strong link
 *  under the pass's maxScore (0.25) whose law article reads 2+ acts, one of a unit / person / everyone, none carried by the
 *  lower, which reads a government's or department's supervise act: S/W/N turned 0/4/1, +3 (civildefence, safety, water),
 *  no set down; 3+ acts +2, none down; under 0.2 +0; under 0.3 +2 with one set down (techtransfer); any act count +1 with
 *  two down. Fresh ingests and the held-out totals: docs/history/links.md, session 59 (helper grading2). */
export const ACTOR_SUPERVISION_MEASURED: ActorSupervisionRule = { n: 2, reading: ACT_READING, actors: ACTOR_CLASSES, public: ['government', 'department'], supervise: 'supervise' };
/** Session 59 (helper grading2): session 58's pass with the supervision grading (ACTOR_SUPERVISION_MEASURED). */
export const CLAUSE_PARTS_READ59S: ClausePartsPass = { ...CLAUSE_PARTS_READ58, actorSupervision: ACTOR_SUPERVISION_MEASURED };
/** Session 47 (helper verdict): the clause-coverage rule as chosen on the dev sets (tests/eval/session47-verdict.ts and
 *  the history). */
/** Session 48 (helper verdict): clauseCover.state as chosen on the dev sets (tests/eval/session48-verdict.ts and the
 *  history): a main provision of the state or a government itself, 4+ clauses, at most one carried and under 0.3 of their
 *  weight, the link under 0.3. The opener: 国家 not followed by 机关 / 工作人员 / a word of 1–3 characters and 的 (国家设立的…);
 *  国务院 not followed within 10 characters by 部门 / 机构; (地方)各级人民政府 and 县级以上(地方)人民政府 followed by 及其/和
 *  (有关)部门 or by no 部门 / 机构 / 机关 within 8 characters. */
/** Session 52 (helper verdict): `noneAnyScore` on (fresh ingests: mental 118 -> 119 beside `pair`, no dev set down; held out
 *  unchanged): 精神卫生法 第十二条's governments' duty met by 山东 第九条's rewards only, scored 0.57 by the shared second paragraph. */
export interface ClauseCoverState {
  opener: string;
  clauses: number;
  maxCarried: number;
  under: number;
  belowScore: number | null;
  /** Session 52 (helper verdict): at or above `belowScore` too when the lower article carries none of the clauses (and
   *  under `under` of their weight). Absent / false: off. */
  noneAnyScore?: boolean;
}
const GOVERNMENT_ITSELF = '(?=(?:及其|和)(?:有关)?(?:工作)?部门|(?![\\u4e00-\\u9fff]{0,8}?(?:部门|机构|机关)))';
export const CLAUSE_COVER_STATE: ClauseCoverState = {
  opener: `^(?:国家(?!机关|工作人员|[\\u4e00-\\u9fff]{1,3}的)|国务院(?![\\u4e00-\\u9fff]{0,10}?(?:部门|机构))|(?:地方)?各级人民政府${GOVERNMENT_ITSELF}|县级以上(?:地方)?(?:各级)?人民政府${GOVERNMENT_ITSELF})`,
  clauses: 4,
  maxCarried: 1,
  under: 0.3,
  belowScore: 0.3,
  noneAnyScore: true,
};
/** Session 52 (helper verdict): clauseCover.pair as measured (session 51's pair-median rule, tests/eval/session51-verdict.ts:
 *  median ≥ 0.30–0.32, 3+ clauses, none carried, share < 0.2 / 0.3: +5 dev verdicts on replay, no set down; built as a second
 *  pass, fresh ingests +5, held out +4: docs/history/links.md, session 52). */
export const CLAUSE_COVER_PAIR: PairMedianRule = { median: 0.3, clauses: 3, maxCarried: 0, under: 0.2 };
/** Session 62 (helper ministry4, issue 13): CLAUSE_COVER_PAIR with its median over the scored links only (`scored`): the
 *  default pair pass since session 62, so that the chapter carrier's score-0 links do not move a pair's median (measured alone:
 *  every development link set identical in every figure; with the carrier, cosmetics' verdicts 53 → 54 of 79 again). */
export const CLAUSE_COVER_PAIR_SCORED: PairMedianRule = { ...CLAUSE_COVER_PAIR, scored: true };
export const CLAUSE_COVER = { genres: ['regulation'] as Genre[], fine: true, main: true, carried: 0.5, minBigrams: 2, clauses: 4, maxCarried: 1, under: 0.2, belowScore: 0.25 as number | null, outscored: true, state: CLAUSE_COVER_STATE as ClauseCoverState | null, pair: CLAUSE_COVER_PAIR as PairMedianRule | null };
export const SIDE_PARAGRAPH_MEASURED = { genres: ['regulation'] as Genre[], main: 0.1, margin: 0.1 };

/** Session 41: options.partialFloor with `unit`, as measured (dev link sets TP +5 FP +2, held out TP +2 FP +6) and left
 *  off; the figures are beside DEFAULT_LINK_OPTIONS.partialFloor and in docs/history/links.md. */
export const PARTIAL_FLOOR_UNIT_MEASURED = { genres: ['regulation'] as Genre[], min: 0.08, ratio: 1, unit: { share: 0.4, minBigrams: 6 } };

/** Session 42: options.structurePrior as measured (tests/eval/links-grid.ts; docs/history/links.md, session 42). */
export const STRUCTURE_PRIOR_MEASURED = { genres: ['regulation'] as Genre[], min: 0.08, reach: 1, unit: { share: 0.2, minBigrams: 6 } };

/** Session 42: options.secondNeighbour as measured (tests/eval/links-grid.ts; docs/history/links.md, session 42). */
export const SECOND_NEIGHBOUR_MEASURED = { genres: ['regulation'] as Genre[], min: 0.13, unit: { share: 0.3, minBigrams: 6 } };

/** Session 51 (helper link2): options.penaltyArticles.sideCorrection as measured (dev mental +2 TP, held-out totals TP −1,
 *  verdicts −2: left off; docs/history/links.md, session 51 helper link2). */
export const SIDE_CORRECTION_MEASURED = '责令(?:限期)?改正';

/** Session 47 (helper link2): options.clausePair as measured (tests/eval/links-grid.ts; docs/history/links.md, session 47). */
export const CLAUSE_PAIR_MEASURED: NonNullable<LinkOptions['clausePair']> = { genres: ['regulation'], among: 'document', phrases: true, minBigrams: 5, min: 0.6, margin: 0.2, rare: 3, rareIdf: 2.5, mutual: true, plainOnly: true, minScore: 0.15 };

/** Session 49 (helper link): options.instrumentPairs as measured best (docs/history/links.md, session 49); left off. */
export const INSTRUMENT_PAIRS_MEASURED: NonNullable<LinkOptions['instrumentPairs']> = { genres: ['regulation'], minScore: 0.1, margin: 0.1, rare: 2, minField: 3, maxShare: 0.5 };

/** Session 48 (helper link2): options.listItemArticles as measured (docs/history/links.md, session 48). */
export const LIST_ITEM_ARTICLES_MEASURED: NonNullable<LinkOptions['listItemArticles']> = { genres: ['regulation'], minItems: 3, maxDf: 3, gap: 2, heads: ['活动', '工作', '服务', '项目', '事业', '建设', '设施', '产业'] };

/** Session 50 (helper link): options.listPairs as measured (docs/history/links.md, session 50). */
export const LIST_PAIRS_MEASURED: NonNullable<LinkOptions['listPairs']> = {
  genres: ['regulation'],
  heads: ['活动', '工作', '服务', '项目', '事业', '建设', '设施', '产业'],
  // Actors (a body, a person) end a list's items as often as fields do; the law names them everywhere.
  actors: '部门|单位|机构|组织|企业|馆|人员|人|者|会|中心|政府|团体|院|校|站|所|社|局|厅|（纪念馆）|员|师|士|兵|童|属|学生|职工',
  maxDf: 2,
  lowerDf: 1,
  min: 1.5,
  margin: 0.5,
  orphanOnly: true,
  maxLength: 12,
  // The verbs of a promotion law's lists of fields and measures.
  lead: '发展|支持|扶持|鼓励|引导|推进|推动|推广|培育|建设|开展|加强|加快|完善|促进',
};

/** Session 49 (helper link2): options.taskListTerms as measured (docs/history/links.md, session 49). */
export const TASK_LIST_TERMS_MEASURED: NonNullable<LinkOptions['taskListTerms']> = { genres: ['regulation'], lead: '(?:履行|承担|负责|做好)(?:下列|以下).{0,12}(?:职责|工作|任务)[：:]', maxDf: 2, min: 1.5, margin: 0.5, orphanOnly: true, skip: '职能|(?:履行|承担|负责)(?:下列|以下).{0,12}(?:职责|工作|任务)' };

/** Session 50 (helper link3): options.generalEncouragement as measured (docs/history/links.md, session 50). */
export const GENERAL_ENCOURAGEMENT_MEASURED: NonNullable<LinkOptions['generalEncouragement']> = { genres: ['regulation'], lead: '(?:鼓励|支持)(?:和支持|、支持|和引导|、引导)?', headHigher: 6, headLower: 8, min: 0.33, margin: 0, orphanOnly: true };

/** Session 52 (helper link3): options.orderBracket as measured (docs/history/links.md, session 52, helper link3). */
export const ORDER_BRACKET_MEASURED: NonNullable<LinkOptions['orderBracket']> = { genres: ['regulation'], min: 0.08, gap: 5, strict: true };

/** Session 53 (helper link): options.orderBracket with the per-pair monotonicity guard as chosen on the development sets
 *  (docs/history/links.md, session 53, helper link): ORDER_BRACKET_MEASURED where the pair's confident links (strong, or
 *  from 0.2) keep the law's order for at least 0.65 of them (8 links or more), and the lower run between the bracketing
 *  neighbours is no longer than the higher run between a and b. */
export const ORDER_BRACKET_GUARDED_MEASURED: NonNullable<LinkOptions['orderBracket']> = { ...ORDER_BRACKET_MEASURED, guard: { score: 0.2, order: 0.65, minLinks: 8, span: true } };

/** Session 55 (helper link, issue 13): options.provisionFloor, the brief's reading (docs/history/links.md, session 55, helper
 *  link): an unlinked lower article, the one of its document's three best candidates whose main provision it names most,
 *  from 0.08, naming an actor and half or more of 1+ duties. Recorded candidates of the twenty-three dev regulation sets:
 *  2 gold / 15 not; fresh ingests (links-grid, the twenty-four dev link sets): TP +2 FP +15, verdicts +2, seven sets down
 *  (real, unseen, legal aid, culture, investment, safety, techtransfer). */
export const PROVISION_FLOOR_BRIEF: ProvisionFloorRule = {
  genres: ['regulation'],
  min: 0.08,
  top: 3,
  duties: 0.5,
  minDuties: 1,
  actor: 'named',
  reading: { parts: CLAUSE_PARTS_MEASURED.parts, counterparts: CLAUSE_PARTS_MEASURED.counterparts, heads: CLAUSE_PARTS_MEASURED.heads, paraphrases: CLAUSE_PARTS_MEASURED.paraphrases },
};
/** Session 55 (helper link): the best of the settings measured on the dev sets (from 0.1, 2+ duties, half named, no actor
 *  test): recorded candidates 4 gold / 8 not; fresh ingests TP +4 FP +8, verdicts +2 (legal aid, tourism, investment up;
 *  real, unseen, techtransfer, standards down). The setting run held out once; off by rule 5 (docs/history/links.md). */
export const PROVISION_FLOOR_MEASURED: ProvisionFloorRule = { ...PROVISION_FLOOR_BRIEF, min: 0.1, minDuties: 2, actor: 'any' };
/** Session 56 (helper verdict): the dev-best setting with session 56's reader (CLAUSE_READING_56) instead of session 54's:
 *  fresh ingests of the twenty-four dev sets TP +2 FP +7, verdicts ±0, real, unseen, techtransfer and standards down (with
 *  session 54's reader +4 / +8, +2, the same four down): off by rule 5, not run held out (docs/history/links.md, session 56). */
export const PROVISION_FLOOR_READ56: ProvisionFloorRule = { ...PROVISION_FLOOR_MEASURED, reading: { ...PROVISION_FLOOR_MEASURED.reading, reading: CLAUSE_READING_56 } };

/** Session 52 (helper link): options.policyRunnerUp as measured (docs/history/links.md, session 52, helper link). */
export const POLICY_RUNNER_UP_MEASURED: NonNullable<LinkOptions['policyRunnerUp']> = {
  genres: ['regulation'],
  higher: '国家|国务院|各级人民政府|县级以上(?:地方)?(?:各级)?人民政府|地方各级人民政府',
  lower: '本(?:省|市|自治区)|各级人民政府|县级以上|(?:省|市|区|县|设区的市|乡镇)[^，。；、]{0,12}?人民政府',
  notPolicy: '领导|主管|负责|统一管理|分工管理|管理本行政区域|规范性文件|地方性法规',
  general: false,
};

/** Session 51 (helper link3): options.rightsDutyLists as measured (docs/history/links.md, session 51, helper link3). */
export const RIGHTS_DUTY_LISTS_MEASURED: NonNullable<LinkOptions['rightsDutyLists']> = { genres: ['regulation'], lead: '(?:享有|行使|履行|遵守|承担|做好)(?:下列|以下)[^：:]{0,8}(?:权利|义务|职责|工作)[：:]', catchAll: '其他', min: 0.5, margin: 0.15, minItems: 3, skip: '职能|(?:履行|承担|负责)(?:下列|以下).{0,12}(?:职责|工作|任务)' };

/** Session 61 (helper procedure, issue 13): options.penaltyArticles.open as measured — a procedure rule (…程序规定, …程序规则: the
 *  部门规章 that sets how a department carries out a law's enforcement, 道路交通安全违法行为处理程序规定, 道路交通事故处理程序规定)
 *  with no penalty part: its enforcement steps (扣留, 暂扣, 收缴, 当场处罚, 拖移) stand in its ordinary chapters and carry the
 *  law's 法律责任 articles. Read on the police family's misses (41 of 85 refused by the group rule, 3 of 4 strong). */
export const PROCEDURE_OPEN: NonNullable<NonNullable<LinkOptions['penaltyArticles']>['open']> = { title: '程序(?:规定|规则)', penalty: true };
/** Session 62 (helper police2, issue 13): PROCEDURE_OPEN with the enforcement measure (`measure`): an article of no group of
 *  the procedure rule is open only when it names one of the measures the 行政处罚法 and 行政强制法 forms give (处罚, 罚款, 警告,
 *  没收, 收缴, 暂扣, 吊销, 拘留, 扣留, 强制, 拖移, 责令, 禁止) — a step of the enforcement the law's 法律责任 articles order. Read on
 *  police (tests/eval/session62-open-table.ts: the procedure rules' links into the law's 法律责任 chapter under PROCEDURE_OPEN,
 *  by whether the lower article names a measure): naming one 34 gold / 20 false; naming none 5 gold (the camera chain →
 *  第一百一十四条) / 20 false (documents' contents, time limits, scene work, definitions, 以上/以下). Measured (links-grid.ts,
 *  fresh ingests of the forty-two development link sets, tag h62p2-measure2 against h62p2-act): police TP/FP/FN 75/76/63 →
 *  74/62/64 (F1 0.5190 → 0.5401, strong R 0.87 =, verdicts 186 → 192/246; the five camera links lost, four scene, report
 *  and 认定 links found once the enforcement articles no longer crowd them), every other development set identical (no other
 *  lower text is a procedure rule). Held out, once: docs/history/links.md, session 62 helper police2. On. */
export const PROCEDURE_OPEN_MEASURE: NonNullable<NonNullable<LinkOptions['penaltyArticles']>['open']> = { ...PROCEDURE_OPEN, measure: '处罚|罚款|扣留|暂扣|吊销|拘留|收缴|没收|强制|拖移|警告|责令|禁止' };

/** Session 52 (helper link2): options.penaltyDuty as measured (docs/history/links.md, session 52, helper link2). */
export const PENALTY_DUTY_MEASURED: NonNullable<LinkOptions['penaltyDuty']> = { genres: ['regulation'], sanction: '罚款|没收|吊销|暂扣|停产停业|责令停止|警告', min: 0.1, duty: 0.3, minOwn: 3, common: 0.25, minShared: 2, namedOnly: true };
/** Session 58 (helper precision): PENALTY_DUTY_MEASURED with the officials' liability read (penalty-duty.ts disciplineMeets):
 *  a lower article that only disciplines (处分) the staff of a government or department never meets a higher article that
 *  fines (or otherwise sanctions) units and disciplines no one. Measured in docs/history/links.md, session 58, helper
 *  precision. */
export const PENALTY_DUTY_DISCIPLINE: NonNullable<LinkOptions['penaltyDuty']> = { ...PENALTY_DUTY_MEASURED, discipline: { form: '处分', bodies: '人民政府|部门|工作人员' } };
/** Session 59 (helper precision3): PENALTY_DUTY_DISCIPLINE with the act read apart from the actor phrase (penalty-duty.ts
 *  `actor`): a lower article naming its actor by CONDUCT_ACTOR_PHRASE is read by its act, also when it names no duty article,
 *  the sanction's size parts (CONDUCT_SIZE_PARTS) blanked with the phrase (docs/history/links.md, session 59, helper
 *  precision3). Defined below CONDUCT_ACTOR_PHRASE. */
/** Session 53 (helper link2): options.referralForms as measured (docs/history/links.md, session 53, helper link2): a referral
 *  sentence led by 违反… (本条例, or an actor's 违反…的规定) and closed by …的，适用|依照|按照|从其规定 after a law or regulation
 *  is named; or closed by 按照|依照有关法律、法规的规定处理|处罚|执行. */
export const REFERRAL_FORMS_MEASURED: ReferralForms = {
  sentences: [
    '(?:对)?[^，,。；;]{0,20}?违反[^，,。；;]{0,30}?[，,](?:有关)?(?:法律|行政法规|法规)[^。；;]{0,16}?的[，,](?:适用|依照|按照|从)其规定',
    '(?:对)?[^，,。；;]{0,20}?违反[^，,。；;]{0,30}?的[，,](?:按照|依照)有关(?:法律|行政法规|法规)[^。；;]{0,10}?的?规定(?:处理|处罚|执行)',
  ],
};

/** Session 43: options.paragraphCredit as measured (tests/eval/links-grid.ts; docs/history/links.md, session 43). */
export const PARAGRAPH_CREDIT_MEASURED = { within: 1, idf: false, dice: 'also' as const };

/** Session 59 (helper selection): options.paragraphApart as measured (docs/history/links.md, session 59, helper selection):
 *  tests/eval/session59-selection.ts read the second links extraLinksByParagraph refuses on the cached development ingests
 *  (gold / not: all 74 / 219; set apart by a line, margin 0: 44 / 81, more false than gold in 15 sets); figures of the
 *  fresh ingests in the history entry. */
export const PARAGRAPH_APART_MEASURED: NonNullable<LinkOptions['paragraphApart']> = { genres: ['regulation'], margin: 0 };

/** Session 53 (helper link3): options.paragraphSecond as measured (docs/history/links.md, session 53, helper link3). */
export const PARAGRAPH_SECOND_MEASURED: NonNullable<LinkOptions['paragraphSecond']> = {
  genres: ['regulation'],
  // A reference back (前款, 本条, 上述, 其 …) or a list item (（一）, 一、): no paragraph of its own.
  back: '^(?:前款|前两款|前三款|本条|上述|该|其|对前款|依照前款|按照前款|有前款|违反前款|除前款|第一款|（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、)',
  // The modals and first verbs of a duty: the text before the first (within 24 characters) is the paragraph's actor.
  verbs: '应当|可以|负责|不得|必须|依法|按照|依照|鼓励|支持|加强|建立|组织|制定|会同|做好|协助|配合',
  distinct: 'subject',
  min: 0.3,
  margin: 0,
  minBigrams: 8,
  minScore: 0.1,
};

/** Session 54 (helper link3): options.paragraphSecond with the neighbour guard, as measured (docs/history/links.md, session
 *  54, helper link3): the pair scoring a link by itself (minScore 0.13, the regulation profile's partial threshold), at most
 *  one other article of the lower document scoring that law article from 0.1 (the session-53 rule's own floor), and a
 *  plain actor (no clause before it). */
export const PARAGRAPH_SECOND_GUARDED: NonNullable<LinkOptions['paragraphSecond']> = {
  ...PARAGRAPH_SECOND_MEASURED,
  minScore: 0.13,
  reach: { min: 0.1, max: 1 },
  plainActor: true,
};

/** Session 50 (helper link2): options.paragraphCitedText as measured (docs/history/links.md, session 50). */
export const PARAGRAPH_CITED_TEXT_MEASURED: NonNullable<LinkOptions['paragraphCitedText']> = { mode: 'also', ownMin: 0.1 };

/** Session 44: options.paragraphCredit.short as measured best on dev (tests/eval/links-grid.ts; docs/history/links.md). */
export const PARAGRAPH_CREDIT_SHORT_MEASURED = { within: 1, idf: false, short: { ratio: 0.5, margin: 1.5, value: 'share' as const } };

/** Session 43: options.secondNeighbour with the stricter adjacency measured best on dev (same higher chapter) and left off. */
export const SECOND_NEIGHBOUR_CHAPTER_MEASURED = { ...SECOND_NEIGHBOUR_MEASURED, adjacent: 'chapter' as const };

/** options.penaltyConduct as measured in session 44 (helper penalty); see its figures at DEFAULT_LINK_OPTIONS.penaltyConduct. */
export const PENALTY_CONDUCT_MEASURED = { genres: ['regulation'] as Genre[], min: 0.5, minShared: 3, common: 0.3, floor: 0.08, actors: true };

/** Session 59 (helper precision2): a `crime` role (options.articleRoles) for the other bare referral of the liability chapter,
 *  to the public-security penalties and the criminal law in one article (违反本法规定，构成违反治安管理行为的，由公安机关依法
 *  给予治安管理处罚；构成犯罪的，依法追究刑事责任): no actor, conduct or sanction of its own, the boilerplate that
 *  tests/gold/README.md (settled in session 36) links on neither side. Two sentences (；), so not `single`; the pattern is
 *  anchored at both ends: an article with its own conduct (破坏公共文化设施…，构成违反治安管理行为的…) or a civil clause first
 *  (违反本法规定，损害他人民事权益的，依法承担民事责任；…) is not it. */
export const PUBLIC_SECURITY_CRIME_ROLE: LinkOptions['articleRoles'][number] = {
  role: 'crime',
  pattern: `${NUM}(?:对)?(?:违反[^，,。；]{0,30})?[，,]?构成违反治安管理行为的[，,](?:由公安机关)?依法给予治安管理处罚[；;，,]构成犯罪的[，,]依法追究刑事责任。?$`,
};

/** Session 59 (helper precision2): options.penaltyConduct.notConduct as measured — the parts of a conduct clause that size
 *  the sanction, not the conduct: the illegal gains or the goods' value (有违法所得的, 没有违法所得的, 违法所得十万元以上的,
 *  货值金额不足一万元的) and an accident that followed or its grade (导致发生生产安全事故的, （一）发生一般事故的). */
export const CONDUCT_SIZE_PARTS = '[^，,]*(?:违法所得|货值金额)[^，,]*|(?:导致|造成|致使)?发生[^，,的]{0,12}事故的?(?=[，,]|$)';
/** Session 59 (helper precision2): options.penaltyConduct.place as measured — a clause's place adjunct (在饮用水水源保护区内, 在…区):
 *  the place a ban names is not its act. */
export const CONDUCT_PLACE = '(?<=^|[，,\\s])在[^，,、的]{2,20}?(?:内|区)';
/** Session 59 (helper precision2): PENALTY_CONDUCT_MEASURED with the sanction's size parts blanked and the place adjunct not
 *  counted (docs/history/links.md, session 59, helper precision2). */
export const PENALTY_CONDUCT_ACT = { ...PENALTY_CONDUCT_MEASURED, notConduct: CONDUCT_SIZE_PARTS, place: CONDUCT_PLACE };
/** Session 59 (helper precision3): the actor phrase of a conduct clause — a 的-phrase of the activity or duty naming who acts
 *  (从事动物饲养、屠宰…等活动的单位和个人, 受委托从事土壤污染状况调查…活动的单位, 承担安全评价、认证、检测、检验职责的机构): it says
 *  who is sanctioned, not what they did, so the activity it lists is no act (docs/history/links.md, session 59, helper
 *  precision3). A global pattern, blanked as notConduct's parts are. */
export const CONDUCT_ACTOR_PHRASE = '(?:受委托)?(?:从事|承担|提供)[^，,；;。的]{2,60}(?:活动|业务|工作|职责|服务)的[^，,；;。的]{0,6}(?:单位|个人|机构|企业|人员|经营者)(?:(?:和|或者|及|以及)(?:其他)?[^，,；;。的]{0,6}(?:单位|个人|人员|机构|经营者))?';
/** Session 59 (helper precision3): PENALTY_CONDUCT_ACT with the actor phrase blanked too (the conduct is the act). */
export const PENALTY_CONDUCT_ACTOR = { ...PENALTY_CONDUCT_ACT, notConduct: `${CONDUCT_SIZE_PARTS}|${CONDUCT_ACTOR_PHRASE}` };
/** Session 60 (helper precision4): a conduct clause that is a consequence of any breach — 违反本法规定，造成…的: the breach is the
 *  reference alone (blanked), what is left is what followed, not what was done (动物防疫法 第一百零九条, 违反本法规定，造成人畜共患
 *  传染病传播、流行的，依法从重给予处分、处罚: the law's aggravation of every other sanction). Anchored at the clause's start and end
 *  (a global pattern of notConduct, applied per clause), the blanked reference's comma first: a clause whose actor comes first
 *  (企业事业单位违反本法规定，造成水污染事故的) or that opens with the offence of causing (造成渔业污染事故或者渔业船舶造成水污染事故的,
 *  a paragraph's own conduct) is kept whole. */
export const CONDUCT_CONSEQUENCE = '^\\s*[，,]\\s*(?:造成|导致|致使)[^，,；;。]*$';
/** Session 60 (helper precision4): PENALTY_CONDUCT_ACTOR with the consequence-only clause no conduct either (CONDUCT_CONSEQUENCE;
 *  docs/history/links.md, session 60, helper precision4). */
export const PENALTY_CONDUCT_CONSEQUENCE = { ...PENALTY_CONDUCT_ACT, notConduct: `${CONDUCT_SIZE_PARTS}|${CONDUCT_ACTOR_PHRASE}|${CONDUCT_CONSEQUENCE}` };
/** Session 59 (helper precision3): see the note at PENALTY_DUTY_DISCIPLINE. */
export const PENALTY_DUTY_ACTOR: NonNullable<LinkOptions['penaltyDuty']> = { ...PENALTY_DUTY_DISCIPLINE, actor: { phrase: CONDUCT_ACTOR_PHRASE, parts: CONDUCT_SIZE_PARTS } };
/** Session 60 (helper precision4): options.penaltyDuty.daily's pattern — the continuing daily fine, 按日连续处罚 (环境保护法 第五十九条;
 *  水污染防治法 第九十五条, 安全生产法 第一百一十二条 and the provinces' articles restating them): an enforcement measure for a unit
 *  fined and ordered to correct that does not correct, set by an article of its own; it sanctions the refusal to correct, so
 *  the conduct it lists (the discharges 水污染防治法 第八十三条 fines once) is not the conduct of the one-off fine. */
export const PENALTY_DAILY_FINE = '按日连续处罚';
/** Session 60 (helper precision4): PENALTY_DUTY_ACTOR with the daily fine read (penalty-duty.ts dailyMeets): a pair of penalty
 *  articles of which exactly one names PENALTY_DAILY_FINE is refused. Measured, off: dev −3 false links, held-out totals down
 *  (TP −4; docs/history/links.md, session 60, helper precision4). */
export const PENALTY_DUTY_DAILY: NonNullable<LinkOptions['penaltyDuty']> = { ...PENALTY_DUTY_ACTOR, daily: PENALTY_DAILY_FINE };
/** Session 60 (helper precision4): PENALTY_DUTY_ACTOR with the conduct read as penaltyConduct reads it, the sanction's size parts
 *  blanked (`notConduct`: CONDUCT_SIZE_PARTS, session 59 helper precision2's measured-off field) now that a higher article whose
 *  clauses are all size parts is no longer read as naming no conduct (penalty-duty.ts): 有违法所得的 shared by two articles whose
 *  conduct differs (重庆招标投标 第五十条 → 招标投标法 第五十三条) no longer meets (docs/history/links.md, session 60, helper
 *  precision4). */
export const PENALTY_DUTY_SIZED: NonNullable<LinkOptions['penaltyDuty']> = { ...PENALTY_DUTY_ACTOR, notConduct: CONDUCT_SIZE_PARTS };
/** Session 61 (helper procedure, issue 13): PENALTY_DUTY_SIZED with `bothNamed` — two fines each naming its own duty article
 *  (违反本条例第十三条规定的，处二百元罚款 / 有违反本办法第十一条、第十三条…规定行为之一的，处二百元罚款) meet when a lower duty article
 *  carries half of a sentence of a higher one. Read on traffic's misses (聊城 → 山东: a city's fine and its province's for the same
 *  traffic rule, refused by penaltyDuty: the higher conduct clause is article numbers only). Share from 0.3 / 0.5 / 0.7 on traffic:
 *  +3/+5 FP, +3/+3, +2/+1 with verdicts −1. */
export const PENALTY_DUTY_NAMED: NonNullable<LinkOptions['penaltyDuty']> = { ...PENALTY_DUTY_SIZED, bothNamed: 0.5 };
/** Session 63 (helper penalty7, issue 13; on): PENALTY_DUTY_NAMED with `ranges` (fine-range.ts finesMeet: two penalty articles
 *  whose fines in yuan do not overlap are no one penalty; 行政处罚法 第十一、十二条, a lower penalty keeps within the law's
 *  range). Read on the tabulation of the development penalty-to-penalty links (tests/eval/session63-penalty.ts,
 *  session63-fines.ts): of the links of two liability articles with fines in yuan, disjoint ranges 5 false / 1 gold.
 *  Figures: docs/history/links.md, session 63, helper penalty7. */
export const PENALTY_DUTY_RANGES: NonNullable<LinkOptions['penaltyDuty']> = { ...PENALTY_DUTY_NAMED, ranges: true };
/** Session 63 (helper penalty7): PENALTY_DUTY_NAMED with `unsanctioned` (a higher article setting no administrative penalty
 *  of its own is read for a lower article naming no duty: the conduct must meet). Read on the same tabulation: lower fines
 *  naming no duty, higher articles with no sanction form, conduct share under `min`: 8 false (drugs 4) / 1 gold. Measured,
 *  off (rule 5): dev police TP −1 FP +1, traffic FP +2, drugs unchanged (its false links pass by their conduct share). */
export const PENALTY_DUTY_UNSANCTIONED: NonNullable<LinkOptions['penaltyDuty']> = { ...PENALTY_DUTY_NAMED, unsanctioned: true };
/** Session 63 (helper penalty7): both readings. */
export const PENALTY_DUTY_63: NonNullable<LinkOptions['penaltyDuty']> = { ...PENALTY_DUTY_NAMED, ranges: true, unsanctioned: true };

/** Session 60 (lead, issue 13): options.penaltyArticles.passive — a sanction undergone, 被 (依法) and a sanction verb, up to the
 *  clause's end (用人单位被依法宣告破产的 is none; 被吊销营业执照、责令关闭、撤销或者用人单位决定提前解散的 and 被依法追究刑事责任的
 *  are). Read on the development set `labour`: 劳动合同法 第四十四条 (the cases that end a contract) and the 条例's 第十九条 (the
 *  grounds to dismiss) were penalty articles by them, so the group rule refused the 条例's citations of 第四十四条. */
export const PENALTY_PASSIVE = '被(?:依法)?(?:吊销|责令|追究|撤销|没收|处以|罚款|给予|取消)[^。；，,]*';

/** options.liabilityRestated as measured in session 45 (helper link); see its figures at DEFAULT_LINK_OPTIONS.liabilityRestated. */
export const LIABILITY_RESTATED_MEASURED = {
  genres: ['regulation'] as Genre[],
  floor: 0.08,
  sanction: '处分',
  persons: ['负责人|领导人', '直接负责的主管人员|直接责任人员'],
  // Session 45 (helper link2): links-grid.ts --fresh on the thirteen dev link sets (with officialConduct): standards FP 14 ->
  // 12 (山东 第三十八条 -> 标准化法 第三十九、四十条: 违反本条例规定，县级以上人民政府标准化行政主管部门…滥用职权…的 names its
  // actor), verdicts 63 -> 65; the twelve others identical. Held out (totals): identical.
  basis: '^违反本(?:条例|办法|规定|细则|法)(?:的)?(?:有关)?规定[，,]',
};
/** options.penaltyArticles.text (sessions 33 to 37; its provenance beside it in DEFAULT_LINK_OPTIONS), a constant of its own
 *  since session 60 so that MINISTRY_TITLE_TERM, a default, can read the same sanction form. */
export const PENALTY_TEXT = '罚款|没收违法所得|吊销.{0,10}(?:证|照)|给予.{0,16}处分|追究.{0,8}责任|责令(?:限期)?(?:改正|退还|赔偿|停止|整改)|予以处罚|违反.{0,30}?规定.{0,60}?的[，,].{0,30}?(?:处理|处罚|查处)|取消.{0,4}荣誉称号|追缴|撤销.{0,12}职务|处分建议|予以处分|从重处罚';

/** Session 61 (helper closure, issue 13): options.basisClosure as measured: every step of the closure (basis-closure.ts). */
export const BASIS_CLOSURE_MEASURED: BasisClosureRule = { transitive: true, cited: true, sameBasis: true };
/** Session 62 (helper basisimpl, issue 13): options.basisCompanion as measured: 及其实施条例, 及其实施细则, 及其实施办法 after a
 *  title of a basis clause (the drafting formula of ministry rules and local regulations: 根据《中华人民共和国道路交通安全法》及其
 *  实施条例、《中华人民共和国行政许可法》，制定本规定; 根据《中华人民共和国统计法》及其实施细则，结合本省实际情况). */
export const BASIS_COMPANION = '^及其(实施(?:条例|细则|办法))';
/** Session 63 (helper licence2, issue 13): options.titledPart as written before any measure, from the gold of the six
 *  ministry-genre development families (the higher articles each pair's gold links, by the chapter or section they sit in:
 *  tests/eval/session63-titled-part.ts): licence's 驾驶证规定 → 条例 第二章第二节 机动车驾驶人 57, 执法监督 9, 附则 4, 法律责任 2,
 *  nothing else; 记分办法 → 第二章第二节 22, 执法监督 2, 附则 1; police's 事故规定 → 法 第五章 交通事故处理 63, 总则 3, 执法监督 5,
 *  法律责任 5, 附则 2; cosmetics' 办法 → 条例 第三章 生产经营 44, 总则 7, 监督管理 7, 法律责任 12, 原料与产品 1; foodcheck's 办法
 *  → 食品安全法 第四章 食品生产经营 4, 总则 6, 监督管理 28, 法律责任 6, 食品检验 1. The run and the genre words are the title
 *  term's (MINISTRY_TITLE_TERM), the levels a department's rule under a law or a State Council text. */
export const TITLED_PART: TitledPartRule = {
  run: 4,
  genreWords: '中华人民共和国|实施|办法|规定|条例|细则|若干',
  levels: [['national', 'central']],
  genres: ['regulation'],
  general: '总则|附则|监督|法律责任|罚则',
};
/** Session 63 (helper licence2): TITLED_PART with the holders reading (`holders: 2`), written after the first development run
 *  left the 记分管理办法 unread (its term 记分 is in no heading: the 条例's 第二十三至二十五条 of 第二章第二节 hold it, and its
 *  附则's 第一百一十二条). Read before it ran: it also names the 道路交通安全法's 第五章 for police's 违法行为处理程序规定, whose gold
 *  reaches 第五章 once and 第二章/第四章 seven times (the rest its general chapters). */
export const TITLED_PART_HOLDERS: TitledPartRule = { ...TITLED_PART, holders: 2 };
/** Session 62 (helper closure2, issue 13): the closure restricting only the higher documents of the central and national
 *  levels (BasisClosureRule.levels): a lower document keeps every text of its region chain above it (province, city) that
 *  the region, subject and sibling rules allow. The variant session 61's entry proposed (a city's regulation under its
 *  province's text its basis clause names neither). Figures: docs/history/links.md, session 62 helper closure2. */
export const BASIS_CLOSURE_NATIONAL: BasisClosureRule = { ...BASIS_CLOSURE_MEASURED, levels: ['central', 'national'] };

/** Session 60 (helper ministry2, issue 13): options.titleTerm as measured. Read on the four development families of the
 *  ministry-rule genre (tests/eval/ministry-table.ts): price's marking articles against 价格法 第十三条 (明码标价, the one
 *  non-sanction article of the law holding the rule's title term); leave's title runs are all in the 条例's title (none
 *  left); cosmetics' (化妆品生产, 生产经营) and foodcheck's (食品生产, 生产经营, 监督检查) are held by 25 and 55 articles. The
 *  delegating form (按照…部门的规定, 由…部门制定) names 第十三条 among the 价格法's several delegating articles but does not
 *  choose it; the title term does. A run of four characters (the simulation of session 59, tests/eval/title-term.ts);
 *  genre words and cited titles cut; a department's rule (national) under a law or a State Council text (central) only;
 *  a sanction is the penalty articles' `text`; framing as simulated (purpose 第一条, scope 适用于, effective date 施行). */
export const MINISTRY_TITLE_TERM: TitleTermRule = {
  run: 4,
  genreWords: '中华人民共和国|实施|办法|规定|条例|细则|若干',
  levels: [['national', 'central']],
  genres: ['regulation'],
  sanction: PENALTY_TEXT,
  framing: '^第一条|适用于|施行',
  // Added after the held-out run and the commit that turned the rule on (session 60): a static reading of the development texts
  // (every dev corpus file against the four rules' titles) found a run of 化妆品生产经营监督管理办法 (监督管理) held by one
  // non-sanction article of 消防法, 档案法, 矿产资源法 and others, so one link across subjects in a mixed corpus would bring
  // every unlinked article of the rule with it. The four rules each cite their higher text by title (第一条 根据《…》 / 为了实施《…》):
  // the development and held-out links are the same with it (it only removes pairs; the rule fired on price alone, whose
  // 规定 cites 《中华人民共和国价格法》).
  named: true,
};

/** Session 62 (helper police2, issue 13): options.titleTerm.act — the one holder of the title term must hold it in an
 *  operative clause, from a modal (应当, 必须, 可以, 不得, 负责) to the clause's end (title-term.ts holdsAsAct). Read on police
 *  (the lead left by session 61): 道路交通安全违法行为处理程序规定's title runs (违法行为, 安全违法 …) are held outside the law's
 *  sanctions by 第八十三条 alone, in its framing clause (交通警察调查处理道路交通安全违法行为和交通事故，有下列情形之一的，应当回避：
 *  the act is 回避, the subject clause names the whole field), so the rule linked 21 of the 违法规定's unlinked articles to the
 *  withdrawal article, none gold; price's holder, 价格法 第十三条 (…应当按照政府价格主管部门的规定明码标价，), holds its term after
 *  the modal. Measured (tests/eval/links-grid.ts, fresh ingests of the forty-two development link sets, tag h62p2-act against
 *  h62p2-base): police TP/FP/FN 75/97/63 → 75/76/63 (F1 0.4839 → 0.5190, strong R 0.87 =, verdicts 185 → 186/246), every
 *  other development set identical (price's 15/10 kept). Held out once, totals: docs/history/links.md, session 62 helper
 *  police2. On (DEFAULT_LINK_OPTIONS.titleTerm). */
export const TITLE_TERM_ACT = '应当|必须|可以|不得|负责';
/** MINISTRY_TITLE_TERM with the holder's act (TITLE_TERM_ACT): the default since session 62. */
export const MINISTRY_TITLE_TERM_ACT: TitleTermRule = { ...MINISTRY_TITLE_TERM, act: TITLE_TERM_ACT };

/** Session 61 (helper ministry3, issue 13): options.titleTerm.heading as measured — the act a heading term closes: the term
 *  followed by a clause's end (：，。；), as 食品安全法 第一百一十条 …对生产经营者遵守本法的情况进行监督检查： holds the
 *  heading term 监督检查 of the 办法's chapters 监督检查要点 / 监督检查事权 / 监督检查程序, and 第一百一十三条 (日常监督检查结果)
 *  holds it only as a noun's modifier (tests/eval/session61-heading-table.ts on price, leave, cosmetics, foodcheck: price and
 *  leave have no chapters; cosmetics' heading 生产许可 is held by three 条例 articles, none as an act). Measured, left OFF
 *  (not in DEFAULT_LINK_OPTIONS.titleTerm): development foodcheck TP/FP 17/13 → 27/17 (F1 0.4533 → 0.6067; every other
 *  development set identical), but the held-out totals fall by one false link (FP 453 → 454, micro F1 0.7256 → 0.7255) —
 *  rule 5. Give it as titleTerm: { ...MINISTRY_TITLE_TERM, heading: MINISTRY_HEADING_TERM }. Figures: docs/history/links.md,
 *  session 61 (helper ministry3). */
export const MINISTRY_HEADING_TERM: NonNullable<TitleTermRule['heading']> = { act: '[：:，,。；;]' };

/** Session 62 (helper ministry4, issue 13): options.titleTerm.heading with its chapter anchored (`anchored`): the heading's act
 *  holder must already be linked, by the scoring, from an article of the same chapter. Figures: docs/history/links.md,
 *  session 62 (helper ministry4). */
export const MINISTRY_HEADING_ANCHORED: NonNullable<TitleTermRule['heading']> = { ...MINISTRY_HEADING_TERM, anchored: true };

/** Session 62 (helper ministry4, issue 13): options.titleTerm.heading with the remit guard — a heading naming who does the
 *  act (事权, 职责, 分工, 管辖, 体制: a department's hierarchy or its share of a task) is not read. Read on foodcheck: the
 *  heading reading's two false links of the chapter 监督检查事权 (第七条, 第十一条 → 食品安全法 第一百一十条); the
 *  nouns are the drafting's words for a chapter of remit (监督管理职责, 管理体制, 职责分工, 管辖). Figures: docs/history/
 *  links.md, session 62 (helper ministry4). */
export const MINISTRY_HEADING_REMIT: NonNullable<TitleTermRule['heading']> = { ...MINISTRY_HEADING_TERM, remit: '事权|职责|分工|管辖|体制' };

/** Session 62 (helper ministry4, issue 13): options.titleTerm.chapter, the chapter carrier — at least 4 of a lower chapter's
 *  articles, and at least half of those linking into the higher document, link one higher article. Simulated first on the
 *  base of every development link set (tests/eval/session62-chapter-sim.ts): in the ministry-rule genre (national →
 *  central) min 4 / share 0.5 adds 6 gold and 1 false (cosmetics 第二章 生产许可 → 条例 第二十七条: 2/0; police 4/1); min 3
 *  adds foodcheck's false ones, min 2 many; on every pair of levels (no genre) the same chapter reading adds 6/3 at 4 and
 *  19/109 at 2 — so it stays inside titleTerm's genre frame (national → central, named). Figures: docs/history/links.md,
 *  session 62 (helper ministry4). */
export const MINISTRY_CHAPTER_CARRIER: NonNullable<TitleTermRule['chapter']> = { min: 4, share: 0.5 };

/** Session 62 (helper ministry4, issue 13): the chapter carrier with its swap — a carrier chapter's article linking the higher
 *  document only in part and never the carried article gives up those links for a weak one to it. Read on the base of the
 *  genre's development families before any run of it (the chapter simulation's second table, in docs/history/links.md):
 *  cosmetics 第十五、十九、二十三条 (partial links to 第三十六、二十、十三、二十四条, none gold) → 第二十七条, gold; police
 *  three gold and three not, its six partial links none gold. Figures: docs/history/links.md, session 62 (helper ministry4). */
export const MINISTRY_CHAPTER_SWAP: NonNullable<TitleTermRule['chapter']> = { ...MINISTRY_CHAPTER_CARRIER, swap: true };

/** Session 62 (helper ministry4, issue 13): the default titleTerm — session 60's rule with the chapter carrier and its swap
 *  (MINISTRY_CHAPTER_SWAP); the heading reading stays off. */
export const MINISTRY_TITLE_TERM_62: TitleTermRule = { ...MINISTRY_TITLE_TERM, chapter: MINISTRY_CHAPTER_SWAP };

/** Session 62 (lead): the default — police2's holder's act (MINISTRY_TITLE_TERM_ACT) and ministry4's chapter carrier with
 *  its swap (MINISTRY_TITLE_TERM_62), each measured alone on its branch, merged. */
export const MINISTRY_TITLE_TERM_62_ACT: TitleTermRule = { ...MINISTRY_TITLE_TERM_ACT, chapter: MINISTRY_CHAPTER_SWAP };

export const DEFAULT_LINK_OPTIONS: LinkOptions = {
  weights: { reuse: 0.25, text: 0.55, entities: 0.2 },
  // Session 18: the plans' implements threshold re-checked on the sample (coverage verdicts right: 0.20: 56,
  // 0.22: 56, 0.24: 58, 0.26: 57, 0.30: 55 of 67): it stays.
  thresholds: { implements: 0.24, partial: 0.06 },
  relative: 0.5,
  topK: 1,
  maxAligned: 10,
  shingle: 8,
  maxPostings: 200,
  maxDfShare: 0.2,
  align: { match: 2, mismatch: -1, gap: -1, minPassage: 6 },
  reuseFull: 0.4,
  pairIdf: false,
  genres: {
    // Session 12: calibrated on the real and legal-aid gold together, words with character bigrams
    // (bigramWords); before: reuse 0.15 text 0.85, thresholds 0.32/0.31, relative 0.6, topK 3.
    // Session 17: relative 0.5 -> 0.8 (an article of one paragraph keeps a second link only within
    // 0.8 of its best; articles of several keep topKPerClause's 0.4), the value the calibration
    // chooses with bigramLabel on (`npx tsx tests/eval/links.ts --calibrate --gold tests/real/gold --gold
    // tests/real/legalaid/gold --genre regulation`) and the best of 0.5-0.8 without it; npm run eval, load 10-11: real F1 0.8705 ->
    // 0.8802 (FP 25 -> 21), legal aid 0.7100 -> 0.7136, sample unchanged (plans); held out, never
    // tuned on: mean F1 of unseen, overseas, heritage, weather 0.7084 -> 0.7149, each up.
    // Session 18, verdicts: the implements threshold re-chosen on real, legal aid and charity (every aligned
    // candidate kept, the linker's selection replayed, coverage verdicts right summed over the three sets):
    // 0.13: 347, 0.14: 347, 0.16: 345, 0.20: 334, 0.25: 325, 0.30: 318, 0.40: 296 of 439. On gold links found, the
    // score tells strong from weak with AUC 0.72 (plans 0.87); alignment coverage of the lower article (0.72),
    // rank (0.58), share of the best score (0.58), shared entities (0.49) do no better, and neither do
    // "score or coverage" or "rank 0 at t, others at t2" rules (at most 344). A higher measure is implemented
    // when any link to it is strong, and most annotated ones have a strong gold link, so every threshold
    // above the partial one turns more strong rows to partial than weak rows: 0.14 stays.
    regulation: { weights: { reuse: 0, text: 1, entities: 0 }, thresholds: { implements: 0.14, partial: 0.13 }, relative: 0.8, topK: 2, pairIdf: true },
  },
  oneEditionPerSeries: true,
  nearCutMaxMeasures: 100_000,
  citedArticles: true,
  citationsIgnoredIn: ['scope', 'basis', 'effective'],
  expiredPlans: ['Programme', 'Brand'],
  articleRoles: [
    // Session 18: a 第一条 that only names its basis (根据《中华人民共和国慈善法》（以下简称慈善法）和有关法律、行政
    // 法规，结合本省实际，制定本办法; 为了实施《…》，结合本市实际情况，制定本办法) and states no purpose of its own:
    // it carries out nothing (charity gold: unlinked), though it shares 法律、行政法规 with any referral article.
    // Session 61 (helper precision5): BASIS_ROLE_61, also 和国家有关规定 and 结合我省实际情况 (BASIS_ROLE_18 before).
    { role: 'basis', pattern: BASIS_ROLE_61 },
    { role: 'purpose', pattern: `${NUM}为(?:了)?.{0,200}?(?:制定|制订)${SELF}` },
    // Session 45 (helper link2): the span before 适用本条例 up to 60 characters (was 40): 本省行政区域内的农业、工业、服务业以及社会事业
    // 等领域标准制定、实施及其监督和服务等活动，适用本条例 (41). links-grid.ts, thirteen dev link sets: standards FP 11 -> 10 (山东
    // 第二条 -> 标准化法 第二条, not gold), the twelve others identical.
    // Session 61 (helper precision5): SCOPE_ROLE_61, the 必须遵守本条例 form (with ROLE_SAVING_61 below); figures in
    // docs/history/links.md (session 61, helper precision5). SCOPE_ROLE_45 before.
    { role: 'scope', pattern: SCOPE_ROLE_61, single: true },
    { role: 'effective', pattern: `${NUM}${SELF}自.{0,30}?施行` },
    // Session 18: also 对违反本办法规定的行为，按照慈善法和其他有关法律、法规的规定追究法律责任 (对…, 追究…责任).
    { role: 'referral', pattern: `${NUM}(?:对)?违反${SELF}(?:规定)?的(?:行为)?[，,][^。；]{0,40}?(?:法律|法规)[^。；]{0,20}?(?:处理|处罚|追究(?:法律)?责任)` },
    // Session 34 (helper link): the other standard form of that referral, to the liability other laws already set
    // (违反本条例规定的行为，法律、行政法规已有法律责任规定的，从其规定; …已规定法律责任的，从其规定), one sentence. Read on the
    // statistics family's errors (浙江 第十四条 was linked to 统计法 第三十三条; gold: unlinked, the boilerplate of
    // tests/gold/README.md). npm run eval figures in docs/history/links.md (session 34).
    { role: 'referral', pattern: `${NUM}(?:对)?违反${SELF}(?:规定)?(?:的行为)?[，,][^。；]{0,80}?已(?:有)?[^。；]{0,10}?(?:规定|处罚)[^。；]{0,6}?的[，,]从其规定。?$`, single: true },
    // Session 46 (helper link): a bare referral to the criminal law (违反本法规定，构成犯罪的，依法追究刑事责任; 对违反统计法律、法规
    // 构成犯罪的，依法追究刑事责任), one sentence: no actor, conduct or sanction of its own (tests/gold/README.md, settled in
    // session 36: not a link, on either side). Figures in docs/history/links.md (session 46).
    { role: 'crime', pattern: `${NUM}(?:对)?(?:违反[^，,。；]{0,30})?[，,]?构成犯罪的[，,]依法追究刑事责任。?$`, single: true },
    // Session 59 (helper precision2): the public-security + criminal referral (PUBLIC_SECURITY_CRIME_ROLE). links-grid.ts --fresh
    // on the 28 dev link sets, over PENALTY_CONDUCT_ACT: soil FP 23 → 20 (山东 第七十七条 → 法 第九十八条, 菏泽 第三十四条 → 法
    // 第九十八条 and → 山东 第七十七条, each a bare referral scored 1.000 against its twin), verdicts 215 → 218; the 27 others
    // identical. Held out, once (heldout-conduct.ts): totals identical. docs/history/links.md, session 59.
    PUBLIC_SECURITY_CRIME_ROLE,
    // Session 29: an article that only hands its subject to a national body (建设工程消防设计审查、消防验收、备案和抽查的具体办法，
    // 由国务院住房和城乡建设主管部门规定; 慈善组织的组织形式、登记管理的具体办法由国务院制定) asks nothing of a lower document:
    // no provincial article carries it out (fire: 广东 第七条's construction-department duties were linked to it strong, a
    // false link; the gold: gap). It links only to its kind (roleLinks.onlyWithSame), so it stays a coverage row (a gap).
    // On the dev sets' texts it reads two articles, 消防法 第十四条 and 慈善法 第二十条 (no link into it, gold or ours). npm run
    // eval -- --set <each dev set>: fire FP 2 -> 1 (F1 0.7568 -> 0.7636), verdicts 50 -> 51 of 73; every other set
    // unchanged. As a `none` role (never linked, left out of coverage as framing) charity lost its right gap row (93/111
    // -> 92/110): not kept.
    // Session 33: the subject handed over is a noun phrase (…的具体办法), no clause of its own before it: 教师法 第二十六条
    // (中小学教师和职业学校教师享受教龄津贴和其他津贴，具体办法由国务院教育行政部门会同有关部门制定) grants an allowance that
    // every province carries out (teachers gold: strong from 上海, 浙江, 河南) and was read as delegated (no candidate).
    // npm run eval on the eight dev link sets: figures in docs/history/links.md (session 33).
    { role: 'delegated', pattern: `${NUM}[^。；，,]{0,80}?具体(?:办法|规定|实施办法|管理办法|标准)[，,]?由国务院[^。；]{0,40}?(?:规定|制定)。?$`, single: true },
    // Session 30: a transitional provision (过渡条款: 本条例施行前在本市无偿献血和义务献血的公民，本条例施行后其本人…需要医疗
    // 临床用血的，按照本条例的规定执行; 本法施行前设立的…) says how the text applies to what came before it took effect; it carries
    // out no article of a higher text. 献血: 宁波 第三十二条 was linked strong to 献血法 第十四条 (free blood) by shared words (the
    // gold: unlinked). It links only to its kind (roleLinks.onlyWithSame), so a higher transitional article stays a coverage
    // row. On the dev link sets' texts it reads that one article. npm run eval -- --set <each dev set>: figures in
    // docs/history/links.md (session 30).
    { role: 'transitional', pattern: `${NUM}(?:在)?${SELF}(?:施行|实施)(?:前|以前|之前)` },
    // A plan's opening sentence that only announces it (为做好…，…，现制定工作方案如下。): the plan's
    // form of the purpose article, a heading for what follows; it asks nothing.
    { role: 'announce', pattern: `^为.{0,300}?(?:现|特)?(?:制定|制订)(?:本)?(?:工作)?(?:方案|要点|计划|措施)(?:如下)?[。：:]?$`, single: true },
  ],
  // Session 45 (helper link2), links-grid.ts --fresh on the thirteen dev link sets: standards FP 12 -> 11 (上海 第二条 ->
  // 标准化法 第十条, a scope article closing with 法律、行政法规和国务院决定另有规定的，从其规定), verdicts 65 -> 66; the twelve
  // others identical. Off: null.
  // Session 61 (helper precision5): ROLE_SAVING_61, the scope article's saving in its other drafting forms (the constant
  // gives the reading); figures in docs/history/links.md (session 61, helper precision5). Session 45's form: ROLE_SAVING.
  roleSaving: ROLE_SAVING_61,
  // Session 46 (helper link): `crime` never links but stays a coverage row (`rows`: not framing), a gap as the gold has it.
  roleLinks: { none: ['basis', 'scope', 'effective', 'referral', 'announce', 'crime'], weakWithSame: ['purpose'], onlyWithSame: ['purpose', 'delegated', 'transitional'], rows: ['crime'] },
  frameHeadings: ['总体要求', '指导思想', '基本原则', '总体目标', '主要目标', '工作目标'],
  // Scale knobs (see the interface).
  maxCandidatePostings: 10000,
  // Link quality (see the interface).
  bigramWords: ['regulation'],
  // Off: measured with relative 0.8 (npm run eval, session 17), legal aid F1 0.7136 -> 0.7236, real
  // 0.8802 -> 0.8796, sample unchanged, but the held-out mean 0.7149 -> 0.7091 (it fell): the number's
  // bigrams act as a same-number prior some families lean on. On: ARTICLE_LABEL.
  bigramLabel: null,
  // Session 17 (npm run eval, load 10-11): legal aid F1 0.7136 -> 0.7172 (FP 16 -> 15), real and sample
  // unchanged; held out (never tuned): heritage 0.6756 -> 0.6786, others unchanged, mean 0.7149 -> 0.7157.
  definedTerms: { pattern: `${SELF}所称([^。]+)`, maxShare: 0.3 },
  // Link quality, session 14 (see the interface).
  // Session 17, dev families (real, legal aid, sample, fitness, minors, women, elderly) and 40 random
  // mirror regulations ingested together: the 23 same-subject pairs the rules allow score 0.32-0.81,
  // the 432 cross-subject pairs 0-0.15 (司法鉴定条例 → 法律援助条例 the highest); 0.2 sat between. With the
  // charity family (session 17, dev) a neighbouring subject scored 0.22 (浙江省志愿服务条例 → 慈善法: 35 links of
  // parallel provisions, none carrying the law out; the 条例's basis is the 国务院's 志愿服务条例) while the
  // lowest same-subject pair stayed 0.32 (宁波市志愿服务条例 → 志愿服务条例): 0.25.
  subjectGate: { terms: 50, minCosine: 0.25 },
  // Session 39 (helper link): session 38's whole-mirror reading (40 links, seed 38040) found 3 of 16 wrong links between
  // sibling subjects (河南省森林防火条例 → 草原防火条例 …) that the subject gate let through (they share the parent's wording);
  // a sibling rule by title shape alone (a shared tail, 森林防火 / 草原防火) would have cut 1,886 links, most of them a
  // narrower subject carrying out its parent, so the tree is data. Measured: docs/history/links.md, session 39.
  subjectTree: { parents: readSubjectTree(new URL('../lexicon/subject-tree.txt', import.meta.url)) },
  // Session 39 (helper link): session 38's whole-mirror reading found one wrong link between two places' regulations
  // (信阳市鲇鱼山水库 → 河南省信阳南湾水库) and about 230 links from other cities' general regulations to a province's
  // regulation of one place, each read wrong. The heads and generic words were read off the place-like titles of the law
  // mirror (reserved titles left out): 河湖, 内河, 矿山, 海岛, 河流 … are no places. Measured: docs/history/links.md, session 39.
  namedPlace: { head: '水库|江|河|湖|山|岛|湾|淀|渠', maxName: 5, generic: '河湖|湖泊|江河|矿山|荒山|海岛|内河|河流|河道|台湾|山区|城市|市区', general: true },
  // Session 61 (helper closure): BASIS_CLOSURE_MEASURED, off by rule 5. No gold pair of the thirty-four development link sets
  // is excluded (tests/eval/session61-closure.ts) and every development link set is identical (fresh ingests, tag h61c-on
  // against h61c-base); the mixed corpus 5,569 -> 5,475 links, across families 102 -> 47, uncited 55 -> 0 (the 44 招标投标条例
  // -> 政府采购法实施条例 links gone) but 42 links within one held-out family lost (a city's regulation -> its province's);
  // held out, once, totals only (27 families): TP/FP/FN 1,559/453/726 -> 1,529/442/756, micro F1 0.7256 -> 0.7185, verdicts
  // 2,203 -> 2,188 of 3,025. docs/history/links.md, session 61 helper closure.
  // Session 62 (helper closure2): BASIS_CLOSURE_NATIONAL, on — the closure restricts only the central and national higher
  // documents (a city keeps every text of its province the region, subject and sibling rules allow). No gold pair of the
  // thirty-seven development link sets refused (tests/eval/session62-closure.ts: 18 document pairs refused, all in `real`,
  // none gold); every development link set identical (fresh ingests, tag h62c2-on against h62c2-base: 2,494/658/1,180,
  // verdicts 3,555/4,758); the mixed corpus 6,221 -> 6,168 links, across families 102 -> 47, uncited 55 -> 0; held out, once,
  // totals only (30 families): 1,838/538/866, verdicts 2,627/3,585, identical. The lead's rule-5 decision for this rule (the
  // mixed corpus' uncited cross links as a development measure of precision). docs/history/links.md, session 62 helper closure2.
  basisClosure: BASIS_CLOSURE_NATIONAL,
  // Session 62 (helper basisimpl): BASIS_COMPANION measured, off by rule 5. Development, fresh ingests of the thirty-nine link
  // sets (links-grid.ts, tag h62bi-on against h62bi-off): only licence moves, TP/FP/FN 11/25/86 -> 23/57/74, F1 0.17 -> 0.26,
  // strong recall 0.00 -> 0.43, but verdicts 198 -> 193/226 (the 驾驶证规定 -> 条例 pair now passes the subject gate and its
  // articles link to 条例 articles the gold leaves a gap); totals 2,594/650/1,284 (micro F1 0.7284) -> 2,606/682/1,272
  // (0.7273), verdicts 3,865 -> 3,860/5,112. Held out, once, totals only (31 families): 1,924/577/888, verdicts 2,763/3,767,
  // identical. docs/history/links.md, session 62 helper basisimpl.
  basisCompanion: null,
  // Session 63 (helper licence2): TITLED_PART and TITLED_PART_HOLDERS measured with basisCompanion on and off, off by rule 5.
  // Development, fresh ingests of the thirty-nine link sets (links-grid.ts, against h63l2-base = main f294ecc3: 2,594/650/1,284,
  // micro F1 0.7284, verdicts 3,865/5,112): TITLED_PART alone TP +0 FP -9 verdicts +9 (cosmetics 52/19/19 -> 53/16/18, police
  // FP 62 -> 56, foodcheck TP 19 -> 18: its gold 第二十八条 -> 食品安全法 第八十七条 in 食品检验); with basisCompanion TP +13 FP +12
  // verdicts +9 (licence 11/25/86 -> 24/46/73, verdicts 198 =); TITLED_PART_HOLDERS alone TP +1 FP -32 verdicts +23 (price
  // 15/10 -> 16/9, police 78/62 -> 77/45, verdicts 192 -> 203, licence 11/25 -> 12/13, verdicts 198 -> 205); with
  // basisCompanion TP +15 FP -20 verdicts +23 (licence 25/34/72, F1 0.17 -> 0.32, strong R 0.00 -> 0.43, verdicts 205/226;
  // micro F1 0.7284 -> 0.7332); foodcheck down by its one link in every variant. Held out once, totals only (31 families):
  // 1,924/577/888 (0.7243), verdicts 2,763 -> 1,917/581/895 (0.7220), verdicts 2,770 under all three variants: TP -7, FP +4.
  // docs/history/links.md, session 63 helper licence2.
  titledPart: null,
  penaltyArticles: {
    // Session 36 (helper link): the sanction forms that strip gains and posts (取消…荣誉称号, 追缴, 撤销…职务), the disciplinary
    // proposal (处分建议, 予以处分) and 从重处罚 added. tests/eval/missed-links.ts found 12 gold links of the dev sets refused by
    // the penalty group, 4 of them strong; in a lower regulation without a 法律责任 chapter its sanction articles are known by
    // their text only, and 山东统计 第十九条 (取消其荣誉称号、追缴物质奖励和撤销晋升的职务 = 统计法 第四十五条) and 浙江统计 第十六条
    // (提出处分建议 = 统计法 第四十三条) had none of the forms. Measured on the nine dev link sets (verdict-classes.ts, fresh
    // ingests): statistics F1 0.5806 → 0.6065, verdicts 97 → 100/147; sample, real, 献血, legal aid, charity, fire,
    // residents, teachers identical in F1 and verdicts. Each form alone: the first three 99, the proposal 98, 从重处罚 97
    // (F1 0.5844). Held-out figures: docs/history/links.md, session 36.
    text: PENALTY_TEXT,
    // Session 33 (helper link): measured on the eight dev link sets (npm run eval): teachers TP 67 → 69, verdicts 92 → 94
    // of 123, strong R 0.79 → 0.83; sample, real, 献血, legal aid, charity, fire, residents identical in every figure.
    // (then '申诉|申请(?:行政)?复议|提起(?:行政)?诉讼'). Session 56 (helper refuse): with the settlement of a dispute (争议, 纠纷;
    // penalty-liable.ts RECOURSE_WITH_DISPUTES): 矿产资源法 第四十九条 (矿区范围的争议, settled by the parties and then the governments) stands in the law's 法律责任
    // chapter with no sanction, so the group rule refused 重庆 第五十三条 → 第四十九条 (gold strong). tests/eval/refusals.ts on
    // the dev link sets: mineral TP 39 → 40, F1 0.5865 → 0.5970, strong R 0.89 → 0.95, verdicts 78 → 79; every other dev set
    // identical (no other liability-chapter article of the dev documents without a sanction names a dispute). Held-out totals:
    // docs/history/links.md, session 56 (helper refuse).
    recourse: RECOURSE_WITH_DISPUTES,
    // Session 37 (helper link): 统计法 第十五条 (统计调查表应当标明…；…统计机构应当依法责令停止有关统计调查活动) was a penalty article
    // through its side clause 责令停止 alone, so the group rule refused 北京统计 第六条 and 山东统计 第七条 → 第十五条 (gold weak).
    // Outside the chapter of a document that has one, a sanction makes a penalty article only with a violation stated
    // (违反, 有下列行为之一, …的，依法追究): 统计法 第四十九条 (…进行欺诈活动的，依法追究法律责任) and 慈善法 第十六、十七条 stay
    // penalty articles; no other article of the dev documents changes. Session 36's trial without the last form (the chapter
    // alone) lost 山东 第十三条 → 第四十九条 (statistics F1 0.6065 → 0.5935). tests/eval/links-grid.ts on the ten dev link sets:
    // every figure identical (the two links are now lost to their scores, 0.101 and the paragraph test, not to the rule).
    outside: '违反|有下列(?:行为|情形)之一|的[，,][^。；]{0,40}?(?:罚款|处分|追究|责令|吊销|没收|处罚)',
    // Session 46 (helper link2), read on the sme family's "rule group" misses: 上海 第四十三条 (任何单位和个人不得有下列行为：…
    // （四）违反法律、法规规定，向中小企业收费或者罚款；…) and 中小企业促进法 第五十四条 (…不得实施没有法律、法规依据的罚款…) were
    // penalty articles by the 罚款 they forbid, so the group rule refused 上海 第四十三条 → 第五十二条 (gold weak). links-grid
    // --fresh on the fourteen dev link sets: sme TP 59 -> 60, FP 6 -> 7 (上海 第四十四条 → 第五十四条), F1 0.7066 -> 0.7101,
    // verdicts 73 = ; the thirteen other sets identical in every figure. The prohibition list alone (without the 不得 clause):
    // sme strong R 0.79 -> 0.77, verdicts 73 -> 72 (the law's 第五十四条 stayed a penalty article, its pair with 上海 第四十三条
    // lost): not kept.
    prohibited: '(?:不得|禁止|严禁)有?下列(?:行为|情形)[^。]*|(?:不得|禁止|严禁)[^。；，,]*',
    passive: PENALTY_PASSIVE,
    // Session 51 (helper link2): sideCorrection (SIDE_CORRECTION_MEASURED) measured and left off: links-grid --fresh on the
    // twenty dev link sets mental TP 76 → 78 (浙江 第二十六条 → 第四十九、五十九条, gold weak), F1 0.7103 → 0.7222, verdicts
    // 118 → 119, the nineteen others identical; held out, once, totals: TP 695 → 694, FP 187 =, micro F1 0.7300 → 0.7294,
    // verdicts 954 → 952 of 1,296 (a fall: off). docs/history/links.md, session 51 (helper link2).
    // Session 59 (helper ministry): titles (MINISTRY_TITLES) and dual (MINISTRY_DUAL) measured together and left off (absent):
    // tests/eval/ministry.ts on the thirty-seven dev link sets, price TP/FP 8/5 → 10/4, F1 0.4571 → 0.5556, strong R 0.50 →
    // 1.00, verdicts 41 → 42 (第二十二条 → 第四十二条 strong, 第二十三条 → 第四十条 found; 第二十二、二十三条 → 第三十三条 gone; 第二十五条 →
    // 第四十四条 a new false link); leave 10/2 → 11/2, F1 0.7143 → 0.7586, strong R 0.67 → 0.83, verdicts 6 → 7 (第十五条 →
    // 第六条); mental 76/27 → 78/27, F1 0.7103 → 0.7222, verdicts 119 → 120; incometax 21/1 → 22/1, F1 0.7368 → 0.7586; the
    // thirty-three others identical in every figure (dev totals TP/FP/verdicts 2118/430/2832 → 2124/429/2835). Held out, once,
    // totals: TP 1451 → 1453, FP 453 → 456, FN 635 → 633, micro F1 0.7273 → 0.7274, verdicts 2105 → 2104 of 2874 (a fall of one
    // verdict: off by rule 5). docs/history/links.md, session 59 (helper ministry).
    // Session 40 (plans): how the law mirror's texts mark a penalty part that is not a 法律责任 / 罚则 chapter (scan of every
    // unreserved text's chapter and section titles, /work/reports/plans40.md): a chapter titled 处罚 or 责任追究 alone (出境入境
    // 边防检查条例, 山东 行政执法监督条例), …行为与处罚 / 罪行和处罚 (河南 城市人民警察巡察条例, 治安管理处罚法's 节), a 司法解释's part
    // title 十、法律责任 (票据纠纷 规定: a section since session 39); and ~60 chapters of rewards and penalties together (奖励与处罚,
    // 奖励和惩罚, 奖惩, 表彰和处罚: 宁波 and 河南 献血, 上海 献血, 北京 未成年人保护 …), whose reward articles are no penalty articles.
    // Procedure chapters (处罚程序, 行政处罚的决定) are not penalty parts.
    chapter: '法律责任|罚则|(?:^|[章节\\s]|[一二三四五六七八九十]、)(?:处罚|责任追究)\\s*$|(?:行为|罪行)(?:及其|与|和)处罚\\s*$',
    mixed: '奖励(?:与|和|、|及)(?:处罚|惩罚)|奖惩|表彰(?:与|和)处罚|(?:和|与)责任追究',
    levels: ['chapter', 'section'],
    // Session 61 (helper procedure, issue 13): PROCEDURE_OPEN, on. Table first (tests/eval/refusals.ts, group waived, every dev
    // link set; the pairs the waived rule lets through, by the lower document): a lower document with a penalty part 20 gold
    // (1 strong) / 244 false; with none, not a procedure rule, 10 gold (3 strong) / 38 false; a procedure rule with none
    // (police's two 公安部 程序规定) 29 gold (2 strong) / 35 false. tests/eval/session61-procedure.ts on the forty-two dev link
    // sets, fresh: police TP/FP/FN 52/101/86 → 75/97/63, F1 0.3574 → 0.4839, strong R 0.73 → 0.87, verdicts 183 → 185/246;
    // the thirty-nine others identical (no other lower text is a procedure rule). Without `penalty` (no-group articles only):
    // police 73/95/65, F1 0.4771, verdicts 184. Held out, once, totals (29 sets): TP 1734 FP 487 FN 784, micro F1 0.7318,
    // verdicts 2456/3373, identical off and on (none holds a procedure rule). docs/history/links.md, session 61 (helper procedure).
    // Session 62 (helper police2): PROCEDURE_OPEN_MEASURE, on — an article of no group open only when it names an enforcement
    // measure: police FP 76 -> 62, TP 75 -> 74, verdicts +6; every other development set identical (its provenance).
    open: PROCEDURE_OPEN_MEASURE,
  },
  // Grid on sample + real + legal aid (per 0/0.5/1, max 3/4, relative none/0.35/0.4; per 1 gave real 0.867): per 0.5, max 3,
  // relative 0.4 moved real F1 0.871 -> 0.871, legal aid 0.683 -> 0.686, verdicts 166 -> 168 and
  // 84 -> 84, strong recall 0.974 -> 0.983 and 0.814 -> 0.831; sample (plans, off) unchanged.
  // Session 33 (helper link): per 0.5 → 1 (a two-paragraph article may keep three links, the cap unchanged). Replayed on the
  // seven dev regulation sets (tests/eval: the selection over the linker's records; per 0.5/0.75/1 × max 3/4/5 × relative
  // 0.3/0.4): only per 1 / max 3 / relative 0.4 lowers no set (real TP +1); then npm run eval: figures in docs/history/links.md.
  topKPerClause: { per: 1, max: 3, genres: ['regulation'], relative: 0.4 },
  // Link quality, session 15 (see the interface): the subject of a liability article's condition.
  penaltyActors: {
    lead: '^第[一二三四五六七八九十百零〇]+条\\s*',
    // An item of a list (（一）…的, 1. …) is a condition, not the actor; nor is a heading.
    skip: '^(?:[（(][一二三四五六七八九十\\d]+[)）]|\\d{1,2}[.．、]|#)',
    // Session 37 (helper link): 以 ends the subject except in 以及 and in 以上 / 以下 (县级以上人民政府统计机构或者有关部门有下列行为
    // 之一的: the subject was cut to 县级, and 统计法 第三十九条's actor read from its second paragraph alone, 统计人员, so the
    // rule refused 北京统计 第三十四条 → 第三十九条, gold strong). tests/eval/links-grid.ts on the ten dev link sets: statistics
    // TP 47 → 48, F1 0.6065 → 0.6154, strong recall 0.81 → 0.86, verdicts 100 = 100/147; the nine other sets identical.
    subjectEnd: '违反|违法|有(?:下列|下述|以下|上述|前款|本条)|在|拒绝|拒不|以(?!及|上|下)|为|未|不|擅自|出具|滥用|玩忽|徇私|办理|从事|利用|对|因|无正当理由|弄虚作假|骗取|索取|收取|侵占|挪用|截留|泄露|隐瞒|伪造|应当|可以|由|将|向|使用|提供|参与',
    conjunctions: '、|及其|以及|及|和|与|或者|或',
    classes: [
      { name: 'public body', head: '(?:部门|机关|政府)(?:的)?(?:工作人员|人员)?$' },
      { name: 'person', head: '(?:人员|人|员|者|师)$' },
      { name: 'organisation', head: '(?:机构|单位|组织|所|处|企业|公司|协会|中心|委员会)$' },
    ],
    staff: '^其?(?:工作)?人员$',
    staffOf: 'public body',
    // Session 45 (helper link): links-grid.ts --fresh on the twelve dev link sets: techtransfer TP 99 -> 100 (上海 第四十二条 ->
    // 转化法 第四十六条, gold strong, refused before: the law's 利用财政资金设立的科技项目的承担者 read as no actor and its second
    // paragraph's 研究开发机构 as the article's), F1 0.7416 -> 0.7463, strong R 0.86 -> 0.87, verdicts 114 -> 115; the eleven
    // other sets identical, link for link. Held out: docs/history/links.md.
    nounPhrase: true,
    // Session 45 (helper link2): links-grid.ts --fresh on the thirteen dev link sets: standards TP 64 -> 65 (上海 第四十二条 ->
    // 标准化法 第四十三条, gold strong: 监督、管理人员 against 有关行政管理部门工作人员), strong R 0.97 -> 1.00, verdicts 62 -> 63; the
    // twelve others identical, link for link. Held out (totals): identical. docs/history/links.md.
    officialConduct: '滥用职权|玩忽职守|徇私舞弊',
    officialOf: 'person',
  },
  procedureStages: {
    genres: ['regulation'],
    factor: 0.7,
    stages: [
      { name: 'apply', pattern: '申请(?!人)' },
      { name: 'accept', pattern: '受理' },
      { name: 'examine', pattern: '审查|审核|核查' },
      { name: 'decide', pattern: '决定|批准|通知' },
      { name: 'object', pattern: '异议|复核|复议' },
      { name: 'assign', pattern: '指派|安排' },
      { name: 'handle', pattern: '承办|办理' },
      { name: 'close', pattern: '结案|终止' },
      { name: 'pay', pattern: '补贴|补助|经费|资金' },
    ],
  },
  // Session 44 (helper penalty), links-grid.ts --fresh on the twelve dev link sets against main 9cda1d9 (min / minShared):
  // 0.5 / 3 statistics TP 49 -> 51, FP 23 -> 24 (F1 0.6242 -> 0.6375, verdicts 100 -> 101), the eleven others identical;
  // 0.3 / 3 statistics +2/+3, techtransfer FP +1; 0.6 / 4 statistics +1/0; as a score factor (x1.5) it moved other
  // candidates (statistics lost a strong link, legal aid, fire, techtransfer FP +1 each). Held out once (cli.ts, totals):
  // buildingenergy TP 91 -> 93, FP =, verdicts 105 -> 107, the seven others identical. docs/history/links.md.
  // Session 45 (helper link): `actors` on (links-grid.ts --fresh, twelve dev link sets against main f1a3acf): statistics FP
  // 24 -> 23 (山东 第十二条 -> 统计法 第三十八条 dropped: the respondent's 伪造、篡改统计资料, not the statistics body's), F1 0.6375
  // -> 0.6415, verdicts 101 -> 100 (第三十八条's 山东 verdict was right by that false link; liabilityRestated brings it back);
  // a first form (the article's subject nouns, not the conduct paragraph's) also dropped 第十七条 -> 第四十一条 (gold). The
  // eleven other sets identical.
  // Session 59 (helper precision2): PENALTY_CONDUCT_ACT, the conduct read without the sanction's size parts (notConduct:
  // 有违法所得的, 货值金额…的, 导致发生…事故的, 发生一般事故的) and a shared place adjunct not counted (place: 在饮用水水源保护区内).
  // links-grid.ts --fresh on the 28 dev link sets against PENALTY_CONDUCT_MEASURED: safety FP 46 → 42 (F1 0.7257 → 0.7343),
  // tendering FP 24 → 23 (verdicts 91 → 92), water FP 50 → 48 (F1 0.7452 → 0.7500, verdicts 153 → 154), no gold link lost,
  // the 25 others identical; size parts alone: safety −4, tendering −1; place alone over them: water −2. Held out, once
  // (heldout-conduct.ts, 24 sets): TP 1,344 =, FP 426 → 406, micro F1 0.7273 → 0.7312, verdicts 1,855 → 1,863 of 2,535.
  // Session 59 (helper precision3): PENALTY_CONDUCT_ACTOR, the actor phrase (CONDUCT_ACTOR_PHRASE: 从事…等活动的单位和个人,
  // 承担…职责的机构) blanked from the conduct too, with PENALTY_DUTY_ACTOR (see penaltyDuty). links-grid.ts --fresh on the 31
  // dev link sets against PENALTY_CONDUCT_ACT + PENALTY_DUTY_DISCIPLINE: safety FP 42 → 41 (verdicts 177 → 178), animal TP 98 →
  // 99, FP 24 → 22 (F1 0.7597 → 0.7704, verdicts 158 =), the 29 others identical; this field alone: animal FP −1, verdicts −1
  // (the pair-median pass moves 第三十八条 → 第五十九条). Held out, once (heldout-actor.ts, 26 sets): identical (TP 1,506 FP 441
  // FN 666, verdicts 2,156/2,938).
  // Session 60 (helper precision4), on: PENALTY_CONDUCT_CONSEQUENCE — the consequence of any breach (违反本法规定，造成…的) is no
  // conduct (CONDUCT_CONSEQUENCE), with PENALTY_DUTY_SIZED (figures there).
  penaltyConduct: PENALTY_CONDUCT_CONSEQUENCE,
  // Session 45 (helper link), with penaltyConduct.actors, links-grid.ts --fresh against main: statistics TP 51 -> 54, FP 24
  // -> 23, F1 0.6375 -> 0.6667, verdicts 101 -> 102 (山东 第十四条 -> 统计法 第三十七、三十八、三十九条, gold weak; 第四十一条,
  // 0.055, under the floor); the eleven other sets identical. Without the no-actor test the rule also linked 河南献血 第二十六
  // 至二十八条 (血站…, 医疗机构的医务人员…: their own conduct) and 新乡消防 第三十五条 (unscored pairs). Held out: docs/history/links.md.
  liabilityRestated: LIABILITY_RESTATED_MEASURED,
  // Session 17 (see the interface).
  delegation: {
    genres: ['regulation'],
    higher: '(?:省、自治区、直辖市|省级|直辖市、设区的市)[^。；]{0,40}?(?:规定|确定|核定|制定|补充规定)',
    lower: '标准[^。；]{0,40}?(?:规定|确定|核定|执行)|具体(?:标准|办法)[^。；]{0,10}由|补充规定',
    factor: 1.2,
    // Session 31: of the dev sets' 16 coverage rows the gold calls implemented and the linker gap or partial, 4 are the
    // gold's "doing what the higher leaves to the province" (献血法 第十四条's exemption for donors' families set by 河南
    // 第十九条 and 青岛 第十五条, 农业技术推广法 第十二条's township agencies, 条例 第五条's agency), none in delegation.lower's
    // words (docs/history/links.md, session 31). Replayed on the linker's records of the five dev regulation sets (coverage
    // verdicts right, sum 491): factor 1.2: 492 (legal aid F1 down, one false link), 1.25 / 1.3 / 1.5 with min 0.1: 493
    // (献血 +1: 河南 第十九条 → 第十四条 strong; legal aid +1 and FP 15 -> 14), 1.5 with min 0: 493 (献血 TP +2, legal aid
    // a false link 山东 第十七条 → 第十三条). 1.25 and min 0.1 kept: the smallest factor reaching 493 with no set falling.
    // `higher` also reads the local governments a national text enumerates (直辖市、设区的市或者县级人民政府…确定, 条例 第五条's
    // agency): npm run eval -- --set legalaid 89 -> 90 (上海 第二条 → 第五条 strong; TP 77 -> 79, FP 14 -> 15, F1 0.7586 ->
    // 0.7670), the other dev sets identical.
    best: { factor: 1.25, min: 0.1 },
  },
  // Session 19: fire's false positives were 广东's penalties for its own duties (电动自行车 parking, 疏散示意图,
  // 可燃物资仓库) linked to the 消防法's penalties on other conduct (电器产品, 消防产品) by the shared formulae alone.
  // Every penalty-group candidate of real, legal aid, charity and fire (keep-all, 22 gold of 139): at the
  // common partial threshold 0.13 the whole-document IDF keeps 16 gold and 17 non-links; with the group's IDF,
  // 17 gold and 2-5 non-links at 0.10-0.11 (0.13 / 1.2 = 0.108). Factor 1.1 / 1.2 / 1.3 (npm run eval -- --set):
  // verdicts right real+legal aid+fire 301 / 300 / 299, link F1 equal but fire 0.69 / 0.69 / 0.68; factor 1
  // (no rescaling) loses legal aid's strong penalty links (strong R 0.85 -> 0.81). npm run eval (load 15), before
  // -> after: fire F1 0.63 -> 0.69 (FP 20 -> 12, verdicts 39 -> 42), real 0.883 -> 0.882 (TP 158 -> 157, FP 20 -> 19,
  // verdicts 169 -> 168), legal aid, charity, sample unchanged; held out (never tuned on): unseen 0.754 -> 0.765,
  // overseas 0.786 -> 0.788, heritage 0.679 -> 0.688, weather 0.648 -> 0.671; mixed run: 0 cross-family links.
  pairIdfByGroup: { factor: 1.2 },
  // Session 19, off: on every found link of real, legal aid, charity and fire (higher measures with a link,
  // 356), verdicts right by `min`: none 216, 0.3: 223, 0.35: 224, 0.4: 227, 0.45: 223, 0.5: 217. npm run eval
  // (load 14) with { genres: ['regulation'], min: 0.4 }: verdicts right charity 89 -> 97, fire 42 -> 49, real
  // 168 -> 168, legal aid 90 -> 87, sample unchanged (dev +12), but held out unseen 106 -> 100, overseas 74 -> 68,
  // heritage 99 -> 95, weather 87 -> 86 (-17): not kept. Link F1 is the same either way (verdicts only).
  strongClause: null,
  // Session 19: every aligned candidate of real, legal aid, charity and fire (keep-all): of the 98 above the
  // partial threshold that the selection cuts (18 gold), a paragraph's best match with share >= 0.3 / 0.4 / 0.5 /
  // 0.6 / 0.7: 8/17, 7/14, 6/10, 5/6, 4/4 gold. npm run eval (load 16), before -> after: real F1 0.8820 -> 0.8852,
  // legal aid 0.7236 -> 0.7300, fire 0.6891 -> 0.7000, charity 0.7478 -> 0.7414 (one FP), sample unchanged (plans);
  // verdicts right legal aid 90 -> 91, others unchanged; held out (never tuned on): unseen 0.7647 -> 0.7610 (one FP),
  // overseas 0.7879 unchanged, heritage 0.6878 -> 0.6960, weather 0.6706 -> 0.6784 (verdicts 99 -> 100, 87 -> 87).
  // Session 33 (helper link): min 0.6 → 0.65. Replayed on the seven dev regulation sets (min 0.4/0.5/0.65/0.7, alone and
  // with extraLinksByParagraph at the same min): 0.65 lowers no set (charity FP −1), 0.7 costs residents a TP, lower
  // values add false links; then npm run eval: figures in docs/history/links.md.
  paragraphBest: { genres: ['regulation'], min: 0.65 },
  // Session 20: the kinds of paraphrase read on legal aid's misses (结案/办结, 补贴/补助, 告知/通知, 财物/钱物), the lexicon
  // written as general drafting synonyms. Off -> on (each set ingested as npm run eval does, load 2-6): legal aid
  // F1 0.7300 -> 0.7389 (TP 73 -> 75: 浙江 第十九条 and 河南 第三十七条 -> the 条例's 第二十四条; FP 15 -> 16; strong R
  // 0.85 -> 0.88; verdicts 91 -> 90), real, charity, fire, unseen, sample identical; held out (never read):
  // overseas, heritage, weather identical.
  // Session 20: in the dev corpora one article cites a chapter (浙江省法律援助条例 第十三条: 国务院《法律援助条例》第三章另有规定的，
  // 从其规定); its links went to the 条例's 第十三条 and 第二十条 (not links), now to 第十四、十五条 (gold) and 第十七条. Off -> on
  // (with paraphrases; load 2-6): legal aid F1 0.7389 -> 0.7549 (TP 75 -> 77, FP 16 -> 15, strong R 0.88 -> 0.90, verdicts
  // 90 -> 91); real, charity, fire, unseen, sample identical; held out (never read) identical.
  citedChapters: true,
  // Session 20, on the items （一）… of every list article of the dev gold pairs (real, legal aid, charity, fire, unseen;
  // corpus texts read directly): an item's best higher article by bigram share, beyond the links already made, was a gold
  // link for 4 of 30 items at min 0.4 / margin 0.1 and 3 of 10 at 0.5 / 0.15 over all lists (real and legal aid lose);
  // for duty lists only (this lead: 5 articles, fire 第六条, real 泰安 第十五、十六条, 浙江 第十二、十五条), 2 gold and 1
  // non-link at 0.4-0.5 / 0.15-0.25, 1 and 1 at 0.6. min 0.4, margin 0.15: npm run eval-style ingest (load 2-8): fire
  // F1 0.7107 -> 0.7317 (TP 43 -> 45: 第六条 items (九) -> 第四十三条, (十) -> 第六条; FP 11), verdicts 44 -> 44; real,
  // legal aid, charity, unseen, sample identical; held out (never read) identical.
  dutyListItems: { genres: ['regulation'], lead: '(?:履行|承担|负责)下列.{0,12}(?:职责|工作|义务)', min: 0.4, margin: 0.15 },
  // Session 21: charity's false positives were the extra links of long articles (浙江 第十九条 -> 慈善法 第四十五条, and
  // its neighbours 第四十六、四十七条). On every aligned candidate of real, legal aid, charity, fire and unseen (keep-all,
  // the selection replayed): the third link needing a paragraph (min 0.3-0.5) drops 7-10 non-links and 1 gold link; also
  // the second link under 0.8 of the best (this rule), at min 0.3 / 0.4 / 0.5: 30 / 32 / 33 non-links and 7 / 8 / 10 gold
  // ones; 0.4 kept. npm run eval (load 1-2), before -> after: real F1 0.8852 -> 0.9017 (TP 158 -> 156, FP 19 -> 10;
  // verdicts 168 -> 169), legal aid 0.7549 -> 0.7562 (verdicts 91 -> 90), charity 0.7414 -> 0.7885 (FP 20 -> 10; verdicts
  // 88 -> 92), fire 0.7317 -> 0.7568 (FP 11 -> 2; verdicts 44 -> 49), unseen 0.7610 -> 0.7624 (verdicts 106 -> 105),
  // sample unchanged (plans); held out (never read): overseas 0.7879 -> 0.7925, heritage 0.6960 -> 0.7163, weather
  // 0.6784 -> 0.6957, verdicts unchanged; strong recall fire 0.95 -> 0.90, overseas 0.87 -> 0.84, heritage 0.91 -> 0.88.
  extraLinksByParagraph: { genres: ['regulation'], min: 0.4 },
  // Session 59 (helper selection): off. See PARAGRAPH_APART_MEASURED and docs/history/links.md (session 59, helper selection).
  paragraphApart: null,
  // Session 21: legal aid's and fire's misses include articles that link to nothing, whose best candidate (often a gold
  // link: 第二条 -> 第五条, 第三十六条 -> 第二十三条, fire 第二十六条 -> 第三十五条) scores 0.09-0.13. Every aligned candidate of
  // real, legal aid, charity, fire and unseen (keep-all, the selection replayed), gold / non-links added: min 0.10 ratio
  // 1.5: 8/8, 0.11 / 1.5: 7/4, 0.11 / 1.8: 4/2, 0.12 / 1.5: 2/2. npm run eval (load 1-2), after extraLinksByParagraph ->
  // 0.11 / 1.5 -> 0.11 / 1.8: real F1 0.9017 -> 0.9023 -> 0.9049 (verdicts 169 -> 170 -> 170), legal aid 0.7562 -> 0.7586 ->
  // 0.7624, fire 0.7568 -> 0.7679 -> 0.7568 (verdicts 49 -> 50 -> 49), unseen 0.7624 -> 0.7826 -> 0.7707 (verdicts 105 ->
  // 108 -> 108), charity, sample unchanged; held out (never read): overseas 0.7925 -> 0.7826 -> 0.7875, weather 0.6957 ->
  // 0.7037 -> 0.7037 (verdicts 87 -> 88), heritage unchanged. 1.5 took overseas under its TF-IDF baseline (0.786): 1.8.
  clearBest: { genres: ['regulation'], min: 0.11, ratio: 1.8 },
  // Session 37 (helper link, link36 "Next" 2): measured on the ten dev link sets (tests/eval/links-grid.ts, fresh ingests) and
  // left off: every setting lowers the F1 of some set. min 0.10 ratio 1.2: verdicts +2 (statistics +2, legal aid +1, fire +1,
  // real -2) but F1 real 0.9112 -> 0.9045, legal aid 0.7670 -> 0.7442, fire, residents, 献血 down; 0.11 / 1: +2, legal aid
  // F1 -0.026; 0.08 / 1.5: +2, real F1 -0.010 (verdicts -1); 0.12 / 1: +1, legal aid and fire F1 -0.011 and -0.013. On the
  // recorded candidates, the best candidates under 0.13 of the documents a lower article does not link into are gold links
  // for about one in four (0.10: 17 of 60), under the F1/2 a link must reach to raise F1.
  // Session 41 (helper link, issue 13 recall): measured with `unit` (PARTIAL_FLOOR_UNIT_MEASURED) and left off. Of the dev sets' 220 missed gold links (tests/eval/missed-links.ts)
  // 143 are aligned under the partial threshold, the largest class; by shape, 78 of the 220 carry one paragraph of a longer higher
  // article and 27 one item of its list. Over the aligned candidates scored 0.06-0.13 of the nine dev regulation sets (118 gold,
  // 3,281 not), the best candidate of a document the lower article does not link into that carries at least 0.4 of one unit
  // of a higher article of two or more units (IDF over all the set's articles) was gold for 5 of 11, at 0.3 for 9 of 29; a
  // duty triple (the clause's actor, level words dropped, and its verb-object after 应当/负责/加强 …) matched for 10 of 306, no
  // better than chance, so not built. tests/eval/links-grid.ts, fresh ingests, against main: min 0.08 (0.06 the same), ratio 1,
  // share 0.4, minBigrams 6: TP +5 FP +2 (fire +1/0, residents +2/0, statistics +1/0, legal aid +1/+1, unseen 0/+1: F1
  // 0.8095 -> 0.8057), verdicts unchanged; share 0.3: +8/+8, verdicts +2 (real, unseen, teachers F1 down); 0.35 ratio 1.2:
  // +4/+2 (real -1 FP); min 0.1 share 0.35: +3/+1; 0.5: +1/0; minBigrams 4: as 6; 10: +3/+1. Held out (totals only, cli.ts
  // --set, once): TP +2 FP +6 (heritage +1/+1, coop +1/+1, weather 0/+1, buildingenergy 0/+3: F1 0.7459 -> 0.7368), verdicts
  // +1 (heritage); the other four identical. The held-out sets do not confirm the dev gain (2 of 8 added links right): off.
  partialFloor: null,
  // Session 23: paragraph-pair and actor + duty features did not separate gold links from their neighbours
  // (tests/eval/pair-features.ts); article order did, for articles that link to nothing. On the replayed records of
  // real, legal aid, charity, fire and 献血 (the linker's selection, then this rule; min 0.05-0.10, ratio 1-1.5, the
  // neighbour's link the same article or 1-2 articles away): the same article, min 0.07-0.09 and ratio 1.2 added 7
  // gold links and 2 non-links (献血 +5/0, real +1/0, legal aid +0/+2 … ), mean F1 0.7978 -> 0.8028, verdicts 501 -> 501;
  // 1-2 articles away added more non-links than gold ones. npm run eval figures: README Quality.
  neighbourBest: { genres: ['regulation'], min: 0.08, ratio: 1.2 },
  // Session 42 (helper link, issue 13 recall): measured as STRUCTURE_PRIOR_MEASURED and left off. Over the aligned
  // candidates scored 0.06-0.13 of the ten dev regulation sets (128 gold, 3,519 not), the best candidate of a document the
  // lower article does not link into, with no link from any article of its document, carrying >= 0.2 of one unit: 6 gold /
  // 7 not; inside the prior (the higher chapter a strong link of the lower article's chapter reaches, or within one article
  // of the run they reach) 6 / 6, outside it 0 / 1 (unit >= 0: inside 15 / 39, outside 1 / 9). The chapter alone is no
  // separator (any candidate in a mapped chapter with no other link: 45 / 775). tests/eval/links-grid.ts, fresh ingests,
  // against main: min 0.08 reach 1 share 0.2: TP +6 FP +1 (legal aid +1/+1, residents +1/0, statistics +3/0, civildefence
  // +1/0), verdicts +4, no dev F1 down; min 0.06: +6/+3 (fire -0.007), verdicts +2; share 0.1: +8/+8; 0.15: +7/+6; 0.25 or
  // 0.3: +4/+1; reach 0, 2 or unbounded: the same links as 1. Held out (totals only, cli.ts --set, once, on against off):
  // TP +4 FP +10 (heritage +3/+1, coop +1/+3, weather 0/+4, buildingenergy 0/+2, earthquake 0/+1), F1 summed -0.018,
  // verdicts +1: the held-out sets do not confirm the dev gain, so it is off (as partialFloor.unit, session 41).
  structurePrior: null,
  // Session 52 (helper link3, issue 13: gold links under the weak threshold): a lower article bracketed by its neighbours'
  // links (order-bracket.ts). Measured first (scratch, the twenty-one dev regulation sets' unlinked candidates under 0.13, 484
  // gold / 18,338 not): a higher paragraph's similarity (IDF share, cosine, Dice) and the lower's first clause do not separate
  // gold from its neighbours (AUC 0.48-0.56 against the score's 0.68), not built; the bracket from 0.08, gap 5: 10 / 15, strict
  // 6 / 7. links-grid --fresh, the twenty-two dev link sets against main (TP / FP added): inclusive +10/+10, verdicts +2
  // (real, fire, residents, rural, civildefence, sme down); strict (ORDER_BRACKET_MEASURED) +6/+6, verdicts +2: legal aid
  // 0.7670 -> 0.7773, teachers 0.8706 -> 0.8772, library 0.7174 -> 0.7312, techtransfer 0.7601 -> 0.7647, unseen 0.8095 ->
  // 0.7981, sme 0.7368 -> 0.7326 (verdicts -1), the sixteen others identical. Held out, once, totals (tests/eval/
  // heldout-totals.ts, off against on, the sixteen families): TP 771 -> 775, FP 219 -> 221, FN 369 -> 365, micro F1 0.7239
  // -> 0.7257, verdicts 1,077 -> 1,080/1,479. Two dev sets fall (unseen, sme), so by rule 5 the rule is off.
  // Session 53 (helper link, issue 13): on with the per-pair guard (ORDER_BRACKET_GUARDED_MEASURED; order-bracket.ts
  // `guard`). The guard's signal first (scratch, the base ingests of the twenty-two dev link sets, 50 document pairs of >= 4
  // gold links): the share of a pair's links on its longest run rising in the law's order, read on the linker's links,
  // follows the same share read on the gold (Pearson r 0.86 with every link, 0.80 with the confident ones from 0.2, 0.77
  // from 0.3; Kendall tau 0.85 / 0.76 / 0.74); but the gold's own order does not tell the bracket's right links from its
  // wrong ones (right in pairs at 0.51-0.74, wrong at 0.50-0.75; the blood-donation pairs of unseen 0.54-0.78 against a dev
  // median of 0.55: they do not reorder their law more than the others). links-grid --fresh against main (TP / FP added,
  // strict, min 0.08, gap 5): order >= 0.6 of the confident links from 0.2: unseen 0/+3, sme 0/+1 (fall); >= 0.7 and the
  // bracketing links confident: unseen 0/+2 (falls); the lower run between the neighbours no longer than the higher run
  // (`span`) alone: legal aid +3/+1, teachers, techtransfer, library +1/0, unseen 0/+1, sme 0/+1 (fall); span and order >=
  // 0.65 (8 links or more; the setting, chosen on dev only): +3 / 0, verdicts +2 — legal aid 0.7670 -> 0.7729 (verdicts 92 ->
  // 93), teachers 0.8706 -> 0.8772 (strong recall 0.88 -> 0.90), library 0.7174 -> 0.7312 (verdicts 46 -> 47), the nineteen
  // others identical in every figure. The band is narrow (order 0.6 lets 泰安 献血 in, 0.7 shuts library out). Held out, once,
  // totals (heldout-totals.ts, the eighteen families, deputies included; the unguarded rule's totals were seen in session
  // 52): TP 901 -> 902, FP 227 -> 228, FN 388 -> 387, micro F1 0.7456 -> 0.7458, verdicts 1,202 -> 1,202/1,612: no fall.
  // The figures pass rule 5, but the rule stays off: coverage's threshold replay (coverage/replay.ts, the explorer's and
  // `npm run report -- coverage`'s) does not apply it, so with it on the replay at a snapshot's own thresholds is no longer
  // the snapshot (tests/coverage/session50-replay.test.ts fails on teachers and library, measured). Switching it on needs
  // the replay to run the bracket after the neighbour rule (and selectionSettings to record it) first.
  // Session 54 (helper link, issue 13): on (ORDER_BRACKET_GUARDED_MEASURED). Coverage's threshold replay now runs the bracket
  // after the neighbour rule by the link stage's own functions (order-bracket.ts bracketEntry, bracketStep) on the snapshot's
  // kept candidates, and selectionSettings records the setting (linkSelection.rules.orderBracket; a snapshot without it was
  // ingested with the rule off): at a snapshot's own thresholds the replay is the snapshot again on every development link
  // set (tests/coverage/session50-replay.test.ts, session54-replay.test.ts). links-grid
  // --fresh on main d0dd72a8's code, the twenty-three dev link sets, off against on: legal aid 79/15/33 -> 80/15/32 (F1 0.7670
  // -> 0.7729, verdicts 92 -> 93), teachers 74/6/16 -> 75/6/15 (0.8706 -> 0.8772, strong recall 0.88 -> 0.90), library
  // 33/1/25 -> 34/1/24 (0.7174 -> 0.7312, verdicts 46 -> 47), the twenty others identical in every figure (session 53's three
  // links; with main 7fec9ec0 merged in, wildlife identical, the three the same). Held out, once, totals (heldout-totals.ts,
  // the eighteen families, on this branch's code): TP
  // 901 -> 902, FP 227 -> 228, FN 388 -> 387, micro F1 0.7456 -> 0.7458, verdicts 1,202 -> 1,202/1,612 (session 53's
  // figures again): no dev set falls and the held-out totals do not fall, so by rule 5 it is on. The snapshot's candidates
  // keep each document's best from `min` for it (select.ts nearCutRecord `docBest`), so that the replay stays exact under
  // a user's thresholds.
  orderBracket: ORDER_BRACKET_GUARDED_MEASURED,
  // Session 55 (helper link, issue 13): measured and left off. On the recorded dev candidates under the partial threshold
  // (rank 1-3, from 0.05; 313 gold, 2,719 not) the main provision's parts named do not separate the gold (half or more of the
  // duties named: 12 % of the gold, 10 % of the others; an actor named 45 / 36 %). links-grid fresh ingests, the twenty-five
  // dev link sets: PROVISION_FLOOR_BRIEF TP +2 FP +15, verdicts +2, seven sets down; PROVISION_FLOOR_MEASURED (the dev-best)
  // TP +4 FP +8, verdicts +2, real, unseen, techtransfer, standards down (tendering identical). Held out, once, totals (the
  // twenty families): TP 1,042 -> 1,043, FP 308 -> 316, micro F1 0.7315 -> 0.7299, verdicts 1,431 -> 1,430/1,958. Off by rule
  // 5 (docs/history/links.md, session 55, helper link).
  provisionFloor: null,
  // Session 42 (helper link, issue 13 recall): measured as SECOND_NEIGHBOUR_MEASURED and left off. Of the dev sets' aligned
  // candidates from 0.06 in a higher document the lower article already links into and not linked to (102 gold, 3,315 not),
  // the article just before or after one it links to: 38 / 500; with no link from its lower document: 28 / 160; and carrying
  // >= 0.3 of one of its units, scored >= 0.13: 9 / 4 (>= 0.4: 7 / 2). A lower paragraph's best article (per paragraph, the
  // IDF-weighted share of the higher's bigrams), the other half of the brief: >= 0.3 with no other link 2 / 24, not built.
  // tests/eval/links-grid.ts, fresh ingests, against main: min 0.13 share 0.3: TP +9 FP +3 (civildefence +5/0: F1 0.7273 ->
  // 0.7673; fire +1/0, teachers +1/0, real +1/+1, legal aid +1/+1, statistics 0/+1: -0.004), verdicts +5, strong R fire
  // 0.89 -> 0.95, civildefence 0.89 -> 0.93; min 0.08: +10/+9; 0.1: +10/+8; 0.16: +7/+3; share 0.2 min 0.13: +9/+7; 0.4:
  // +7/+2; 0.5: +4/+2. Held out (totals only, cli.ts --set, once, on against off): TP +3 FP +7 (heritage +1/+1, language
  // +1/0, earthquake +1/+3, buildingenergy 0/+2, coop 0/+1), F1 summed -0.0016, verdicts 0: the held-out sets do not confirm
  // the dev gain, so it is off.
  // Session 43 (helper link, job 2): the stricter adjacency (options.secondNeighbour.adjacent), links-grid on the twelve dev
  // link sets against main, min 0.13 share 0.3: 'either' (session 42) +9/+3, verdicts +5; 'next' +4/+1, +4; 'next' min 0.1
  // +5/+1, +4; 'chapter' +9/+2, +6 (legal aid +1/+1, real +1/0, fire +1/0, teachers +1/0, statistics 0/+1, civildefence
  // +5/0; techtransfer unchanged); 'chapter' share 0.2: +10/+6, +5. Held out, once, 'chapter' on against off (totals
  // only): TP +3 FP +7 as 'either' (heritage +1/+1, language +1/0, earthquake +1/+3, buildingenergy 0/+2, coop 0/+1), F1
  // summed -0.0018, verdicts 0: the chapter condition removes none of the held-out false links. Off.
  // Session 46 (helper link2), 'chapter' on the fourteen dev link sets against main 4732c611: TP +10 FP +1 (civildefence
  // +5/0, real, fire, teachers, techtransfer +1/0, legal aid +1/+1), no F1 down, verdicts +5; sme unchanged. Held out not
  // scored again (sessions 42-43 decide): off.
  // Session 47 (helper link): SECOND_NEIGHBOUR_CHAPTER_MEASURED again on the fourteen dev link sets (links-grid.ts --fresh):
  // real +1/0, legal aid +1/+1, fire +1/0, teachers +1/0, civildefence +5/0, techtransfer +1/0, sme 0/0 (TP/FP), dev verdicts
  // +5 (with termClasses: techtransfer +2/0, verdicts +6); held out, once, totals only: TP 523 -> 526, FP 125 -> 132, verdicts
  // 709 = (heritage +1/+1, language +1/0, buildingenergy 0/+2, earthquake +1/+3, coop 0/+1): left off.
  secondNeighbour: null,
  // Session 43 (helper link, job 1): techtransfer's five strong misses of class "paragraph" (tests/eval/missed-links.ts) are
  // lower paragraphs whose best article by plain share is a longer neighbour (山东 第二十四条's 税收优惠 paragraph: 0.40 in
  // 法 第十一条, 0.25 in 第三十四条 which it restates). tests/eval/links-grid.ts, fresh ingests of the twelve dev link sets
  // against main (TP / FP added, verdicts): within 0.9: +2/+11, -2; 0.8: +4/+18, -2; 0.7: +5/+29, -1; idf (within 1):
  // -11/-6, -5 (the IDF-weighted shares run lower under the same mins); idf with extraLinksByParagraph.min 0.3 / 0.35:
  // -2/0, -3 / -2/-2, -2; dice 'instead' (extra min 0.4 / 0.3 / 0.25): -19/-7 / -4/+1 / +1/+9, techtransfer +3..+5 TP and
  // +4..+5 verdicts but charity, residents, teachers, real lower; dice 'also' (PARAGRAPH_CREDIT_MEASURED): +3/+5, +1
  // (real 0/+1, statistics +1/+1, civildefence +1/+1, techtransfer +1/+2); with extra min 0.35: +8/+11, -1. No setting
  // raises recall more than it lowers precision on the dev sets: off, not scored held out.
  // Session 44 (helper link, job 2): link43's next step, the Dice best credited only when it is a short article beside
  // the share best (options.paragraphCredit.short). links-grid --fresh on the twelve dev link sets against the session's
  // lexicon (TP / FP added, verdicts): ratio 0.5 margin 1.2 (credited with its Dice): +3/+3, +2; 0.5 / 1.5: +2/+2, +2;
  // 0.7 / 1.2: +3/+3, +2; 0.35 / 1.2: nothing; with the share best's share (value 'share') 0.5 / 1.2: +6/+8, +3;
  // **0.5 / 1.5 share (PARAGRAPH_CREDIT_SHORT_MEASURED): +6/+5, +4** (techtransfer +4/+2 F1 0.7388 -> 0.7518, strong R
  // 0.86 -> 0.91; residents +1/0; statistics +1/+1; charity 0/+1 -0.0078; fire 0/+1 -0.0066); 0.35 / 1.5 share: +3/+2, +1.
  // Held out, once, PARAGRAPH_CREDIT_SHORT_MEASURED on against off: TP +0, FP +5 (heritage, language, earthquake +1,
  // buildingenergy +2), F1 summed -0.0225, verdicts -2 (language, earthquake -1). Off; code and test kept.
  paragraphCredit: null,
  // Session 50 (helper link2, issue 13): a higher article that names a class by another of its own articles (旅游法
  // 第五十六条 …本法第四十七条规定的高风险旅游项目等经营者…) read, for the paragraph shares, with the cited article's words:
  // 上海市旅游条例 第五十二条's paragraph spells the class out and credited the short 第四十七条 (0.48 against 0.45), so the
  // strong link to 第五十六条 was refused at share 0.00. links-grid --fresh, the eighteen dev link sets against main
  // (TP / FP added): mode 'replace' or 'also' without a guard: fire +1/0 (广东 第九条 → 消防法 第十七条, strong, which cites
  // 第十六条's duties), tourism +1/0 (strong R 0.68 -> 0.71, verdicts +1), real 0/+1 (浙江省国防教育条例 第二十八条 → 国防教育法
  // 第二十八条: its paragraph restates 第二十三条's class of places alone); with ownMin 0.1 (the paragraph must hold 0.1 of
  // its bigrams in the citing article's own words only: 上海 0.24, 广东 0.12, 浙江 0.07): fire +1/0, tourism +1/0, the sixteen
  // others identical in every figure, 'replace' and 'also' alike ('also' kept: it only adds credit). Held out, once, totals
  // only (tests/eval/heldout-totals.ts, off against on): TP 663 FP 176 FN 296, verdicts 911/1,234 both ways. On.
  paragraphCitedText: PARAGRAPH_CITED_TEXT_MEASURED,
  // Session 24: of the 65 dev higher measures we called implemented where the gold has weak links only, no lexical or
  // structural feature of the link separated them from the 254 right ones (score AUC 0.72; the lower's rank, link count,
  // clause count, the higher's paragraphs, lengths 0.42-0.62: tests/eval/second-links.ts), except the score within one
  // kind of pair: a one-paragraph lower article against a higher article of several paragraphs or items. On the replayed
  // records of real, 献血, legal aid, charity and fire (coverage verdicts right, 501 of 633 before), strong from 0.20 /
  // 0.21 / 0.22-0.25 / 0.26 / 0.28: 504 / 505 / 506 / 509 / 507 (0.28: real -1); every one-paragraph lower article
  // whatever the higher (no paragraph condition) at 0.22: 509 but 献血 -1. 0.24, the middle of the plateau where no set
  // loses: real 166 -> 168, legal aid 90 -> 91, fire 49 -> 51, 献血 and charity unchanged. npm run eval (load 2-4), the
  // same: sample, real, 献血, legal aid, charity, fire verdicts 58, 168, 104, 91, 92, 51; link F1 unchanged (verdicts
  // only). Held out, scored once at the end, on and off in the same run: overseas 74 -> 72, heritage 101 -> 101, weather
  // 88 -> 87 of 90 / 138 / 126 (-3, against +5 on the dev sets): it does not carry over, so it is off, as strongClause
  // (session 19) for the same reason. On: { genres: ['regulation'], implements: 0.24 }.
  partOfLonger: null,
  // Session 27: read on the dev sets' gold-weak links the linker called strong (fire, charity, legal aid: a side
  // paragraph of the higher carried, verbatim or not, was the commonest reason after "other wording"). On the replayed
  // records of real, 献血, legal aid, charity and fire (tests/eval/links-units.ts --grid; coverage verdicts right, 482
  // of 633 before): main < 0.1 with margin 0.1-0.3 +3 (real +1, 献血 +1, legal aid +1), no set falling; main 0.15 or
  // 0.2 loses legal aid (-1 to -2) and 献血, 0.3 loses three sets. Links made partial in the annotated pairs: 17 gold
  // weak, 5 gold strong. npm run eval (load 3-4), coverage verdicts right before -> after: real 158 -> 158, 献血 99 -> 100,
  // legal aid 86 -> 87, sample, charity, fire unchanged; link F1, TP/FP/FN and strong recall unchanged on every set.
  // Held out (never tuned on), scored at the end with both rules: overseas 71 -> 71, heritage 97 -> 97, weather 85 -> 83
  // (this rule's: the run with it alone gave weather 83 too). Left OFF by the lead: +2 on the dev sets against -2 held
  // out does not carry over, as partOfLonger (session 24) and strongClause (session 19). On: SIDE_PARAGRAPH_MEASURED.
  // Session 35 (helper link): the wrong coverage verdicts of the nine dev link sets classified (tests/eval/verdict-classes.ts:
  // 212 of 1,014 wrong; a weak link called strong 92, a strong link called partial 9, a missed link 92, a link too many 15,
  // a false strong link 3, not applicable 0), the largest class read link by link: the higher's side paragraph carried is
  // its largest shape. This rule re-measured on the nine sets (verdict-classes.ts over fresh ingests of today's pipeline,
  // verdicts right, off -> main 0.1 margin 0.1):
  // real 159 -> 160, 献血 100 -> 101, legal aid 90 -> 91, teachers 98 -> 100, statistics 96 -> 97, sample, charity, fire,
  // residents unchanged (+6); link F1, TP/FP/FN and strong recall unchanged everywhere (verdicts only). Of the 8 gold-strong
  // links it made partial, 2 were under a higher article whose first paragraph only frames it (志愿服务条例 第二条: 本条例
  // 适用于…, then 本条例所称志愿服务，是指…; 慈善法 第二十一条: 本法所称慈善募捐，是指…, then its two kinds): `framing` leaves
  // such articles to the score: +8 (real 161, charity 94), no set falling; npm run eval -- --set <each> gives the same
  // (sample 58, real 161, 献血 101, legal aid 91, charity 94, fire 52, residents 55, teachers 100, statistics 97; link
  // figures identical). `local`: of the 6 gold-strong links still made partial, 国防教育法 第六条 (国务院领导全国的国防教育
  // 工作… / 地方各级人民政府领导本行政区域内的…) carried by 浙江 第五条 through its local paragraph (session 30 read the shape):
  // real 161 -> 162, every other set identical (npm run eval; 810 in all). The higher's later paragraph naming the
  // province (省、自治区、直辖市…) as well: 809 (legal aid 91 -> 90: 上海 第十六条 → 条例 第二十四条's subsidy standard, gold weak).
  // Grid with framing (verdicts summed, 801 off):
  // main 0.08: 807; 0.1: 809; 0.12: 810 but fire 52 -> 51; 0.15: 810, legal aid 90 -> 89; 0.2: 814, 献血 100 -> 98, legal aid
  // 89; margin 0.2 (main 0.15): 807. Kept at the session-27 setting, the only one with no set falling; ON since session 35
  // by the brief's keeping rule (every dev set's F1 and verdicts equal or up) — the lead's session-27 decision to leave it
  // off (held-out weather -2 then) is reversed here and is the lead's to confirm: the held-out figures of the session-35
  // report are scored with it on. Off: null.
  sideParagraph: { ...SIDE_PARAGRAPH_MEASURED, framing: '本(?:法|条例)(?:所称|适用)|适用于|是指', local: '^(?:地方各级人民政府|县级以上地方)' },
  // Session 27: read on fire's gold-weak links called strong (广东 第六条, 县级以上人民政府履行下列消防工作职责, items (二) (五)
  // (六) each linked strong to a one-provision article of the law). Replayed records (links-units.ts --grid): a duty list,
  // the higher without items, an item carrying its main provision more than the lead: +2 (real +1: 泰安 第十六条's items
  // → 山东 第二十二、三十三条; fire +1), no set falling, 4 gold weak and 0 gold strong made partial; any list instead of duty
  // lists: legal aid and 献血 -1; with sideParagraph +6. npm run eval, sideParagraph on, before -> after: real 158 -> 160,
  // fire 48 -> 49, sample, 献血, legal aid, charity unchanged; link F1 unchanged (verdicts only). Both rules: dev verdicts
  // 540 -> 545 of 681; dev regulation sets' gold-weak links called strong 113 -> 90, gold-strong called partial 9 -> 15.
  // Held out: unchanged by this rule (weather's -2 is sideParagraph's). With sideParagraph off (the lead's npm run eval,
  // main after the merge): real 158 -> 159, fire 48 -> 49, every other set and the held-out sets unchanged.
  dutyListItem: { genres: ['regulation'] },
  // Session 28: the dev sets' missed links read (20 of fire, charity, legal aid, real; docs/history/links.md): most are
  // second or third links of a long article in other wording under the partial threshold, which no score rule separates
  // (sessions 22-25); one shape did: a sentence listing regimes or tasks closed by 等制度 / 等工作, each part the subject of
  // its own higher article (charity 浙江 第二十三条 遵守…意外风险告知、志愿者实名登记、志愿服务记录…等制度 -> 慈善法 第六十四、
  // 六十五条, missed by the topK cut at 0.239 / 0.216). On the replayed records of real, 献血, legal aid, charity and fire
  // (parts of at least 4 bigrams; dutyListItems' min and margin): minItems 3: charity +2 gold +1 non-link, fire +1
  // non-link; 4: charity +2 / +1 (F1 0.7885 -> 0.8037, verdicts 91 -> 93), every other set unchanged; min 0.5-0.6 keeps
  // one gold link. npm run eval figures: README "How well it links".
  taskListItems: { genres: ['regulation'], closing: '等(?:工作|制度|职责|服务|措施|事项|活动|内容|环节)', minItems: 4 },
  // Session 29: the wrong coverage verdicts of fire, legal aid and real read (docs/history/links.md): 42 of 95 a weak link
  // called strong, 4 of them a general liability clause (上海 第十八条 and 山东 第二十六条 -> 法律援助条例 第二十六条, 广东
  // 第五十条 -> 消防法 第七十一条; the gold's rule names the shape: "a general liability clause" is weak). On every dev set's
  // links (the lower article general, the higher listing conduct or setting a sanction): 5 gold weak, 1 gold strong (广东
  // 第四十三条 未履行本办法第九条规定的…责令限期改正，并依法处理 -> 消防法 第六十七条; the same shape, 河南 第四十三条 违反本条例第九条
  // 规定的…依照有关法律、法规的规定给予处罚 -> 条例 第二十七条, is weak). npm run eval -- --set <each dev set>, coverage verdicts
  // right before -> after: legal aid 85 -> 88, fire 49 -> 50 (第六十九条 and 第七十一条 right, 第六十七条 wrong); sample 58, real
  // 159, 献血 99, charity 93 unchanged; link F1, TP/FP/FN and strong recall unchanged on every set (verdicts only). With an
  // article named left out (not general): legal aid 87, fire 50 (the one gold-strong link kept, two gold-weak ones strong).
  // Measured with the delegated role on (fire's 51 below is both rules').
  generalLiability: {
    genres: ['regulation'],
    referral: '(?:依法|依照有关法律、法规的?规定|按照有关法律、法规的?规定|依照有关规定|按照有关规定)(?:给予|追究|予以|处理|处罚)',
    concrete: '罚款|警告|停止执业|停业整顿|吊销|没收|拘留|[0-9一二三四五六七八九十百千万]+元',
    // Session 46 (helper verdict): the census of the dev sets' wrong verdicts found the rule's two costs in teachers, gold-strong
    // penalty links it called partial: 河南 第三十三条 教师侮辱、殴打、体罚或者变相体罚学生的，由所在单位…给予批评教育、行政处分或者
    // 解聘；…依法承担民事责任；情节严重，构成犯罪的，依法追究刑事责任 (its own conduct and sanctions; the referral is only the
    // boilerplate tail) and 浙江 第十八条 教师违反本办法第七条第二款规定的，…责令其改正；情节严重的，依法给予处分或者解聘 (解聘, the
    // sanction of the teacher's post, beside the general 处分), both -> 教师法 第三十七条. tests/eval/verdict-classes.ts --fresh,
    // verdicts: tail alone teachers 100 -> 101, post alone or both 100 -> 102; every other dev set, every link TP/FP/FN and
    // strong recall unchanged (liabilityRestated reads `general` as before). Held out, totals only, once (cli.ts per set, on
    // against off): buildingenergy 107 -> 105/146, overseas 73, heritage 97, weather 86, familyviolence 33, language 30,
    // earthquake 143, coop 102 unchanged (671 -> 669), every held-out link P/R/F1 unchanged. Left off: the held-out total
    // falls. On: { tail: GENERAL_LIABILITY_TAIL, post: GENERAL_LIABILITY_POST }.
    strength: null,
  },
  // Session 40 (helper link): per-clause evidence on the nine dev regulation sets (tests/eval/paragraph-evidence.ts, fresh
  // ingests; 939 strong links not cited: gold strong 346, weak 147, none 446). `cover` quantiles .25/.5/.75: gold strong
  // 0.34/0.55/0.83, weak 0.22/0.32/0.41, not a link 0.26/0.42/0.65; `inFirst` strong 0.57/0.91/1.00, weak 0.29/0.66/1.00.
  // Per higher article we call implemented (demoting all its strong links), cover alone lowers verdicts (< 0.3: -26, legal
  // aid -16: its gold calls low-cover restatements strong); cover < 0.3 and inFirst < 0.3: +6 (8 gold partial, 2 gold
  // implemented; real +1, statistics +5, no dev set falling). Built and measured (cli.ts, dev verdicts real 162 -> 163,
  // statistics 100 -> 105, every other dev set and every link F1 unchanged; held out, totals only: overseas 73 -> 71,
  // weather 86 -> 83, buildingenergy 105 -> 108, earthquake 143 -> 145, heritage, familyviolence, language unchanged: net 0).
  // Left off: the held-out sets do not confirm the dev gain and two of them fall. The settings measured:
  // THIN_SUBSTANCE_MEASURED.
  thinSubstance: null,
  // Session 42 (helper verdict, issue 13): the parts of the higher article's main provision (ingest/link/parts.ts); a link
  // whose lower article names none of its actors and carries under 0.2 of its object made partial. cli.ts per set: dev
  // verdicts real 162 -> 163, statistics 100 -> 102 (second reader: fire 52 -> 51 too), every link P/R/F1 and strong R
  // unchanged; held out, totals only, once: overseas 73 -> 70, weather 86 -> 85, the six others unchanged (-4). Left off:
  // the held-out sets do not confirm the dev gain. The settings measured: MAIN_PARTS_MEASURED.
  // Session 43 (helper verdict): the parts-minority rule alone (MAIN_PARTS_MINORITY: the main provision's distinct duty
  // verbs, its first duty's object cut at 、 和 及 以及 或者, its list items; a link whose lower article carries under 0.2 of
  // 4 or more parts made partial; the actor-counterpart lexicon on). Chosen on dev by tests/eval/parts-features.ts (4+
  // parts under 0.2: +6; under 0.25: +3; under 0.3: -4). cli.ts per set, dev: verdicts 1,013 -> 1,019 (real 162 -> 163,
  // legalaid 91 -> 92, charity 94 -> 95, teachers 100 -> 101, incometax 15 -> 16, techtransfer 114 -> 115, no set down),
  // every link TP/FP/FN and strong R unchanged; held out, totals only, once: heritage 97 -> 98, coop 102 -> 103,
  // familyviolence 33 -> 32, earthquake 143 -> 141, four unchanged (669 -> 668, -1). Left off: the held-out total falls.
  // Session 44 (helper verdict): the same minority test on the parts reread (MAIN_PARTS_REREAD, `reread`: no coverb taken
  // for a duty, a 等 list one part, 省、自治区、直辖市 one level, only marked items; 4+ parts under 0.25, bigram carrying).
  // Read first: of the 11 dev gold-strong links session 43's rule demoted, 9 had misread parts. Chosen on dev by
  // parts-features.ts (4+ under 0.25: +6 demoting gold strong 6 / weak 13 / none 22, where session 43's rule demoted
  // 11 / 22 / 34; 5+ under 0.25: +6; 4+ under 0.2: +2; 3+ under 0.25: +3). With the part-heads lexicon (head noun and verb
  // class carry a part, MAIN_PARTS_HEADS, 5+ under 0.5, its best): +4 on replay, dev verdicts 1,013 -> 1,017 (unseen -1).
  // Fresh ingests, dev: verdicts 1,013 -> 1,019 (real 162 -> 165, charity 94 -> 96, techtransfer 114 -> 115, no set down),
  // every link TP/FP/FN, F1 and strong R unchanged; held out, totals only, once (cli.ts per set): buildingenergy 105 -> 106,
  // coop 102 -> 103, earthquake 143 -> 140, five unchanged (669 -> 668, -1), link P/R/F1 unchanged. Left off: the held-out
  // total falls.
  mainParts: null,
  // Session 47 (helper verdict, issue 13): clause coverage by alignment (CLAUSE_COVER: the main provision cut at 。；：，、,
  // a clause carried at 0.5 of its IDF weight; partial when 4+ clauses, at most one carried and under 0.2 of their weight,
  // score under 0.25, and another article of the same higher document outscores the link). Chosen on the dev sets by
  // tests/eval/session47-verdict.ts (replayed demotions) and fresh ingests (verdict-classes.ts --fresh): without the
  // `outscored` guard dev verdicts 1,156 -> 1,175 but unseen 100 -> 99; with it 1,156 -> 1,165 (real 162 -> 164, unseen
  // 100 -> 101, legalaid 91 -> 92, fire 52 -> 53, statistics 103 -> 106, civildefence 72 -> 73, no set down; weak called
  // strong 129 -> 119, strong called partial 15 -> 16), every link TP/FP/FN and strong R unchanged. Held out, totals only,
  // once (cli.ts per set): buildingenergy 107 -> 110, weather 86 -> 85, the seven others unchanged (709 -> 711), link
  // P/R/F1 unchanged. Promoting a row by the union of the clauses its lower articles carry loses on every setting (-7 to
  // -27): the gold's measure verdict is its best link's grade, not the union (docs/history/links.md, session 47).
  // Session 52 (helper verdict): `pair` (CLAUSE_COVER_PAIR: the second pass over a document pair's links, pair-median.ts: a
  // strong link is partial when its pair's links have a median score of 0.3+, the higher main provision 3+ clauses and the
  // lower carries none of them, under 0.2 of their weight) and `state.noneAnyScore` (session 48's state test at any score
  // when none of the clauses is carried). Fresh ingests of the twenty dev regulation sets (tests/eval/links-grid.ts, tag
  // h52v-base against h52v-pair / h52v-both): verdicts 1,735 -> 1,740 with `pair` (real 165 -> 167, standards 69 -> 70,
  // culture 96 -> 97, volunteer 64 -> 65), -> 1,741 with both (mental 118 -> 119), no set down, every link TP/FP/FN and
  // strong R unchanged. Held out, totals only, once (15 sets): verdicts 993 -> 997/1,355 with `pair`, 997 with both; link
  // TP/FP/FN 727/196/341 unchanged. On by the brief's rule (docs/history/links.md, session 52).
  // Session 62 (helper ministry4): the pair pass's median over the scored links only (CLAUSE_COVER_PAIR_SCORED; with the chapter
  // carrier's score-0 links below).
  clauseCover: { ...CLAUSE_COVER, pair: CLAUSE_COVER_PAIR_SCORED },
  // Session 54 (helper verdict): the clause-part pass (CLAUSE_PARTS_MEASURED, ingest/link/clause-parts.ts). Fresh ingests of
  // the twenty-two dev regulation sets (tag h54v-base against h54v-on): verdicts 2,073 -> 2,079 of 2,779 (charity 94 -> 95,
  // statistics 108 -> 109, techtransfer 117 -> 118, safety 173 -> 175, animal 155 -> 156), no set down, every link
  // TP/FP/FN and strong R unchanged. Held out, totals only, once (18 families, equipment not yet merged): verdicts
  // 1,202 -> 1,204 of 1,612, link TP/FP/FN 901/227/388 unchanged. On by rule 5; coverage's threshold replay and the
  // calibration run the same pass (docs/history/links.md, session 54). Session 55 (helper verdict): with the reader's three
  // readings (CLAUSE_PARTS_READ): fresh ingests of the twenty-three dev regulation sets identical (2,153 of 2,893, tag
  // h55v-base against h55v-on); held out, totals only, once (twenty families): verdicts 1,431 of 1,958 and link TP/FP/FN
  // 1,042/308/457 with either reader. On by rule 5. Session 56 (helper verdict): with four more readings
  // (CLAUSE_PARTS_READ56: 国家机关, adverbs and 会同… before the verb, 根据… manner clauses, 负有…职责的 / 从事…活动的 units,
  // a count after 由; 136 of the 1,096 dev main provisions read otherwise): fresh ingests of the twenty-four dev regulation
  // sets identical (2,244 of 3,027 with tendering, tag h56v-base against h56v-r56); held out: docs/history/links.md, session 56.
  // Session 57 (helper verdict): with two more (CLAUSE_PARTS_READ57: a coverb phrase before the duty verb, 进行 / 予以 / 给予
  // named by the verbal noun, no 为… duty after an encouragement, a time clause 接到…后 holding the actor; 141 of the 1,125
  // dev main provisions read otherwise): fresh ingests of the twenty-five dev link sets and the sample identical (2,383 of
  // 3,198, tag h57v-base against h57v-cp); held out, totals only, once (twenty-one families): identical, TP/FP/FN
  // 1,102/330/486, verdicts 1,578/2,150; after main's merge `water` (dev) identical, `land` (held out, alone once) identical.
  // On by rule 5 (docs/history/links.md, session 57 helper verdict).
  // Session 58 (helper grading): with the units-split reading (CLAUSE_PARTS_READ58: a strong link under 0.25 is partial when
  // the higher article's 3+ units — list items, else paragraphs — are shared out among the row's lower articles, this one
  // carrying some, another one it does not). Fresh ingests of the twenty-seven dev link sets (tag h58g-on against h57v-m57):
  // verdicts 2,535 -> 2,536 of 3,402 (wildlife 72 -> 73), every other verdict and every TP/FP/FN, F1 and strong R identical.
  // Held out, totals only, once (twenty-two families): TP/FP/FN 1,188/367/528, micro F1 0.7264, verdicts 1,692/2,322, as
  // before. On by rule 5 (docs/history/links.md, session 58 helper grading).
  // Session 59 (helper grading2): with the supervision grading (CLAUSE_PARTS_READ59S, acts.ts supervisionOnly: the act
  // reading with its actor; a strong link under 0.25 is partial when the law article reads 2+ acts, one of a unit / person /
  // everyone, none carried by the lower, which reads a government's or department's supervise act). Fresh ingests of every
  // dev link set (links-grid rows, tag h59g2-base against h59g2-on): verdicts 2,832 -> 2,835 of 3,782 (safety 176 -> 177,
  // water 153 -> 154, civildefence 75 -> 76), no set down, every link TP/FP/FN, F1 and strong R unchanged. Held out,
  // totals only, once (twenty-five families): links TP/FP/FN 1,451/453/635 and verdicts 2,105/2,874 identical. On by rule 5
  // (docs/history/links.md, session 59 helper grading2).
  clauseParts: CLAUSE_PARTS_READ59S,
  // Session 55 (helper link3): the taken-article guard (TAKEN_ARTICLE_MEASURED, ingest/link/taken-article.ts), measured and
  // left off. Fresh ingests of the twenty-four dev link sets (links-grid.ts, tag h55l3-base against h55l3-on): FP 316 -> 307
  // (unseen, legal aid, charity, library, volunteer -1, residents, techtransfer -2), TP, strong R and verdicts unchanged in
  // every set; tendering (merged later) FP 24 -> 23. Held out, totals only, once: nineteen families TP/FP/FN 990/294/416 ->
  // 989/291/417 (micro F1 0.7361 -> 0.7364); `quality`, merged after, alone once 52/14/41 -> 51/14/42; the twenty together
  // 1,042/308/457 -> 1,040/305/459, micro F1 0.7315 -> 0.7314 (a fall), verdicts 1,431/1,958 both. Off by rule 5
  // (docs/history/links.md, session 55 helper link3).
  takenArticle: null,
  // Session 56 (helper link3): the unnamed-second guard (UNNAMED_SECOND_MEASURED, ingest/link/unnamed-second.ts). Fresh
  // ingests of the twenty-five dev link sets (tag h56l3-base against h56l3-on): FP 316 -> 312 (legalaid, statistics,
  // techtransfer, animal -1), TP and strong R unchanged in every set, verdicts 2,302 -> 2,304 of 3,094 (statistics, animal
  // +1), no set down. Held out, totals only, once (twenty families): TP/FP/FN 1,042/308/457 -> 1,042/306/457, micro F1
  // 0.7315 -> 0.7320, verdicts 1,431/1,958 both. On by rule 5 (docs/history/links.md, session 56 helper link3).
  unnamedSecond: UNNAMED_SECOND_MEASURED,
  // Session 57 (helper sibling): the sibling guard (SIBLING_SECOND_MEASURED, ingest/link/siblings.ts), measured and left
  // off. Fresh ingests of the twenty-six dev link sets (tag h57s-base against h57s-on): FP 9 fewer (unseen, residents,
  // volunteer, wildlife -2, techtransfer -1), TP and strong R unchanged in every set, verdicts +3, no set down; `water`
  // (development, merged later) FP 52 -> 50, F1 0.7405 -> 0.7452. Held out, totals only, once: twenty-one families TP/FP/FN
  // 1,102/330/486 -> 1,101/328/487 (micro F1 0.7298 -> 0.7299, verdicts 1,578 -> 1,580); `land`, merged after, alone once
  // 86/37/42 -> 84/34/44 (verdicts 114 -> 116); the twenty-two together 1,188/367/528 -> 1,185/362/531, micro F1 0.72638 ->
  // 0.72632 (a fall), verdicts 1,692 -> 1,696 of 2,322. Off by rule 5 (docs/history/links.md, session 57 helper sibling).
  siblingSecond: null,
  // Session 63 (helper precision6): SECOND_ADDS_63 (second-adds.ts), on. Fresh ingests of the thirty-nine development link sets
  // (links-grid.ts, tag h63p6-parts against h63p6-base): TP 2,594 =, FP 650 -> 641 (teachers, tourism, water, traffic, police,
  // licence, civildefence -1, mental -2), no gold link lost, verdicts 3,865 -> 3,867/5,112 (mental, police, civildefence +1,
  // tourism -1, F1 up); held out, once, totals over the thirty-one families: TP/FP/FN 1,924/577/888 -> 1,922/566/890, micro
  // F1 0.7243 -> 0.7253, verdicts 2,763/3,767 both. On by rule 5 (docs/history/links.md, session 63 helper precision6).
  // Session 63 (helper precision7): SECOND_ADDS_CLAUSE_63 (secondAdds.sameClause) measured and left off: dev FP 680 -> 667,
  // TP =, verdicts +5, no set down; held out, once, 1,976/583/900 -> 1,973/578/903, micro F1 0.72714 -> 0.72711 (a fall),
  // verdicts +2. Off by rule 5 (docs/history/links.md, session 63 helper precision7).
  secondAdds: SECOND_ADDS_63,
  // Session 58 (helper recall2): REMAINDER_SECOND_MEASURED (remainder-second.ts), measured and left off. Fresh ingests of
  // the twenty-seven dev link sets (tag h58r2-base against h58r2-D): TP +3 (tourism 0.5185 -> 0.5240, mental 0.7103 ->
  // 0.7163, tendering 0.7228 -> 0.7291), FP 0, verdicts +2 (mental, tendering), every other set identical; looser settings
  // (min 0.08, unitShare 0.5 or 0.6, unitFirst 0.1 or 0.2, or no sanction guard) put five or six sets down. Held out, once,
  // totals only (twenty-two families): TP/FP/FN 1,188/367/528 -> 1,188/368/528, micro F1 0.7264 -> 0.7262 (a fall),
  // verdicts 1,692/2,322 both. Off by rule 5 (docs/history/links.md, session 58 helper recall2).
  // Session 63 (helper recall6): the clause reading, measured and left off. Fresh ingests of the forty development link sets
  // (tests/eval/session63-clause-remainder.ts, tag h63r6-* against h63r6-base: TP/FP/FN 2,687/680/1,300, verdicts 4,027/5,252):
  // REMAINDER_CLAUSE_UNREAD_63 TP +4 (tourism, mental, tendering, flood) FP +2 (traffic, police: one false link each, F1
  // 0.5813 -> 0.5798 and 0.5632 -> 0.5612), verdicts +2, micro F1 0.7308 -> 0.7312; without the formula guard
  // (REMAINDER_CLAUSE_63) +4/+4, verdicts 0; units (REMAINDER_SECOND_MEASURED) +3/+3, verdicts +1. Held out, once, totals
  // only (thirty-two families, tests/eval/session63-heldout-recall6.ts): TP/FP/FN 1,976/583/900 -> 1,974/589/902, micro F1
  // 0.7271 -> 0.7259, verdicts 2,855 -> 2,853 of 3,865. Off by rule 5 (two development sets fall, the held-out totals fall;
  // the calibration of tests/eval/links.ts does not replay remainderSecond). docs/history/links.md, session 63 helper recall6.
  remainderSecond: null,
  // Session 59 (helper recall3): UNCLAIMED_BEST_MEASURED (unclaimed-best.ts), measured and left off. Fresh ingests of the
  // twenty-eight dev link sets (session59-grid.ts, tag h59r3-base): min 0.11, margin 1.3: TP +19 FP +15 (micro F1 0.7566 ->
  // 0.7588), verdicts +8, but real, legalaid, statistics, sme, safety, mineral, soil and techtransfer fall (F1 or verdicts,
  // one false link each); min 0.10 margin 1: +32/+39, verdicts +4, ten sets down; 0.11/1: +21/+20, nine down; 0.10/1.3:
  // +25/+30, eight down; 0.12/1 and 0.12/1.3: +11/+6 and +10/+6, verdicts +3, five down (fire, mental, wildlife, mineral,
  // techtransfer); the lower article also the law article's best of its document (`mutual`, code removed): 0.10/1 +14/+20,
  // 0.11/1.3 +10/+10. Held out, once, totals only (twenty-four families, 0.11/1.3): TP/FP/FN 1,344/426/582 ->
  // 1,354/442/572, micro F1 0.7273 -> 0.7276, verdicts 1,855 -> 1,857 of 2,535. Off by rule 5 (development sets fall).
  // Session 59 (helper unclaimed): with the guard (UNCLAIMED_BEST_GUARDED: the lower's own principle, procedure step, fund,
  // or encouragement against the law's duty left out), tag h59u-g3f against h59g2-on, thirty-one sets: TP +17 FP +7 (micro F1
  // 0.7520 -> 0.7548), verdicts +12, four sets down (real: two false links, one of them gold in volunteer's copy of the pair;
  // legalaid; sme, verdicts; mineral); held out once 1,492/456/680 -> 1,500/468/672, verdicts 2,143 -> 2,144 of 2,938. Off.
  // Session 63 (lead, on helper recall5's figures): UNCLAIMED_CHAPTER_MEASURED on — dev TP +9 FP +3, verdicts +5, held out
  // (once) TP +6 FP +2, verdicts +5; the two sets down fall by one unit each (legal aid one false link, F1 0.7767 -> 0.7729 and
  // one verdict; sme one verdict with F1 up), which the lead reads as noise under rule 5. Re-measured with the session's
  // other merged rules in the lead's eval (docs/history/links.md, session 63 lead).
  unclaimedBest: UNCLAIMED_CHAPTER_MEASURED,
  // Session 60 (helper seconds): CLAUSE_SECOND_MEASURED (clause-second.ts), measured and left off. Fresh ingests of the
  // thirty-one dev link sets (session60-clause-grid.ts against tag h60s-base; TP/FP/FN 2,133/422/952, micro F1 0.7564, verdicts
  // 2,844/3,782 with the sample): min 0.12 with `later` (the clause not the article's first): TP +7 FP +3 (micro F1 0.7575),
  // verdicts +6, water down (F1 0.7500 -> 0.7452: 山东 第四十五条 -> 水污染防治法 第七十九条, 广东 第六十条 -> 第六十九条);
  // min 0.09: +17/+14, verdicts +4, eight sets down; 0.09 `divided` (another clause's best is the first link): +12/+6, five
  // down; 0.09 `divided` + `strict` (the act's head read and equal): +10/+5, five down; 0.12: +10/+5 (two down: mental,
  // water); 0.12 `divided`: +8/+3 (mental, water); 0.12 `later` + `divided`: +5/+1 (water); 0.12 `later` + `strict`: +4/+2
  // (water); 0.11 `later`: +8/+6 (three down); 0.10 `later`: +8/+8 (five down). Held out, once, totals only (twenty-six
  // families): TP/FP/FN 1,506/441/666 -> 1,509/444/663, micro F1 0.7312 -> 0.7316, verdicts 2,156 -> 2,155 of 2,938. Off by
  // rule 5 (a development set falls, the held-out verdicts fall).
  clauseSecond: null,
  // Session 60 (helper objects): OBJECT_SWAP_MEASURED, on by rule 5. Fresh ingests of the thirty-one dev link sets (tag
  // h60o-swap against h60o-base): safety TP/FP/FN 123/41/47 -> 124/40/46 (verdicts 178 -> 179), animal 99/22/37 -> 100/21/36
  // (158 -> 159), standards verdicts 70 -> 71 (a swap between two non-gold articles), every other set identical; ratio 0.4 the
  // same, 0.6 standards' verdict not gained, slack 2 legal aid down. The object hold alone, as a swap at any margin and ratio,
  // fixes fewer links than it breaks (tests/eval/session60-objects.ts). Held out, once, totals only: identical (TP/FP/FN
  // 1,506/441/666, verdicts 2,156/2,938). (docs/history/links.md, session 60 helper objects.) Turned off by the lead after the
  // merges: the candidates it records from 0.08 (nearCutRecord's docFrom) took a link thread of the 198-document mixed corpus
  // (10,246 measures) past its heap bound (276 MB, LINK_THREAD_OPTIONS), its part relinked without the bound; off, the same
  // corpus stays inside it. Two links and three verdicts do not pay for that and 2-7 % larger snapshots.
  objectSwap: null,
  // Session 61 (helper recall4): OBJECT_HEADS_MEASURED, on by rule 5. Fresh ingests of the thirty-four development link sets
  // (tests/eval/session61-grid.ts, tag h61r4-heads against h61r4-base): wildlife TP/FP/FN 44/14/31 -> 45/13/30 (strong R 0.86
  // -> 0.90), cosmetics 46/22/25 -> 47/21/24, civildefence 61/15/22 -> 62/14/21, verdicts real 167 -> 168, rural 87 -> 88 (two
  // swaps between non-gold articles), every other set identical: TP +3, FP -3, verdicts +5, no set down. Ratio 0.85: +2/-2,
  // +3; 0.6: +1/-1 with unseen, statistics, rural down; 0.5: -2/+2, five sets down; a head of three characters: +2/-2 with
  // culture down. Held out, once, totals only (27 families): TP/FP/FN 1,559/453/726 -> 1,561/451/724, micro F1 0.7256 ->
  // 0.7266, verdicts 2,203 -> 2,203 of 3,025. It reads the near-cut record's candidates (no candidate kept for it, unlike
  // objectSwap's docFrom). docs/history/links.md, session 61 helper recall4.
  objectHeads: OBJECT_HEADS_MEASURED,
  // Session 60 (helper ministry2): MINISTRY_TITLE_TERM, on by rule 5 — development price TP/FP 8/5 -> 15/10 (F1 0.4571 ->
  // 0.6383, verdicts 41 =), every other development link set identical; held out once, totals only (27 families): identical
  // (TP/FP/FN 1,555/457/730, verdicts 2,199 of 3,025). docs/history/links.md, session 60 helper ministry2. Session 62 (helper
  // police2): with the holder's act (MINISTRY_TITLE_TERM_ACT, TITLE_TERM_ACT's provenance): police FP 97 -> 76, every other
  // development set identical.
  // (TP/FP/FN 1,555/457/730, verdicts 2,199 of 3,025). docs/history/links.md, session 60 helper ministry2.
  // Session 62 (helper ministry4): MINISTRY_TITLE_TERM_62 — the chapter carrier and its swap (MINISTRY_CHAPTER_SWAP) on, with
  // clauseCover.pair.scored below. Fresh ingests of the thirty-seven development link sets as the default (links-grid.ts, tag
  // h62m4-new against h62m4-base): cosmetics TP/FP/FN 49/21/22 -> 52/20/19 (F1 0.6950 -> 0.7273, verdicts 54 -> 55), police
  // 75/97/63 -> 80/97/58 (F1 0.4839 -> 0.5079), every other set identical (dev TP +8, FP -1, verdicts +1). Held out, once,
  // totals only (30 families), measured with the heading's remit guard also on (`swap` of tests/eval/session62-ministry.ts):
  // TP/FP/FN 1,838/538/866 -> 1,846/549/858, micro F1 0.7236 -> 0.7241, verdicts 2,627 -> 2,628 of 3,585; the remit heading
  // alone 1,839/545/865 (0.7229), its links a superset of those it makes with the carrier, so the carrier alone lies within
  // TP 1,845-1,846, FP 542-549 (micro F1 >= 0.7238); not run alone (docs/history/links.md, session 62 helper ministry4).
  // The lead (session 62) merged the two: MINISTRY_TITLE_TERM_62_ACT, figures of the merged default in docs/history/links.md
  // (the session 62 lead's entry).
  titleTerm: MINISTRY_TITLE_TERM_62_ACT,
  paraphrases: { genres: ['regulation'], classes: readParaphrases(new URL('../lexicon/paraphrases.txt', import.meta.url)) },
  // Session 25: every group of the lexicon measured alone on the dev regulation sets (fresh ingests; F1 and TP/FP of
  // real, 献血, legal aid, charity, fire; README "Cascade and coverage"). Only `grassroots` raised a set with none
  // falling (献血 TP 85 -> 86, F1 0.8057 -> 0.8113); levels (real FP 10 -> 14: articles drawn together by their shared
  // actor), modal (献血 TP 85 -> 84), sanctions (fire TP 42 -> 41), renames (real FP +1), synonyms (charity and fire
  // TP -1) and all together (real F1 0.9080 -> 0.8946) lose; self changes nothing. Left OFF by the lead: one link on
  // one set is within noise, and with grassroots on the neighbour rule adds a fire link that the threshold replay does
  // not redo (tests/eval/replay.test.ts fails). To try it: { genres: ['regulation'], rules: rewriteGroups(['grassroots']) }.
  // Session 46 (helper link2), read on the sme family's misses, rules given in the options (not in the lexicon), links-grid
  // --fresh on the fourteen dev link sets: 行业协会、商会|商会、行业协会|行业协会|商会 => 行业组织: sme FP 6 -> 5 (F1 0.7066 ->
  // 0.7108) but verdicts 73 -> 72, the other sets identical; (?<![中小])大企业 => 大型企业 and 国家|本市|本省|本自治区 dropped
  // before 鼓励|支持|引导|推动|扶持|促进: sme TP -1 FP -1, verdicts -1; 科技计划项目|科研计划项目 => 科研项目, 场所 => 场地: nothing
  // moved. Off (docs/history/links.md, session 46 helper link2).
  draftingRewrites: null,
  // Session 33 (helper link), read on the teachers family's false links (浙江 第五、十、十二条 → 教师法 第四十条, the
  // glossary, by 中小学教师 and 特殊教育): npm run eval on the eight dev link sets: figures in docs/history/links.md.
  // Session 46 (helper link): `definitions`, read on the 促进科技成果转化 trial (转化法 第二条 linked from 北京 第十六条 and 上海 第八条 on
  // one phrase of a definiens); every dev gold link into a definitions-only article comes from a lower article that defines.
  // links-grid.ts, thirteen dev link sets: techtransfer FP 28 -> 27 (F1 0.7463 -> 0.7491), the twelve others identical.
  glossary: { higher: '下列用语的含义', lower: '所称|是指|下列用语的含义', definitions: DEFINITIONS_SENTENCE },
  // Session 46 (helper link): read on the 促进科技成果转化 trial (tests/real/techtransfer-trial: 北京 第九、二十七条 -> 转化法 第七条 gone);
  // links-grid.ts, thirteen dev link sets: identical in every figure. docs/history/links.md.
  provisos: { genres: ['regulation'], pattern: PROVISO },
  // Session 47 (helper link, issue 13): read on the missed links of the promotion-law family sme (北京 第三十六条's 高等院校、科研院所
  // for 中小企业促进法 第三十七条's 科研机构、高等学校; 上海 第三十二条's 信息技术 for 第三十三条's 互联网、云计算、大数据、人工智能).
  // links-grid.ts --fresh, fourteen dev link sets, off -> on: sme TP 60 -> 63, FP 7 -> 6 (F1 0.7101 -> 0.7368, strong R 0.79 ->
  // 0.81), standards FP 10 -> 9 (F1 0.8025 -> 0.8075), the twelve others identical; verdicts unchanged. Without the guard (a
  // class's token counted when only one document holds it) charity FP +1 (慈善法 第八十八条's 高等学校, 科研机构 lengthened its
  // vector and moved a relative cut); weight 2: sme TP +4 FP +3, techtransfer FP +1, verdicts -2. Classes measured and left
  // out: 科研项目 | 科技计划项目 | 科研计划项目 | 科技项目 (techtransfer FP +2, verdicts -1); 融资 | 贷款 | 信贷, 公共服务平台 |
  // 公共服务机构, 场地 | 场所 | 用地, 创业基地 | 孵化器 | 众创空间 … (sme unchanged); 信息化 and 数字化 in the IT class (sme FP +1).
  // Held out, totals only: identical on all nine sets (TP 523 FP 125 FN 233, verdicts 709), and on employment and cleanprod. 支持 | 扶持 as a sixth class: dev
  // legal aid FP -1, techtransfer TP +1 (上海 第十四条 -> 第三十五条), held out FP +2, verdicts -1 (weather, familyviolence,
  // agrimach): left out. 服务机构 | 中介机构 | 中介服务机构 with 奖励 | 表彰: real, unseen, techtransfer FP +1, statistics TP -1.
  termClasses: { genres: ['regulation'], classes: TERM_CLASSES, weight: 1 },
  // Session 57 (helper recall, issue 13): paraphrase classes for the gold links under the weak threshold
  // (RECALL_CLASSES_MEASURED; docs/history/links.md, session 57). Of 570 gold links aligned under 0.13 on the twenty-five
  // dev regulation sets, a candidate class (two texts each writing a term of it the other does not) bridges 72, against
  // several times as many non-gold candidates of the 0.06-0.13 band. links-grid.ts --fresh, each class alone against the
  // base: 许可 | 审批 | 批准 dev TP +1 FP -2, no set down (tendering 0.7228 -> 0.7291: 重庆 第九条 -> 法 第九条; statistics FP 20 ->
  // 19, wildlife FP 14 -> 13), verdicts +-0; 社会力量 | 社会组织 library TP -1; 补贴 | 补助 | 资助 rural TP -1, verdicts -2;
  // 合法权益 | 权益 legal aid and tourism FP +1; 宣传 | 推广 | 推介 sme FP +1; 公共设施 | 基础设施, 标识 | 标志 nothing. Held out,
  // once, totals only, the licensing class: TP 1102 FP 330 FN 486 (micro F1 0.7298) both, verdicts 1,578 -> 1,577 / 2,150:
  // a held-out total falls, so off (rule 5). After main's merge: dev water the same links, verdicts 152 -> 151; held-out land
  // alone TP 86 FP 37 both, verdicts 114 -> 113.
  recallClasses: null,
  // Session 48 (helper link, issue 13): a general thesaurus (同义词词林扩展版's synonym rows, HanLP 1.x, Apache-2.0) for the
  // paraphrase the promotion-law families lose (rural, sme: 扶持 / 支持 …). links-grid.ts --fresh, fifteen dev link sets,
  // against off (TP / FP): class tokens in the unit's words (level 7, weight 0.5, at most 2 classes a word): real +1/+4,
  // legal aid 0/+4, fire +1/+3, techtransfer 0/+5, civildefence +2/-2, seven sets down; weight 0.25: real 0/+1, sme +1/+1,
  // civildefence +2/-1; tokens counted only where the two units write different words (`distinct`): the vectors lengthen,
  // recall falls (weight 0.5: sme -5/-1, rural -4/0). A soft-cosine credit instead (`mode` 'soft': a word of the lower
  // unit the higher does not write meets a word of its class the higher writes): weight 1: sme +4/0, rural +3/+1 but real
  // +2/+5, charity, fire, residents FP +1; with `unseen` (each word one the other document never writes), level 7, weight
  // 1, one class a word (THESAURUS_MEASURED): real, legal aid, statistics +1/0, sme -1/0 (a competitor of 北京 第十四条
  // raised, 0.100 -> 0.114), held out, once, totals only: TP 612 =, FP 159 -> 158, verdicts 791 =. `unseen` 'lower',
  // weight 0.5 (THESAURUS_LOWER_UNSEEN): real +2/0, techtransfer +1/+1, the thirteen others identical (not scored held out:
  // the one held-out run was spent). Every gain is a link at the 0.13 partial cut; sme and rural unmoved: left off.
  thesaurus: null,
  // Session 34 (helper link): off. Built for the weak second links of long articles (fire 17/27, legal aid 24/33 of their
  // misses, session 33) and measured with npm run eval -- --set <each dev regulation set> (F1 4 d.p., TP/FP/FN, verdicts):
  // the missed links' own item shares are low (0.1–0.4) and beat the item's other candidates by 0.00–0.15, so an item's best
  // is mostly a link the article already has, and what it adds is mostly wrong. 款/项 items, min 0.6 margin 0.15: real
  // FP 10 → 11, legal aid 15 → 16, fire 1 → 2, residents TP 65 → 66, the rest identical; min 0.3 margin 0.1: real F1
  // 0.9112 → 0.8858 (FP 20), fire 0.7500 → 0.7241, statistics 0.5897 → 0.5802 (verdicts 97 → 95), teachers TP +1; with
  // minScore 0.13 (min 0.3, margin 0.05): FP +1 on real, 献血, legal aid, charity, fire, teachers TP +1 (verdicts 98 → 99).
  // Sentences as items too, min 0.4 margin 0.1 minScore 0.1: teachers 0.8554 → 0.8757 (verdicts 98 → 100), real TP +1 FP +4
  // (0.9040), legal aid FP +2 (0.7596), fire TP +1 FP +2 (0.7478, verdicts 52 → 51), statistics FP +2; min 0.25 margin 0.1
  // minScore 0.09: charity 0.8224 → 0.8333 and teachers → 0.8671 but real 0.8939, fire 0.7288, statistics 0.5818. Every
  // setting lowers a dev set: not kept.
  perItem: null,
  // Session 47 (helper link2), issue 13: rural's misses are mostly a second law article of a lower article already linked
  // (tests/real/rural/README.md). tests/eval/links-grid.ts on the fifteen dev link sets against main (TP / FP added):
  // sentences and comma phrases, min 0.6, margin 0.1, rare 2 (IDF ≥ 2.5), no score floor: +47 / +132 (real +1/+21, fire
  // +3/+14, charity +1/+10; rural +16/+15); rare 3, minScore 0.12, `mutual`: +30 / +16, verdicts +11 (real, unseen,
  // legal aid, charity, fire, standards F1 down); sentences only (no phrases): +6 / +4; with `plainOnly` and margin 0.2:
  // +27 / +12, verdicts +10 (rural +6/0, civildefence +6/0, techtransfer +4/+1, teachers +3/+1; real, unseen, charity, fire
  // down); min 0.7: fire −0.0150; margin 0.3: real, unseen, charity down. Kept (CLAUSE_PAIR_MEASURED, minScore 0.15):
  // +17 / +5, verdicts +6: teachers 0.8554 → 0.8706, civildefence 0.7273 → 0.7673, techtransfer 0.7491 → 0.7601, rural
  // 0.6733 → 0.6820, standards 0.8025 → 0.8098, charity 0.8302 → 0.8333, fire 0.7500 → 0.7544; real 0.9112 → 0.9091 (TP +1
  // FP +2, the one set down); the rest identical. Held out, once, totals (cli.ts --set, on against off): TP +9 FP +7,
  // micro F1 0.7377 → 0.7415, verdicts +4 (heritage +4/+1, coop +1/0, agrimach +1/0, overseas +1/+1; weather +1/+2,
  // earthquake +1/+2, buildingenergy 0/+1 down). A referral-clause guard (有关法律、法规的规定办理) changed no dev figure: not kept.
  clausePair: CLAUSE_PAIR_MEASURED,
  // Session 48 (helper link2): the pattern measured first over the fifteen dev regulation sets (pairs not linked, gold / not):
  // first sentence names an item (in ≤ 3 higher articles) 11 / 103; + three distinct items heading lower articles 7 / 18; +
  // the lower article linked to nothing 6 / 2. Built (links-grid.ts --fresh, sixteen dev link sets): without the list's order
  // culture +4/+3, real 0/+1; runs in the list's order (gap 2, minItems 3, maxDf 3: kept) culture 66/9/40 → 70/9/36, F1
  // 0.7293 → 0.7568 (baseline 0.7461), the fifteen others identical; gap 1 or 4, maxDf 2 the same; maxDf 6 standards FP +2;
  // minItems 2 sme and rural FP +1. Held out, once, totals (recordedIngest, off against on): identical on all thirteen sets.
  listItemArticles: LIST_ITEM_ARTICLES_MEASURED,
  // Session 49 (helper link2): library's 上海 第十条 (上海图书馆…承担以下工作：(一)…(七), six items gold weak links, the
  // article linked to nothing). Measured first over the eighteen dev link sets' task lists (scratch, gold / not, any
  // lower article): plain or two-document IDF bigram shares name library's items 1 / 2; the higher document's own terms
  // (df ≤ 2, 1/df votes) min 2 margin 1: 23 / 11 over all sets (most already linked). Built (links-grid.ts --fresh against
  // main, sixteen sets; civildefence, techtransfer, standards by --sets): any lower article (items beside its links) fire
  // 0 TP +2 FP, the others identical; orphanOnly library +1/+2 (→ 第二十八条 and the national library's 第二十二条);
  // + skip (a higher list of functions, 国家图书馆…等职能) +1/+1 (F1 0.6966 → 0.7033); min 1.5 margin 0.5 (kept:
  // TASK_LIST_TERMS_MEASURED) +2/+1, F1 0.7174, verdicts 46/54 =; the seventeen others identical in every figure.
  // maxDf 3 identical; min 1 real FP +1. Held out, once, totals (tests/eval/heldout-totals.ts, off against on): TP 663 FP 176
  // FN 296, verdicts 911/1,234 both ways.
  taskListTerms: TASK_LIST_TERMS_MEASURED,
  // Session 50 (helper link3): see docs/history/links.md, session 50 (helper link3).
  generalEncouragement: GENERAL_ENCOURAGEMENT_MEASURED,
  // Session 50 (helper link): a list on both sides (北京 乡村振兴 第十七条's 生态循环农业 → the law's 第三十五条). Measured first
  // over the seventeen dev regulation sets (scratch, pairs not linked, gold / not): an item's terms (df ≤ 2, 1/df, min 1.5
  // margin 0.5) 28 / 212 (rural 14 / 27); min 2 margin 1 21 / 139; actors left out 20 / 112; the higher term inside a list
  // of its own 10 / 92; ≥ 2 items of one lower list in one higher article 23 / 161; + lowerDf 1 11 / 35. Built
  // (links-grid.ts --fresh, eighteen dev link sets, TP / FP added): beside the article's links real 0/+3, rural +3/+6,
  // sme +1/+2, library 0/+2, five more sets down; orphanOnly unseen 0/+2, statistics 0/+2, standards 0/+2, sme +2/+1,
  // rural +2/+2, tourism +1/0; + person actors, maxLength 12 and the promotion verbs as `lead` (LIST_PAIRS_MEASURED):
  // sme +2/0 (F1 0.7368 → 0.7514), rural +2/+1 (0.6754 → 0.6818), the sixteen others identical, dev verdicts +2. Held
  // out, once, totals (tests/eval/heldout-totals.ts, off against on): TP 663 = FP 176 → 178 FN 296 =, micro F1
  // 0.7375 → 0.7367, verdicts 911 → 913/1,234: the held-out F1 falls, so the rule is off.
  listPairs: null,
  // Session 52 (helper link): a government's policy article of several paragraphs carrying a second umbrella article of its
  // law that the per-paragraph widening admits and the paragraph rule refuses (广东乡村振兴 第九条 → 乡村振兴促进法 第十三条).
  // Measured first over the twenty dev regulation sets (scratch, the candidates extraLinksByParagraph refuses, gold / not):
  // all 50 / 98; higher article opening with a state or government subject 30 / 30; both articles policy articles, no
  // competence words 17 / 7. Built (links-grid.ts --fresh, the twenty-one dev link sets, TP / FP added): competence words
  // only +18/+9 (standards 0/+1, investment 0/+2 down); minShare 0 +8/+2 (charity 0/+1 down); + rule-making words and the
  // first chapter left out (POLICY_RUNNER_UP_MEASURED) +18/+5, verdicts +8: rural 0.6797 → 0.7111, sme 0.7368 → 0.7500,
  // techtransfer 0.7601 → 0.7737, statistics 0.6708 → 0.6790, culture 0.7568 → 0.7634, charity 0.8333 → 0.8364, mental
  // 0.7103 → 0.7130, the fourteen others identical. Held out, once, totals (tests/eval/heldout-totals.ts, off against on):
  // TP 727 → 728, FP 196 → 201, FN 341 → 340, micro F1 0.7303 → 0.7291, verdicts 993 → 994/1,355: the held-out F1 falls,
  // so the rule is off (docs/history/links.md, session 52, helper link). After merging main: the new dev `safety` TP +1 FP +1
  // (F1 0.7069 → 0.7086), the new held-out `consumer` (once, totals) identical.
  policyRunnerUp: null,
  // Session 53 (helper link3): a distinct paragraph's own best law article beside the article's first link (广东动物防疫 第三条
  // → 动物防疫法 第八十一条; 山东 第二十条 乡村兽医 → 第六十九条). Measured first (animal, civildefence, techtransfer, links-grid.ts
  // --fresh, TP / FP added): any paragraph, share 0.3, no margin, no score floor +7/+41; list items left out +7/+28 (civildefence
  // 0/+12); own actor ('subject'), minScore 0.1 (PARAGRAPH_SECOND_MEASURED) +6/+5; own actor or verb ('either'), min 0.35
  // +5/+7. The measured setting over the twenty-three dev link sets: TP +24 FP +43, verdicts +7 (culture 0.7568 → 0.7876,
  // animal 0.7538 → 0.7698, mental 0.7103 → 0.7248, techtransfer 0.7601 → 0.7664 but verdicts 117 → 116, sme 0.7368 → 0.7514;
  // charity 0.8333 → 0.7965, standards 0.8148 → 0.7904, safety 0.7193 → 0.7069, civildefence 0.7673 → 0.7531 down). Held out,
  // once, totals (tests/eval/heldout-totals.ts, off against on): TP 901 → 908, FP 227 → 255, FN 388 → 381, micro F1 0.7456 →
  // 0.7406, verdicts 1,202 → 1,197/1,612: off (docs/history/links.md, session 53, helper link3).
  // Session 54 (helper link3): with the neighbour guard (PARAGRAPH_SECOND_GUARDED: minScore 0.13, the regulation profile's
  // partial threshold; reach { min 0.1, max 1 }: at most one other article of the lower document scores the law article
  // from 0.1; plainActor: a clause before the actor is no actor). The unguarded rule's 67 dev links read (24 gold, 43 not):
  // the pair's score and the reach separate, the chapter, a general or liability article and the actor named in the law
  // article do not. links-grid.ts --fresh, the twenty-three dev link sets, against main: guarded TP +10 FP 0, verdicts +8,
  // no set down (legal aid 0.7670 → 0.7788, sme 0.7368 → 0.7514, culture 0.7568 → 0.7701, mental 0.7103 → 0.7222, animal
  // 0.7538 → 0.7586, techtransfer 0.7630 → 0.7675 strong R 0.89 → 0.91); without plainActor +11/+1 (tourism down); reach
  // { 0.13, 0 } +9/+1 (tourism); reach { 0.1, 0 } at minScore 0.1 +8/+1 (charity). Held out, once, totals (heldout-totals.ts,
  // off against on; the unguarded figures of session 53 were seen): TP 901 → 902, FP 227 → 230, FN 388 → 387, micro F1
  // 0.7456 → 0.7451, verdicts 1,202 → 1,201/1,612: the held-out totals fall, so the rule stays off.
  paragraphSecond: null,
  // Session 51 (helper link3): a lower list of rights or duties (享有下列权利, 履行下列义务, 履行以下职责, 做好下列工作), each
  // item a higher one-duty article (rights-list.ts). Measured first over the twenty dev regulation sets (scratch, pairs not
  // linked, gold / not): items by IDF-weighted share (min 0.5, margin 0.15) rights 3 / 9, duties 0 / 3, task lists 7 / 11;
  // by rare-term votes (taskListTerms' reading) rights 2–3 / 19–28. Built (links-grid.ts --fresh, the twenty-one dev
  // regulation link sets, TP / FP added): minItems 2, beside and for orphans volunteer +8/+5, real +1/+2, fire 0/+1,
  // library 0/+1; + skip volunteer +8/+5, real +1/+2; + absent volunteer +3/+1; minItems 3 (RIGHTS_DUTY_LISTS_MEASURED)
  // volunteer +8/+4 (F1 0.7853 → 0.8177, verdicts 64/86 =), the twenty others identical. Held out, once, totals
  // (tests/eval/heldout-totals.ts, off against on): TP 695 = FP 187 → 188 FN 327 =, micro F1 0.7300 → 0.7297, verdicts
  // 954/1,296 both ways: the held-out F1 falls, so the rule is off. Session 52 (helper link2): the lead widened to the duty
  // lists of a regulation of duties (具备下列…条件, 遵守下列规定, 负责下列工作: counted in the dev lower texts, 遵守下列规定 in
  // safety only, 具备|符合下列条件 in charity, library, safety, 负责下列工作 in techtransfer) with `penaltySkip` (items never
  // name a higher penalty article: the law's liability articles restate its duties as conduct, 未按照规定…的, and took the
  // best of most safety items): links-grid.ts --fresh, the twenty-two dev sets against the rule off, volunteer +8/+4 as in
  // session 51, the twenty-one others identical (safety too: 山东 第十三条's items are linked already by the scores, the other
  // lists name one or two articles, under minItems 3). Held out, once, totals, over penaltyDuty on: TP 771 =, FP 210 → 211,
  // micro F1 0.7270 → 0.7267, verdicts 1,082 both ways: off again.
  rightsDutyLists: null,
  // Session 52 (helper link2): a pair of penalty articles meets through the conduct or the named duty article, not the shared
  // fines (penalty-duty.ts). links-grid.ts --fresh, the twenty-two dev link sets, against the option off: safety FP 55 → 49
  // (F1 0.7069 → 0.7193, verdicts 169 → 171), tourism FP 32 → 29 (F1 0.5072 → 0.5128, verdicts 132 → 134), statistics FP
  // 22 → 21 (F1 0.6708 → 0.6750); the nineteen others identical. Held out, once, totals (heldout-totals.ts, off against
  // on): TP 771 =, FP 219 → 210, FN 369 =, micro F1 0.7239 → 0.7270, verdicts 1,077 → 1,082 of 1,479. On.
  // Session 58 (helper precision), on: PENALTY_DUTY_DISCIPLINE, the same with the officials' liability read (a lower article
  // that only disciplines the staff of a government or department meets no law article that sanctions units and disciplines
  // no one). links-grid.ts --fresh against PENALTY_DUTY_MEASURED: water FP 52 → 50 (F1 0.7405 → 0.7452, verdicts 152 → 153),
  // safety FP 47 → 46 (0.7235 → 0.7257, verdicts 175 → 176), animal FP 25 → 24 (0.7568 → 0.7597, verdicts 157 → 158), the
  // twenty-four others identical; held out, once, totals (heldout-discipline.ts, 22 families): TP 1188 FP 367 FN 528, micro
  // F1 0.7264, verdicts 1692/2322 both ways. On.
  // Session 59 (helper precision3), on: PENALTY_DUTY_ACTOR — a lower penalty article whose conduct names its actor by an actor
  // phrase is read by its act (the phrase and the sanction's size parts blanked both sides), also when it names no duty
  // article (山东安全 第七十八条 → 安全生产法 第九十二条: one 承担安全评价…职责的机构, another act). Figures with
  // PENALTY_CONDUCT_ACTOR, at penaltyConduct.
  // Session 60 (helper precision4), on: PENALTY_DUTY_SIZED — the duty rule reads the conduct without the sanction's size parts
  // (notConduct: CONDUCT_SIZE_PARTS; a higher article whose clauses are all size parts is read, not waved through as naming no
  // conduct), with PENALTY_CONDUCT_CONSEQUENCE at penaltyConduct: links-grid rows, fresh ingests of the thirty-one dev link sets,
  // against PENALTY_DUTY_ACTOR / PENALTY_CONDUCT_ACTOR: animal FP 22 → 20 (F1 0.7704 → 0.7765, verdicts 158 → 160), tendering FP
  // 23 → 22 (F1 0.7264 → 0.7300), the twenty-nine others identical; held out, once, totals (heldout-daily.ts, 26 families)
  // identical: TP 1,506 FP 441 FN 666, micro F1 0.7312, verdicts 2,156/2,938. Measured and off: PENALTY_DUTY_DAILY (the
  // daily fine, 按日连续处罚, meets only the daily fine): dev safety FP 41 → 40 (verdicts 178 → 179), water FP 48 → 46, the
  // others identical; held out, once, totals TP 1,506 → 1,502, FP 441 → 440, FN 666 → 670, micro F1 0.7312 → 0.7302, verdicts
  // 2,156 → 2,158 of 2,938: the totals fall (rule 5).
  // Session 61 (helper procedure), on: PENALTY_DUTY_NAMED (bothNamed 0.5). Table first (refusals.ts with penaltyDuty null, the
  // forty-two dev link sets: the pairs it lets through) 7 gold (none strong) / 47 false (traffic 3 / 19, tendering 2 / 3, mineral 1 / 1,
  // cosmetics 1 / 0, safety 0 / 9, animal 0 / 4 …): no lifting of the rule; the pairs where both fines name their duty articles
  // read instead. session61-procedure.ts --variant named0.5, fresh, 42 dev sets: traffic TP/FP/FN 106/77/81 → 109/80/78, F1
  // 0.5730 → 0.5798, strong R 0.97 =, verdicts 214 = (聊城 第七十七、七十四条 → 山东 第七十一条, 第六十七条 → 第七十二条 gold weak; 4 false,
  // 1 gone); the thirty-nine others identical. Held out, once, totals (29 sets): TP 1734 FP 487 FN 784, verdicts 2456/3373,
  // identical. On by rule 5. docs/history/links.md, session 61 (helper procedure).
  // Session 63 (helper penalty7), on: PENALTY_DUTY_RANGES (fines whose ranges in yuan do not overlap are no one penalty).
  // Dev (links-grid.ts --fresh, forty sets, against h63p7-base): TP/FP 2,687/680 → 2,686/678, micro F1 0.73076 → 0.73079,
  // verdicts 4,027 = (wildlife −1 TP +1 verdict, water −1 FP, traffic −1 FP −1 verdict); held out, once, totals: FP 583 →
  // 578, TP =, verdicts 2,855 → 2,859/3,865. PENALTY_DUTY_UNSANCTIONED measured and left off (police TP −1 FP +1, traffic FP +2).
  penaltyDuty: PENALTY_DUTY_RANGES,
  // Session 53 (helper link2), on: REFERRAL_FORMS_MEASURED. Dev (links-grid.ts --fresh against the option off): tourism FP 29 →
  // 26 (F1 0.5128 → 0.5185, verdicts 134 → 136), safety FP 49 → 47 (0.7193 → 0.7235, verdicts 171 → 173), techtransfer FP 28 →
  // 27 (0.7601 → 0.7630), the nineteen other dev link sets identical; held out, once, totals (nineteen families, deputies
  // included): TP 901 FP 227 FN 388, micro F1 0.7456, verdicts 1,202/1,612 off and on (docs/history/links.md, session 53).
  referralForms: REFERRAL_FORMS_MEASURED,
  // Session 49 (helper link): policy instruments (ingest/lexicon/policy-instruments.txt) measured first as evidence on the
  // candidates the linker leaves out (tests/eval/session49-link.ts, fifteen dev regulation sets, gold / not): two articles
  // sharing a class 100 / 1,324 against 155 / 2,334 sharing none (scores 0.06–0.13); a class written in other words 16 / 262;
  // as termClasses tokens sme −1 and real FP +4. As a guard on a looser pass of the per-clause selection (minScore 0.10,
  // margin 0.1, rare 2: unguarded +20 / +29), the two clauses naming one class and sharing ≥ 3 field bigrams, a class in
  // over half of the law's articles its subject (统计, 标准) and no instrument (INSTRUMENT_PAIRS_MEASURED): links-grid
  // --fresh, sixteen dev link sets, sme +1/0, rural +4/0, culture +1/0, but charity 0/+1 and civildefence 0/+1 (F1 down);
  // minField 2: rural +4/+1, without maxShare statistics and standards FP +1 too; minField 4: culture 0, rural +3; field
  // bigrams of IDF ≥ 2.5 only: sme +1, rural +2, civildefence FP +1. Held out, once, totals (recordedIngest, off against on,
  // thirteen sets): TP 663 → 664, FP 176 → 180, micro F1 0.7375 → 0.7366, verdicts 911 → 908. Two dev sets and the held-out
  // totals fall: left off.
  instrumentPairs: null,
  // Session 33 (helper link): session 23's "paragraph pair (shorter side), max 0.15", replayed by tests/eval/pair-features.ts
  // on the seven dev regulation sets as the one setting of 54 that lowers no set (charity TP +1), built here; npm run
  // eval figures in docs/history/links.md (session 33).
  paragraphPair: { genres: ['regulation'], max: 0.15 },
  // Session 36 (lead, law mirror): the 13,647 links the legal-rank rule added on 574 mirror documents (the lower and higher
  // documents of the 642 basis clauses with no link), 40 drawn at random (seed 36001) and read: 24 right; by score, at or
  // above 0.25: 13 of 16 right (the three wrong: two cited articles of a renumbered law, below, and one), under 0.25 11 of
  // 24. The dev link sets hold no pair of one level: no gold figure moves.
  // Session 38 (helper link): `named`. incometax (个人所得税法 → 实施条例, the one dev set of one level) lost 5 gold links
  // to minScore (tests/eval/missed-links.ts class same-level), 2 strong: 实施条例 第二条 (个人所得税法所称在中国境内有住所，是指…)
  // → 法 第一条, 0.211, and 第六条 (个人所得税法规定的各项个人所得的范围) → 第二条, 0.150; of the 13 links under 0.25 the rule
  // would keep, these two name the law without an article number, no other. Measured: docs/history/links.md, session 38.
  // Session 40 (helper link): `namedExcept`, the glossary article (下列用语的含义, as options.glossary.higher): session 39's
  // read of `named` on six mirror law + 实施条例 pairs found 著作权法实施条例 第五条 (著作权法和本条例中下列用语的含义) linked
  // to three rights articles of the law, each wrong. Measured: the five pairs no set holds (商标, 著作权, 森林, 土地管理, 药品
  // 管理; 审计法实施条例 is in a held-out set) ingested together, 161 -> 158 links, the three removed are that glossary's
  // (→ 第四十二、四十三、四十四条, 0.135-0.147), none right by reading; incometax (the one dev set of one level) identical
  // (F1 0.7368, verdicts 15/21); no other set holds two documents of one level.
  // Session 59 (helper samelevel): `top`. archives (档案法 → 实施条例 2024, dev) lost 14 gold links (4 strong) to minScore, each
  // the best link of a 条例 article left with no link into the law (0.136-0.249); incometax 2 (0.232, 0.242). Read with
  // minScore 0 (tests/eval/links-grid.ts), a lower article's best cut link when nothing else of it links the law: archives
  // 14 right / 6 wrong, incometax 2 / 4; its higher article between the smallest and largest article the nearest linked
  // lower articles before and after reach (the 条例 follows its law's order), widened by 1: archives 11 / 2, incometax 2 / 3
  // (slack 0: incometax 1 / 2, F1 falls; slack 2 = slack 1; no bracket: archives 13 / 5, verdicts +2 instead of +3). min 0.13 is
  // the regulation partial threshold (a link the selection made on its own score); 0.15: archives 9 / 0, verdicts +4, F1
  // 0.7253 instead of 0.7368. Then the best cut link inside the bracket rather than the best if inside: archives +1 right
  // (第十条 → 第七条, its best 第二十六条 out of order), incometax the same. Measured: docs/history/links.md, session 59.
  sameLevel: { minScore: 0.25, named: true, namedExcept: '下列用语的含义', top: { min: 0.13, slack: 1 } },
  // Session 36 (lead, session 35's whole-mirror snapshot): 109 links came from an article cited by number in a text that
  // is a later revision (河南省实施《土地管理法》办法 2009 citing 第十六条 of the 1998 text, linked to the 2019 text's 第十六条 on
  // 土地利用总体规划); 12 drawn at random (seed 36011) and read: 6 wrong, 5 of them with no wording in common (score 0).
  citedLaterVersion: false,
  // Session 60 (lead): the development set `labour` (劳动合同法实施条例 2008 → 劳动合同法 as amended 2012: an amendment, the
  // numbers kept) cites fourteen law articles by number, every citation refused as of a later revision. With the cited pair
  // kept when the two articles share two content words (1, 2 and 3 alike; 5 loses three): labour TP/FP/FN 17/20/32 → 33/20/16,
  // F1 0.3953 → 0.6471, strong R 0.38 → 0.86, verdicts 67 → 74/97; a cited chapter of a later revision stays refused (山东
  // 野生动物 第十六条 → 第三章 drew two false links when it did not); every other development set identical. Held out:
  // docs/history/links.md, session 60 (lead).
  citedLaterShared: 2,
  // Session 36 (lead): the gold's rule (tests/gold/README.md: only a side paragraph or one list item of the higher is
  // weak) read off the citation itself, found on the incometax family's first score (its 实施条例 names items of the
  // law's lists: 第九条 → 第四条第一款第二项, graded weak, linked strong). Measured: incometax verdicts 11/21 → 14/21;
  // every other dev link set identical (real 162/195, unseen 100/115, legalaid 91/120, charity 94/111, statistics 100/147).
  citedParts: true,
  // Session 61 (helper ministry3, issue 13): the ministry-rule families cite their higher text once in 《》 (第一条 根据《中华人民共和国
  // 食品安全法》…) and then by its bare title: 食品生产经营监督检查管理办法 第四十九条 …依照食品安全法第一百三十三条第一款的规定进行处理
  // (strong gold, missed at 0.109), 第三十七条 …食品安全法第一百二十五条第二款规定的瑕疵 (weak gold, refused by the penalty group);
  // 化妆品生产经营监督管理办法 第三十七条 …化妆品监督管理条例第六十一条第二款规定的标签瑕疵 and 第六十四条 …第六十条第二项规定的 (weak
  // gold, both refused by the penalty group). Fresh ingests of the thirty-eight development link sets against the tag h61m3-base
  // (tests/eval/session61-ministry.ts --variant bare): foodcheck TP/FP 17/13 → 19/13, F1 0.4533 → 0.4935, strong R 0.80 → 1.00,
  // verdicts 127 → 128/153; cosmetics 46/22 → 48/22, F1 0.6619 → 0.6809; every other development set identical. Held out, once,
  // totals only (twenty-seven families): identical, TP/FP/FN 1,559/453/726, verdicts 2,203/3,025. On by rule 5.
  citedBareTitles: true,
  // Session 61 (helper grounds, issue 13): a citation that disapplies the articles it names (商标法实施条例 第五十条 商标法和本条例
  // 下列条款的规定不适用于…：(一)商标法第二十八条、第三十五条第一款…) or names them as a procedure's grounds (第二十四条 以违反商标法
  // 第十三条…规定为由; 第五十二条 有违反商标法第十条…规定情形) makes no link. Fresh ingests of the thirty-eight development link sets
  // against h61g-base (tests/eval/session61-grounds.ts --variant uncarried): trademark TP/FP 56/16 → 56/11, F1 0.6550 → 0.6747,
  // verdicts 41 → 43/72; every other development set identical. Held out, once, totals only (twenty-nine families):
  // identical, TP/FP/FN 1,734/487/784, verdicts 2,456/3,373. On by rule 5.
  citedUncarried: UNCARRIED_CITATIONS,
  // Session 61 (helper grounds, issue 13): a chapter whose first article cites one delegating article (商标法实施条例 第五章, 第三十四条
  // 商标法第二十一条规定的商标国际注册…; 商标法 第二十一条 …具体办法由国务院规定) links its later articles, those linking nothing in
  // the law, weak to it. Against h61g-base (--variant chapter): trademark TP/FP 56/16 → 67/16, F1 0.6550 → 0.7363, verdicts
  // unchanged; every other development set identical; with citedUncarried (--variant both) trademark 67/11/32, F1 0.7571,
  // verdicts 43/72. Held out, once, totals only: identical (each variant and both). On by rule 5.
  chapterArticle: CHAPTER_ARTICLE,
  // Session 62 (helper implrules, issue 13): an article applying (…用人单位应当依照劳动合同法第四十七条的规定向劳动者支付经济补偿;
  // …依照…第四十八条的规定执行; 应当履行…第六十二条规定的义务) or defining (…第十四条第二款规定的…起始时间，应当…) the articles it
  // cites carries only them in that text. Fresh ingests of the thirty-seven development link sets against h62ir-base
  // (tests/eval/links-grid.ts --opts, tag h62ir-on): labour TP/FP/FN 33/20/16 → 33/13/16, F1 0.6471 → 0.6947, verdicts 74 →
  // 78/97; foodcheck 19/13 → 19/12, F1 0.4935 → 0.5000, verdicts 128 → 129/153; cosmetics 49/21 → 49/20, F1 0.6950 → 0.7000;
  // every other development set identical (dev TP +0, FP −9, verdicts +5). The rule refuses three gold links, all weak and all
  // missed before it (labour 第二十二条 → 第四十六条, 第三十一条 and 第三十二条 → 第五十八条). Held out, once, totals only (thirty
  // families, tests/eval/heldout-totals.ts): identical, TP/FP/FN 1,838/538/866, verdicts 2,627/3,585. On by rule 5.
  citedOnly: CITED_ONLY_62,
};

export function linkOptions(overrides: Partial<LinkOptions> = {}): LinkOptions {
  return {
    ...DEFAULT_LINK_OPTIONS,
    ...overrides,
    weights: { ...DEFAULT_LINK_OPTIONS.weights, ...overrides.weights },
    thresholds: { ...DEFAULT_LINK_OPTIONS.thresholds, ...overrides.thresholds },
    align: { ...DEFAULT_LINK_OPTIONS.align, ...overrides.align },
    genres: { ...DEFAULT_LINK_OPTIONS.genres, ...overrides.genres },
    roleLinks: { ...DEFAULT_LINK_OPTIONS.roleLinks, ...overrides.roleLinks },
  };
}

/** The framing role of an article (articleRoles), if any. */
export function articleRole(text: string, o: Pick<LinkOptions, 'articleRoles' | 'roleSaving'> & Partial<Pick<LinkOptions, 'referralForms'>>): ArticleRole | undefined {
  const t = text.replace(/\s+/g, '');
  for (const r of o.articleRoles) {
    if (!new RegExp(r.pattern).test(t)) continue;
    if (r.single && (o.roleSaving ? t.replace(new RegExp(o.roleSaving, 'g'), '') : t).split(/[。；;]/).filter(Boolean).length > 1) continue;
    return r.role;
  }
  if (o.referralForms && referralArticle(t, o.referralForms)) return 'referral';
  return undefined;
}

/** The profile for a lower document of `genre`: the genre's values over the plans' defaults. */
export function profileFor(o: LinkOptions, genre: Genre | undefined): LinkProfile {
  const g = (genre && o.genres[genre]) || {};
  return {
    weights: { ...o.weights, ...g.weights },
    thresholds: { ...o.thresholds, ...g.thresholds },
    relative: g.relative ?? o.relative,
    topK: g.topK ?? o.topK,
    pairIdf: g.pairIdf ?? o.pairIdf,
  };
}

/** Where DEFAULT_LINK_OPTIONS.thresholds come from; written into the snapshot with them. */
export const LINK_THRESHOLDS_PROVENANCE =
  'plans: calibrated on tests/gold/links.json (sample plans); regulations (byGenre): on tests/real/gold/links.json and tests/real/legalaid/gold/links.json (real laws, legal aid), with `npx tsx tests/eval/links.ts --calibrate`; the implements threshold re-checked in session 18 with tests/real/charity/gold/links.json (coverage verdicts right: 0.14 the best of 0.13–0.45)';

/** The thresholds as the snapshot records them: the plans' (default) ones, each other genre's. */
export function snapshotThresholds(overrides: Partial<LinkOptions> = {}): LinkThresholds {
  const o = linkOptions(overrides);
  const byGenre = Object.fromEntries(
    (Object.keys(o.genres) as Genre[]).map((g) => {
      const t = profileFor(o, g).thresholds;
      return [g, { implements: t.implements, partial: t.partial }];
    }),
  );
  return {
    ...o.thresholds,
    provenance: overrides.thresholds || overrides.genres ? 'set by the ingest options' : LINK_THRESHOLDS_PROVENANCE,
    ...(Object.keys(byGenre).length ? { byGenre } : {}),
    ...(o.subjectGate ? { subjectMinCosine: o.subjectGate.minCosine } : {}),
  };
}

/** Session 59 (helper ministry, issue 13): options.penaltyArticles.titles as measured — a cited title with the mark joining it
 *  to the next (《中华人民共和国价格法》《价格违法行为行政处罚规定》, 《…》、《…》 and 《…》), read as one mark. Read on the price family's
 *  sanctions by referral (明码标价和禁止价格欺诈规定 第二十二条, 第二十三条: …依照《…》《…》有关规定进行处罚, the 处罚 past the
 *  30-character reach of `text` after 的，); a drafting form of every law that sends its sanctions to another text. */
export const MINISTRY_TITLES = '《[^《》]{1,60}》[、和及与或]?';

/** Session 59 (helper ministry, issue 13): options.penaltyArticles.dual as measured — only in a text with no penalty part. Read
 *  on the leave family (企业职工带薪年休假实施办法 第十五条: the 劳动行政部门's 监督检查 in its first paragraph, the sanction in its
 *  second; the 条例 has 第六条 supervision and 第七条 sanction apart). */
// Measured (tests/eval/ministry.ts variants dual0–dual3 on statistics, sme, mental, leave, incometax): any dual article
// (dual0) +4 gold links, +5 false links and −1 (中小企业促进法 第五十九条, its evaluation paragraph and then 查处…处分, drew four
// 上海 and 北京 duty articles; 山东统计 第十七条, a referral 依照国家有关法律、法规的规定处理 then 从重处罚, drew 统计法 第六条); the
// referral condition alone (dual1) left sme's four, the lower side alone (dual2) statistics' one; with the first
// paragraph free of a referral or a liability word (firstFree: penalty-liable.ts's PENALTY_LIABLE_MEASURED) and the lower
// article only (higher: false), the four gold links and no false one.
export const MINISTRY_DUAL: NonNullable<NonNullable<LinkOptions['penaltyArticles']>['dual']> = { withPart: false, firstFree: PENALTY_LIABLE_MEASURED, higher: false };

