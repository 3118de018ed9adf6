// Who issued a document, and so its level and region: from the signature above the date line,
// else from the organisation its title begins with (吉林省科协2020年… → 吉林省科协).
import type { Level } from '../../graph-schema/index.js';
import type { Lexicon } from '../lexicon/load.js';
import { regionByName, regionPrefix } from '../lexicon/regions.js';

const ORG_NAME_LINE = /^[\u4e00-\u9fff（）()、]{3,40}$/;

/** A signature line: an organisation's name alone on the line (several joined by 、 or spaces). */
export function isSignatureLine(line: string, lexicon: Lexicon): boolean {
  const l = line.trim();
  if (!ORG_NAME_LINE.test(l.replace(/\s+/g, ''))) return false;
  return lexicon.orgSuffixes.some((s) => l.endsWith(s)) || knownOrg(l, lexicon) !== undefined || nationalBody(l.replace(/\s+/g, ''), lexicon) || placeBody(l, lexicon);
}

/** A place's department or party committee (湖北省体育局, 共青团江西省委, 中共某某县委宣传部): a region of the
 *  lexicon, then a department of gov-suffixes.txt, or the committee of the party or the youth league. */
function placeBody(name: string, lexicon: Lexicon): boolean {
  const rest = afterPlace(name, lexicon);
  if (rest === undefined) return false;
  // A department gov-suffixes.txt lacks is still one by its last character (内蒙古自治区农牧厅, 某某县林草局: a short name
  // ending in 厅 or 局 after a place; not 格局, 布局, 大局). Session 30, a real regional department's page.
  return (/^(省|市|县|区|州)?委/.test(rest) && rest.length <= 12) || lexicon.govSuffixes.some((s) => rest.endsWith(s)) || DEPARTMENT.test(rest) || PREFECTURE_GOVERNMENT.test(rest);
}

/** The government of a 地区 or 盟 (the province's agency: 行政公署, 行署) and its office, after the place's name (阿里地区行政公署,
 *  阿拉善盟行署办公室). Session 32 (plans), a real prefecture's notice signed so: its signature was not read. */
const PREFECTURE_GOVERNMENT = /^(行政公署|行署)(办公室)?$/;

const DEPARTMENT = /^(?!.*(格局|布局|大局|结局|当局)$)[\u4e00-\u9fff]{1,6}(厅|局)$/;

/** What follows the place a body's name starts with (the party's or league's prefix passed over), or undefined
 *  when it starts with none. A place the lexicon lacks (a county) is read by its suffix, as levelAndRegion does. */
function afterPlace(name: string, lexicon: Lexicon): string | undefined {
  const n = name.replace(/^(中共|中国共产党|共青团)/, '');
  const form = regionPrefix(n, lexicon)?.form ?? n.match(PLACE)?.[1];
  return form ? n.slice(form.length) : undefined;
}

/** A name that levels.txt reads as a national body by its ending (…部, …总局, …总署: 劳动部 over its
 *  notice's date), whether or not the lexicon lists it: a ministry signs as a body does. */
function nationalBody(name: string, lexicon: Lexicon): boolean {
  return name.split('、').every((n) => lexicon.levels.some((l) => l.re.source.endsWith('$') && l.re.test(n)));
}

function knownOrg(name: string, lexicon: Lexicon): string | undefined {
  for (const e of lexicon.entities.Organisation) {
    if (e.canonical === name || e.aliases.includes(name)) return e.canonical;
  }
  return undefined;
}

