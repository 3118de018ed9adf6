// Word's automatic list numbers in a Word 97-2003 .doc ("一、" "（一）" "第一条" drawn by Word, not typed)
// are not in the text stream, and word-extractor does not rebuild them. This reads what Word draws
// them from ([MS-DOC] 2.4.6, 2.9.131 LVL, 2.9.147 LSTF, 2.9.149 LFO; layouts checked against Apache
// POI's HWPF ListTables/PlfLfo/LVLF/StyleSheet): the paragraphs of the main text in order, each with
// the list (sprmPIlfo) and level (sprmPIlvl) its PAPX or its style gives it, and the label that
// list's level template (xst, nfc) makes of Word's running count. Every count read from the file is
// capped; a table that is out of bounds throws a RangeError, which doc.ts turns into "no labels".
import { formatNumber } from './docx-numbering.js';

/** FibRgFcLcb97 entries (index of the fc/lcb pair): STSH, PlcfBtePapx, Clx, PlfLst, PlfLfo. */
const FC_STSHF = 1;
const FC_PLCFBTEPAPX = 13;
const FC_CLX = 33;
const FC_PLFLST = 73;
const FC_PLFLFO = 74;
const SPRM_PILFO = 0x460b;
const SPRM_PILVL = 0x260a;
/** Operands sized by a 2-byte count instead of 1: sprmTDefTable and sprmTDefTable10 ([MS-DOC] 2.6.6). */
const LONG_SPRMS = new Set([0xd608, 0xd606]);
const NFC_BULLET = 0x17;
const NFC_NONE = 0xff;
const NO_STYLE = 0xfff;
/** Caps on counts read from the file (Word itself writes far fewer). */
const MAX_LISTS = 4096;
const MAX_LFOS = 4096;
const MAX_PIECES = 100_000;
const MAX_STYLES = 4095;
const MAX_STYLE_DEPTH = 16;
/** Longest number text read (Word's dialog allows far less); a longer one is damage. */
const MAX_TEMPLATE = 255;
/** Counts past this are written in decimal (formatNumber's roman and letter forms grow with n). */
const MAX_FORMATTED = 9999;

/** MSONFC ([MS-OSHARED] 2.2.1.3) → the WordprocessingML name formatNumber knows. */
const NFC: Record<number, string> = {
  0x00: 'decimal', 0x01: 'upperRoman', 0x02: 'lowerRoman', 0x03: 'upperLetter', 0x04: 'lowerLetter',
  0x0a: 'ideographDigital', 0x0b: 'japaneseCounting', 0x0e: 'decimalFullWidth', 0x12: 'decimalEnclosedCircle',
  0x13: 'decimalFullWidth2', 0x16: 'decimalZero', 0x1b: 'decimalEnclosedParen', 0x1c: 'decimalEnclosedCircleChinese',
  0x1d: 'ideographEnclosedCircle', 0x1e: 'ideographTraditional', 0x1f: 'ideographZodiac', 0x21: 'taiwaneseCounting',
  0x22: 'ideographLegalTraditional', 0x23: 'taiwaneseCountingThousand', 0x24: 'taiwaneseDigital',
  0x25: 'chineseCounting', 0x26: 'chineseLegalSimplified', 0x27: 'chineseCountingThousand', 0x28: 'decimal',
};

interface Level {
  start: number;
  nfc: number;
  legal: boolean;
  /** 0 tab, 1 space, 2 nothing. */
  follow: number;
  /** The number text; a character below 9 stands for that level's number. */
  template: string;
}

interface ListProps {
  ilfo?: number;
  ilvl?: number;
}

export interface DocParagraph {
  /** The paragraph's characters as stored (fields and control characters still in). */
  text: string;
  /** What Word draws before it, separator included ("一、", "（一）", "1. "), if it is numbered. */
  label?: string;
  /** It ends a table cell (word-extractor writes a row as one line, cells joined by tabs). */
  cell?: boolean;
}

/** The list sprms of a grpprl. A sprm's operand size comes from its spra bits ([MS-DOC] 2.2.5.1). */
function listSprms(buf: Buffer, from: number, to: number, into: ListProps = {}): ListProps {
  for (let o = from; o + 2 <= to; ) {
    const sprm = buf.readUInt16LE(o);
    o += 2;
    if (sprm === SPRM_PILFO && o + 2 <= to) into.ilfo = buf.readInt16LE(o);
    if (sprm === SPRM_PILVL && o + 1 <= to) into.ilvl = buf[o];
    const spra = sprm >> 13;
    if (spra === 6) o += LONG_SPRMS.has(sprm) ? 2 + buf.readUInt16LE(o) - 1 : 1 + buf[o];
    else o += [1, 1, 2, 4, 2, 2, 0, 3][spra];
  }
  return into;
}

