// Faults while writing the snapshot: a full disk, a read-only folder, a path under a file, --out
// under /proc, and a run killed at every step of the write. Each gives one clear line (no stack
// trace), leaves the previous snapshot intact, never hangs, and never leaves a report beside a
// snapshot it does not describe. Full disk and read-only use a small tmpfs, mounted when the tests
// run as root (CI does); without root the read-only case uses file permissions instead.
import { execFile, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OutputError } from '../../ingest/errors.js';
import { runIngest } from '../../ingest/pipeline.js';
import { readReport } from '../../ingest/report.js';
import { reportPathOf, writeSnapshotPair } from '../../ingest/snapshot/write.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PLAN = readFileSync(join(ROOT, 'tests/team-written/corpus/h02.txt'), 'utf8');
const base = mkdtempSync(join(tmpdir(), 'policy-graph-write-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

/** One plan, given as text: no file is read, only the snapshot is written. */
const ingestTo = (out: string) =>
  runIngest({ inputs: ['plan.txt'], out, reader: { list: async () => [{ path: 'plan.txt', name: 'plan.txt' }], read: async () => ({ file: 'plan.txt', format: 'txt', encoding: 'utf-8', text: PLAN }) } });

const isRoot = process.getuid?.() === 0;
function mountTmpfs(dir: string, size: string): boolean {
  if (!isRoot) return false;
  mkdirSync(dir, { recursive: true });
  return spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir]).status === 0;
}
const mounted: string[] = [];
afterAll(() => {
  for (const m of mounted) spawnSync('umount', [m]);
});

function expectOneLine(e: unknown, code: string, words: RegExp) {
  expect(e).toBeInstanceOf(OutputError);
  const err = e as OutputError;
  expect(err.code).toBe(code);
  expect(err.message).not.toContain('\n');
  expect(err.message).toMatch(words);
  expect(err.message).toContain('the previous snapshot is unchanged');
}

describe('writing the snapshot where it cannot go', () => {
  let previous: { dir: string; snapshot: Buffer; report: Buffer } | undefined;

  it('a full disk: ENOSPC in one line, the previous snapshot and report intact, no temporary file left', async (ctx) => {
    const dir = join(base, 'small-disk');
    if (!mountTmpfs(dir, '64k')) return ctx.skip(); // needs root to mount a tmpfs
    mounted.push(dir);
    const out = join(dir, 'snapshot.json');
    // A previous pair that fits, then a snapshot that does not (a plan's snapshot is about 80 KB, the disk 64 KB).
    await writeSnapshotPair(out, { gen: 'old', pad: 'x'.repeat(30_000) }, { gen: 'old' });
    const before = { snapshot: readFileSync(out), report: readFileSync(reportPathOf(out)) };
    const e = await ingestTo(out).then(() => undefined, (err: unknown) => err);
    expectOneLine(e, 'ENOSPC', /the disk is full/);
    expect(readFileSync(out)).toEqual(before.snapshot);
    expect(readFileSync(reportPathOf(out))).toEqual(before.report);
    expect(readdirSync(dir).sort()).toEqual(['snapshot.json', 'snapshot.report.json']);
    previous = { dir, ...before };
  });

  it('a read-only folder: one line, the previous snapshot intact', async () => {
    const dir = join(base, 'read-only');
    const out = join(dir, 'snapshot.json');
    mkdirSync(dir, { recursive: true });
    await writeSnapshotPair(out, { gen: 'old' }, { gen: 'old' });
    const before = readFileSync(out);
    let code = 'EACCES';
    if (isRoot) {
      // Root ignores permissions: make the folder a read-only mount.
      if (!mountTmpfs(dir, '1m')) throw new Error('cannot mount a tmpfs as root');
      mounted.push(dir);
      await writeSnapshotPair(out, { gen: 'old' }, { gen: 'old' });
      spawnSync('mount', ['-o', 'remount,ro', dir]);
      code = 'EROFS';
    } else chmodSync(dir, 0o555);
    const kept = readFileSync(out);
    const e = await ingestTo(out).then(() => undefined, (err: unknown) => err);
    expectOneLine(e, code, /read-only|no permission/);
    expect(readFileSync(out)).toEqual(isRoot ? kept : before);
    if (!isRoot) chmodSync(dir, 0o755);
  });

  it('a path under a file: names the file that is in the way', async () => {
    const file = join(base, 'a-file');
    writeFileSync(file, 'not a folder');
    const e = await ingestTo(join(file, 'sub', 'snapshot.json')).then(() => undefined, (err: unknown) => err);
    expectOneLine(e, 'ENOTDIR', new RegExp(`${file}: it is a file, not a folder`));
  });

  it('--out under /proc: fails in seconds instead of spinning forever', { timeout: 15_000 }, async () => {
    const t = performance.now();
    const e = await ingestTo('/proc/policy-graph-test/snapshot.json').then(() => undefined, (err: unknown) => err);
    expect(performance.now() - t).toBeLessThan(10_000);
    expectOneLine(e, 'ENOENT', /cannot create the folder \/proc\/policy-graph-test/);
  });

  it('the command line prints one line, no stack trace, exit 2', { timeout: 180_000 }, async () => {
    const r = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = execFile(process.execPath, ['--import', 'tsx', 'ingest/cli.ts', 'tests/team-written/corpus/h01.txt', '--out', '/proc/policy-graph-test/x/snapshot.json', '--quiet'], { cwd: ROOT, timeout: 170_000, killSignal: 'SIGKILL' }, (_e, _o, stderr) => resolve({ code: child.exitCode, stderr }));
    });
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^ingest: cannot create the folder \/proc\/policy-graph-test: .*the previous snapshot is unchanged$/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('a mistyped input folder leaves the previous snapshot as it was (one line, exit 2)', { timeout: 60_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'typo-'));
    const out = join(dir, 'snapshot.json');
    writeFileSync(out, 'previous');
    const r = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = execFile(process.execPath, ['--import', 'tsx', 'ingest/cli.ts', join(dir, 'corpsu'), '--out', out, '--quiet'], { cwd: ROOT, timeout: 55_000, killSignal: 'SIGKILL' }, (_e, _o, stderr) => resolve({ code: child.exitCode, stderr }));
    });
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([`ingest: no such file or directory: ${join(dir, 'corpsu')}; nothing was written (${out} is left as it was)`]);
    expect(readFileSync(out, 'utf8')).toBe('previous');
    expect(existsSync(reportPathOf(out))).toBe(false);
  });

  it('keeps the disk-full folder usable: the next write that fits succeeds', async (ctx) => {
    if (!previous) return ctx.skip();
    const out = join(previous.dir, 'snapshot.json');
    const written = await writeSnapshotPair(out, { gen: 'new' }, { gen: 'new' });
    expect(await readReport(out)).toMatchObject({ gen: 'new', snapshotSha256: written.snapshotSha256 });
  });
});

