// The ingest pipeline: files → read → clean → structure → (merge duplicates) → extract → link →
// snapshot. Calls the stages in order and collects a report; one bad file is recorded with its
// reason and the batch goes on.
import { basename, relative, resolve } from 'node:path';
import { stat } from 'node:fs/promises';
import type { EntityType, FileError, Snapshot } from '../graph-schema/index.js';
import { ENTITY_TYPES } from '../graph-schema/index.js';
import { IngestError } from './errors.js';
import { loadLexicon, type Lexicon } from './lexicon/load.js';
import { clean } from './clean/index.js';
import { structure } from './structure/index.js';
import { extract } from './extract/index.js';
import { duplicateGroups, linkImplements, linkOptions, LINK_THRESHOLDS_PROVENANCE, type ImplementsLink, type LinkOptions } from './link/index.js';
import { addAddressees, addCitations, addDocument, addImplements, addMeasures, addRevisions, documentIds, newGraph } from './snapshot/build.js';
import { exportSnapshot, writeJsonAtomic } from './snapshot/write.js';
import type { ProcessedDoc } from './snapshot/types.js';
import type { ReadResult } from './read/types.js';

export interface IngestOptions {
  /** Files and directories (searched recursively). */
  inputs: string[];
  /** Where to write the snapshot; the report goes beside it as <name>.report.json. */
  out?: string;
  lexicon?: Lexicon;
  /** Overrides of the IMPLEMENTS scoring (weights, thresholds); see ingest/link/implements.ts. */
  link?: Partial<LinkOptions>;
  onProgress?: (p: { done: number; total: number; file: string }) => void;
  /** The read stage; injectable so the pipeline runs on values in tests. */
  reader?: { list(inputs: string[]): Promise<{ path: string; name: string }[]>; read(path: string, name: string): Promise<ReadResult> };
}

export interface IngestReport {
  files: number;
  documents: number;
  duplicatesMerged: number;
  measures: number;
  entities: Record<EntityType, number>;
  targets: number;
  citedDocuments: number;
  implements: number;
  failed: FileError[];
  timingsMs: Record<'read' | 'clean' | 'structure' | 'extract' | 'link' | 'snapshot' | 'total', number>;
  out?: string;
}

export async function runIngest(options: IngestOptions): Promise<{ snapshot: Snapshot; report: IngestReport }> {
  const t0 = performance.now();
  const timings = { read: 0, clean: 0, structure: 0, extract: 0, link: 0, snapshot: 0, total: 0 };
  const time = <T>(stage: keyof typeof timings, f: () => T): T => {
    const s = performance.now();
    try {
      return f();
    } finally {
      timings[stage] += performance.now() - s;
    }
  };
  const lexicon = options.lexicon ?? loadLexicon();
  const reader = options.reader ?? (await defaultReader());
  const failed: FileError[] = [];
  const files = await reader.list(options.inputs);

  const read: ProcessedDoc[] = [];
  for (const [i, f] of files.entries()) {
    try {
      const s = performance.now();
      const r = await reader.read(f.path, f.name);
      timings.read += performance.now() - s;
      const c = time('clean', () => clean(r.text, lexicon));
      if (c.text.trim().length === 0) throw new IngestError(f.name, 'clean', 'empty', 'no text left after removing page chrome');
      const doc = time('structure', () => structure(f.name, c, lexicon));
      if (!doc) throw new IngestError(f.name, 'structure', 'no-structure', 'no title found: is this a policy document?');
      read.push({ sources: [f.name], clean: c, doc, extraction: { mentions: [], citations: [], targets: [], abbreviations: {}, words: {} } });
    } catch (e) {
      failed.push(toFileError(f.name, e));
    }
    options.onProgress?.({ done: i + 1, total: files.length, file: f.name });
  }

  const docs = time('link', () => mergeDuplicates(read));
  for (const d of docs) d.extraction = time('extract', () => extract(d.doc, lexicon));

  const ids = documentIds(docs);
  // Link stage: IMPLEMENTS between measures, by the cascade rules and the scorer (ingest/link).
  const links = time('link', () => linkImplements(docs, ids, lexicon, options.link));
  const snapshot = time('snapshot', () => buildSnapshot(docs, ids, links, lexicon, options, files.map((f) => f.name), failed));
  const implementsCount = links.length;
  if (options.out) await writeJsonAtomic(options.out, snapshot);
  timings.total = performance.now() - t0;
  const count = (type: string) => snapshot.nodes.filter((n) => n.attributes.type === type).length;
  const report: IngestReport = {
    files: files.length,
    documents: docs.length,
    duplicatesMerged: read.length - docs.length,
    measures: count('Measure'),
    entities: Object.fromEntries(ENTITY_TYPES.map((t) => [t, count(t)])) as Record<EntityType, number>,
    targets: count('Target'),
    citedDocuments: snapshot.nodes.filter((n) => n.attributes.type === 'Document' && !n.attributes.inCorpus).length,
    implements: implementsCount,
    failed,
    timingsMs: Object.fromEntries(Object.entries(timings).map(([k, v]) => [k, Math.round(v)])) as IngestReport['timingsMs'],
    out: options.out,
  };
  if (options.out) await writeJsonAtomic(options.out.replace(/(\.json)?$/, '.report.json'), report);
  return { snapshot, report };
}

