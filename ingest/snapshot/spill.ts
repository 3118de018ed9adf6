// Per-document results on disk while a batch runs (issue 11: memory bounded whatever the batch's
// size). Each document that comes out of read → clean → structure → extract is appended to a spill
// file (one JSON line) and only what duplicate merging, document ids and linking read stays in
// memory: the text once, the units, metadata, mentions and content words. The snapshot is then
// built one document at a time from the spill file. Not kept: the clean stage's origin map (one
// number per character) and its dropped lines, which only the snapshot needs.
// A JSON line holds exactly what the snapshot later reads from the document (plain data, no
// undefined values left after the snapshot's own JSON round trip), so the bytes do not change.
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ProcessedDoc } from './types.js';
import { originRuns } from '../clean/origin-map.js';
import type { Unit } from '../structure/types.js';
import type { Mention } from '../extract/types.js';

/** A document as linking sees it; `spill` is its line in the spill file (undefined: not spilled). */
export type LinkDoc = ProcessedDoc & { spill?: number };

export class DocSpill {
  private readonly dir: string;
  private readonly fd: number;
  private at = 0;
  /** Each document's line, and after it its text's line (`text`; a JSON string). `originLength` ≥ 0: the line is
   *  packed (packLine), its origin map that many offsets; −1: the line is the whole document's JSON. */
  private readonly records: { offset: number; length: number; textLength: number; originLength: number }[] = [];
  /** The linking copies' repeated strings, one each (forLinking). */
  private readonly intern = interner();

  constructor(parent = tmpdir()) {
    this.dir = mkdtempSync(join(parent, 'policy-graph-spill-'));
    this.fd = openSync(join(this.dir, 'documents.ndjson'), 'w+', 0o600);
  }

  /** Writes the whole document and returns what stays in memory for linking. */
  put(d: ProcessedDoc): LinkDoc {
    const text = JSON.stringify(d.doc.text) + '\n';
    const packed = packLine(d);
    const whole = JSON.stringify(packed ? packed.line : d) + '\n';
    const data = Buffer.from(whole + text);
    const length = Buffer.byteLength(whole);
    for (let done = 0; done < data.length; ) done += writeSync(this.fd, data, done, data.length - done, this.at + done);
    this.records.push({ offset: this.at, length, textLength: data.length - length, originLength: packed ? packed.originLength : -1 });
    this.at += data.length;
    return { ...forLinking(d, this.intern), spill: this.records.length - 1 };
  }

  /** The whole document of a line (the `sources` of the caller's copy win: duplicates merged). */
  get(i: number): ProcessedDoc {
    const { offset, length, textLength, originLength } = this.records[i];
    if (originLength < 0) return JSON.parse(this.read(i, offset, length)) as ProcessedDoc;
    // A packed line (packLine): the document's line and its text's line, read at once.
    const both = this.readBytes(i, offset, length + textLength);
    const d = JSON.parse(both.toString('utf8', 0, length - 1)) as ProcessedDoc;
    const text = JSON.parse(both.toString('utf8', length, length + textLength - 1)) as string;
    d.clean.text = text;
    d.doc.text = text;
    d.clean.origin = unpackOrigin(d.clean.origin, originLength);
    return d;
  }

  /** The document's text alone (`doc.text` of `get(i)`), from its own line: the streamed snapshot's CARRIES step cuts
   *  lower measures' texts from it, and parsing the whole document (its origin map is a number per character) for it
   *  was most of that step (session 52, perf). */
  text(i: number): string {
    const { offset, length, textLength } = this.records[i];
    return JSON.parse(this.read(i, offset + length, textLength)) as string;
  }

  /** `length` bytes at `offset`, less the line's end, as text. */
  private read(i: number, offset: number, length: number): string {
    return this.readBytes(i, offset, length).toString('utf8', 0, length - 1);
  }

  /** `length` bytes at `offset`. */
  private readBytes(i: number, offset: number, length: number): Buffer {
    const data = Buffer.allocUnsafe(length);
    for (let done = 0; done < length; ) {
      const n = readSync(this.fd, data, done, length - done, offset + done);
      if (n === 0) throw new Error(`ingest: the spill file ended early at document ${i}`);
      done += n;
    }
    return data;
  }

  get bytes(): number {
    return this.at;
  }

  private closed = false;