/** LVL ([MS-DOC] 2.9.150): LVLF (28 bytes), grpprlPapx, grpprlChpx, then the xst number text. */
function readLevel(t: Buffer, at: number): { level: Level; end: number } {
  const cbChpx = t[at + 24];
  const cbPapx = t[at + 25];
  let o = at + 28 + cbPapx + cbChpx;
  const cch = t.readUInt16LE(o);
  if (cch > MAX_TEMPLATE || o + 2 + 2 * cch > t.length) throw new RangeError('LVL number text past the table');
  const template = t.toString('utf16le', o + 2, o + 2 + 2 * cch);
  o += 2 + 2 * cch;
  const info = t[at + 5];
  return { level: { start: t.readInt32LE(at), nfc: t[at + 4], legal: (info & 0x04) !== 0, follow: t[at + 15], template }, end: o };
}

interface Lists {
  /** By lsid: the levels (1 for a simple list, else 9). */
  lists: Map<number, Level[]>;
  /** By ilfo - 1: the list it names and its per-level overrides. */
  lfos: Array<{ lsid: number; starts: Map<number, number>; formats: Map<number, Level> }>;
}

function readLists(t: Buffer, fcLst: number, lcbLst: number, fcLfo: number, lcbLfo: number): Lists {
  const lists = new Map<number, Level[]>();
  const lfos: Lists['lfos'] = [];
  if (lcbLst < 2 || lcbLfo < 4) return { lists, lfos };
  // The counts place what follows them, so a count past its cap or its table is damage, not trimmed.
  const cLst = t.readInt16LE(fcLst);
  if (cLst < 0 || cLst > MAX_LISTS || 2 + cLst * 28 > lcbLst) throw new RangeError(`${cLst} lists`);
  let lvlAt = fcLst + 2 + cLst * 28;
  for (let i = 0; i < cLst; i++) {
    const lstf = fcLst + 2 + i * 28;
    const simple = (t[lstf + 26] & 0x01) !== 0;
    const levels: Level[] = [];
    for (let k = 0; k < (simple ? 1 : 9); k++) {
      const { level, end } = readLevel(t, lvlAt);
      levels.push(level);
      lvlAt = end;
    }
    lists.set(t.readInt32LE(lstf), levels);
  }
  const lfoMac = t.readUInt32LE(fcLfo);
  if (lfoMac > MAX_LFOS || 4 + lfoMac * 16 > lcbLfo) throw new RangeError(`${lfoMac} list overrides`);
  let dataAt = fcLfo + 4 + lfoMac * 16;
  for (let i = 0; i < lfoMac; i++) {
    const lfo = fcLfo + 4 + i * 16;
    const starts = new Map<number, number>();
    const formats = new Map<number, Level>();
    const clfolvl = Math.min(t[lfo + 12], 9);
    dataAt += 4; // LFOData.cp
    for (let k = 0; k < clfolvl; k++) {
      const iStartAt = t.readInt32LE(dataAt);
      const flags = t.readUInt32LE(dataAt + 4);
      dataAt += 8;
      const ilvl = flags & 0x0f;
      if (flags & 0x10) starts.set(ilvl, iStartAt);
      if (flags & 0x20) {
        const { level, end } = readLevel(t, dataAt);
        formats.set(ilvl, level);
        dataAt = end;
      }
    }
    lfos.push({ lsid: t.readInt32LE(lfo), starts, formats });
  }
  return { lists, lfos };
}

/** Each paragraph style's list and level, its base styles' filling what it leaves unset. */
function readStyles(t: Buffer, fc: number, lcb: number): Array<ListProps | undefined> {
  if (lcb < 4) return [];
  const cbStshi = t.readUInt16LE(fc);
  const cstd = Math.min(t.readUInt16LE(fc + 2), MAX_STYLES);
  const cbBase = t.readUInt16LE(fc + 4);
  const own: Array<{ base: number; props: ListProps } | undefined> = [];
  let o = fc + 2 + cbStshi;
  for (let istd = 0; istd < cstd && o + 2 <= fc + lcb; istd++) {
    const cbStd = t.readUInt16LE(o);
    const std = o + 2;
    o = std + cbStd;
    if (cbStd === 0 || (t.readUInt16LE(std + 2) & 0x0f) !== 1) continue; // empty, or not a paragraph style
    const base = t.readUInt16LE(std + 2) >> 4;
    const cupx = t.readUInt16LE(std + 4) & 0x0f;
    const name = std + cbBase;
    let upx = name + 2 + 2 * (t.readUInt16LE(name) + 1);
    if (cupx < 1 || upx + 2 > o) {
      own[istd] = { base, props: {} };
      continue;
    }
    const cbUpx = t.readUInt16LE(upx);
    upx += 2;
    // UpxPapx: istd (2 bytes), then the style's paragraph sprms.
    own[istd] = { base, props: listSprms(t, upx + 2, Math.min(upx + cbUpx, o)) };
  }
  return own.map((_, istd) => {
    const props: ListProps = {};
    for (let s = istd, depth = 0; s !== NO_STYLE && own[s] && depth < MAX_STYLE_DEPTH; s = own[s]!.base, depth++) {
      props.ilfo ??= own[s]!.props.ilfo;
      props.ilvl ??= own[s]!.props.ilvl;
    }
    return props;
  });
}

