// The last step for every format: one kind of line ending, no control characters but \n and \t.

/** \r\n and \r → \n; form feed and vertical tab (page breaks) → \n; NUL, C0/C1 controls, BOMs dropped; a metadata
 *  table copied with bars between its cells (索 引 号: | WA…-002 | 主题分类: | 区政府 |) has tabs between them, as a
 *  table's text has (`panelRow`). */
export function normaliseText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\f\v\u2028\u2029]/g, '\n')
    .replace(/[\u0000-\u0008\u000E-\u001F\u007F-\u009F\uFEFF]/g, '')
    .replace(/^.*[|｜].*$/gm, panelRow);
}

/** A row of a page's metadata table that a copy printed with | between cells (a Markdown rendering of the HTML table):
 *  a cell opening with a short label and ：/: (标 题: …, 文 号:), and no sentence. Its cells joined by tabs, empty ones dropped; the clean
 *  stage would otherwise read the bars as a site's title bar and drop the row (session 31 (plans), a real district
 *  portal page: its 文号 was lost so). Any other line with bars is left as it is. */
const LABEL_CELL = /^[^：:\s]{1,4}(\s?[^：:\s]){0,6}\s*[：:]/;
function panelRow(line: string): string {
  if (/[。；！？]/.test(line)) return line;
  const cells = line
    .split(/[|｜]/)
    .map((c) => c.trim())
    .filter(Boolean);
  return cells.some((c) => LABEL_CELL.test(c)) ? cells.join('\t') : line;
}

/** True when nothing but whitespace (including full-width and no-break spaces) is left. */
export function isBlank(text: string): boolean {
  return !/[^\s\u3000\u00A0\u200B]/.test(text);
}
