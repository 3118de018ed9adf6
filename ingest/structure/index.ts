// Structure stage: cleaned text → title, metadata (issuer, date, number, level, region) and the
// numbered units. A notice that transmits a plan (关于印发《X》的通知) yields the plan X, with
// the notice's number, date and issuer as its metadata. Pure.
import type { Lexicon } from '../lexicon/load.js';
import type { CleanText } from '../clean/types.js';
import type { StructuredDoc, Unit } from './types.js';
import { parseHeading } from './numbering.js';
import { canonicalTitle, endsWithDocType, findNoticeTitle, findTitleLines, issuerMark, leadingTitle, lineEnd, lineOffsets, TRAILING_POSTING_DATE, transmittedTitle } from './title.js';
import { findPanel } from './panel.js';
import { fileNameDate, laterNameDate } from './file-date.js';
import { isDateLine, parseDate, runTogetherDate, WRITTEN_DATE } from './dates.js';
import { findDocNumber } from './doc-number.js';
import { isSignatureLine, issuerByNumber, issuerFromTitle, levelAndRegion } from './issuer.js';
import { ATTACHMENT_LABEL, numberedUnits } from './units.js';
import { adoptingEvent, historyBlock, type PlaceHint, readAnnouncement, readHistory, versionDate } from './history.js';
import { genreOf } from './genre.js';
import { STATE_PREFIX } from './history-rules.js';
import { deletionEvent, deletionNotes, markDeletions } from './deletions.js';
import { regionPrefix, regionByName } from '../lexicon/regions.js';

export type { StructuredDoc, Unit } from './types.js';

/** A panel's 发文机构 that names the site, not a body (session 28, a real county portal page). */
const NOT_A_BODY = /网站|门户|网$|平台$/;
/** A town's or street's body after its county's or city's name: 某某县某某镇人民政府 → 某某县. */
const TOWN_BODY = /^([\u4e00-\u9fff]{1,10}?(?:县|区|市|旗))[\u4e00-\u9fff]{1,8}?(?:镇|乡|街道)(?:人民政府|办事处|党委|政府)$/;
/** A body named by its level word alone, without its place (市教育体育局, 县政府办, 地区行署, 区委办公室). */
const PLACELESS_BODY = /^(省|市|县|区|州|盟|旗|地区|自治州|自治县)(?![辖直属])/;

