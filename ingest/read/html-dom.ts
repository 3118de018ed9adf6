// The few DOM facts the HTML reader needs: which nodes are elements or text, which tags break lines,
// and how much readable text a node holds (its "content weight").
import type { AnyNode, Element, Text } from 'domhandler';

export function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

export function isText(node: AnyNode): node is Text {
  return node.type === 'text';
}

export function childElements(el: Element): Element[] {
  return el.children.filter(isElement);
}

/** Tags that start a new line when rendered (everything else is inline). */
export const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'html',
  'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

const HAN = /\p{Script=Han}/u;
const PUNCT = /[，。；：、！？“”‘’《》〈〉（）【】〔〕…—,.;:!?()]/;
const LATIN = /[A-Za-z0-9]/;

/**
 * Weight of a piece of text as content: ideographs and punctuation count 1, Latin letters and digits
 * a third (about one per word). Punctuation counts because prose has it and menus do not — the
 * "symbol density" of 洪鸿辉 et al. (2019, 基于文本及符号密度的网页正文提取方法).
 */
export function textWeight(text: string): number {
  let w = 0;
  for (const ch of text) {
    if (HAN.test(ch) || PUNCT.test(ch)) w += 1;
    else if (LATIN.test(ch)) w += 1 / 3;
  }
  return w;
}

export interface Mass {
  /** Weight of text outside links. */
  text: number;
  /** Weight of text inside <a>. */
  link: number;
}

/** Content weight of every element's subtree, split into link and non-link text, in one pass. */
export function measure(root: Element): Map<Element, Mass> {
  const masses = new Map<Element, Mass>();
  const visit = (el: Element, inLink: boolean): Mass => {
    const mass: Mass = { text: 0, link: 0 };
    const linky = inLink || el.name === 'a';
    for (const child of el.children) {
      if (isText(child)) {
        const w = textWeight(child.data);
        if (linky) mass.link += w;
        else mass.text += w;
      } else if (isElement(child)) {
        const m = visit(child, linky);
        mass.text += m.text;
        mass.link += m.link;
      }
    }
    masses.set(el, mass);
    return mass;
  };
  visit(root, false);
  return masses;
}

export function linkDensity(m: Mass | undefined): number {
  if (!m || m.text + m.link === 0) return 0;
  return m.link / (m.text + m.link);
}

export function attr(el: Element, name: string): string {
  return el.attribs?.[name] ?? '';
}
