// Titles: the plan a notice transmits (关于印发《X》的通知, also broken over lines and nesting
// 《…〈…〉…》), and a title broken over several lines at the top of a document.
import { DOC_NUMBER } from './doc-number.js';

/** Canonical form of a title: no line breaks or spaces, nested 〈〉 written as 《》. */
export function canonicalTitle(s: string): string {
  return s.replace(/\s+/g, '').replace(/〈/g, '《').replace(/〉/g, '》').replace(/^《(.*)》$/, '$1');
}

/** Index of the 》 closing the 《 at `open`, counting nested 《〈 … 〉》; -1 when unbalanced. */
export function closingBracket(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === '《' || c === '〈') depth++;
    else if (c === '》' || c === '〉') {
      depth--;
      if (depth === 0) return i;
    } else if (c === '。') return -1;
  }
  return -1;
}

// A notice may forward another body's document, naming the body before its title (关于转发市发展改革委《X》的通知):
// X is the document (session 30).
// A report or request may send a document up the same way (关于报送《X》的报告: a body's report that submits its plan; session
// 31 (plans), a real city department's page).
const NOTICE = /(关于)?(印发|转发(?:[\u4e00-\u9fff、]{2,30}?(?:委|局|厅|部|办|院|会|府|室|署))?|发布|颁布|下发|报送)\s*[《〈]/g;

/** The issuing bodies a notice title without 关于 opens with (中共岳阳市委办公室岳阳市人民政府办公室印发《X》的通知,
 *  the form of party and joint notices): the line before 印发 is all bodies' names, no sentence (按照…印发《X》的通知要求
 *  is one). Session 28, real portal pages. */
const BODIES_BEFORE = /^[\u4e00-\u9fff、（）()\s]{2,80}(办公厅|办公室|政府|委员会|党委|委|部|局|厅|院|会|署|办)$/;
const SENTENCE_WORD = /按照|根据|贯彻|落实|依据|依照|参照|为了|现将|已经|经/;

/** A notice title as a portal prints it: its number before it (京政办发〔2016〕26号《…的通知》) and the quotes around
 *  it are not the title's. */
function bareTitle(title: string): string {
  const t = title.replace(new RegExp(`^${DOC_NUMBER.source}`), '');
  const opens = (t.match(/《/g) ?? []).length;
  const closes = (t.match(/》/g) ?? []).length;
  return t.startsWith('《') && opens > closes ? t.slice(1) : t;
}

export interface NoticeTitle {
  /** The notice's whole title (may span lines), canonical. */
  title: string;
  start: number;
  end: number;
  /** The transmitted document's title, canonical. */
  planTitle: string;
}

/** 《X》已由…通过，现予公布: the announcement (公告) that promulgates a law or regulation X. */
const PROMULGATION = /《/g;

function findPromulgation(text: string, limit: number, from: number): NoticeTitle | undefined {
  PROMULGATION.lastIndex = 0;
  for (const m of text.slice(from, limit).matchAll(PROMULGATION)) {
    const open = m.index! + from;
    const close = closingBracket(text, open);
    if (close < 0) continue;
    const after = text.slice(close + 1, close + 120);
    if (!/^(已|业经)[^。]{0,80}(通过|批准)[^。]{0,20}(现予公布|予以公布|现予发布|予以发布)/.test(after)) continue;
    const first = lineOffsets(text, from, limit)[0];
    return {
      title: canonicalTitle(text.slice(first.start, first.end)),
      start: first.start,
      end: text.indexOf('。', close) + 1,
      planTitle: canonicalTitle(text.slice(open + 1, close)),
    };
  }
  return undefined;
}

/** Finds 关于印发《X》的通知 (or 关于印发X的通知 without brackets, or a 公告 promulgating 《X》) near the
 *  top of `text` (from `from`, before `limit`). */
