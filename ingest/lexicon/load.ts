// Reads the lexicon files of this folder (or another one given by POLICY_GRAPH_LEXICON / option)
// into one validated, immutable Lexicon value; the rest of ingest never touches these files.
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { EntityType } from '../../graph-schema/index.js';
import { countyDivisions } from './divisions.js';

export const DEFAULT_LEXICON_DIR = dirname(fileURLToPath(import.meta.url));

const Name = z.string().regex(/^\S(.*\S)?$/, 'no leading/trailing space').min(1);
const Entry = z.object({ canonical: Name, aliases: z.array(Name) });
export type LexiconEntry = z.infer<typeof Entry>;
const RegionEntry = z.object({
  name: Name,
  level: z.enum(['country', 'province', 'city', 'county']),
  parent: z.string().nullable(),
  short: z.array(Name),
});
export type RegionEntry = z.infer<typeof RegionEntry>;
const NoiseRule = z.object({ kind: z.enum(['chrome', 'cms', 'spam']), re: z.instanceof(RegExp) });

export interface Lexicon {
  /** The folder it was read from (tables read on demand, e.g. background-df.txt: ingest/link/topic.ts). */
  dir?: string;
  entities: Record<EntityType, LexiconEntry[]>;
  regions: RegionEntry[];
  orgSuffixes: string[];
  /** Organisation suffixes that name a facility type (科技馆, 大学): a name needs a place before them. */
  placeSuffixes: Set<string>;
  /** Organisation suffixes a name needs a place or national owner before in a law or regulation only (org-patterns.txt `lawPlace`:
   *  联盟, session 45). */
  lawPlaceSuffixes?: Set<string>;
  programmeSuffixes: string[];
  /** Per-suffix rules of programme-suffixes.txt: a minimum head length, a place required, or a
   *  designation (…教育基地, …奖, …信息系统: a law's own subject does not make its head generic). */
  programmeSuffixRules: Map<string, { minHead?: number; place: boolean; designation: boolean }>;
  groupSuffixes: string[];
  /** Government department names that follow 省/市 (农业农村厅, 总工会): region-bound only. */
  govSuffixes: string[];
  /** Last characters of a public body's name (body-finals.txt): read on a title's part before 关于 only. */
  bodyFinals: string[];
  brandSuffixes: string[];
  /** Words that never start a name (verbs of the measure, determiners). */
  nameStops: string[];
  /** Verbs a Programme or Brand name found by suffix starts after (name-cuts.txt). */
  nameCuts: string[];
  /** Whole tokens of procedure an organisation's name starts after (lead-verbs.txt: 报|…委员会, 经|…). */
  leadVerbs: Set<string>;
  /** Words that, ending the head of a group found by suffix, make it a body's staff or a role (group-stops.txt). */
  groupStops: string[];
  /** Agent nouns (…者) that name a party or a role, not a population (agent-stops.txt: 经营者, 举办者). */
  agentStops: string[];
  /** Kind modifiers a group keeps (group-modifiers.txt): 多次|捐献者, 高等学校|学生; with bases, a
   *  modifier that makes a group of a general noun (适龄|公民). */
  /** notAfter: characters that, right before the modifier, make it the tail of a word (妇|女 is 妇女, not 女). */
  groupModifiers: { modifier: string; bases: string[]; notAfter: string }[];
  /** Role heads that make a group of role-holders of the population noun before them (妇女|代表, 职工|代表). */
  groupRoles: string[];
  /** Two statuses written as one word (group-pairs.txt: 华人华侨 → 华人 + 华侨), and the heads they share when one follows. */
  groupPairs: { pairs: { word: string; parts: string[] }[]; heads: string[] };
  /** Words after a population noun that make it qualify a scheme, body or procedure, not name a group. */
  groupFollowers: string[];
  /** group-posts.txt (session 47): words before a population noun that make it a post (首席科学家). */
  groupPosts: string[];
  /** field-students.txt (session 47): heads of students named by a field of study (涉农专业学生). */
  fieldStudents: string[];
  /** own-regions.txt (session 49's rule, a file since session 50): how a local text names its own region (本市, 本省): before a
   *  population noun, the scope of the rule, no part of the group (options.ts groupOwnRegionOut). */
  ownRegions: string[];
  /** org-functions.txt: committee heads whose name may hold a verb of its work, the region's organs that set one up (session 41). */
  /** `field` (session 42): a committee's field written as an idiom with a verbal noun (精神文明建设), taken whole. */
  orgFunctions: { heads: string[]; setters: string[]; fields: string[] };
  /** name-clauses.txt (session 36): words showing a found name is a piece of a clause. */
  nameClauses: Record<NameClauseRole, string[]>;
  /** group-parties.txt: the parties of a procedure (犯罪嫌疑人, 被告人, 当事人 …); a population word listed right after one by 、
   *  is a party too (session 29). */
  groupParties: string[];
  /** Words after a programme word that make it a common noun of building or classification
   *  (programme-followers.txt: …工程竣工, …项目目录). */
  programmeFollowers: string[];
  /** Words after a quoted name that make it a named reform or line of work a body carries on (quoted-works.txt: “最多跑一次”改革,
   *  “一网统管”领域相关工作). Session 47 (helper extract2). */
  quotedWorks: string[];
  /** procurement-lists.txt (session 48): cue verbs, goods, owner words and heads of a procurement list a good is put on. */
  procurementLists: { cues: string[]; objects: string[]; owners: string[]; heads: string[] };
  /** Endings of a property word that, opening a law's programme head, make it a kind (programme-kinds.txt: 性). */
  programmeKinds: string[];
  /** Verbs that take a programme word as their object in a law (programme-verbs.txt: 带入|课堂, 进行|调查). */
  programmeVerbs: Set<string>;
  /** Verbs by which a body runs, sets up or selects a programme (programme-run-verbs.txt: 组织实施|…工程, 设立|…项目). */
  programmeRunVerbs: string[];
  /** Heads of a designated zone (zone-heads.txt: …保护区, …核心区, …控制区, …红线) and the cues before its name that make it
   *  one (zone-cues.txt: 确定的, 划定; 在/进入 with a duty word in the sentence). Session 26. */
  zoneHeads: string[];
  /** zone-heads.txt entries marked `whole`: the head alone is a zone's name right after a cue that draws it (划定禁采区;
   *  session 27). */
  zoneWholeHeads: Set<string>;
  /** zone-heads.txt entries marked `drawn`: a cue that draws (zone-cues `draws`: 划定) makes a zone of this head by itself, no
   *  duty word or second mention needed; the value is a prefix the name must start with when the head is used only so
   *  (区 | drawn | 禁止: 划定禁止养殖区域), else ''. Session 27 (the one zone detector; it was the DESIGNATED_ZONE regex). */
  zoneDrawnHeads: Map<string, string>;
  /** `duty`: the sentence must hold a duty word; `list`: the cue divides an area into the zones listed after it
   *  (划分为…区、…区和…区; session 27). */
  /** `ends` (session 42): a verb that sets a zone up (设立), counted only where the zone or its chain ends the clause. */
  /** zone-bodies.txt (session 44): the zone heads and the committee words of a development zone's management committee. */
  zoneBodies: { zones: string[]; bodies: string[] };
  zoneCues: { cue: string; duty: boolean; list: boolean; draws: boolean; ends: boolean; range: boolean }[];
  /** Verbs by which a body sets up, builds or designates one system (system-set-up.txt: 建立, 建设, 指定 …). Session 26. */
  systemSetUpVerbs: string[];
  /** channel-cues.txt (session 50's rule, a file since session 51): the verb of working through one channel (依托), the words
   *  after a name that make it a kind (等, 之类) and the verbs of building that make a head no channel's (构建, 建设 …). */
  channelCues: { verbs: string[]; kinds: string[]; builds: string[] };
  /** joined-cues.txt (session 52, option actorJoinedPlatformOut): the heads of a class of actors (媒体, 单位, 企业 …) and the joiners
   *  after which a platform coordinated with that class is a kind of actor too (新闻媒体和互联网信息服务平台). */
  joinedCues: { actors: string[]; joiners: string[] };
  /** reward-cues.txt (session 53, option lawRewardedStaff): the words that reward the persons before them (获得奖励), the kinds of
   *  body whose field names the staff (机构) and the joiners of the persons rewarded. */
  rewardCues: { rewards: string[]; bodies: string[]; joiners: string[] };
  /** Session 54 (helper extract): household-cues.txt — the verbs of having or fostering and the household heads between which a
   *  group is only a household's condition (extract/household-conditions.ts). */
  householdCues: { holders: string[]; households: string[] };
  /** Session 57 (helper extract): group-guardians.txt — the guardian words and the frames in which a measure serves them
   *  (extract/served-guardians.ts, options.ts lawServedGuardians). */
  /** Session 58 (helper extract): brand-lists.txt — the frames in which a text lists its region's brands (extract/listed-brands.ts,
   *  options.ts lawListedBrands). */
  brandLists: { opener: string[]; class: string[]; festivalClass: string[]; festival: string[]; itemClass: string[]; image: string[]; own: string[] };
  /** Session 59 (helper extract): group-economic.txt — the economic roles and the frames in which a text encourages, serves or
   *  protects them (extract/economic-roles.ts, options.ts lawServedEconomicRoles). */
  economicRoles: { role: string[]; lead: string[]; protect: string[]; right: string[]; notAfter: string[] };
  /** Session 59 (helper tgprecision): group-regimes.txt — the heads of a regime, a service or a body a population noun before them
   *  names (人才评价, 职工疗休养, 法官联络点: extract/regime-heads.ts, options.ts groupRegimeHeadsOut). */
  groupRegimes: { regime: string[]; service: string[]; body: string[] };
  /** Session 59 (helper tgprecision): group-frames.txt — the frames naming a role, a post or an official without serving it (a post
   *  filled, persons consulted, officials audited: extract/role-frames.ts, options.ts lawRoleFramesOut). */
  groupFrames: { staff: string[]; quota: string[]; servicePost: string[]; deliver: string[]; consult: string[]; opinion: string[]; account: string[] };
  /** Session 59 (helper tgprecision): group-schools.txt — nouns of a school's arrangement after a school word read as its pupils
   *  (中小学布局: options.ts schoolArrangementsOut). */
  groupSchools: { arrangement: string[] };
  guardians: { guardian: string[]; other: string[]; join: string[]; notBefore: string[]; notAfter: string[]; support: string[]; alsoSupport: string[]; duty: string[]; then: string[] };
  /** learner-cues.txt (session 51's lawObligedLearners, a file since session 51 helper tidy2): the joiners of a list of subjects
   *  (、 和 及 …), the modal of their duty (应当, 必须), the accept verb (接受) and the services of learning after it (培训, 教育 …). */
  learnerCues: { joiners: string[]; duties: string[]; accepts: string[]; learns: string[] };
  /** training-cues.txt (session 51's lawTrainedObjects, a file since session 51 helper tidy2): the verbs that run a training
   *  (开展 …), the run verb that is also a noun (组织) and the words after which it is a verb, the quantifiers that open no group,
   *  the kinds of training, the training words (培训, 轮训) and the words that may follow them (工作, 活动 …). */
  trainingCues: { runs: string[]; organises: string[]; organiseAfters: string[]; quantifiers: string[]; kinds: string[]; trainings: string[]; followers: string[] };
  /** tier-cues.txt (session 51's lawTieredSystems, a file since session 51 helper tidy2): the verbs that build a tiered network
   *  (建立 …), a tier's facility words (馆, 站 …), the words of an encouraged builder (鼓励, 可以 …) and the tier-only words (总分馆 …). */
  tierCues: { builds: string[]; facilities: string[]; encourages: string[]; tierNames: string[] };
  /** committee-cues.txt (session 51's lawOwnGuidanceCommittees, a file since session 51 helper tidy2): the verbs of submitting or
   *  handing before a region's short form (报, 由, 向 …) and the committee functions before 委员会 (指导, 协调). */
  committeeCues: { submits: string[]; functions: string[] };
  /** set-up-committees.txt (session 52, helper extract2; options lawRegionSetUpCommittees, lawOwnJoinedCommittees): the region as the
   *  subject of setting up (本市, 本省 …; 设立, 成立) and the joiner and function words of a region's own joined committee (与; 促进 …). */
  setUpCommittees: { regions: string[]; setUps: string[]; joiners: string[]; functions: string[] };
  /** region-lists.txt (session 52, helper extract2; options lawNationalIssuedLists, lawRegionCompiledLists, lawRegionPlatformWorks): the
   *  national issuers and issuing verbs of a named list (国家, 国务院; 颁布 …), the verbs compiling the region's own list (编制; 和发布 …),
   *  the region words (本省, 全省 …), the verb coordinating a platform's building (统筹 … 建设) and the heads (目录, 平台). */
  regionLists: { nationalIssuers: string[]; issues: string[]; listHeads: string[]; compiles: string[]; publishes: string[]; regions: string[]; coordinates: string[]; platformHeads: string[]; works: string[] };
  /** kind-names.txt (session 52, helper extract2; options orgBracketedKindOut, abstractExchangePlatformOut): the bracketed alternative
   *  heads after a body's name (广播电视台（站）) and the heads of a platform named by exchange and cooperation only (合作交流平台). */
  kindNames: { alternatives: string[]; abstractPlatforms: string[] };
  /** facility-networks.txt (session 53, helper extract2; option lawSetUpFacilityNetworks): the designated facility networks of national
   *  programmes (农家书屋, 职工书屋, 技能大师工作室 …) and the verbs setting them up or using them before them in their clause. */
  facilityNetworks: { networks: string[]; cues: string[] };
  /** site-designations.txt (session 56, helper programme; options lawNamedDesignatedSites, lawListKindTailOut, lawCreatedTitles): the
   *  designation heads of protected and demonstration sites (自然保护区, 森林公园 …), their ranks (国家级, 国家, 世界 …), the words that
   *  make a prefix no proper name, and the title heads a 创建 campaign confers with the verbs that hand the creating to another party. */
  siteDesignations: { heads: string[]; ranks: string[]; stops: string[]; created: string[]; steers: string[] };
  /** designations.txt: the verbs that confer a designation (公布为, 列入 …) and how its name ends (保护单位, 名录 …). Session 26. */
  /** cue/head: 公布为…保护单位 (session 26); announcedCue/announcedHead/announce: 确定…重点单位，向社会公布 (session 27). */
  designations: Designations;
  /** Staff nouns (group-staff.txt) kept as a group in a regulation only where a sentence serves them (session 22). */
  staffGroups: Set<string>;
  /** People's organisations (peoples-organisations.txt): in a regulation named after 各级 they are still the body (session 32). */
  peoplesOrganisations: Set<string>;
  /** Principal criminal penalties (criminal-penalties.txt): a sentence naming one describes an offence (session 32). */
  criminalPenalties: string[];
  /** Words of equal treatment after 与 and a group (group-standards.txt): the group is a standard of comparison (session 32). */
  groupStandards: string[];
  /** group-standards.txt `lead` (session 42): the verbs of enjoying before a standard group with no 与 (享受当地城镇居民同等待遇). */
  groupStandardLeads: string[];
  /** The opener and closer of a condition of membership (group-members.txt: 属于X的, 包括X在内的), session 40. */
  groupMembers: { open: string; close: string }[];
  /** group-carers.txt (session 40): kin nouns that carry a dependant's care (`carer |`), a target group only after a `lead |`
   *  verb of protecting them or inside a `for |` … `give |` clause (groups.ts carersUnserved). */
  carers: { carer: string[]; lead: string[]; for: string[]; give: string[] };
  /** Cues of serving a profession (group-served.txt: 培训, 职称, 鼓励 …). */
  servedCues: string[];
  /** Residents as such (group-residents.txt: 居民, 社区居民, 市民), a group in a regulation only right after one of
   *  `residentLeads` (对, 组织, 动员 …; session 23). */
  residentGroups: Set<string>;
  residentLeads: string[];
  /** group-agents.txt (session 31): the words that make an agent noun found by 者 a served population in a regulation:
   *  `cue |` words anywhere in its sentence (besides group-served.txt), `lead |` words right before it (besides the
   *  residents' leads). */
  agentCues: string[];
  agentLeads: string[];
  /** group-workers.txt (session 33): the nouns of a body's or a trade's workers (从业人员, 员工), a group only where a mention
   *  follows right after one of `workerLeads` or its sentence holds one of `workerCues` (besides group-served.txt). */
  workerGroups: Set<string>;
  workerLeads: string[];
  workerCues: string[];
  /** group-clause.txt (session 34): the sentence test every other group of a regulation passes (groups.ts obligedOnlyGroups):
   *  `modal |` words of a duty after its subject, `breach |` words of a violation, `lead |` words of a sanction's object,
   *  `punish |` words of a sanction, `cue |` words of being served that make a duty an education or a benefit, and (session 35)
   *  `object |` verbs that take the group as their object (招考公务员: the duty after it is not the group's). */
  clauseModals: string[];
  /** Acts in office (group-clause.txt `office |`: 依法执行公务): their subject is the staff of a procedure (session 48). */
  clauseOffices: string[];
  /** group-clause.txt `person |`: characters that name a person in a condition clause (options.ts conditionClauseObliged). */
  clausePersons: string[];
  clauseBreaches: string[];
  clauseLeads: string[];
  clausePunish: string[];
  clauseCues: string[];
  clauseObjects: string[];
  /** group-objects.txt (session 37): the grammar of a served object — person `head |` words, `lead |` prepositions, `verb |` of
   *  serving, `cue |` words of a service and `stop |` openers (extract/served.ts). */
  objectHeads: string[];
  objectLeads: string[];
  objectVerbs: string[];
  objectCues: string[];
  objectStops: string[];
  objectNotEnds: string[];
  /** group-objects.txt `notOpen |` (session 39): words a group's name never opens with — verbs of administration jieba tags as
   *  nouns or idioms, and nouns of no person; a group found by its suffix starts after the last of them. */
  objectNotOpens: string[];
  /** group-objects.txt `insure |` and `insureCue |` (session 51, helper extract): verbs by which a body insures the persons after 为
   *  (为实习学生投保实习责任保险), serving them when their clause holds a cue of insurance (extract/served.ts). */
  objectInsureVerbs: string[];
  objectInsureCues: string[];
  /** group-objects.txt `meet |` and `need |` (session 56, helper extract): the verb of meeting a need and the need nouns (满足市民对
   *  学前教育的需求, 优先满足业主的需求): the persons whose needs a purpose or priority clause says the text meets are served
   *  (extract/needs-met.ts, options.ts lawNeedsMetGroups). */
  objectMeetVerbs: string[];
  objectNeeds: string[];
  /** group-objects.txt `declared |` (session 59, helper extract): class nouns of persons that, after 等 closing a list in a served
   *  object's place, make each item a category of persons (对村级组织成员、村民代表…等人员的法律知识培训; extract/served.ts,
   *  options.ts servedDeclaredLists). */
  objectDeclared: string[];
  /** group-objects.txt `declaredEnd |` (session 59): words besides the `head |` words that end an item read so (工人). */
  objectDeclaredEnds: string[];
  /** group-objects.txt `employer |` (session 46, helper extract3): kinds of employer a compressed list coordinates before the persons
   *  they employ (高等学校、科研机构农业科技人员); the group starts after the last of the list (discover.ts, groupEmployerList). */
  objectEmployers: string[];
  /** instrument-suffixes.txt: a 《…》 name ending in one is an instrument (a certificate, form, list,
   *  contract, standard …): neither a cited document nor an outlet. */
  instrumentSuffixes: string[];
  /** definition-cues.txt: how a law defines a kind of person (definitions.ts). */
  definitionCues: Record<DefinitionCue, string[]>;
  units: string[];
  docTypes: string[];
  /** panel-fields.txt: labels of a disclosure page's metadata panel (索引号, 发文机关, 成文日期 …) by field. */
  panelFields: { field: PanelField; label: string }[];
  stopEntities: Set<string>;
  noise: z.infer<typeof NoiseRule>[];
  levels: { level: 'central' | 'national'; re: RegExp }[];
  /** levels.txt's `title …` rules: the level of a document by its title alone, when no issuer is
   *  known and the title names no place or body (a header-less file, a title cited bare). */
  titleLevels: { level: 'central' | 'national'; re: RegExp }[];
  targetCues: TargetCues;
  boilerplate: string[];
  /** Long → short forms of body names (科学技术协会 → 科协), for regional bodies. */
  shortForms: [string, string][];
  /** issuer-codes.txt: 发文机关代字 → the body the code stands for, in the years given (session 34, helper plans). */
  issuerCodes: IssuerCode[];
  /** Generic words per type (generic-heads.txt): a name found by suffix whose head is made only of
   *  them is a kind of thing, not a proper name (年度工作计划, 社会发展计划, 居民委员会). */
  genericHeads: Record<'Organisation' | 'Programme' | 'TargetGroup', Set<string>>;
}

