// The ingest pipeline: files → read → clean → structure → (merge duplicates) → extract → link →
// snapshot. Calls the stages in order and collects a report; one bad file is recorded with its
// reason and the batch goes on.
import { basename, dirname, relative, resolve } from 'node:path';
import { stat } from 'node:fs/promises';
import type { EdgeAttributes, EntityType, FileError, NodeAttributes, Snapshot, SnapshotAttributes } from '../graph-schema/index.js';
import { ENTITY_TYPES, isDocumentPart } from '../graph-schema/index.js';
import { packCandidates, type NearCut } from './link/select.js';
import { snapshotSelection } from './link/selection-settings.js';
import { guardDocument, guardText, limitsWith, type IngestLimits } from './guard.js';
import { loadLexicon, type Lexicon } from './lexicon/load.js';
import { panelProbe } from './structure/panel.js';
import { articleRole, duplicateGroups, linkImplements, linkOptions, linkUnitCount, nearCutKept, snapshotThresholds, type ImplementsLink, type LinkOptions } from './link/index.js';
import { addAddressees, addCitations, addDocument, addFraming, addImplements, addMeasures, addRevisions, documentIds, newGraph, versionIndex, type PolicyGraph } from './snapshot/build.js';
import { ensureFolder, exportSnapshot, writePiecesPair, writeSnapshotPair } from './snapshot/write.js';
import { RecordGraph, type SnapshotRecord } from './snapshot/stream.js';
import type { ProcessedDoc } from './snapshot/types.js';
import { DocSpill, wholeDoc, wholeText, type LinkDoc } from './snapshot/spill.js';
import { addCarries, carriesEdges, CarriesInput } from './snapshot/carries.js';
import type { ReadResult } from './read/types.js';
import { runPerFile } from './parallel/pool.js';
import { linkInParallel } from './link/parallel.js';

export interface IngestOptions {
  /** Files and directories (searched recursively). */
  inputs: string[];
  /** Where to write the snapshot; the report goes beside it as <name>.report.json. */
  out?: string;
  lexicon?: Lexicon;
  /** Overrides of the IMPLEMENTS scoring (weights, thresholds); see ingest/link/implements.ts. */
  link?: Partial<LinkOptions>;
  /** Bounds on the work per file and per document (ingest/guard.ts); defaults documented there. */
  limits?: Partial<IngestLimits>;
  onProgress?: (p: { done: number; total: number; file: string }) => void;
  /** Called as each phase starts (the bench samples memory per phase: bench/ingest-run.ts). */
  onPhase?: (phase: IngestPhase) => void;
  /** Worker threads for the per-file stages (default: every core for a batch of a few megabytes or more, else the
   *  main thread: ingest/parallel/pool.ts THREAD_OPTIONS; 1 = main thread only). */
  workers?: number;
  /** Keep each document's whole results in a spill file while the batch runs, only what linking
   *  needs in memory (ingest/snapshot/spill.ts; default true). Same snapshot bytes either way. */
  spill?: boolean;
  /** Folder for the spill file (default: the system's temp folder). */
  spillDir?: string;
  /** Worker threads for the link stage (default: every core for a corpus of a few thousand
   *  measures or more, else 1: ingest/link/parallel.ts LINK_THREAD_OPTIONS). */
  linkWorkers?: number;
  /** ingestToFile only: sees each node and edge of the snapshot as it is written. */
  onRecord?: (kind: 'node' | 'edge', record: SnapshotRecord) => void;
  /** The read stage; injectable so the pipeline runs on values in tests. */
  reader?: { list(inputs: string[]): Promise<{ path: string; name: string }[]>; read(path: string, name: string): Promise<ReadResult> };
}

export type IngestPhase = 'perFile' | 'merge' | 'link' | 'snapshot' | 'write';

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
  /** Threads that ran the link stage. */
  linkWorkers: number;
  out?: string;
  /** SHA-256 of the snapshot file written beside this report (when `out` is given). */
  snapshotSha256?: string;
}

export async function runIngest(options: IngestOptions): Promise<{ snapshot: Snapshot; report: IngestReport }> {
  const { snapshot, report } = await ingest(options, false);
  return { snapshot: snapshot!, report };
}

