// Session 36 (helper extract): tests that a found name is a piece of a clause, not a name (ingest/lexicon/name-clauses.txt).
// The spurious forms came from the whole-mirror snapshot of session 35 (3,380 real documents; held-out ones skipped):
// 国家有计划 (国家有计划地…), 前款名录, 谎称有奖, 山体保护名录分为重点保护名录, 华侨 inside 华侨民族宗教事务委员会, 公务员 inside
// 公务员管理 in a list of bodies' fields.
import type { Lexicon } from '../lexicon/load.js';

/** An article or paragraph number opening a name: 第十七条…, 第二十九条第二款… (the heading run into the article's text). */
const ARTICLE_REF = /^第[一二三四五六七八九十百零〇\d]+[条款]/;

/** Whether the programme name text[start, end) is a piece of a clause: an anaphoric reference (前款名录), a plan word as an
 *  adverb (有计划地), the 奖 of a verb–object word (有奖, 中奖) or a name across a verb of dividing (…名录分为…). */
export function nameClause(text: string, start: number, end: number, lexicon: Lexicon, canonical = text.slice(start, end)): boolean {
  const c = lexicon.nameClauses;
  const name = text.slice(start, end);
  // (The canonical too: a 名录 or a zone takes the document's longest name for it, 山体保护名录分为重点保护名录, 该公路建筑控制区.)
  if (c.anaphor.some((w) => name.startsWith(w) || canonical.startsWith(w)) || ARTICLE_REF.test(name) || ARTICLE_REF.test(canonical)) return true;
  if (/计划$/.test(name) && c.adverb.some((w) => text.startsWith(w, end))) return true;
  if (name.endsWith('奖') && c.awardVerb.some((w) => name.endsWith(`${w}奖`))) return true;
  if (c.classify.some((w) => name.includes(w) || canonical.includes(w))) return true;
  return false;
}

/** Whether the group word text[start, end) is part of a body's name (华侨|民族宗教事务委员会: a field word, then a body head, with
 *  no break) or of a body's field in a list of bodies (、公务员|管理、…等部门). */
export function insideBodyName(text: string, start: number, end: number, lexicon: Lexicon, fieldLists = true): boolean {
  const c = lexicon.nameClauses;
  const run = /^[\u4e00-\u9fff]{0,14}/.exec(text.slice(end))![0];
  for (const head of c.bodyHead) {
    const k = run.indexOf(head);
    if (k < 0) continue;
    const middle = run.slice(0, k);
    // A body's name holds no verb of procedure or preposition (使用人|应当按照…管理部门, 运营者|对…部门: a clause).
    if (middle.length > 8 || /[的和与及或等对向由在将经从被把]|应当|按照|依照|负责/.test(middle)) continue;
    if (c.bodyField.some((f) => middle.endsWith(f))) return true;
  }
  if (!fieldLists) return false;
  const field = c.bodyField.find((f) => text.startsWith(f, end));
  if (field && /[、，]/.test(text[start - 1] ?? '') && /^[、等]/.test(text.slice(end + field.length))) {
    const clause = text.slice(end + field.length).split(/[。；\n]/)[0];
    const at = clause.search(/等/);
    return at >= 0 && c.bodyHead.some((h) => clause.slice(at).includes(h));
  }
  return false;
}

/** Whether the group word text[start, end) opens the name of a facility a body builds (session 43, option groupInFacilityName):
 *  a verb of building (name-clauses.txt `facilityBuild`) right before it, and a facility's head (`facilityHead`) later in the
 *  same clause with no 的, modal or preposition between (联合建立学生实习实践培训基地, 建立学生实习实训和研究生科研实践等教学科研基地).
 *  为学生提供实习基地 keeps 学生: no verb of building before it. */
export function insideFacilityName(text: string, start: number, end: number, lexicon: Lexicon, listed = false, joined = false): boolean {
  const c = lexicon.nameClauses;
  const before = text.slice(Math.max(0, start - 4), start);
  if (!c.facilityBuild.some((v) => before.endsWith(v)) && !(listed && listedAfterBuild(text, start, c.facilityBuild, joined))) return false;
  const run = /^[^，。；：\n的]{0,24}/.exec(text.slice(end))![0];
  const cut = run.search(/应当|可以|为|向|对|由|提供/);
  const scope = cut >= 0 ? run.slice(0, cut) : run;
  return c.facilityHead.some((h) => scope.includes(h));
}

/** Session 45 (helper extract2; options.ts groupInFacilityList): the group opens a later item of a list of facilities the build
 *  verb governs (建设大学科技园、|大学生创新创业基地等校内外实践基地): after 、, the list's first item right after the verb, no clause
 *  break between. */
/** Session 52 (helper extract2; options.ts groupInFacilityJoined): or after 和/及 (联合建立学生实习实践培训基地和|研究生科研实践工作机构). */
function listedAfterBuild(text: string, start: number, builds: string[], joined = false): boolean {
  if (text[start - 1] !== '、' && !(joined && /[和及]/.test(text[start - 1] ?? ''))) return false;
  const clause = /[^，。；：\n]*$/.exec(text.slice(Math.max(0, start - 40), start - 1))![0];
  return builds.some((v) => {
    const at = clause.lastIndexOf(v);
    return at >= 0 && !/[的为对向由]/.test(clause.slice(at + v.length));
  });
}

