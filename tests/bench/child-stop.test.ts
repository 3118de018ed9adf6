// The bench's ingest child stops with the bench: on SIGTERM to the bench, on the bench's own
// ingest time limit, and when the bench is killed outright (the child sees its IPC channel close).
// A child left behind went on ingesting for 45 s after the bench was stopped.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/gen-corpus.js';
import { ingestInChild } from '../../bench/ingest-run.js';

const dir = mkdtempSync(join(tmpdir(), 'pg-bench-stop-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Running (a zombie waiting for the system to reap it is not). */
const alive = (pid: number) => {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
};
const gone = async (pid: number, withinMs: number) => {
  for (const t0 = Date.now(); Date.now() - t0 < withinMs; ) {
    if (!alive(pid)) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return !alive(pid);
};

/** Starts `npm run bench` on a corpus big enough to still be ingesting; resolves with the bench
 *  process and its ingest child's pid once the child has started. */
function benchWithChild(): Promise<{ bench: ReturnType<typeof spawn>; childPid: number; log: () => string }> {
  const bench = spawn(process.execPath, ['--import', 'tsx', 'bench/cli.ts', '--sizes', '400', '--no-neo4j', '--no-explorer', '--no-mirror', '--out', join(dir, 'results.json')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  return new Promise((resolve, reject) => {
    bench.stderr!.on('data', (d: Buffer) => {
      log += d.toString();
      const m = /ingest child (\d+)/.exec(log);
      if (m) resolve({ bench, childPid: Number(m[1]), log: () => log });
    });
    bench.on('exit', (code) => reject(new Error(`bench exited (${code}) before its ingest child started: ${log}`)));
  });
}

describe('bench ingest child', () => {
  it('SIGTERM to the bench stops its ingest child and the bench exits 143', async () => {
    const { bench, childPid, log } = await benchWithChild();
    expect(alive(childPid)).toBe(true);
    await new Promise((r) => setTimeout(r, 3000));
    const exited = new Promise<number | null>((r) => bench.on('exit', (code) => r(code)));
    bench.kill('SIGTERM');
    expect(await exited).toBe(143);
    expect(await gone(childPid, 15_000)).toBe(true);
    expect(log()).toMatch(/SIGTERM: stopping 1 ingest child process/);
  }, 300_000);

  it('SIGKILL to the bench: the child notices and stops by itself', async () => {
    const { bench, childPid } = await benchWithChild();
    await new Promise((r) => setTimeout(r, 3000));
    bench.kill('SIGKILL');
    expect(await gone(childPid, 15_000)).toBe(true);
  }, 300_000);

  it("the bench's ingest time limit stops the child and says so", async () => {
    const corpus = await generateCorpus(300, 2, join(dir, 'limit'));
    let pid = 0;
    const run = ingestInChild(
      { dir: corpus.dir, snapshotOut: join(dir, 'limit.json'), figuresOut: join(dir, 'limit.figures.json'), skipOneWorker: true },
      (l) => (pid = Number(/ingest child (\d+)/.exec(l)?.[1] ?? pid)),
      { timeoutMs: 4000 },
    );
    await expect(run).rejects.toThrow(/stopped after the bench's 4 s limit/);
    expect(pid).toBeGreaterThan(0);
    expect(alive(pid)).toBe(false);
  }, 300_000);
});