/** Keeps one document per duplicate group: the one with the most metadata, then simplified
 *  originals over converted ones, then the first file name; all files go to `sources`. */
function mergeDuplicates(read: ProcessedDoc[]): ProcessedDoc[] {
  const groups = duplicateGroups(read.map((d) => d.clean.text));
  const richness = (d: ProcessedDoc) =>
    [d.doc.notice, d.doc.issuedOn, d.doc.docNumber, d.doc.issuerSpan].filter(Boolean).length * 2 + (d.clean.traditional ? 0 : 1);
  return groups
    .map((g) => {
      const members = g.map((i) => read[i]);
      const keep = [...members].sort((a, b) => richness(b) - richness(a) || a.sources[0].localeCompare(b.sources[0]))[0];
      return { ...keep, sources: members.flatMap((m) => m.sources).sort() };
    })
    .sort((a, b) => a.sources[0].localeCompare(b.sources[0]));
}

function buildSnapshot(
  docs: ProcessedDoc[],
  ids: string[],
  links: ImplementsLink[],
  lexicon: Lexicon,
  options: IngestOptions,
  files: string[],
  failed: FileError[],
) {
  const g = newGraph();
  const idByTitle = new Map<string, string>();
  docs.forEach((d, i) => {
    addDocument(g, ids[i], d, lexicon);
    addMeasures(g, ids[i], d, lexicon);
    addAddressees(g, ids[i], d, lexicon);
    if (!idByTitle.has(d.doc.title)) idByTitle.set(d.doc.title, ids[i]);
  });
  docs.forEach((d, i) => addCitations(g, ids[i], d, idByTitle, lexicon));
  addRevisions(g, docs, ids);
  addImplements(g, links);
  const { thresholds } = linkOptions(options.link);
  return exportSnapshot(g, {
    schemaVersion: 1,
    corpus: options.inputs.map((p) => basename(resolve(p))).join(', '),
    files,
    errors: failed,
    linkThresholds: { ...thresholds, provenance: options.link?.thresholds ? 'set by the ingest options' : LINK_THRESHOLDS_PROVENANCE },
  });
}

function toFileError(file: string, e: unknown): FileError {
  if (e instanceof IngestError) return { file, stage: e.stage, reason: e.reason, message: e.message };
  return { file, stage: 'ingest', reason: 'unreadable', message: e instanceof Error ? e.message : String(e) };
}

async function defaultReader(): Promise<NonNullable<IngestOptions['reader']>> {
  const { listSources, readSource } = await import('./read/index.js');
  return {
    async list(inputs) {
      const out: { path: string; name: string }[] = [];
      for (const input of inputs) {
        const isDir = await stat(input).then((s) => s.isDirectory(), () => false);
        for (const p of await listSources([input])) out.push({ path: p, name: isDir ? relative(input, p) : basename(p) });
      }
      return out;
    },
    read: (path, name) => readSource(path, { root: undefined }).then((r) => ({ ...r, file: name })),
  };
}
