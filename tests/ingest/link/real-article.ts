// One article of a mirror text under tests/real, for link tests that feed the linker real articles
// (session52-link, session53-link2, session53-link3).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The absolute path of a file under tests/real. */
export const real = (path: string) => fileURLToPath(new URL(`../../real/${path}`, import.meta.url));

/** One article of a mirror text: its label line and every line up to the next article, heading or chapter. */
export const article = (path: string, label: string) => {
  const lines = readFileSync(real(path), 'utf8').split('\n').map((l) => l.trim());
  const at = lines.findIndex((l) => l.startsWith(`${label} `));
  const out = [lines[at]];
  for (const l of lines.slice(at + 1)) {
    if (/^第[一二三四五六七八九十百零]+条[\s　]/.test(l) || /^#|^第[一二三四五六七八九十]+章/.test(l)) break;
    if (l) out.push(l);
  }
  return out.join('\n');
};

/** The raw text of an article of a mirror file (an absolute path), by label: its paragraphs and items up to the next
 *  article or heading, blank lines kept (session58-precision, session59-precision2 and -precision3). */
export function articleText(path: string, label: string): string {
  const text = readFileSync(path, 'utf8');
  const at = text.indexOf(`\n${label} `);
  const rest = text.slice(at + 1);
  const end = rest.slice(1).search(/\n(?:第[一二三四五六七八九十百零]+条 |#)/);
  return end < 0 ? rest : rest.slice(0, end + 1);
}
