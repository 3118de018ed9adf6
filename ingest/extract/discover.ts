// Names not in the lexicon, found by shape: a run of name-like jieba tokens ending in a suffix of
// its type (…科协, …学会 / …行动, …工程, …大赛 / …人才, …工作者 / …科普周), and quoted names
// (“…”) classified by their suffix. Lexicons cover the known; these rules cover the unseen.
import type { EntityType } from '../../graph-schema/index.js';
import type { Lexicon } from '../lexicon/load.js';
import { regionByName, regionPrefix } from '../lexicon/regions.js';
import { segmenter, type Token } from './segment.js';
import type { DictHit } from './dictionary.js';
import { DEFAULT_EXTRACT_OPTIONS, type ExtractOptions } from './options.js';
import { memoOnLists } from './memo.js';
import { actorJoined, afterJoinedThing, dataPlatform, holdsJoinedThing, subjectTrade, unknownWorkWord } from './recall-heads.js';
import { channelSystem } from './channel-systems.js';
import { inDefiniens } from './definiens-systems.js';
import { verbOnlyHead } from './org-verb-heads.js';

/** jieba tags that may sit inside a name: nouns, places, organisations, other proper nouns,
 *  abbreviations, Latin letters. Verbal nouns (vn: 建设, 服务) only inside programmes. */
const NAME_TAGS = /^(n|nr|ns|nt|nz|nw|j|eng|an|b|ng|nrt|tg)$/;
const NAME_CHARS = /^[\u4e00-\u9fffA-Za-z0-9·]+$/;
const CJK_NUMERAL = /^[一二三四五六七八九十百千万两]+[名个大项]?$/;

interface Rule {
  type: EntityType;
  suffixes: string[];
}

/** The rules of a lexicon, sorted once (suffixHits and quotedHits ran the sorts per unit: issue 11
 *  profile). */
function rules(lexicon: Lexicon): Rule[] {
  const lists = [lexicon.orgSuffixes, lexicon.programmeSuffixes, lexicon.groupSuffixes, lexicon.brandSuffixes];
  return memoOnLists(lexicon, rules, lists, () => buildRules(lexicon));
}

/** The UTF-16 codes of a text, marked with a new stamp per call in one table (no clearing). */
const presentCodes = new Int32Array(65536);
let presentStamp = 0;
function charsIn(text: string): Int32Array {
  presentStamp++;
  for (let i = 0; i < text.length; i++) presentCodes[text.charCodeAt(i)] = presentStamp;
  return presentCodes;
}

function allPresent(word: string, present: Int32Array): boolean {
  for (let k = 0; k < word.length; k++) if (present[word.charCodeAt(k)] !== presentStamp) return false;
  return true;
}

/** suffixHits' table of the token covering each character of a unit, grown as needed. */
let tokenAtBuffer = new Int32Array(4096);

/** nameStops as a set, made once per array (it was made per unit). */
function stopSet(words: string[]): Set<string> {
  return memoOnLists(words, stopSet, [words], () => new Set(words));
}

/** Each word of programme-kinds.txt between two ideographs (危险性|体育项目), made once per list. */
function kindPatterns(lexicon: Lexicon): RegExp[] {
  return memoOnLists(lexicon, kindPatterns, [lexicon.programmeKinds], () =>
    lexicon.programmeKinds.map((k) => new RegExp(`[\\u4e00-\\u9fff]${k}[\\u4e00-\\u9fff]`)),
  );
}

function buildRules(lexicon: Lexicon): Rule[] {
  const longest = (xs: string[]) => [...xs].sort((a, b) => b.length - a.length);
  return [
    { type: 'Organisation', suffixes: longest(lexicon.orgSuffixes) },
    { type: 'Programme', suffixes: longest(lexicon.programmeSuffixes) },
    { type: 'TargetGroup', suffixes: longest(lexicon.groupSuffixes) },
    { type: 'Brand', suffixes: longest(lexicon.brandSuffixes) },
  ];
}

/** Before a body's name, a list of administrative levels makes it a class (市和区、县国防教育办公室,
 *  市、区精神文明建设委员会, 县（市、区）国防教育委员会, 区县（自治县）…): no one body is named. */
const LEVELS_BEFORE = /(?:(?:^|[、和及与或，。；\s])(?:省|市|区|县|区县|乡|镇|乡镇|自治县)|[（(][市区县旗自治、]{1,8}[）)])$/;

/** 市/省/本市/本省/自治区 right before a name, standing alone (not 城市, 全市, 各省, 县市). */
/** 本市…, 本省…, 本自治区… at the start of a programme's name (the character before the name included). */
const INNER_LOCAL = /^.?(本(?:市|省|自治区))(?=[\u4e00-\u9fff]{3})/;
const LOCAL_BEFORE = /(?:^|[^城全各该超都上门集股级外同两邻这此我其每当副县区])(本?(?:市|省|自治区))$/;

export function suffixHits(
  tokens: Token[],
  text: string,
  lexicon: Lexicon,
  subject: string[] = [],
  /** Whose 市/省/本市/本省 it is (dictionary.ts localOwners): 由市国防教育基金会 → 重庆市国防教育基金会. */
  local: Record<string, string | undefined> = {},
  /** maxName; lawProgrammeStopsAtVerb when `law` (the document is a law or regulation). */
  options: Pick<ExtractOptions, 'maxName' | 'lawProgrammeStopsAtVerb' | 'lawProgrammeNeedsRun'> & Partial<Pick<ExtractOptions, 'lawProgrammeNotClause' | 'groupNotOpen' | 'lawFunctionCommittees' | 'lawIdiomCommittees' | 'lawDescribedSystems' | 'talentFieldVerbs' | 'lawPilotZoneLists' | 'groupEmployerList' | 'lawEveryLevelSystems' | 'lawRunPlanJoiner' | 'reserveTalentField' | 'groupOwnRegionOut' | 'groupObjectAgentOut' | 'dataPlatformHead' | 'groupUnknownWorkWord' | 'groupSubjectTrade' | 'joinedThingCut' | 'actorJoinedPlatformOut' | 'lawChannelSystem' | 'lawDefiniensSystems' | 'orgVerbHead' | 'lawCityOwnPlaceBodies'>> = DEFAULT_EXTRACT_OPTIONS,
  law = false,
): DictHit[] {
  const hits: DictHit[] = [];
  if (tokens.length === 0) return hits;
  const from = tokens[0].start;
  const to = tokens[tokens.length - 1].start + tokens[tokens.length - 1].word.length;
  // Which token covers each character, so a suffix found inside a token (物理学|会) extends from
  // the start of that token.
  // (A view of one buffer kept between calls, not a new array per unit: issue 11, session 53. A read past the unit is undefined, as
  // it was: the view is the unit's length.)
  if (tokenAtBuffer.length < to - from) tokenAtBuffer = new Int32Array(Math.max(to - from, 2 * tokenAtBuffer.length));
  const tokenAt = (to - from >= 0 ? tokenAtBuffer.subarray(0, to - from) : new Int32Array(to - from)).fill(-1);
  tokens.forEach((t, i) => tokenAt.fill(i, t.start - from, t.start - from + t.word.length));
  const body = text.slice(from, to);
  const ends = new Set<number>();
  const stops = stopSet(lexicon.nameStops);
  const notOpens = stopSet(lexicon.objectNotOpens);
  // A suffix with a character that is nowhere in the body is not searched for (session 26, perf: the
  // search of every suffix through every unit was 3 % of extract).
  const present = charsIn(body);
  for (const rule of rules(lexicon)) {
    for (const suffix of rule.suffixes) {
      if (suffix.length > 0 && !allPresent(suffix, present)) continue;
      for (let at = body.indexOf(suffix); at >= 0; at = body.indexOf(suffix, at + 1)) {
        const end = from + at + suffix.length;
        const last = tokens[tokenAt[end - 1 - from]];
        // The suffix must end a token (科协 in 科协组织 does; 学会 in 学会议 does not).
        if (ends.has(end) || !last || last.start + last.word.length !== end) continue;
        // 者 ends an agent noun (捐献者/n, 用血|者/k), never a conjunction (或者/c).
        if (suffix === '者' && !/^(n|k)$/.test(last.tag)) continue;
        // 取得显著经济效益|者, 骗取荣誉|者: a 者 standing alone after a noun nominalises a verb phrase whose object that noun is (the
        // agent is the verb's, outside the walk), no population; an agent noun has a verb right before its 者 (用血|者, 技术成果完成|者)
        // or is one word (献血者, 残疾者). Session 49 (helper extract, groupObjectAgentOut), read in a free mirror text (合理化建议和
        // 技术改进奖励条例: 经济效益者, 荣誉者).
        if (suffix === '者' && options.groupObjectAgentOut === true && last.tag === 'k' && last.word === '者' && /^n/.test(tokens[tokenAt[end - 2 - from]]?.tag ?? '')) continue;
        let j = tokenAt[at];
        let verbs = 0;
        // An award's name is a whole phrase, verbs included (…无偿捐献器官终身荣誉奖, as the test has it);
        // it starts after the verb of conferring or receiving it (name-cuts.txt: 授予, 荣获, 获得).
        const award = rule.type === 'Programme' && suffix.endsWith('奖') && lexicon.programmeSuffixRules.get(suffix)?.designation === true;
        // 残疾|评定|委员会, 大中专|招生|委员会: a committee named by its function holds one verb of its work after a noun of its
        // field (session 41, lawFunctionCommittees; org-functions.txt `head`).
        const functional = rule.type === 'Organisation' && law && options.lawFunctionCommittees === true && lexicon.orgFunctions.heads.some((h) => suffix.endsWith(h));
        let fieldVerbs = 0;
        // 技术|转移|人才, 科技成果|转化|人才: a talent named by its field's verb after the field's noun (session 43, talentFieldVerbs).
        const talent = rule.type === 'TargetGroup' && suffix === '人才' && options.talentFieldVerbs === true;
        for (;;) {
          // 中国（上海）|自由贸易试验区管理委员会: a national pilot zone's prefix is part of the name (session 22, helper extract2).
          if ((rule.type === 'Organisation' || rule.type === 'Programme') && j > 0 && /^[）)]$/.test(tokens[j - 1].word)) {
            const zone = pilotZoneStart(tokens, j, options.lawPilotZoneLists === true);
            if (zone >= 0) j = zone;
            break;
          }
          if (j > 0 && tokens[j - 1].word === '”') {
            // A quoted part inside a name: “一带一路”虚拟科学中心, 组织力“3+1”试点.
            const open = quotedStart(tokens, j - 1);
            if (open < 0 || open === 0 || !NAME_CHARS.test(tokens[open - 1]?.word ?? '')) {
              if (open >= 0 && rule.type !== 'TargetGroup') j = open;
              break;
            }
            j = open;
            continue;
          }
          // 体育|后备人才, 科技|创新|后备人才: a reserve of talent keeps its field before 后备 whole, a verbal noun, or a verb after a noun
          // (session 47, helper extract3, reserveTalentField; generic-heads.txt: 后备 alone names no field).
          if (talent && options.reserveTalentField === true && j > 0 && tokens[j].word === '后备' && reserveField(tokens, j)) {
            // (Then the walk goes on over nouns as before: 竞技|体育|后备人才.)
            j -= reserveField(tokens, j);
            continue;
          }
          if (!(j > 0 && takesLeft(tokens, j, end, rule.type, verbs, stops, award, options.maxName, law && options.lawProgrammeStopsAtVerb ? lexicon.programmeVerbs : undefined, (w) => isBodyWord(w, lexicon), options.lawProgrammeNotClause ? lexicon.nameClauses.regime : undefined))) {
            // (Only right before 人才 itself: 部门|制定|慈善人才 is a clause, not a field.)
            const field = talent && fieldVerbs === 0 && tokens[j].word === '人才' ? talentField(tokens, j, stops, lexicon) : 0;
            if (field > 0) {
              fieldVerbs++;
              j = field;
              continue;
            }
            // 快件|收派/x|人员: a work word jieba does not know between the noun of what is handled and the head of persons named by
            // their work (session 49, helper extract3, groupUnknownWorkWord; recall-heads.ts). Once, then over nouns as before.
            if (rule.type === 'TargetGroup' && options.groupUnknownWorkWord === true && fieldVerbs === 0 && unknownWorkWord(tokens, j)) {
              fieldVerbs++;
              j--;
              continue;
            }
            // 快递|从业人员 in the 快递业促进条例: the trade the law is named by (its subject's first word, which jieba may tag v) right
            // before a group is the group's field (session 49, helper extract3, groupSubjectTrade; recall-heads.ts subjectTrade).
            if (rule.type === 'TargetGroup' && options.groupSubjectTrade === true && fieldVerbs === 0 && subjectTrade(tokens, j, subject)) {
              fieldVerbs++;
              j--;
              continue;
            }
            if (functional && fieldVerbs === 0 && fieldVerb(tokens, j, end, options.maxName, stops, lexicon)) {
              fieldVerbs++;
              j -= 2;
              continue;
            }
            // (Session 42, lawIdiomCommittees; org-functions.txt `field`: a field written as an idiom with a verbal noun, 精神文明|建设,
            // is taken whole, as a field with its verb is: 本市|精神文明建设|委员会, 首都|精神文明建设|委员会.)
            const idiom = functional && options.lawIdiomCommittees === true && fieldVerbs === 0 ? fieldIdiom(tokens, j, lexicon) : 0;
            if (idiom > 0) {
              // The owner stands right before the idiom: the region's short form (本市, read by LOCAL_BEFORE below) or 首都.
              fieldVerbs++;
              j -= idiom;
              if (j > 0 && tokens[j - 1].word === '首都') j--;
              break;
            }
            break;
          }
          if (/^(v|ad)/.test(tokens[j - 1].tag)) verbs++;
          j--;
          // 科技创新|和|产业化促进中心服务平台: the function takesLeft checked before 和 is the first conjunct, taken with the 和 whatever
          // verbs the second holds (session 45: the name began with 和 when the second conjunct's verb had been counted).
          if (rule.type === 'Programme' && tokens[j].word === '和' && j > 0 && /^(v|vn)$/.test(tokens[j - 1].tag) && !(law && options.lawProgrammeStopsAtVerb && lexicon.programmeVerbs.has(tokens[j - 1].word))) j--;
        }
        let start = trimStops(text, Math.min(tokens[j].start, from + at), end - suffix.length, lexicon);
        if (rule.type === 'Programme' || rule.type === 'Brand') start = afterCuts(text, start, end - suffix.length, lexicon);
        // 按照统一的信息数据标准与|志愿服务信息平台进行对接: in a law 与 before a system's name is the preposition of its
        // verb (对接, 衔接, 共享), not a part of the name; no law gold programme holds 与 (session 23, helper extract2,
        // programme study; a plan's 科学道德与学风建设宣讲教育报告会 does, so laws only).
        // (Session 47, lawRunPlanJoiner: not in a plan a body runs by name, 组织实施全民数字素养与技能提升计划: there 与 joins the
        // plan's two aims inside its name, as a verb of running right before the name shows; a verb of running never takes 与 as
        // its preposition.)
        if (rule.type === 'Programme' && law && !(options.lawRunPlanJoiner && /(计划|行动|工程)$/.test(suffix) && lexicon.programmeRunVerbs.some((v) => text.endsWith(v, start)))) start = afterLawJoiner(text, start, end - suffix.length);
        // 网络与信息系统, 网络和信息系统: the suffix word coordinated with the noun right before it names classes of thing
        // (networks and information systems), no one system (session 27, read on the spent randomq-heldout's 北京 信息化 条例:
        // six spurious names of one phrase).
        if (rule.type === 'Programme' && law && /[与和及、]/.test(text[end - suffix.length - 1] ?? '')) continue;
        // 纳入相关信用信息系统, 有关信息平台: a system after 相关/有关/各类/其他 is any of a class (session 27, the same 条例).
        if (rule.type === 'Programme' && law && /(相关|有关|各类|其他|其它)$/.test(text.slice(Math.max(0, start - 2), start))) continue;
        // 支撑各级智能决策管理信息系统: a system after 各级 is the one each level runs, a kind (session 47, lawEveryLevelSystems).
        if (rule.type === 'Programme' && law && options.lawEveryLevelSystems && /(系统|平台)$/.test(suffix) && /各级$/.test(text.slice(Math.max(0, start - 2), start))) continue;
        // 报|国家教育委员会, 经|劳动争议仲裁委员会, 上述|旅游者: a body's or group's name starts after the verb of
        // procedure or the determiner before it.
        // (Programmes too, session 24: 经|业主大会, 建议|…, 申请|… — the qa walk of the 物业管理 family.)
        start = afterLeadVerbs(tokens, tokenAt[start - from], start, end - suffix.length, lexicon.leadVerbs);
        // 方案经|业主委员会, 物业管理区域内全体业主组成|业主大会, 乡镇人民政府重新组建|物业管理委员会: in a law a verb or preposition
        // of procedure inside the candidate ends the clause before the name (its subject is no part of it); by whole tokens
        // of lead-verbs.txt, so 经济委员会 stays (session 24). Groups keep their own cut (afterStopTokens).
        if (law && (rule.type === 'Organisation' || rule.type === 'Programme')) start = afterInnerLeadVerbs(tokens, start, end - suffix.length, lexicon.leadVerbs);
        // 为了规范|基金会的组织, 不得经营|广播电视台: a head of verbs only before a body's suffix is a verb and its object, no body's name
        // (session 50, helper extract, orgVerbHead; org-verb-heads.ts). Committees keep the verb of their work (选举委员会).
        if (rule.type === 'Organisation' && options.orgVerbHead === true && verbOnlyHead(tokens, tokenAt[start - from], start, end - suffix.length, text.slice(start, end), lexicon.leadVerbs, lexicon.orgFunctions.heads)) continue;
        // 五日内|指派|法律援助人员, 按规定|指派|…: a group's name starts after the last verb or place word in it.
        if (rule.type === 'TargetGroup') start = afterStopTokens(tokens, start, end - suffix.length, stops);
        // 核定|劳动者工资, 选举权利|人员, 等方面|人员: nor at a verb jieba tags as a noun or a noun of no person (session 39,
        // groupNotOpen; group-objects.txt `notOpen`).
        if (rule.type === 'TargetGroup' && options.groupNotOpen) start = afterStopTokens(tokens, start, end - suffix.length, notOpens);
        // 对本市|专业技术人员进行…, 安置本市城镇|失业人员: the 本 of the region's short form is a name-stop (trimStops), and the 市/省
        // left after it is the scope, no part of the group (session 49, helper extract, groupOwnRegionOut: 市专业技术人员 and
        // 市城镇失业人员 were read in free mirror texts; the words are own-regions.txt's since session 50).
        if (rule.type === 'TargetGroup' && options.groupOwnRegionOut === true) {
          const own = start > 0 ? lexicon.ownRegions.find((w) => text.startsWith(w, start - 1)) : undefined;
          if (own && end - suffix.length > start + own.length - 1) start += own.length - 1;
        }
        // 高等学校、科研机构|农业科技人员: a group opening with the last employer of a compressed list of employers starts after it (session
        // 46 helper extract3, groupEmployerList; group-objects.txt `employer`): the list qualifies the persons of each employer in it.
        if (rule.type === 'TargetGroup' && options.groupEmployerList === true && /[、和及]/.test(text[start - 1] ?? '')) {
          const w = lexicon.objectEmployers.find((e) => text.startsWith(e, start));
          if (w && end - suffix.length >= start + w.length + 2 && lexicon.objectEmployers.some((e) => text.slice(0, start - 1).endsWith(e))) start += w.length;
        }
        // 在|岗|工作人员: a status word jieba cut in two leaves its second character out of the name too (session 45; groups.ts
        // drops a whole status word before a group, 在岗职工 → 职工).
        // 研发机构和|融资平台, 政务服务大厅和|在线政务服务平台: a thing coordinated before a platform's name is no part of it (session 49,
        // helper extract3, joinedThingCut; recall-heads.ts afterJoinedThing).
        if (rule.type === 'Programme' && options.joinedThingCut === true && /(平台|系统)$/.test(suffix)) start = afterJoinedThing(text, start, end - suffix.length);
        // 报刊、广播电视等新闻媒体和|互联网信息服务平台应当…: a platform coordinated with a class of actors is a kind of actor too (session 52,
        // helper extract, actorJoinedPlatformOut; recall-heads.ts actorJoined, joined-cues.txt).
        if (rule.type === 'Programme' && law && options.actorJoinedPlatformOut === true && /(平台|系统)$/.test(suffix) && actorJoined(text, start, end - suffix.length, lexicon)) continue;
        if (rule.type === 'TargetGroup' && /^在[岗职校读]$/.test(text.slice(start - 1, start + 1)) && tokens[tokenAt[start - from]]?.word.length === 1) start++;
        // 被测定者, 被调查者: a passive agent noun names the party a procedure is done to (session 17).
        if (rule.type === 'TargetGroup' && suffix === '者' && text[start - 1] === '被') continue;
        const written = text.slice(start, end);
        // The grade of an award is the award (…奉献奖金奖 → …奉献奖).
        const name = award ? written.replace(/奖[金银铜]奖$/, '奖') : written;
        // 依托市大数据资源平台, 由市国防教育基金会: the region's short form owns the name.
        // (jieba often runs the short form into the word before it: 由市|…, 向市|…, so by characters.)
        let lead = rule.type === 'Organisation' || rule.type === 'Programme' ? LOCAL_BEFORE.exec(text.slice(Math.max(0, start - 5), start)) : null;
        // 市人民政府设立湿地保护专家委员会, 市设立区乡镇选举工作委员会: the body the region's own organ sets up is the region's
        // (session 41, lawFunctionCommittees; org-functions.txt `setter`).
        // (Not a name a place or the short form already opens: 省人民政府设立郑州航空港…管理委员会, 市人民政府设立市规划委员会.)
        if (!lead && rule.type === 'Organisation' && law && options.lawFunctionCommittees && lexicon.orgFunctions.heads.some((h) => name.endsWith(h)) && !placedName(name, lexicon) && !PLACE_COMMITTEE.test(name) && !/^[市省]/.test(name)) lead = localSetter(text, start, lexicon);
        const owner = lead ? local[lead[1]] : undefined;
        // 纳入本市公共信用信息平台, 记入本市企业信用信息系统: a system's name that begins with the region's own short form
        // (本市, or 市 after a 本 cut as a name-stop) is the region's (session 22; canonical rule 2).
        const inner = !owner && rule.type === 'Programme' && start > 0 ? INNER_LOCAL.exec(text.slice(Math.max(0, start - 1), end)) : null;
        const innerOwner = inner ? local[inner[1]] : undefined;
        if (inner && innerOwner) {
          const rest = text.slice(start - 1 + inner[0].length, end);
          if (!acceptable(rest, suffix, rule.type, lexicon, subject)) continue;
          ends.add(end);
          hits.push({ type: rule.type, canonical: innerOwner + rest, start: start - 1 + inner[0].length - inner[1].length, end });
          continue;
        }
        if (owner) {
          if (!acceptable(owner + name, suffix, rule.type, lexicon, subject)) continue;
          ends.add(end);
          hits.push({ type: rule.type, canonical: owner + name, start: start - lead![1].length, end });
          continue;
        }
        if (rule.type === 'Organisation' && LEVELS_BEFORE.test(text.slice(Math.max(0, start - 10), start))) continue;
        // 国防教育委员会, 行政复议委员会, 文物保护委员会, 草案经|常务委员会: in a law a committee named only by its field, with no
        // region or national owner, is a kind of body every level sets up, not one body — unless the text sets it up by that
        // name (国家知识产权局设立…执法委员会). No law gold holds such a name (session 24, read on the spent randomt-heldout and
        // randomu: 20 of the dev sets' 36 spurious organisations). A people's congress's special committees (法制委员会 in a city's
        // law-making regulation is its congress's) and a named place's management committee (泰山景区管理委员会) stay.
        // (Session 41, lawFunctionCommittees: one opened by the region's short form standing alone, 市|大中专招生委员会 in a city's
        // text, is the region's: canonical.ts localise reads 市X as it reads 市教育委员会.)
        const localOpened = law && options.lawFunctionCommittees === true && /^[市省]$/.test(tokens[tokenAt[start - from]]?.word ?? '') && tokens[tokenAt[start - from]].start === start && local[text[start]] !== undefined;
        // (A name that holds a verb of its work is one body only where a region or a national owner names it, not because a
        // text sets it up: 学位授予单位应当设立学位评定委员会 is a kind every such unit has.)
        if (rule.type === 'Organisation' && fieldVerbs > 0 && !placedName(name, lexicon) && !localOpened) continue;
        // (Session 45, org-patterns.txt `lawPlace`: in a law an alliance with no region or national owner is a kind to be formed,
        // 共建产业技术创新战略联盟、知识产权联盟.)
        if (rule.type === 'Organisation' && law && needsLawPlace(name, lexicon) && !placedName(name, lexicon) && !OWNER.test(name)) continue;
        if (rule.type === 'Organisation' && law && name.endsWith('委员会') && !placedName(name, lexicon) && !localOpened && !setUpByName(text, start) && !CONGRESS_COMMITTEE.test(name) && !PLACE_COMMITTEE.test(name)) continue;
        // 国务院制定全民健身计划: the plan the State Council makes is the one national plan, specific even when its
        // head is the law's own subject (session 17; a county's 全民健身实施计划 or a body's 国防教育计划 stay generic).
        const national = rule.type === 'Programme' && law && NATIONAL_PLAN.test(text.slice(Math.max(0, start - 8), start)) && /(计划|规划)$/.test(name);
        // 市环保部门建立的企业事业单位环境信息公开平台: in a law a system or platform a body sets up, builds or designates right
        // before its name (system-set-up.txt, with 的 or 统一的 between) is one concrete system, whatever its head (session 26,
        // read on the spent randomr-heldout; the gold convention of session 23).
        // (Session 50, helper extract, lawChannelSystem: or the one channel a body must use, 依托政务服务平台, though named by words
        // that describe it (政务 服务: describedSystem); channel-systems.ts.)
        const channel = rule.type === 'Programme' && law && options.lawChannelSystem === true && channelSystem(text, start, end, name, lexicon);
        const concrete = channel || (rule.type === 'Programme' && law && /(平台|系统)$/.test(name) && setUpSystem(text, start, lexicon, name));
        // (Session 49, helper extract3, dataPlatformHead: a platform named by its data, 公共数据平台, 政务大数据平台, needs a head of four
        // characters only, not 平台's six; recall-heads.ts dataPlatform.)
        const data = rule.type === 'Programme' && options.dataPlatformHead === true && dataPlatform(name);
        // (依托省、设区的市公共数据平台: the 市 of a level phrase, 设区的市, is the platform's scope, not its name.)
        if (data && text[start - 1] === '的' && /^[省市县区][\u4e00-\u9fff]{4}/.test(name) && dataPlatform(name.slice(1))) continue;
        // (Session 56, lawCityOwnPlaceBodies: a body of a place suffix, 行业协会, opened by the region's short form alone — 市会展行业协会 in
        // a city's text — is the city's own, as localOpened reads a committee: canonical.ts restores the city's name.)
        const localPlaced = rule.type === 'Organisation' && law && options.lawCityOwnPlaceBodies === true && /^[市省]$/.test(tokens[tokenAt[start - from]]?.word ?? '') && tokens[tokenAt[start - from]].start === start && local[text[start]] !== undefined;
        if (!(national ? acceptable(name, suffix, rule.type, lexicon) : acceptable(name, suffix, rule.type, lexicon, subject, concrete, data || channel, localPlaced))) continue;
        if (rule.type === 'Programme' && law && commonProgramme(text, name, suffix, end, lexicon)) continue;
        // Session 43 (option lawDescribedSystems; designations.txt `systemDescribed`): in a law a hotline or system named by
        // description words only (政务服务便民热线, 重要领域信息系统 → 领域信息系统) is a kind, no one system; not after its number
        // (12345政务服务热线 is one hotline).
        if (rule.type === 'Programme' && law && options.lawDescribedSystems !== false && !data && !channel && describedSystem(name, lexicon) && !/[0-9０-９]”?$/.test(text.slice(Math.max(0, start - 8), start))) continue;
        // In a law …计划/…项目/…工程/…行动/…活动 is a programme only when quoted, national or run by name (option
        // lawProgrammeNeedsRun, session 25: the building works and service items of the spent randoms-heldout); a designation's
        // suffix (…代表性项目) is what the state confers, left alone.
        if (rule.type === 'Programme' && law && options.lawProgrammeNeedsRun && LAW_RUN_SUFFIX.test(name) && !lexicon.programmeSuffixRules.get(suffix)?.designation && !runAsProgramme(text, start, name, lexicon)) continue;
        // In a law a project of building, production or use (海洋工程建设项目, 工业生产项目, 海水利用项目: 建设项目 is the legal
        // term of a kind) is no programme, nor an investigation found by its suffix (严格遵守统计调查, 举报线索调查: an act the law
        // orders; a named survey is in the lexicon) (session 22, read on the metadata-only dev sets random, random2, kinds). Tried and
        // dropped: every unquoted …工程/…行动/…活动 (earlier sessions' tests read 农村饮水安全工程, 科普信息化工程 as programmes of
        // a law) and every …项目 (randomx's 中医药学术传承项目 and 非物质文化遗产代表性项目 are gold programmes).
        if (rule.type === 'Programme' && law && LAW_KIND_SUFFIX.test(name) && !name.includes('“')) continue;
        // 配备、安装公共安全视频图像信息系统, 第三方电子商务交易平台, 鼓励建设技术市场信息网络平台: in a law a system or platform that
        // parties install, that third parties run or that anyone is encouraged to build is a kind, not one system (gold
        // convention "Decisions of session 23, programmes"; session 24, read on the spent randomu, randomv and randomt).
        if (rule.type === 'Programme' && law && /(平台|系统)$/.test(name) && KIND_OF_SYSTEM.test(text.slice(Math.max(0, start - 30), start).split(/[。；，\n]/).pop() ?? '')) continue;
        // 本条例所称信息基础设施，是指通信网、…、公共大数据平台…: a system named in a definiens is a member of the class defined, a kind
        // (session 50, helper extract, lawDefiniensSystems; definiens-systems.ts).
        if (rule.type === 'Programme' && law && options.lawDefiniensSystems === true && /(平台|系统)$/.test(name) && inDefiniens(text, start)) continue;
        // 将符合条件的中医诊疗项目纳入…: the items that meet a condition are a class, not one programme (session 20).
        if (rule.type === 'Programme' && CLASS_BEFORE.test(text.slice(Math.max(0, start - 16), start))) continue;
        // 自然保护区实验区, 水产种质资源保护区的实验区: a reserve's zoning (核心区、缓冲区和实验区), no pilot zone (session 39).
        if (rule.type === 'Programme' && RESERVE_ZONING.test(name)) continue;
        ends.add(end);
        // (Session 46, lawPilotZoneLists: 中国（郑州、洛阳）跨境电子商务综合试验区 names two places' zones in one bracket, each a
        // complete name once its place is restored, as coordinated governments are read: one hit per place, the first ones spanning
        // their place only, the last one running to the name's end.)
        const listed = options.lawPilotZoneLists ? /^(中国[（(])([\u4e00-\u9fff]{2,8}(?:、[\u4e00-\u9fff]{2,8})+)([）)].+)$/.exec(name) : null;
        if (listed) {
          let at = start + listed[1].length;
          listed[2].split('、').forEach((place, k, all) => {
            const last = k === all.length - 1;
            hits.push({ type: rule.type, canonical: listed[1] + place + listed[3], start: at, end: last ? end : at + place.length });
            at += place.length + 1;
          });
          continue;
        }
        hits.push({ type: rule.type, canonical: name, start, end });
      }
    }
  }
  return hits;
}