/**
 * runIngest for a batch of any size: the snapshot is streamed to `out` as it is built (each node
 * and edge validated and written once nothing can change it; ingest/snapshot/stream.ts), never
 * held whole in memory, and not returned. Same bytes as runIngest's (tests/ingest/parallel/stream.test.ts).
 * The CLI and the bench use it.
 */
export async function ingestToFile(options: IngestOptions & { out: string }): Promise<{ report: IngestReport }> {
  const { report } = await ingest(options, true);
  return { report };
}

async function ingest(options: IngestOptions, stream: boolean): Promise<{ snapshot?: Snapshot; report: IngestReport }> {
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
  // A folder that cannot be made (a file in the path, /proc, read-only) fails now, not after the work.
  if (options.out) await ensureFolder(dirname(options.out));
  const lexicon = options.lexicon ?? loadLexicon();
  const limits = limitsWith(options.limits);
  const reader = options.reader ?? (await defaultReader(limits, lexicon));
  const failed: FileError[] = [];
  const files = await reader.list(options.inputs);

  const spill = options.spill === false ? undefined : new DocSpill(options.spillDir);
  // The streamed snapshot's records (ingest/snapshot/stream.ts), from the link stage on.
  let records: RecordGraph | undefined;
  try {
    const read: LinkDoc[] = [];
    options.onPhase?.('perFile');
    // read → clean → structure → extract per file, on every core (ingest/parallel), in file order;
    // each document's whole results go to the spill file as they come.
    const workers = await runPerFile(files, {
      workers: options.workers,
      lexicon,
      limits,
      // A custom reader or lexicon object cannot cross into a thread: then the main thread does it.
      mainThread: Boolean(options.reader || options.lexicon),
      read: reader.read,
      onResult: (r, i) => {
        for (const stage of ['read', 'clean', 'structure', 'extract'] as const) timings[stage] += r.ms[stage];
        if (r.doc) read.push(spill ? spill.put(r.doc) : r.doc);
        else if (r.error) failed.push(r.error);
        options.onProgress?.({ done: i + 1, total: files.length, file: files[i].name });
      },
    });

    options.onPhase?.('merge');
    let docs = time('link', () => mergeDuplicates(read));
    const duplicatesMerged = read.length - docs.length;
    // The linking copies are kept once, in `docs` (duplicates merged); streamed, they go after the snapshot is built.
    read.length = 0;

    const ids = documentIds(docs);
    // Link stage: IMPLEMENTS between measures, by the cascade rules and the scorer (ingest/link).
    // On every core for a big corpus (ingest/link/parallel.ts); same links, same order.
    options.onPhase?.('link');
    const linkStart = performance.now();
    // Streamed from a spill file, the snapshot reads each whole document again from the file: while
    // the threads link, the main thread keeps of each document only what the snapshot reads
    // besides (title, dates, citations) and gives the linking copies up to linkInParallel.
    const linkDocs = docs;
    if (stream && spill && !options.lexicon) docs = docs.map(snapshotStub);
    // Streamed, the snapshot's records start now: each part of the links a thread finishes
    // becomes IMPLEMENTS edges on the record file at once (their ends are checked once every node
    // is in), so the links of the whole corpus are never held (issue 11: 341,339 links ≈ 0.6 GB
    // at 10,000 documents were held through the snapshot phase). The records' order on the file
    // does not matter: they are read back in key order.
    // What the CARRIES edges are read from, kept as the records are written (ingest/snapshot/carries.ts).
    const carriesInput = stream ? new CarriesInput() : undefined;
    if (stream) {
      records = new RecordGraph(options.spillDir, (kind, record) => {
        carriesInput!.add(kind, record);
        options.onRecord?.(kind, record);
      });
    }
    let implementsCount = 0;
    // Time spent writing edges while the threads link: the snapshot's, not the link stage's.
    let writingMs = 0;
    const onLinks = records
      ? (part: ImplementsLink[]) => {
          const s = performance.now();
          implementsCount += part.length;
          writeImplements(records!, part);
          writingMs += performance.now() - s;
        }
      : undefined;
    const mainNearCut: NearCut[] = [];
    // The candidates near the cut are kept for a corpus of at most options.nearCutMaxMeasures measures (link/options.ts).
    const keptNearCut = nearCutKept(linkUnitCount(linkDocs), linkOptions(options.link));
    let { links, workers: linkWorkers, nearCut } = options.lexicon
      ? { links: linkImplements(linkDocs, ids, lexicon, options.link, false, undefined, mainNearCut), workers: 1, nearCut: mainNearCut }
      : await linkInParallel(linkDocs, ids, lexicon, options.link, { workers: options.linkWorkers, lexiconDir: process.env.POLICY_GRAPH_LEXICON, release: linkDocs !== docs, onLinks });
    if (onLinks && links.length) {
      onLinks(links);
      links = [];
    }
    if (linkDocs !== docs) linkDocs.length = 0;
    timings.link += performance.now() - linkStart - writingMs;
    timings.snapshot += writingMs;
    // The report of either path (streamed or in memory): the counts it took, the run's files, failures and times.
    type Counted = Pick<IngestReport, 'documents' | 'measures' | 'entities' | 'targets' | 'citedDocuments' | 'implements'>;
    const reportOf = (counted: Counted): IngestReport => ({
      files: files.length,
      documents: counted.documents,
      duplicatesMerged,
      measures: counted.measures,
      entities: counted.entities,
      targets: counted.targets,
      citedDocuments: counted.citedDocuments,
      implements: counted.implements,
      failed,
      timingsMs: Object.fromEntries(Object.entries(timings).map(([k, v]) => [k, Math.round(v)])) as IngestReport['timingsMs'],
      workers,
      linkWorkers,
      out: options.out,
    });
    options.onPhase?.('snapshot');
    const attributes: SnapshotAttributes = {
      schemaVersion: 1,
      corpus: options.inputs.map((p) => basename(resolve(p))).join(', '),
      files: files.map((f) => f.name),
      errors: failed,
      linkThresholds: snapshotThresholds(options.link),
      // Each lower measure's candidates near the cut and the selection's settings: coverage selects again on them
      // under a user's thresholds (coverage/replay.ts).
      ...(keptNearCut ? { linkCandidates: packCandidates(nearCut, ids) } : {}),
      linkSelection: snapshotSelection(options.link),
    };
    nearCut = [];
    if (records) {
      // Closed by the finally below, on every path.
      const recordGraph = records;
      time('snapshot', () => streamSnapshot(recordGraph, docs, ids, lexicon, spill, neverLinked(options.link), carriesInput!));
      // Only the records' keys and the file stay: the linking copies go.
      docs = [];
      spill?.close();
      timings.total = performance.now() - t0;
      const report = reportOf({
        documents: ids.length,
        measures: recordGraph.counts.get('Measure') ?? 0,
        entities: Object.fromEntries(ENTITY_TYPES.map((t) => [t, recordGraph.counts.get(t) ?? 0])) as Record<EntityType, number>,
        targets: recordGraph.counts.get('Target') ?? 0,
        citedDocuments: recordGraph.citedDocuments,
        implements: implementsCount,
      });
      options.onPhase?.('write');
      report.snapshotSha256 = (await writePiecesPair(options.out!, () => recordGraph.pieces(attributes), report)).snapshotSha256;
      return { report };
    }
    const snapshot = time('snapshot', () => buildSnapshot(docs, ids, links, lexicon, attributes, spill, neverLinked(options.link)));
    implementsCount = links.length;
    timings.total = performance.now() - t0;
    const count = (type: string) => snapshot.nodes.filter((n) => n.attributes.type === type).length;
    const report = reportOf({
      documents: docs.length,
      measures: count('Measure'),
      entities: Object.fromEntries(ENTITY_TYPES.map((t) => [t, count(t)])) as Record<EntityType, number>,
      targets: count('Target'),
      citedDocuments: snapshot.nodes.filter((n) => n.attributes.type === 'Document' && !n.attributes.inCorpus).length,
      implements: implementsCount,
    });
    // Snapshot and report are written as a pair (the report names the snapshot's SHA-256).
    options.onPhase?.('write');
    if (options.out) report.snapshotSha256 = (await writeSnapshotPair(options.out, snapshot, report)).snapshotSha256;
    return { snapshot, report };
  } finally {
    records?.close();
    spill?.close();
  }
}