interface Run {
  fc: number;
  istd: number;
  props: ListProps;
}

/** PAPX runs by file offset, from the PlcBtePapx's 512-byte FKP pages in the WordDocument stream. */
function readPapx(w: Buffer, t: Buffer, fc: number, lcb: number): Run[] {
  const runs: Run[] = [];
  const n = Math.max(0, Math.floor((lcb - 4) / 8));
  // A page per entry, each at most once: more entries than the stream has pages is damage.
  if (n > w.length / 512) throw new RangeError('more PAPX pages than the Word stream holds');
  for (let i = 0; i < n; i++) {
    const page = (t.readUInt32LE(fc + (n + 1) * 4 + i * 4) & 0x3fffff) * 512;
    if (page + 512 > w.length) throw new RangeError('PAPX page past the Word stream');
    const crun = w[page + 511];
    for (let j = 0; j < crun; j++) {
      const start = w.readUInt32LE(page + j * 4);
      const bx = w[page + (crun + 1) * 4 + j * 13] * 2;
      if (bx === 0) {
        runs.push({ fc: start, istd: 0, props: {} });
        continue;
      }
      let at = page + bx;
      let size = w[at++] * 2 - 1;
      if (size < 0) size = w[at++] * 2;
      const end = Math.min(at + size, page + 511);
      runs.push({ fc: start, istd: w.readUInt16LE(at), props: listSprms(w, at + 2, end) });
    }
  }
  return runs.sort((a, b) => a.fc - b.fc);
}