export function findNoticeTitle(text: string, limit: number, from = 0): NoticeTitle | undefined {
  NOTICE.lastIndex = 0;
  for (const m of text.slice(from, limit).matchAll(NOTICE)) {
    const at = m.index! + from;
    const open = at + m[0].length - 1;
    const close = closingBracket(text, open);
    if (close < 0) continue;
    // A notice may transmit several documents (关于印发《A》《B》的通知, 《A》、《B》): the first is the one read.
    let last = close;
    for (let more = /^\s*[、和及]?\s*《/.exec(text.slice(last + 1, last + 6)); more; more = /^\s*[、和及]?\s*《/.exec(text.slice(last + 1, last + 6))) {
      const c = closingBracket(text, last + more[0].length);
      if (c < 0) break;
      last = c;
    }
    const after = text.slice(last + 1, last + 8).replace(/\s/g, '');
    if (!/^的?(通知|通告|函)/.test(after) && !(m[2] === '报送' && /^的?(报告|请示)/.test(after))) continue;
    const lineStart = text.lastIndexOf('\n', at) + 1;
    const kind = /^的?(报告|请示)/.test(after) ? after.replace(/^的/, '').slice(0, 2) : '通知';
    const endWord = text.indexOf(kind, last) >= 0 ? text.indexOf(kind, last) + 2 : last + 1;
    // A notice title sits in the head, not in a sentence of the body.
    const before = text.slice(lineStart, at);
    if (/[。，；]/.test(before)) continue;
    if (!m[1]) {
      const bodies = bareTitle(canonicalTitle(before));
      if (!BODIES_BEFORE.test(bodies) || SENTENCE_WORD.test(bodies)) continue;
    }
    return {
      title: bareTitle(canonicalTitle(text.slice(lineStart, endWord)).replace(/^[^：《]{1,12}：/, '')),
      start: lineStart,
      end: endWord,
      planTitle: canonicalTitle(text.slice(open + 1, close)),
    };
  }
  return bareNoticeTitle(text, from, limit) ?? findPromulgation(text, limit, from);
}

/** The sentence a notice transmits its plan with (现将《X》印发给你们, 《X》已经市政府同意，现印发给你们, 《X》已经某日县政府
 *  常务会议研究通过，现印发给你们): a page that left out the notice's title line still names the plan there (session 28,
 *  real portal pages; 通过 in session 31 (plans)). */
// (Or a note that reports its promulgation, 2023年12月，某某省委办公厅、省政府办公厅印发《X》，自印发之日起施行: a reference
// page's copy; session 32 (plans).)
const TRANSMITTAL = /现将《|《(?=[^》]*》(?:已经|业经|经)[^。]{0,40}(?:同意|通过)[，,]?现(?:予以?)?(?:印发|转发))|(?<=(?:制定|制订|修订|编制)了?)《(?=[^》]*》[，,]\s*现(?:予)?印发)|(?<=(?:发布|印发|公布)了?)《(?=[^》]*》[，,]\s*自[^。]{0,20}(?:起|之日起?)(?:施行|实施|执行))/g;

export function transmittedTitle(text: string, from: number, limit: number): { planTitle: string; start: number; end: number } | undefined {
  TRANSMITTAL.lastIndex = 0;
  for (const m of text.slice(from, limit).matchAll(TRANSMITTAL)) {
    const open = from + m.index! + m[0].length - 1;
    const close = closingBracket(text, open);
    if (close < 0) continue;
    if (m[0] === '现将《' && !/^\s*(印发|转发)/.test(text.slice(close + 1, close + 8))) continue;
    return { planTitle: canonicalTitle(text.slice(open + 1, close)), start: open + 1, end: close };
  }
  return undefined;
}

/** 关于印发X的通知 with X unbracketed, as most portals print it (国务院办公厅关于印发“十四五”国民健康规划的通知,
 *  …关于转发省发展改革委关于…意见的通知), or the bodies right before 印发 (某某省人民政府办公厅印发关于…若干措施的通知:
 *  the form of 办公厅 notices that transmit a 关于… document; session 31 (plans), a real provincial page): a title
 *  line, or up to three short lines it wraps over, that is all one such title; X runs to its last 的通知/的通告. */
const BARE_NOTICE = /^(.{0,40}?关于(?:印发|转发|发布|颁布|下发)|[\u4e00-\u9fff、（）()]{2,60}?(?:办公厅|办公室|政府|委员会|党委|委|部|局|厅)(?:印发|转发))([^《》。；]{2,120})的(?:通知|通告)$/;
/** X that names another document inside its own title (关于印发2023年区《政府工作报告》确定的主要目标任务责任分解方案的通知):
 *  the quoted title is part of X when X goes on after it; X ending at the quote (…关于转发省发展改革委《…意见》的通知) is
 *  not read here (session 30, a real district portal page). */