/** The index of 中国 in 中国|（|上海|）|tokens[j]…, the prefix a national pilot zone is named by (中国（上海）自由贸易试验区,
 *  中国（杭州）跨境电子商务综合试验区), or -1. Read on tests/real/randomw-heldout (spent): the zone's 管理委员会 was cut to
 *  自由贸易试验区管理委员会, a name of no one body. */
function pilotZoneStart(tokens: Token[], j: number, lists = false): number {
  let k = j - 2;
  while (k > 0 && k >= j - (lists ? 8 : 4) && !/^[（(]$/.test(tokens[k].word)) k--;
  if (k < 1 || !/^[（(]$/.test(tokens[k].word)) return -1;
  // (Session 46, lawPilotZoneLists: a national zone named 国家 + its field before the bracket, 国家大数据（河南）综合试验区, as 中国（…）.)
  const open = tokens[k - 1].word === '中国' ? k - 1 : lists && k >= 2 && tokens[k - 2].word === '国家' && /^[\u4e00-\u9fff]{2,6}$/.test(tokens[k - 1].word) ? k - 2 : -1;
  if (open < 0) return -1;
  const inner = tokens.slice(k + 1, j - 1).map((t) => t.word).join('');
  if (!(lists ? /^[\u4e00-\u9fff]{2,8}(?:、[\u4e00-\u9fff]{2,8})*$/ : /^[\u4e00-\u9fff]{2,8}$/).test(inner)) return -1;
  for (let i = open; i < j; i++) if (tokens[i].start + tokens[i].word.length !== tokens[i + 1].start) return -1;
  return open;
}

/** A word that names a body: a lexicon organisation, or a word ending in a body's suffix (…科协, …部, …委员会). */
function isBodyWord(word: string, lexicon: Lexicon): boolean {
  return lexicon.orgSuffixes.some((x) => word.endsWith(x)) || lexicon.govSuffixes.some((x) => word.endsWith(x)) || lexicon.entities.Organisation.some((e) => e.canonical === word || e.aliases.includes(word));
}

/** Moves the start past verbs and determiners that never begin a name (动员, 各级, 全省), and past
 *  the 条 of an article's label run into its text (第三十五条|法律援助人员…). */
function trimStops(text: string, start: number, limit: number, lexicon: Lexicon): number {
  let s = start;
  if (/[条章节款项]/.test(text[s] ?? '') && /第[一二三四五六七八九十百零〇\d]+$/.test(text.slice(Math.max(0, s - 8), s)) && s + 1 < limit) s++;
  for (let again = true; again; ) {
    again = false;
    for (const w of lexicon.nameStops) {
      if (s + w.length <= limit && text.startsWith(w, s)) {
        s += w.length;
        again = true;
        break;
      }
    }
  }
  return s;
}

/** Moves the start past the last token inside [start, limit) that is a name-stop word or a place
 *  word of time (内, 前, 后): 五日|内|指派|法律援助人员 → 法律援助人员. */
function afterStopTokens(tokens: Token[], start: number, limit: number, stops: Set<string>): number {
  let s = start;
  for (const t of tokens) {
    if (t.start < s || t.start + t.word.length > limit) continue;
    if (stops.has(t.word) || /^(内|前|后|时|间)$/.test(t.word)) s = t.start + t.word.length;
  }
  return s;
}

/** Moves the start past whole tokens of lead-verbs.txt that begin the name (报|国家教育委员会, 报告|财政…),
 *  one after another, while a head is left before the suffix at `limit`; `first` is the index of the
 *  token covering `start` (or -1). */
function afterLeadVerbs(tokens: Token[], first: number, start: number, limit: number, verbs: Set<string>): number {
  let s = start;
  // From the token covering `start` (suffixHits' tokenAt), not from the unit's first token.
  for (let k = Math.max(0, first); k < tokens.length; k++) {
    const t = tokens[k];
    if (t.start < s) continue;
    if (t.start > s || !verbs.has(t.word) || t.start + t.word.length >= limit) break;
    s = t.start + t.word.length;
  }
  return s;
}

/** Moves the start past the last whole token of lead-verbs.txt inside (start, limit): 方案|经|业主委员会 → 业主委员会
 *  (jieba tags that 经 n, so by the word, not the tag). A token ending at `limit` is the head of the name and stays
 *  (选举|委员会). */
function afterInnerLeadVerbs(tokens: Token[], start: number, limit: number, verbs: Set<string>): number {
  let s = start;
  for (const t of tokens) {
    if (t.start <= start || t.start + t.word.length >= limit) continue;
    if (verbs.has(t.word)) s = t.start + t.word.length;
  }
  return s;
}

/** Moves the start past the last verb of name-cuts.txt inside [start, limit) (参观|国防教育基地). */
function afterCuts(text: string, start: number, limit: number, lexicon: Lexicon): number {
  let s = start;
  // Searched in [start, limit) only: lastIndexOf over the whole text, back to its first character,
  // once per cut word and name, was a top item of the extract profile (issue 11). An occurrence
  // before `start` never moved s, so the result is the same.
  const span = limit > start ? text.slice(start, limit) : '';
  for (const w of lexicon.nameCuts) {
    if (limit - w.length < 0) {
      const at = text.lastIndexOf(w, limit - w.length);
      if (at >= s) s = at + w.length;
      continue;
    }
    const k = span.lastIndexOf(w);
    if (k >= 0 && start + k >= s) s = start + k + w.length;
  }
  return s;
}

/** Index of the “ token opening the quote closed by tokens[close], or -1. */
function quotedStart(tokens: Token[], close: number): number {
  for (let k = close - 1; k >= 0 && close - k <= 8; k--) {
    if (tokens[k].word === '“') return k;
    if (!NAME_CHARS.test(tokens[k].word.replace(/[+＋·\-]/g, ''))) return -1;
  }
  return -1;
}

/** Projects and investigations whose names in a law are kinds of work or acts, not programmes (session 22). */
// (Session 49, helper extract: …投资项目 too, the classes of investment administration — 企业投资项目, 政府投资项目 of 企业投资项目核准和
// 备案管理条例 and 政府投资条例 — read in free mirror texts as kinds: …关系重大公共利益的企业投资项目的工程初步设计文件, 跨区域投资项目的审批;
// no development gold programme ends in 投资项目.)
const LAW_KIND_SUFFIX = /((建设|工程|生产|利用|设施|登记|事业|投资)项目|调查)$/;
// Session 23 (helper extract2, programme study over the dev law golds): 设施项目 (能源设施项目, 基础设施项目: a kind of
// building project), 登记项目 (居民身份证登记项目包括：姓名、性别…: the fields of a registration) and 事业项目 (公益事业项目:
// any project of a cause) are classes of items too; no gold programme ends in them.

/** The heads of a plan, project, works or campaign, common nouns of a law unless run by name (runAsProgramme). */
const LAW_RUN_SUFFIX = /(计划|项目|工程|行动|活动)$/;
/** A national owner at the start of a name or in the clause before it (全国…工程, 国家实施…, 国务院制定…). */
const NATIONAL_NAME = /^(国家|全国|中国|中华人民共和国|中央)/;
const NATIONAL_CLAUSE = /(国家|国务院|中央)/;

/** Whether a law's …计划/…项目/…工程 at `start` names one programme: quoted, national, or the object of a verb of running,
 *  setting up or selecting it in its clause (programme-run-verbs.txt). */
function runAsProgramme(text: string, start: number, name: string, lexicon: Lexicon): boolean {
  if (name.includes('“') || NATIONAL_NAME.test(name)) return true;
  const clause = text.slice(Math.max(0, start - 40), start).split(/[。；，：\n]/).pop() ?? '';
  return NATIONAL_CLAUSE.test(clause) || lexicon.programmeRunVerbs.some((v) => clause.includes(v));
}

/** Where a law's programme name starts after the preposition 与 inside it (see suffixHits). */
function afterLawJoiner(text: string, start: number, limit: number): number {
  const k = text.lastIndexOf('与', limit - 1);
  return k >= start && k + 1 < limit ? k + 1 : start;
}

/** A meeting named by who sits in it: a person noun (…民, …员, …工, …者, …人, 代表, 股东, 业主) then 大会/会议. Whatever
 *  stands before it (a clause, 原, 首次, an owner) does not make it a programme: it is an organ of the body or area whose
 *  members meet (session 24: 业主大会, the owners' meeting of the 民法典 and every 物业管理 regulation; 债权人会议). */
const MEMBERS_MEETING = /(民|员|工|者|人|代表|股东|业主)(代表)?(大会|会议)$/;

function acceptable(name: string, suffix: string, type: EntityType, lexicon: Lexicon, subject: string[] = [], concrete = false, dataHead = false, localPlaced = false): boolean {
  const bare = name.replace(/[“”]/g, '');
  // A bare suffix (学会, 行动, 人才) is a common noun, not a name; a programme needs a specific
  // head (作品大赛, 合作项目, 公益行动 are kinds of things, not names).
  const rule = type === 'Programme' ? lexicon.programmeSuffixRules.get(suffix) : undefined;
  const rawMinHead = rule?.minHead ?? (type === 'Programme' && !rule?.designation ? 3 : 2);
  // (A data platform's head, 公共数据|平台: four characters; session 49, helper extract3, dataPlatformHead; and the head of the one
  // channel a body must use, 依托政务服务|平台, session 50, lawChannelSystem.)
  const minHead = dataHead ? Math.min(rawMinHead, 4) : rawMinHead;
  if (bare.length < suffix.length + minHead || lexicon.stopEntities.has(bare)) return false;
  // (The brackets of a pilot zone's prefix, 中国（上海）…, belong to the name: pilotZoneStart.)
  if (!NAME_CHARS.test(bare.replace(/^(中国|国家[\u4e00-\u9fff]{2,6})[（(]([\u4e00-\u9fff]{2,8}(?:、[\u4e00-\u9fff]{2,8})*)[）)]/, (_, a: string, b: string) => a + b.replace(/、/g, '')).replace(/[+＋·\-]/g, ''))) return false;
  // 六大行动, 三项工程: counted generic actions.
  if (/^[一二三四五六七八九十百千万两\d]+[大项个类]/.test(name)) return false;
  // 受理部门应当上门调查, 民政部门调查养老机构: a clause (a modal verb, or a body as the subject of the
  // suffix used as a verb), not a name (session 13).
  // (…消防机构依法调查: 依法 right before the suffix makes it a verb, session 18.)
  if (type === 'Programme' && (/(应当|必须|可以|不得)/.test(bare) || /(部门|机关|机构|依法)$/.test(bare.slice(0, -suffix.length)))) return false;
  // 选民大会, 村民会议, 职工大会, 股东大会: a meeting of a body's members or of a population (a person noun before
  // 大会/会议) is how a body decides, not a programme (session 22, read on the spent randomz-heldout).
  if (type === 'Programme' && MEMBERS_MEETING.test(bare)) return false;
  // 年度土地供应计划, 清淤疏浚年度计划, 年度招生计划: a plan made every year is a kind of plan, not one programme (the
  // guideline's recurring 每月…宣传计划; session 22, read on the metadata-only dev sets random, random2, kinds).
  if (type === 'Programme' && /年度/.test(bare) && /(计划|规划)$/.test(bare)) return false;
  // 人民政府国防教育办公室: the office of no one government (县级以上人民政府…).
  if (type === 'Organisation' && /^(人民政府|人民代表大会|政府)/.test(bare)) return false;
  // 经营者, 举办者, 捐赠者: an agent noun naming a party to a procedure, contract or market.
  if (type === 'TargetGroup' && suffix === '者' && lexicon.agentStops.some((w) => bare.slice(0, -1).endsWith(w))) return false;
  // 法律援助机构工作人员, 办案人员, 专兼职人员: the staff of a body or a role in a case, not a population.
  if (type === 'TargetGroup' && bare.endsWith('人员')) {
    const head = bare.slice(0, -2).replace(/工作$/, '');
    if (lexicon.groupStops.some((w) => head.endsWith(w))) return false;
  }
  // (Session 47: a programme named by a regional area of cooperation the state designates, 长三角生态绿色一体化发展示范区,京津冀…, is
  // placed too, now that a 示范区 needs a place: programme-suffixes.txt.)
  // (Session 56, lawCityOwnPlaceBodies: or opened by the text's own region's short form alone, 市|会展行业协会 in a city's text.)
  const placed = localPlaced || regionPrefix(name, lexicon) !== undefined || /^(中国|中科院|国家|中央|国务院)/.test(name) || (type === 'Programme' && COOPERATION_AREA.test(name));
  // (物业管理行业协会 ends in a place suffix, 行业协会, though found by 协会: a region must own it too; session 18.)
  if ((type === 'Organisation' && [...lexicon.placeSuffixes].some((p) => bare.endsWith(p))) || rule?.place) return placed;
  // 年度工作计划, 科研重点项目, 居民委员会: a head of generic words names a kind, not one thing.
  // The head is what precedes the shortest suffix (科普宣传提升|行动: 提升 makes it specific).
  // (A system a body sets up by name, 建立的…平台, is one system whatever its head: concrete, session 26.)
  if (!placed && !OWNER.test(name) && type !== 'Brand' && !concrete) {
    const suffixes = type === 'Programme' ? lexicon.programmeSuffixes : type === 'TargetGroup' ? lexicon.groupSuffixes : lexicon.orgSuffixes;
    const shortest = suffixes.filter((x) => bare.endsWith(x)).reduce((a, b) => (b.length < a.length ? b : a), suffix);
    // In a law, its own subject is generic too: 农业技术推广项目 in the 农业技术推广法.
    // A designation the law confers (国防教育基地 in the 国防教育法, 农业技术推广奖) is not generic for it.
    const generic = type === 'Programme' && subject.length && !rule?.designation ? new Set([...lexicon.genericHeads[type], ...subject]) : lexicon.genericHeads[type];
    return !isGenericHead(bare.slice(0, bare.length - shortest.length), generic);
  }
  return true;
}

/** In a law or regulation, a programme word used as a common noun (session 16): followed by a word of
 *  building or classification (…设施工程|竣工验收, …项目|目录: programme-followers.txt), or with a head opened by
 *  holding a property word before more words (危险性|体育项目, 经营危险性娱乐项目: programme-kinds.txt). Designations (…教育基地, …奖) are
 *  what a law confers and stay. */
function commonProgramme(text: string, name: string, suffix: string, end: number, lexicon: Lexicon): boolean {
  if (lexicon.programmeSuffixRules.get(suffix)?.designation) return false;
  if (lexicon.programmeFollowers.some((w) => text.startsWith(w, end))) return true;
  // 慈善文化公益宣传工作计划, 年度工作计划: a body's plan of its work is a kind of document every body makes (session 17).
  if (WORK_PLAN.test(name)) return true;
  const head = name.slice(0, name.length - suffix.length);
  return kindPatterns(lexicon).some((re) => re.test(head));
}

/** A reserve's 实验区 (the outer band of its zoning, 自然保护区条例), named after the reserve: no pilot zone (session 39). */
const RESERVE_ZONING = /保护区的?实验区$/;
/** 符合条件的, 符合国家规定条件的, 符合本条例规定的: before a name, the members of a class that meet a condition. */
const CLASS_BEFORE = /符合[^，。；、]{0,10}?(条件|规定|要求|标准)的$/;
/** 国务院制定, 国务院负责编制: the State Council making a plan (session 17). */
const NATIONAL_PLAN = /国务院(?:负责)?(?:制定|编制|修订|发布)$/;
/** …工作计划, …工作方案, …工作规划 (session 17). */
const WORK_PLAN = /工作(计划|方案|规划)$/;
/** The special committees a people's congress sets up (organic law of local congresses; session 24): in a text on that
 *  congress's procedure the bare name is its own committee. */
const CONGRESS_COMMITTEE = /^(法制|财政经济|监察和司法|内务司法|教育科学文化卫生|环境与资源保护|环境资源保护|农业与农村|农业农村|民族|侨务|华侨|外事|社会建设|城乡建设环境保护)委员会$/;
/** 泰山景区管理委员会, 新乡经济技术开发区管理委员会: the management committee of a named area (two or more characters before
 *  the area word; a bare 开发区管理委员会 is a kind). */
const PLACE_COMMITTEE = /^[\u4e00-\u9fff]{2,}(景区|风景区|风景名胜区|开发区|新区|园区|高新区|保税区|试验区|度假区)管理委员会$/;
/** Before a system's name in its clause: installed, run by third parties or encouraged, a kind of system (session 24). */
const KIND_OF_SYSTEM = /(第三方|安装|配备|鼓励)/;
/** 全市统一的…平台, 全省统一的…系统: the one system of a whole region (session 28). */
const ONE_SYSTEM = /(全国|全省|全市|全区|全县)统一的$/;
/** The verbs of setting a body up right before its name (设立, 成立, 组建: session 24). */
const SET_UP = /(设立|成立|组建)$/;
/** 国家知识产权局设立…委员会: the text sets the body up by its name — not a duty of every level (县级以上人民政府可以设立…). */
function setUpByName(text: string, start: number): boolean {
  if (!SET_UP.test(text.slice(Math.max(0, start - 3), start))) return false;
  const clause = text.slice(Math.max(0, start - 40), start).split(/[。；，\n]/).pop() ?? '';
  // (乡镇人民政府、街道办事处…组建: what every township or street office sets up is a kind too, and 尚未成立 sets up
  // nothing; session 24.)
  return !/(县级以上|各级|地方|可以|省、自治区、直辖市|市、县|乡镇|街道|未)/.test(clause);
}
/** 残疾|评定|委员会: the token before j is a verb of the committee's work and the one before it a noun of its field, adjacent,
 *  within maxName of the end; neither a name stop nor a body (人民政府|设立|…: the verb that sets the body up is no part of it). */
function fieldVerb(tokens: Token[], j: number, end: number, maxName: number, stops: Set<string>, lexicon: Lexicon): boolean {
  if (j < 2) return false;
  const verb = tokens[j - 1];
  const noun = tokens[j - 2];
  if (verb.tag !== 'v' || !/^(n|nz|j|z|vn)$/.test(noun.tag)) return false;
  // The verb does not take a body's own organ as its object (主席团|交付|常务委员会).
  const head = tokens.slice(j).map((t) => t.word).join('').slice(0, end - tokens[j].start);
  if (/常务委员会$/.test(head)) return false;
  if (noun.start + noun.word.length !== verb.start || verb.start + verb.word.length !== tokens[j].start) return false;
  if (end - noun.start > maxName || !NAME_CHARS.test(noun.word + verb.word)) return false;
  if (stops.has(verb.word) || stops.has(noun.word) || SET_UP.test(verb.word) || lexicon.leadVerbs.has(verb.word) || lexicon.leadVerbs.has(noun.word)) return false;
  return !isBodyWord(noun.word, lexicon);
}
/** Where the field of a talent starts when one or two verbs right before token j (人才) follow the noun they act on, the verbs
 *  of the field (技术|转移|人才, 科技成果|转化|人才, 技术|转移|转化|人才), else 0. Not a verb of acquiring or training the talent
 *  (lead-verbs.txt, name-stops.txt: 引进|人才, 培养|人才), nor a body or a person before it (企业|引进…, 单位|使用…). */
function talentField(tokens: Token[], j: number, stops: Set<string>, lexicon: Lexicon): number {
  let k = j;
  while (k > 0 && j - k < 2 && /^(v|vn)$/.test(tokens[k - 1].tag) && tokens[k - 1].start + tokens[k - 1].word.length === tokens[k].start) {
    const w = tokens[k - 1].word;
    if (stops.has(w) || lexicon.leadVerbs.has(w) || SET_UP.test(w)) return 0;
    k--;
  }
  if (k === j || k === 0) return 0;
  const noun = tokens[k - 1];
  if (!/^(n|nz|j)$/.test(noun.tag) || noun.start + noun.word.length !== tokens[k].start) return 0;
  if (stops.has(noun.word) || lexicon.leadVerbs.has(noun.word) || isBodyWord(noun.word, lexicon) || /[人者员]$/.test(noun.word)) return 0;
  return k;
}
/** How many tokens before token j spell a committee's idiom field of org-functions.txt `field` (精神文明|建设), 0 if none. */
function fieldIdiom(tokens: Token[], j: number, lexicon: Lexicon): number {
  for (const field of lexicon.orgFunctions.fields) {
    let k = j;
    let spelled = '';
    while (k > 0 && spelled.length < field.length) spelled = tokens[--k].word + spelled;
    if (spelled === field) return j - k;
  }
  return 0;
}
/** 市人民政府设立, 市设立: the region's short form, a `setter` organ or none, then a verb of setting up, right before `start`, at
 *  the start of a clause; the match's group 1 is the short form (as LOCAL_BEFORE's). */
function localSetter(text: string, start: number, lexicon: Lexicon): RegExpExecArray | null {
  // (Compiled once per setter list, not per committee hit: memoOnLists.)
  const re = memoOnLists(lexicon, localSetter, [lexicon.orgFunctions.setters], () =>
    new RegExp(`(?:^|[，。；：\\s]|第[一二三四五六七八九十百]+条\\s*)(市|省)(?:${lexicon.orgFunctions.setters.join('|')})?(?:设立|成立|组建)$`));
  return re.exec(text.slice(Math.max(0, start - 30), start));
}
/** A name a region or a national owner opens (北京市…, 全国…, 国家…): one body, whatever its head (session 24). */
function placedName(name: string, lexicon: Lexicon): boolean {
  // (首都, session 42: the capital's own bodies, 首都精神文明建设委员会, 首都绿化委员会, are named by it as by a region.)
  return regionPrefix(name, lexicon) !== undefined || /^(中国|中科院|国家|中央|国务院|全国|中华人民共和国|首都)/.test(name);
}
/** Names that start with a national owner are specific whatever their head (全国…委员会). */
const OWNER = /^(全国|中华人民共和国)/;
/** Heads of a profession that a verbal noun naming its field of work may precede (法律服务工作者, 社会体育指导员;
 *  session 18: the practitioners of a service, 消防技术服务从业人员, and 社会体育|指导|人员, the head run over two tokens). */
const PROFESSION_HEADS = /^(工作者|人员|指导员|辅导员|从业人员|指导人员)$/;
const JOINERS = new Set(['和', '与', '及', '的', '、', '暨']);

/** Whether `head` can be written entirely with words of `generic` (and joiners): 社会发展 = 社会+发展. */
export function isGenericHead(head: string, generic: Set<string>): boolean {
  if (head.length === 0) return true;
  // reach[i]: head.slice(0, i) is made of generic words.
  const reach = new Array<boolean>(head.length + 1).fill(false);
  reach[0] = true;
  for (let i = 0; i < head.length; i++) {
    if (!reach[i]) continue;
    if (JOINERS.has(head[i])) reach[i + 1] = true;
    for (let j = i + 1; j <= head.length && j - i <= 12; j++) if (generic.has(head.slice(i, j))) reach[j] = true;
  }
  return reach[head.length];
}

/** The tokens a reserve of talent's field takes before 后备 at tokens[j] (0: none): a verbal noun (体育/vn), or a verb right after a
 *  noun (科技/n 创新/v), each adjacent. */
function reserveField(tokens: Token[], j: number): number {
  const prev = tokens[j - 1];
  if (!prev || prev.start + prev.word.length !== tokens[j].start) return 0;
  if (prev.tag === 'vn') return 1;
  const before = tokens[j - 2];
  if (prev.tag === 'v' && before && /^n$/.test(before.tag) && before.start + before.word.length === prev.start) return 2;
  return 0;
}

/** The words of tokens[j…] that end by `end`, joined (指导|人员 → 指导人员). */
function wordsFrom(tokens: Token[], j: number, end: number): string {
  let out = '';
  for (let k = j; k < tokens.length && tokens[k].start + tokens[k].word.length <= end; k++) out += tokens[k].word;
  return out;
}

/** Name-stops that belong to an award's name when they stand inside it (session 53). */
const AWARD_OWN_WORDS = new Set(['优秀']);

/** Whether the token left of tokens[j] belongs to the name: a name-like token, or (in a
 *  programme, once) a verb between two name-like tokens (科学素质 提升 工程, 科技 助力 … 行动). */
function takesLeft(tokens: Token[], j: number, end: number, type: EntityType, verbs: number, nameStops: Set<string> | undefined, award: boolean, maxName: number, objectVerbs?: Set<string>, bodyWord?: (w: string) => boolean, regimeWords?: string[]): boolean {
  const prev = tokens[j - 1];
  if (prev.start + prev.word.length !== tokens[j].start) return false;
  if (end - prev.start > maxName || !NAME_CHARS.test(prev.word)) return false;
  // 非|物质文化遗产…, 非|营利…: a negating prefix (jieba's h) is the first character of the name, not a break
  // (session 20, read on tests/real/randomx-heldout: 非物质文化遗产代表性项目 was cut to 物质…).
  if (prev.tag === 'h' && NAME_TAGS.test(tokens[j].tag)) return true;
  // (Session 53: 优秀 became a name-stop, a quality before a group (优秀青年创新创业人才 → 青年创新创业人才); inside an award's name
  // it is the award's own word (山东优秀发明家奖, 优秀成果奖), so it does not stop an award: lead45's test caught the cut.)
  if (award && nameStops?.has(prev.word) && !AWARD_OWN_WORDS.has(prev.word)) return false;
  if (award && /^(n|nz|ns|nr|j|l|i|v|vn|d|a|an|b|eng)$/.test(prev.tag)) return true;
  // In a law a verb that takes the programme word as its object ends the name (带入|课堂, 进行|调查, 推广|体育项目).
  if (type === 'Programme' && objectVerbs?.has(prev.word)) return false;
  // An agent noun: a verb (object) right before 者 (用血|者).
  if (type === 'TargetGroup' && tokens[j].word === '者' && tokens[j].start + 1 === end && /^(v|vn)$/.test(prev.tag)) return true;
  // An organisation before a programme owns it and is no part of its name (中国科协|…行动); jieba also tags some
  // field words nt (中医药|学术传承|项目): inside a head of other words they are part of the name unless they end as a
  // body does (session 20). Right before the suffix word an nt word stays a stop (…促进|国际化/nt|平台, sample set).
  const inHead = tokens[j].start + tokens[j].word.length < end;
  if (type === 'Programme' && prev.tag === 'nt' && (!inHead || !bodyWord || bodyWord(prev.word))) return false;
  // (A party before 与 is no part of a name: 行为人与…博览会, 当事人与…; session 22, helper extract2, read on randomw-heldout, spent.)
  if (type === 'Programme' && /^(暨|与)$/.test(prev.word)) return j >= 2 && NAME_TAGS.test(tokens[j - 2].tag) && !/[人者]$/.test(tokens[j - 2].word);
  // 行政管理和公共服务智慧应用系统, 慈善信息公开和服务管理平台: a system or platform named by two functions joined by 和 (a
  // verbal noun or noun before it that is no name of its own; session 21).
  if (type === 'Programme' && prev.word === '和') {
    const last = tokens.find((t) => t.start + t.word.length === end);
    const before = tokens[j - 2];
    // (Session 36, lawProgrammeNotClause: a regime word before 和 is a conjunct of its own, 科技报告制度和|科技成果信息系统.)
    if (before && regimeWords?.some((w) => before.word.endsWith(w))) return false;
    return !!last && /(平台|系统)$/.test(last.word) && !!before && /^(n|vn|v)$/.test(before.tag) && !/(平台|系统|工程|计划|项目|行动)$/.test(before.word) && before.start + before.word.length === prev.start;
  }
  if (type === 'Organisation' && prev.tag === 'tg') return false;
  // 会同, 联合, 指导 (jieba may tag them n) end the name before them: X办公室会同Y警备区.
  if (type === 'Organisation' && nameStops?.has(prev.word)) return false;
  if (NAME_TAGS.test(prev.tag)) return true;
  // A body named by its field: 国防教育|办公室, 志愿|服务|联合会 (idioms and verbal nouns).
  if ((type === 'Organisation' || type === 'Brand') && /^(vn|l)$/.test(prev.tag)) return true; // 国防教育|宣传周
  if ((type === 'TargetGroup' || type === 'Programme') && prev.tag === 'l') return true; // 国防教育|教员
  // 法律|服务|工作者: a verbal noun right before 工作者, after a noun, names a profession's kind of work
  // (session 16: also before an instructor, 社会|体育|指导员, 心理健康|教育|辅导员).
  if (type === 'TargetGroup' && prev.tag === 'vn' && PROFESSION_HEADS.test(wordsFrom(tokens, j, end)) && j >= 2 && /^n/.test(tokens[j - 2].tag) && tokens[j - 2].start + tokens[j - 2].word.length === prev.start) return true;
  if (type !== 'Programme') return false;
  if (prev.tag === 'm' && CJK_NUMERAL.test(prev.word)) return true; // 千名农技专家…行动
  if (prev.tag === 'vn') return true;
  const before = tokens[j - 2];
  // (jieba tags 公开 ad in 环境信息|公开|平台: a verb of the system's function all the same; session 26.)
  return (
    verbs === 0 &&
    (prev.tag === 'v' || (prev.tag === 'ad' && /(平台|系统)$/.test(wordsFrom(tokens, j, end)))) &&
    before !== undefined &&
    NAME_TAGS.test(before.tag) &&
    NAME_CHARS.test(before.word) &&
    before.start + before.word.length === prev.start
  );
}

const QUOTED = /“([^“”，。；、：！？\s]{2,16})”/g;

/** “…” names: classified by suffix; other quoted phrases (slogans like “两个维护”) are skipped. */
export function quotedHits(text: string, from: number, to: number, lexicon: Lexicon, channels = false, works = false): DictHit[] {
  const hits: DictHit[] = [];
  for (const m of text.slice(from, to).matchAll(QUOTED)) {
    const inner = m[1];
    const start = from + m.index!;
    const after = text.slice(start + m[0].length, start + m[0].length + 2);
    let type: EntityType | undefined;
    for (const rule of rules(lexicon)) {
      if (rule.suffixes.some((s) => inner.endsWith(s))) {
        // Quotation marks name a thing, not a category of people: “寻访最美科技工作者” is an action. (Session 44: a category of
        // persons a text defines, 所称“职务技术成果的完成人”, is a term, no programme.)
        if (rule.type === 'TargetGroup' && /所称$/.test(text.slice(Math.max(0, start - 2), start))) break;
        type = rule.type === 'TargetGroup' ? 'Programme' : rule.type;
        break;
      }
    }
    if (!type && /^(品牌|系列|栏目|频道|APP|App|号)/.test(after) && !/^[\d一二三四五六七八九十]/.test(inner)) type = 'Brand';
    if (!type && /^(行动|活动|试点|评选|工程|计划)/.test(after) && !/^[\d一二三四五六七八九十]/.test(inner)) type = 'Programme';
    // (Session 45, lawQuotedChannels: a quoted name the text's system carries, “一网通办”平台, or names as the channel a body works
    // through, 通过“一网通办”、在…开设服务窗口等方式: the named platform or scheme, no slogan. Numbers, “12345”热线, are hotlines
    // the other rules read.)
    if (!type && channels && !/^[\dA-Za-z]+$/.test(inner) && (/^(平台|系统)/.test(after) || (/通过$/.test(text.slice(Math.max(0, start - 2), start)) && /^(、|等)/.test(after)))) type = 'Programme';
    // (Session 47, lawQuotedWorks: a quoted name before a word of quoted-works.txt, 深化“最多跑一次”改革, 推进…“一网统管”领域相关
    // 工作, is the named reform or line of work a body must carry on. A name of numerals only is left alone; one opening with a
    // numeral is not, as the suffix rules leave it (一网统管, 一业一证 are such names). Not inside a cited title, 《…关于进一步促进
    // 和保障“一网通办”改革的决定》: the title names a document.)
    if (!type && works && !/^[\d一二三四五六七八九十百千]+$/.test(inner) && text.lastIndexOf('《', start) <= text.lastIndexOf('》', start)) {
      const next = text.slice(start + m[0].length, start + m[0].length + 8);
      if (lexicon.quotedWorks.some((w) => next.startsWith(w))) type = 'Programme';
    }
    if (type) hits.push({ type, canonical: inner, start, end: start + m[0].length });
  }
  return hits;
}

const ENUMERATION = /([^，。；：！？\n]{4,120}?)等(?:[^，。；、\n]{0,6}?)(活动|项目|行动|赛事|品牌活动|系列活动|工程)/g;
/** The words ENUMERATION's last group can end in (品牌活动 and 系列活动 hold 活动). */
const ENUMERATION_KINDS = ['活动', '项目', '行动', '赛事', '工程'];

/** Items of an enumeration closed by 等…活动/项目 (开展“全国科技工作者日”、科技星偶像、
 *  “寻访最美科技工作者”等活动): each item names one programme, or what the lexicon says it is. */
export function enumerationHits(text: string, from: number, to: number, lexicon: Lexicon, tokens: Token[]): DictHit[] {
  // An unquoted item needs a proper-noun token (nz/ns/nr/nt) to be a name, not a kind of activity.
  const proper = tokens.filter((t) => /^(nz|ns|nr|nt|nrt)$/.test(t.tag));
  const hits: DictHit[] = [];
  const span = text.slice(from, to);
  // Every match holds 等: a unit without one is passed over without the lazy search from each of
  // its positions (issue 11 profile).
  if (!span.includes('等')) return hits;
  // Nor without a 、 (only a list holding one gives hits) or one of the kinds the match ends in (session 53, issue 11: the
  // search was the extract stage's costliest regex on gen-corpus 1,000).
  if (!span.includes('、') || !ENUMERATION_KINDS.some((k) => span.includes(k))) return hits;
  for (const m of span.matchAll(ENUMERATION)) {
    const list = m[1];
    if (!list.includes('、')) continue;
    let offset = from + m.index!;
    for (const raw of list.split('、')) {
      const lead = raw.length - raw.trimStart().length;
      let start = offset + lead;
      const end = offset + raw.length;
      offset = end + 1;
      start = trimStops(text, start, end - 1, lexicon);
      const name = text.slice(start, end).replace(/[（(][^）)]*[）)]$/, '');
      const bare = name.replace(/[“”]/g, '');
      if (bare.length < 3 || bare.length > 16 || !NAME_CHARS.test(bare.replace(/[+＋·\-]/g, '')) || /^[\d一二三四五六七八九十]/.test(bare)) continue;
      const quoted = name.startsWith('“') || name.endsWith('”');
      if (!quoted && !proper.some((t) => t.start >= start && t.start + t.word.length <= start + name.length)) continue;
      hits.push({ type: 'Programme', canonical: name, start, end: start + name.length });
    }
  }
  return hits;
}

/** The subject of a law or regulation from its title (中华人民共和国农业技术推广法 → 农业技术推广;
 *  浙江省实施《农业技术推广法》办法 → 农业技术推广; 泰安市志愿服务促进条例 → 志愿服务促进, 志愿服务). */
export function lawSubject(title: string, lexicon: Lexicon): string[] {
  if (!/(法|条例|办法|规定|细则)$/.test(title)) return [];
  let t = title.replace(/^中华人民共和国/, '');
  const p = regionPrefix(t, lexicon);
  if (p) t = t.slice(p.form.length);
  const inner = /《(?:中华人民共和国)?([^》]+)》/.exec(t);
  if (inner) t = inner[1];
  t = t.replace(/(实施办法|实施细则|促进条例|条例|办法|规定|细则|法)$/, '');
  const core = t.replace(/(促进|保护|管理|保障)$/, '');
  // Its words too, a four-character word as its two halves (国防教育 → 国防, 教育): 国防知识竞赛 in the
  // 国防教育法 is a kind of activity of its subject.
  const words = segmenter(lexicon)(core).flatMap((w) => (w.word.length === 4 ? [w.word, w.word.slice(0, 2), w.word.slice(2)] : [w.word]));
  return [...new Set([t, core, ...words])].filter((x) => x.length >= 2);
}

const DAY = '[0-9一二三四五六七八九十〇]';
/** A day of a lunar month (初九, 十五, 廿三) after 农历 (session 13: the traditional calendar of festivals). */
const LUNAR_DAY = '(?:初[一二三四五六七八九十]|十[一二三四五六七八九]|二十[一二三四五六七八九]?|廿[一二三四五六七八九]|三十|[0-9]{1,2}日?)';
/** 每年3月5日为浙江省志愿者日, 每年3月5日当周为本市…宣传周, 每年九月的第三周为…, 每年六月为全市…宣传月,
 *  每年5月第三周的星期一为本市家庭教育日 (a weekday of a numbered week; session 54, promotion3's 重庆 第九条),
 *  全民国防教育日所在周为全省…宣传周, 每年农历九月初九（重阳节）为…节: a law naming a recurring day, week or
 *  month; a festival named after the date (重阳节, in brackets or not) is passed over. */
const RECURRING = new RegExp(
  `(?:每年(?:的)?(?:${DAY}{1,3}月(?:份)?(?:${DAY}{1,3}日)?(?:的?第[一二三四五]个?(?:周|星期[一二三四五六日天]?))?(?:的?星期[一二三四五六日天])?` +
    `(?:至${DAY}{1,3}月?${DAY}{0,3}日?)?|农历${DAY}{1,3}月${LUNAR_DAY})(?:[（(]?[\\u4e00-\\u9fff]{2,4}节[）)]?)?(?:当周|所在的?周)?|[\\u4e00-\\u9fff]{2,12}?日(?:当周|所在的?周))` +
    `(?:为|是|定为|确定为|设立为)“?(((?:全省|全市|全区|全县|本省|本市|本自治区)的?)?([\\u4e00-\\u9fff]{2,14}?(?:日|节|周|月)))”?(?=[，。；、（(\\s]|$)`,
  'g',
);

/** Names RECURRING matches that designate no recurring day: a length of time (一个月, 三日) and the
 *  terms of legal procedure (…之日, 期间的最后一日) that laws define with the same 为 (session 18:
 *  劳动争议发生之日 and 一个月 were brands on the law mirror). */
const NOT_A_DAY = /^[一二两三四五六七八九十百\d]+个?[日周月]$|之日$|[的之]最?后一[日天]$|^第[一二三四五六七八九十\d]+[日天]$/;

/** Recurring days, weeks and months a law designates (每年X月X日为…日): brands; 全省/全市 dropped,
 *  本省/本市 resolved to the document's region (本市志愿者日 in a 重庆 law → 重庆市志愿者日). */
export function recurringHits(text: string, from: number, to: number, region?: string): DictHit[] {
  const hits: DictHit[] = [];
  const span = text.slice(from, to);
  // Every match holds 月 (每年三月…) or 日 (…日为): a unit with neither has none (issue 11 profile).
  if (!span.includes('月') && !span.includes('日')) return hits;
  for (const m of span.matchAll(RECURRING)) {
    // A length or a term of procedure (为一个月, 以…之日为…发生之日, 期间的最后一日) is no designated day.
    if (NOT_A_DAY.test(m[3])) continue;
    const start = from + m.index! + m[0].lastIndexOf(m[1]);
    const own = m[2]?.startsWith('本') && region ? region : '';
    hits.push({ type: 'Brand', canonical: own + m[3], start, end: start + m[1].length });
  }
  return hits;
}

/** Whether the words right before a system's name at `start` set it up by name: a verb of system-set-up.txt, then 的 or
 *  统一的 (建立的, 统一建设的, 指定的), in a clause that installs, encourages or leaves the system to third parties nowhere
 *  (KIND_OF_SYSTEM). Session 26. */
function setUpSystem(text: string, start: number, lexicon: Lexicon, name = ''): boolean {
  const before = text.slice(Math.max(0, start - 12), start);
  // (Also the verb right before the name when it is 统一-qualified or its subject is a government: 统一建设政务信息共享交换
  // 平台, 市信息化主管部门组织建立…; session 27, read on the spent randomq-heldout's 北京 信息化 条例.)
  // (And session 28, read on the spent randomp-heldout and randomq: the verb right after the modal of a duty when the name is
  // an information system's, 主管部门应当建立城乡规划信息系统 — not 应当建设综合管理服务平台, a platform named by its
  // description — and the one system of the whole region a body must use, 通过全市统一的数据共享交换平台: ONE_SYSTEM.)
  const direct = lexicon.systemSetUpVerbs.some((v) => before.endsWith(`统一${v}`) || before.endsWith(`${v}统一`) || before.endsWith(`组织${v}`) || (before.endsWith(`应当${v}`) && name.endsWith('信息系统'))) || ONE_SYSTEM.test(before);
  if (!direct && !lexicon.systemSetUpVerbs.some((v) => before.endsWith(`${v}的`) || before.endsWith(`${v}统一的`))) return false;
  const clause = text.slice(Math.max(0, start - 30), start).split(/[。；，\n]/).pop() ?? '';
  return !KIND_OF_SYSTEM.test(clause);
}

/** Words of a duty or ban in the sentence of a zone named after 在 or 进入 (zone-cues.txt `duty`). */
/** (负责, session 27: 水行政主管部门…负责…划定禁采区 is a body's duty.) */
const DUTY_WORD = /禁止|不得|严禁|应当|必须|除|负责/;
/** A designation named as what a body confers (公布为, 确定为, 核定为, 认定为 …, a coordination of designations between): session 38. */
const HERITAGE_CONFERRED = /(?:公布|确定|核定|认定|列为)为?[^，。；：\n]{0,12}$/;
/** A place's own range before a zone's name (本行政区域内, 海岸带范围内, 辖区内, …作为, …范围为): session 39. */
const ZONE_RANGE = /^.*(?:范围内|区域内|辖区内|海域内|作为|范围为)/;
/** Characters that end a zone's name or cannot stand in it: punctuation, list joiners, 的, brackets. */
const NOT_IN_ZONE = /[，。；、：:（）()\s和或及与的“”《》]/;

/** A joiner and a second zone's name after a drawn zone (和水下文物保护区), ending where the clause or the name ends; built once per
 *  list of heads (session 40). */
const secondDrawns = new WeakMap<string[], RegExp>();
function secondDrawn(heads: string[]): RegExp {
  let re = secondDrawns.get(heads);
  if (!re) secondDrawns.set(heads, (re = new RegExp(`^(和|及|与|以及|、)((?:(?![和及与或的])[\\u4e00-\\u9fff]){2,10}?(?:${heads.join('|')})域?)(?=[，。；、：\\n和及与]|内|范围|$)`)));
  return re;
}

/** Whether the clause ends right after a zone ending at `end`, or after a chain of zones joined to it (和重点保护区，): session 42. */
function endsAfterChain(span: string, end: number, heads: string[]): boolean {
  let at = end;
  for (let next = secondDrawn(heads).exec(span.slice(at)); next; next = secondDrawn(heads).exec(span.slice(at))) at += next[0].length;
  return /^(?:[，。；\n]|$)/.test(span.slice(at));
}

/** 、 and a second zone head before 内 (…核心区、缓冲区内), built once per list of heads (it was compiled per occurrence). */
const secondZones = new WeakMap<string[], RegExp>();
function secondZone(heads: string[]): RegExp {
  let re = secondZones.get(heads);
  if (!re) secondZones.set(heads, (re = new RegExp(`^、(${heads.join('|')})(?=内|范围内)`)));
  return re;
}

/** Designated zones a regulation qualifies a duty by or sets up (session 26): a name ending in a head of zone-heads.txt right
 *  after a cue of zone-cues.txt — 在大运河世界文化遗产核心区内…不得, 禁止…进入太浦河饮用水水源保护区水域, 国家确定的船舶大气污染物排放
 *  控制区, 划定生态保护红线. A name listed with other places (在饮用水水源保护区、自然保护区…) is a place and is passed over, as is
 *  one whose name holds another cue (…划定…). Leading 其他 goes (其他水土流失重点治理区 → 水土流失重点治理区).
 *  Session 27 (the one zone detector: the DESIGNATED_ZONE regex of session 23 is data now): a cue that draws (zone-cues `draws`:
 *  划定, 划定为, 划定的) makes a zone of a `drawn` head by itself (划定地下文物保护区, 应当划定为水土流失重点预防区, 划定禁止养殖区域),
 *  under the document's longer name of it (划定的净空保护区域 in one article, 划定的机场净空保护区域 in another). */
export function dutyZoneHits(text: string, from: number, to: number, lexicon: Lexicon, drawnParts = true, chainedLonger = true, setUp = true): DictHit[] {
  const hits = zoneScan(text, from, to, lexicon, false, drawnParts, setUp);
  for (const h of hits) {
    // (Session 42, option lawChainedZoneLonger: a zone chained after a drawn one and written by its head only — 划定…水土流失重点
    // 预防区和重点治理区 — is the document's longer name of it too, 水土流失重点治理区, drawn by that name elsewhere.)
    // (Session 42, lawSetUpZones: a zone set up bare, 设立控制保护区, is the zone the document names longer elsewhere, 在轨道交通控制
    // 保护区内…不得: one zone, under that name.)
    if (h.setUp) {
      const named = setUpZoneNames(text, lexicon, drawnParts).filter((z) => z.length > h.canonical.length && z.endsWith(h.canonical)).sort((a, b) => a.length - b.length)[0];
      if (named) h.canonical = named;
      continue;
    }
    if (!h.drawn && !(chainedLonger && h.chained)) continue;
    const longer = documentZones(text, lexicon).filter((z) => z.length > h.canonical.length && z.endsWith(h.canonical)).sort((a, b) => a.length - b.length)[0];
    if (longer) h.canonical = longer;
  }
  return hits.map(({ drawn: _, chained: _c, setUp: _s, ...h }) => h);
}

/** Every zone of a document found without a set-up cue (session 42), cached for the document's text. */
let setUpZonesOf: { text: string; zones: string[] } = { text: '', zones: [] };
function setUpZoneNames(text: string, lexicon: Lexicon, drawnParts: boolean): string[] {
  if (setUpZonesOf.text !== text) setUpZonesOf = { text, zones: zoneScan(text, 0, text.length, lexicon, false, drawnParts, false).map((h) => h.canonical) };
  return setUpZonesOf.zones;
}

/** The zones of [from, to) (dutyZoneHits), each marked when a drawing cue made it by itself; `drawnOnly` keeps only those. */
function zoneScan(text: string, from: number, to: number, lexicon: Lexicon, drawnOnly: boolean, drawnParts = true, setUp = true): (DictHit & { drawn: boolean; chained?: boolean; setUp?: boolean })[] {
  const hits: (DictHit & { drawn: boolean; chained?: boolean; setUp?: boolean })[] = [];
  const span = text.slice(from, to);
  for (const head of lexicon.zoneHeads) {
    const prefix = lexicon.zoneDrawnHeads.get(head);
    if (drawnOnly && prefix === undefined) continue;
    for (let at = span.indexOf(head); at >= 0; at = span.indexOf(head, at + 1)) {
      let end = at + head.length;
      if (head.endsWith('区') && span[end] === '域') end++;
      // 在大运河世界文化遗产核心区、缓冲区内: two zones of one name, the second written by its head only (session 26).
      const second = span[end] === '、' ? secondZone(lexicon.zoneHeads).exec(span.slice(end)) : null;
      // 划定禁采区和规定禁采期: a zone drawn by name may be followed by a joiner (和, 及, 或) to the next object of the
      // verb; only after a cue that draws it (not 在/进入: 在…保护区和…保护区内 lists places). Session 27.
      const joined = /^(和|及|与|或|以及)/.test(span.slice(end));
      const placeFollows = (span[end] === '、' && !second) || (head.endsWith('区') && /^[\u4e00-\u9fff]/.test(span.slice(end)) && !joined && !/^(内|水域|范围|外|时|的|边界|周边)/.test(span.slice(end)));
      // The cue nearest before the head, the name between them (a `whole` head may follow its drawing cue right away:
      // 划定禁采区; session 27). Cues that divide an area into a list of zones are listedZoneHits'.
      const whole = lexicon.zoneWholeHeads.has(head);
      let best: { cue: string; duty: boolean; draws: boolean; ends: boolean; at: number } | undefined;
      // Session 42 (option lawSetUpZones; zone-cues `ends`: 设立): a verb that sets a zone up counts only where the zone, or a
      // chain of zones joined to it, ends the clause (轨道交通沿线设立控制保护区和重点保护区，; 设立开发区环境保护带。): not 设立自然保护区、
      // 湿地公园 (a list of places), 设立…保护区界标 or …保护区管理机构 (a thing of the zone).
      const endsClause = setUp && lexicon.zoneCues.some((c) => c.ends) && endsAfterChain(span, end, lexicon.zoneHeads);
      for (const c of lexicon.zoneCues) {
        if (c.list || c.range || (c.ends && !endsClause)) continue;
        const k = span.lastIndexOf(c.cue, at - 1);
        const gap = at - (k + c.cue.length);
        if (k < 0 || gap > 16 || (gap < 2 && !(whole && gap === 0 && !c.duty))) continue;
        if (!best || k + c.cue.length > best.at) best = { ...c, at: k + c.cue.length };
      }
      if (!best) continue;
      let start = best.at;
      let name = span.slice(start, end);
      // Session 40 (options.ts lawDrawnZoneParts): after a cue that draws, the zone's name starts after the last 的 of what it is
      // drawn for (划定本辖区内减少主要污染物排放的重点控制区域 → 重点控制区域).
      if (drawnParts && best.draws && name.includes('的')) {
        const cut = name.slice(name.lastIndexOf('的') + 1);
        const what = name.slice(0, name.lastIndexOf('的'));
        if (cut.length >= head.length + 2 && !NOT_IN_ZONE.test(cut) && !/[，。；：（）()\s]/.test(what)) { start = end - cut.length; name = cut; }
      }
      // A zone a drawing cue makes by itself (划定…保护区, 划定禁止…区域): whatever follows it and whatever the sentence says.
      const drawn = (best.draws && prefix !== undefined && name.startsWith(prefix) && name.length >= prefix.length + head.length + 2) || (best.ends && !prefix);
      if (prefix && !drawn) continue;
      // (A zone set up by an `ends` cue keeps its name as written: no longer name of the document is looked up for it or its chain.)
      if (drawnOnly && (!drawn || best.ends)) continue;
      if (!drawn && (placeFollows || (joined && best.duty && head.endsWith('区')))) continue;
      if (NOT_IN_ZONE.test(name.slice(0, -head.length)) || lexicon.zoneCues.some((c) => c.cue.length > 1 && name.includes(c.cue))) continue;
      if (name.startsWith('其他')) { start += 2; name = name.slice(2); }
      // (Session 39: a place's own range before the zone — 本行政区域内, 海岸带范围内, 一定范围作为 — says where it is drawn, no part
      // of its name: 划定本行政区域内水土流失重点预防区 → 水土流失重点预防区.)
      const range = ZONE_RANGE.exec(name.slice(0, -head.length));
      if (range) { start += range[0].length; name = name.slice(range[0].length); }
      if (name.length < head.length + 2 && !(whole && name === head)) continue;
      // A duty word in the sentence (在…内不得…); after a cue that designates (确定的, 划定) a second mention of the zone in the
      // document will do too: a zone drawn in a statement of policy and never named again (国家…划定生态保护红线，强化…) is
      // no designation the text manages.
      if (!drawn) {
        const s0 = Math.max(span.lastIndexOf('。', at), span.lastIndexOf('；', at), span.lastIndexOf('\n', at)) + 1;
        const ends = ['。', '；', '\n'].map((c) => span.indexOf(c, end)).filter((x) => x >= 0);
        const duty = DUTY_WORD.test(span.slice(s0, ends.length ? Math.min(...ends) : span.length));
        if (!duty && (best.duty || text.indexOf(name) === text.lastIndexOf(name))) continue;
      }
      hits.push({ type: 'Programme', canonical: name, start: from + start, end: from + end, drawn: drawn && !best.ends, setUp: best.ends });
      // Session 40 (lawDrawnZoneParts): a second zone drawn by the same cue, joined after it (划定地下文物保护区和水下文物保护区).
      // A chain of them (一级保护区、二级保护区和三级保护区) counts when it ends the clause, not where it runs into other places (划定的
      // 自然保护区、重要风景区、国家重点保护的…).
      if (drawn && drawnParts) {
        const chain: DictHit[] = [];
        let at2 = end;
        for (let next = secondDrawn(lexicon.zoneHeads).exec(span.slice(at2)); next; next = secondDrawn(lexicon.zoneHeads).exec(span.slice(at2))) {
          chain.push({ type: 'Programme', canonical: next[2], start: from + at2 + next[1].length, end: from + at2 + next[0].length });
          at2 += next[0].length;
        }
        if (chain.length && /^(?:[，。；：\n]|内|范围|$)/.test(span.slice(at2))) hits.push(...chain.map((h) => ({ ...h, drawn: false, chained: !best.ends })));
      }
      if (second) hits.push({ type: 'Programme', canonical: name.slice(0, -head.length) + second[1], start: from + end + 1, end: from + end + 1 + second[1].length, drawn: false });
    }
  }
  return hits;
}

/** Zones whose range a body draws (session 43, option lawRangeZones; zone-cues.txt `range`: 范围): a chain of zones opening its
 *  clause, right before (的)(具体)范围, with 由…<a drawing cue> after it in the sentence — 崩塌、滑坡危险区和泥石流易发区的范围，由县级以上
 *  地方人民政府划定并公告. Every item of the chain (joined by 、 和 及 以及 或者) names a zone: it ends in a zone head (zone-heads.txt,
 *  none with a prefix) with two or more characters before it, or it is a compressed item, a word of two or three characters
 *  joined by 、 to the next item and sharing its head (崩塌、滑坡危险区 → 崩塌危险区, 滑坡危险区) where that item's own word is of
 *  about the same length (so 国道、省道、县道、乡道建筑控制区 is left alone). */
export function rangeZoneHits(text: string, from: number, to: number, lexicon: Lexicon): DictHit[] {
  const hits: DictHit[] = [];
  const span = text.slice(from, to);
  const heads = lexicon.zoneHeads.filter((h) => !lexicon.zoneDrawnHeads.get(h));
  const draws = lexicon.zoneCues.filter((c) => c.draws).map((c) => c.cue);
  if (!draws.length) return hits;
  for (const { cue, range } of lexicon.zoneCues) {
    if (!range) continue;
    for (let at = span.indexOf(cue); at >= 0; at = span.indexOf(cue, at + 1)) {
      const rest = /^[^。；\n]*/.exec(span.slice(at + cue.length))![0];
      const by = /^，?由[^。；]{2,48}/.exec(rest);
      if (!by || !draws.some((d) => by[0].includes(d))) continue;
      const before = /[^，。；：:\s\n]*$/.exec(span.slice(0, at))![0].replace(/(?:的)?(?:具体)?$/, '');
      if (!before) continue;
      const runStart = at - /[^，。；：:\s\n]*$/.exec(span.slice(0, at))![0].length;
      const parts = before.split(/(、|以及|和|及|或者)/);
      const items = parts.filter((_, i) => i % 2 === 0);
      const joiners = parts.filter((_, i) => i % 2 === 1);
      const headOf = (item: string) => heads.find((h) => item.endsWith(h) && item.length >= h.length + 2);
      if (!items.every((x) => /^[\u4e00-\u9fff]{2,14}$/.test(x) && !x.includes('的'))) continue;
      const names: (string | undefined)[] = items.map((x) => (headOf(x) ? x : undefined));
      // A compressed item borrows the head of the next item it is joined to by 、 (backwards, so a run of them shares one head).
      for (let i = items.length - 2; i >= 0; i--) {
        const next = names[i + 1];
        if (names[i] || !next || joiners[i] !== '、' || items[i]!.length > 3) continue;
        const head = headOf(next)!;
        const word = next.slice(0, -head.length);
        if (Math.abs(word.length - items[i]!.length) <= 1) names[i] = items[i] + head;
      }
      if (!names.every(Boolean)) continue;
      let k = from + runStart;
      for (let i = 0; i < items.length; i++) {
        hits.push({ type: 'Programme', canonical: names[i]!, start: k, end: k + items[i]!.length });
        k += items[i]!.length + (joiners[i]?.length ?? 0);
      }
    }
  }
  return hits;
}

/** An item of a list of zones: 3 to 14 characters without 的, ending in 区 or 区域. */
const LISTED_ZONE = /^[\u4e00-\u9fff]{1,12}区(域)?$/;

/** Zones a regulation sets up by dividing an area (session 27): the items after a `list` cue of zone-cues.txt (划分为), up to
 *  the end of the clause, joined by 、 和 及 以及, when every item is a zone's name (…区, …区域) and there are two or more —
 *  白河水系干流按照水体功能划分为饮用水水源保护区、城市用水区、排污控制区、过渡区、保留区和缓冲区 sets up six zones its later
 *  articles qualify bans by. Read on the spent randomq-heldout (its 南阳 water-function zones): the kind of cue only. */
export function listedZoneHits(text: string, from: number, to: number, lexicon: Lexicon): DictHit[] {
  const hits: DictHit[] = [];
  const span = text.slice(from, to);
  for (const { cue, list } of lexicon.zoneCues) {
    if (!list) continue;
    for (let at = span.indexOf(cue); at >= 0; at = span.indexOf(cue, at + 1)) {
      const start = at + cue.length;
      const stop = span.slice(start).search(/[，。；：\n]/);
      const run = span.slice(start, stop < 0 ? span.length : start + stop);
      const items = run.split(/(、|以及|和|及)/);
      const names = items.filter((_, i) => i % 2 === 0);
      if (names.length < 2 || !names.every((n) => LISTED_ZONE.test(n) && !n.includes('的'))) continue;
      let k = from + start;
      for (let i = 0; i < items.length; i++) {
        if (i % 2 === 0) hits.push({ type: 'Programme', canonical: items[i]!, start: k, end: k + items[i]!.length });
        k += items[i]!.length;
      }
    }
  }
  return hits;
}

/** A name ending in a designation's head (designations.txt), without 的, list joiners or punctuation in it. */
const DESIGNATION_NAME = '[^\\x00-\\u2fff，。；、和或及与的：（）“”《》]{2,14}?';

/** Designations a regulation confers (session 26): the name after a verb of designations.txt `cue` (公布为, 认定为, 列入 …), a
 *  modifier ending in 的 allowed between (公布为相应级别的…), ending in a `head` (…保护单位, …保护点, …名录); names joined to it by 、
 *  with the same kind of head too (公布为文物保护单位、文物保护点). A 名录 keeps the document's longest name for it (保护名录 →
 *  …大运河世界文化遗产保护名录, written once as …保护名录制度). */
export function conferredHits(text: string, from: number, to: number, lexicon: Lexicon): DictHit[] {
  const { cues, heads } = lexicon.designations;
  if (!cues.length || !heads.length) return [];
  const span = text.slice(from, to);
  if (!cues.some((c) => span.includes(c))) return [];
  const head = `(?:${heads.join('|')})`;
  const re = new RegExp(`(?:${cues.join('|')})(?:[^，。；、的]{0,10}的)?(${DESIGNATION_NAME}${head})((?:、${DESIGNATION_NAME}${head})*)`, 'g');
  const hits: DictHit[] = [];
  for (const m of span.matchAll(re)) {
    let at = from + m.index! + m[0].length - m[2]!.length - m[1]!.length;
    for (const name of [m[1]!, ...m[2]!.split('、').slice(1)]) {
      const canonical = name.endsWith('名录') ? longestNameEnding(text, name) : name;
      hits.push({ type: 'Programme', canonical, start: at, end: at + name.length });
      at += name.length + 1;
    }
  }
  return hits;
}

/** The free trade pilot zone written short (session 45, lawShortFreeTradeZone): 自贸试验区 or 自由贸易试验区 without the bracketed
 *  province before it is, in a text of a province or of a place in it, that province's zone, named as the State Council names every
 *  one: 中国（上海）自由贸易试验区 (the province's first short form in brackets; randomw's canonical). Not after a word that makes it
 *  a class (国家有关自贸试验区, 各自贸试验区, 其他自由贸易试验区), nor inside the full name (（上海）自由贸易试验区). */
export function shortFreeTradeZoneHits(text: string, from: number, to: number, lexicon: Lexicon, region: string | undefined): DictHit[] {
  const hits: DictHit[] = [];
  const span = text.slice(from, to);
  if (!region || !/自贸试验区|自由贸易试验区/.test(span)) return hits;
  let r = regionByName(region, lexicon);
  while (r && r.level !== 'province' && r.parent) r = regionByName(r.parent, lexicon);
  const short = r?.level === 'province' ? r.short[0] : undefined;
  if (!short) return hits;
  for (const m of span.matchAll(/自贸试验区|自由贸易试验区/g)) {
    const before = span.slice(Math.max(0, m.index! - 2), m.index!);
    if (/[）)]$|有关$|[各其他等国家全]$|其他$|国家$/.test(before)) continue;
    const start = from + m.index!;
    hits.push({ type: 'Programme', canonical: `中国（${short}）自由贸易试验区`, start, end: start + m[0].length });
  }
  return hits;
}

