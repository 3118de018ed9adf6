// Extract stage: a structured document → entity mentions, cited documents and numeric targets,
// each with the unit it sits in and its span. Pure apart from jieba's loaded dictionary.
import type { Lexicon } from '../lexicon/load.js';
import type { StructuredDoc } from '../structure/types.js';
import { pairedStatusHits } from './groups.js';
import { compressedTalentHits } from './compressed-groups.js';
import { regionSetUpHits } from './region-set-up.js';
import { ownJoinedCommitteeHits, regionSetUpCommitteeHits } from './set-up-committees.js';
import { nationalListHits, regionCompiledListHits, regionPlatformWorkHits } from './region-lists.js';
import { abstractExchangePlatform, bracketedKind, encouragedSetUpOrgs } from './kind-names.js';
import { rewardedStaffHits } from './rewarded-staff.js';
import { builtSiteHits } from './built-sites.js';
import { tieredSystemHits } from './tiered-systems.js';
import { ownGuidanceCommitteeHits } from './guidance-committees.js';
import { compressedStaffHits } from './compressed-staff.js';
import { fieldStudentHits } from './field-students.js';
import { unifiedChannelHits } from './discover.js';
import { HEAD_PATH, type Extraction, type Mention } from './types.js';
import { coordinatedRegionHits, dictionary, dictionaryHits, localOwners, regionBoundHits, type DictHit } from './dictionary.js';
import { procurementListHits } from './procurement-lists.js';
import { issuedMateHits } from './issued-mates.js';
import { unifiedFunctionHits } from './unified-functions.js';
import { categoryMateHits } from './category-mates.js';
import { wonAwardHits } from './won-awards.js';
import { guidedBuilder } from './guided-builders.js';
import { boundPlatformHits } from './bound-platforms.js';
import { cityLevelSystemHits } from './city-level-systems.js';
import { enumerationHits, lawSubject, quotedHits, recurringHits, dutyZoneHits, listedZoneHits, rangeZoneHits, conferredHits, announcedHits, heritageHits, lineHits, networkHits, systemHits, campaignTitleHits, channelSystemHits, issuedHits, gradedHits, namedNationalZoneHits, namedNationalCentreHits, researchBaseHits, shortFreeTradeZoneHits, builtPlatformHits, zoneBodyHits, systemEntryHits, regionAwardHits, suffixHits, titleHits, designatedUnitHits, determinedUnitHits, workSystemHits } from './discover.js';
import { scanCitations } from './citations.js';
import { findTargets, leadDeadline } from './targets.js';
import { resolveOverlaps, type SourcedHit } from './resolve.js';
import { GROUP_TEAMS, segmenter, splitFused } from './segment.js';
import { canonicalEntity, lexiconEntry, specialistInfix } from './canonical.js';
import { householdConditionsOnly } from './household-conditions.js';
import { groupKinHits } from './kin-groups.js';
import { schoolCoordinationHits } from './school-coordinations.js';
import { inKindList, inPlaceList, insideBodyName, insideFacilityName, nameClause, platformClass } from './clauses.js';
import { needsMetHits } from './needs-met.js';
import { listedBrandHits } from './listed-brands.js';
import { servedGuardianHits } from './served-guardians.js';
import { servedObjectHits } from './served.js';
import { economicRoleHits } from './economic-roles.js';
import { obligedLearnerHits } from './obliged-learners.js';
import { trainedObjectHits } from './trained-objects.js';
import { regimePlatformHits } from './regime-platforms.js';
import { facilityNetworkHits } from './facility-networks.js';
import { createdTitleHits, listKindTail, namedSiteHits } from './named-sites.js';
import { trainedAfterFollower } from './groups.js';
import { regimeHeadMentions } from './regime-heads.js';
import { roleFrameMentions } from './role-frames.js';
import { agentsOnlyMentioned, bracketedCoordinations, carersUnserved, definiensOnly, followedByNonGroup, offenceOnly, partyListed, modifiedGroups, residentsOnlyMentioned, roleGroups, staffOnly, standardOnly, sharedJuveniles, stateOrganStaffHits, obligedOnlyGroups, unservedWorkerMentions } from './groups.js';
import { cutCoordinated, definedGroups, definedHits, definedKinds } from './definitions.js';
import { extractOptions, type ExtractOptions } from './options.js';
import { memoOnLists } from './memo.js';
import { maskDeleted } from '../structure/deletions.js';

export type { Extraction, Mention, Citation, ExtractedTarget } from './types.js';
export { HEAD_PATH } from './types.js';
export { DEFAULT_EXTRACT_OPTIONS, extractOptions, type ExtractOptions } from './options.js';

/** jieba tags of the words that carry a measure's content: nouns, verbs, names, idioms. */
export const CONTENT_TAGS = /^(n|v|vn|nz|nt|ns|tg|j|l|eng)/;

/** CONTENT_TAGS' verdict per tag, the regex asked once per tag (jieba has a few dozen), and the words it keeps in
 *  one pass (session 26, perf: the regex run on every token of every unit was the extract stage's hottest line). */
const contentTag = new Map<string, boolean>();
function contentWords(tokens: { word: string; tag: string }[]): string[] {
  const out: string[] = [];
  for (const t of tokens) {
    if (t.word.length < 2) continue;
    let ok = contentTag.get(t.tag);
    if (ok === undefined) contentTag.set(t.tag, (ok = CONTENT_TAGS.test(t.tag)));
    if (ok) out.push(t.word);
  }
  return out;
}

/** Before a bare body name: a quantifier or an administrative type makes it a class (各级工会,
 *  全省科协, 县级以上妇联, 各市（州）科协, 副省级城市科协, 上海等地科协). */
/** 共建…产学研战略联盟等方式, 建立产业技术创新战略联盟等形式: a body named last in a list of the forms a cooperation may take is one
 *  of those forms, no body (session 44, lawCooperationForms). */
const COOPERATION_FORM = /^(?:、[^，。；：、\n等]{2,14})*等[^，。；：、\n等]{0,6}?(?:方式|形式|模式)/;
/** Session 47 (lawModeProgrammes): a programme found by its suffix as the object of 通过建设 / 采取设立 … in a list closed by 等方式
 *  (通过建设数字文化创意产业试验区等方式，推进…): one mode among others the text leaves open, a kind, no programme set up. */