  /** Removes the spill file (once; later calls do nothing). */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    closeSync(this.fd);
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** The line of a document whose structure text is its clean text (always, but for a caller's own documents) and
 *  whose origin map is safe integers (always: offsets), without the text twice and with the origin map as runs
 *  (clean/origin-map.ts originRuns): the text is already on the text's line that follows, and the map, a number per
 *  character, was a third of the line's bytes (session 59, perf: JSON of a number per character was most of the
 *  spill's write and read). `get` puts both back: the same document as JSON.parse of the whole document's JSON.
 *  Undefined (the line is the whole document's JSON) otherwise. */
function packLine(d: ProcessedDoc): { line: unknown; originLength: number } | undefined {
  const { clean, doc } = d;
  if (typeof clean.text !== 'string' || doc.text !== clean.text || !Array.isArray(clean.origin)) return undefined;
  const origin = clean.origin;
  for (let i = 0; i < origin.length; i++) if (!Number.isSafeInteger(origin[i]) || Object.is(origin[i], -0)) return undefined;
  // The same keys in the same order, the texts empty and the origin map as runs.
  return { line: { ...d, clean: { ...clean, text: '', origin: originRuns(origin) }, doc: { ...doc, text: '' } }, originLength: origin.length };
}

/** The origin map of its runs (originRuns' inverse), `length` offsets. */
function unpackOrigin(runs: number[], length: number): number[] {
  const origin = new Array<number>(length);
  for (let r = 0; r < runs.length; r += 2) {
    const end = r + 2 < runs.length ? runs[r + 2] : length;
    for (let i = runs[r], at = runs[r + 1]; i < end; i++, at++) origin[i] = at;
  }
  return origin;
}

/** What stays in memory: the clean text once (the structure stage's text is the same characters),
 *  no origin map, no dropped lines; of the units and mentions only what linking reads (issue 11:
 *  the whole objects were ≈ 0.9 GB of the main thread's heap at 10,000 documents). A unit keeps
 *  its path, kind, name, span, parent and leaf flag (not its ordinal and section line); a mention
 *  its unit's path, type and canonical name, once per unit (ingest/link/index.ts linkUnits makes
 *  a set of them: the same set, in the same order); no targets. Repeated strings (paths, kinds,
 *  entity names, content words) are one string each through `intern`: a thread's results come
 *  deserialised, every occurrence its own string. The snapshot reads the whole document from the
 *  spill file (wholeDoc), never these. */
export function forLinking(d: ProcessedDoc, intern: (s: string) => string = (s) => s): ProcessedDoc {
  const text = d.clean.text;
  const units = d.doc.units.map((u) => {
    const kept = { path: intern(u.path), kind: intern(u.kind), name: u.name, span: u.span, leaf: u.leaf } as Unit;
    if (u.parent !== undefined) kept.parent = intern(u.parent);
    return kept;
  });
  const seen = new Set<string>();
  const mentions: Mention[] = [];
  for (const m of d.extraction.mentions) {
    const key = `${m.path}\u0000${m.type}\u0000${m.canonical}`;
    if (seen.has(key)) continue;
    seen.add(key);
    mentions.push({ path: intern(m.path), type: intern(m.type), canonical: intern(m.canonical) } as Mention);
  }
  const words: Record<string, string[]> = {};
  for (const [path, list] of Object.entries(d.extraction.words)) words[intern(path)] = list.map(intern);
  return {
    sources: d.sources,
    clean: { text, origin: [], dropped: [], traditional: d.clean.traditional, pinyinRemoved: d.clean.pinyinRemoved },
    doc: { ...d.doc, text: d.doc.text === text ? text : d.doc.text, units },
    extraction: { mentions, citations: d.extraction.citations, targets: [], abbreviations: d.extraction.abbreviations, words },
  };
}

/** One string for equal strings: the table's own. */
export function interner(): (s: string) => string {
  const table = new Map<string, string>();
  return (s) => {
    const had = table.get(s);
    if (had !== undefined) return had;
    table.set(s, s);
    return s;
  };
}

/** The text (`doc.text`) of the whole document behind a linking copy, read alone from the spill file. */
export function wholeText(d: LinkDoc, spill: DocSpill | undefined): string {
  if (d.spill === undefined || !spill) return d.doc.text;
  return spill.text(d.spill);
}

/** The whole document behind a linking copy (itself when nothing was spilled). */
export function wholeDoc(d: LinkDoc, spill: DocSpill | undefined): ProcessedDoc {
  if (d.spill === undefined || !spill) return d;
  const { spill: _line, ...rest } = d;
  return { ...spill.get(d.spill), sources: rest.sources };
}
