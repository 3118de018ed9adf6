// OFD bytes → text. OFD (GB/T 33190-2016) is the fixed-layout format of China's electronic official
// documents (党政机关电子公文, GB/T 33476): a zip of XML parts. OFD.xml names each document's root
// (DocRoot → Document.xml), which lists its pages in reading order; a page's Content.xml holds
// TextObjects, each a run of glyphs placed by its Boundary (the object's origin), an optional CTM and
// per-glyph advances (DeltaX/DeltaY, with the "g <count> <value>" repeat form), in millimetres with y
// growing downwards. Each glyph becomes an item like those pdf.js gives, and pdf-layout.ts makes lines
// and paragraphs of them (baselines, page numbers, running heads), so an OFD and the PDF of the same
// document read alike.
// Not read: template pages (letterheads and backgrounds drawn under every page), annotations,
// signatures and seals, composite objects, and text turned by 45° or more (a margin note or a seal's
// ring has no reading order among the lines).
import { Parser } from 'htmlparser2';
import { DEFAULT_LIMITS, type IngestLimits } from '../guard.js';
import { layoutText, noReadableText, WIDE, type PdfItem, type PdfPage } from './pdf-layout.js';
import { ReadProblem } from './problem.js';
import { centralDirectory, checkDeclaredSizes, checkInflatedSizes, xmlDepthOver, type ZipKind } from './zip-guard.js';

const OFD_ZIP: ZipKind = { what: 'OFD document', ext: '.ofd', writer: 'no OFD writer' };
/** OFD's unit is the millimetre; the layout rules of pdf-layout.ts were written for PDF points. */
const PT_PER_MM = 72 / 25.4;
/** A4 (GB/T 9704, the layout of official documents), when neither the page nor the document says. */
const DEFAULT_BOX: Box = [0, 0, 210, 297];

type Box = [number, number, number, number];

const truncated = (why: string) => new ReadProblem('truncated', `not a complete OFD document (${why}); save it again as .ofd`);

const local = (name: string) => name.slice(name.indexOf(':') + 1);

function numbers(value: string | undefined): number[] {
  if (!value) return [];
  return value.trim().split(/[\s,]+/).map(Number).filter((n) => Number.isFinite(n));
}

function box(value: string | undefined): Box | undefined {
  const n = numbers(value);
  return n.length === 4 && n[2] > 0 && n[3] > 0 ? [n[0], n[1], n[2], n[3]] : undefined;
}

/**
 * DeltaX / DeltaY (GB/T 33190 §11.3): one advance per glyph gap, "g n v" standing for n times v. At most
 * `count` values are made, whatever n says: "g 1000000000 5" cannot cost memory.
 */
export function expandDeltas(value: string | undefined, count: number): number[] {
  const out: number[] = [];
  if (!value || count <= 0) return out;
  const tokens = value.trim().split(/\s+/);
  for (let i = 0; i < tokens.length && out.length < count; i++) {
    if (tokens[i] === 'g') {
      const n = Number(tokens[i + 1]);
      const v = Number(tokens[i + 2]);
      i += 2;
      if (!Number.isFinite(n) || !Number.isFinite(v)) continue;
      for (let k = 0; k < n && out.length < count; k++) out.push(v);
    } else {
      const v = Number(tokens[i]);
      if (Number.isFinite(v)) out.push(v);
    }
  }
  return out;
}


interface TextRun {
  boundary: Box;
  ctm: number[] | undefined;
  size: number;
}

/**
 * Glyphs of one page's Content.xml as layout items (points, y growing upwards as in PDF). Pure: the
 * page's own XML and its height in, items out. Stops with `too-long` past `maxGlyphs`.
 */
