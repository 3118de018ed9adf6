// The ingest pipeline: files → read → clean → structure → (merge duplicates) → extract → link →
// snapshot. Calls the stages in order and collects a report; one bad file is recorded with its
// reason and the batch goes on.
import { basename, relative, resolve } from 'node:path';
import { stat } from 'node:fs/promises';
import type { EntityType, FileError, Snapshot } from '../graph-schema/index.js';
import { ENTITY_TYPES } from '../graph-schema/index.js';
import { IngestError } from './errors.js';
import { loadLexicon, type Lexicon } from './lexicon/load.js';
import { regionByName } from './lexicon/regions.js';
import { DEFAULT_LINK_OPTIONS, duplicateGroups, implementLinks, type LinkOptions, type LinkUnit } from './link/index.js';
import { addCitations, addDocument, addImplements, addMeasures, addRevisions, documentIds, newGraph } from './snapshot/build.js';
import { exportSnapshot, writeJsonAtomic } from './snapshot/write.js';
import type { ProcessedDoc } from './snapshot/types.js';
import type { ReadResult } from './read/types.js';
import { measureId } from '../graph-schema/index.js';
import { runPerFile } from './parallel/pool.js';

export interface IngestOptions {
  /** Files and directories (searched recursively). */
  inputs: string[];
  /** Where to write the snapshot; the report goes beside it as <name>.report.json. */
  out?: string;
  lexicon?: Lexicon;
  /** Overrides of the IMPLEMENTS scoring (weights, thresholds); see ingest/link/implements.ts. */
  link?: Partial<LinkOptions>;
  onProgress?: (p: { done: number; total: number; file: string }) => void;
  /** Worker threads for the per-file stages (default: every core, at most one per 8 files; 1 = main thread only). */
  workers?: number;
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
  /** Per-file stages: summed over the worker threads (may exceed `total` with several workers). */
  timingsMs: Record<'read' | 'clean' | 'structure' | 'extract' | 'link' | 'snapshot' | 'total', number>;
  /** Threads that ran the per-file stages. */
  workers: number;
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
  // read → clean → structure → extract per file, on every core (ingest/parallel), in file order.
  const workers = await runPerFile(files, {
    workers: options.workers,
    lexicon,
    // A custom reader or lexicon object cannot cross into a thread: then the main thread does it.
    mainThread: Boolean(options.reader || options.lexicon),
    read: reader.read,
    onResult: (r, i) => {
      for (const stage of ['read', 'clean', 'structure', 'extract'] as const) timings[stage] += r.ms[stage];
      if (r.doc) read.push(r.doc);
      else if (r.error) failed.push(r.error);
      options.onProgress?.({ done: i + 1, total: files.length, file: files[i].name });
    },
  });

  const docs = time('link', () => mergeDuplicates(read));

  const linkBefore = timings.link;
  const { snapshot, implementsCount } = time('snapshot', () => buildSnapshot(docs, lexicon, options, files.map((f) => f.name), failed, timings));
  timings.snapshot -= timings.link - linkBefore; // linking ran inside; count it once, as link
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
    workers,
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
  lexicon: Lexicon,
  options: IngestOptions,
  files: string[],
  failed: FileError[],
  timings: Record<string, number>,
) {
  const g = newGraph();
  const ids = documentIds(docs);
  const idByTitle = new Map<string, string>();
  docs.forEach((d, i) => {
    addDocument(g, ids[i], d, lexicon);
    addMeasures(g, ids[i], d, lexicon);
    if (!idByTitle.has(d.doc.title)) idByTitle.set(d.doc.title, ids[i]);
  });
  docs.forEach((d, i) => addCitations(g, ids[i], d, idByTitle, lexicon));
  addRevisions(g, docs, ids);
  const s = performance.now();
  const units: LinkUnit[] = docs.flatMap((d, di) =>
    d.doc.units
      // Headings with numbered units below them are containers, not measures that implement.
      .filter((u) => u.kind !== 'notice' && u.leaf)
      .map((u) => ({
        id: measureId(ids[di], u.path),
        docIndex: di,
        offset: u.span[0],
        text: d.doc.text.slice(u.span[0], u.span[1]),
        entities: new Set(d.extraction.mentions.filter((m) => m.path === u.path).map((m) => `${m.type}:${m.canonical}`)),
        words: d.extraction.words[u.path] ?? [],
      })),
  );
  const links = implementLinks(
    docs.map((d) => ({ level: d.doc.level, year: d.doc.year, region: d.doc.region, regionChain: regionChain(d.doc.region, lexicon) })),
    units,
    lexicon.boilerplate,
    { ...DEFAULT_LINK_OPTIONS, ...options.link },
  );
  timings.link += performance.now() - s;
  addImplements(g, links);
  const snapshot = exportSnapshot(g, {
    schemaVersion: 1,
    corpus: options.inputs.map((p) => basename(resolve(p))).join(', '),
    files,
    errors: failed,
  });
  return { snapshot, implementsCount: links.length };
}

function regionChain(region: string | undefined, lexicon: Lexicon): string[] {
  const out: string[] = [];
  let r = region ? regionByName(region, lexicon) : undefined;
  while (r) {
    out.push(r.name);
    r = r.parent ? regionByName(r.parent, lexicon) : undefined;
  }
  return out;
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