/** National pilot zones named by their place (session 45, lawNamedNationalZones): a place jieba does not read as part of a name
 *  (张江/x, 中关村/ns, 郑洛新/x) right before 国家…示范区 or 国家…试验区, whose words jieba splits into verbs (国家|自主|创新|示范区)
 *  — 张江国家自主创新示范区, 中关村国家自主创新示范区: the zone the state designates at that place, where it tries a policy (the gold
 *  convention of session 23). Without a place the name is the national class (批准建设国家自主创新示范区), and a middle holding a
 *  list or 有关 (国家和本市有关示范区) names none. */
export function namedNationalZoneHits(text: string, from: number, to: number, tokens: Token[]): DictHit[] {
  const hits: DictHit[] = [];
  const span = text.slice(from, to);
  if (!span.includes('国家')) return hits;
  for (const m of span.matchAll(/国家([\u4e00-\u9fff]{2,10}?)(示范区|试验区)/g)) {
    if (/有关|[和及与或的等级]|关于|发布/.test(m[1]!)) continue;
    const at = from + m.index!;
    const place = tokens.find((t) => t.start + t.word.length === at);
    if (!place || !/^(x|ns|nz|j)$/.test(place.tag) || place.word.length < 2 || place.word.length > 4 || !/^[\u4e00-\u9fff]+$/.test(place.word)) continue;
    const start = place.start;
    const end = at + m[0].length;
    hits.push({ type: 'Programme', canonical: text.slice(start, end), start, end });
  }
  return hits;
}

