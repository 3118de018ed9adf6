// Ingests one file in this process and prints one JSON line: elapsed ms, peak resident memory
// (resourceUsage().maxRSS), and what the file became (documents, or the refusal). The hostile
// test runs it in a child process per file, so one file's peak is its own.
//
//   node --import tsx tests/hostile/run-one.ts <file> [<out dir>]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runIngest } from '../../ingest/pipeline.js';

const file = process.argv[2];
const outDir = process.argv[3] ?? mkdtempSync(join(tmpdir(), 'policy-graph-hostile-out-'));
const t0 = performance.now();
try {
  const { report } = await runIngest({ inputs: [file], out: join(outDir, 'snapshot.json') });
  const ms = Math.round(performance.now() - t0);
  const failed = report.failed[0];
  console.log(JSON.stringify({
    ms,
    cpuMs: Math.round((process.resourceUsage().userCPUTime + process.resourceUsage().systemCPUTime) / 1000),
    maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    documents: report.documents,
    measures: report.measures,
    reason: failed?.reason,
    message: failed?.message,
  }));
} finally {
  if (!process.argv[3]) rmSync(outDir, { recursive: true, force: true });
}