/** The organisation a title starts with: a lexicon name, else a run ending in an org suffix. */
export function issuerFromTitle(whole: string, lexicon: Lexicon): string | undefined {
  // A year's plan names its year before its issuer (2024年湖北省科协科普工作要点).
  const title = whole.replace(LEADING_YEAR, '');
  let best = '';
  for (const e of lexicon.entities.Organisation) {
    for (const n of [e.canonical, ...e.aliases]) {
      if (title.startsWith(n) && n.length > best.length && title.length > n.length) best = n;
    }
  }
  const suffixes = [...lexicon.orgSuffixes].sort((a, b) => b.length - a.length);
  for (let end = Math.min(title.length - 2, 24); end >= 2; end--) {
    const head = title.slice(0, end);
    // (Not past a verb of transmission: 某市人民政府办公室转发市发改委等部门《…》的通知 is the office's, whose name ends before
    // 转发; session 33 (plans), a real 2009 notice read as 某市人民政府办公室转发市发改委.)
    // (Nor a place followed by a verb of regulating: 上海市促进行业协会发展规定 promotes associations, no 上海市促进行业协会 issued
    // it; session 37 (plans), the metadata scan of the mirror.)
    const place = regionPrefix(head, lexicon)?.form.length ?? 0;
    if (place > 0 && REGULATING_VERB.test(head.slice(place)) && REGULATION_TITLE.test(title)) continue;
    // (Nor a congress whose deputies the title is about: 上海市区县和乡镇人民代表大会代表直接选举实施细则 elects the deputies of the
    // district and town congresses, which issued nothing; session 41 (plans), the metadata scan of a fresh mirror draw.)
    if (/人民代表大会$/.test(head) && title.startsWith('代表', end)) continue;
    if (head.length > best.length && suffixes.some((s) => head.endsWith(s)) && !/[《年关于]|转发|批转|印发/.test(head)) {
      best = head;
      break;
    }
  }
  if (!best) best = bodyBeforeAbout(title, lexicon) ?? '';
  if (!best) return undefined;
  // Joint issuers as the title writes them (最高人民法院、最高人民检察院关于…; 国务院、中央军委关于…): each
  // body after a 、 is read the same way (session 19: 19 header-less joint titles of the mirror kept only
  // their first body).
  // A joint notice's title line may list its bodies with spaces between them only, lost in the canonical title
  // (成都市发展和改革委员会 中共成都市委社会工作部 成都市规划和自然资源局…关于印发…): a body that opens with a place or the
  // party's prefix right after the first one is the next issuer (session 28, a real portal page).
  if (title[best.length] !== '、') return spaceJoined(title, best, lexicon) ?? best;
  const next = issuerFromTitle(title.slice(best.length + 1), lexicon);
  return next ? `${best}、${next}` : best;
}

/** Bodies a title lists before 关于 with nothing between them (the spaces of 成都市发展和改革委员会 中共成都市委社会工作部
 *  成都市规划和自然资源局 成都市住房和城乡建设局关于印发… lost in the canonical title): the run is cut before each
 *  repeat of the first body's place and before each 中共, and read as bodies only when every piece is a body's name
 *  (isSignatureLine). Session 28, a real portal page of a joint notice. */
function spaceJoined(title: string, first: string, lexicon: Lexicon): string | undefined {
  const head = title.match(/^(.{4,120}?)关于/)?.[1];
  const bare = first.replace(/^(中共|中国共产党|共青团)/, '');
  const place = regionPrefix(bare, lexicon)?.form ?? bare.match(PLACE)?.[1];
  // (The run read as one body — 中共某某市委办公室某某市人民政府办公室 ends as one does — is cut the same way: session 32 (plans),
  // a real joint notice whose page dropped the space between its two offices.)
  if (!head || !place || head.length < first.length) return undefined;
  const cut = new RegExp(`(?=中共)|(?<!中共)(?=${place})`, 'g');
  const pieces = head.split(cut).filter(Boolean);
  return pieces.length > 1 && pieces.every((p) => isSignatureLine(p, lexicon)) ? pieces.join('、') : undefined;
}

/** The part of a title before its first 关于 when it names a body the lexicon lacks: a place (or a national
 *  body by levels.txt) and a body's last character (body-finals.txt): 海口市水务局关于…的公告. Not a transmitting
 *  head (…转发/批转/印发…), not a year or a quoted title. */
function bodyBeforeAbout(title: string, lexicon: Lexicon): string | undefined {
  const head = title.match(/^([\u4e00-\u9fff（）()]{3,30}?)关于/)?.[1];
  if (!head || /转发|批转|印发|年/.test(head)) return undefined;
  if (!lexicon.bodyFinals.some((f) => head.endsWith(f))) return undefined;
  const rest = afterPlace(head, lexicon);
  return (rest !== undefined && rest.length > 1) || nationalBody(head, lexicon) ? head : undefined;
}