export interface IssuerCode {
  code: string;
  /** The code begins the number's code (工信部* → 工信部规) rather than equalling it. */
  prefix: boolean;
  body: string;
  from?: number;
  to?: number;
}

export type Comparator = '>=' | '<=' | '=' | '>' | '<';
export interface TargetCues {
  before: { phrase: string; comparator: Comparator }[];
  /** A lead that states the metric and its limit for the items listed after it (下列建设工程的最低保修期限为：（一）…为一年):
   *  the limit word and its comparator (list >= | 最低, list <= | 最长), and the quantity's head (listHead | 期限). Session 26. */
  list: { phrase: string; comparator: Comparator }[];
  listHead: string[];
  after: { phrase: string; comparator: Comparator }[];
  strip: string[];
  past: string[];
  /** Right before a number, it qualifies a case, not a commitment (连续三个月以上, 满二十五年). */
  qualify: string[];
  /** In the number's clause, it is a sanction, not a target (五倍以下的罚款). */
  penalty: string[];
  /** After a time unit, a time limit: 十日内 → <= 10 日, 开庭十日前 → >= 10 日; the act it limits follows. */
  deadline: { phrase: string; comparator: Comparator }[];
  /** The units a time limit is counted in (日, 工作日, 小时 …). */
  time: string[];
  /** Right before a number, a change of a standard by so much (提高百分之十, 增加十分, 提高两倍): comparator =. */
  change: string[];
  /** At the start of the number's clause, a duration a body must keep (保留学籍一年, 保留公职至少一年). */
  keep: string[];
  /** Units taken only after a change or keep cue (年, 分, 倍: too often a date, an adverb, a fine). */
  cued: string[];
  /** Ending the words before a comparator, a dimension of a thing (建筑高度超过一百米的…): with 的 after the
   *  number, the number describes the thing after 的, no commitment (session 18). */
  dimension: string[];
  /** Right after a number of hours or days, a standing service kept for so long (二十四小时值班 → 值班 = 24 小时;
   *  session 18). */
  round: string[];
  /** Right after a number of persons (and its 以上), a joint motion: the number is the quorum of a right
   *  (五人以上联名，可以提出议案), no commitment (session 19). */
  quorum: string[];
  /** Ending the words before a limit cue (<=, >=), a term the law bounds (临时占用的期限最长不得超过二年): a count
   *  of years is then a target (session 19). */
  term: string[];
  /** Right before a length of time, a lead the act must keep (提前十日书面报告): the time is a minimum (>=), the act
   *  follows the number (session 20). */
  ahead: string[];
  /** Right before a number of persons (指定一名领誓人, 配备两名专职人员): a staffing duty, a target even in Chinese
   *  numerals; the persons counted follow the number (session 20). */
  staff: string[];
  /** Ending the words before a length (周边一千米以内, 两侧五百米以内, 水位线以外二千米): the number marks out a zone where a
   *  rule applies, no commitment (session 21). */
  zone: string[];
  /** Right before a count of years (每届任期五年): the term of an office, a target even in Chinese numerals (session 21). */
  tenure: string[];
  /** Right after a number of persons (由主任、委员三至七人组成): the size of a body, a target even in Chinese numerals;
   *  the body is the subject before 由 (session 21). */
  compose: string[];
  /** Ending the words before a percentage, the whole it is a share of (不少于本单位在职职工总数1.7%): a limit cue before the
   *  whole governs the share, as before 的 (session 27). */
  whole: string[];
  /** Right after a percentage, the words that make it the ratio an act is done by (…1.7%的比例安排残疾人就业): the act after
   *  them is the metric (session 27). */
  share: string[];
  /** The words of an instrument's validity (有效期, 有效期限): a number after one in its clause is no target (session 29, gold
   *  decision "no validity period is a target"). */
  validity: string[];
  /** A term of service (服预备役, 服现役): a count of years its term states with 为 is a target (预备役兵服预备役年限为四年; session 35
   *  (plans)). */
  service: string[];
  /** A leave right before a count of days (增加婚假七天, 享受配偶陪产假十天): the leave granted is a target (session 35 (plans)). */
  leave: string[];
  /** A time of day that qualifies a limit (白天控制在55分贝以内，夜间…; 噪声昼间不得超过…): no part of the counted thing, which is
   *  the one the clause before names (session 39 (plans)). */
  timeOfDay: string[];
  /** The words that close a case (…的，, …时，): a number in a sentence's case, before the first of them and with no
   *  `caseMain` word in between, describes the case the rule applies to, not a quantity it commits (session 40 (plans)). */
  caseClose: string[];
  /** The words of a main clause (应当, 必须, 不得, 可以): a sentence holding one before the number, or between the number and
   *  the case's close, states a duty or a right, not a case (session 40 (plans)). */
  caseMain: string[];
  /** The words that open a case of its own (对, 确需, 有条件的, 逾期 …): a later clause opening on one closes no case of the
   *  number's clause (每个街道配备三名以上专职人员，确需增加的，…; session 40 (plans)). */
  caseOpen: string[];
  /** Words ending in a `caseClose` character that close no case (同时, 及时, 小时 …; session 40 (plans)). */
  notCase: string[];
  /** The endings of a body or a person that acts (部门, 委员会, 人民政府, 人, 者 …): a subject before a time limit's modal ending in one
   *  is who acts, not the thing handled (session 41 (plans)). */
  agentEnd: string[];
  /** The verbs of keeping a thing (保存, 留存, 保管): a limit cue right after or before one bounds how long the thing is kept (有关信息与资料
   *  …应当保存至少三年; session 49 helper extract2, keptDuration). */
  keptVerb: string[];
  /** The endings of the records and materials a body keeps (记录, 台账, 档案, 资料 …): a clause of keeping with no topic of its own
   *  (…建立原始记录和统计台账，应当至少保存2年) reads the thing kept from the clause before only when it ends in one (session 49). */
  keptThing: string[];
}