const MODE_OPEN = /(?:通过|采取|采用)(?:建设|设立|建立|培育|打造)[^，。；：\n]{0,30}$/;
const MODE_CLOSE = /^(?:、[^，。；：、\n等]{2,14})*等[^，。；：、\n等]{0,6}?(?:方式|形式|模式|途径)/;
/** 市、县, 省、市、县, 县、乡: a list of levels (its brackets already cut: 市、县（区） → 市、县). */
const LEVEL_LIST = /(?:省|市|县|区|乡|镇)(?:[、和](?:省|市|县|区|乡|镇))+$/;
/** A level and 属 (市属, 省属, 县属, 区属): what that level owns, a kind (市属国有企业, 市属高等职业学校, 市属开发区管理委员会; session 56). */
const LEVEL_OWNED = /^(?:省|市|县|区|州|部)属/;
const QUANTIFIED = /(各级|各|以上|地方|全省|全市|全区|全县|基层|同级|上级|下级|本级|有关|省|市|县|区|州|旗|城市|自治区|直辖市|地|乡|镇|村)$/;
/** After it: the name used as a modifier (科协组织, 工会干部, 共青团系统, 科协“…”), or a document number. */
const ATTRIBUTIVE = /^(组织|系统|骨干|工作|干部|机构|会员|主席|经费|章程|代表|“|发〔|〔)/;

/** A bare body name (工会, 科协, 妇联) names the organisation when it is neither a class nor a
 *  modifier: it stands before punctuation, a conjunction, 的 or a verb (工会应当…, 工会、共青团…). */
function bareBody(text: string, h: DictHit, tokens: { word: string; tag: string; start: number }[], everyLevel = false, levelList = false): boolean {
  const before = text.slice(Math.max(0, h.start - 12), h.start).replace(/[（(][^）)]*[）)]$/, '');
  // A people's organisation after 各级 in a regulation (everyLevel: the caller's test) is the organisation (session 32), and
  // after a list of levels (市、县（区）…: session 44, levelList).
  if (QUANTIFIED.test(before) && !(everyLevel && (before.endsWith('各级') || (levelList && LEVEL_LIST.test(before))))) return false;
  if (ATTRIBUTIVE.test(text.slice(h.end, h.end + 2))) return false;
  const next = tokens.find((t) => t.start === h.end);
  return !next || /^(v|d|p|c|u|r|x|w|f)/.test(next.tag) || !/[\u4e00-\u9fff]/.test(next.word);
}

/** Made once per lexicon (they were made per document: a regex of every body suffix compiled per
 *  call was an item of the issue 11 profile). */
interface PerLexicon {
  /** A body word right after a group noun (居民委员会, 青少年宫). */
  bodyAfter: RegExp;
  /** Every tail of every end word by type: a hit is an end word when its text ends one of them. */
  endTails: Partial<Record<string, Set<string>>>;
}

function perLexicon(lexicon: Lexicon): PerLexicon {
  return memoOnLists(lexicon, perLexicon, [lexicon.orgSuffixes, lexicon.govSuffixes, lexicon.groupSuffixes], () => {
    // (学校, session 29, read on the spent randomo-heldout's 浙江 义务教育 条例: 盲人学校 is a school, no blind persons served.)
    const bodyAfter = new RegExp(`^(${[...lexicon.orgSuffixes, ...lexicon.govSuffixes, '宫', '机构', '福利', '代表大会', '组织', '学校'].sort((a, b) => b.length - a.length).join('|')})`);
    // x.endsWith(w) for some x ⇔ w is one of the tails of some x (the empty one included).
    const tails = (xs: string[]) => {
      const set = new Set<string>();
      for (const x of xs) for (let k = 0; k <= x.length; k++) set.add(x.slice(k));
      return set;
    };
    return { bodyAfter, endTails: { Organisation: tails([...lexicon.orgSuffixes, ...lexicon.govSuffixes]), TargetGroup: tails(lexicon.groupSuffixes) } };
  });
}