const NESTED_NOTICE = /^(.{0,40}?关于(?:印发|转发|发布|颁布|下发))((?:[^《》。；]|《[^《》]{1,60}》){2,120}?[^《》。；]{2,})的(?:通知|通告)$/;
/** Lines of the head a bare notice title is looked for in. */
const BARE_NOTICE_LINES = 12;

/** A line that ends as a whole document's title does (…实施细则, …方案, …的通知). */
const WHOLE_TITLE = /(?:通知|意见|方案|规划|细则|办法|规定|条例|规则|纲要|计划|要点|决定|报告|预案|清单)$/;
function bareNoticeTitle(text: string, from: number, limit: number): NoticeTitle | undefined {
  const lines = lineOffsets(text, from, limit).slice(0, BARE_NOTICE_LINES);
  for (let i = 0; i < lines.length; i++) {
    let joined = '';
    for (let j = i; j < Math.min(lines.length, i + 3); j++) {
      const line = text.slice(lines[j].start, lines[j].end);
      if (/[。，；：:]/.test(line) || line.trim().length > 60) break;
      // A line the next one starts with is a page's header, not the title's first part (the portal's name 某某县人民政府
      // above 某某县人民政府办公室关于印发…的通知; session 28, a real county page).
      if (j > i && line.trim().startsWith(joined.trim())) break;
      // An issuer's mark (…文件: the header of an official document, or a portal's column named so) is no part of the title.
      if (j === i && /文件$/.test(line.trim()) && line.trim().length <= 20) break;
      // A line that is a whole title of its own (吉安市…实施细则 above 某某市人民政府办公室 / 关于印发…的通知: a law database's
      // heading over the notice it prints) is not the notice title's first part (session 32 (plans), a real 2003 notice).
      if (j > i && WHOLE_TITLE.test(joined.trim())) break;
      joined += line;
      const m = canonicalTitle(joined).match(BARE_NOTICE) ?? canonicalTitle(joined).match(NESTED_NOTICE);
      if (m) return { title: canonicalTitle(joined), start: lines[i].start, end: lines[j].end, planTitle: m[2] };
    }
  }
  return undefined;
}

/**
 * Lines that together form `title` (ignoring breaks, spaces and bracket style), searched from
 * `from`; returns the last such run that starts before `before`.
 */
export function findTitleLines(
  text: string,
  title: string,
  from: number,
  before: number,
): { start: number; end: number } | undefined {
  const target = canonicalTitle(title);
  let found: { start: number; end: number } | undefined;
  const lines = lineOffsets(text, from, before);
  for (let i = 0; i < lines.length; i++) {
    let joined = '';
    for (let j = i; j < Math.min(lines.length, i + 5); j++) {
      joined += text.slice(lines[j].start, lines[j].end);
      const c = canonicalTitle(joined.replace(/^附件[:：]?\s*\d*/, ''));
      if (c === target) found = { start: lines[i].start, end: lines[j].end };
      if (c.length >= target.length) break;
    }
  }
  return found;
}

/** A title's qualifier on a line of its own: its status or its period — never a date or a history line
 *  (（1982年2月27日）, （2019年修订） stay the history's). */
const TITLE_QUALIFIER = /^[（(](试行|暂行|征求意见稿|送审稿|草案|修订稿|(19|20)\d{2}\s*[—–\-－~至]\s*((19|20)\d{2}|\d{2})\s*年?)[)）]$/;

/** A document number alone on its line (鄂政办发〔2024〕12号): never part of a title. */
const DOC_NUMBER_LINE = new RegExp(`^${DOC_NUMBER.source}$`);
/** Lines of an official document's header (版头, GB/T 9704-2012 §7.2) above its title: the copy number
 *  (份号, six digits), classification (密级) and urgency (紧急程度), the issuer's mark (…文件, the bodies of a
 *  joint one on lines of their own above it), the number, the signer (签发人, of a report to a higher body). */
const HEADER = /^(\d{6}|(绝密|机密|秘密)(★.*)?|特急|加急|特提|平急|签发人[:：].*)$/;
/** The issuer's mark: a body's name (its last word a body's) and 文件, no 关于 or 的 (a title's words); not a
 *  section heading such as 引用文件. */