/** Regional areas of cooperation the state names before a centre it builds there (京津冀国家技术创新中心): jieba reads them as
 *  common nouns, so the tag test below does not see them as places. */
const COOPERATION_AREAS = new Set(['京津冀', '长三角', '粤港澳', '成渝', '长江三角洲', '珠三角']);
const COOPERATION_AREA = new RegExp(`^(${[...COOPERATION_AREAS].join('|')})`);

/** National centres named by their place (session 47, lawNamedNationalCentres): a place right before (综合性)国家…中心 —
 *  张江综合性国家科学中心, 北京怀柔综合性国家科学中心, 京津冀国家技术创新中心 — names the one centre the state designates there, read
 *  as lawNamedNationalZones reads 张江国家自主创新示范区 (the golds of the innovation and innovation3 sets count each). A place of
 *  two tokens (北京|怀柔) is read whole. Without a place (建立国家反恐怖主义情报中心, 上报国家海上搜救中心) no centre is read here. */
export function namedNationalCentreHits(text: string, from: number, to: number, tokens: Token[]): DictHit[] {
  const hits: DictHit[] = [];
  const span = text.slice(from, to);
  if (!span.includes('国家')) return hits;
  const placeLike = (t: Token | undefined) => !!t && /^[\u4e00-\u9fff]{2,4}$/.test(t.word) && (/^(x|ns|nz|j|nr)$/.test(t.tag) || COOPERATION_AREAS.has(t.word));
  for (const m of span.matchAll(/(?:综合性)?国家([\u4e00-\u9fff]{2,6}?)中心/g)) {
    if (/有关|[和及与或的等级]|关于|发布/.test(m[1]!)) continue;
    const at = from + m.index!;
    const place = tokens.find((t) => t.start + t.word.length === at);
    if (!placeLike(place)) continue;
    // (北京|怀柔: a region right before the place is part of the name.)
    const outer = tokens.find((t) => t.start + t.word.length === place!.start);
    const start = outer && outer.tag === 'ns' && placeLike(outer) ? outer.start : place!.start;
    const end = at + m[0].length;
    hits.push({ type: 'Programme', canonical: text.slice(start, end), start, end });
  }
  return hits;
}