export function extract(whole: StructuredDoc, lexicon: Lexicon, over: Partial<ExtractOptions> = {}): Extraction {
  // Text a later revision deleted (structure/deletions.ts) is read as blank: nothing found there, every span unchanged.
  const masked = maskDeleted(whole.text, whole.units);
  const doc = masked === whole.text ? whole : { ...whole, text: masked };
  const { text } = doc;
  const options = extractOptions(over);
  const dict = dictionary(lexicon);
  const cut = segmenter(lexicon);
  // The history lines (adoption, approval, amendment) are no measure, but the bodies and the
  // amendment decisions they name are the document's: read them as one more unit whose facts
  // belong to the document itself (path HEAD_PATH, provenance = the span in the history lines).
  const units = doc.headSpan ? [...doc.units, { path: HEAD_PATH, span: doc.headSpan }] : doc.units;
  const subject = lawSubject(doc.title, lexicon);
  const local = localOwners(doc.region, lexicon);

  const { bodyAfter, endTails } = perLexicon(lexicon);
  const candidates: SourcedHit[] = [];
  /** Starts of bare body names used as a class or a modifier (各级工会, 科协系统). */
  const notBodies = new Set<number>();
  // A lexicon name that is also the last word of longer names (科协, 工会, 妇联: bare, they name the
  // organisation) does not mark where a name starts: 新疆生产建设兵团科协 is found by suffix.
  // Likewise a group noun that kind modifiers extend (劳动者 → 农业劳动者, 民兵 → 基干民兵).
  // (Organisation: orgSuffixes and govSuffixes; TargetGroup: groupSuffixes; as sets of their tails.)
  const isEndWord = (h: DictHit) => endTails[h.type]?.has(text.slice(h.start, h.end)) ?? false;
  const words: Record<string, string[]> = {};
  // The kinds of person the text defines (本法所称X是指…的公民) are target groups wherever they stand.
  const defined = doc.genre === 'regulation' ? definedGroups(text, doc.units, lexicon) : [];
  // Word starts and ends of the unit being read, one bit each per position of the text (positions); one array for the
  // document rather than two per unit (issue 11, session 45: their allocation was a tenth of extract's own time).
  const marks = new Uint8Array(text.length + 1);
  // The candidates overlapping the unit being read (categoryMates, lawServedObjects, lawTrainedObjects): those the unit's rules
  // added, read from `unitFrom` on, when every candidate of the earlier units ends at or before the unit's start (`endBefore`,
  // their largest end); otherwise (a unit inside another's span: the history lines) every candidate, as before. Each of the
  // three filtered the whole document's candidates once per unit (issue 11, session 53: the extract stage's third hottest line).
  let unitFrom = 0;
  let endBefore = -Infinity;
  const inUnit = (s: number, e: number, keep: (c: SourcedHit) => boolean = () => true) => {
    const out: SourcedHit[] = [];
    for (let k = endBefore <= s ? unitFrom : 0; k < candidates.length; k++) {
      const c = candidates[k]!;
      if (keep(c) && c.end > s && c.start < e) out.push(c);
    }
    return out;
  };
  for (const u of units) {
    const [s, e] = u.span;
    for (let k = unitFrom; k < candidates.length; k++) if (candidates[k]!.end > endBefore) endBefore = candidates[k]!.end;
    unitFrom = candidates.length;
    const add = (hits: readonly DictHit[], rank: number) => candidates.push(...hits.map((h) => ({ ...h, rank })));
    const tokens = cut(text.slice(s, e), s);
    words[u.path] = contentWords(tokens);
    // A lexicon name must end where a word ends: 农业农村部 is not in 农业农村部门.
    const wordEnds = positions(marks, END, tokens.map((t) => t.start + t.word.length), s, e);
    const dictHits = [...dictionaryHits(text, s, e, dict), ...definedHits(text, [{ span: [s, e] }], defined)]
        .filter((h) => wordEnds.has(h.end) || /[”》]/.test(text[h.end - 1]))
        // 人力资源和社会保障部门: a ministry's name before 门 is the department of every level (session 17).
        .filter((h) => !(h.type === 'Organisation' && text[h.end - 1] === '部' && text[h.end] === '门'))
        // 被执行人, 执行人: 行人 after 执 is the tail of 执行人, no pedestrians (session 22, read on the dev set random).
        .filter((h) => !(h.type === 'TargetGroup' && text.slice(h.start - 1, h.start + 1) === '执行'))
        // 科学家精神 is a spirit, not scientists.
        // 首席科学家负责制: a post's rank word before the noun makes it one person's post (session 47, groupPostTitles; group-posts.txt).
        .filter((h) => !(h.type === 'TargetGroup' && options.groupPostTitles && lexicon.groupPosts.some((p) => text.endsWith(p, h.start))))
        .filter((h) => !(h.type === 'TargetGroup' && text.startsWith('精神', h.end)))
        // 居民委员会, 妇女联合会, 青少年宫: a population word naming a body or facility is no target.
        .filter((h) => !(h.type === 'TargetGroup' && bodyAfter.test(text.slice(h.end, h.end + 6))))
        // 公务员考录, 村民会议, 城乡居民最低生活保障: the group noun qualifies a procedure, meeting or scheme
        // (group-followers.txt).
        .filter((h) => !(h.type === 'TargetGroup' && followedByNonGroup(text, h.end, lexicon) && !(options.groupFollowerTrained && trainedAfterFollower(text, h.end, lexicon))))
        // 华侨民族宗教事务委员会, 公务员管理、…等部门: a group word inside a body's name or field (session 36, groupInBodyName).
        .filter((h) => !(h.type === 'TargetGroup' && options.groupInBodyName && insideBodyName(text, h.start, h.end, lexicon, options.groupInBodyField)))
        // 联合建立学生实习实践培训基地: a group word opening a facility's name (session 43, groupInFacilityName).
        .filter((h) => !(h.type === 'TargetGroup' && options.groupInFacilityName && insideFacilityName(text, h.start, h.end, lexicon, options.groupInFacilityList, options.groupInFacilityJoined)))
        // 普通中小学, 民办中小学、幼儿园: in a law a school level qualified by its kind or listed beside other
        // schools names the schools; elsewhere (面向全省中小学, 编入中小学教材) it means their pupils (the alias
        // 中小学 of 中小学生). Session 15.
        .filter((h) => !(doc.genre === 'regulation' && h.type === 'TargetGroup' && h.canonical === `${text.slice(h.start, h.end)}生` && schoolKind(text, h)))
        // …唐河友兰国家湿地公园等湿地公园: the kind closing a list of its own named instances is a place (session 56, lawListKindTailOut).
        .filter((h) => !(doc.genre === 'regulation' && h.type === 'Programme' && options.lawListKindTailOut && listKindTail(text, h.start, h.end)));
    add(dictHits.filter((h) => !isEndWord(h)), 0);
    // …and it must start a word: 工会 in 总工会 is not the bare name.
    const wordStarts = positions(marks, START, tokens.map((t) => t.start), s, e);
    add(dictHits.filter((h) => isEndWord(h) && wordStarts.has(h.start)), 3);
    const everyLevel = (h: DictHit) => doc.genre === 'regulation' && options.lawEveryLevelPeoplesOrg && lexicon.peoplesOrganisations.has(h.canonical);
    for (const h of dictHits.filter(isEndWord)) if (h.type === 'Organisation' && !bareBody(text, h, tokens, everyLevel(h), options.lawLevelListPeoplesOrg)) notBodies.add(h.start);
    add(bracketedCoordinations(text, s, e, lexicon, bodyAfter), 1);
    add(regionBoundHits(text, s, e, doc.region, lexicon), 1);
    if (options.coordinatedRegionBodies) add(coordinatedRegionHits(text, s, e, lexicon), 1);
    // 华人华侨专业人士 → 华人专业人士 + 华侨专业人士 (session 46, pairedStatuses; group-pairs.txt); not inside a body's name (华侨华人联合会).
    if (options.pairedStatuses) add(pairedStatusHits(text, s, e, lexicon).filter((h) => !bodyAfter.test(text.slice(h.end, h.end + 6)) && !(options.groupInBodyName && insideBodyName(text, h.start, h.end, lexicon, options.groupInBodyField))), 3);
    // 数字技术、技能和管理人才 → three categories (session 47, compressedTalents; compressed-groups.ts).
    if (options.compressedTalents) add(compressedTalentHits(tokens, lexicon), 3);
    // 专利管理、技术转移人员 → 专利管理人员 + 技术转移人员 (session 48, compressedStaff; compressed-staff.ts).
    if (options.compressedStaff) add(compressedStaffHits(tokens, text, lexicon), 3);
    // 种植、养殖等涉农专业学生 → 涉农专业学生 (session 47, fieldStudents; field-students.ts).
    if (options.fieldStudents) add(fieldStudentHits(tokens, lexicon), 3);
    add(quotedHits(text, s, e, lexicon, doc.genre === 'regulation' && options.lawQuotedChannels, doc.genre === 'regulation' && options.lawQuotedWorks), 2);
    add(recurringHits(text, s, e, doc.region), 2);
    if (doc.genre === 'regulation') add(dutyZoneHits(text, s, e, lexicon, options.lawDrawnZoneParts, options.lawChainedZoneLonger, options.lawSetUpZones), 2);
    if (doc.genre === 'regulation') add(listedZoneHits(text, s, e, lexicon), 2);
    if (doc.genre === 'regulation' && options.lawRangeZones) add(rangeZoneHits(text, s, e, lexicon), 2);
    if (doc.genre === 'regulation') add(conferredHits(text, s, e, lexicon), 2);
    if (doc.genre === 'regulation') add(announcedHits(text, s, e, lexicon), 2);
    if (doc.genre === 'regulation' && options.lawHeritageDesignations) add(heritageHits(text, s, e, lexicon), 2);
    if (doc.genre === 'regulation' && options.lawControlLines) add(lineHits(text, s, e, lexicon), 2);
    if (doc.genre === 'regulation' && options.lawMonitoringNetworks) add(networkHits(text, s, e, lexicon, local), 2);
    if (doc.genre === 'regulation' && options.lawSetUpSystems) add(systemHits(text, s, e, lexicon, local, options.lawCoordinatedSystems, options.lawJoinedSystemFunctions), 2);
    if (doc.genre === 'regulation') add(campaignTitleHits(text, s, e, lexicon), 2);
    const issued = doc.genre === 'regulation' && options.lawIssuedSchemes ? issuedHits(text, s, e, lexicon, options.lawSharedIssuedHead, options.lawIssuedDescribed) : [];
    add(issued, 2);
    // 发布科技成果目录、科技成果转化项目指南和… (session 49 helper extract2, lawIssuedMates; issued-mates.ts).
    if (doc.genre === 'regulation' && options.lawIssuedSchemes && options.lawIssuedMates) add(issuedMateHits(text, s, e, lexicon, options.lawSharedIssuedHead, options.lawIssuedDescribed, issued), 2);
    if (doc.genre === 'regulation' && options.lawGradedDesignations) add(gradedHits(text, s, e, lexicon), 2);
    if (doc.genre === 'regulation' && options.lawNamedNationalZones) add(namedNationalZoneHits(text, s, e, tokens), 2);
    if (doc.genre === 'regulation' && options.lawNamedNationalCentres) add(namedNationalCentreHits(text, s, e, tokens), 2);
    if (doc.genre === 'regulation' && options.lawResearchBaseDuties) add(researchBaseHits(text, s, e, lexicon), 2);
    if (doc.genre === 'regulation' && options.lawShortFreeTradeZone) add(shortFreeTradeZoneHits(text, s, e, lexicon, doc.region), 2);
    if (doc.genre === 'regulation' && options.lawBuiltPlatformDuties) add(builtPlatformHits(text, s, e), 2);
    if (doc.genre === 'regulation' && options.lawZoneBodies) add(zoneBodyHits(text, s, e, lexicon, options.zoneBodyAsWritten, options.zoneCoordinatedPlaces), 1);
    if (doc.genre === 'regulation') add(channelSystemHits(text, s, e, local, options.channelJoinedThing), 2);
    // 规范使用全省统一的行政处罚办案系统 (session 47, lawUnifiedChannels).
    if (doc.genre === 'regulation' && options.lawUnifiedChannels) add(unifiedChannelHits(text, s, e), 2);
    // 建立健全全省统一的专利检索、咨询、服务信息平台 (session 49 helper extract2, lawUnifiedFunctions; unified-functions.ts).
    if (doc.genre === 'regulation' && options.lawUnifiedFunctions) add(unifiedFunctionHits(text, s, e, lexicon), 2);
    // 将…产品纳入政府采购目录 (session 48, lawProcurementLists; procurement-lists.ts).
    if (doc.genre === 'regulation' && options.lawProcurementLists) add(procurementListHits(text, s, e, lexicon), 2);
    // 建立…的科技成果转化公共服务平台 … 科技成果转化公共服务平台应当… (session 48, lawBoundPlatforms; bound-platforms.ts).
    if (doc.genre === 'regulation' && options.lawBoundPlatforms) add(boundPlatformHits(text, s, e), 2);
    // 向市级大数据平台汇聚数据 in a city's law (session 48, lawCityLevelSystems; city-level-systems.ts).
    if (doc.genre === 'regulation' && options.lawCityLevelSystems) add(cityLevelSystemHits(text, s, e, local['市']), 2);
    if (doc.genre === 'regulation' && options.lawSystemEntries) add(systemEntryHits(text, s, e, lexicon, local), 2);
    if (doc.genre === 'regulation') add(regionAwardHits(text, s, e, local, options.lawSetUpAwards), 2);
    // 获得中国专利奖的主要发明人 (session 49 helper extract2, lawWonNationalAwards; won-awards.ts).
    if (doc.genre === 'regulation' && options.lawWonNationalAwards) add(wonAwardHits(text, s, e), 2);
    // 本市设立专利奖 → 北京市专利奖, 本市设立专利举报投诉工作平台 (session 48, lawRegionSetUp; region-set-up.ts).
    if (doc.genre === 'regulation' && options.lawRegionSetUp) add(regionSetUpHits(text, s, e, local), 2);
    // 本市建立青年见习基地, 学校应当建立家长学校 (session 50 helper extract2, lawBuiltSites; built-sites.ts).
    if (doc.genre === 'regulation' && options.lawBuiltSites) add(builtSiteHits(text, s, e, options.lawBuiltSiteLists), 2);
    // 建立以…为中心馆…为基层服务点的公共图书馆服务体系 (session 51 helper extract2, lawTieredSystems; tiered-systems.ts).
    if (doc.genre === 'regulation' && options.lawTieredSystems) add(tieredSystemHits(text, s, e, lexicon), 2);
    // 建设…公共图书馆数字资源联合采购机制和共享平台 → 公共图书馆数字资源共享平台 (session 52 helper extract, lawRegimePlatforms; regime-platforms.ts).
    if (doc.genre === 'regulation' && options.lawRegimePlatforms) add(regimePlatformHits(text, s, e, tokens, lexicon), 2);
    // 报市全民阅读指导委员会审定 → 宁波市全民阅读指导委员会 (session 51 helper extract2, lawOwnGuidanceCommittees; guidance-committees.ts).
    if (doc.genre === 'regulation' && options.lawOwnGuidanceCommittees) add(ownGuidanceCommitteeHits(text, s, e, local, lexicon), 2);
    // 本市设立…咨询委员会 (bare), 市A与B促进委员会 → 上海市… (session 52 helper extract2, lawRegionSetUpCommittees, lawOwnJoinedCommittees; set-up-committees.ts).
    if (doc.genre === 'regulation' && options.lawRegionSetUpCommittees) add(regionSetUpCommitteeHits(text, s, e, lexicon), 2);
    if (doc.genre === 'regulation' && options.lawOwnJoinedCommittees) add(ownJoinedCommitteeHits(text, s, e, local, lexicon), 2);
    // 国家颁布的本科专业目录, 编制和发布本省公共数据总目录 → 山东省…, 统筹全省电子政务云平台建设 → 山东省… (session 52 helper extract2,
    // lawNationalIssuedLists, lawRegionCompiledLists, lawRegionPlatformWorks; region-lists.ts).
    if (doc.genre === 'regulation' && options.lawNationalIssuedLists) add(nationalListHits(text, s, e, lexicon), 2);
    if (doc.genre === 'regulation' && options.lawRegionCompiledLists) add(regionCompiledListHits(text, s, e, lexicon, local), 2);
    if (doc.genre === 'regulation' && options.lawRegionPlatformWorks) add(regionPlatformWorkHits(text, s, e, lexicon, local), 2);
    // 设立农家书屋, 依托…技能大师工作室… (session 53 helper extract2, lawSetUpFacilityNetworks; facility-networks.ts).
    if (doc.genre === 'regulation' && options.lawSetUpFacilityNetworks) add(facilityNetworkHits(text, s, e, lexicon), 2);
    // 宝天曼国家级自然保护区、…; 寺山国家森林公园、…、独山森林公园 (session 56 helper programme, lawNamedDesignatedSites; named-sites.ts):
    // rank 1, as a region-bound name, so the lexicon's 湿地公园 ending where the site's name ends does not cut it.
    if (doc.genre === 'regulation' && options.lawNamedDesignatedSites) add(namedSiteHits(text, s, e, lexicon), 1);
    // 创建生态旅游示范区 (session 56 helper programme, lawCreatedTitles; named-sites.ts).
    if (doc.genre === 'regulation' && options.lawCreatedTitles) add(createdTitleHits(text, s, e, lexicon), 2);
    if (doc.genre === 'regulation' && options.lawWorkSystems) add(workSystemHits(text, s, e, lexicon, local), 2);
    if (doc.genre === 'regulation' && options.lawDesignatedUnits) add(designatedUnitHits(text, s, e, lexicon, options.lawDeterminedAsUnits), 2);
    if (doc.genre === 'regulation' && options.lawDeterminedUnits) add(determinedUnitHits(text, s, e, lexicon, options.lawDefinedDesignations, options.lawAppliedDesignations), 2);
    if (doc.genre === 'regulation' && options.lawConferredTitles) {
      // A group word ending a title (优秀志愿者称号) is a mention of that group too, as a lexicon name inside another type's is.
      const titles = titleHits(text, s, e, lexicon);
      add(titles, 2);
      candidates.push(...dictHits.filter((h) => h.type === 'TargetGroup' && titles.some((t) => h.start > t.start && h.end <= t.end)).map((h) => ({ ...h, rank: 3, nested: true })));
    }
    if (doc.genre === 'regulation') add(stateOrganStaffHits(text, s, e), 1);
    // A law's unquoted enumerations list kinds of activity (国防知识竞赛、军事夏令营等活动), not programmes.
    add(enumerationHits(text, s, e, lexicon, tokens).filter((h) => doc.genre !== 'regulation' || /^“/.test(text.slice(h.start, h.end))), 3);
    const suffixFrom = candidates.length;
    // (Session 29: a group found by its suffix is judged by group-followers.txt too, as a lexicon group is: 特困人员证明; and a
    // population word listed after a party of a procedure is a party: 犯罪嫌疑人、被告人、服刑人员.)
    add(cutCoordinated(text, suffixHits(splitFused(tokens, lexicon.groupSuffixes, options.groupTeamSplit ? GROUP_TEAMS : undefined, options.talentVerbSplit, options.innovationTalent), text, lexicon, subject, local, options, doc.genre === 'regulation'), defined).filter((h) => !(h.type === 'Organisation' && doc.genre === 'regulation' && options.lawCooperationForms && COOPERATION_FORM.test(text.slice(h.end, h.end + 40)))).filter((h) => !(h.type === 'TargetGroup' && (followedByNonGroup(text, h.end, lexicon) || partyListed(text, h.start, lexicon) || (options.groupInBodyName && insideBodyName(text, h.start, h.end, lexicon, options.groupInBodyField)) || (options.groupInFacilityName && insideFacilityName(text, h.start, h.end, lexicon, options.groupInFacilityList, options.groupInFacilityJoined))))), 3);
    // 培养、引进技术转移管理人员、技术经纪人、技术经理人等科技成果转化人才: the kinds listed before a category found (session 49 helper
    // extract2, categoryMates; category-mates.ts).
    if (options.categoryMates) add(categoryMateHits(text, s, e, inUnit(s, e, (c) => c.type === 'TargetGroup'), lexicon, options.talentListMates), 3);
    // 为旅客和货主提供…服务, 对井下作业人员进行…培训: a category of persons named as the object a duty serves, read after every other
    // rule of the unit (session 37, lawServedObjects; group-objects.txt).
    if (doc.genre === 'regulation' && options.lawServedObjects) {
      add(servedObjectHits(text, s, e, lexicon, inUnit(s, e), { starts: wordStarts, ends: wordEnds }, options.servedKindBeforeGroup, options.servedKindCutAcross, options.servedPossessiveObject, options.servedDeclaredLists), 3);
    }
    // 新婚夫妻、…、学生家长，应当…接受家庭教育指导: the persons a duty obliges to accept training or guidance (session 51 helper extract,
    // lawObligedLearners; obliged-learners.ts).
    // 开展境外员工培训: the persons named as a training's object noun (session 51 helper extract, lawTrainedObjects; trained-objects.ts).
    if (doc.genre === 'regulation' && options.lawTrainedObjects) add(trainedObjectHits(text, s, e, lexicon, { starts: wordStarts, ends: wordEnds }, options.trainedListItems, inUnit(s, e), options.trainedParties), 3);
    // 承担科技成果转化的技术转移机构工作人员…获得奖励的份额…: the staff of a kind of body a reward share rewards (session 53 helper extract,
    // lawRewardedStaff; rewarded-staff.ts).
    if (doc.genre === 'regulation' && options.lawRewardedStaff) add(rewardedStaffHits(text, s, e, lexicon), 3);
    // 高等学校和职业技术学校毕业生: the earlier kinds of school of a compressed coordination, each with the head (session 54 helper extract,
    // lawSchoolCoordinations; school-coordinations.ts).
    if (doc.genre === 'regulation' && options.lawSchoolCoordinations) add(schoolCoordinationHits(text, s, e, lexicon), 3);
    // 为了满足市民对学前教育的需求, 优先满足业主的需求: the persons whose needs a purpose or priority clause meets (session 56 helper
    // extract, lawNeedsMetGroups; needs-met.ts).
    if (doc.genre === 'regulation' && options.lawNeedsMetGroups) add(needsMetHits(text, s, e, lexicon, { starts: wordStarts, ends: wordEnds }), 3);
    // 对父母或者其他监护人进行家庭教育指导, 指导、支持、帮助…父母或者其他监护人履行监护职责: the guardians a measure serves (session 57
    // helper extract, lawServedGuardians; served-guardians.ts).
    if (doc.genre === 'regulation' && options.lawServedGuardians) add(servedGuardianHits(text, s, e, lexicon), 3);
    // 鼓励社会资本和境外投资者参与…, 保护投资者合法权益: an economic role a text encourages, serves or protects (session 59 helper
    // extract, lawServedEconomicRoles; economic-roles.ts).
    if (doc.genre === 'regulation' && options.lawServedEconomicRoles) add(economicRoleHits(text, s, e, lexicon), 3);
    // 打造A、B等文化旅游品牌, 依托A、“B”产品等农业品牌资源, A、B节等旅游节会, “…”是本市旅游形象: the brands a text lists as its region's
    // (session 58 helper extract, lawListedBrands; listed-brands.ts).
    if (doc.genre === 'regulation' && options.lawListedBrands) add(listedBrandHits(text, s, e, lexicon), 2);
    if (doc.genre === 'regulation' && options.lawObligedLearners) add(obligedLearnerHits(text, s, e, lexicon, { starts: wordStarts, ends: wordEnds }), 3);
    // 通过建设数字文化创意产业试验区等方式: a programme the suffix rules found as one mode among others is a kind (session 47,
    // lawModeProgrammes; MODE_OPEN, MODE_CLOSE). Only what was added since the suffix rules ran (served objects are groups).
    if (doc.genre === 'regulation' && options.lawModeProgrammes) {
      for (let k = candidates.length - 1; k >= suffixFrom; k--) {
        const h = candidates[k]!;
        if (h.type === 'Programme' && MODE_OPEN.test(text.slice(Math.max(0, h.start - 34), h.start)) && MODE_CLOSE.test(text.slice(h.end, h.end + 40))) candidates.splice(k, 1);
      }
    }
  }

  // 全国人民代表大会及其常务委员会, 市人民代表大会及其常务委员会: the congress and its standing committee (session 19).
  candidates.push(...standingCommittees(text, candidates).map((h) => ({ ...h, rank: 1 })));

  // Groups keep their kind modifier (多次捐献者, 高等学校学生, 适龄公民), and a defined group makes kinds of
  // the group or kinship noun after it (归侨学生, 华侨子女).
  candidates.push(...definedKinds(text, candidates.filter((c) => c.type === 'TargetGroup'), defined, lexicon).map((h) => ({ ...h, rank: 1 })));
  candidates.push(...roleGroups(text, candidates.filter((c) => c.type === 'TargetGroup'), lexicon).map((h) => ({ ...h, rank: 3 })));
  // 进城务工人员未成年子女, 军人子女: a group's children are a group of their own (session 54 helper extract, groupKinKinds; kin-groups.ts).
  if (doc.genre === 'regulation' && options.groupKinKinds) candidates.push(...groupKinHits(text, candidates.filter((c) => c.type === 'TargetGroup'), lexicon).map((h) => ({ ...h, rank: 1 })));
  const modified = modifiedGroups(text, candidates.filter((c) => c.type === 'TargetGroup'), units, lexicon, options.groupBeforeGroupIsKind, defined, options.coordinatedStatusModifiers, options.ownModifierEndsSharedKind);
  // (Session 35: a kind listed after the parties of a procedure is one of them, as for suffix hits: 犯罪嫌疑人、被告人、服刑人员.)
  candidates.push(...modified.filter((h) => !partyListed(text, h.start, lexicon)).map((h) => ({ ...h, rank: 3 })));
  // 残疾儿童、少年, 适龄儿童和少年: the kind's modifier is shared by the juveniles the idiom names (session 34).
  if (options.sharedJuvenileModifier) candidates.push(...sharedJuveniles(text, [...modified, ...candidates.filter((c) => c.type === 'TargetGroup')]).map((h) => ({ ...h, rank: 3 })));

  const orgEndingAt = new Map(candidates.filter((c) => c.type === 'Organisation').map((c) => [c.end, c]));
  const issuerAt = (i: number): string[] => {
    const out: string[] = [];
    let end = i;
    for (let hop = 0; hop < 4; hop++) {
      const h = orgEndingAt.get(end);
      if (!h) break;
      out.unshift(canonicalEntity(h, lexicon, doc.region));
      if (!/[、和与及]/.test(text[h.start - 1] ?? '')) break;
      end = h.start - 1;
    }
    return out;
  };
  const scan = scanCitations(text, units, doc.title, lexicon, issuerAt);
  candidates.push(...scan.others.map((h) => ({ ...h, rank: 2 })));

  // Names inside a cited document's title belong to the title, not to the measure.
  const titleSpans = scan.citations.filter((c) => c.via === 'title').map((c) => c.span);
  const outside = (h: DictHit) => !titleSpans.some(([s, e]) => h.start > s && h.end < e);
  const unitAt = (pos: number) => units.find((u) => pos >= u.span[0] && pos < u.span[1]);

  // A rule-found name must not end inside quotation marks (北京行动 in “北京行动路线图”).
  // (The ends strictly inside a quotation, s + 1 < end < e - 1, marked once: every candidate was tested against
  // every quotation of the document before; session 26, perf.)
  const insideQuote = new Uint8Array(text.length + 1);
  for (const m of text.matchAll(/“[^“”\n]{1,30}”/g)) insideQuote.fill(1, m.index! + 2, m.index! + m[0].length - 1);
  const notCutByQuote = (h: SourcedHit) => h.rank < 2 ? true : insideQuote[h.end] !== 1;
  const mentions: Mention[] = [];
  const judicial = JUDICIAL.test(doc.title);
  // 市、区科学技术协会: a level of a list of levels does not open the people's organisation's name (区科学技术协会); the bare
  // organisation after the list is read (session 44, lawLevelListPeoplesOrg).
  const levelOpened = (h: SourcedHit) => doc.genre === 'regulation' && options.lawLevelListPeoplesOrg && h.type === 'Organisation' && text[h.start - 1] === '、' && /^[省市县区乡镇]/.test(text[h.start] ?? '') && LEVEL_LIST.test(text.slice(Math.max(0, h.start - 12), h.start + 1)) && lexicon.peoplesOrganisations.has(lexiconEntry(text.slice(h.start + 1, h.end), lexicon)?.canonical ?? '');
  // (Session 46, pairedStatuses: a group read whole over a pair of statuses, 华人华侨专业人士, gives way to the pair's kinds.)
  // (Session 46, rolePoolOut: persons named as the pool a role is filled from, 聘请优秀企业家、企业技术专家…担任研究生兼职导师, are named
  // by the role: a group before 担任 in the same clause, when a group follows 担任, is no target by that mention.)
  const groupStarts = new Set(candidates.filter((c) => c.type === 'TargetGroup').map((c) => c.start));
  const rolePool = (h: SourcedHit) => {
    if (!options.rolePoolOut || h.type !== 'TargetGroup') return false;
    // (The role right after 担任; 担任 opening a list item of its own, 基干民兵…和担任领导职务的民兵, is a relative clause.)
    const m = /^[^，。；：！？\n]{0,20}?担任/.exec(text.slice(h.end, h.end + 24));
    if (!m || /(、|和|及|或|与)担任$/.test(m[0])) return false;
    return groupStarts.has(h.end + m[0].length);
  };
  const overPair = (h: SourcedHit) => options.pairedStatuses && h.type === 'TargetGroup' && (lexicon.groupPairs?.pairs ?? []).some((p) => text.slice(h.start, h.end).includes(p.word));
  for (const h of resolveOverlaps(candidates.filter(outside).filter(notCutByQuote).filter((h) => !levelOpened(h) && !overPair(h) && !rolePool(h)))) {
    const known = lexiconEntry(h.canonical, lexicon);
    let canonical = known?.canonical ?? canonicalEntity(h, lexicon, doc.region);
    // (Session 54, specialistTalentInfix: 家庭教育专门人才 → 家庭教育人才, 专门 a generic modifier.)
    if (options.specialistTalentInfix && h.type === 'TargetGroup' && !known) canonical = specialistInfix(canonical, lexicon);
    const type = known?.type ?? h.type;
    if (lexicon.stopEntities.has(canonical)) continue;
    // 列入前款名录, 国家有计划地…, 谎称有奖, 山体保护名录分为…: a programme name that is a piece of a clause (session 36,
    // lawProgrammeNotClause; name-clauses.txt).
    if (type === 'Programme' && options.lawProgrammeNotClause && nameClause(text, h.start, h.end, lexicon, canonical)) continue;
    // 在自然保护区、风景名胜区、森林公园、湿地公园…内: a designation listed with kinds of place is a place (session 36).
    if (type === 'Programme' && doc.genre === 'regulation' && options.lawDesignationInPlaceList && inPlaceList(text, h.start, h.end, lexicon)) continue;
    // 合作基地、孵化器、技术转让平台等: a platform listed beside kinds of facility is a kind (session 43, lawPlatformKinds).
    if (type === 'Programme' && doc.genre === 'regulation' && options.lawPlatformKinds && inKindList(text, h.start, h.end, lexicon)) continue;
    // 技术交易市场等科技成果转化平台; 支持…建立专业性科技创新服务平台: a class of platforms, or one others are urged to build (session 44).
    if (type === 'Programme' && doc.genre === 'regulation' && options.lawPlatformClasses && platformClass(text, h.start, h.end, options.lawPlatformListBuilt)) continue;
    // 指导和规范有关行业协会建立重点商标保护名录: what steered third parties set up is each one's own, a kind (session 49 helper extract2,
    // lawGuidedBuilders; guided-builders.ts).
    if (type === 'Programme' && doc.genre === 'regulation' && options.lawGuidedBuilders && guidedBuilder(text, h.start)) continue;
    // 广播电视台（站）: a body's name with a bracketed alternative head is a kind; …合作交流平台: an abstract platform (session 52 helper
    // extract2, orgBracketedKindOut, abstractExchangePlatformOut; kind-names.ts).
    if (type === 'Organisation' && doc.genre === 'regulation' && options.orgBracketedKindOut && bracketedKind(text, h.end, lexicon)) continue;
    if (type === 'Programme' && doc.genre === 'regulation' && options.abstractExchangePlatformOut && abstractExchangePlatform(canonical, lexicon)) continue;
    // A judicial interpretation addresses courts deciding cases: its …者 nouns (有配偶者, 患病者, 权利义务承受者) name the
    // parties of a case, not populations it serves (session 20; the randomx reading of 两高 解释/规定).
    if (type === 'TargetGroup' && judicial && canonical.endsWith('者')) continue;
    // A bare body name, however found (by the lexicon or as a suffix after 各级), used as a class.
    if (type === 'Organisation' && notBodies.has(h.start) && isEndWord(h)) continue;
    const u = unitAt(h.start);
    if (!u) continue;
    // In the history lines only bodies count (a 条例 named there is a citation, not a programme).
    if (u.path === HEAD_PATH && type !== 'Organisation') continue;
    mentions.push({ path: u.path, type, canonical, surface: text.slice(h.start, h.end), span: [h.start, h.end] });
  }
  // 市人民代表大会法制委员会研究拟订… then 由法制委员会根据…: a committee named once in full and elsewhere by its bare name is
  // that one body, when one full name in the text ends in it (session 41, lawFunctionCommittees; org-functions.txt `head`).
  if (doc.genre === 'regulation' && options.lawFunctionCommittees) fullCommittees(mentions, lexicon);
  // 鼓励依法设立家庭教育基金会: a body the text only encourages someone to set up is a kind, in each of its mentions (session 54 helper
  // extract2, orgEncouragedSetUpOut; kind-names.ts).
  // (And a school's organ, 学校的家长委员会, and a body set up as needed, 根据需要…设立劳动人事争议仲裁委员会: orgSchoolOrganOut, orgAsNeededOut.)
  if (doc.genre === 'regulation' && (options.orgEncouragedSetUpOut || options.orgSchoolOrganOut || options.orgAsNeededOut)) {
    const kinds = encouragedSetUpOrgs(text, mentions, (c) => lexiconEntry(c, lexicon) !== undefined, doc.region, options.orgEncouragedSetUpOut, options.orgSchoolOrganOut, options.orgAsNeededOut);
    if (kinds.size) mentions.splice(0, mentions.length, ...mentions.filter((m) => !(m.type === 'Organisation' && kinds.has(m.canonical))));
  }
  // An item under a lead that sets a deadline for the list (到2025年，…如下：) takes that year (session 29).
  const unitByPath = new Map(doc.units.map((u) => [u.path, u]));
  const leadYearOf = (u: (typeof doc.units)[number]) => {
    const parent = u.parent !== undefined ? unitByPath.get(u.parent) : undefined;
    return parent ? leadDeadline(text.slice(parent.span[0], parent.span[1])) : undefined;
  };
  const targets = doc.units.flatMap((u) => findTargets(text, u, lexicon, options, leadYearOf(u)));
  // Staff who only carry out the procedure a regulation governs are no target group (session 22).
  const groupMentions = mentions.filter((m) => m.type === 'TargetGroup');
  const staff = doc.genre === 'regulation' ? new Set([...staffOnly(text, groupMentions, lexicon), ...residentsOnlyMentioned(text, groupMentions, lexicon), ...definiensOnly(text, groupMentions, options.lawIncludedDefiniens),
    ...(options.lawOffenceGroupsOut ? offenceOnly(text, groupMentions, lexicon) : []), ...(options.lawStandardGroupsOut ? standardOnly(text, groupMentions, lexicon, options.lawConditionGroupsOut, options.lawMemberConditionsOut ? lexicon.groupMembers : [], options.lawEnjoyedStandards) : []),
    ...(options.lawCarersNeedServed ? carersUnserved(text, groupMentions, lexicon) : []), ...(options.lawHouseholdConditionsOut ? householdConditionsOnly(text, groupMentions, lexicon) : [])]) : new Set<string>();
  // A mention written as a body's or a trade's workers (从业人员, 员工) that the text does not serve is no target group, in any
  // genre (session 33): without the option such mentions are not read as groups at all.
  const unserved = options.lawWorkersServed ? unservedWorkerMentions(text, groupMentions, lexicon) : new Set(groupMentions.filter((m) => lexicon.workerGroups.has(m.surface)).map((m) => m.span[0]));
  if (unserved.size) mentions.splice(0, mentions.length, ...mentions.filter((m) => !(m.type === 'TargetGroup' && unserved.has(m.span[0]))));
  if (staff.size) mentions.splice(0, mentions.length, ...mentions.filter((m) => !(m.type === 'TargetGroup' && staff.has(m.canonical))));
  // 人才|评价, 职工|疗休养, 法官|联络点, 妇女|儿童|工作委员会: a population word inside a regime's, a service's or a body's name
  // (session 59 helper tgprecision, groupRegimeHeadsOut; regime-heads.ts).
  if (options.groupRegimeHeadsOut) {
    const named = regimeHeadMentions(text, mentions.filter((m) => m.type === 'TargetGroup'), lexicon);
    if (named.size) mentions.splice(0, mentions.length, ...mentions.filter((m) => !(m.type === 'TargetGroup' && named.has(m.span[0]))));
  }
  // 中小学布局调整: a school word read as its pupils before a noun of the schools' arrangement (session 59 helper tgprecision,
  // schoolArrangementsOut; group-schools.txt).
  if (options.schoolArrangementsOut) {
    const arranged = (m: Mention) => m.type === 'TargetGroup' && m.canonical === `${m.surface}生` && lexicon.groupSchools.arrangement.some((w) => text.startsWith(w, m.span[1]));
    if (mentions.some(arranged)) mentions.splice(0, mentions.length, ...mentions.filter((m) => !arranged(m)));
  }
  // 配备专职教师, 听取专家、企业家等的意见, 主要领导干部经济责任审计: a role, post or official in a frame that serves nobody (session 59
  // helper tgprecision, lawRoleFramesOut; role-frames.ts).
  if (doc.genre === 'regulation' && options.lawRoleFramesOut) {
    const framed = roleFrameMentions(text, mentions.filter((m) => m.type === 'TargetGroup'), lexicon);
    if (framed.size) mentions.splice(0, mentions.length, ...mentions.filter((m) => !(m.type === 'TargetGroup' && framed.has(m.span[0]))));
  }
  // 市属开发区管理委员会: a level before 属 names what that level owns, a kind, not the region's one body (session 56 helper extract,
  // lawLevelOwnedKinds).
  if (doc.genre === 'regulation' && options.lawLevelOwnedKinds) mentions.splice(0, mentions.length, ...mentions.filter((m) => !((m.type === 'Organisation' || m.type === 'Programme') && LEVEL_OWNED.test(m.surface))));
  // A group a regulation only punishes (or, with lawDutyGroupsOut, only obliges) is none (session 34, group-clause.txt).
  if (doc.genre === 'regulation' && (options.lawPunishedGroupsOut || options.lawDutyGroupsOut)) {
    const obliged = obligedOnlyGroups(text, mentions.filter((m) => m.type === 'TargetGroup'), lexicon, options.servedClauseReach, mentions.filter((m) => m.type !== 'TargetGroup'), options.lawDutyGroupsOut, subject.slice(0, 1).filter((w) => w.length >= 4), options.lawDutyGrammar, options.officeActsObliged, options.conditionClauseObliged, options.otherPartyCueOut === true);
    if (obliged.size) mentions.splice(0, mentions.length, ...mentions.filter((m) => !(m.type === 'TargetGroup' && obliged.has(m.canonical))));
  }
  // An agent noun found by 者 that the text does not serve is a party of its procedure (session 31, group-agents.txt).
  if (doc.genre === 'regulation' && options.lawAgentNeedsServed) {
    const groups = mentions.filter((m) => m.type === 'TargetGroup');
    const isAgent = (m: Mention) => m.canonical.endsWith('者') && !lexiconEntry(m.canonical, lexicon);
    const parties = agentsOnlyMentioned(text, groups.filter(isAgent), groups.filter((m) => !isAgent(m)), lexicon);
    if (parties.size) mentions.splice(0, mentions.length, ...mentions.filter((m) => !(m.type === 'TargetGroup' && parties.has(m.canonical))));
  }
  return { mentions, citations: scan.citations, targets, abbreviations: scan.abbreviations, words };
}

