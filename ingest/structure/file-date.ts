// A date in the file's name, for a text that prints none. Law databases name a version by its date
// (档案法实施条例(2024-01-12).md: LawRefBook, 国家法律法规数据库 downloads), and portals name a page by the day it
// was posted (t20240112_4567.html), as people name their downloads (2024年1月12日 某某通知.docx). It is kept apart
// from `issuedOn`, which stays what the text prints (the gold's reading of a document's date), as `fileDate`, and
// dates the document where only order matters: which text came first for the link rules and the lags
// (link/index.ts ruleDoc), which version a citation means (snapshot/build.ts). Session 33, a trial of 197 mirror
// regulations: 16 print no date, 11 of them carry it in their name; a 2018 city regulation was linked to an undated
// national one of 2024.
import { parseDate } from './dates.js';

/** Dates a file name may carry: 2024-01-12, 2024.1.12, 2024_01_12, 2024年1月12日, and eight digits (20240112)
 *  standing alone or after a portal's `t`. Years 1949–2099: a file name's digits outside them are ids. */
const NAME_DATES = [
  /(?<!\d)((?:19[4-9]|20\d)\d)[-._](\d{1,2})[-._](\d{1,2})(?!\d)/g,
  /(?<!\d)((?:19[4-9]|20\d)\d)年(\d{1,2})月(\d{1,2})日/g,
  /(?<![\dA-Za-su-z])((?:19[4-9]|20\d)\d)(\d{2})(\d{2})(?!\d)/g,
];

/**
 * The one date the file's own name (its last path part, the member's name inside an archive) carries, as
 * YYYY-MM-DD; none when it carries none, an impossible one (2024-02-30), or two different ones (a name that
 * joins a range or a download stamp to the date cannot say which is the document's).
 */
export function fileNameDate(file: string): string | undefined {
  const name = file.slice(file.lastIndexOf('/') + 1);
  const found = new Set<string>();
  for (const re of NAME_DATES) {
    for (const m of name.matchAll(re)) {
      const iso = parseDate(`${m[1]}年${Number(m[2])}月${Number(m[3])}日`);
      if (iso && new Date(`${iso}T00:00:00Z`).toISOString().startsWith(iso)) found.add(iso);
      else return undefined;
    }
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/**
 * The date a file's name carries when it is later than the date its text prints by more than a publication's delay
 * (NAME_LATER): the copy is named for a later day than its header records. In the law mirror that is a later version whose
 * header lines the copy lost (276 行政法规 whose header kept only the first 国务院令: 不动产登记暂行条例 prints 2014, is named
 * 2019-03-24; 22 北京 regulations), or a 司法解释's 公告 months after its adoption. Kept as `nameDate`, a fact about the copy
 * beside `issuedOn` (which stays what the text prints, the gold's reading) and never used to order documents. Session 39 (plans).
 */
export function laterNameDate(file: string, issuedOn: string | undefined): string | undefined {
  const name = fileNameDate(file);
  if (!name || !issuedOn) return undefined;
  const days = (Date.parse(`${name}T00:00:00Z`) - Date.parse(`${issuedOn}T00:00:00Z`)) / 86400000;
  return days > NAME_LATER.days ? name : undefined;
}

/** A copy is published this many days after the date its text prints, at most, as a matter of course: a city regulation's
 *  公告 after the province's approval (session 37 (plans), the metadata scan: 833 mirror names within 92 days after the
 *  text's date, 31 between 93 and 365 days, 312 later still). */
export const NAME_LATER = { days: 92 };

/** The date that orders a document: the one its text prints, else the one its file's name carries. */
export function datedOn(doc: { issuedOn?: string; fileDate?: string }): string | undefined {
  return doc.issuedOn ?? doc.fileDate;
}

/** Its year: the text's, else its date's. */
export function yearOn(doc: { issuedOn?: string; fileDate?: string; year?: number }): number | undefined {
  const date = datedOn(doc);
  return doc.year ?? (date ? Number(date.slice(0, 4)) : undefined);
}
