// Starts the embedded Neo4j launcher (neo4j/launcher/) as a child JVM and stops it. The child's
// stdin is a pipe we hold open: the launcher exits when it closes, so a dead parent leaves no JVM.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { GraphDbError } from './errors.js';
import { freePort } from './free-port.js';
import { classDataSharingArgs, ensureLauncherBuilt } from './launcher-build.js';

export interface LocalNeo4jOptions {
  /** Store and logs live here (logs under `<dataDir>/logs`). Callers use `data/neo4j`. */
  dataDir: string;
  /** Bolt port on 127.0.0.1; a free one is picked when omitted. */
  port?: number;
  /** Build output and the launcher's stderr, line by line. */
  onLog?: (line: string) => void;
  /** How long to wait for the readiness line (a cold store takes ~10 s). */
  timeoutMs?: number;
}
export interface LocalNeo4j {
  uri: string;
  /** The JVM's process id. */
  pid: number;
  stop(): Promise<void>;
}

const READY = /^NEO4J READY (bolt:\/\/\S+)\s*$/;
// Small heap for a small graph on a small box (the launcher sets a 256m page cache). C1 only:
// a short-lived local server spends most of its time warming up, and C2 doubled start and
// first-load times here (12 s → 5 s start, 12 s → 4 s first load on 2 cores).
const JVM_ARGS = ['-Xms256m', '-Xmx1g', '-XX:TieredStopAtLevel=1', '-XX:+ExitOnOutOfMemoryError', '-Dfile.encoding=UTF-8'];
const STDERR_KEPT = 30;

export function javaAvailable(): boolean {
  const probe = spawnSync('java', ['-version'], { stdio: 'ignore' });
  return probe.status === 0;
}

export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  if (!javaAvailable()) {
    throw new GraphDbError('java-missing', 'neo4j/server: no `java` on PATH; expected Java 17+ to run the local Neo4j (or set NEO4J_URI)');
  }
  const jar = await ensureLauncherBuilt(options.onLog);
  const dataDir = resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const port = options.port ?? (await freePort());
  const child = spawn('java', [...JVM_ARGS, ...classDataSharingArgs(), '-jar', jar, dataDir, String(port)], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const uri = await waitForReady(child, { dataDir, port, onLog: options.onLog, timeoutMs: options.timeoutMs ?? 180_000 });
  return { uri, pid: child.pid!, stop: () => stopChild(child) };
}

function waitForReady(
  child: ChildProcess,
  ctx: { dataDir: string; port: number; onLog?: (line: string) => void; timeoutMs: number },
): Promise<string> {
  const stderr: string[] = [];
  createInterface({ input: child.stderr! }).on('line', (line) => {
    stderr.push(line);
    if (stderr.length > STDERR_KEPT) stderr.shift();
    ctx.onLog?.(line);
  });
  const failure = (what: string): GraphDbError =>
    new GraphDbError(
      'launcher-start',
      `neo4j/server: the launcher ${what} (data dir ${ctx.dataDir}, port ${ctx.port}); expected the line ` +
        `"NEO4J READY bolt://…". See ${ctx.dataDir}/logs/debug.log. Last stderr lines:\n${stderr.join('\n')}`,
    );
  return new Promise((resolveUri, reject) => {
    const timer = setTimeout(() => {
      void stopChild(child);
      reject(failure(`was not ready after ${ctx.timeoutMs} ms`));
    }, ctx.timeoutMs);
    const settle = (): void => {
      clearTimeout(timer);
      child.off('exit', onExit);
      child.off('error', onError);
    };
    const onExit = (code: number | null, signal: string | null): void => {
      settle();
      reject(failure(`exited (${code ?? signal}) before it was ready`));
    };
    const onError = (err: Error): void => {
      settle();
      reject(failure(`could not be spawned: ${err.message}`));
    };
    child.once('exit', onExit);
    child.once('error', onError);
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const ready = READY.exec(line);
      if (!ready) return ctx.onLog?.(line);
      settle();
      resolveUri(ready[1]);
    });
  });
}

/** Closes stdin (the launcher's stop signal), then escalates to SIGTERM and SIGKILL if it hangs. */
function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    const term = setTimeout(() => child.kill('SIGTERM'), 20_000);
    const kill = setTimeout(() => child.kill('SIGKILL'), 40_000);
    child.once('exit', () => {
      clearTimeout(term);
      clearTimeout(kill);
      done();
    });
    child.stdin?.end();
  });
}