export function structure(file: string, clean: CleanText, lexicon: Lexicon): StructuredDoc | undefined {
  const text = clean.text;
  const lines = lineOffsets(text, 0, text.length);
  // A notice's list of attachments (附件：1.X方案 / 2.Y清单) numbers documents, not measures.
  const listed = attachmentList(text, lines);
  // A portal's menu copied as numbered lists (1. 目录 / 2. 旗人民政府 / 1. 预决算公开 …) is neither a heading nor a measure.
  for (const start of menuLines(text, lines)) listed.add(start);
  const firstHeading = lines.find((l) => !listed.has(l.start) && parseHeading(text.slice(l.start, l.end)))?.start ?? text.length;
  // A disclosure page's metadata panel (索引号, 发文机关, 成文日期 …) heading the text: titles are looked
  // for after it, and its own 标题 is the title when the text prints none.
  // A line above a panel is the title only when the panel has no 标题 of its own (a page's <title> the reader
  // put above the panel is a shortened copy of it).
  const panel = findPanel(text, firstHeading, lexicon);
  const from = panel && (text.slice(0, panel.span[0]).trim() === '' || panel.fields.title) ? panel.span[1] : 0;
  const panelTitle = panel?.fields.title;
  const notice = findNoticeTitle(text, firstHeading, from) ?? (panelTitle && from ? findNoticeTitle(text, panelTitle.span[1], panelTitle.span[0]) : undefined);

  let title: string | undefined;
  let sent: ReturnType<typeof transmittedTitle>;
  let wrapper: string | undefined;
  let titleSpan: [number, number] | undefined;
  if (notice) {
    const lines = findTitleLines(text, notice.planTitle, Math.max(notice.end, from), firstHeading) ?? planAfterSignature(text, notice.planTitle, firstHeading);
    // The plan's own title line may name its place where the notice left it out (厦门市人民政府关于印发多规合一…规则的通知 over
    // 厦门市多规合一…规则): that line is the plan's title (session 32 (plans), a real city notice).
    const placed = lines ? undefined : placedTitleLine(text, notice.planTitle, Math.max(notice.end, from), firstHeading, lexicon);
    title = placed?.title ?? notice.planTitle;
    titleSpan = placed ? [placed.start, placed.end] : lines ? [lines.start, lines.end] : [notice.start, notice.end];
  } else if (panelTitle && from) {
    const lines = findTitleLines(text, panelTitle.value, from, firstHeading);
    title = canonicalTitle(panelTitle.value);
    titleSpan = lines ? [lines.start, lines.end] : panelTitle.span;
  } else if ((sent = transmittedTitle(text, from, firstHeading))) {
    // No notice title, but its sentence names the plan it transmits: the plan's own title line when printed.
    const lines = findTitleLines(text, sent.planTitle, sent.end, firstHeading);
    title = sent.planTitle;
    titleSpan = lines ? [lines.start, lines.end] : [sent.start, sent.end];
    // The page's first line may still be the notice's title without brackets around the plan's (成都市发展和改革委员会
    // …关于印发成都市…实施方案的通知): it names the issuers.
    const lead = leadingTitle(text, from, (l) => parseHeading(l) !== undefined, lexicon.docTypes);
    // (A notice title may leave out the plan's qualifier: …印发江西省…指导目录 for 《…指导目录（2021年版）》; session 30.)
    if (lead && lead.start < sent.start && (lead.title.includes(title) || lead.title.includes(title.replace(/[（(][^（）()]{1,20}[)）]$/, '')))) wrapper = lead.title;
  } else {
    const lead = leadingTitle(text, from, (l) => parseHeading(l) !== undefined, lexicon.docTypes);
    // A page's lines above its title (a greeting, a breadcrumb, the column's name) are not it: the line right above the
    // panel is, when it names a kind of document and the first lines do not, or end with it only joined to it (session 31
    // (plans), a real database page).
    const above = panel && !from ? lineAbove(text, panel.span[0]) : undefined;
    const chrome = !lead || !endsWithDocType(lead.title, lexicon.docTypes) || (above !== undefined && lead.title !== above.title && lead.title.endsWith(above.title));
    if (above && chrome && endsWithDocType(above.title, lexicon.docTypes)) [title, titleSpan] = [above.title, [above.start, above.end]];
    else if (lead) [title, titleSpan] = [lead.title, [lead.start, lead.end]];
  }
  if (!title || !titleSpan) return undefined;
  let bodyStart = Math.min(text.length, Math.max(titleSpan[1], panel && panel.span[0] < firstHeading ? panel.span[1] : 0) + 1);
  // The title printed twice (a law database's export: once as its heading, once as the text's first line).
  const titleLine = text.slice(titleSpan[0], titleSpan[1]).trim();
  const again = lines.find((l) => l.start >= bodyStart && text.slice(l.start, l.end).trim() !== '');
  if (again && again.start < firstHeading && titleLine.length >= 6 && text.slice(again.start, again.end).trim() === titleLine) bodyStart = Math.min(text.length, again.end + 1);

  // Signature (issuer line above a date line) in the head, else at the end of the text.
  // A signature sits in the head: before the plan title (a notice's) or between the title and
  // the first numbered heading (a regulation's 通过 line).
  // A line that closes a decision title wrapped from the line above (…第三十条\n第三十一条的决定》修正) is
  // the history's, not an article.
  const firstBodyHeading =
    lines.find((l) => l.start >= bodyStart && parseHeading(text.slice(l.start, l.end)) && !/^[^《]*》/.test(text.slice(l.start, l.end)))?.start ?? bodyStart;
  const inPanel = (l: { start: number }) => panel !== undefined && l.start >= panel.span[0] && l.start < panel.span[1];
  const head = lines.filter((l) => l.end <= Math.max(firstBodyHeading, titleSpan[0]) && !inPanel(l));
  // The colophon (版记: 抄送…, …年…月…日印发) closes an official document under its signature: neither text
  // of a measure nor where the signature is looked for.
  const colophon = colophonStart(text, lines);
  // Attachments printed after the notice (附件1 on a line of its own, a form or a list) follow its signature.
  const attached = lines.find((l) => l.start >= bodyStart && !listed.has(l.start) && ATTACHMENT_LABEL.test(text.slice(l.start, l.end).trim()))?.start ?? text.length;
  const tail = lines.filter((l) => l.start < Math.min(colophon, attached)).slice(-4);
  const signature = findSignature(text, [...head, ...tail], lexicon, clean.origin, (start) => listed.has(start));
  // A government's or ministry's order (某省人民政府令 第192号 … 省长 某某 / 2005年12月30日): the body whose order it is and the
  // date its head signed it, the promulgation date (session 33 (plans), two real provincial 政府令 copied by a law site).
  const order = orderSignature(text, head);
  // A work report's byline (2023年1月10日在某县第九届人民代表大会第二次会议上 / 某县人民政府县长 某某): the government whose
  // report it is and the day it was delivered (session 33 (plans), a real county's 政府工作报告).
  const delivered = reportByline(text, lines.filter((l) => l.start >= titleSpan[0]));
  const panelNumber = panel?.fields.number && /\d/.test(panel.fields.number.value) ? (findDocNumber(panel.fields.number.value)?.value ?? panel.fields.number.value.replace(/\s+/g, '')) : undefined;
  const docNumber = panelNumber ?? findDocNumber(text.slice(0, Math.max(bodyStart, firstHeading)))?.value;
  // (Or a posting time alone on its line, a bullet before it: • 2025-02-28 14:50; session 33 (plans), a real street office's page.)
  const pageDate = clean.dropped
    .filter((d) => d.kind === 'chrome' && (/(日期|时间|发布)/.test(d.line) || POSTING_TIME.test(d.line)))
    .map((d) => parseDate(d.line))
    .find(Boolean);

  // A law's or regulation's history lines under its title (or the announcement that promulgates
  // it) give the version date and the adopting body; they are metadata, not a measure.
  const place = placeHint(title, lexicon);
  const headSpan = historyBlock(text, bodyStart, firstBodyHeading > bodyStart ? firstBodyHeading : text.length);
  const read: ReturnType<typeof readHistory> = headSpan ? readHistory(text, headSpan[0], headSpan[1], place) : { events: [] };
  let history = read.events;
  if (headSpan) bodyStart = Math.min(text.length, headSpan[1] + 1);
  if (history.length === 0 && notice) history = readAnnouncement(text.slice(notice.start, notice.end), notice.start, place);
  // Inline notes of a later deletion (（2011年1月8日删除）, structure/deletions.ts): the text is the version of the latest.
  const deletions = deletionNotes(text, bodyStart);
  const deleted = deletionEvent(history, deletions);
  if (deleted) history = [...history, deleted];
  const adopter = adoptingEvent(history)?.by;
  const adopterSpan = adoptingEvent(history)?.span;

  const panelDate = (field: 'written' | 'published') => (panel?.fields[field] ? parseDate(panel.fields[field].value) : undefined);
  // The panel's 成文日期 is the date the text was signed (its signature's); 发布日期 only when no other is printed.
  // Without a date, the year of its own number (法释〔2022〕16号: the 〔year〕 of a 发文字号 is its issue year).
  const numberYear = docNumber?.match(/〔((?:19|20)\d{2})〕/)?.[1];
  // A page's posting date (发布日期, a chrome line's 发布时间) in a year after its number's is a repost's, not the date the
  // text bears (session 32 (plans): a 2001 opinion posted again in 2025).
  const posted = [panelDate('published'), pageDate].find((d) => d !== undefined && !(numberYear && Number(d.slice(0, 4)) > Number(numberYear)));
  // Who promulgated the plan and when, as a note that reports it names them (2023年12月，A、B印发《X》，自…施行).
  const promulgated = sent && !notice ? promulgationNote(text, sent.start, lexicon) : undefined;
  // A portal's byline under the title ([某某县人民政府]2016-05-09): the body that posted the text and when, for a text that
  // signs nowhere (session 32 (plans), a real county portal's 应急预案).
  const byline = bylineUnder(text, titleSpan[1], lexicon);
  // The posting date a page printed on the title's line (…工作安排 2016-03-07).
  const titleLineDate = text.slice(titleSpan[0], titleSpan[1]).trim().match(TRAILING_POSTING_DATE)?.[0];
  const issuedOn =
    order?.date ?? versionDate(history, read.promulgated) ?? signature?.date ?? delivered?.date ?? panelDate('written') ?? dateUnderTitle(text, titleSpan[1]) ?? promulgated?.date ?? posted ?? byline?.date ?? (titleLineDate ? parseDate(titleLineDate.trim()) : undefined);
  // (Not a horizon the title looks to: …第十四个五年规划和2035年远景目标纲要 is not of 2035; session 32 (plans).)
  // (Nor the end of the period a title names, …规划（2021—2025年）: the plan's last year, not the year it was made; session 33
  // (plans), a real city's 规划 posted without its date.)
  const titleYear = [...title.matchAll(/(?:19|20)\d{2}(?=年)/g)].find((m) => !/^年(?:远景|愿景|展望)/.test(title.slice(m.index! + 4)) && !PERIOD_END.test(title.slice(0, m.index)))?.[0];
  const year = issuedOn ? Number(issuedOn.slice(0, 4)) : (signature?.year ?? promulgated?.year ?? (titleYear ? Number(titleYear) : numberYear ? Number(numberYear) : undefined));
  // Bodies that adopted one text together (两高: A会议、B会议通过) are its issuers, joined by 、.
  // A portal fills 发文机构 with itself now and then (县政府网站): a website is no issuer.
  // (Down to the text's first heading: a page may print its title once more under the header's mark.)
  const mark = issuerMark(text, 0, Math.max(titleSpan[0], Math.min(firstHeading, text.length)));
  const fromTitle = issuerFromTitle(title, lexicon);
  const fromNotice = notice ? issuerFromTitle(notice.title, lexicon) : undefined;
  // A 发布机构 without its place (市教育体育局, 地区行署: the department or office that posted the page) gives way to the
  // bodies the title names (中共某某市委办公室 某某市人民政府办公室 关于印发…): session 32 (plans), two real portal pages.
  // (Not when one of them is its full name: the short name then gives way to it below.)
  const printed = [mark, fromTitle, fromNotice].filter((f): f is string => f !== undefined);
  const panelBody = panel?.fields.issuer?.value.replace(/\s+/g, '');
  const placeless = (v: string) => PLACELESS_BODY.test(v) && printed.length > 0 && !printed.some((f) => shortNameOf(v, f));
  // A town's government or street office that posted its county's plan (发布机构 某某县某某镇人民政府 over 某某县…应急预案, the
  // notice addressed to 各乡镇人民政府): the plan names the county, whose text it is, not the town's (session 32 (plans),
  // a real town portal page).
  const below = (v: string) => {
    const m = v.match(TOWN_BODY);
    return m !== null && m[1]!.length >= 2 && title.startsWith(m[1]!);
  };
  const panelIssuer =
    panel?.fields.issuer && panelBody !== undefined && !signature?.issuer && !adopter && !read.jointAdopters && !NOT_A_BODY.test(panel.fields.issuer.value) && !placeless(panelBody) && !below(panelBody)
      ? panel.fields.issuer
      : undefined;
  const named = read.jointAdopters ?? adopter ?? order?.issuer ?? signature?.issuer ?? delivered?.issuer ?? (panelIssuer ? panelBody : undefined) ?? fromTitle ?? fromNotice ?? promulgated?.issuer ?? byline?.issuer ?? sourceBody(clean.dropped, title) ?? (wrapper ? issuerFromTitle(wrapper, lexicon) : undefined) ?? mark;
  // A short name of the body (a portal's 发布机构 市政府办公厅 or 西藏政府, a notice title's 市人民政府办公厅) gives way to
  // its full name where the text prints one: the header's mark, the title's issuer (session 31 (plans), real pages).
  // (A text that names no body but numbers itself with a body's 发文机关代字 was issued by that body: session 34 (plans).)
  const issuer = provinceByNumber(named && [mark, fromTitle, fromNotice].find((f) => f !== undefined && shortNameOf(named, f)) || named, docNumber, lexicon) ?? issuerByNumber(docNumber, lexicon);
  const issuerSpan = adopter ? adopterSpan : (signature?.issuerSpan ?? panelIssuer?.span);
  const approver = history.find((h) => h.action === 'approved' && h.by !== adopter)?.by;
  const placed = levelAndRegion(issuer, title, lexicon, approver);
  const { region, regionParent } = placed;
  // A notice that names neither its body nor its place is still addressed to the units under it (县直各有关单位：, 各乡镇人民政府，
  // 县直各部门：): their level says its own (session 33 (plans), a real 团县委 notice copied by a document site).
  const level = placed.level ?? (issuer === undefined && region === undefined ? levelOfAddressees(text, titleSpan[1]) : undefined);

  const units: Unit[] = numberedUnits(text, bodyStart, listed);
  // A signature closing the text (issuer and date under the last measure) is metadata, not that measure's text.
  const signed = signature?.issuerSpan ?? signature?.dateSpan;
  const closing = signed && signed[0] > bodyStart ? signed[0] : colophon < text.length ? colophon : undefined;
  // A notice's signature above a plan printed without its title line (前言 and the plan's text right under the date):
  // the notice's text runs to its signature, the plan's preamble begins after it (session 30, a real provincial
  // portal page: the 前言 after the signature was in no unit, and the documents it cites were lost).
  const signedEnd = signature?.dateSpan?.[1] ?? (signature?.issuerSpan ? lineEnd(text, signature.issuerSpan[1] + 1) : undefined);
  // (Without a notice title, the transmitting sentence and the plan's text are one unit: it is left whole.)
  const preambleAfter = (notice || sent) && closing !== undefined && closing === signed?.[0] && signedEnd !== undefined
    ? units.find((u) => u.kind === 'preamble' && u.span[0] < closing && u.span[1] > signedEnd + 1)
    : undefined;
  let noticeEnd = 0;
  if (preambleAfter) {
    if (notice) {
      noticeEnd = signedEnd!;
      preambleAfter.span = [Math.min(preambleAfter.span[1], signedEnd! + 1), preambleAfter.span[1]];
    }
  } else if (closing !== undefined) {
    for (const u of units) if (u.span[0] < closing && u.span[1] > closing) u.span = [u.span[0], Math.max(u.span[0], closing - 1)];
  }
  if (notice) {
    units.unshift({
      path: '通知',
      kind: 'notice',
      name: notice.title,
      // A notice whose title is only the panel's: its text starts after the panel.
      span: [Math.max(notice.start, from), Math.max(notice.end, from, titleSpan[0] - 1, noticeEnd)],
      ordinal: 0,
      leaf: true,
    });
    units.forEach((u, i) => (u.ordinal = i));
  }
  markDeletions(text, units, deletions);
  return {
    file,
    title,
    titleSpan,
    notice: notice ? { title: notice.title, span: [notice.start, notice.end] } : undefined,
    issuer,
    issuerSpan,
    issuedOn,
    // Only for a text that prints no date: the one its file's name carries (structure/file-date.ts).
    fileDate: issuedOn ? undefined : fileNameDate(file),
    // For a text that prints a date: its file's name's date when that is later by more than a publication's delay.
    nameDate: laterNameDate(file, issuedOn),
    year,
    docNumber,
    level,
    region,
    regionParent,
    genre: genreOf(title, units, history, issuer),
    history,
    headSpan,
    text,
    units,
  };
}

