// GET /api/coverage on a large snapshot (session 49, helper tidy, issue 11): the directive with the most lower documents
// (the widest coverage matrix), served by the explorer's own server on loopback, timed from the request to the last byte.
// `firstMs`: the first request of a fresh server (it builds the coverage graph from the snapshot, once); then `runs`
// requests of the same matrix (median, p95). Since session 48 each column's carried forms are computed on demand where
// the pair has no CARRIES edge (coverage/forms.ts pairForms): what they cost is in docs/history/performance.md, session 49.
// Standalone: `npx tsx bench/coverage.ts <snapshot.json> [--port 8707] [--runs 5] [--directive id] [--save answer.json]`
// prints the figures as JSON (`--save`: the first answer's body, to compare two versions of the code).
import { graphFromSnapshot, lowerDocuments } from '../coverage/index.js';
import type { Snapshot } from '../graph-schema/index.js';
import { createApp, serve } from '../web/server/index.js';
import { round } from './measure.js';

export interface CoverageFigures {
  directive: string;
  /** Lower documents of the directive: the matrix's columns before any region filter. */
  columns: number;
  /** Bytes of the JSON answer. */
  bytes: number;
  firstMs: number;
  runs: number;
  medianMs: number;
  p95Ms: number;
  error?: string;
}

/** The in-corpus document with the most lower documents (ties: the first id). */
export function widestDirective(snapshot: Snapshot): { id: string; columns: number } {
  const g = graphFromSnapshot(snapshot);
  let best = { id: '', columns: -1 };
  g.forEachNode((id, a) => {
    if (a.type !== 'Document' || !a.inCorpus) return;
    const columns = lowerDocuments(g, id).length;
    if (columns > best.columns || (columns === best.columns && id < best.id)) best = { id, columns };
  });
  return best;
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];

export async function measureCoverage(snapshot: Snapshot, options: { port: number; runs?: number; directive?: string; save?: (body: string) => void }): Promise<CoverageFigures> {
  const runs = options.runs ?? 5;
  const { id: directive, columns } = options.directive ? { id: options.directive, columns: NaN } : widestDirective(snapshot);
  const served = await serve(createApp({ snapshot, cypher: null, cypherOff: 'bench' }), { port: options.port });
  try {
    const url = `${served.url}/api/coverage?directive=${encodeURIComponent(directive)}`;
    const once = async () => {
      const t = performance.now();
      const res = await fetch(url);
      const body = await res.text();
      if (!res.ok) throw new Error(`GET /api/coverage: ${res.status} ${body.slice(0, 200)}`);
      return { ms: performance.now() - t, bytes: Buffer.byteLength(body), body };
    };
    const first = await once();
    options.save?.(first.body);
    const times: number[] = [];
    for (let i = 0; i < runs; i++) times.push((await once()).ms);
    times.sort((a, b) => a - b);
    return { directive, columns, bytes: first.bytes, firstMs: round(first.ms, 0), runs, medianMs: round(quantile(times, 0.5), 0), p95Ms: round(quantile(times, 0.95), 0) };
  } finally {
    await served.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const argv = process.argv.slice(2);
  const value = (f: string) => (argv.includes(f) ? argv[argv.indexOf(f) + 1] : undefined);
  const { readBenchSnapshot } = await import('./ingest-run.js');
  const snapshot = await readBenchSnapshot(argv[0]);
  const save = value('--save');
  const { writeFileSync } = await import('node:fs');
  const figures = await measureCoverage(snapshot, { port: Number(value('--port') ?? 8707), runs: Number(value('--runs') ?? 5), directive: value('--directive'), ...(save ? { save: (body: string) => writeFileSync(save, body) } : {}) });
  console.log(JSON.stringify(figures));
}