export function pageItems(xml: string, pageHeight: number, maxGlyphs: number): PdfItem[] {
  const items: PdfItem[] = [];
  let run: TextRun | undefined;
  let skip = false;
  let code: { x?: number; y?: number; dx?: string; dy?: string; text: string } | undefined;
  // Where the next TextCode starts when it gives no X or Y: after the last glyph (§11.3).
  let pen = { x: 0, y: 0 };
  // Glyphs are gathered into runs (one baseline, moving forward), the items pdf.js would give: one
  // item per glyph would let a byline's glyphs interleave with a title's on a shared baseline.
  const emit = () => {
    if (!run || !code) return;
    const chars = Array.from(code.text);
    const dx = expandDeltas(code.dx, chars.length - 1);
    const dy = expandDeltas(code.dy, chars.length - 1);
    let x = code.x ?? pen.x;
    let y = code.y ?? pen.y;
    const [a, b, c, d, e, f] = run.ctm ?? [1, 0, 0, 1, 0, 0];
    const scale = Math.hypot(a, b) || 1;
    const size = run.size;
    let str = '';
    let x0 = x;
    let y0 = y;
    const flush = (end: number) => {
      if (!skip && str.trim() !== '') {
        const px = run!.boundary[0] + a * x0 + c * y0 + e;
        const py = run!.boundary[1] + b * x0 + d * y0 + f;
        items.push({ str, x: px * PT_PER_MM, y: (pageHeight - py) * PT_PER_MM, width: (end - x0) * scale * PT_PER_MM, size: size * scale * PT_PER_MM });
        if (items.length > maxGlyphs) {
          throw new ReadProblem('too-long', `a page holds more than ${maxGlyphs} runs of text, over the limit of characters per document`);
        }
      }
      str = '';
    };
    for (let i = 0; i < chars.length; i++) {
      const ch = chars[i];
      // Wide characters advance a full em when the file gives no DeltaX, others half of one.
      const em = WIDE.test(ch) ? size : size / 2;
      const advance = dx[i] ?? em;
      if (str === '') {
        x0 = x;
        y0 = y;
      }
      str += ch;
      if (i === chars.length - 1) {
        flush(x + advance);
        pen = { x: x + advance, y };
        break;
      }
      const nextY = y + (dy[i] ?? 0);
      // A step down (DeltaY), back (a negative DeltaX) or far ahead starts another run; the glyph then ends
      // where its own width does.
      const jump = advance < 0 || advance > 3 * size;
      if (nextY !== y || jump) flush(x + (jump ? em : advance));
      x += advance;
      y = nextY;
    }
  };
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const tag = local(name);
        if (tag === 'TextObject') {
          const ctm = numbers(attrs.CTM);
          const matrix = ctm.length === 6 ? ctm : undefined;
          run = { boundary: box(attrs.Boundary) ?? [0, 0, 0, 0], ctm: matrix, size: Number(attrs.Size) > 0 ? Number(attrs.Size) : 3.5 };
          // Turned by 45° or more, or mirrored: no reading order with the page's lines.
          skip = !!matrix && !(matrix[0] > 0 && Math.abs(matrix[1]) < matrix[0]);
          pen = { x: 0, y: 0 };
        } else if (tag === 'TextCode' && run) {
          const num = (v: string | undefined) => (v !== undefined && v.trim() !== '' && Number.isFinite(Number(v)) ? Number(v) : undefined);
          code = { x: num(attrs.X), y: num(attrs.Y), dx: attrs.DeltaX, dy: attrs.DeltaY, text: '' };
        }
      },
      ontext(text) {
        if (code) code.text += text;
      },
      onclosetag(name) {
        const tag = local(name);
        if (tag === 'TextCode') {
          emit();
          code = undefined;
        } else if (tag === 'TextObject') run = undefined;
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.end(xml);
  return items;
}

/** Walks an XML part: `open` gets each element as it starts, `text` each element's own text when it ends. */
function scan(xml: string, open: (tag: string, attrs: Record<string, string>, path: string[]) => void, text?: (tag: string, text: string, path: string[]) => void) {
  const path: string[] = [];
  const texts: string[] = [];
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const tag = local(name);
        open(tag, attrs, path);
        path.push(tag);
        texts.push('');
      },
      ontext(chunk) {
        if (texts.length) texts[texts.length - 1] += chunk;
      },
      onclosetag() {
        const own = texts.pop() ?? '';
        if (text && path.length) text(path[path.length - 1], own, path);
        path.pop();
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.end(xml);
}

function dirOf(name: string): string {
  const at = name.lastIndexOf('/');
  return at < 0 ? '' : name.slice(0, at + 1);
}

