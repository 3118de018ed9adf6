// Ctrl-C / SIGTERM during the link stage (ingest/link/parallel.ts): the CLI stops within seconds
// with one clear line (no stack trace), the previous snapshot and report are left as they were,
// and nothing is half-written (no new file beside them, no spill folder left behind).
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { reportPathOf, writeSnapshotPair } from '../../../ingest/snapshot/write.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const base = mkdtempSync(join(tmpdir(), 'pg-link-interrupt-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('a signal during the link stage', () => {
  it('SIGTERM while linking: exit within seconds, one line, previous snapshot intact, nothing half-written', async () => {
    const out = join(base, 'out', 'snapshot.json');
    const temp = join(base, 'tmp');
    mkdirSync(temp);
    await writeSnapshotPair(out, { gen: 'previous' }, { gen: 'previous' });
    const before = { snapshot: readFileSync(out), report: readFileSync(reportPathOf(out)) };
    // The sample corpus on 2 link threads: the link stage runs off the main thread.
    const child = spawn(process.execPath, ['--import', 'tsx', 'ingest/cli.ts', 'corpus', '--out', out, '--quiet', '--workers', '1', '--link-workers', '2'], {
      cwd: ROOT,
      env: { ...process.env, TMPDIR: temp },
    });
    let stderr = '';
    let stdout = '';
    let signalledAt = 0;
    child.stdout.on('data', (d) => (stdout += d));
    const exit = new Promise<{ code: number | null; at: number }>((resolve) => child.on('exit', (code) => resolve({ code, at: performance.now() })));
    child.stderr.on('data', (d) => {
      stderr += d;
      if (!signalledAt && /ingest: linking \d+ measures/.test(stderr)) {
        signalledAt = performance.now();
        child.kill('SIGTERM');
      }
    });
    const guard = setTimeout(() => child.kill('SIGKILL'), 540_000);
    const { code, at } = await exit;
    clearTimeout(guard);
    expect(signalledAt).toBeGreaterThan(0); // the run reached the link stage
    expect(at - signalledAt).toBeLessThan(10_000);
    expect(code).toBe(2);
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^ingest: linking \d+ measures on 2 threads…$/);
    expect(lines[1]).toBe('ingest: failed: stopped by SIGTERM during the link stage; nothing was written (a previous snapshot is unchanged)');
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(stdout).toBe('');
    expect(readFileSync(out)).toEqual(before.snapshot);
    expect(readFileSync(reportPathOf(out))).toEqual(before.report);
    expect(readdirSync(join(base, 'out')).sort()).toEqual(['snapshot.json', 'snapshot.report.json'].sort());
    expect(readdirSync(temp).filter((f) => f.startsWith('policy-graph-spill-'))).toEqual([]); // the spill folder was removed
  }, 600_000);
});