/**
 * Level and region from the issuer, else the title: a region of the lexicon at the start gives
 * provincial / municipal / county; a place the lexicon lacks is read by its suffix (…县, …区,
 * …旗, …市) when a body's name follows it, its parent being the province that approved its
 * regulation (`approver`); else a national or central body by levels.txt.
 */
export function levelAndRegion(
  issuer: string | undefined,
  title: string,
  lexicon: Lexicon,
  approver?: string,
): { level?: Level; region?: string; regionParent?: string } {
  // The issuer's own place read by its suffix (景宁畲族自治县人民代表大会), when the title names it after
  // the province (浙江省景宁畲族自治县自治条例): the issuer's place is the document's, not the province.
  const own = issuer && !levelRule(issuer, lexicon, true) ? issuer.match(PLACE) : undefined;
  const ownInTitle = own && BODY_AFTER_PLACE.test(issuer!.slice(own[1].length)) && !regionPrefix(issuer!, lexicon) && title.includes(own[1]);
  // A national body's text about one place (交通部令 上海航运交易所管理规定; 国务院批准 北京市…试验区暂行条例) is of the body's
  // level, not of the place its title names: the title is read for a place only when the issuer is not such a body
  // (session 37 (plans), the metadata scan of the mirror: two 行政法规 read as 上海's and 北京's).
  const national = issuer !== undefined && !regionPrefix(issuer, lexicon) && !/^(省|市|县|区|州|盟|旗|自治)/.test(issuer) && (levelRule(issuer, lexicon, true) !== undefined || NATIONAL_BODY.test(issuer));
  for (const whole of [issuer, ownInTitle || national ? undefined : pilotZone(title.replace(LEADING_YEAR, ''))]) {
    if (!whole) continue;
    // The party's or the League's committee of a place (中国共产主义青年团江苏省委员会, 中共某某市委) is that place's (session 31
    // (plans): a real provincial League page was read national by its 中国).
    const name = regionPrefix(whole, lexicon) ? whole : whole.replace(PARTY_PREFIX, '');
    const r = regionPrefix(name, lexicon);
    // A province's name before its city's or county's (江西省吉安市人民政府办公室, as a law database prints the issuer line) is
    // that city's or county's (session 32 (plans), a real 2003 notice read as the province's).
    if (r && r.region.level === 'province' && !r.region.name.endsWith('市')) {
      const rest = name.slice(r.form.length);
      const inner = regionPrefix(rest, lexicon);
      const under = inner && (inner.region.parent === r.region.name || (inner.region.parent ? regionByName(inner.region.parent, lexicon)?.parent === r.region.name : false));
      if (inner && under && BODY_AFTER_PLACE.test(rest.slice(inner.form.length))) return levelAndRegion(rest, title, lexicon, approver);
    }
    if (r) {
      // A county named after its city (宁波市江北区人民代表大会常务委员会) is the county's.
      const county = name.slice(r.form.length).match(PLACE);
      // A town's government under its county (温州市鹿城区山福镇人民政府) is the county's, the lowest level modelled (session 30).
      const afterCounty = county ? name.slice(r.form.length + county[1].length) : '';
      const town = afterCounty.match(TOWN)?.[0] ?? '';
      // So is a district of a municipality under the state (上海市嘉定区人民政府办公室: session 31 (plans), a real district page
      // read as 上海市's).
      const municipality = r.region.level === 'province' && r.region.name.endsWith('市');
      // (区县, 县区 name the tier of every district and county, no place: 上海市区县和乡镇人民代表大会代表…; session 41 (plans).)
      if ((r.region.level === 'city' || municipality) && county && county[2] !== '市' && !TIERS.test(county[1]) && BODY_AFTER_PLACE.test(afterCounty.slice(town.length))) {
        // A county name the lexicon holds elsewhere (江北区 of 重庆) is qualified by its city.
        const known = regionByName(county[1], lexicon);
        const region = known && known.parent !== r.region.name ? r.region.name + county[1] : county[1];
        return { level: 'county', region, regionParent: r.region.name };
      }
      if (r.region.level !== 'country') return { level: LEVEL_OF[r.region.level], region: r.region.name };
    }
  }
  // A national body's name may begin like a place read by its suffix (国家市场监督管理总局 is not a
  // city 国家市): the rules of levels.txt anchored at the start of the name are asked first.
  const byPrefix = issuer ? levelRule(issuer, lexicon, true) : undefined;
  if (byPrefix) return { level: byPrefix, region: '全国' };
  if (issuer) {
    // The party's committee of a place the lexicon lacks (中共岳阳市委办公室) is that place's.
    const bare = issuer.replace(/^(中共|中国共产党|共青团)/, '');
    const m = bare.match(PLACE);
    // A city the lexicon lacks, its county and a town before the body (某某市某某区某某镇人民政府): the county's.
    const county = m && m[2] === '市' ? bare.slice(m[1].length).match(PLACE) : undefined;
    const afterCounty = county ? bare.slice(m![1].length + county[1].length) : '';
    if (county && county[2] !== '市' && BODY_AFTER_PLACE.test(afterCounty.slice(afterCounty.match(TOWN)?.[0].length ?? 0)) && !BODY_AFTER_PLACE.test(bare.slice(m![1].length))) {
      return { level: 'county', region: county[1], regionParent: m![1] };
    }
    if (m && BODY_AFTER_PLACE.test(bare.slice(m[1].length))) {
      const parent = approver ? regionPrefix(approver, lexicon)?.region.name : undefined;
      return { level: PLACE_LEVEL[m[2]], region: m[1], regionParent: m[2] === '省' || m[2] === '自治区' ? '全国' : parent };
    }
  }
  // A body below the county named without its county (九峰街道办事处, 某某镇人民政府): the county's level, the lowest modelled,
  // its county unknown (session 33 (plans), real street offices' pages; the gold reads a street office's text so since session 32).
  if (issuer && SUB_COUNTY_BODY.test(issuer)) return { level: 'county' };
  // No issuer and a title without a place: the title's kind of instrument (levels.txt `title` rules).
  const byTitle = issuer || PLACE_WORD.test(title) ? undefined : lexicon.titleLevels.find((l) => l.re.test(title.replace(/[（(][^）)]*[）)]$/, '')))?.level;
  if (byTitle) return { level: byTitle, region: '全国' };
  for (const name of [issuer, title]) {
    if (!name) continue;
    const level = levelRule(name, lexicon, false);
    if (level) return { level, region: '全国' };
  }
  return {};
}