/** Keeps one document per duplicate group: the one with the most metadata, then simplified
 *  originals over converted ones, then the first file name; all files go to `sources`. */
function mergeDuplicates(read: LinkDoc[]): LinkDoc[] {
  const groups = duplicateGroups(read.map((d) => d.clean.text)).flatMap((g) => byVersionDate(g, read));
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

/** Splits a duplicate group by version date: two texts whose own adoption/amendment lines (their
 *  history) date them differently are two versions of one law (a 2012 text and its 2024 amendment
 *  share well over the containment threshold), never copies of one document; they stay apart and
 *  get REVISES. Only a history dates a version: a plan's copies may read their closing dates
 *  differently (a converted PDF, a traditional-character copy) and are still one document. Members
 *  without a history join the latest version (the one in force). */
function byVersionDate(group: number[], read: LinkDoc[]): number[][] {
  const versionDate = (i: number) => (read[i].doc.history?.length ? read[i].doc.issuedOn : undefined);
  const dated = new Map<string, number[]>();
  for (const i of group) {
    const on = versionDate(i);
    if (on) dated.set(on, [...(dated.get(on) ?? []), i]);
  }
  if (dated.size < 2) return [group];
  const latest = [...dated.keys()].sort().at(-1)!;
  for (const i of group) if (!versionDate(i)) dated.get(latest)!.push(i);
  return [...dated.values()];
}

/** Whether the linker never links a unit of this text (its framing role is one of options.roleLinks.none, but for the roles of
 *  options.roleLinks.rows, which stay coverage rows: session 46, a bare referral to the criminal law). The articles of
 *  options.referralForms stay coverage rows too (session 53, helper link2: the rule reads links only; dropping the rows of a
 *  higher document's referral articles took right gap rows out of real and mental's coverage). */
function neverLinked(overrides: Partial<LinkOptions> | undefined): (text: string) => boolean {
  const o = { ...linkOptions(overrides), referralForms: null };
  const rows = new Set<string>(o.roleLinks.rows ?? []);
  const none = new Set<string>(o.roleLinks.none.filter((r) => !rows.has(r)));
  return (text) => {
    const role = articleRole(text, o);
    return !!role && none.has(role);
  };
}

/** A document's own nodes and edges (buildSnapshot and streamSnapshot, in this order): the document, its measures, its
 *  addressees, its framing articles. */
function addWholeDocument(g: PolicyGraph, id: string, whole: ReturnType<typeof wholeDoc>, lexicon: Lexicon, framing: (text: string) => boolean): void {
  addDocument(g, id, whole, lexicon);
  addMeasures(g, id, whole, lexicon);
  addAddressees(g, id, whole, lexicon);
  addFraming(g, id, whole, framing);
}

function buildSnapshot(docs: LinkDoc[], ids: string[], links: ImplementsLink[], lexicon: Lexicon, attributes: SnapshotAttributes, spill: DocSpill | undefined, framing: (text: string) => boolean) {
  const g = newGraph();
  // One whole document at a time from the spill file; the rest reads the linking copies.
  docs.forEach((d, i) => addWholeDocument(g, ids[i], wholeDoc(d, spill), lexicon, framing));
  const versions = versionIndex(docs, ids);
  docs.forEach((d, i) => addCitations(g, ids[i], d, versions, lexicon));
  addRevisions(g, docs, ids);
  addImplements(g, links);
  addCarries(g);
  return exportSnapshot(g, attributes);
}

/** What streamSnapshot reads of a spilled document besides its spill line: its title and dates, its genre and
 *  history (versions, REVISES; versionIndex dates a regulation's earlier texts by its history) and its citations
 *  (CITES). Session 24: without genre and history a 2009 regulation's citation of 《物业管理条例》 went to a
 *  cited-only copy in `npm run ingest`'s snapshot and to the corpus text (in force since 2007) in `npm start`'s. */
function snapshotStub(d: LinkDoc): LinkDoc {
  const { title, issuedOn, year, genre, history } = d.doc;
  const { citations, abbreviations } = d.extraction;
  return { sources: d.sources, spill: d.spill, doc: { title, issuedOn, year, genre, history }, extraction: { citations, abbreviations } } as unknown as LinkDoc;
}

/** Edges that leave a document's own nodes and are complete once the document is added. */
const DOCUMENT_EDGES = new Set<EdgeAttributes['type']>(['HAS_MEASURE', 'MENTIONS', 'SETS', 'ISSUED_BY', 'FOR_REGION']);
const OWN = {
  node: (a: NodeAttributes) => isDocumentPart(a),
  edge: (a: EdgeAttributes) => DOCUMENT_EDGES.has(a.type),
};

/** buildSnapshot's steps, in the same order, into records written as soon as they are complete:
 *  a document's measures, targets and own edges after the document; its citations after them;
 *  the links after the links. Documents, entities, regions, PART_OF and REVISES stay until the
 *  end (later documents add aliases, an issuer, an edge). */
function streamSnapshot(records: RecordGraph, docs: LinkDoc[], ids: string[], lexicon: Lexicon, spill: DocSpill | undefined, framing: (text: string) => boolean, carries: CarriesInput): void {
  // RecordGraph has the part of graphology's API that build.ts calls.
  const g = records as unknown as PolicyGraph;
  docs.forEach((d, i) => {
    addWholeDocument(g, ids[i], wholeDoc(d, spill), lexicon, framing);
    records.write(OWN);
  });
  const versions = versionIndex(docs, ids);
  docs.forEach((d, i) => {
    addCitations(g, ids[i], d, versions, lexicon);
    records.write({ edge: (a) => a.type === 'CITES' });
  });
  addRevisions(g, docs, ids);
  records.write();
  // The IMPLEMENTS edges went to the file as the link stage gave them (writeImplements): their
  // ends are measures, checked now that every node is in.
  records.checkEnds();
  // Every other record is written: the CARRIES edges read what they need of them (CarriesInput), as buildSnapshot's.
  const index = new Map(ids.map((id, i) => [id, i]));
  // (Its text alone from the spill file, not the whole document: session 52, perf.)
  const docText = (id: string) => (index.has(id) ? wholeText(docs[index.get(id)!], spill) : undefined);
  for (const e of carriesEdges(carries.graph(), docText)) g.addEdgeWithKey(e.key, e.source, e.target, e.attributes);
  records.write();
}

/** IMPLEMENTS edges added and written at once by the streamed snapshot. */
const IMPLEMENTS_BATCH = 10_000;

/** A part of the links as IMPLEMENTS edges on the record file, a batch at a time, each link let
 *  go as soon as its edge is written (the part's slots become undefined). The records are read
 *  back in key order, so the snapshot's bytes depend neither on the parts nor on the batches. */
function writeImplements(records: RecordGraph, links: ImplementsLink[]): void {
  const g = records as unknown as PolicyGraph;
  for (let a = 0; a < links.length; a += IMPLEMENTS_BATCH) {
    const batch = links.slice(a, a + IMPLEMENTS_BATCH);
    links.fill(RELEASED, a, a + batch.length);
    addImplements(g, batch);
    records.write({ edge: (e) => e.type === 'IMPLEMENTS', endsLater: true });
  }
}

/** What replaces a link in the caller's array once its edge is written. */
const RELEASED = undefined as unknown as ImplementsLink;

async function defaultReader(limits: IngestLimits, lexicon: Lexicon): Promise<NonNullable<IngestOptions['reader']>> {
  const { listSources, readSource } = await import('./read/index.js');
  const panel = panelProbe(lexicon);
  return {
    async list(inputs) {
      const out: { path: string; name: string }[] = [];
      for (const input of inputs) {
        const isDir = await stat(input).then((s) => s.isDirectory(), () => false);
        // A file given alone is named by its base name; a zip archive's documents by `<archive>!/<member>`.
        for (const p of await listSources([input], limits)) out.push({ path: p, name: relative(isDir ? input : dirname(input), p) });
      }
      return out;
    },
    read: (path, name) => readSource(path, { root: undefined, limits, panel }).then((r) => ({ ...r, file: name })),
  };
}
