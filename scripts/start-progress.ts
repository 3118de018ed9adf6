// What `npm start` says while it ingests: before session 22 it printed nothing between `tsx
// scripts/start.ts <folder>` and the ingest summary, which on the whole law mirror (3,454 files) was
// 3 minutes of silence before the linker's own line, then 5 more. Now: how many files there are,
// a count of files read at most every `everyMs` (and the last one), and one line as each later phase starts.
import type { IngestPhase } from '../ingest/pipeline.js';

const PHASES: Partial<Record<IngestPhase, string>> = {
  merge: 'merging duplicate documents …',
  link: 'linking measures to the documents they implement (the longest step on a large corpus) …',
  snapshot: 'building the snapshot …',
};

export function ingestProgress(
  log: (line: string) => void,
  options: { everyMs?: number; now?: () => number } = {},
): { onProgress(p: { done: number; total: number }): void; onPhase(phase: IngestPhase): void } {
  const everyMs = options.everyMs ?? 15_000;
  const now = options.now ?? (() => performance.now());
  let last = -Infinity;
  let t0 = 0;
  return {
    onProgress({ done, total }) {
      if (done === 1) {
        t0 = now();
        last = t0;
        log(`reading ${total.toLocaleString('en-US')} file${total === 1 ? '' : 's'} …`);
      }
      if (done === total || now() - last >= everyMs) {
        last = now();
        const s = Math.round((last - t0) / 1000);
        log(`read ${done.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} files (${Math.round((100 * done) / total)} %, ${s} s)`);
      }
    },
    onPhase(phase) {
      const line = PHASES[phase];
      if (line) log(line);
    },
  };
}

const LOAD_PHASES = {
  diff: 'comparing with the graph Neo4j holds',
  staging: 'writing nodes and relationships',
  switch: 'switching to the new graph (the old one is removed)',
} as const;

/**
 * What `npm start` says while Neo4j loads: before session 22 nothing between "starting a local Neo4j" and
 * "Neo4j holds the graph", 10 min on the law mirror, and 5+ min when a small corpus replaced it (Cypher
 * "not connected" meanwhile). Now: one line as each phase of the load starts, then its progress at most every `everyMs`.
 */
export function loadProgress(
  log: (line: string) => void,
  options: { everyMs?: number; now?: () => number } = {},
): (p: { phase: keyof typeof LOAD_PHASES; done: number; total: number }) => void {
  const everyMs = options.everyMs ?? 15_000;
  const now = options.now ?? (() => performance.now());
  let phase: string | undefined;
  let last = -Infinity;
  return ({ phase: p, done, total }) => {
    const step = p === 'switch' ? 'steps' : 'rows';
    if (p !== phase) {
      phase = p;
      last = now();
      log(`Neo4j: ${LOAD_PHASES[p]} …`);
    } else if (now() - last >= everyMs) {
      last = now();
      log(`Neo4j: ${LOAD_PHASES[p]}: ${done.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} ${step}`);
    }
  };
}
