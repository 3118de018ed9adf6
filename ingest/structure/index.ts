// Structure stage: cleaned text → title, metadata (issuer, date, number, level, region) and the
// numbered units. A notice that transmits a plan (关于印发《X》的通知) yields the plan X, with
// the notice's number, date and issuer as its metadata. Pure.
import type { Lexicon } from '../lexicon/load.js';
import type { CleanText } from '../clean/types.js';
import type { StructuredDoc, Unit } from './types.js';
import { parseHeading } from './numbering.js';
import { canonicalTitle, findNoticeTitle, findTitleLines, leadingTitle, lineOffsets } from './title.js';
import { labelledHead } from './labels.js';
import { isDateLine, parseDate } from './dates.js';
import { findDocNumber } from './doc-number.js';
import { isSignatureLine, issuerFromTitle, levelAndRegion } from './issuer.js';
import { numberedUnits } from './units.js';
import { adoptingEvent, historyBlock, type PlaceHint, readAnnouncement, readHistory, versionDate } from './history.js';
import { genreOf } from './genre.js';
import { STATE_PREFIX } from './history-rules.js';
import { regionPrefix, regionByName } from '../lexicon/regions.js';

export type { StructuredDoc, Unit } from './types.js';

export function structure(file: string, clean: CleanText, lexicon: Lexicon): StructuredDoc | undefined {
  const text = clean.text;
  const lines = lineOffsets(text, 0, text.length);
  const firstHeading = lines.find((l) => parseHeading(text.slice(l.start, l.end)))?.start ?? text.length;
  // A catalogue entry's labelled fields above the document (索引号：… 标题：… 发文字号：…) are not its title.
  const labels = labelledHead(text);
  // A line above a block without 标题 is the title (标题 would be the catalogue's): read from the top.
  const from = labels && !(labels.above && !labels.title) ? Math.min(text.length, labels.end + 1) : 0;
  const notice = findNoticeTitle(text, firstHeading, from);

  let title: string | undefined;
  let titleSpan: [number, number] | undefined;
  if (notice) {
    const lines = findTitleLines(text, notice.planTitle, notice.end, firstHeading);
    title = notice.planTitle;
    titleSpan = lines ? [lines.start, lines.end] : [notice.start, notice.end];
  } else if (labels?.title) {
    // The catalogue's 标题 is the title; the text may print it again under the block.
    const lines = findTitleLines(text, labels.title, from, firstHeading);
    title = canonicalTitle(labels.title);
    titleSpan = lines ? [lines.start, lines.end] : [Math.max(0, labels.end - 1), labels.end];
  } else {
    const lead = leadingTitle(text, from, (l) => parseHeading(l) !== undefined);
    if (lead) [title, titleSpan] = [lead.title, [lead.start, lead.end]];
  }
  if (!title || !titleSpan) return undefined;
  let bodyStart = Math.min(text.length, titleSpan[1] + 1);

  // Signature (issuer line above a date line) in the head, else at the end of the text.
  // A signature sits in the head: before the plan title (a notice's) or between the title and
  // the first numbered heading (a regulation's 通过 line).
  // A line that closes a decision title wrapped from the line above (…第三十条\n第三十一条的决定》修正) is
  // the history's, not an article.
  const firstBodyHeading =
    lines.find((l) => l.start >= bodyStart && parseHeading(text.slice(l.start, l.end)) && !/^[^《]*》/.test(text.slice(l.start, l.end)))?.start ?? bodyStart;
  const head = lines.filter((l) => l.end <= Math.max(firstBodyHeading, titleSpan[0]));
  const tail = lines.slice(-4);
  const signature = findSignature(text, [...head, ...tail], lexicon);
  const docNumber = labels?.docNumber ?? findDocNumber(text.slice(0, Math.max(bodyStart, firstHeading)))?.value;
  const pageDate = clean.dropped
    .filter((d) => d.kind === 'chrome' && /(日期|时间|发布)/.test(d.line))
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
  const adopter = adoptingEvent(history)?.by;
  const adopterSpan = adoptingEvent(history)?.span;

  const labelDate = labels?.date ? parseDate(labels.date) : undefined;
  const issuedOn = versionDate(history, read.promulgated) ?? signature?.date ?? dateUnderTitle(text, titleSpan[1]) ?? labelDate ?? pageDate;
  const titleYear = title.match(/(19|20)\d{2}(?=年)/)?.[0];
  // Without a date, the year of its own number (法释〔2022〕16号: the 〔year〕 of a 发文字号 is its issue year).
  const numberYear = docNumber?.match(/〔((?:19|20)\d{2})〕/)?.[1];
  const year = issuedOn ? Number(issuedOn.slice(0, 4)) : titleYear ? Number(titleYear) : numberYear ? Number(numberYear) : undefined;
  // Bodies that adopted one text together (两高: A会议、B会议通过) are its issuers, joined by 、.
  const issuer = read.jointAdopters ?? adopter ?? signature?.issuer ?? labels?.issuer ?? issuerFromTitle(title, lexicon);
  const issuerSpan = adopter ? adopterSpan : signature?.issuerSpan;
  const approver = history.find((h) => h.action === 'approved' && h.by !== adopter)?.by;
  const { level, region, regionParent } = levelAndRegion(issuer, title, lexicon, approver);

  const units: Unit[] = numberedUnits(text, bodyStart);
  if (notice) {
    units.unshift({
      path: '通知',
      kind: 'notice',
      name: notice.title,
      span: [notice.start, Math.max(notice.end, titleSpan[0] - 1)],
      ordinal: 0,
      leaf: true,
    });
    units.forEach((u, i) => (u.ordinal = i));
  }
  return {
    file,
    title,
    titleSpan,
    notice: notice ? { title: notice.title, span: [notice.start, notice.end] } : undefined,
    issuer,
    issuerSpan,
    issuedOn,
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

function findSignature(text: string, lines: { start: number; end: number }[], lexicon: Lexicon) {
  for (let i = 1; i < lines.length; i++) {
    const line = text.slice(lines[i].start, lines[i].end);
    if (!isDateLine(line)) continue;
    const prev = text.slice(lines[i - 1].start, lines[i - 1].end).trim();
    if (isSignatureLine(prev, lexicon)) {
      return {
        // The state's name before an organ is dropped, as in the history's bodies (中华人民共和国人事部 → 人事部).
        issuer: prev.replace(/\s+/g, '').replace(STATE_PREFIX, '$1'),
        issuerSpan: [lines[i - 1].start, lines[i - 1].end] as [number, number],
        date: parseDate(line),
      };
    }
  }
  return undefined;
}