describe('a run killed while writing', () => {
  const STEPS = ['snapshot-temp', 'report-temp', 'old-report-removed', 'snapshot-renamed', 'report-renamed'] as const;
  const write = (out: string, gen: string, step: string) =>
    new Promise<void>((resolve) => {
      execFile(process.execPath, ['--import', 'tsx', 'tests/hostile/kill-writer.ts', out, gen, step], { cwd: ROOT, timeout: 60_000 }, () => resolve());
    });

  let dir: string;
  beforeAll(() => {
    dir = join(base, 'killed');
    mkdirSync(dir, { recursive: true });
  });

  for (const [i, step] of STEPS.entries()) {
    it(`killed after ${step}: a whole snapshot, and a report only if it describes that snapshot`, { timeout: 60_000 }, async () => {
      const out = join(dir, `s${i}.json`);
      await write(out, 'old', 'none');
      await write(out, 'new', step);
      const snapshot = JSON.parse(readFileSync(out, 'utf8')) as { gen: string };
      expect(['old', 'new']).toContain(snapshot.gen);
      const report = existsSync(reportPathOf(out)) ? (JSON.parse(readFileSync(reportPathOf(out), 'utf8')) as { gen: string }) : undefined;
      // Never a report of one run beside the snapshot of another.
      if (report) expect(report.gen).toBe(snapshot.gen);
      if (report) expect(await readReport(out)).toBeDefined();
      // The interrupted run's temporary files go at the next write.
      await write(out, 'next', 'none');
      expect(readdirSync(dir).filter((f) => f.startsWith(`s${i}.`)).sort()).toEqual([`s${i}.json`, `s${i}.report.json`]);
      expect(await readReport(out)).toMatchObject({ gen: 'next' });
    });
  }

  it('a report that does not match its snapshot is not read as its report', async () => {
    const out = join(dir, 'mismatch.json');
    await writeSnapshotPair(out, { gen: 'a' }, { gen: 'a' });
    writeFileSync(out, JSON.stringify({ gen: 'b' }) + '\n');
    expect(await readReport(out)).toBeUndefined();
  });
});