/** Roles of target-cues.txt that carry a comparator (`before >= | 不少于`). */
const COMPARATOR_ROLES = ['before', 'list', 'after', 'deadline'] as const satisfies readonly (keyof TargetCues)[];
/** Roles of target-cues.txt that are plain phrase lists (the others carry a comparator). */
const PHRASE_ROLES = ['listHead', 'strip', 'past', 'qualify', 'penalty', 'time', 'change', 'keep', 'cued', 'dimension', 'round', 'quorum', 'term', 'ahead', 'staff', 'zone', 'tenure', 'compose', 'whole', 'share', 'validity', 'service', 'leave', 'timeOfDay', 'caseClose', 'caseMain', 'caseOpen', 'notCase', 'agentEnd', 'keptVerb', 'keptThing'] as const satisfies readonly (keyof TargetCues)[];
const isPhraseRole = (role: string): role is (typeof PHRASE_ROLES)[number] => (PHRASE_ROLES as readonly string[]).includes(role);
const isComparatorRole = (role: string): role is (typeof COMPARATOR_ROLES)[number] => (COMPARATOR_ROLES as readonly string[]).includes(role);
/** Every field of TargetCues is one of the two role lists (a field added to the interface only fails to compile here). */
type UnlistedTargetCue = Exclude<keyof TargetCues, (typeof COMPARATOR_ROLES)[number] | (typeof PHRASE_ROLES)[number]>;
const everyTargetCueListed: [UnlistedTargetCue] extends [never] ? true : UnlistedTargetCue = true;
void everyTargetCueListed;