const joinedKinds = new WeakMap<string[], RegExp>();
/** 或者/和/及 and a kind's head within six characters (…转移平台或者机构), compiled once per `kindMate` list. */
function joinedKind(mates: string[]): RegExp {
  let re = joinedKinds.get(mates);
  if (!re) joinedKinds.set(mates, (re = new RegExp(`^(或者|和|及)[\u4e00-\u9fff]{0,6}(${mates.join('|')})`)));
  return re;
}

/** Whether the platform or system text[start, end) is an item of a list of kinds (session 43, option lawPlatformKinds): next to 、
 *  (or before 或者/和 + a kind), in a clause where another item ends in a kind's head (name-clauses.txt `kindMate`): 国际科技合作基地、
 *  国际科技企业孵化器、国际技术转让平台等; 军民融合技术转移平台或者机构. */
export function inKindList(text: string, start: number, end: number, lexicon: Lexicon): boolean {
  const name = text.slice(start, end);
  if (!/(平台|系统)$/.test(name)) return false;
  const mates = lexicon.nameClauses.kindMate;
  if (text[start - 1] !== '、' && text[end] !== '、' && !joinedKind(mates).test(text.slice(end, end + 8))) return false;
  const left = /[^，。；：\n]*$/.exec(text.slice(Math.max(0, start - 60), start))![0];
  const right = /^[^，。；：\n]*/.exec(text.slice(end, end + 60))![0];
  const items = (left + '、' + right).split(/[、]|或者|和|及|等/).map((x) => x.trim()).filter((x) => x.length >= 2);
  return items.some((x) => mates.some((m) => x.endsWith(m)));
}

/** Whether the platform or system text[start, end) is a kind, not one concrete system (session 44, options.lawPlatformClasses):
 *  named right after 等 as the class of the items listed before it (技术交易市场等科技成果转化平台, 院士工作站、博士后科研工作站等
 *  高端人才集聚平台), or one that the text supports or encourages others to build (支持科研机构…建立专业性科技创新服务平台, 支持…债权
 *  交易服务平台建设; tests/gold/README.md: "a platform anyone is encouraged to build", 鼓励建设技术市场信息网络平台). */
const FACILITY_BEFORE = /(市场|站|室|中心|基地|平台|系统|网络|实验室|孵化器|空间|园|园区|机构|库)(?:[（(][^）)]{1,3}[）)])?$/;
export function platformClass(text: string, start: number, end: number, listBuilt = false): boolean {
  if (!/(平台|系统|网络)$/.test(text.slice(start, end))) return false;
  if (listBuilt && builtList(text, start, end)) return true;
  // (After 等 only where the item before it is itself a facility: 性侵害、虐待…等违法犯罪人员信息查询系统 names one system.)
  if (text[start - 1] === '等' && FACILITY_BEFORE.test(text.slice(Math.max(0, start - 12), start - 1))) return true;
  const left = /[^，。；：\n]*$/.exec(text.slice(Math.max(0, start - 40), start))![0];
  const urged = /(鼓励|支持|引导)(?!.*(鼓励|支持|引导))/.exec(left);
  if (!urged) return false;
  const after = left.slice(urged.index + urged[0].length);
  return /(建立|建设|设立|组建|共建|创建|搭建)/.test(after) || text.startsWith('建设', end);
}

/** Session 45 (lawPlatformListBuilt): platforms listed under one 加强…建设 (加强科技成果转化平台、科技中介服务平台和科技资源共享平台
 *  建设) are kinds of platform a body works on, a work item of the guideline's kind, not systems it names one by one: the mention is
 *  an item of a list (、 or 和 next to it, another …平台 in the list) after 加强 in its clause, the list closed by 建设. */
const BUILT_LIST_LEFT = /加强((?:[\u4e00-\u9fff]{2,16}?平台(?:、|和|及|以及))*)$/;
function builtList(text: string, start: number, end: number): boolean {
  const left = BUILT_LIST_LEFT.exec(/[^，。；：\n]*$/.exec(text.slice(Math.max(0, start - 80), start))![0]);
  if (!left) return false;
  const right = /^((?:(?:、|和|及|以及)[\u4e00-\u9fff]{2,16}?平台)*)(?:的)?建设/.exec(text.slice(end, end + 80));
  if (!right) return false;
  return left[1]!.length > 0 || right[1]!.length > 0;
}

/** Whether the programme mention text[start, end) is an item of a list of places (session 36, option lawDesignationInPlaceList):
 *  next to 、 in a clause that names a kind of place (designations.txt `placeMate`) other than itself — 在自然保护区、风景名胜区、
 *  森林公园、湿地公园…范围内; …古树名木、野生动物、河流…应当严格保护 (the gold conventions of sessions 23 and 33: a designation word used
 *  as a kind of place or resource in a list is a place). */
export function inPlaceList(text: string, start: number, end: number, lexicon: Lexicon): boolean {
  if (text[start - 1] !== '、' && text[end] !== '、') return false;
  const name = text.slice(start, end);
  const clause = (/[^，。；：\n]*$/.exec(text.slice(Math.max(0, start - 80), start))![0]) + name + (/^[^，。；：\n]*/.exec(text.slice(end, end + 80))![0]);
  return lexicon.designations.placeMates.some((w) => w !== name && !name.includes(w) && clause.replace(name, '').includes(w));
}