/** Verbs a regulation's title opens with after its place (上海市促进…, 某某市保护…, 某某省实施…): no body's name goes on so. */
const REGULATING_VERB = /^(?:促进|保护|实施|规范|鼓励|禁止)/;
/** A regulation's title (…条例, …规定, …办法, …细则): the only titles the verb above is read in (a plan's body may be named
 *  发展和改革委员会, 推进…工作领导小组). */
const REGULATION_TITLE = /(?:条例|规定|办法|细则)$/;

/** A ministry's or a national administration's name, without a place before it (交通部, 国家市场监督管理总局, 海关总署). */
const NATIONAL_BODY = /^[\u4e00-\u9fff]{2,12}(?:部|总局|总署|部办公厅)$/;

/** The level of the first rule of levels.txt matching the name's first body (of several joined
 *  by 、), else the next body's (食品药品监管局、海关总署: the joint order's 总署); only the rules
 *  anchored at its start (^…) when `anchoredOnly`. */
function levelRule(name: string, lexicon: Lexicon, anchoredOnly: boolean): Level | undefined {
  for (const body of name.split('、')) {
    const level = lexicon.levels.find((l) => (!anchoredOnly || l.re.source.startsWith('^')) && l.re.test(body))?.level;
    if (level) return level;
  }
  return undefined;
}

