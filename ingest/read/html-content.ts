// Choosing the main content block of a page once chrome is gone. Text-density extraction (CETD: Sun,
// Song & Liao, SIGIR 2011; boilerpipe's link density: Kohlschütter et al., WSDM 2010; symbol density:
// 洪鸿辉 et al. 2019): weigh each subtree's non-link ideographs and punctuation (links weigh nothing),
// then walk down from <body> to the tightest container that still holds most of that weight.
import type { Element } from 'domhandler';
import { childElements, linkDensity, measure, type Mass } from './html-dom.js';

/** Share of the parent's content weight a child must hold for the walk to go down into it. */
export const DESCEND_SHARE = 0.8;

/** Paragraph-level tags: the walk stops above them, a block of one paragraph would lose its heading. */
const LEAF_TAGS = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'dt', 'dd', 'pre', 'blockquote', 'a', 'span', 'strong', 'b', 'em',
  'i', 'u', 'font', 'label', 'small', 'big', 'sub', 'sup', 'caption', 'th',
]);

/**
 * The element whose subtree is the article. Each step goes down into the one child holding at least
 * DESCEND_SHARE of the current element's non-link weight, so an info bar (date, 浏览次数) or a footer
 * beside the article is left out while a table or attachment list inside it stays in.
 */
export function mainBlock(body: Element, masses: Map<Element, Mass> = measure(body)): Element {
  let current = body;
  // The last element of the walk outside a table's own parts: a walk that ends inside a data table (its weight spread
  // over rows, none holding the share) returns the table's container, so the table is printed as rows, with the title
  // and paragraphs beside it (session 30: a 分工方案 page whose table held most of its text lost its title, and each
  // cell became a line). A layout table's cell that holds the article is not a table part: the walk goes on in it.
  let outside = body;
  for (;;) {
    if (!TABLE_PARTS.has(current.name)) outside = current;
    const total = masses.get(current)?.text ?? 0;
    if (total === 0) return TABLE_PARTS.has(current.name) ? outside : current;
    const next = childElements(current).find((child) => {
      const m = masses.get(child);
      return !LEAF_TAGS.has(child.name) && m !== undefined && m.text >= DESCEND_SHARE * total;
    });
    if (!next) return TABLE_PARTS.has(current.name) ? outside : current;
    current = next;
  }
}

/** A table's own parts, above its cells. */
const TABLE_PARTS = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr']);

/**
 * A link list inside the content block (相关链接, 上一篇/下一篇): mostly link text, several links.
 * A single attachment link (附件：….docx) is content and stays.
 */
export function isLinkList(el: Element, masses: Map<Element, Mass>): boolean {
  if (el.name === 'a') return false;
  const m = masses.get(el);
  if (!m || m.link === 0) return false;
  let links = 0;
  const count = (node: Element) => {
    for (const child of childElements(node)) {
      if (child.name === 'a') links++;
      else count(child);
    }
  };
  count(el);
  return links >= 3 && linkDensity(m) >= 0.7;
}