/** The heads of the research bases the state and the regions designate (重点实验室, 技术创新中心, 工程研究中心 …). */
const RESEARCH_BASE = /^(全国|国家级|国家|省级|市级)?([\u4e00-\u9fff]{0,6}?)(重点实验室|技术创新中心|工程研究中心|工程技术研究中心)$/;

/** Research-base designations with rights or duties of their own (session 47, lawResearchBaseDuties): a base named by its level
 *  (全国重点实验室, 国家技术创新中心) or its region (北京市重点实验室) that opens a clause as the subject of 应当 or 可以, alone or in a
 *  list (全国重点实验室、国家技术创新中心、科技领军企业等单位可以…推荐; 北京市重点实验室应当…) is the designation the text manages by that
 *  name, as the innovation3 gold reads it (a base only listed among kinds supported or built, 支持重点实验室…建设, stays a kind, and
 *  国家实验室, only relied on, is no base of these heads). */
export function researchBaseHits(text: string, from: number, to: number, lexicon: Lexicon): DictHit[] {
  const hits: DictHit[] = [];
  const span = text.slice(from, to);
  if (!/实验室|中心/.test(span)) return hits;
  for (const m of span.matchAll(/(?:^|[。；：\n　 ])((?:[\u4e00-\u9fff]{2,14}、){0,4}[\u4e00-\u9fff]{2,14}?)(?:等单位|等机构|等)?(?:应当|可以)/g)) {
    let at = from + m.index! + m[0].indexOf(m[1]!);
    for (const item of m[1]!.split('、')) {
      const b = RESEARCH_BASE.exec(item);
      const region = b && !b[1] && b[2] ? regionPrefix(item, lexicon) : undefined;
      if (b && ((b[1] && !b[2]) || (region && region.form === b[2]))) hits.push({ type: 'Programme', canonical: item, start: at, end: at + item.length });
      at += item.length + 1;
    }
  }
  return hits;
}