const ISSUER_MARK = /^(?!.*(关于|的))[\u4e00-\u9fff（）、]{1,40}(政府|办公厅|办公室|委员会|党组|厅|局|委|部|院|会|署|办|中心|中央)文件$/;
const HEADER_LINES = 8;
/** A page's own word on a line of its own above the title (广告, 返回, 打印 …: session 30, a real news portal's copy). */
const PAGE_WORD = /^(广告|返回|打印|关闭|分享|收藏|首页|返回顶部|打印本页|关闭窗口|无障碍浏览|长者模式|通知公告|公示公告|热门栏目|新闻动态|工作动态|最新动态|政策文件|文件通知)$|^欢迎(访问|来到|光临|进入)/;
// (Portal columns above the title (通知公告, 热门栏目) and a site's greeting (欢迎访问…网站): session 31 (plans).)
/** A line that ends with a colon (addressees) or opens with a short label and a colon (a page's 归档时间：…). */
const NOT_A_TITLE = /[：:]$|^[^：:《]{1,8}[：:]/;

/** The body an official document's header names as its issuer (版头 `某某省人民政府文件`, or the body on the line above a
 *  `文件` that a page put on a line of its own, or a letter's header: the body over a rule or its number), among the first
 *  lines from `from` (session 30, a real portal page whose notice printed no signing body; session 31 (plans), a real
 *  city's 函 whose page named its issuer 市政府办公厅 only). */
export function issuerMark(text: string, from: number, limit: number): string | undefined {
  const lines = lineOffsets(text, from, limit).slice(0, 12).map((l) => text.slice(l.start, l.end).trim()).filter(Boolean);
  for (let i = 0; i < lines.length; i++) {
    if (ISSUER_MARK.test(lines[i]!)) return lines[i]!.replace(/文件$/, '');
    if (lines[i] === '文件' && i > 0 && ISSUER_MARK.test(`${lines[i - 1]}文件`)) return lines[i - 1];
    // A letter's header (函件格式): the body's name over the rule or the number (某某市人民政府办公厅 / ———— / 筑府办函〔2020〕78号),
    // or over a title that does not name it (中国共产主义青年团某某省委员会 / 关于…的通知: a party or League page).
    const next = lines[i + 1] ?? '';
    if (ISSUER_MARK.test(`${lines[i]}文件`) && (RULE_LINE.test(next) || DOC_NUMBER_LINE.test(next) || /^关于/.test(next))) return lines[i];
  }
  return undefined;
}

/** The rule under a header's mark, as a page prints it (————, ─────, ━━━). */
const RULE_LINE = /^[—─━\-_]{4,}$/;

function isHeaderLine(line: string): boolean {
  const t = line.trim();
  return HEADER.test(t) || ISSUER_MARK.test(t) || DOC_NUMBER_LINE.test(t);
}

/** A line that records the body that adopted the text: （县十七届人大六次会议审议通过）, （2021年1月20日…会议通过）. */
const ADOPTION_LINE = /^[（(][^（）()]{2,40}(审议通过|通过|批准)[)）]$/;

/** A part of a code printed as a line of its own: 侵权责任编, 总则, 分则, 附则 (not a numbered 第一编). */
const CODE_PART = /^([\u4e00-\u9fff]{1,8}编|总则|分则|附则)$/;

/** An attachment's label on a line of its own above its title (附件, 附件2, 附件：). */
const ATTACHMENT_LABEL = /^附\s*件\s*[0-9一二三四五六七八九十]*\s*[:：]?\s*$/;

/** Whether a title ends with a kind of document (…方案, …意见（试行）, …规划（2021—2025年）). */
export function endsWithDocType(title: string, docTypes: readonly string[]): boolean {
  const t = title.replace(/\s+/g, '').replace(/([（(][^（）()]{1,20}[)）])+$/, '');
  return docTypes.some((d) => t.endsWith(d));
}

/**
 * The first lines of a document without a notice: joined while a 《 is open or too short, or while the
 * title does not yet end with a kind of document and the next short line makes it end with one (a title
 * wrapped without brackets: 湖北省促进全民健身和体育消费 / 推动体育产业高质量发展实施方案). An attachment's
 * label above the title (附件2) is not the title.
 */