function runAt(runs: Run[], fc: number): Run | undefined {
  let lo = 0;
  let hi = runs.length - 1;
  let found: Run | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (runs[mid].fc <= fc) {
      found = runs[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

interface Piece {
  cp: number;
  cpEnd: number;
  fc: number;
  compressed: boolean;
  /** Sprms from the piece's Prm (a fast-saved file), when it points to a Prc. */
  props: ListProps;
}

/** The piece table (Clx: Prc entries, then the PlcPcd) of the main text. */
function readPieces(t: Buffer, fc: number, lcb: number): Piece[] {
  const prcs: Array<[number, number]> = [];
  let o = fc;
  const end = fc + lcb;
  while (o < end && t[o] === 0x01 && prcs.length < MAX_PIECES) {
    const cb = t.readInt16LE(o + 1);
    prcs.push([o + 3, o + 3 + Math.max(0, cb)]);
    o += 3 + Math.max(0, cb);
  }
  if (t[o] !== 0x02) throw new RangeError('no piece table');
  const lcbPlc = t.readUInt32LE(o + 1);
  const plc = o + 5;
  const n = Math.max(0, Math.floor((lcbPlc - 4) / 12));
  if (n > MAX_PIECES) throw new RangeError(`more than ${MAX_PIECES} pieces`);
  const pieces: Piece[] = [];
  for (let i = 0; i < n; i++) {
    const pcd = plc + (n + 1) * 4 + i * 8;
    const raw = t.readUInt32LE(pcd + 2);
    const compressed = (raw & 0x40000000) !== 0;
    const prm = t.readUInt16LE(pcd + 6);
    const prc = prm & 1 ? prcs[prm >> 1] : undefined;
    pieces.push({
      cp: t.readUInt32LE(plc + i * 4),
      cpEnd: t.readUInt32LE(plc + (i + 1) * 4),
      fc: compressed ? (raw & 0x3fffffff) / 2 : raw,
      compressed,
      props: prc ? listSprms(t, prc[0], Math.min(prc[1], t.length)) : {},
    });
  }
  return pieces;
}

/** One level's count in its MSONFC format (also Word 2003 XML's w:nfc: office2003.ts); a count out of range in decimal. */
export function levelNumber(n: number, nfc: number): string {
  return n >= 1 && n <= MAX_FORMATTED ? formatNumber(n, NFC[nfc] ?? 'decimal') : String(n);
}

const DIGIT_CHARS = /[\u0000-\u0008]/g;

function label(levels: Level[], level: Level, count: number[], startOf: (k: number) => number): string | undefined {
  if (level.nfc === NFC_BULLET || level.nfc === NFC_NONE) return undefined;
  const number = level.template.replace(DIGIT_CHARS, (ch) => {
    const k = ch.charCodeAt(0);
    return levelNumber(count[k] ?? startOf(k), level.legal ? 0 : (levels[k]?.nfc ?? 0));
  });
  // A control character left in a damaged template would break the line it is put in front of.
  const text = number.replace(/[\x00-\x1f\u2028\u2029]/g, '');
  if (!text.trim()) return undefined;
  const wideEnd = /[\u3000-\u303F\uFF00-\uFFEF]$/.test(text);
  return text + (level.follow === 2 || wideEnd ? '' : ' ');
}

/**
 * The main text's paragraphs in order, each with its list label if Word numbers it. `word` is the
 * WordDocument stream, `table` the 0Table/1Table stream the FIB names. Throws RangeError on a table
 * that points outside its stream.
 */
export function docParagraphs(word: Buffer, table: Buffer): DocParagraph[] {
  const csw = word.readUInt16LE(0x20);
  const cslw = word.readUInt16LE(0x22 + 2 * csw);
  const rgLw = 0x22 + 2 * csw + 2;
  const ccpText = word.readInt32LE(rgLw + 12);
  const cbRgFcLcb = word.readUInt16LE(rgLw + 4 * cslw);
  const blob = rgLw + 4 * cslw + 2;
  if (cbRgFcLcb <= FC_PLFLFO) return [];
  const fcLcb = (i: number): [number, number] => [word.readUInt32LE(blob + 8 * i), word.readUInt32LE(blob + 8 * i + 4)];
  const [fcLst, lcbLst] = fcLcb(FC_PLFLST);
  const [fcLfo, lcbLfo] = fcLcb(FC_PLFLFO);
  if (lcbLst === 0 || lcbLfo === 0) return [];
  const { lists, lfos } = readLists(table, fcLst, lcbLst, fcLfo, lcbLfo);
  const styles = readStyles(table, ...fcLcb(FC_STSHF));
  const runs = readPapx(word, table, ...fcLcb(FC_PLCFBTEPAPX));
  const pieces = readPieces(table, ...fcLcb(FC_CLX));

  const counters = new Map<number, number[]>();
  const started = new Set<string>();
  const out: DocParagraph[] = [];
  let text = '';
  // Pieces cover the main text once: no more characters than ccpText, nor than the stream holds.
  let budget = Math.min(ccpText, word.length);
  for (const piece of pieces) {
    if (piece.cp >= ccpText || budget <= 0) break;
    const chars = Math.max(0, Math.min(piece.cpEnd, ccpText, piece.cp + budget) - piece.cp);
    budget -= chars;
    const bytes = piece.compressed ? chars : 2 * chars;
    if (piece.fc + bytes > word.length) throw new RangeError('piece past the Word stream');
    const s = piece.compressed ? word.toString('latin1', piece.fc, piece.fc + bytes) : word.toString('utf16le', piece.fc, piece.fc + bytes);
    let from = 0;
    for (const mark of s.matchAll(/[\r\x07]/g)) {
      const i = mark.index;
      text += s.slice(from, i);
      from = i + 1;
      const run = runAt(runs, piece.fc + (piece.compressed ? i : 2 * i));
      const style = run ? styles[run.istd] : undefined;
      const ilfo = piece.props.ilfo ?? run?.props.ilfo ?? style?.ilfo ?? 0;
      const ilvl = Math.min(piece.props.ilvl ?? run?.props.ilvl ?? style?.ilvl ?? 0, 8);
      out.push({ text, label: ilfo > 0 ? numberParagraph(ilfo, ilvl) : undefined, cell: mark[0] === '\x07' });
      text = '';
    }
    text += s.slice(from);
  }
  return out;

  function numberParagraph(ilfo: number, ilvl: number): string | undefined {
    const lfo = lfos[ilfo - 1];
    const levels = lfo && lists.get(lfo.lsid);
    if (!lfo || !levels) return undefined;
    const k = Math.min(ilvl, levels.length - 1);
    const level = lfo.formats.get(k) ?? levels[k];
    const fresh = (j: number) => !started.has(`${ilfo}:${j}`) && lfo.starts.has(j);
    const startOf = (j: number) => (fresh(j) ? lfo.starts.get(j)! : (lfo.formats.get(j) ?? levels[j])?.start ?? 1);
    const count = counters.get(lfo.lsid) ?? [];
    count[k] = count[k] === undefined || fresh(k) ? startOf(k) : count[k] + 1;
    started.add(`${ilfo}:${k}`);
    count.length = k + 1; // deeper levels restart
    counters.set(lfo.lsid, count);
    return label(levels, level, count, startOf);
  }
}
