// `npm run bench -- --mirror-sample N` (session 56, issue 11): the bench's real-text part on a fixed sample of the law mirror
// (the whole mirror takes most of an hour, so the quiet bench ran --no-mirror and reported no real-text figure). The sample is
// evenly spread over the sorted non-reserved listing, the same files every time, and named in the JSON by count and the hash
// of its paths; without the mirror the section is skipped with the reason.
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBench } from '../../bench/cli.js';
import { exportMirror, listMirror, MIRROR_REPO, RESERVED, sampleMirrorPaths } from '../../bench/mirror.js';

const haveMirror = existsSync(MIRROR_REPO);
const quiet = { sizes: [], seed: 1, ci: true, neo4j: false, explorer: false, coverage: false, explorerSizes: [], port: 0, log: () => undefined };

describe('a fixed sample of the law mirror for the bench', () => {
  it('takes n paths spread evenly over the listing, in its order, the same every time', () => {
    const paths = Array.from({ length: 3454 }, (_, i) => `law-${String(i).padStart(4, '0')}.md`);
    const s = sampleMirrorPaths(paths, 300);
    expect(s).toHaveLength(300);
    expect(new Set(s).size).toBe(300);
    expect(s[0]).toBe(paths[0]);
    expect(s[299]).toBe(paths[Math.floor((299 * 3454) / 300)]);
    expect([...s].sort()).toEqual(s);
    expect(sampleMirrorPaths(paths, 300)).toEqual(s);
    // Every stretch of 12 consecutive paths gives at least one.
    for (let i = 0; i + 12 <= paths.length; i += 12) expect(s.some((p) => p >= paths[i] && p <= paths[i + 11])).toBe(true);
    expect(sampleMirrorPaths(paths.slice(0, 5), 300)).toEqual(paths.slice(0, 5));
  });

  it.skipIf(!haveMirror)('exports 300 files of the mirror, none reserved, named by count and the hash of their paths', () => {
    const out = mkdtempSync(join(tmpdir(), 'mirror-sample-'));
    try {
      const r = exportMirror(out, { sample: 300 });
      const { paths } = listMirror();
      expect(r.files).toBe(300);
      expect(r.sample?.of).toBe(paths.length);
      expect(r.sample?.pathsSha256).toMatch(/^[0-9a-f]{64}$/);
      const written = readdirSync(out, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
      expect(written).toHaveLength(300);
      expect(written.some((e) => RESERVED.test(join(e.parentPath, e.name)))).toBe(false);
      // Drawn from every part of the listing, not its first folders: every folder of 12 files or more gives at least one.
      const folder = (p: string) => p.split('/')[0];
      const drawn = new Set(sampleMirrorPaths(paths, 300).map(folder));
      const sizes = new Map<string, number>();
      for (const p of paths) sizes.set(folder(p), (sizes.get(folder(p)) ?? 0) + 1);
      const big = [...sizes].filter(([, n]) => n >= 12).map(([f]) => f);
      expect(big.length).toBeGreaterThan(5);
      for (const f of big) expect(drawn.has(f)).toBe(true);
      // The same selection again.
      expect(exportMirror(join(out, 'again'), { sample: 300 }).sample?.pathsSha256).toBe(r.sample?.pathsSha256);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('skips the real-text part without the mirror, and says why', async () => {
    const r = await runBench({ ...quiet, mirror: true, mirrorSample: 300, mirrorRepo: '/nonexistent/laws-mirror' });
    expect(r.mirror.skipped).toContain('/nonexistent/laws-mirror');
    const budget = r.budgets.find((b) => b.name.startsWith('ingest real mirror'))!;
    expect(budget.status).toBe('not-measured');
    expect(budget.note).toContain('skipped: no law mirror');
  });

  it.skipIf(!haveMirror)('measures real-text chars/s and the jieba ratio on the sample', async () => {
    const r = await runBench({ ...quiet, mirror: true, mirrorSample: 6 });
    expect(r.mirror.error).toBeUndefined();
    expect(r.mirror.files).toBe(6);
    expect(r.mirror.sample.count).toBe(6);
    expect(r.mirror.documents_ingested).toBeGreaterThan(3);
    expect(r.mirror.ingestCharsPerSec).toBeGreaterThan(0);
    expect(r.mirror.ratioToJiebaPerCore).toBeGreaterThan(0);
    const budget = r.budgets.find((b) => b.name.startsWith('ingest real mirror'))!;
    expect(budget.note).toContain('a fixed sample of 6 of');
  }, 300_000);
});