/** The plan's title line after a notice that numbers its own requirements (并就有关事项通知如下：一、…二、…) and closes
 *  with its signature: the first such line under a date line past the notice's first heading, else none (session 30,
 *  a real district portal page: the notice's 一、二、三 were read as the plan's and its signature was not looked for). */
function planAfterSignature(text: string, planTitle: string, firstHeading: number): { start: number; end: number } | undefined {
  const found = findTitleLines(text, planTitle, firstHeading, text.length);
  if (!found) return undefined;
  const between = lineOffsets(text, firstHeading, found.start).map((l) => text.slice(l.start, l.end).trim());
  return between.some((l) => isDateLine(l) || runTogetherDate(l) !== undefined) ? found : undefined;
}

/** Whether `short` is a shortened name of the body `full` names: the same last word (政府, 办公厅), and `short` without its
 *  place (市政府办公厅) or without 人民 and the place's suffix (西藏政府 for 西藏自治区人民政府). */
function shortNameOf(short: string, full: string): boolean {
  if (full.length <= short.length || short.includes('、') || full.includes('、') || !full.endsWith(short.slice(-2))) return false;
  const placeless = /^(省|市|县|区|州|盟|旗)/.test(short) && full.endsWith(short.replace(/^(省|市|县|区|州|盟|旗)(人民)?/, ''));
  const noPeople = short.includes('政府') && !short.includes('人民') && full.includes('人民政府') && full[0] === short[0];
  return placeless || noPeople;
}

