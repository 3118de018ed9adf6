// Child process of snapshot-write.test.ts: writes a snapshot/report pair for generation `gen` into
// <out>, and kills itself with SIGKILL right after `step` (or finishes when step is "none").
//   node --import tsx tests/hostile/kill-writer.ts <out> <gen> <step>
import { writeSnapshotPair, type WriteStep } from '../../ingest/snapshot/write.js';

const [out, gen, step] = process.argv.slice(2);
await writeSnapshotPair(out, { gen, nodes: Array.from({ length: 2000 }, (_, i) => ({ key: `n${i}`, gen })) }, { gen }, (s: WriteStep) => {
  if (s === step) process.kill(process.pid, 'SIGKILL');
});
