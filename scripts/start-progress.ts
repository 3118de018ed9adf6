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