export function leadingTitle(text: string, start: number, isHeading: (l: string) => boolean, docTypes: readonly string[] = []) {
  let lines = lineOffsets(text, start, Math.min(text.length, start + 600));
  if (lines.length > 1 && ATTACHMENT_LABEL.test(text.slice(lines[0].start, lines[0].end))) lines = lines.slice(1);
  // The header block of an official document (版头, GB/T 9704) is not its title.
  // A joint issuer's mark prints the bodies one a line above …文件: everything down to the mark is header.
  const mark = lines.slice(0, HEADER_LINES).findIndex((l) => ISSUER_MARK.test(text.slice(l.start, l.end).trim()));
  let skip = mark >= 0 && mark < lines.length - 1 ? mark + 1 : 0;
  while (skip < Math.min(lines.length - 1, HEADER_LINES) && isHeaderLine(text.slice(lines[skip].start, lines[skip].end))) skip++;
  // A page's lines above the title are not it either (归档时间：2018-11-21, 当前位置：首页 > …, 来源：… 日期：…), nor
  // the addressees of a notice whose title line the page left out (各市、县人民政府，省人民政府各委、办、厅、局：).
  // The header may come again under such lines (a document site's 第一篇：某某厅文件, then the header's mark and number
  // printed once more: session 32 (plans), a real provincial notice of 2009): it is skipped there too.
  while (
    skip < Math.min(lines.length - 1, HEADER_LINES) &&
    ((NOT_A_TITLE.test(text.slice(lines[skip].start, lines[skip].end).trim()) && !titleBeforeAddressees(text.slice(lines[skip].start, lines[skip].end).trim(), docTypes)) || PAGE_WORD.test(text.slice(lines[skip].start, lines[skip].end).trim()) || (skip > 0 && isHeaderLine(text.slice(lines[skip].start, lines[skip].end))))
  )
    skip++;
  lines = lines.slice(skip);
  // A title sits right above its adoption line (（县十七届人大六次会议审议通过）): a line above that title is the page's own heading
  // (（某省）某市某县…规划（2022年更新）), not the document's (session 31 (plans), a real database page).
  const adopted = lines.slice(2, 5).findIndex((l) => ADOPTION_LINE.test(text.slice(l.start, l.end).trim()));
  if (adopted >= 0 && endsWithDocType(lines.slice(1, adopted + 2).map((l) => text.slice(l.start, l.end)).join(''), docTypes)) lines = lines.slice(1);
  if (lines.length === 0) return undefined;
  let end = lines[0].end;
  // A site's word after its headline (…政府工作报告—全文, …（全文）) is the page's, not the title's: without it the headline ends as
  // a kind of document does and is not joined to the document's own heading printed under it (session 33 (plans), a real
  // county's 政府工作报告 read as …政府工作报告—全文政府工作报告).
  let joined = text.slice(lines[0].start, end).replace(PAGE_SUFFIX, '');
  for (let j = 1; j < Math.min(lines.length, 4); j++) {
    const open = (joined.match(/[《〈]/g) ?? []).length > (joined.match(/[》〉]/g) ?? []).length;
    const next = text.slice(lines[j].start, lines[j].end);
    if (isHeading(next) || /[。：:]/.test(next) || next.length > 40 || DOC_NUMBER_LINE.test(next.trim())) break;
    // A qualifier printed on a line of its own under the title (（试行）, （2021—2025年）, （征求意见稿）) is the title's.
    if (!open && TITLE_QUALIFIER.test(next.trim())) {
      joined += next.trim();
      end = lines[j].end;
      continue;
    }
    // A title wrapped before its conjunction (…第十四个五年规划 / 和二〇三五年远景目标纲要) goes on, though its first line ends
    // as a kind of document does (session 31 (plans)).
    if (!open && /^(和|及|与|暨|以及)/.test(next.trim()) && next.trim().length <= 40 && !/[。，；：:]/.test(next) && endsWithDocType(joined + next, docTypes)) {
      joined += next.trim();
      end = lines[j].end;
      continue;
    }
    if (!open) {
      // Wrapped without brackets: up to three more lines, the last making it a kind of document (a joint title set in
      // 2号 prints its bodies over two lines before 关于…的 / 通知: session 30, a Chromium print of a 红头 notice).
      if (endsWithDocType(joined, docTypes) || /[，；]/.test(next)) break;
      const ahead = lines.slice(j, Math.min(lines.length, j + 3)).map((l) => text.slice(l.start, l.end));
      const k = ahead.findIndex((_, n) => endsWithDocType(joined + ahead.slice(0, n + 1).join(''), docTypes) && ahead.slice(0, n + 1).every((a) => a.length <= 40 && !/[。：:，；]/.test(a) && !isHeading(a) && !DOC_NUMBER_LINE.test(a.trim())));
      if (k < 0) break;
      joined += ahead.slice(0, k + 1).join('');
      end = lines[j + k].end;
      break;
    }
    joined += next;
    end = lines[j].end;
  }
  // A code published in parts (the mirror's 民法典: one file per 编, its title line, then 侵权责任编 / 总则 /
  // 附则 on the next line) keeps the part in its title, or its parts are one document (session 19: the 8
  // files of 民法典/ had one title and one id).
  const part = lines[1] && end === lines[0].end && /法典$/.test(joined) ? text.slice(lines[1].start, lines[1].end).trim() : '';
  if (CODE_PART.test(part)) {
    joined += part;
    end = lines[1]!.end;
  }
  // A notice's addressees run on after its title on one line (…活动的通知 各乡镇妇联、县直妇委会：): the title ends before them
  // (session 32 (plans), a real county 妇联 notice copied to a forum).
  joined = beforeAddressees(joined, docTypes);
  // A posting date a page printed after the title on its line (…工作安排 2016-03-07): the page's, not the title's.
  joined = joined.replace(TRAILING_POSTING_DATE, '');
  // A column's label a portal puts before the title (政务服务丨…的实施意见, 通知公告｜…): not the title's (session 32 (plans),
  // a real county portal's copy of its city's opinion).
  const label = COLUMN_LABEL.exec(joined);
  if (label && endsWithDocType(joined.slice(label[0].length), docTypes) && joined.length - label[0].length >= 6) joined = joined.slice(label[0].length);
  if (/[。]/.test(joined) || joined.length > 80) return undefined;
  // (A number before a quoted title, 鲁政发〔2014〕20号《…实施意见》: neither the number nor the quotes are the title's.)
  return { title: canonicalTitle(bareTitle(canonicalTitle(joined))), start: lines[0].start, end };
}