const END = 1;
const START = 2;
/** A set of text positions within [from, to] (a unit's span), as a bit per position: the Sets of token starts and
 *  ends made per unit were an item of the session 26 profile. `marks` is the document's array (one per extract call,
 *  positions 0 … text.length), `bit` this set's bit: the set's bit is cleared over [from, to] first, so a unit's set
 *  holds only its own positions whatever an earlier unit marked; it is read while its unit is (session 45). */
export function positions(marks: Uint8Array, bit: number, at: number[], from: number, to: number): { has(p: number): boolean } {
  const keep = ~bit & 0xff;
  for (let p = from; p <= to; p++) marks[p] &= keep;
  for (const p of at) if (p >= from && p <= to) marks[p] |= bit;
  return { has: (p: number) => p >= from && p <= to && (marks[p] & bit) !== 0 };
}

/** A judicial interpretation or rule of the two supreme judicial organs (最高人民法院关于…的解释, 最高人民法院、最高人民检察院关于…). */
const JUDICIAL = /^最高人民(法院|检察院)/;

/** 普通中小学, 民办中小学, 上中小学, 幼儿园、中小学: a school level named as a school (session 15). */
function schoolKind(text: string, h: { start: number; end: number }): boolean {
  const before = text.slice(Math.max(0, h.start - 4), h.start);
  // a kind of school (普通, 民办, 公办), a school one attends (上中小学, 就读…中小学), or one of a list of schools.
  return /(普通|民办|公办|就读|入读|[^报]上)$/.test(before) || /(幼儿园|托儿所)、$/.test(before) || /^、(幼儿园|托儿所|中等职业学校|特殊教育学校|高等学校)/.test(text.slice(h.end, h.end + 8));
}

