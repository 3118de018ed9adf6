// Structure stage: cleaned text → title, metadata (issuer, date, number, level, region) and the
// numbered units. A notice that transmits a plan (关于印发《X》的通知) yields the plan X, with
// the notice's number, date and issuer as its metadata. Pure.
import type { Lexicon } from '../lexicon/load.js';
import type { CleanText } from '../clean/types.js';
import type { StructuredDoc, Unit } from './types.js';
import { parseHeading } from './numbering.js';
import { findNoticeTitle, findTitleLines, leadingTitle, lineOffsets } from './title.js';
import { isDateLine, parseDate } from './dates.js';
import { findDocNumber } from './doc-number.js';
import { isSignatureLine, issuerFromTitle, levelAndRegion } from './issuer.js';
import { numberedUnits } from './units.js';

export type { StructuredDoc, Unit } from './types.js';

export function structure(file: string, clean: CleanText, lexicon: Lexicon): StructuredDoc | undefined {
  const text = clean.text;
  const lines = lineOffsets(text, 0, text.length);
  const firstHeading = lines.find((l) => parseHeading(text.slice(l.start, l.end)))?.start ?? text.length;
  const notice = findNoticeTitle(text, firstHeading);

  let title: string | undefined;
  let titleSpan: [number, number] | undefined;
  if (notice) {
    const lines = findTitleLines(text, notice.planTitle, notice.end, firstHeading);
    title = notice.planTitle;
    titleSpan = lines ? [lines.start, lines.end] : [notice.start, notice.end];
  } else {
    const lead = leadingTitle(text, 0, (l) => parseHeading(l) !== undefined);
    if (lead) [title, titleSpan] = [lead.title, [lead.start, lead.end]];
  }
  if (!title || !titleSpan) return undefined;
  const bodyStart = Math.min(text.length, titleSpan[1] + 1);

  // Signature (issuer line above a date line) in the head, else at the end of the text.
  // A signature sits in the head: before the plan title (a notice's) or between the title and
  // the first numbered heading (a regulation's 通过 line).
  const firstBodyHeading = lines.find((l) => l.start >= bodyStart && parseHeading(text.slice(l.start, l.end)))?.start ?? bodyStart;
  const head = lines.filter((l) => l.end <= Math.max(firstBodyHeading, titleSpan[0]));
  const tail = lines.slice(-4);
  const signature = findSignature(text, [...head, ...tail], lexicon);
  const docNumber = findDocNumber(text.slice(0, Math.max(bodyStart, firstHeading)))?.value;
  const pageDate = clean.dropped
    .filter((d) => d.kind === 'chrome' && /(日期|时间|发布)/.test(d.line))
    .map((d) => parseDate(d.line))
    .find(Boolean);
  const issuedOn = signature?.date ?? pageDate;
  const titleYear = title.match(/(19|20)\d{2}(?=年)/)?.[0];
  const year = issuedOn ? Number(issuedOn.slice(0, 4)) : titleYear ? Number(titleYear) : undefined;
  const issuer = signature?.issuer ?? issuerFromTitle(title, lexicon);
  const { level, region } = levelAndRegion(issuer, title, lexicon);

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
    issuerSpan: signature?.issuerSpan,
    issuedOn,
    year,
    docNumber,
    level,
    region,
    text,
    units,
  };
}

function findSignature(text: string, lines: { start: number; end: number }[], lexicon: Lexicon) {
  for (let i = 1; i < lines.length; i++) {
    const line = text.slice(lines[i].start, lines[i].end);
    if (!isDateLine(line)) continue;
    const prev = text.slice(lines[i - 1].start, lines[i - 1].end).trim();
    if (isSignatureLine(prev, lexicon)) {
      return {
        issuer: prev.replace(/\s+/g, ''),
        issuerSpan: [lines[i - 1].start, lines[i - 1].end] as [number, number],
        date: parseDate(line),
      };
    }
  }
  return undefined;
}