function normalisePath(path: string): string {
  const out: string[] = [];
  for (const seg of path.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') out.pop();
    else out.push(seg);
  }
  return out.join('/');
}

/**
 * A part named by `loc` from the part `from`: relative to its folder (§7.5), or from the package root
 * when it starts with "/". Writers also put root-relative paths without the slash, backslashes, and
 * other letter cases: those are tried after.
 */
export function resolvePart(names: ReadonlyMap<string, unknown> | ReadonlySet<string>, from: string, loc: string): string | undefined {
  const clean = loc.trim().replace(/\\/g, '/');
  const tries = clean.startsWith('/') ? [normalisePath(clean)] : [normalisePath(dirOf(from) + clean), normalisePath(clean)];
  const exact = tries.find((t) => names.has(t));
  if (exact) return exact;
  const lower = new Set(tries.map((t) => t.toLowerCase()));
  for (const n of names.keys()) if (lower.has(n.toLowerCase())) return n;
  return undefined;
}

/** A page's own size (its Area's PhysicalBox, before its Content): read without parsing the page a second time. */
function pageBoxOf(xml: string): Box | undefined {
  const content = xml.search(/<(?:[\w-]+:)?Content[\s>]/);
  return box((content < 0 ? xml : xml.slice(0, content)).match(/<(?:[\w-]+:)?PhysicalBox[^>]*>([^<]*)</)?.[1]);
}

/** The XML parts of the package, checked (zip-guard.ts) before anything is parsed; fonts and images stay unread. */
function xmlParts(bytes: Uint8Array, limits: IngestLimits): Map<string, string> {
  const entries = centralDirectory(bytes, OFD_ZIP);
  checkDeclaredSizes(entries, limits);
  const parts = new Map<string, string>();
  for (const [name, data] of checkInflatedSizes(bytes, entries, OFD_ZIP, (n) => /\.xml$/i.test(n))) {
    const xml = data.toString('utf8');
    if (xmlDepthOver(xml, limits.maxDepth)) {
      throw new ReadProblem('too-deep', `${name} nests elements more than ${limits.maxDepth} deep; refused`);
    }
    parts.set(name, xml);
  }
  return parts;
}

export function ofdToText(bytes: Uint8Array, limits: IngestLimits = DEFAULT_LIMITS): string {
  const parts = xmlParts(bytes, limits);
  const entry = resolvePart(parts, '', 'OFD.xml');
  if (!entry) throw truncated('no OFD.xml entry file');
  const roots: string[] = [];
  scan(parts.get(entry)!, () => {}, (tag, text) => {
    if (tag === 'DocRoot' && text.trim()) roots.push(text.trim());
  });
  if (!roots.length) throw truncated('OFD.xml names no document (DocRoot)');
  const pages: PdfPage[] = [];
  let glyphs = 0;
  for (const root of roots) {
    const docName = resolvePart(parts, entry, root);
    if (!docName) throw truncated(`its document ${root} is missing`);
    const pageLocs: string[] = [];
    let docBox: Box | undefined;
    scan(
      parts.get(docName)!,
      (tag, attrs, path) => {
        if (tag === 'Page' && path[path.length - 1] === 'Pages' && attrs.BaseLoc) pageLocs.push(attrs.BaseLoc);
      },
      (tag, text, path) => {
        if (tag === 'PhysicalBox' && path.includes('PageArea') && path.includes('CommonData')) docBox ??= box(text);
      },
    );
    for (const loc of pageLocs) {
      const pageName = resolvePart(parts, docName, loc);
      if (!pageName) throw truncated(`its page ${loc} is missing`);
      const xml = parts.get(pageName)!;
      const [, , width, height] = pageBoxOf(xml) ?? docBox ?? DEFAULT_BOX;
      const items = pageItems(xml, height, limits.maxChars - glyphs);
      glyphs += items.length;
      pages.push({ items, width: width * PT_PER_MM });
    }
  }
  const text = layoutText(pages);
  if (noReadableText(text)) {
    throw new ReadProblem('no-text-layer', `no readable text on ${pages.length} page(s) (only images, unmapped glyphs or turned text): if it is a scan, run OCR first`);
  }
  return text;
}
