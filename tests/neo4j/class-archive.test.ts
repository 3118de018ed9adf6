// The launcher's class-data-sharing archive is recorded by a training run, never by the user's
// server when it stops: a JVM started with -XX:ArchiveClassesAtExit spends 20–45 s dumping 115 MB
// of classes after Ctrl-C (the slow first stop of a fresh build, sessions 20–21).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { classDataSharingArgs, ensureClassArchive, ensureLauncherBuilt } from '../../neo4j/launcher-build.js';
import { javaAvailable } from '../../neo4j/server.js';

const canRun = javaAvailable() || process.env.CI === 'true';

describe.skipIf(!canRun)('#integration launcher class archive', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pg-cds-test-'));
  const archive = join(dir, 'launcher.jsa');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('without an archive the server is started plainly: it will not dump one when stopped', () => {
    expect(classDataSharingArgs(archive).join(' ')).not.toMatch(/ArchiveClassesAtExit/);
    expect(classDataSharingArgs(archive)).toEqual([]);
  });

  it('a training run records the archive, and a JVM starts with it', async () => {
    const jar = await ensureLauncherBuilt();
    await ensureClassArchive(jar, ['-Xmx1g', '-XX:TieredStopAtLevel=1'], undefined, archive);
    expect(existsSync(archive)).toBe(true);
    expect(statSync(archive).size).toBeGreaterThan(10_000_000);
    expect(classDataSharingArgs(archive)).toEqual([`-XX:SharedArchiveFile=${archive}`]);
    // -Xshare:on fails when the archive cannot be mapped or does not match the jar.
    const code = await new Promise<number | null>((done) => {
      const child = spawn('java', ['-Xshare:on', `-XX:SharedArchiveFile=${archive}`, '-jar', jar], { stdio: ['ignore', 'ignore', 'pipe'] });
      child.once('close', done);
    });
    // No arguments: the launcher prints its usage and exits 2 — after the JVM mapped the archive.
    expect(code).toBe(2);
  }, 300_000);
});