function targetCues(dir: string): TargetCues {
  const cues = Object.fromEntries([...COMPARATOR_ROLES, ...PHRASE_ROLES].map((role) => [role, []])) as unknown as TargetCues;
  for (const { line, no } of lines(dir, 'target-cues.txt')) {
    const [head, ...phrases] = line.split('|').map((s) => s.trim());
    const [role, cmp] = head.split(/\s+/);
    if (isComparatorRole(role)) {
      const comparator = parse(z.enum(['>=', '<=', '=', '>', '<']), cmp, 'target-cues.txt', no);
      cues[role].push(...phrases.map((phrase) => ({ phrase, comparator })));
    } else if (isPhraseRole(role)) cues[role].push(...phrases);
    else throw new LexiconError(`lexicon: target-cues.txt:${no}: unknown role "${role}"`);
  }
  const longest = (a: { phrase: string }, b: { phrase: string }) => b.phrase.length - a.phrase.length;
  cues.before.sort(longest);
  cues.after.sort(longest);
  cues.deadline.sort(longest);
  cues.strip.sort((a, b) => b.length - a.length);
  return cues;
}

function genericHeads(dir: string): Lexicon['genericHeads'] {
  const out: Lexicon['genericHeads'] = { Organisation: new Set(), Programme: new Set(), TargetGroup: new Set() };
  for (const { line, no } of lines(dir, 'generic-heads.txt')) {
    const bar = line.indexOf('|');
    const scope = bar < 0 ? '' : line.slice(0, bar).trim();
    const types = scope === 'any' ? (['Organisation', 'Programme'] as const) : [parse(z.enum(['Organisation', 'Programme', 'TargetGroup']), scope, 'generic-heads.txt', no)];
    for (const w of line.slice(bar + 1).trim().split(/\s+/)) for (const t of types) out[t].add(parse(Name, w, 'generic-heads.txt', no));
  }
  return out;
}