/** A site's word after a headline: —全文, （全文）, 全文发布, 原文. */
const PAGE_SUFFIX = /(?<=[\u4e00-\u9fff）)》”])\s*(?:[—–\-－_|｜]+\s*(?:全文|正文|原文|全文发布)|[（(](?:全文|原文)[)）])$/;

/** A date written as a page writes its posting date (2016-03-07) at the end of a title line, after its words. */
export const TRAILING_POSTING_DATE = /(?<=[\u4e00-\u9fff）)》”]{2})\s*(?:19|20)\d{2}-\d{1,2}-\d{1,2}$/;

/** A portal column's label and its bar before a title: 政务服务丨, 通知公告｜ (丨 is an ideograph no title opens with). */
const COLUMN_LABEL = /^[\u4e00-\u9fff]{2,8}\s*[丨|｜]\s*/;

/** A title line cut before the addressees that follow it (各…：, at most 60 characters to the colon, no sentence between),
 *  when what stands before them ends as a kind of document does; else the line as it is. */
const ADDRESSEES_AFTER = /各[^。；：:]{1,60}[：:]/g;
/** Whether a line is a title with its addressees run on after it (beforeAddressees cuts it). */
function titleBeforeAddressees(line: string, docTypes: readonly string[]): boolean {
  return !/^[^：:《]{1,8}[：:]/.test(line) && beforeAddressees(line, docTypes) !== line;
}

export function beforeAddressees(line: string, docTypes: readonly string[]): string {
  for (const m of line.matchAll(ADDRESSEES_AFTER)) {
    const head = line.slice(0, m.index).trimEnd();
    if (head.length >= 6 && endsWithDocType(head, docTypes)) return head;
  }
  return line;
}

/** End of the line `at` is on. */
export function lineEnd(text: string, at: number): number {
  const end = text.indexOf('\n', Math.min(at, text.length));
  return end < 0 ? text.length : end;
}

export function lineOffsets(text: string, from: number, to: number) {
  const out: { start: number; end: number }[] = [];
  let s = from;
  while (s < to) {
    let e = text.indexOf('\n', s);
    if (e < 0 || e > text.length) e = text.length;
    if (e > s) out.push({ start: s, end: e });
    s = e + 1;
  }
  return out;
}
