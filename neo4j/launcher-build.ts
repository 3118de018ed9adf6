// Builds the embedded-Neo4j launcher (neo4j/launcher/, a Maven module) when its jar is missing or
// older than its sources. Maven's ~/.m2 is the download cache: a cold build fetches Neo4j once.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { GraphDbError } from './errors.js';
import { freePort } from './free-port.js';

export const LAUNCHER_DIR = fileURLToPath(new URL('./launcher/', import.meta.url));
const TARGET = join(LAUNCHER_DIR, 'target');
export const LAUNCHER_JAR = join(TARGET, 'neo4j-launcher.jar');
// Class-data-sharing archive of the launcher's classes: saves ~1.5 s per start.
const CDS_ARCHIVE = join(TARGET, 'neo4j-launcher.jsa');
// Written after a successful build: the jar plugin may leave an unchanged jar's mtime alone.
const STAMP = join(TARGET, 'build.stamp');

/** True when the jar, its runtime jars and the stamp exist and are newer than pom.xml and src/. */
export function launcherIsBuilt(): boolean {
  if (!existsSync(LAUNCHER_JAR) || !existsSync(STAMP) || !existsSync(join(TARGET, 'lib'))) return false;
  return statSync(STAMP).mtimeMs >= newestSourceMtime();
}

function newestSourceMtime(): number {
  let newest = statSync(join(LAUNCHER_DIR, 'pom.xml')).mtimeMs;
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  walk(join(LAUNCHER_DIR, 'src'));
  return newest;
}

/** Runs Maven unless the launcher is up to date; resolves to the jar's path. */
export async function ensureLauncherBuilt(onLog?: (line: string) => void): Promise<string> {
  if (launcherIsBuilt()) return LAUNCHER_JAR;
  onLog?.('neo4j/launcher: building with Maven (the first build downloads Neo4j into ~/.m2)');
  const args = ['-q', '-B', '-Dstyle.color=never', '-f', join(LAUNCHER_DIR, 'pom.xml'), 'package'];
  const { code, output } = await run('mvn', args, onLog);
  if (code !== 0) {
    throw new GraphDbError(
      'launcher-build',
      `neo4j/launcher: \`mvn ${args.join(' ')}\` failed (${code}); expected Maven 3.8+ with Maven Central reachable. ` +
        `Last output:\n${output.slice(-20).join('\n')}`,
    );
  }
  rmSync(CDS_ARCHIVE, { force: true });
  rmSync(`${CDS_ARCHIVE}.tried`, { force: true });
  writeFileSync(STAMP, new Date().toISOString());
  return LAUNCHER_JAR;
}

function run(
  cmd: string,
  args: string[],
  onLog?: (line: string) => void,
): Promise<{ code: number | string; output: string[] }> {
  return new Promise((resolve) => {
    const output: string[] = [];
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const collect = (chunk: Buffer): void => {
      // Maven's console library colours output even in batch mode: strip the escapes.
      for (const line of chunk.toString('utf8').replace(/\x1b\[[0-9;]*m/g, '').split('\n')) {
        if (!line.trim()) continue;
        output.push(line);
        onLog?.(line);
      }
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', (err) => resolve({ code: (err as NodeJS.ErrnoException).code ?? 'spawn-error', output: [String(err)] }));
    child.on('close', (code) => resolve({ code: code ?? 'killed', output }));
  });
}

/**
 * JVM flags that use the class-data-sharing archive when there is one (ensureClassArchive writes
 * it). A stale or foreign archive is only a warning: the JVM then starts without it. The server
 * itself never writes it at exit: that dump (115 MB) made the first Ctrl-C of a fresh build take
 * 20–45 s (session 21: 19.8 s vs 1.6 s with the archive, idle server, load 7).
 */
export function classDataSharingArgs(archive = CDS_ARCHIVE): string[] {
  return existsSync(archive) ? [`-XX:SharedArchiveFile=${archive}`] : [];
}

/**
 * Writes the class archive once per build, from a short training run of the launcher (a throwaway
 * store on a free port: start, READY, stop), so that no user's server dumps it when stopped. A
 * failed or slow training run only costs the archive (the server starts without it).
 */
export async function ensureClassArchive(
  jar: string,
  jvmArgs: string[],
  onLog?: (line: string) => void,
  archive = CDS_ARCHIVE,
): Promise<void> {
  // One try per build: a training run that failed (no archive) is not paid again at every start.
  const tried = `${archive}.tried`;
  if (existsSync(archive) || existsSync(tried)) return;
  writeFileSync(tried, new Date().toISOString());
  onLog?.('neo4j/launcher: recording the class archive for faster starts (once per build)');
  const scratch = mkdtempSync(join(tmpdir(), 'policy-graph-cds-'));
  const partial = `${archive}.${process.pid}.tmp`;
  try {
    const port = await freePort();
    const child = spawn('java', [...jvmArgs, `-XX:ArchiveClassesAtExit=${partial}`, '-jar', jar, scratch, String(port)], {
      stdio: ['pipe', 'pipe', 'ignore'],
    });
    child.stdin.on('error', () => {});
    child.stdin.write(`${randomBytes(18).toString('base64url')}\n`);
    const exited = new Promise<number | null>((done) => child.once('close', (code) => done(code)));
    const ready = await Promise.race([
      new Promise<boolean>((done) => createInterface({ input: child.stdout }).on('line', (l) => l.startsWith('NEO4J READY') && done(true))),
      exited.then(() => false),
      new Promise<boolean>((done) => setTimeout(() => done(false), 180_000).unref()),
    ]);
    child.stdin.end();
    const killer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    const code = await exited;
    clearTimeout(killer);
    if (ready && code === 0 && existsSync(partial)) renameSync(partial, archive);
  } catch {
    // No archive this time; the next start tries again.
  } finally {
    rmSync(partial, { force: true });
    rmSync(scratch, { recursive: true, force: true });
  }
}