export const PANEL_FIELDS = ['title', 'issuer', 'written', 'published', 'number', 'index', 'other'] as const;
export type PanelField = (typeof PANEL_FIELDS)[number];

function panelFields(dir: string): Lexicon['panelFields'] {
  return lines(dir, 'panel-fields.txt').flatMap(({ line, no }) => {
    const [head, ...labels] = line.split('|').map((x) => x.trim());
    const field = parse(z.enum(PANEL_FIELDS), head, 'panel-fields.txt', no);
    return labels.map((label) => ({ field, label: parse(Name, label, 'panel-fields.txt', no) }));
  });
}

export class LexiconError extends Error {
  override readonly name = 'LexiconError';
}

const DEFINITION_CUES = ['opener', 'term', 'refer', 'person', 'thing', 'kin', 'act'] as const;
export type DefinitionCue = (typeof DEFINITION_CUES)[number];

function definitionCues(dir: string): Record<DefinitionCue, string[]> {
  const out = Object.fromEntries(DEFINITION_CUES.map((k) => [k, [] as string[]])) as Record<DefinitionCue, string[]>;
  for (const { line, no } of lines(dir, 'definition-cues.txt')) {
    const [kind, ...rest] = line.split('|').map((x) => x.trim());
    if (!(DEFINITION_CUES as readonly string[]).includes(kind)) {
      throw new LexiconError(`lexicon: definition-cues.txt:${no}: expected one of ${DEFINITION_CUES.join(', ')}, got "${kind}"`);
    }
    out[kind as DefinitionCue].push(...rest.map((w) => parse(Name, w, 'definition-cues.txt', no)));
  }
  return out;
}