/** A bare committee mention (no region, owner or body before its field) takes the canonical of the one longer organisation
 *  named in the same text whose canonical ends in it (session 41). Two such longer names leave it as it is. */
function fullCommittees(mentions: Mention[], lexicon: Lexicon): void {
  const orgs = [...new Set(mentions.filter((m) => m.type === 'Organisation').map((m) => m.canonical))];
  for (const m of mentions) {
    if (m.type !== 'Organisation' || !lexicon.orgFunctions.heads.some((h) => m.canonical.endsWith(h))) continue;
    const full = orgs.filter((o) => o.length > m.canonical.length && o.endsWith(m.canonical) && /(人民代表大会|常务委员会|人民政府)$/.test(o.slice(0, -m.canonical.length)));
    if (full.length === 1) m.canonical = full[0];
  }
}

/** 人民代表大会及其常务委员会: the standing committee named by 其 after its congress (session 19). */
function standingCommittees(text: string, candidates: DictHit[]): DictHit[] {
  const TAIL = '及其常务委员会';
  return candidates
    .filter((c) => c.type === 'Organisation' && /人民代表大会$/.test(text.slice(c.start, c.end)) && text.startsWith(TAIL, c.end))
    .map((c) => ({ type: 'Organisation' as const, canonical: `${text.slice(c.start, c.end)}常务委员会`, start: c.end + 2, end: c.end + TAIL.length }));
}
