// .docx bytes → text with mammoth. Its HTML output (not extractRawText) is rendered by html-render.ts,
// so tables come out a row per line and soft line breaks stay; Word's automatic numbering, which
// mammoth drops, is written back in front of each numbered paragraph (docx-numbering.ts).
// First: mammoth's style rules parsed once per process, not once per document (mammoth-styles.ts).
import './mammoth-styles.js';
import * as cheerio from 'cheerio';
import type { Element } from 'domhandler';
import mammoth from 'mammoth';
import { DEFAULT_LIMITS, type IngestLimits } from '../guard.js';
import { numberedParagraphs, styleNumbering, type NumberedParagraph } from './docx-numbering.js';
import { renderLines } from './html-render.js';
import { ReadProblem } from './problem.js';
import { centralDirectory, checkDeclaredSizes, checkInflatedSizes, xmlDepthOver } from './zip-guard.js';

interface MammothElement {
  type: string;
  value?: string;
  children?: MammothElement[];
  numbering?: { isOrdered?: boolean } | null;
  styleId?: string | null;
}

function plain(el: MammothElement): string {
  if (el.type === 'text') return el.value ?? '';
  if (el.type === 'tab') return '\t';
  return (el.children ?? []).map(plain).join('');
}

function firstRun(el: MammothElement): MammothElement | undefined {
  for (const child of el.children ?? []) {
    if (child.type === 'run') return child;
    const inner = firstRun(child);
    if (inner) return inner;
  }
  return undefined;
}

/**
 * Put each label in front of mammoth's matching numbered paragraph and clear its numbering, so it
 * renders as a paragraph "一、总体要求" instead of an <li>. Paragraphs are matched in order by their
 * text, a few ahead at most, so a paragraph mammoth skipped cannot shift every label after it.
 */
function labelParagraphs(labels: NumberedParagraph[], numberedStyles: Set<string>) {
  let next = 0;
  // mammoth sees a style's list only when numbering.xml links a level to the style (w:pStyle), not
  // when the style's own w:numPr names it; those paragraphs are looked up by their style.
  const numbered = (el: MammothElement) => el.numbering?.isOrdered || (!el.numbering && numberedStyles.has(el.styleId ?? ''));
  const visit = (el: MammothElement) => {
    if (el.type === 'paragraph' && numbered(el)) {
      const text = plain(el);
      const found = labels.slice(next, next + 4).findIndex((l) => l.text === text);
      const run = firstRun(el);
      if (found >= 0 && run) {
        run.children = [{ type: 'text', value: labels[next + found].label }, ...(run.children ?? [])];
        el.numbering = null;
        next += found + 1;
      }
    }
    for (const child of el.children ?? []) visit(child);
    return el;
  };
  return visit;
}

/**
 * The package's XML parts, once its sizes are checked (zip-guard.ts): refused as a zip bomb before
 * mammoth inflates anything, or as too deep when a part nests more than a browser would.
 */
function checkedParts(bytes: Uint8Array, limits: IngestLimits): Map<string, string> {
  const entries = centralDirectory(bytes);
  checkDeclaredSizes(entries, limits);
  const parts = new Map<string, string>();
  for (const [name, data] of checkInflatedSizes(bytes, entries)) {
    if (!/\.(xml|rels)$/i.test(name)) continue;
    const xml = data.toString('utf8');
    if (xmlDepthOver(xml, limits.maxDepth)) {
      throw new ReadProblem('too-deep', `${name} nests elements more than ${limits.maxDepth} deep (tables in tables?); refused`);
    }
    parts.set(name, xml);
  }
  return parts;
}

export async function docxToText(bytes: Uint8Array, limits: IngestLimits = DEFAULT_LIMITS): Promise<string> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const parts = checkedParts(bytes, limits);
  let html: string;
  try {
    const numbering = parts.get('word/numbering.xml');
    const document = parts.get('word/document.xml');
    const styles = parts.get('word/styles.xml');
    const byStyle = numbering && styles ? styleNumbering(styles) : new Map<string, { numId: string }>();
    const labels = numbering && document ? numberedParagraphs(document, numbering, byStyle) : [];
    const result = await mammoth.convertToHtml(
      { buffer },
      {
        transformDocument: labelParagraphs(labels, new Set(byStyle.keys())),
        // Images carry no text here; do not spend time base64-encoding them.
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
        ignoreEmptyParagraphs: true,
      },
    );
    html = result.value;
  } catch (cause) {
    throw new ReadProblem('truncated', `not a complete Word document (${(cause as Error)?.message}); save it again as .docx`, { cause });
  }
  const $ = cheerio.load(`<body>${html}</body>`);
  return renderLines($('body').get(0) as Element).join('\n');
}
