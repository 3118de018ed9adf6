// A saved web page → the article's text: chrome removed (html-chrome.ts), the main block chosen
// (html-content.ts) and rendered as lines (html-render.ts), its title kept on the first line.
import * as cheerio from 'cheerio';
import type { Element } from 'domhandler';
import { DEFAULT_LIMITS, type IngestLimits } from '../guard.js';
import { checkHtmlBounds, treeDepth } from './html-bounds.js';
import { removeChrome } from './html-chrome.js';
import { isLinkList, mainBlock } from './html-content.js';
import { childElements, measure } from './html-dom.js';
import { renderElementLines, renderLines } from './html-render.js';
import { ReadProblem } from './problem.js';
import type { PanelProbe } from '../structure/panel.js';

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

/** Levels above a label's text node the panel's table or list is looked for. */
const PANEL_CLIMB = 5;
/** Text a panel block may hold (a page's whole header is not a panel). */
const PANEL_MAX_CHARS = 3000;
const TABLE_PARTS = new Set(['td', 'th', 'tr', 'tbody', 'thead', 'tfoot']);

/**
 * A disclosure page's metadata panel (索引号, 发文机关, 成文日期 …): the lines of the smallest element above
 * the first text that opens with a label whose lines make a panel. Read before chrome removal: portals put
 * it in a header block beside the <h1>, outside the article's block.
 */
function panelLines($: cheerio.CheerioAPI, body: Element, probe: PanelProbe): { el: Element; lines: string[] } | undefined {
  const stack: Element[] = [body];
  while (stack.length) {
    const el = stack.pop()!;
    const own = el.children.filter((c) => c.type === 'text').map((c) => (c as unknown as { data: string }).data).join('').trim();
    if (own && probe.opensWithLabel(own)) {
      let up: Element | null = el;
      for (let i = 0; up && up !== body && i < PANEL_CLIMB; i++, up = up.parent as Element | null) {
        if (TABLE_PARTS.has(up.name)) continue; // a table is read whole, as rows
        if ($(up).text().length > PANEL_MAX_CHARS) break;
        // A label cell without its colon (<th>发布机构</th><td>…</td>) gets one: the cleaned text keeps no
        // space between cells, and the colon is what still tells the label from the value.
        const lines = renderElementLines(up).map((line) =>
          line
            .split('\t')
            .map((cell) => (probe.opensWithLabel(cell) && !/[：:]/.test(cell) ? `${cell.trim()}：` : cell))
            .join('\t'),
        );
        if (probe.isPanel(lines)) return { el: up, lines };
      }
      return undefined;
    }
    for (const child of childElements(el).reverse()) stack.push(child);
  }
  return undefined;
}

/**
 * Text of a whole HTML document or fragment, one block per line. Pure: a string in, a string out.
 * Pages nested deeper or with more elements than `limits` allow are refused before parsing.
 */
export function htmlToText(html: string, limits: Pick<IngestLimits, 'maxDepth' | 'maxHtmlElements'> = DEFAULT_LIMITS, probe?: PanelProbe): string {
  checkHtmlBounds(html, limits);
  const $ = cheerio.load(html);
  const body = $('body').get(0) as Element | undefined;
  if (!body) return '';
  // parse5 can nest deeper than the tokenizer's count (formatting elements reopened); the walks below recurse.
  if (treeDepth(body) > limits.maxDepth) {
    throw new ReadProblem('too-deep', `elements nested more than ${limits.maxDepth} deep (browsers stop nesting at 512); refused`);
  }
  const titles = headings($);
  const panel = probe ? panelLines($, body, probe) : undefined;
  removeChrome($, body);
  const masses = measure(body);
  const block = mainBlock(body, masses);
  const lines = renderLines(block, { skip: (el) => isLinkList(el, masses) });
  const missing = titles.filter((t) => !showsTitle(lines, t));
  // A panel the block does not hold heads the text (structure reads it as metadata, not as a measure).
  const inBlock = panel && (panel.el === block || isAncestor(block, panel.el) || isAncestor(panel.el, block));
  const head = panel && !inBlock ? panel.lines : [];
  return [...head, ...missing, ...lines].join('\n');
}

/** Whether `a` holds `b`. */
function isAncestor(a: Element, b: Element): boolean {
  for (let p: Element | null = b.parent as Element | null; p; p = p.parent as Element | null) if (p === a) return true;
  return false;
}