/** The bodies and the date of a note reporting a promulgation (2023年12月，中共某某省委办公厅、某某省人民政府办公厅印发《X》，
 *  自印发之日起施行): the sentence before the plan's 《 (`open`), its date first, its bodies (each a signature's name) before
 *  the verb. Session 32 (plans), a real reference page's copy of a provincial 实施细则. */
const PROMULGATION_NOTE = new RegExp(`^(?:(${WRITTEN_DATE}|(?:19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月)\\s*[，,]?\\s*)?([\\u4e00-\\u9fff、（）()]{4,80}?)(?:联合)?(?:发布|印发|公布)了?$`);
function promulgationNote(text: string, open: number, lexicon: Lexicon): { issuer?: string; date?: string; year?: number } | undefined {
  const from = Math.max(text.lastIndexOf('\n', open - 2), text.lastIndexOf('。', open - 2)) + 1;
  const m = PROMULGATION_NOTE.exec(text.slice(from, open - 1).trim());
  if (!m) return undefined;
  const bodies = m[2]!.split('、');
  if (!bodies.every((b) => isSignatureLine(b, lexicon))) return undefined;
  const date = m[1] ? parseDate(m[1]) : undefined;
  const year = m[1]?.match(/(?:19|20)\d{2}/)?.[0];
  return { issuer: bodies.join('、'), date, year: year ? Number(year) : undefined };
}

