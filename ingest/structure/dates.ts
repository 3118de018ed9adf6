// Dates as written in documents: 2020年3月12日, 2022-10-18, 二〇二〇年三月十二日 → ISO.
import { chineseNumeral } from './numbering.js';

const ARABIC = /(\d{4})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})\s*日?/;
const CHINESE = /([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日/;

/** A date written out with 年月日, in Arabic or Chinese numerals (a regex source, no capturing groups): what a
 *  signature or a colophon prints. */
export const WRITTEN_DATE = '(?:(?:19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)';

export function parseDate(s: string): string | undefined {
  let y: number | undefined;
  let m: number | undefined;
  let d: number | undefined;
  const a = s.match(ARABIC);
  if (a) [y, m, d] = [Number(a[1]), Number(a[2]), Number(a[3])];
  else {
    const c = s.match(CHINESE);
    if (!c) return undefined;
    y = Number([...c[1]].map((ch) => chineseNumeral(ch)).join(''));
    m = chineseNumeral(c[2]);
    d = chineseNumeral(c[3]);
  }
  if (!y || !m || !d || y < 1949 || y > 2100 || m > 12 || d > 31) return undefined;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A signature date whose 年月日 the page lost (2024年3月27日 printed as 2024327: a portal drew the characters as
 *  images or in a font the copy dropped): a line of digits only, the year then month and day, read only when one
 *  split of the rest is a valid month and day (327 → 3-27; 313 → 3-13, 31-3 is no month; 111 is 1-11 or 11-1: none).
 *  Session 30, real plan pages of three portals; spaced (2017 6 23) in session 31 (plans), a real county page. */
export function runTogetherDate(line: string): string | undefined {
  // The same date with spaces where 年 and 月 stood (2017 6 23), a stray mark of the lost image before it allowed.
  const spaced = line.trim().match(/^[^\d\p{Script=Han}]{0,2}\s*((?:19|20)\d{2})\s+(\d{1,2})\s+(\d{1,2})$/u);
  if (spaced) return parseDate(`${spaced[1]}年${spaced[2]}月${spaced[3]}日`);
  const m = line.trim().match(/^((?:19|20)\d{2})(\d{2,4})$/);
  if (!m) return undefined;
  const rest = m[2]!;
  // Eight digits are the compact form (20240105: month and day of two digits each).
  if (rest.length === 4) return parseDate(`${m[1]}年${rest.slice(0, 2)}月${rest.slice(2)}日`);
  const splits = [1, 2]
    .filter((i) => i < rest.length)
    .map((i) => [rest.slice(0, i), rest.slice(i)] as const)
    .filter(([mo, d]) => !mo.startsWith('0') && !d.startsWith('0') && Number(mo) <= 12 && Number(d) <= 31);
  return splits.length === 1 ? parseDate(`${m[1]}年${splits[0]![0]}月${splits[0]![1]}日`) : undefined;
}

/** A line that is only a date: the signature date of a notice or a plan. */
export function isDateLine(line: string): boolean {
  const t = line.replace(/[（(].*[)）]$/, '').trim();
  return parseDate(t) !== undefined && t.length <= 16;
}
