// What the bench's ingest child keeps of the snapshot's records for its figures, on files beside
// its figures instead of in memory (bench/ingest-run.ts): a line per record, written through a
// small buffer, read back once the ingest's memory is measured.
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import type { Snapshot } from '../graph-schema/index.js';

/** Lines appended to a file, 1 MB at a time. */
export class LineFile {
  private fd: number | undefined;
  private buffer: string[] = [];
  private size = 0;
  constructor(readonly path: string) {
    this.fd = openSync(path, 'w');
  }
  line(text: string): void {
    this.buffer.push(text);
    this.size += text.length + 1;
    if (this.size >= 1 << 20) this.flush();
  }
  private flush(): void {
    if (this.fd === undefined || !this.buffer.length) return;
    writeSync(this.fd, this.buffer.join('\n') + '\n');
    this.buffer = [];
    this.size = 0;
  }
  close(): void {
    this.flush();
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }
  read(): string[] {
    return readFileSync(this.path, 'utf8').split('\n').filter(Boolean);
  }
}

/** The three side files of one ingest run: Document dates, corpus texts, IMPLEMENTS ends. */
export class SideFiles {
  readonly docs: LineFile;
  readonly texts: LineFile;
  readonly ends: LineFile;
  constructor(prefix: string) {
    this.docs = new LineFile(`${prefix}.docs.ndjson`);
    this.texts = new LineFile(`${prefix}.texts.ndjson`);
    this.ends = new LineFile(`${prefix}.ends.tsv`);
  }
  close(): void {
    for (const f of [this.docs, this.texts, this.ends]) f.close();
  }
  /** The Document nodes (dates) and IMPLEMENTS edges (ends) that plantedScore reads. */
  snapshotPart(): Pick<Snapshot, 'nodes' | 'edges'> {
    const implementsAttributes = { type: 'IMPLEMENTS' } as Snapshot['edges'][number]['attributes'];
    const nodes = this.docs.read().map((l) => {
      const [key, issuedOn, year] = JSON.parse(l) as [string, string | null, number | null];
      return { key, attributes: { type: 'Document', ...(issuedOn ? { issuedOn } : {}), ...(year !== null ? { year } : {}) } } as Snapshot['nodes'][number];
    });
    const edges = this.ends.read().map((l) => {
      const tab = l.indexOf('\t');
      return { key: '', source: l.slice(0, tab), target: l.slice(tab + 1), attributes: implementsAttributes };
    });
    return { nodes, edges };
  }
  remove(): void {
    this.close();
    for (const f of [this.docs, this.texts, this.ends]) rmSync(f.path, { force: true });
  }
}