/** A byline: a body's name in brackets and a date, on the first line under the title ([某某县人民政府]2016-05-09字号：). */
const BYLINE = /^[\[［【]([\u4e00-\u9fff（）()、]{3,40})[\]］】]\s*((?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?)/;
function bylineUnder(text: string, titleEnd: number, lexicon: Lexicon): { issuer?: string; date?: string } | undefined {
  const line = text.slice(titleEnd).replace(/^\s*\n/, '').split('\n', 1)[0]!.trim();
  const m = BYLINE.exec(line);
  if (!m || !isSignatureLine(m[1]!, lexicon)) return undefined;
  return { issuer: m[1], date: parseDate(m[2]!) };
}

/** A line between `from` and `limit` that is a place's name and then `planTitle` (厦门市 + 多规合一业务协同平台运行规则). */
function placedTitleLine(text: string, planTitle: string, from: number, limit: number, lexicon: Lexicon): { title: string; start: number; end: number } | undefined {
  for (const l of lineOffsets(text, from, Math.min(limit, text.length))) {
    const line = text.slice(l.start, l.end).trim();
    if (line.length <= planTitle.length || !line.endsWith(planTitle)) continue;
    const place = line.slice(0, line.length - planTitle.length);
    if (place.length <= 8 && regionPrefix(place, lexicon)?.form === place) return { title: canonicalTitle(line), start: l.start, end: l.end };
  }
  return undefined;
}

/** A province's body named without its province (省人民政府关于… as a provincial gazette prints its title) is that province's
 *  when its document number opens with the province's one-character name (鄂政发〔2018〕26号 → 湖北省人民政府): regions.txt's
 *  short forms. Session 32 (plans), a real provincial opinion in traditional script. */
function provinceByNumber(issuer: string | undefined, docNumber: string | undefined, lexicon: Lexicon): string | undefined {
  if (!issuer || !docNumber || !/^省(?!份)/.test(issuer)) return issuer;
  const province = lexicon.regions.find((r) => r.level === 'province' && r.short.some((f) => f.length === 1 && f === docNumber[0]));
  return province ? province.name + issuer.slice(1) : issuer;
}

/** The last line with text before `at`, as a title (no sentence, at most 80 characters). */
function lineAbove(text: string, at: number): { title: string; start: number; end: number } | undefined {
  const line = lineOffsets(text, 0, at).filter((l) => text.slice(l.start, l.end).trim() !== '').at(-1);
  const t = line ? text.slice(line.start, line.end).trim() : '';
  return line && t.length <= 80 && !/[。；：:>＞]/.test(t) ? { title: canonicalTitle(t), start: line.start, end: line.end } : undefined;
}

/** The province, city or county a title names, to resolve 省/市/县 in 省十二届人大常委会. */
function placeHint(title: string, lexicon: Lexicon): PlaceHint | undefined {
  const r = regionPrefix(title, lexicon)?.region;
  if (!r) {
    const county = title.match(/^([\u4e00-\u9fff]{2,10}?(自治县|自治旗|县|旗))/)?.[1];
    return county ? { county } : undefined;
  }
  if (r.level === 'province' || r.level === 'country') return { province: r.name };
  const parent = r.parent ? regionByName(r.parent, lexicon) : undefined;
  return r.level === 'city' ? { province: parent?.name, city: r.name } : { province: parent?.parent ?? undefined, city: parent?.name, county: r.name };
}

/** A date alone on the line under the title (1982年2月27日, （1985年12月30日）): the date the document
 *  bears, as official compilations print it when no adoption or order line is given. */
function dateUnderTitle(text: string, titleEnd: number): string | undefined {
  const line = text.slice(titleEnd).replace(/^\s*\n/, '').split('\n', 1)[0]!.trim().replace(/^[（(]\s*(.*?)\s*[)）]$/, '$1');
  return line.length <= 16 && isDateLine(line) ? parseDate(line) : undefined;
}

/** The file name of an attachment a page links under its notice (…纲要.docx, 附件1.xlsx). */
const ATTACHED_FILE = /^\S{2,80}\.(?:docx?|pdf|xlsx?|wps|ofd|zip|rar)$/i;

/** 公开属性 printed under a signature: （此件公开发布）, （此件主动公开）, （此件不予公开）. */
const PUBLICATION_NOTE = /^[（(]此件[\u4e00-\u9fff]{2,6}[)）]$/;

/** Signature lines above one date line a joint document may have (中共…宣传部 / …科协 / …科技厅). */
const MAX_SIGNATURE_LINES = 6;

/**
 * The signature: the issuer line(s) right above a date line. A joint document's bodies sign one a line, or
 * several on one line apart (江西省体育局    江西省教育厅): the cleaned text has lost those spaces, so a line
 * is split where the read text had characters the cleaned one dropped (`origin` jumps). Several bodies
 * are joined by 、, as the history's joint adopters are.
 */
/** An order's own line: the body and 令, its number on the same line or the next (某省人民政府令 / 第192号). */
// (Or without its body, as a database cuts it: 政府令〔2010〕第15号; then the date only.)
const ORDER_LINE = /^(?:中华人民共和国)?([\u4e00-\u9fff]{2,30}?(?:人民政府|国务院|部|委员会|总局|局|署|银行))?(?:(?<=[\u4e00-\u9fff])|政府)令\s*(?:〔(?:19|20)\d{2}〕)?\s*(?:第\s*[\d〇零一二三四五六七八九十百]+\s*号)?$/;
/** The head of a government or ministry signing its order, with his or her name (省长 某某, 自治区主席 某某, 市长 某某, 部长 某某). */
// (Its name may follow a colon and be spaced out: 市长： 何 健.)
// (A copy may drop the name and keep the office: 省长.)
const ORDER_SIGNER = /^(?:代理?)?(?:总理|省长|自治区主席|自治区人民政府主席|主席|市长|州长|县长|区长|盟长|旗长|部长|主任|局长|署长|行长)(?:\s*[:：]?\s*[\u4e00-\u9fff·](?:\s*[\u4e00-\u9fff·]){1,5})?$/;
/** Lines an order's sentence and signature take after its 令 line, at most. */
const ORDER_LINES = 6;

/** The body whose order the head prints and the date its head signed it: the 令 line, then within a few lines a signer's
 *  line (职务 and name) right over a date line. Nothing when either is missing. */
function orderSignature(text: string, lines: { start: number; end: number }[]): { issuer?: string; date: string } | undefined {
  const at = (i: number) => text.slice(lines[i].start, lines[i].end).trim();
  for (let i = 0; i < lines.length; i++) {
    const m = at(i).match(ORDER_LINE);
    if (!m) continue;
    for (let k = i + 1; k < Math.min(lines.length - 1, i + 1 + ORDER_LINES); k++) {
      if (!ORDER_SIGNER.test(at(k)) || !isDateLine(at(k + 1))) continue;
      const date = parseDate(at(k + 1));
      return date ? { issuer: m[1]?.replace(STATE_PREFIX, '$1'), date } : undefined;
    }
  }
  return undefined;
}

/** Addressees by the level of the body that writes to them, highest first: a province's (各市（州）…, 省直各…), a city's
 *  (各县（市、区）…, 市直各…), a county's (各乡（镇）…, 各乡镇, 各街道, 县直各…). */
const ADDRESSEES_OF: { level: 'provincial' | 'municipal' | 'county'; re: RegExp }[] = [
  { level: 'provincial', re: /^省直|各(?:市（州）|市、州|市州|地级以上市|设区的?市|地级市)/ },
  { level: 'municipal', re: /^市直|各(?:县（市、区）|县（区）|区（县）|县、区|区、县|县市区|区县|县区)/ },
  { level: 'county', re: /^(?:县直|区直|旗直)|各(?:乡（镇）|乡、镇|乡镇|镇|街道|苏木)/ },
];
/** Lines after the title read for the addressees, at most. */
const ADDRESSEE_LINES = 4;

/** The level of the body a notice's addressees line (各…： right under its title) implies; nothing without such a line. */
function levelOfAddressees(text: string, from: number): 'provincial' | 'municipal' | 'county' | undefined {
  const line = lineOffsets(text, from, Math.min(text.length, from + 400))
    .slice(0, ADDRESSEE_LINES)
    .map((l) => text.slice(l.start, l.end).trim())
    .find((l) => /[：:]$/.test(l) && l.length <= 80);
  return line ? ADDRESSEES_OF.find((a) => a.re.test(line))?.level : undefined;
}

/** A posting time alone on a line (a bullet or a dash before it): 2025-02-28 14:50. */
const POSTING_TIME = /^[\s•·\-–—]*(?:19|20)\d{2}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$/;
/** The body a page's 来源 line names (来源：某某街道办事处 发布时间：…). */
const SOURCE_BODY = /来源\s*[:：]\s*([\u4e00-\u9fff（）()]{3,30}?)(?=\s|发布|时间|日期|浏览|访问|$)/;

/** The body a page names as its source, for a text that signs nowhere, when the title names that body (or its place and
 *  kind without the office's word: 珠山街道… for 珠山街道办事处): session 33 (plans), real street offices' pages. */
function sourceBody(dropped: readonly { kind: string; line: string }[], title: string): string | undefined {
  for (const d of dropped) {
    const m = SOURCE_BODY.exec(d.line);
    if (!m) continue;
    const body = m[1]!;
    const stem = body.replace(/(?:办事处|人民政府|政府)$/, '');
    if (stem !== body && (title.startsWith(body) || (stem.length >= 3 && title.startsWith(stem)))) return body;
  }
  return undefined;
}

/** What stands before the last year of a period (2021—2025年, 2021-2025年, 2021至2025年). */
const PERIOD_END = /(?:19|20)\d{2}\s*年?\s*[—–\-－~～至到]\s*$/;

/** A report's delivery line: the day, then 在…会议上 (2023年1月10日在某县第九届人民代表大会第二次会议上). */
const DELIVERED_AT = /^((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*在[^。，；]{2,50}会议上$/;
/** The speaker under it: the body and its head's office, then the name (某县人民政府县长 某某, 某市人大常委会主任 某某). */
const DELIVERED_BY = /^([\u4e00-\u9fff]{2,30}?(?:人民政府|人民代表大会常务委员会|人大常委会|政府))\s*(?:代理?)?(?:县长|市长|省长|区长|州长|旗长|盟长|主席|主任)/;

/** The body that delivered a report and the day, from its byline among the head's first lines; nothing without both. */
function reportByline(text: string, lines: { start: number; end: number }[]): { issuer: string; date: string } | undefined {
  const at = (i: number) => text.slice(lines[i].start, lines[i].end).trim();
  for (let i = 0; i < Math.min(lines.length - 1, 8); i++) {
    const d = at(i).match(DELIVERED_AT);
    if (!d) continue;
    const by = at(i + 1).match(DELIVERED_BY);
    const date = parseDate(d[1]!);
    return by && date ? { issuer: by[1]!, date } : undefined;
  }
  return undefined;
}

function findSignature(text: string, lines: { start: number; end: number }[], lexicon: Lexicon, origin: number[], listedAbove: (start: number) => boolean = () => false) {
  for (let i = 0; i < lines.length; i++) {
    const line = text.slice(lines[i].start, lines[i].end);
    // Name and date on one line (湖北省科学技术协会 2024年3月6日: a right-aligned block the page ran together).
    const inline = line.match(SIGNED_LINE);
    if (inline && !isDateLine(line)) {
      const nameEnd = lines[i].start + inline[1].length;
      const names = signatureNames(text, { start: lines[i].start, end: nameEnd }, lexicon, origin);
      const date = parseDate(inline[2]);
      if (names && date) {
        return { issuer: joinBodies(names), issuerSpan: [lines[i].start, nameEnd] as [number, number], date, year: undefined };
      }
    }
    // The signature run into the end of the notice's last paragraph (…认真抓好贯彻落实。 附件：X 某某厅 2015年3月10日: a page
    // that put its lines together with spaces between them).
    const ending = inline ? undefined : signedEnding(text, lines[i], lexicon, origin);
    if (ending) return ending;
    if (i === 0) continue;
    // A plan may sign with the month only (2024年2月): its year, no date.
    const yearMonth = isDateLine(line) ? undefined : line.trim().match(/^((?:19|20)\d{2})\s*年\s*\d{1,2}\s*月$/)?.[1];
    // A date whose 年月日 the page lost (2024327), read only where a signature's date stands.
    const runTogether = isDateLine(line) || yearMonth ? undefined : runTogetherDate(line);
    if (!isDateLine(line) && !yearMonth && !runTogether) continue;
    const bodies: string[] = [];
    let first = i;
    for (let k = i - 1; k >= 0 && i - k <= MAX_SIGNATURE_LINES && lines[k + 1].start - lines[k].end <= 1; k--) {
      // The publication note a portal printed between the signing body and the date ((此件公开发布)) is neither.
      if (bodies.length === 0 && k === i - 1 && PUBLICATION_NOTE.test(text.slice(lines[k].start, lines[k].end).trim())) continue;
      const names = signatureNames(text, lines[k], lexicon, origin);
      if (!names) break;
      bodies.unshift(...names);
      first = k;
    }
    if (bodies.length === 0) {
      // A date alone under a closing sentence: the text's date, its signing body not printed (a database's
      // export drops the seal's name; a portal prints the name as an image).
      const above = text.slice(lines[i - 1].start, lines[i - 1].end).trim();
      // (Or under the file name of the attachment a page links there: 某某纲要.docx; session 32 (plans), a real district page.)
      if (!yearMonth && lines[i].start - lines[i - 1].end <= 1 && (/[。！]$/.test(above) || listedAbove(lines[i - 1].start) || ATTACHED_FILE.test(above))) {
        return { issuer: undefined, issuerSpan: undefined, dateSpan: [lines[i].start, lines[i].end] as [number, number], date: runTogether ?? parseDate(line), year: undefined };
      }
      continue;
    }
    return {
      issuer: joinBodies(bodies),
      issuerSpan: [lines[first].start, lines[i - 1].end] as [number, number],
      date: yearMonth ? undefined : (runTogether ?? parseDate(line)),
      year: yearMonth ? Number(yearMonth) : undefined,
    };
  }
  return undefined;
}

/** A body's name and a date closing a line after other text, each apart from what precedes it in the read text (the
 *  spaces a page put between lines it ran together: `origin` jumps): the name, read as a signature line, and the date.
 *  Session 30, a real provincial department's page. */
const DATE_IN_LINE = new RegExp(WRITTEN_DATE, 'g');
function signedEnding(text: string, line: { start: number; end: number }, lexicon: Lexicon, origin: number[]) {
  const apart = (j: number) => j > line.start && j < line.end && origin[j]! - origin[j - 1]! > 1;
  // The date closes the line, or the page ran the plan's title and text on after it (all its lines one: a portal that
  // lost every line break).
  for (const m of text.slice(line.start, line.end).matchAll(DATE_IN_LINE)) {
    const dateStart = line.start + m.index!;
    const dateEnd = dateStart + m[0].length;
    const closes = text.slice(dateEnd, line.end).trim() === '' || apart(dateEnd);
    if (!closes || !apart(dateStart)) continue;
    let from = dateStart - 1;
    while (from > line.start && dateStart - from <= 40 && !apart(from)) from--;
    if (!apart(from)) continue;
    const name = text.slice(from, dateStart).trim();
    const date = parseDate(m[0]);
    if (date && isSignatureLine(name, lexicon)) return { issuer: joinBodies([name]), issuerSpan: [from, dateStart] as [number, number], dateSpan: [dateStart, dateEnd] as [number, number], date, year: undefined };
  }
  return undefined;
}

/** Several signing bodies as one issuer, joined by 、 (as the history's joint adopters are); the state's name
 *  before an organ is dropped, as in the history's bodies (中华人民共和国人事部 → 人事部). */
const joinBodies = (bodies: string[]) => [...new Set(bodies.map((b) => b.replace(STATE_PREFIX, '$1')))].join('、');

/** A body's name and a date on one line: the name (2–40 characters, no punctuation of a sentence), the date. */
const SIGNED_LINE = new RegExp(`^([^\\s，。；：:,]{2,40}?)\\s*(${WRITTEN_DATE})$`);

/** A seal's note closing a signature line: （印章）, （盖章）, （公章）. */
const SEAL = /\s*[（(](印章|盖章|公章|签章|章)[)）]$/;

/** The bodies a signature line names: itself, or its parts apart in the read text when each is one. */
function signatureNames(text: string, line: { start: number; end: number }, lexicon: Lexicon, origin: number[]): string[] | undefined {
  const parts: string[] = [];
  let from = line.start;
  for (let j = line.start + 1; j <= line.end; j++) {
    if (j === line.end || origin[j] - origin[j - 1] > 1) {
      const part = text.slice(from, j).trim();
      if (part) parts.push(part);
      from = j;
    }
  }
  if (parts.length > 1 && parts.every((p) => isSignatureLine(p.replace(SEAL, ''), lexicon))) return parts.map((p) => p.replace(SEAL, ''));
  // The seal's note after the name (湖北省体育局（印章）) is not the body's.
  const whole = text.slice(line.start, line.end).trim().replace(SEAL, '');
  return isSignatureLine(whole, lexicon) ? [whole.replace(/\s+/g, '')] : undefined;
}

/** Lines that open a colophon (版记, GB/T 9704): 抄送/主送/抄报/分送…： lists, the printing line (…办公厅
 *  2024年3月19日印发), the print run (共印N份). */
const COLOPHON = new RegExp(`^(抄\\s*送|抄\\s*报|主\\s*送|分\\s*送|报\\s*送|发\\s*送)[:：]|^[\\u4e00-\\u9fff（）()、]{2,40}\\s*${WRITTEN_DATE}\\s*印\\s*发$|^[（(]?共印\\d+份[)）]?$`);
/** How many last lines a colophon may take. */
const COLOPHON_LINES = 8;

/** Start of the colophon among the text's last lines, else the text's length. */
function colophonStart(text: string, lines: { start: number; end: number }[]): number {
  let start = text.length;
  for (const l of lines.slice(-COLOPHON_LINES)) {
    if (COLOPHON.test(text.slice(l.start, l.end).trim())) {
      start = l.start;
      break;
    }
  }
  return start;
}

/** A run of short numbered lines (no sentence punctuation, 15 characters at most after the number) whose numbering
 *  starts again inside it (1, 2, 3, 1, 2 …), above the text's first sentence: a page's navigation menus, as a copy of a
 *  portal page prints them
 *  (session 30, a real banner-county portal page; its notice title under the menus was not looked for). */
const MENU_LINE = /^\s*(\d{1,2})\s*[.．、]\s*([^\s。，；：:]{1,15})\s*$/;
const MENU_MIN_LINES = 4;
function menuLines(text: string, lines: { start: number; end: number }[]): number[] {
  const out: number[] = [];
  let run: { start: number; n: number }[] = [];
  const close = () => {
    if (run.length >= MENU_MIN_LINES && run.some((r, k) => k > 0 && r.n <= run[k - 1]!.n)) out.push(...run.map((r) => r.start));
    run = [];
  };
  for (const l of lines) {
    const line = text.slice(l.start, l.end);
    if (line.trim() === '') continue;
    // Menus head the page: none is looked for after its first sentence.
    if (line.includes('。')) break;
    const m = MENU_LINE.exec(line);
    if (m) run.push({ start: l.start, n: Number(m[1]) });
    else close();
  }
  close();
  return out;
}

/** Lines of a notice's attachment list: 附件：1.X (or 附件：X alone) and the numbered lines right under it,
 *  each short and without a sentence's 。 — the transmitted documents, not measures. */
function attachmentList(text: string, lines: { start: number; end: number }[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    if (!/^附\s*件\s*[:：]/.test(text.slice(lines[i].start, lines[i].end).trim())) continue;
    out.add(lines[i].start);
    for (let j = i + 1; j < lines.length; j++) {
      const line = text.slice(lines[j].start, lines[j].end).trim();
      if (!/^\d{1,2}\s*[.．、]/.test(line) || /。/.test(line) || line.length > 60) break;
      out.add(lines[j].start);
    }
  }
  return out;
}
