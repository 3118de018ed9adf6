// A saved web page → the article's text: chrome removed (html-chrome.ts), the main block chosen
// (html-content.ts) and rendered as lines (html-render.ts), its title kept on the first line.
import * as cheerio from 'cheerio';
import type { Element } from 'domhandler';
import { DEFAULT_LIMITS, type IngestLimits } from '../guard.js';
import { checkHtmlBounds, treeDepth } from './html-bounds.js';
import { removeChrome } from './html-chrome.js';
import { isLinkList, mainBlock } from './html-content.js';
import { measure } from './html-dom.js';
import { renderLines } from './html-render.js';
import { ReadProblem } from './problem.js';

const squash = (s: string) => s.replace(/[\s\u3000\u00A0]+/g, '');

/** "关于印发…的通知_通知公告_中国科协" → "关于印发…的通知": sites append their section and name. */
export function titleOfPage(title: string): string {
  // A dash between digits is a range (2021-2035), not a separator.
  const parts = title.split(/\s*[_|｜]\s*|\s+[-–—]\s+|(?<=\D)-(?=\D)/).map((p) => p.trim()).filter(Boolean);
  return parts[0] ?? '';
}

/**
 * The article's title as the page shows it: its <h1>s, else its <title> without the site's suffix.
 * Read before chrome removal, as the <h1> often sits in a header block that is removed.
 */
function headings($: cheerio.CheerioAPI): string[] {
  const h1s = $('body h1')
    .toArray()
    .map((h) => renderLines(h).join(' '))
    .filter(Boolean);
  if (h1s.length) return h1s;
  const title = titleOfPage($('title').first().text().replace(/\s+/g, ' '));
  return title ? [title] : [];
}

/**
 * Whether the block already shows `title` as a line of its own, or as consecutive lines (a title
 * broken over lines), or at the start of a line. Not a bare substring: an amended regulation's page
 * quotes its own title in its history line (《关于修改〈上海市志愿服务条例〉的决定》), and the title
 * was lost (h17-mht).
 */
function showsTitle(lines: string[], title: string): boolean {
  const t = squash(title);
  if (!t) return true;
  const sq = lines.map(squash);
  for (let i = 0; i < sq.length; i++) {
    if (sq[i].startsWith(t)) return true;
    let acc = '';
    for (let j = i; j < sq.length && t.startsWith(acc + sq[j]); j++) {
      acc += sq[j];
      if (acc === t) return true;
    }
  }
  return false;
}

/**
 * Text of a whole HTML document or fragment, one block per line. Pure: a string in, a string out.
 * Pages nested deeper or with more elements than `limits` allow are refused before parsing.
 */
export function htmlToText(html: string, limits: Pick<IngestLimits, 'maxDepth' | 'maxHtmlElements'> = DEFAULT_LIMITS): string {
  checkHtmlBounds(html, limits);
  const $ = cheerio.load(html);
  const body = $('body').get(0) as Element | undefined;
  if (!body) return '';
  // parse5 can nest deeper than the tokenizer's count (formatting elements reopened); the walks below recurse.
  if (treeDepth(body) > limits.maxDepth) {
    throw new ReadProblem('too-deep', `elements nested more than ${limits.maxDepth} deep (browsers stop nesting at 512); refused`);
  }
  const titles = headings($);
  removeChrome($, body);
  const masses = measure(body);
  const block = mainBlock(body, masses);
  const lines = renderLines(block, { skip: (el) => isLinkList(el, masses) });
  const missing = titles.filter((t) => !showsTitle(lines, t));
  return [...missing, ...lines].join('\n');
}