/** A platform a body must build that the text then binds by its own name (session 45, lawBuiltPlatformDuties): 加强X平台建设 (和管理)
 *  where the same X平台 opens a later duty (X平台应当实现资源开放共享…) — 宁波's 科技创新公共服务平台: the text lays duties on the one
 *  platform it names, so the name is that platform, not a kind of facility (加强…平台建设 alone is a work item on a kind: the
 *  guideline's descriptive work items, as workSystemHits reads). */
export function builtPlatformHits(text: string, from: number, to: number): DictHit[] {
  const hits: DictHit[] = [];
  const span = text.slice(from, to);
  if (!span.includes('平台')) return hits;
  for (const m of span.matchAll(/加强([\u4e00-\u9fff]{4,16}?平台)(?:的)?建设/g)) {
    const name = m[1]!;
    if (/[、和及与或的等各类]/.test(name)) continue;
    if (!new RegExp(`(?:^|[。；\\n　 ])${name}应当?`).test(text)) continue;
    const start = from + m.index! + 2;
    hits.push({ type: 'Programme', canonical: name, start, end: start + name.length });
  }
  return hits;
}

/** Designations graded by level (session 45, lawGradedDesignations; designations.txt `cue`, `grade`): after a verb that confers a
 *  designation (认定为, 列入 …), a list of two levels or more (国家级、省级、市级) before the name says that each level keeps its own
 *  list of one scheme — 对认定为省级、市级重点科技中介服务机构的，给予补助; 列入国家级、省级、市级重点新产品计划的产品 — whatever the
 *  name's head: one designation, the levels dropped. The name ends at 的 or at the end of its clause. */
export function gradedHits(text: string, from: number, to: number, lexicon: Lexicon): DictHit[] {
  const { cues, grades } = lexicon.designations;
  const hits: DictHit[] = [];
  if (!cues.length || !grades.length) return hits;
  const span = text.slice(from, to);
  if (!grades.some((g) => span.includes(g))) return hits;
  const re = memoOnLists(lexicon, gradedHits, [cues, grades], () => {
    const g = `(?:${[...grades].sort((a, b) => b.length - a.length).join('|')})`;
    return new RegExp(`(?:${cues.join('|')})${g}(?:(?:、|和|及|以及)${g})+([\\u4e00-\\u9fff]{4,16}?)(?=的|[，。；：\\n])`, 'g');
  });
  for (const m of span.matchAll(re)) {
    const name = m[1]!;
    if (/[、和及或与]/.test(name)) continue;
    const start = from + m.index! + m[0].length - name.length;
    const canonical = name.endsWith('名录') ? longestNameEnding(text, name) : name;
    hits.push({ type: 'Programme', canonical, start, end: start + name.length });
  }
  return hits;
}

/** Designations a body determines and announces (session 27): a name ending in an `announcedHead` of designations.txt
 *  (…重点单位, …重点目标) right after an `announcedCue` (确定, 认定), in a sentence that announces it (`announce`: 向社会公布,
 *  予以公告 …) — 组织…等部门确定自然灾害防御重点单位，向社会公布. The announcement is what sets it apart from a class of units a
 *  body lists and files (确定消防安全重点单位，并…报本级人民政府备案: no gold programme of the fire family). Read on the spent
 *  randomq-heldout (山东 突发事件应急保障 条例): the kind of sentence only. */
export function announcedHits(text: string, from: number, to: number, lexicon: Lexicon): DictHit[] {
  const { announcedCues, announcedHeads, announce } = lexicon.designations;
  const hits: DictHit[] = [];
  if (!announcedHeads.length || !announce.length) return hits;
  const span = text.slice(from, to);
  for (const head of announcedHeads) {
    for (let at = span.indexOf(head); at >= 0; at = span.indexOf(head, at + 1)) {
      const end = at + head.length;
      const run = /[\u4e00-\u9fff]{0,24}$/.exec(span.slice(0, at))![0];
      let best = -1;
      for (const c of announcedCues) {
        const k = run.lastIndexOf(c);
        if (k >= 0 && k + c.length > best) best = k + c.length;
      }
      if (best < 0 || run.length - best < 2 || /的/.test(run.slice(best))) continue;
      const stop = span.slice(end).search(/[。；\n]/);
      if (!announce.some((a) => span.slice(end, stop < 0 ? span.length : end + stop).includes(a))) continue;
      const start = from + at - (run.length - best);
      hits.push({ type: 'Programme', canonical: text.slice(start, from + end), start, end: from + end });
    }
  }
  // (Session 29, read on the spent randomo-heldout's 南阳 城市绿化 条例: a designation conferred "as" a name, `asCue` —
  // 经同级人民政府确认为永久性绿地的，…向社会公布 — whatever its head, in a sentence that announces it.)
  for (const cue of lexicon.designations.asCues) {
    for (let at = span.indexOf(cue); at >= 0; at = span.indexOf(cue, at + 1)) {
      const m = AS_NAME.exec(span.slice(at + cue.length));
      if (!m) continue;
      const sentence = span.slice(0, at).split(/[。；\n]/).pop()! + span.slice(at).split(/[。；\n]/)[0]!;
      if (!announce.some((a) => sentence.includes(a))) continue;
      const start = from + at + cue.length;
      hits.push({ type: 'Programme', canonical: m[1]!, start, end: start + m[1]!.length });
    }
  }
  return hits;
}

/** The name right after an `asCue`: two to eight characters, up to 的 or punctuation. */
const AS_NAME = /^([\u4e00-\u9fff]{2,8}?)(?=的|[，。；、])/;

/** A title of a 创建 campaign (designations.txt `campaign`, `campaignLead`; session 29, read on the spent randomo-heldout's
 *  南阳 城市绿化 条例): the names coordinated by 、 and 和 right before 创建活动, with 等 and a modifier of at most ten characters
 *  allowed between (文明城市、文明村镇、文明单位等群众性精神文明创建活动); each is a designation the campaign confers. Two names
 *  at least: 精神文明创建活动 alone names the campaign, no title. The first name starts after the last lead word of its run. */
export function campaignTitleHits(text: string, from: number, to: number, lexicon: Lexicon): DictHit[] {
  const { campaigns, campaignLeads } = lexicon.designations;
  const hits: DictHit[] = [];
  const span = text.slice(from, to);
  for (const head of campaigns) {
    for (let at = span.indexOf(head); at >= 0; at = span.indexOf(head, at + 1)) {
      const m = CAMPAIGN_LIST.exec(span.slice(0, at));
      if (!m) continue;
      const parts = m[1]!.split(/[、和]/);
      if (parts.length < 2) continue;
      const first = parts[0]!;
      let cut = 0;
      for (const w of campaignLeads) {
        const k = first.lastIndexOf(w);
        if (k >= 0 && k + w.length > cut) cut = k + w.length;
      }
      parts[0] = first.slice(cut);
      // Every name a title (two to eight characters): 新时代文明实践中心建设和群众性精神文明创建活动 joins a work item to the
      // campaign's own name, no titles.
      if (parts.some((p) => p.length < 2 || p.length > 8)) continue;
      let pos = from + m.index! + cut;
      for (const name of parts) {
        hits.push({ type: 'Programme', canonical: name, start: pos, end: pos + name.length });
        pos += name.length + 1;
      }
    }
  }
  return hits;
}

/** Names joined by 、 or 和 ending right before a campaign word, 等 and a short modifier allowed between. */
// (The names are read shortest first, so the last one ends before 等: …文明社区、文明校园等创建活动 read 文明校园等 as a title once
// an article's label no longer ran into the first name; session 38.)
const CAMPAIGN_LIST = /([\u4e00-\u9fff]{2,20}?(?:[、和][\u4e00-\u9fff]{2,8}?)+)(?:等[\u4e00-\u9fff]{0,10})?$/;

/** A system a body's duty goes through or a named body sets up, read whole (session 29, read on the spent randomo-heldout,
 *  randomp and randomt): 应当通过本市大数据资源平台相互提供…, 应当通过全市统一的数据共享交换平台, 市人民代表大会常务委员会建立预算
 *  联网监督系统. The name runs from the cue to the first 平台 or 系统 (a head of four characters
 *  at least: 服务平台, 信息平台 name kinds); 本市/市 before it is the region's (canonical rule 2), 全市统一的 is dropped. The
 *  suffix rules cut such names at a verb inside them (交换, 监督) or find no suffix (…监督系统).
 *  Not after 相关/有关/各类/其他 (a class), nor in a clause that installs, encourages or leaves systems to third parties. */
export function channelSystemHits(text: string, from: number, to: number, local: Record<string, string | undefined>, joinedThing = false): DictHit[] {
  const hits: DictHit[] = [];
  const span = text.slice(from, to);
  if (!/(平台|系统|数据库)/.test(span)) return hits;
  for (const m of span.matchAll(CHANNEL_SYSTEM)) {
    const lead = m[1] ?? '';
    const name = m[2]!;
    // (A class, a level's own or a national system, a name with 的 or a verb in it, a third party's: left to suffixHits.)
    if (SYSTEM_NOT_NAMED.test(name) || /[与和及]$/.test(name.slice(0, -2)) || /^(信息|数据|基础|专题)数据库$/.test(name)) continue;
    // (Session 52, channelJoinedThing: nor a name holding a thing coordinated before its head, 利用信息技术和新媒体平台: two things.)
    if (joinedThing && holdsJoinedThing(name)) continue;
    const clause = span.slice(0, m.index!).split(/[。；，\n]/).pop() ?? '';
    if (KIND_OF_SYSTEM.test(clause) || EVERY_LEVEL.test(clause)) continue;
    const owner = lead ? local[lead] : undefined;
    if (lead && !owner) continue;
    const end = from + m.index! + m[0].length;
    const start = end - name.length - lead.length;
    hits.push({ type: 'Programme', canonical: (owner ?? '') + name, start, end });
  }
  // Session 31: the body assigned to run one system by name runs a concrete system (市民热线服务工作机构负责接诉即办平台的
  // 管理、运行、维护), as one department that builds and runs it does (above).
  for (const m of span.matchAll(SYSTEM_RUN)) {
    const name = m[1]!;
    if (SYSTEM_NOT_NAMED.test(name) || /[与和及]$/.test(name.slice(0, -2))) continue;
    const start = from + m.index! + m[0].indexOf(name, 2);
    hits.push({ type: 'Programme', canonical: name, start, end: start + name.length });
  }
  return hits;
}

/** Session 47 (helper extract2, lawUnifiedChannels): the one system of the whole region a body uses, feeds or works through, named
 *  after 全省统一的 / 全市统一的 (本省, 本市) and a verb of use (使用, 通过, 依托, 利用, 接入, 纳入) wherever the verb stands in its clause:
 *  应当完善并规范使用全省统一的行政处罚办案系统, 依托全省统一的公共资源交易平台. 统一的 with the region says there is one, so a
 *  clause whose subject is every level (县级以上人民政府…) uses it too (channelSystemHits needs 应当 right before the verb and reads
 *  such a clause as a kind). Read on the whole free mirror (reserved titles out): 21 phrases, each one region's system. The name
 *  is read bare (全省统一的 dropped, as channelSystemHits reads it); one holding 、, 和, 与, 及 or 的 is left alone. */
export function unifiedChannelHits(text: string, from: number, to: number): DictHit[] {
  const hits: DictHit[] = [];
  const span = text.slice(from, to);
  if (!span.includes('统一的')) return hits;
  for (const m of span.matchAll(/(?:使用|通过|依托|利用|接入|纳入)(?:全省|全市|本省|本市)统一的([\u4e00-\u9fff]{4,12}?(?:平台|系统))(?![\u4e00-\u9fff])/g)) {
    const name = m[1]!;
    if (/[、和与及或的]/.test(name) || SYSTEM_NOT_NAMED.test(name)) continue;
    const end = from + m.index! + m[0].length;
    hits.push({ type: 'Programme', canonical: name, start: end - name.length, end });
  }
  return hits;
}

/** 应当及时录入道路交通违法信息管理系统; 纳入全市社会信用信息平台 (→ the city's); 通过市选民登记信息管理系统进行登记 (session 38,
 *  lawSystemEntries; designations.txt `systemEntry`, `systemRegionEntry`): the system a body must enter its records into, after 应当 in
 *  its clause, or the region's own system (全市, 本市, 市 … before the name) a record goes into or a thing is done through, is one
 *  concrete system the body must use (gold convention of session 23). The name holds no 、, 和, 及, 的 and is not named by
 *  description words only (`systemGeneric`). */
export function systemEntryHits(text: string, from: number, to: number, lexicon: Lexicon, local: Record<string, string | undefined>): DictHit[] {
  const { systems, systemEntries, systemRegionEntries, systemGeneric } = lexicon.designations;
  const hits: DictHit[] = [];
  if (!systems.length || (!systemEntries.length && !systemRegionEntries.length)) return hits;
  // (The regexes made once per set of lexicon lists, memo.ts, not per unit: issue 11, session 53. The global ones are read by
  // matchAll only, which moves a copy's lastIndex.)
  const { generic, forms } = memoOnLists(lexicon, systemEntryHits, [systems, systemEntries, systemRegionEntries, systemGeneric], () => {
    const generic = systemGeneric.length ? new RegExp(`^(?:${systemGeneric.join('|')})*$`) : undefined;
    const heads = [...systems].sort((a, b) => b.length - a.length).join('|');
    const name = `([\\u4e00-\\u9fff]{2,14}?(?:${heads}))(?=[，。；：、\\n并进])`;
    const forms: [RegExp, boolean][] = [];
    if (systemEntries.length) forms.push([new RegExp(`(?:${systemEntries.join('|')})()${name}`, 'g'), false]);
    if (systemRegionEntries.length) forms.push([new RegExp(`(?:${systemRegionEntries.join('|')})(全市|全省|本市|本省|市|省)(?!级)${name}`, 'g'), true]);
    return { generic, forms };
  });
  const span = text.slice(from, to);
  for (const [re, regional] of forms) {
    for (const m of span.matchAll(re)) {
      const lead = m[1] ?? '';
      const owner = lead ? local[lead.replace(/^[全本]/, '')] : undefined;
      if (regional && !owner) continue;
      const found = m[2]!;
      if (/[、和及或的]/.test(found) || SYSTEM_NOT_NAMED.test(found)) continue;
      if (generic && generic.test(found.replace(/(系统|平台|网络|数据库)$/, ''))) continue;
      const end = from + m.index! + m[0].length;
      const clause = span.slice(0, m.index!).split(/[。；，\n]/).pop() ?? '';
      if (KIND_OF_SYSTEM.test(clause)) continue;
      if (!regional && !/应当|必须/.test(clause)) continue;
      hits.push({ type: 'Programme', canonical: (owner ?? '') + found, start: end - found.length - lead.length, end });
    }
  }
  return hits;
}

/** A body (…机构, …部门, …中心) charged with running one system by its name (session 31). */
const SYSTEM_RUN = /(?:机构|部门|中心)负责([\u4e00-\u9fff]{4,12}?(?:平台|系统))的(?:建设、|管理、|运行、|维护、|运营、)*(?:建设|管理|运行|维护|运营)/g;

/** Names channelSystemHits leaves alone: a class (相关…, 各类…), a level's own (本级, 市级 …), a national one (全国…), a name
 *  holding 的, a verb or a third party (统一的…, 社区资源建立…, 第三方…), a verb's complement (健全…, 完善…). */
const SYSTEM_NOT_NAMED = /^(相关|有关|各类|其他|其它|各|该|本级|市级|省级|县级|区级|全国|国家|健全|完善|和)|的|建立|建设|第三方/;
/** A clause whose subject is every level or region (县级以上人民政府…): each builds its own, a kind. */
const EVERY_LEVEL = /(县级以上|各级|地方|市、|区、|县（|乡镇|街道)/;
/** The cues of channelSystemHits, then an optional region short form, then the name up to the first 平台/系统. */
const CHANNEL_SYSTEM = new RegExp(
  '(?:应当(?:通过|依托|利用|使用)(?:全市统一的|全省统一的)?|(?:委员会|人民政府|办公厅)(?:建立|建设)' +
    // Session 30 (read on the spent randomn-heldout's 北京 接诉即办 条例 and unseen's 宁波 献血 条例): the city or province as a
    // whole sets up one system (本市建立血液管理信息网络系统), or one department builds and runs it (市政务服务部门建立、运行、
    // 管理和维护热线数据库); a database is such a system too.
    '|(?:本市|本省)(?:建立|建设)(?:统一的)?|部门建立(?!健全)(?:[、和](?:运行|管理|维护))*' +
    // … and a body builds the one system of its whole region (建立全省统一的慈善信息公开和服务管理平台, 建立健全统一的志愿服务数字化
    // 系统: read on the real set's 宁波 志愿服务 条例 and charity's 浙江 慈善 办法).
    '|(?:建立|建设)(?:健全)?(?:全省|全市)?统一的' +
    // Session 31 (read on the spent randomm-heldout with randomn's 北京 接诉即办 条例): a body plans and builds one system by
    // name (市政务服务部门…规划建设接诉即办平台).
    '|规划建设)' +
    '(本市|本省|市|省)?(?!级)([\\u4e00-\\u9fff]{4,12}?(?:平台|系统)|[\\u4e00-\\u9fff]{2,12}?数据库)(?![\\u4e00-\\u9fff]*?(?:对接|衔接))',
  'g',
);

/** An award the city's or province's government sets up by name (session 29, read on the spent randomt-heldout's 郑州 专利
 *  条例: 市人民政府设立专利奖 → 郑州市专利奖): the award is that region's (canonical rule 2). Not where other levels set it up
 *  too (市人民政府和郊区区县人民政府设立…: the suffix rules read it bare). */
export function regionAwardHits(text: string, from: number, to: number, local: Record<string, string | undefined>, setUp = false): DictHit[] {
  const hits: DictHit[] = [];
  const span = text.slice(from, to);
  if (!span.includes('设立')) return hits;
  if (!setUp) {
    for (const m of span.matchAll(REGION_AWARD)) {
      const owner = local[m[1]!];
      if (!owner) continue;
      const end = from + m.index! + m[0].length;
      hits.push({ type: 'Programme', canonical: owner + m[2]!, start: end - m[2]!.length, end });
    }
    return hits;
  }
  // Session 43 (lawSetUpAwards): a phrase between the government and 设立, the region's short form before the award, and an
  // award several governments or a level set up, read bare.
  for (const m of span.matchAll(SET_UP_AWARD)) {
    const award = m[3]!;
    const end = from + m.index! + m[0].length;
    const start = end - award.length;
    const field = award.replace(/^[省市]/, '');
    // 宁波市人民政府: a named place's government (a character before 市) is no short form of the document's region.
    const named = !m[1] && /[\u4e00-\u9fff]/.test(span[m.index! - 1] ?? '');
    const owner = m[2] && !m[1] && !named ? local[m[2]] : undefined;
    // 省人民政府设立山东优秀发明家奖: an award already named after the region keeps its name (session 45; not 山东省山东…).
    const own = owner && field.startsWith(owner.replace(/(省|市|自治区|特别行政区)$/, '')) ? undefined : owner;
    hits.push({ type: 'Programme', canonical: own ? own + field : field, start, end });
  }
  return hits;
}