function lines(dir: string, file: string): { line: string; no: number }[] {
  const text = readFileSync(join(dir, file), 'utf8');
  return text
    .split('\n')
    // A line starting with # is a comment; so is the rest of a line after ' # '.
    .map((l, i) => ({ line: l.replace(/^#.*$|\s#\s.*$/, '').trim(), no: i + 1 }))
    .filter((l) => l.line.length > 0);
}

function parse<T>(schema: z.ZodType<T>, value: unknown, file: string, no: number): T {
  const r = schema.safeParse(value);
  if (!r.success) {
    throw new LexiconError(`lexicon: ${file}:${no}: ${r.error.issues[0]?.message ?? 'invalid entry'}`);
  }
  return r.data;
}

function entries(dir: string, file: string): LexiconEntry[] {
  return lines(dir, file).map(({ line, no }) => {
    const [canonical, ...aliases] = line.split('|').map((s) => s.trim());
    return parse(Entry, { canonical, aliases: aliases.filter(Boolean) }, file, no);
  });
}

/** org-functions.txt: its `head |`, `setter |` (session 41) and `field |` (session 42) lines. */
function orgFunctions(dir: string): Lexicon['orgFunctions'] {
  return roleTable(dir, 'org-functions.txt', { head: 'heads', setter: 'setters', field: 'fields' });
}

/** The roles of name-clauses.txt (session 36). */
const NAME_CLAUSE_ROLES = ['anaphor', 'adverb', 'awardVerb', 'classify', 'regime', 'bodyHead', 'bodyField', 'facilityBuild', 'facilityHead', 'kindMate'] as const;
/** The roles of name-clauses.txt, each a field of Lexicon['nameClauses'] under its own name. */
export type NameClauseRole = (typeof NAME_CLAUSE_ROLES)[number];

/** name-clauses.txt: its roles' words (session 36). */
function nameClauses(dir: string): Lexicon['nameClauses'] {
  return roleTable(dir, 'name-clauses.txt', Object.fromEntries(NAME_CLAUSE_ROLES.map((r) => [r, r])) as { [R in NameClauseRole]: R });
}

/** A file of `role | word | word …` lines only: each line's role one of `roles`' keys (else a LexiconError naming them), the
 *  words of each role, checked as names, under the field `roles` maps it to (one table of the file's roles, session 50). */
function roleTable<const R extends Record<string, string>>(dir: string, file: string, roles: R): Record<R[keyof R], string[]> {
  const all = lines(dir, file);
  const names = Object.keys(roles);
  const head = new RegExp(`^(${names.join('|')})\\s*\\|`);
  for (const { line, no } of all) if (!head.test(line)) throw new LexiconError(`lexicon: ${file}:${no}: expected ${names.join(' | ')}, got "${line}"`);
  return Object.fromEntries(names.map((role) => [roles[role], roleWords(all, role, file)])) as Record<R[keyof R], string[]>;
}

/** The words of a lexicon's `role | word | word …` lines (lead, cue, …), each checked as a name. */
function roleWords(all: { line: string; no: number }[], role: string, file: string): string[] {
  const head = new RegExp(`^${role}\\s*\\|`);
  return all.filter(({ line }) => head.test(line)).flatMap(({ line, no }) => line.split('|').slice(1).map((w) => parse(Name, w.trim(), file, no)));
}

/** zone-bodies.txt: its `zone |` and `body |` lines (session 44). */
function zoneBodies(dir: string): Lexicon['zoneBodies'] {
  return roleTable(dir, 'zone-bodies.txt', { zone: 'zones', body: 'bodies' });
}

/** group-carers.txt: its `carer |`, `lead |`, `for |` and `give |` lines (session 40). */
function carers(dir: string): Lexicon['carers'] {
  return roleTable(dir, 'group-carers.txt', { carer: 'carer', lead: 'lead', for: 'for', give: 'give' });
}

/** group-objects.txt: its `head |`, `lead |`, `verb |`, `cue |` and `stop |` lines (session 37). */
function objects(dir: string) {
  const out = roleTable(dir, 'group-objects.txt', { head: 'objectHeads', lead: 'objectLeads', verb: 'objectVerbs', cue: 'objectCues', stop: 'objectStops', notEnd: 'objectNotEnds', notOpen: 'objectNotOpens', employer: 'objectEmployers', insure: 'objectInsureVerbs', insureCue: 'objectInsureCues', meet: 'objectMeetVerbs', need: 'objectNeeds', declared: 'objectDeclared', declaredEnd: 'objectDeclaredEnds' });
  out.objectEmployers.sort((a, b) => b.length - a.length);
  return out;
}

/** group-residents.txt: the residents' words, and its `lead |` line of words that serve them (session 23). */
function residents(dir: string): { residentGroups: Set<string>; residentLeads: string[] } {
  const all = lines(dir, 'group-residents.txt');
  const lead = roleWords(all, 'lead', 'group-residents.txt');
  const groups = all.filter(({ line }) => !/^lead\s*\|/.test(line)).map(({ line, no }) => parse(Name, line, 'group-residents.txt', no));
  return { residentGroups: new Set(groups), residentLeads: lead };
}

/** group-agents.txt: its `cue |` and `lead |` lines (session 31). */
function agents(dir: string): { agentCues: string[]; agentLeads: string[] } {
  const all = lines(dir, 'group-agents.txt');
  const role = (r: string) => roleWords(all, r, 'group-agents.txt');
  return { agentCues: role('cue'), agentLeads: role('lead') };
}

/** group-workers.txt: its nouns and its `lead |` and `cue |` lines (session 33). */
function workers(dir: string): { workerGroups: Set<string>; workerLeads: string[]; workerCues: string[] } {
  const all = lines(dir, 'group-workers.txt');
  const role = (r: string) => roleWords(all, r, 'group-workers.txt');
  const nouns = all.filter(({ line }) => !/^(lead|cue)\s*\|/.test(line)).map(({ line, no }) => parse(Name, line, 'group-workers.txt', no));
  return { workerGroups: new Set(nouns), workerLeads: role('lead'), workerCues: role('cue') };
}

/** group-clause.txt: its `modal |`, `breach |`, `lead |`, `punish |`, `cue |` (session 34), `object |` (session 35), `office |`
 *  (session 48) and `person |` (session 49) lines. */
function clause(dir: string) {
  return roleTable(dir, 'group-clause.txt', { modal: 'clauseModals', breach: 'clauseBreaches', lead: 'clauseLeads', punish: 'clausePunish', cue: 'clauseCues', object: 'clauseObjects', office: 'clauseOffices', person: 'clausePersons' });
}

/** designations.txt: `cue | …` and `head | …` lines (session 26). */
const DESIGNATION_ROLES = { cue: 'cues', head: 'heads', announcedCue: 'announcedCues', announcedHead: 'announcedHeads', announce: 'announce', asCue: 'asCues', campaign: 'campaigns', campaignLead: 'campaignLeads', heritage: 'heritage', placeMate: 'placeMates', heritageAfter: 'heritageAfter', line: 'lines', lineCue: 'lineCues', network: 'networks', networkCue: 'networkCues', heritageMate: 'heritageMates', system: 'systems', systemCue: 'systemCues', systemGeneric: 'systemGeneric', systemDescribed: 'systemDescribed', systemEntry: 'systemEntries', systemRegionEntry: 'systemRegionEntries', titleCue: 'titleCues', title: 'titles', titleGeneric: 'titleGeneric', titleStop: 'titleStops', unitCue: 'unitCues', unitAs: 'unitAs', unitHead: 'unitHeads', systemWork: 'systemWorks', unitDetermine: 'unitDetermines', unitMark: 'unitMarks', unitKind: 'unitKinds', unitList: 'unitLists', unitOpener: 'unitOpeners', unitApply: 'unitApplies', issued: 'issued', issuedCue: 'issuedCues', issuedMate: 'issuedMates', grade: 'grades' } as const;
/** The lists of designations.txt by role, keyed as DESIGNATION_ROLES names them (the one table of its roles). */
export type Designations = Record<(typeof DESIGNATION_ROLES)[keyof typeof DESIGNATION_ROLES], string[]>;

function designations(dir: string): Lexicon['designations'] {
  const out = Object.fromEntries(Object.values(DESIGNATION_ROLES).map((key) => [key, [] as string[]])) as Designations;
  for (const { line, no } of lines(dir, 'designations.txt')) {
    const [role, ...rest] = line.split('|').map((x) => x.trim());
    if (!Object.hasOwn(DESIGNATION_ROLES, role)) throw new LexiconError(`lexicon: designations.txt:${no}: expected one of ${Object.keys(DESIGNATION_ROLES).join(', ')}, got "${role}"`);
    out[DESIGNATION_ROLES[role as keyof typeof DESIGNATION_ROLES]].push(...rest.map((w) => parse(Name, w, 'designations.txt', no)));
  }
  out.cues.sort((a, b) => b.length - a.length);
  return out;
}

/** zone-heads.txt: `head`, `head | whole`, `head | drawn`, `head | drawn | prefix` (session 27). */
function zoneHeads(dir: string): Pick<Lexicon, 'zoneHeads' | 'zoneWholeHeads' | 'zoneDrawnHeads'> {
  const zoneHeads: string[] = [];
  const zoneWholeHeads = new Set<string>();
  const zoneDrawnHeads = new Map<string, string>();
  for (const { line, no } of lines(dir, 'zone-heads.txt')) {
    const [head, flag = '', prefix = ''] = line.split('|').map((x) => x.trim());
    zoneHeads.push(parse(Name, head, 'zone-heads.txt', no));
    if (flag === 'whole') zoneWholeHeads.add(head!);
    else if (flag === 'drawn') zoneDrawnHeads.set(head!, prefix);
    else if (flag) throw new LexiconError(`lexicon: zone-heads.txt:${no}: expected whole or drawn, got "${flag}"`);
  }
  return { zoneHeads: zoneHeads.sort((a, b) => b.length - a.length), zoneWholeHeads, zoneDrawnHeads };
}

/** procurement-lists.txt: its `cue |`, `object |`, `owner |` and `head |` lines (session 48). */
function procurementLists(dir: string): Lexicon['procurementLists'] {
  return roleTable(dir, 'procurement-lists.txt', { cue: 'cues', object: 'objects', owner: 'owners', head: 'heads' });
}

function groupPairs(dir: string): Lexicon['groupPairs'] {
  const out: Lexicon['groupPairs'] = { pairs: [], heads: [] };
  for (const { line, no } of lines(dir, 'group-pairs.txt')) {
    const [key, rest = ''] = line.split('|').map((x) => x.trim());
    const items = rest.split(/\s+/).filter(Boolean).map((w) => parse(Name, w, 'group-pairs.txt', no));
    if (key === 'head') out.heads.push(...items);
    else out.pairs.push({ word: parse(Name, key, 'group-pairs.txt', no), parts: items });
  }
  out.heads.sort((a, b) => b.length - a.length);
  return out;
}

/** own-regions.txt: each word 本 and a region's level (session 50). */
function ownRegions(dir: string): string[] {
  return lines(dir, 'own-regions.txt').map(({ line, no }) => parse(Name.regex(/^本\S+$/, 'a word starting with 本'), line, 'own-regions.txt', no));
}

function words(dir: string, file: string): string[] {
  return lines(dir, file).map(({ line, no }) => parse(Name, line, file, no));
}

export function loadLexicon(dir: string = process.env.POLICY_GRAPH_LEXICON ?? DEFAULT_LEXICON_DIR): Lexicon {
  const listed = lines(dir, 'regions.txt').map(({ line, no }) => {
    const [name, level, parent, ...short] = line.split('|').map((s) => s.trim());
    return parse(RegionEntry, { name, level, parent: parent === '-' ? null : parent, short }, 'regions.txt', no);
  });
  // Every other county-level division with its city, from the national division codes (divisions.ts).
  const regions = [...listed, ...countyDivisions(listed)];
  const noise = lines(dir, 'noise.txt').map(({ line, no }) => {
    const bar = line.indexOf('|');
    const kind = line.slice(0, bar).trim();
    let re: RegExp;
    try {
      re = new RegExp(line.slice(bar + 1).trim());
    } catch (e) {
      throw new LexiconError(`lexicon: noise.txt:${no}: bad regex (${(e as Error).message})`);
    }
    return parse(NoiseRule, { kind, re }, 'noise.txt', no);
  });
  const orgPatterns = lines(dir, 'org-patterns.txt').map(({ line, no }) => {
    const [suffix, flag] = line.split('|').map((x) => x.trim());
    if (flag !== undefined && flag !== 'place' && flag !== 'lawPlace') throw new LexiconError(`lexicon: org-patterns.txt:${no}: unknown flag "${flag}"`);
    return { suffix: parse(Name, suffix, 'org-patterns.txt', no), place: flag === 'place', lawPlace: flag === 'lawPlace' };
  });
  const programmePatterns = lines(dir, 'programme-suffixes.txt').map(({ line, no }) => {
    const [suffix, ...flags] = line.split('|').map((x) => x.trim());
    for (const flag of flags) {
      if (flag !== 'place' && flag !== 'designation' && !/^\d+$/.test(flag)) {
        throw new LexiconError(`lexicon: programme-suffixes.txt:${no}: expected a number, "place" or "designation", got "${flag}"`);
      }
    }
    const n = flags.find((f) => /^\d+$/.test(f));
    return {
      suffix: parse(Name, suffix, 'programme-suffixes.txt', no),
      place: flags.includes('place'),
      designation: flags.includes('designation'),
      minHead: n ? Number(n) : undefined,
    };
  });
  return {
    entities: {
      Organisation: entries(dir, 'organisations.txt'),
      Programme: entries(dir, 'programmes.txt'),
      Brand: entries(dir, 'brands.txt'),
      TargetGroup: entries(dir, 'target-groups.txt'),
    },
    regions,
    orgSuffixes: orgPatterns.map((p) => p.suffix),
    placeSuffixes: new Set(orgPatterns.filter((p) => p.place).map((p) => p.suffix)),
    lawPlaceSuffixes: new Set(orgPatterns.filter((p) => p.lawPlace).map((p) => p.suffix)),
    programmeSuffixes: programmePatterns.map((p) => p.suffix),
    programmeSuffixRules: new Map(programmePatterns.map((p) => [p.suffix, { minHead: p.minHead, place: p.place, designation: p.designation }])),
    groupSuffixes: words(dir, 'group-suffixes.txt'),
    govSuffixes: words(dir, 'gov-suffixes.txt'),
    bodyFinals: words(dir, 'body-finals.txt'),
    brandSuffixes: words(dir, 'brand-suffixes.txt'),
    nameStops: words(dir, 'name-stops.txt').sort((a, b) => b.length - a.length),
    nameCuts: words(dir, 'name-cuts.txt'),
    leadVerbs: new Set(words(dir, 'lead-verbs.txt')),
    groupStops: words(dir, 'group-stops.txt'),
    agentStops: words(dir, 'agent-stops.txt'),
    groupModifiers: lines(dir, 'group-modifiers.txt').map(({ line, no }) => {
      const [main, notAfter = ''] = line.split('!').map((x) => x.trim());
      const [modifier, bases = ''] = main.split('|').map((x) => x.trim());
      return { modifier: parse(Name, modifier, 'group-modifiers.txt', no), bases: bases.split(/\s+/).filter(Boolean), notAfter };
    }),
    groupRoles: words(dir, 'group-roles.txt').sort((a, b) => b.length - a.length),
    groupPairs: groupPairs(dir),
    groupFollowers: words(dir, 'group-followers.txt').sort((a, b) => b.length - a.length),
    groupPosts: words(dir, 'group-posts.txt'),
    fieldStudents: words(dir, 'field-students.txt'),
    ownRegions: ownRegions(dir),
    nameClauses: nameClauses(dir),
    orgFunctions: orgFunctions(dir),
    groupParties: words(dir, 'group-parties.txt'),
    programmeFollowers: words(dir, 'programme-followers.txt').sort((a, b) => b.length - a.length),
    programmeKinds: words(dir, 'programme-kinds.txt'),
    programmeVerbs: new Set(words(dir, 'programme-verbs.txt')),
    programmeRunVerbs: words(dir, 'programme-run-verbs.txt'),
    quotedWorks: words(dir, 'quoted-works.txt').sort((a, b) => b.length - a.length),
    procurementLists: procurementLists(dir),
    ...zoneHeads(dir),
    zoneBodies: zoneBodies(dir),
    zoneCues: lines(dir, 'zone-cues.txt').map(({ line }) => {
      const [cue, flag = ''] = line.split('|').map((x) => x.trim());
      return { cue, duty: flag === 'duty', list: flag === 'list', draws: flag === 'draws', ends: flag === 'ends', range: flag === 'range' };
    }).sort((a, b) => b.cue.length - a.cue.length),
    systemSetUpVerbs: words(dir, 'system-set-up.txt'),
    channelCues: roleTable(dir, 'channel-cues.txt', { verb: 'verbs', kind: 'kinds', build: 'builds' }),
    joinedCues: roleTable(dir, 'joined-cues.txt', { actor: 'actors', joiner: 'joiners' }),
    rewardCues: roleTable(dir, 'reward-cues.txt', { reward: 'rewards', body: 'bodies', joiner: 'joiners' }),
    householdCues: roleTable(dir, 'household-cues.txt', { holder: 'holders', household: 'households' }),
    brandLists: roleTable(dir, 'brand-lists.txt', { opener: 'opener', class: 'class', festivalClass: 'festivalClass', festival: 'festival', itemClass: 'itemClass', image: 'image', own: 'own' }),
    economicRoles: roleTable(dir, 'group-economic.txt', { role: 'role', lead: 'lead', protect: 'protect', right: 'right', notAfter: 'notAfter' }),
    groupRegimes: roleTable(dir, 'group-regimes.txt', { regime: 'regime', service: 'service', body: 'body' }),
    groupSchools: roleTable(dir, 'group-schools.txt', { arrangement: 'arrangement' }),
    groupFrames: roleTable(dir, 'group-frames.txt', { staff: 'staff', quota: 'quota', servicePost: 'servicePost', deliver: 'deliver', consult: 'consult', opinion: 'opinion', account: 'account' }),
    guardians: roleTable(dir, 'group-guardians.txt', { guardian: 'guardian', other: 'other', join: 'join', notBefore: 'notBefore', notAfter: 'notAfter', support: 'support', alsoSupport: 'alsoSupport', duty: 'duty', then: 'then' }),
    learnerCues: roleTable(dir, 'learner-cues.txt', { joiner: 'joiners', duty: 'duties', accept: 'accepts', learn: 'learns' }),
    trainingCues: roleTable(dir, 'training-cues.txt', { run: 'runs', organise: 'organises', organiseAfter: 'organiseAfters', quantifier: 'quantifiers', kind: 'kinds', training: 'trainings', follower: 'followers' }),
    tierCues: roleTable(dir, 'tier-cues.txt', { build: 'builds', facility: 'facilities', encourage: 'encourages', tierName: 'tierNames' }),
    committeeCues: roleTable(dir, 'committee-cues.txt', { submit: 'submits', function: 'functions' }),
    designations: designations(dir),
    staffGroups: new Set(words(dir, 'group-staff.txt')),
    peoplesOrganisations: new Set(words(dir, 'peoples-organisations.txt')),
    criminalPenalties: words(dir, 'criminal-penalties.txt'),
    groupStandards: lines(dir, 'group-standards.txt').filter(({ line }) => !/^lead\s*\|/.test(line)).map(({ line, no }) => parse(Name, line, 'group-standards.txt', no)),
    groupStandardLeads: roleWords(lines(dir, 'group-standards.txt'), 'lead', 'group-standards.txt'),
    groupMembers: lines(dir, 'group-members.txt').map(({ line, no }) => {
      const [open, close] = line.split('|').map((x) => x.trim());
      return { open: parse(Name, open, 'group-members.txt', no), close: parse(Name, close, 'group-members.txt', no) };
    }),
    carers: carers(dir),
    servedCues: words(dir, 'group-served.txt'),
    ...residents(dir),
    ...agents(dir),
    ...workers(dir),
    ...clause(dir),
    ...objects(dir),
    definitionCues: definitionCues(dir),
    instrumentSuffixes: words(dir, 'instrument-suffixes.txt'),
    units: words(dir, 'units.txt'),
    docTypes: words(dir, 'doc-types.txt'),
    panelFields: panelFields(dir),
    stopEntities: new Set(words(dir, 'stop-entities.txt')),
    noise,
    targetCues: targetCues(dir),
    shortForms: lines(dir, 'short-forms.txt').map(({ line, no }) => {
      const [long, short] = line.split('|').map((x) => x.trim());
      return [parse(Name, long, 'short-forms.txt', no), parse(Name, short, 'short-forms.txt', no)] as [string, string];
    }),
    genericHeads: genericHeads(dir),
    setUpCommittees: roleTable(dir, 'set-up-committees.txt', { region: 'regions', setUp: 'setUps', joiner: 'joiners', function: 'functions' }),
    regionLists: roleTable(dir, 'region-lists.txt', { nationalIssuer: 'nationalIssuers', issue: 'issues', listHead: 'listHeads', compile: 'compiles', publish: 'publishes', region: 'regions', coordinate: 'coordinates', platformHead: 'platformHeads', work: 'works' }),
    kindNames: roleTable(dir, 'kind-names.txt', { alternative: 'alternatives', abstractPlatform: 'abstractPlatforms' }),
    facilityNetworks: roleTable(dir, 'facility-networks.txt', { network: 'networks', cue: 'cues' }),
    siteDesignations: roleTable(dir, 'site-designations.txt', { head: 'heads', rank: 'ranks', stop: 'stops', created: 'created', steer: 'steers' }),
    issuerCodes: issuerCodes(dir),
    dir,
    boilerplate: words(dir, 'boilerplate.txt').sort((a, b) => b.length - a.length),
    levels: levelRules(dir).filter((r) => !r.title),
    titleLevels: levelRules(dir).filter((r) => r.title),
  };
}

/** issuer-codes.txt: `code | body [| years]` and `place | c | region | 政|府` (a province's government and office codes). */
function issuerCodes(dir: string): IssuerCode[] {
  const Years = z.string().regex(/^(\d{4})?-(\d{4})?$/, 'years: 1998-2008, 2018- or -1998');
  const Code = z.string().regex(/^[\u4e00-\u9fff]{1,8}\*?$/, 'a code of Han characters (a trailing * for a prefix)');
  return lines(dir, 'issuer-codes.txt').flatMap(({ line, no }) => {
    const f = line.split('|').map((x) => x.trim());
    if (f[0] === 'place') {
      const [, c, region, k] = f;
      parse(z.string().regex(/^[\u4e00-\u9fff]$/, 'one character'), c, 'issuer-codes.txt', no);
      parse(z.enum(['政', '府']), k, 'issuer-codes.txt', no);
      const government = `${parse(Name, region, 'issuer-codes.txt', no)}人民政府`;
      return [
        ...['', '发', '函'].map((t) => ({ code: `${c}${k}${t}`, prefix: false, body: government })),
        ...['办', '办发', '办函'].map((t) => ({ code: `${c}${k}${t}`, prefix: false, body: `${government}办公厅` })),
      ];
    }
    const code = parse(Code, f[0], 'issuer-codes.txt', no);
    const body = parse(Name, f[1], 'issuer-codes.txt', no);
    const years = f[2] ? parse(Years, f[2], 'issuer-codes.txt', no).split('-') : [];
    return [{
      code: code.replace(/\*$/, ''),
      prefix: code.endsWith('*'),
      body,
      from: years[0] ? Number(years[0]) : undefined,
      to: years[1] ? Number(years[1]) : undefined,
    }];
  });
}

/** levels.txt: `level | regex` on an issuer's name, `title level | regex` on a bare title. */
function levelRules(dir: string): { level: 'central' | 'national'; re: RegExp; title: boolean }[] {
  return lines(dir, 'levels.txt').map(({ line, no }) => {
    const bar = line.indexOf('|');
    const head = line.slice(0, bar).trim();
    const title = head.startsWith('title ');
    const level = parse(z.enum(['central', 'national']), title ? head.slice(6).trim() : head, 'levels.txt', no);
    return { level, re: new RegExp(line.slice(bar + 1).trim()), title };
  });
}
