// The hostile-input corpus (generate.ts), each file ingested by the real pipeline in its own child
// process (tests/hostile/run-one.ts) with a heap cap, a CPU-time and a peak-memory budget, and a
// wall-clock guard against hangs. Prints a table and the worst time and peak memory.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { generateHostileCorpus, type HostileFile } from './generate.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Budgets per file: CPU time of the whole child (startup and lexicons included), peak resident memory. */
const BUDGET = { cpuMs: 40_000, maxRssMB: 1200, heapMB: 1024, wallMs: 300_000 };

interface Outcome {
  ms: number;
  cpuMs: number;
  maxRssMB: number;
  documents: number;
  measures: number;
  reason?: string;
  message?: string;
}

function runOne(file: string): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [`--max-old-space-size=${BUDGET.heapMB}`, '--import', 'tsx', join(ROOT, 'tests/hostile/run-one.ts'), file],
      { cwd: ROOT, timeout: BUDGET.wallMs, killSignal: 'SIGKILL', maxBuffer: 1 << 20 },
      (error, stdout, stderr) => {
        const line = stdout.trim().split('\n').pop() ?? '';
        if (error) return reject(new Error(`${file}: ${error.killed ? `killed after ${BUDGET.wallMs} ms (a hang?)` : `exit ${error.code}`}\n${stderr.slice(-2000)}`));
        try {
          resolve(JSON.parse(line) as Outcome);
        } catch {
          reject(new Error(`${file}: no result line\n${stdout.slice(-1000)}\n${stderr.slice(-2000)}`));
        }
      },
    );
  });
}

const dir = mkdtempSync(join(tmpdir(), 'policy-graph-hostile-'));
const files: HostileFile[] = generateHostileCorpus(dir);
const results: Array<{ file: HostileFile; out: Outcome }> = [];

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  if (!results.length) return;
  const rows = results.map(({ file, out }) =>
    `${file.name.padEnd(22)} ${String(out.ms).padStart(7)} ms ${String(out.cpuMs).padStart(7)} ms cpu ${String(out.maxRssMB).padStart(5)} MB  ${out.documents ? `${out.documents} document, ${out.measures} measures` : `${out.reason}: ${out.message?.replace(/^ingest: [^:]+: /, '')}`}`,
  );
  const worst = results.reduce((a, b) => (b.out.cpuMs > a.out.cpuMs ? b : a));
  const peak = results.reduce((a, b) => (b.out.maxRssMB > a.out.maxRssMB ? b : a));
  console.info(
    ['hostile corpus (wall, CPU, peak RSS, outcome):', ...rows,
      `worst time: ${worst.file.name} ${worst.out.cpuMs} ms CPU (${worst.out.ms} ms wall); peak memory: ${peak.file.name} ${peak.out.maxRssMB} MB`].join('\n'),
  );
});

describe('hostile-input corpus, one child process per file, within budget', { timeout: BUDGET.wallMs + 10_000 }, () => {
  for (const file of files) {
    it(`${file.name}: ${file.what}`, async () => {
      const out = await runOne(file.path);
      results.push({ file, out });
      expect(out.cpuMs, 'CPU time over budget').toBeLessThan(BUDGET.cpuMs);
      expect(out.maxRssMB, 'peak memory over budget').toBeLessThan(BUDGET.maxRssMB);
      if (file.expect === 'document') expect(out, out.message).toMatchObject({ documents: 1 });
      else if (file.expect !== 'any') {
        expect(out.documents).toBe(0);
        expect(out.reason).toBe(file.expect.refused);
      } else expect(out.documents === 1 || typeof out.reason === 'string').toBe(true);
    });
  }
});