/** …人民政府(可以|依法|按照…规定)设立(的)X奖: group 1 a joiner or level word before the setter (和, 、, 设区的, 以上: several
 *  governments, the award read bare), group 2 the region's short form of a single setter, group 3 the award (its 省/市 kept
 *  here, dropped before the owner is put back). The award ends before a clause goes on (应当, 由, 对, 用于, a comma). */
const SET_UP_AWARD = /([和、的上])?(市|省)?人民政府(?:可以|依法|应当|按照[^，。；、]{1,12}?规定)?设立(?:的)?((?:[省市])?[\u4e00-\u9fff]{2,8}?奖)(?=[^\u4e00-\u9fff]|应|由|对|用|主|重|是|，)/g;

/** 市人民政府设立…奖, 省人民政府设立…奖, the government alone as the subject (not after 和 or 、). */
const REGION_AWARD = /(?<![和、])(市|省)人民政府设立([\u4e00-\u9fff]{2,8}奖)(?![\u4e00-\u9fff])/g;

/** The longest name in the document that ends in `name` (no 的, joiners or punctuation): 保护名录 → 某某保护名录. */
function longestNameEnding(text: string, name: string): string {
  let best = name;
  for (const m of text.matchAll(new RegExp(`[\\u4e00-\\u9fff]{1,12}${name}`, 'g'))) {
    // (Session 36: a run across a verb of dividing is a clause, 山体保护名录分为重点保护名录: not a name.)
    if (/分为|包括/.test(m[0].slice(0, -name.length))) continue;
    const cand = m[0].replace(/^.*[的和或及与统一建立编制列入]/, '');
    if (cand.length > best.length && cand.endsWith(name)) best = cand;
  }
  return best;
}

/** Every zone a drawing cue makes in a document (the last document's, kept: units of one document are read in turn). */
let zonesOf = { text: '', zones: [] as string[] };
function documentZones(text: string, lexicon: Lexicon): string[] {
  if (zonesOf.text !== text) zonesOf = { text, zones: zoneScan(text, 0, text.length, lexicon, true).map((h) => h.canonical) };
  return zonesOf.zones;
}

/** National heritage designations a regulation manages (session 36, option lawHeritageDesignations; designations.txt `heritage`):
 *  文物保护单位, 历史建筑, 历史文化街区, 历史文化名城/名镇/名村 at a mention whose sentence holds a duty (DUTY_WORD: 属于文物保护单位、
 *  历史建筑的，应当…), unless the clause it stands in holds a kind of place or a body (`placeMate`) or a plan word follows it
 *  (`heritageAfter`). A compressed coordination (历史文化名城、名镇、名村; 历史文化名镇名村) names each designation. */
export function heritageHits(text: string, from: number, to: number, lexicon: Lexicon): DictHit[] {
  const { heritage, placeMates, heritageAfter } = lexicon.designations;
  const hits: DictHit[] = [];
  const span = text.slice(from, to);
  for (const word of heritage) {
    for (let at = span.indexOf(word); at >= 0; at = span.indexOf(word, at + 1)) {
      let end = at + word.length;
      if (heritageAfter.some((w) => span.startsWith(w, end))) continue;
      const s0 = Math.max(span.lastIndexOf('。', at), span.lastIndexOf('；', at), span.lastIndexOf('\n', at)) + 1;
      const stops = ['。', '；', '\n'].map((c) => span.indexOf(c, end)).filter((x) => x >= 0);
      const sentence = span.slice(s0, stops.length ? Math.min(...stops) : span.length);
      // (Session 38: the act that confers it counts as a duty does: 未公布为文物保护单位或者文物保护点的建筑物 …可以确定公布为历史建筑.)
      if (!DUTY_WORD.test(sentence) && !HERITAGE_CONFERRED.test(span.slice(s0, at))) continue;
      // The clause it stands in (a list of places or bodies is one clause: 在风景名胜区、自然保护区、历史文化街区内).
      const clause = /[^，。；：\n]*$/.exec(span.slice(s0, at))![0] + word + /^[^，。；：\n]*/.exec(span.slice(end))![0];
      if (placeMates.some((w) => clause.includes(w))) continue;
      // The item listed right before it must be a designation too (heritageMate), else the list is of resources or works.
      const prev = /(、|和|及|以及|或者|或)$/.exec(span.slice(Math.max(s0, at - 3), at));
      if (prev) {
        const item = /[^、，。；：\n和及或的]*$/.exec(span.slice(s0, at - prev[0].length))![0];
        if (![...heritage, ...lexicon.designations.heritageMates].some((w) => item.endsWith(w))) continue;
      }
      hits.push({ type: 'Programme', canonical: word, start: from + at, end: from + end });
      // 历史文化名城、名镇、名村, 历史文化名镇名村: the compressed parts.
      if (word.startsWith('历史文化名')) {
        for (let m = /^、?名([城镇村])/.exec(span.slice(end)); m; m = /^、?名([城镇村])/.exec(span.slice(end))) {
          const k = from + end + m[0].length - 2;
          hits.push({ type: 'Programme', canonical: `历史文化名${m[1]}`, start: k, end: k + 2 });
          end += m[0].length;
        }
      }
    }
  }
  return hits;
}

/** Control lines a planning body draws (session 36, option lawControlLines; designations.txt `line`, `lineCue`): the two
 *  characters before 绿线/蓝线/紫线/黄线 name the line (城市绿线, 山体绿线), at a mention whose sentence holds a duty or a cue that
 *  draws it (划定城市蓝线; 在城市蓝线范围内，不得…). */
export function lineHits(text: string, from: number, to: number, lexicon: Lexicon): DictHit[] {
  const { lines, lineCues } = lexicon.designations;
  const hits: DictHit[] = [];
  const span = text.slice(from, to);
  for (const word of lines) {
    for (let at = span.indexOf(word); at >= 2; at = span.indexOf(word, at + 1)) {
      const head = span.slice(at - 2, at);
      if (!/^[\u4e00-\u9fff]{2}$/.test(head) || /[的各类和及或与在将对]/.test(head)) continue;
      // 不得减少绿线: after a modal or a negation the two characters are a verb, no name.
      if (/(不得|应当|必须|禁止|擅自|不|可以|予以)$/.test(span.slice(Math.max(0, at - 4), at - 2))) continue;
      const end = at + word.length;
      const s0 = Math.max(span.lastIndexOf('。', at), span.lastIndexOf('；', at), span.lastIndexOf('\n', at)) + 1;
      const stops = ['。', '；', '\n'].map((c) => span.indexOf(c, end)).filter((x) => x >= 0);
      const sentence = span.slice(s0, stops.length ? Math.min(...stops) : span.length);
      if (!DUTY_WORD.test(sentence) && !lineCues.some((c) => sentence.includes(c))) continue;
      hits.push({ type: 'Programme', canonical: head + word, start: from + at - 2, end: from + end });
    }
  }
  return hits;
}

/** The one monitoring network of its subject a body sets up (session 36, option lawMonitoringNetworks; designations.txt `network`,
 *  `networkCue`; gold decision of session 34): 国家建立健全艾滋病监测网络, 建立健全全省艾滋病监测网络 (全省 → the province). Not an
 *  item of a list (…、…监测网络, …监测网络、…), nor a work item (…监测网络建设). */
export function networkHits(text: string, from: number, to: number, lexicon: Lexicon, local: Record<string, string | undefined>): DictHit[] {
  const { networks, networkCues } = lexicon.designations;
  const hits: DictHit[] = [];
  if (!networks.length || !networkCues.length) return hits;
  const span = text.slice(from, to);
  // (Made once per pair of lexicon lists, memo.ts: issue 11, session 53; read by matchAll only.)
  const re = memoOnLists(lexicon, networkHits, [networks, networkCues], () => {
    const cues = [...networkCues].sort((a, b) => b.length - a.length).join('|');
    return new RegExp(`(?:${cues})(全省|全市|本省|本市)?([\\u4e00-\\u9fff]{2,10}?(?:${networks.join('|')}))(?![\\u4e00-\\u9fff、])`, 'g');
  });
  for (const m of span.matchAll(re)) {
    const lead = m[1] ?? '';
    const name = m[2]!;
    if (/[、和及与或的]/.test(name)) continue;
    const owner = lead ? local[lead.replace(/^全/, '').replace(/^本/, '')] : undefined;
    if (lead && !owner) continue;
    const end = from + m.index! + m[0].length;
    hits.push({ type: 'Programme', canonical: (owner ?? '') + name, start: end - name.length - lead.length, end });
  }
  return hits;
}

/** 国务院产品质量监督部门应当建立缺陷汽车产品召回信息管理系统，…; 建立健全本级应急管理信息系统; 本市建设统一的电子政务网络: an
 *  information system, platform or network named right after a verb that sets it up (designations.txt `systemCue`, with 本级, 统一的 or
 *  a region's 统一的 between) and ending its clause is the one system a body sets up (session 37, lawSetUpSystems; designations.txt
 *  `system`). Not in a clause that installs, encourages or leaves it to third parties (KIND_OF_SYSTEM), not a list item (、 or 和
 *  after it), and its name holds no 、, 和, 及, 或, 的. */
/** Where the last of `cues` inside `name` ends (0 when none is inside it, past its first character). */
function lastCueEnd(name: string, cues: string[]): number {
  let end = 0;
  for (const c of cues) {
    const at = name.lastIndexOf(c);
    if (at > 0 && at + c.length > end) end = at + c.length;
  }
  return end;
}

/** A hotline or system whose words before 热线/系统/平台 are all description words (designations.txt `systemGeneric` and
 *  `systemDescribed`): 政务服务便民热线, 领域信息系统 (session 43, lawDescribedSystems). */
function describedSystem(name: string, lexicon: Lexicon): boolean {
  const { systemGeneric, systemDescribed } = lexicon.designations;
  if (!systemDescribed.length || !/(热线|系统|平台)$/.test(name)) return false;
  // (Compiled once per pair of lists, memo.ts: it ran for every programme a law's suffix rules found.)
  const described = memoOnLists(systemDescribed, describedSystem, [systemDescribed, systemGeneric], () => {
    const words = [...systemDescribed, ...systemGeneric].sort((a, b) => b.length - a.length);
    return new RegExp(`^(?:${words.join('|')})+$`);
  });
  return described.test(name.slice(0, -2));
}

/** A name ending in a suffix org-patterns.txt marks `lawPlace` (…联盟): in a law it needs a region or national owner. */
function needsLawPlace(name: string, lexicon: Lexicon): boolean {
  if (!lexicon.lawPlaceSuffixes) return false;
  for (const p of lexicon.lawPlaceSuffixes) if (name.endsWith(p)) return true;
  return false;
}

/** A public body as the subject of a clause (session 43, lawCoordinatedSystems). */
const PUBLIC_BODY = /人民政府|部门|机关|机构|委员会/;

/** Session 45 (lawJoinedSystemFunctions): the one system a body builds 统一的, named by two functions joined by one 和 — 建设统一的
 *  财政科技投入信息管理和信息公开平台: the part before 和 ends in a function (管理, 咨询), not in a thing of its own (…制度和…系统,
 *  …平台和…平台, 测绘基准和测绘系统: two things set up). */
function oneJoinedSystem(name: string, lead: string, unified: string | undefined): boolean {
  if (lead || !unified || !/统一的$/.test(unified)) return false;
  const parts = name.split('和');
  if (parts.length !== 2 || /[、及或的]/.test(name) || parts[0]!.length < 2) return false;
  return !JOINED_THING.test(parts[0]!);
}
const JOINED_THING = /(平台|系统|网络|数据库|制度|体系|机制|基准|簿|库|中心|目录|名录|标准|规范)$/;

/** memo.ts keys of systemHits' regexes, with and without a coordinated second system. */
const SYSTEM_COORDINATED = {};
const SYSTEM_ALONE = {};

export function systemHits(text: string, from: number, to: number, lexicon: Lexicon, local: Record<string, string | undefined> = {}, coordinated = true, joined = true): DictHit[] {
  const { systems, systemCues, systemGeneric } = lexicon.designations;
  const hits: DictHit[] = [];
  if (!systems.length || !systemCues.length) return hits;
  const span = text.slice(from, to);
  // (The regexes made once per set of lexicon lists and `coordinated`, memo.ts, not per unit: issue 11, session 53. The global
  // one is read by matchAll only.)
  const { generic, re, whole } = memoOnLists(lexicon, coordinated ? SYSTEM_COORDINATED : SYSTEM_ALONE, [systems, systemCues, systemGeneric], () => {
    const generic = systemGeneric.length ? new RegExp(`^(?:${systemGeneric.join('|')})*$`) : undefined;
    const cues = [...systemCues].sort((a, b) => b.length - a.length).join('|');
    const heads = [...systems].sort((a, b) => b.length - a.length).join('|');
    // (Session 43, option lawCoordinatedSystems: the system may be followed by a second one the same verb sets up, ending the
    // clause — 建设治理货运车辆超限超载信息平台和技术监控网络，: the first is named; the second, by a description, is not read here.)
    const after = coordinated ? `(?=[，。；：\\n]|(?:和|及|以及)[\\u4e00-\\u9fff]{2,10}?(?:系统|平台|网络|数据库)(?=[，。；：\\n]))` : '(?=[，。；：\\n])';
    const re = new RegExp(`(?:${cues})(本级|(?:全国|全省|全市|全区|全县)?统一的)?(全省|全市|本省|本市)?([\\u4e00-\\u9fff]{2,14}?(?:${heads}))${after}`, 'g');
    return { generic, re, whole: new RegExp(`^[\\u4e00-\\u9fff]{2,}(?:${heads})$`) };
  });
  for (const m of span.matchAll(re)) {
    // (全市, 本省 before the name: the region's own system, 本市危险废物管理信息系统 → 北京市危险废物管理信息系统, as networkHits reads.)
    const lead = m[2] ?? '';
    let owner = lead ? local[lead.replace(/^全/, '').replace(/^本/, '')] : undefined;
    if (lead && !owner) continue;
    // (Session 41: the region as the subject right before the cue, 本市建立城市风貌保护名录, owns what it sets up, as 本市… before
    // the name does.)
    const subject = !lead && /(保护名录|资源目录)$/.test(m[3]!) ? /(?:^|[，。；：\s])(本市|本省)$/.exec(span.slice(Math.max(0, m.index! - 6), m.index!)) : null;
    if (subject) owner = local[subject[1].slice(1)];
    let name = m[3]!;
    // (Session 38: the regex takes the leftmost cue, so a cue word inside a body's name (市城乡建设行政主管部门建立…系统: 建设)
    // opened the name at the body; the name starts after the last cue it holds, the verb that sets the system up.)
    const inner = lastCueEnd(name, systemCues);
    if (inner > 0) {
      if (lead) continue;
      name = name.slice(inner);
      if (!whole.test(name)) continue;
    }
    if (/[、和及或的]/.test(name) && !(joined && oneJoinedSystem(name, lead, m[1]))) continue;
    // (Its words before the base word 系统, 平台, 网络 or 数据库: 电子|政务网络 is named by 政务, 电子信息|平台 by a description.)
    if (generic && generic.test(name.replace(/(系统|平台|网络|数据库)$/, ''))) continue;
    const start = from + m.index! + m[0].length - name.length - lead.length;
    const clause = text.slice(Math.max(0, start - 30), start).split(/[。；，\n]/).pop() ?? '';
    if (KIND_OF_SYSTEM.test(clause)) continue;
    // (A system coordinated with a second is read only where a public body sets them up: 企业应当建立信息化管理系统和电子追溯系统
    // is a kind of system every firm runs.)
    if (!/^[，。；：\n]/.test(span.slice(m.index! + m[0].length)) && !PUBLIC_BODY.test(clause)) continue;
    hits.push({ type: 'Programme', canonical: (owner ?? '') + name, start, end: start + lead.length + name.length });
  }
  return hits;
}

/** Session 44 (lawIssuedSchemes; designations.txt `issued`, `issuedCue`): a scheme a body issues to the market it steers, named
 *  right after the verb that issues it and ending its phrase — a guidance catalogue or a catalogue of results it publishes
 *  (发布产业技术指导目录、示范推广, 发布科技成果目录，) or a voucher it hands out (发放科技创新券或者直接补助): one programme of that
 *  body. A name holding a list word or 的 (发布…的…目录) is left alone. */
export function issuedHits(text: string, from: number, to: number, lexicon: Lexicon, shared = true, described = false): DictHit[] {
  const { issued, issuedCues } = lexicon.designations;
  const hits: DictHit[] = [];
  if (!issued.length || !issuedCues.length) return hits;
  const span = text.slice(from, to);
  // (Compiled once per pair of lists, not per unit: memoOnLists, as the other lexicon patterns.)
  const re = memoOnLists(lexicon, issuedHits, [issued, issuedCues], () => new RegExp(`(?:${issuedCues.join('|')})([\\u4e00-\\u9fff]{1,12}?(?:${[...issued].sort((a, b) => b.length - a.length).join('|')}))(?=[，。；：、\\n]|或者|或|和|及|等)`, 'g'));
  for (const m of span.matchAll(re)) {
    let name = m[1]!;
    // (Session 45: a cue inside the name, 通过组织发放体育健身消费券, is the verb that issues it; the name starts after it.)
    const inner = Math.max(0, ...issuedCues.map((c) => { const k = name.lastIndexOf(c); return k >= 0 ? k + c.length : 0; }));
    if (inner > 0) name = name.slice(inner);
    if (name.length < 3 || /[、和及或的]/.test(name)) continue;
    const start = from + m.index! + m[0].length - name.length;
    hits.push({ type: 'Programme', canonical: name, start, end: start + name.length });
  }
  if (described && span.includes('的')) {
    // (Session 47, lawIssuedDescribed: a description ending in 的 between the verb and the name — 定期公布本省优先发展的高新技术产业化
    // 重点领域指南 — says which fields the guide covers; the name starts after it, as the golds write it.)
    const desc = memoOnLists(lexicon, describedIssued, [issued, issuedCues], () => new RegExp(`(?:${issuedCues.join('|')})[\\u4e00-\\u9fff]{1,10}?的([\\u4e00-\\u9fff]{2,12}?(?:${[...issued].sort((a, b) => b.length - a.length).join('|')}))(?=[，。；：、\\n]|或者|或|和|及|等)`, 'g'));
    for (const m of span.matchAll(desc)) {
      const name = m[1]!;
      if (name.length < 4 || /[、和及或的]/.test(name) || issuedCues.some((c) => name.includes(c)) || issued.includes(name)) continue;
      const start = from + m.index! + m[0].length - name.length;
      if (hits.some((h) => h.start <= start && h.end >= start + name.length)) continue;
      hits.push({ type: 'Programme', canonical: name, start, end: start + name.length });
    }
  }
  if (shared && span.includes('、')) {
    // (Session 45, lawSharedIssuedHead: fields coordinated by 、 before one issued word — 编制共性技术、关键技术研究开发指南 — name
    // one guide of both fields, read whole with its 、. A field ending in an issued word of its own (发布…目录、…目录) is a scheme
    // of its own, and is left to the rule above.)
    const list = memoOnLists(lexicon, sharedIssuedHead, [issued, issuedCues], () => new RegExp(`(?:${issuedCues.join('|')})((?:[\\u4e00-\\u9fff]{2,8}、)+[\\u4e00-\\u9fff]{2,12}?(?:${[...issued].sort((a, b) => b.length - a.length).join('|')}))(?=[，。；：\\n]|或者|或|和|及|等)`, 'g'));
    for (const m of span.matchAll(list)) {
      const name = m[1]!;
      const fields = name.split('、');
      if (/[和及或的]/.test(name) || fields.slice(0, -1).some((f) => issued.some((w) => f.endsWith(w))) || issuedCues.some((c) => name.includes(c))) continue;
      const start = from + m.index! + m[0].length - name.length;
      hits.push({ type: 'Programme', canonical: name, start, end: start + name.length });
    }
  }
  return hits;
}

