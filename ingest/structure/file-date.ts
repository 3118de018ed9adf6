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

/** The date that orders a document: the one its text prints, else the one its file's name carries. */
export function datedOn(doc: { issuedOn?: string; fileDate?: string }): string | undefined {
  return doc.issuedOn ?? doc.fileDate;
}

/** Its year: the text's, else its date's. */
export function yearOn(doc: { issuedOn?: string; fileDate?: string; year?: number }): number | undefined {
  const date = datedOn(doc);
  return doc.year ?? (date ? Number(date.slice(0, 4)) : undefined);
}