/** 中国（上海）自由贸易试验区条例: a national pilot zone is named 中国（<region>）…, and a title so named is that region's
 *  (the region's own regulation of its zone), not the country's: the region is read from inside the brackets
 *  (session 22, helper extract2; read on tests/real/randomw-heldout, spent: a 上海 regulation printed without any date
 *  line was read as central). */
const PILOT_ZONE = /^中国[（(]([\u4e00-\u9fff]{2,8})[）)]/;
function pilotZone(title: string): string {
  const m = PILOT_ZONE.exec(title);
  return m ? m[1] + title.slice(m[0].length) : title;
}

/** The year a yearly plan's title opens with (2024年, 2023年度). */
const LEADING_YEAR = /^(19|20)\d{2}\s*年度?/;

/** A title that may name a place the lexicon lacks (彭水苗族土家族自治县旅游条例, 某某市…): no level by title. */
const PLACE_WORD = /省|自治区|自治州|自治县|自治旗|县|旗|盟|特区|新区|^[\u4e00-\u9fff]{2,4}市/;

const LEVEL_OF: Record<'province' | 'city' | 'county', Level> = { province: 'provincial', city: 'municipal', county: 'county' };

/** A place name read by its suffix, at the start of a body's name. */
const PLACE = /^([\u4e00-\u9fff]{1,10}?(自治区|自治县|自治旗|自治州|省|县|旗|区|市|盟|地区))/;
const PLACE_LEVEL: Record<string, Level> = {
  省: 'provincial', 自治区: 'provincial', 市: 'municipal', 自治州: 'municipal', 盟: 'municipal', 地区: 'municipal',
  县: 'county', 自治县: 'county', 旗: 'county', 自治旗: 'county', 区: 'county',
};
/** The party's or the Youth League's name before a committee's place. */
const PARTY_PREFIX = /^(中国共产党|中国共产主义青年团|中共|共青团)/;
/** A town (镇, 乡, 街道) right before its government's name. */
/** The words of a tier of local government, read by PLACE as if a place (区县, 县区, 市县). */
const TIERS = /^(区县|县区|市县|县市|市区|县乡|乡镇)$/;
const TOWN = /^[\u4e00-\u9fff]{1,6}?(镇|乡|街道)(?=人民政府|政府|党委|办事处|人民代表大会)/;
const BODY_AFTER_PLACE = /^(人民代表大会|人大|人民政府|政府|委员会|党委|[\u4e00-\u9fff]{0,8}(局|委|办|厅))/;

/** A body below the county: a street office, a town's, township's or 苏木's government, a street's party working committee. */
const SUB_COUNTY_BODY = /(?:街道办事处|街道办|街道党工委|镇人民政府|乡人民政府|苏木人民政府)$/;

/** A document number's 发文机关代字 (the code before 〔year〕) names its issuing body (GB/T 9704-2012 §7.2.4):
 *  劳社部发〔2005〕12号 → 劳动和社会保障部, 国办发〔2013〕1号 → 国务院办公厅, 豫政办〔2020〕3号 → 河南省人民政府办公厅, by
 *  issuer-codes.txt, in the years its entry gives (the code of a renamed ministry names the body of the number's year).
 *  Exact codes first, then the longest code a `*` entry begins. Read only when the text names no issuer otherwise
 *  (session 34, helper plans: the gold convention of tests/gold/README.md, "Document"). */
export function issuerByNumber(docNumber: string | undefined, lexicon: Lexicon): string | undefined {
  const m = docNumber?.match(/^([\u4e00-\u9fff]{1,10})〔((?:19|20)\d{2})〕/);
  if (!m) return undefined;
  const [, code, y] = m as unknown as [string, string, string];
  const year = Number(y);
  const inYears = (e: Lexicon['issuerCodes'][number]) => (e.from === undefined || year >= e.from) && (e.to === undefined || year <= e.to);
  const exact = lexicon.issuerCodes.find((e) => !e.prefix && e.code === code && inYears(e));
  if (exact) return exact.body;
  const begun = lexicon.issuerCodes.filter((e) => e.prefix && code.startsWith(e.code) && inYears(e)).sort((a, b) => b.code.length - a.code.length);
  return begun[0]?.body;
}