/** The memo key of the described pattern of issuedHits (session 47). */
function describedIssued(): void {}

/** The memo key of the coordinated-field pattern of issuedHits (session 45). */
function sharedIssuedHead(): void {}

/** Session 44 (lawZoneBodies; zone-bodies.txt): the management committee of a development zone named by its place (枣庄高新区管委会)
 *  is a body; zones coordinated by 、 before one committee word (漯河经济技术开发区、漯河市城乡一体化示范区、漯河市西城区管委会) are
 *  one body each, the committee word restored. Every zone must open with a region of the lexicon: 市属开发区管理委员会 names none. */
export function zoneBodyHits(text: string, from: number, to: number, lexicon: Lexicon, asWritten = false, coordinatedPlaces = false): DictHit[] {
  const { zones, bodies } = lexicon.zoneBodies ?? { zones: [], bodies: [] };
  const hits: DictHit[] = [];
  if (!zones.length || !bodies.length) return hits;
  const span = text.slice(from, to);
  const re = memoOnLists(lexicon, zoneBodyHits, [zones, bodies], () => {
    const z = [...zones].sort((a, b) => b.length - a.length).join('|');
    return new RegExp(`((?:[\\u4e00-\\u9fff]{2,16}?(?:${z})、)*[\\u4e00-\\u9fff]{2,16}?(?:${z}))(${[...bodies].sort((a, b) => b.length - a.length).join('|')})`, 'g');
  });
  // (A word inside a zone item that makes it a clause or another body: 青岛市人民政府可以委托西海岸新区…, 利津县人民政府和….)
  const stop = /政府|委员会|管委会|委托|应当|可以|的/;
  const named = (item: string) => {
    const p = regionPrefix(item, lexicon);
    const rest = p ? item.slice(p.form.length) : '';
    // (A zone the region lexicon lists itself, 漯河经济技术开发区, is named by its place too.)
    return !stop.test(item) && ((rest.length >= 2 && zones.some((h) => rest.endsWith(h))) || (!!p && !rest && zones.some((h) => p.form.endsWith(h) && p.form.length > h.length + 1)));
  };
  for (const m of span.matchAll(re)) {
    const body = m[2]!;
    const base = from + m.index!;
    // Items from the right, joined by 、 or 和/及 (濮阳市工业园区和濮阳市城乡一体化示范区管理委员会): each a whole named zone; the
    // leftmost kept may start inside its run at its place (由枣庄高新区…, 有关县人民政府、临沂蒙山旅游度假区…).
    const parts = m[1]!.split(/(、|和|及)/);
    const kept: { item: string; at: number }[] = [];
    let end = m[1]!.length;
    for (let k = parts.length - 1; k >= 0; k -= 2) {
      const part = parts[k]!;
      const at = end - part.length;
      if (named(part)) kept.unshift({ item: part, at });
      else {
        const open = [...part].findIndex((_, i) => i > 0 && named(part.slice(i)));
        if (open > 0) kept.unshift({ item: part.slice(open), at: at + open });
        break;
      }
      end = at - (parts[k - 1]?.length ?? 0);
    }
    // (Session 46, zoneCoordinatedPlaces: bare places coordinated before the leftmost zone, 郑州、洛阳、新乡国家高新技术产业开发区管理委员会,
    // share its zone word and committee, as coordinatedRegionHits reads 郑州、洛阳、新乡市人民政府: each must be a short form of a
    // region of the lexicon of the zone's place's level, the whole item, joined by 、 (和, 及 before the zone).)
    const first = kept[0];
    const p = first && coordinatedPlaces ? regionPrefix(first.item, lexicon) : undefined;
    if (first && p && first.item.length > p.form.length) {
      const zone = first.item.slice(p.form.length);
      let at = base + first.at;
      for (;;) {
        const j = /(、|和|及)$/.exec(text.slice(Math.max(from, at - 1), at))?.[1];
        if (!j) break;
        const item = /[\u4e00-\u9fff]{2,6}$/.exec(text.slice(Math.max(from, at - j.length - 6), at - j.length))?.[0];
        if (!item) break;
        let found = '';
        for (let k = 0; k <= item.length - 2 && !found; k++) {
          const q = regionPrefix(item.slice(k), lexicon);
          if (q && q.form === item.slice(k) && q.region !== p.region && q.region.level === p.region.level) found = q.form;
        }
        if (!found) break;
        const start = at - j.length - found.length;
        hits.push({ type: 'Organisation', canonical: found + zone + body, start, end: start + found.length, asWritten: asWritten || undefined });
        at = start;
        if (j !== '、') break;
      }
    }
    kept.forEach(({ item, at }, k) => {
      const last = k === kept.length - 1;
      hits.push({ type: 'Organisation', canonical: item + body, start: base + at, end: base + at + item.length + (last ? body.length : 0), asWritten: asWritten || undefined });
    });
  }
  return hits;
}

/** A level before a title (县级以上道德模范, 省级文明单位 …): the level of the body that confers it, no part of its name. */
const TITLE_LEVEL = /^(?:各级|县级以上|[国省市县区乡]级(?:以上|及以上)?)的?/;

/** Titles conferred (session 39): the names a body confers or a holder gets as a 称号 (designations.txt `title`), after a verb of
 *  conferring or getting it (`titleCue`: 授予, 获得, 评选 …) in the same clause — 授予“首都见义勇为好市民”称号, 获得最美家庭、道德模范、
 *  潮州好人等称号, 评选道德模范、文明市民、优秀志愿者等荣誉称号: each is an honorary title, a designation the state confers (the gold
 *  convention of session 23: designations and honorary titles). The holder (获得…称号的单位和个人) is no programme, nor a title
 *  named by a generic word only (授予荣誉称号, 相应称号: `titleGeneric`). A list not closed by 等 may name the holders before the
 *  title (授予外国人、华侨…荣誉市民称号): it is read only when no item names persons (…人, …人士, …人员). */
export function titleHits(text: string, from: number, to: number, lexicon: Lexicon): DictHit[] {
  const { titleCues, titles, titleGeneric, titleStops } = lexicon.designations;
  const hits: DictHit[] = [];
  if (!titleCues.length || !titles.length) return hits;
  const span = text.slice(from, to);
  for (const title of titles) {
    for (let at = span.indexOf(title); at >= 0; at = span.indexOf(title, at + 1)) {
      const clause = /[^，。；：！？\n]{0,40}$/.exec(span.slice(0, at))![0];
      let cueEnd = -1;
      for (const c of titleCues) {
        const k = clause.lastIndexOf(c);
        if (k >= 0 && k + c.length > cueEnd) cueEnd = k + c.length;
      }
      if (cueEnd < 0) continue;
      const runStart = at - clause.length + cueEnd;
      let run = span.slice(runStart, at);
      // 由授予单位取消其荣誉称号: another verb or an anaphor between the cue and the title (`titleStop`) — the cue is not its verb.
      if (titleStops.some((w) => run.includes(w)) || run.startsWith('者')) continue; // (称号获得者: the cue is part of a noun)
      const generic = (s: string) => titleGeneric.some((g) => s.endsWith(g) && s.length <= g.length + 2) || s.length === 0;
      let closed = false;
      let described = false;
      for (;;) {
        const g = titleGeneric.find((w) => run.endsWith(w) && run.length > w.length);
        if (run.endsWith('等')) { run = run.slice(0, -1); closed = true; continue; }
        if (g && !/[”」]$/.test(run)) { run = run.slice(0, -g.length); described = true; continue; }
        break;
      }
      // 授予见义勇为荣誉称号, 爱国卫生荣誉称号, 授予企业或者经营者荣誉称号: a bare word before 荣誉称号 says what the honour is for or
      // who holds it; a title is quoted (授予“…”荣誉称号) or listed (…等荣誉称号).
      if (described && !closed && !/”$/.test(run)) continue;
      const lead = TITLE_LEVEL.exec(run)?.[0] ?? '';
      const items = run.slice(lead.length).split(/(、|或者|和|及|以及)/);
      const names = items.filter((_, i) => i % 2 === 0);
      if (!names.length || names.some((n) => generic(n))) continue;
      if (names.length > 1 && !closed && names.some((n) => /(人|人士|人员|侨)$/.test(n.replace(/[“”]/g, '')))) continue;
      let pos = from + runStart + lead.length;
      for (let i = 0; i < items.length; i++) {
        const item = items[i]!;
        if (i % 2 === 0) {
          const name = item.replace(/^“|”$/g, '');
          const ok = /^[\u4e00-\u9fff]{3,14}$/.test(name) && !/的/.test(name) && !titleGeneric.includes(name);
          if (ok) hits.push({ type: 'Programme', canonical: name, start: pos, end: pos + item.length });
        }
        pos += item.length;
      }
    }
  }
  return hits;
}

/** The memo key of designatedUnitHits's 认定为 pattern (session 54). */
const DETERMINED_AS = {};

/** Designated units (session 39): the name a body designates a unit *as* (designations.txt `unitCue`: 指定…作为, a `unitHead` ending it)
 *  — 卫生健康主管部门应当指定具备条件的医疗机构作为艾滋病临床指导医疗机构: a designation the body confers on units of a kind, a
 *  designated facility network (the gold convention of session 23), not a named organisation. The unit designated (医疗机构) is a
 *  kind of body and no name; a name of description words only (指定的医疗机构) is none. */
export function designatedUnitHits(text: string, from: number, to: number, lexicon: Lexicon, determinedAs = false): DictHit[] {
  const { unitCues, unitAs, unitHeads, unitDetermines } = lexicon.designations;
  const hits: DictHit[] = [];
  if (!unitCues.length || !unitAs.length || !unitHeads.length) return hits;
  const span = text.slice(from, to);
  // Session 54 (helper extract2; options.ts lawDeterminedAsUnits): the name a body determines a unit as, right after `unitDetermine`
  // and 为 (有关主管部门应当根据申请将其认定为基本医疗保险定点医疗机构, promotion3's 浙江 第四十四条; 认定为工程技术研究中心 in the free
  // mirror's 上海 促进中小企业发展条例), as after 指定…作为: the designation, ending in a `unitHead`.
  if (determinedAs && unitDetermines.length && span.includes('为')) {
    const as = memoOnLists(lexicon, DETERMINED_AS, [unitDetermines, unitHeads], () =>
      new RegExp(`(?:${unitDetermines.join('|')})为([\\u4e00-\\u9fff]{4,16}?(?:${unitHeads.join('|')}))(?![\\u4e00-\\u9fff])`, 'g'),
    );
    for (const m of span.matchAll(as)) {
      const name = m[1]!;
      if (name.includes('的')) continue;
      const start = from + m.index! + m[0].length - name.length;
      hits.push({ type: 'Programme', canonical: name, start, end: start + name.length });
    }
  }
  if (!unitCues.some((c) => span.includes(c))) return hits;
  const re = memoOnLists(lexicon, designatedUnitHits, [unitCues, unitAs, unitHeads], () =>
    new RegExp(`(?:${unitCues.join('|')})[^，。；：\\n]{0,16}?(?:${unitAs.join('|')})([\\u4e00-\\u9fff]{4,16}?(?:${unitHeads.join('|')}))(?![\\u4e00-\\u9fff])`, 'g'),
  );
  for (const m of span.matchAll(re)) {
    const name = m[1]!;
    if (name.includes('的')) continue;
    const start = from + m.index! + m[0].length - name.length;
    hits.push({ type: 'Programme', canonical: name, start, end: start + name.length });
  }
  return hits;
}

/** A kind of unit a body determines by a mark of distinction (session 40, designations.txt `unitDetermine`, `unitMark`, `unitKind`,
 *  `unitList`, `unitOpener`): each marked item of the list after 认定的/确定的/确认的 (省人民政府确定的重点乡镇企业; 认定的科技企业或高新
 *  技术企业; 确认的大中型、科技进步型企业 → 科技进步型企业), and a key unit before 名录 (重点排污单位名录 → 重点排污单位). */
export function determinedUnitHits(text: string, from: number, to: number, lexicon: Lexicon, defined = false, applied = false): DictHit[] {
  const { unitDetermines, unitMarks, unitKinds, unitLists, unitOpeners, unitApplies } = lexicon.designations;
  const hits: DictHit[] = [];
  if (!unitDetermines.length || !unitMarks.length || !unitKinds.length) return hits;
  const span = text.slice(from, to);
  if (!unitKinds.some((k) => span.includes(k))) return hits;
  const { determined, listed, opener } = memoOnLists(lexicon, determinedUnitHits, [unitDetermines, unitKinds, unitLists, unitOpeners], () => ({
    determined: new RegExp(`(?:${unitDetermines.join('|')})的((?:[\\u4e00-\\u9fff]{2,12}?(?:、|或者|或|和))*[\\u4e00-\\u9fff]{2,12}?(?:${unitKinds.join('|')}))(?![\\u4e00-\\u9fff]{0,2}(?:的|名录|之间|所在|负责))`, 'g'),
    listed: unitLists.length ? new RegExp(`(重点[\\u4e00-\\u9fff]{2,8}?(?:${unitKinds.join('|')}))(?:${unitLists.join('|')})`, 'g') : undefined,
    opener: unitOpeners.length ? new RegExp(`^(?:${unitOpeners.join('|')})+`) : undefined,
  }));
  const push = (name: string, end: number) => {
    const bare = opener ? name.replace(opener, '') : name;
    // A key mark inside a longer name cuts it where the key unit is named whole (排放大气污染物重点排污单位 → 重点排污单位).
    const key = bare.indexOf('重点');
    const canonical = key > 0 && bare.length - key >= 6 ? bare.slice(key) : bare;
    // The mark opens the name: after a field it marks the head only (消防安全重点单位, 治安保卫重点单位: the units a regulator watches
    // in that field, classes of regulated units as the fire family's gold reads them), no designation.
    if (canonical.length < 4 || canonical.includes('的') || !unitMarks.some((m) => canonical.startsWith(m))) return;
    hits.push({ type: 'Programme', canonical, start: end - canonical.length, end });
  };
  // A list of units ending a match (m[1], the match's last group): each item that ends in a head of its own.
  const pushItems = (m: RegExpMatchArray) => {
    let at = from + m.index! + m[0].length - m[1]!.length;
    for (const item of m[1]!.split(/、|或者|或|和/)) {
      const end = at + item.length;
      // (An item with no head of its own shares the last one's: 大中型、科技进步型企业; only items ending in a head are read.)
      if (unitKinds.some((k) => item.endsWith(k))) push(item, end);
      at = end + (text.slice(end).match(/^(、|或者|或|和)/)?.[0].length ?? 0);
    }
  };
  for (const m of span.matchAll(determined)) pushItems(m);
  if (listed) for (const m of span.matchAll(listed)) push(m[1]!, from + m.index! + m[1]!.length);
  // (Session 46, lawDefinedDesignations: a marked kind of unit the text defines by the act that confers it, 本条例所称的高新技术企业，是指按照
  // 国家规定认定并取得高新技术企业证书的企业, is that designation, as after 认定的.)
  if (defined) {
    const re = memoOnLists(lexicon, definedUnit, [unitDetermines, unitKinds], () => new RegExp(`所称的?([\u4e00-\u9fff]{2,12}?(?:${unitKinds.join('|')}))，是指[^。；]{0,30}?(?:${unitDetermines.join('|')})`, 'g'));
    for (const m of span.matchAll(re)) push(m[1]!, from + m.index! + m[0].indexOf('，'));
  }
  // (Session 46 helper extract3, lawAppliedDesignations: the marked kinds right after a verb by which a firm applies for one or a body
  // certifies it, 申报高新技术企业、专精特新中小企业, 认定高新技术企业的条件, or between 对 and 进行认定: 对高新技术企业进行认定. The list
  // must end the phrase — punctuation, 的, 资格, 称号, 等 or 进行 after it — so 申请科技企业孵化器 names no unit.)
  if (applied && unitApplies.length) {
    const re = memoOnLists(lexicon, appliedUnit, [unitApplies, unitDetermines, unitKinds], () => new RegExp(`(?:(?:${unitApplies.join('|')})|对)((?:[\u4e00-\u9fff]{2,12}?(?:、|或者|或|和))*[\u4e00-\u9fff]{2,12}?(?:${unitKinds.join('|')}))(?=[，。；、：）\n]|的|资格|称号|等|进行(?:${unitDetermines.join('|')}))`, 'g'));
    const certified = new RegExp(`^进行(?:${unitDetermines.join('|')})`);
    for (const m of span.matchAll(re)) {
      // (After 对 the name must be what is certified: 对…进行认定 only.)
      if (m[0].startsWith('对') && !certified.test(span.slice(m.index! + m[0].length))) continue;
      pushItems(m);
    }
  }
  return hits;
}

/** The memo key of the defined-designation pattern of determinedUnitHits (session 46). */
function definedUnit(): void {}

/** The memo key of the applied-designation pattern of determinedUnitHits (session 46, helper extract3). */
function appliedUnit(): void {}

/** A system whose building a body must push on (session 39): 推进停车诱导信息化系统建设 — a `systemWork` verb, the name, then 建设, the
 *  name ending in 系统 (six characters at least, no 的 or list joiner), not named by description words only (systemGeneric): the
 *  one concrete system of the duty (gold convention of session 23), as a system a body sets up is. A platform or network (推进科技
 *  创新平台建设, 推进…网络建设) is left out: a work item on a kind of facility (the guideline's descriptive work items); so is a system
 *  pushed on with no duty in its sentence (an item of a list of measures). */
export function workSystemHits(text: string, from: number, to: number, lexicon: Lexicon, local: Record<string, string | undefined>): DictHit[] {
  const { systemWorks, systemGeneric } = lexicon.designations;
  const hits: DictHit[] = [];
  if (!systemWorks.length) return hits;
  const span = text.slice(from, to);
  if (!span.includes('系统建设')) return hits;
  const { generic, re } = memoOnLists(lexicon, workSystemHits, [systemWorks, systemGeneric], () => ({
    generic: systemGeneric.length ? new RegExp(`^(?:${systemGeneric.join('|')})*$`) : undefined,
    re: new RegExp(`(?:${systemWorks.join('|')})(本市|本省|全市|全省)?([\\u4e00-\\u9fff]{4,16}?系统)建设`, 'g'),
  }));
  for (const m of span.matchAll(re)) {
    const name = m[2]!;
    if (/[的和及与或、]/.test(name) || (generic && generic.test(name.replace(/系统$/, '')))) continue;
    // A body's duty in the sentence (应当…推进…): an item of a list of measures (（四）推进…系统建设) is a work item of a list, as
    // session 34 read randomq's lists of networks to improve.
    if (!/应当|必须|负责/.test(span.slice(0, m.index!).split(/[。；\n]/).pop()!)) continue;
    const owner = m[1] ? local[m[1].replace('全', '本')] : undefined;
    const start = from + m.index! + m[0].length - 2 - name.length;
    hits.push({ type: 'Programme', canonical: (owner ?? '') + name, start, end: start + name.length });
  }
  return hits;
}
