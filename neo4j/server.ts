// Starts the embedded Neo4j launcher (neo4j/launcher/) as a child JVM and stops it. The child's
// stdin is a pipe we hold open: its first line is the password, and the launcher exits when the
// pipe closes, so a dead parent leaves no JVM. Auth is on: the password is generated at first start
// and kept in <dataDir>/credentials.json (mode 0600, git-ignored with data/).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { readOrCreateCredentials, type Credentials } from './credentials.js';
import { GraphDbError } from './errors.js';
import { freePort } from './free-port.js';
import { classDataSharingArgs, ensureClassArchive, ensureLauncherBuilt } from './launcher-build.js';

/** Limits of the local server (neo4j/launcher's Limits; provenance: issue 10's probes). */
export interface LocalNeo4jLimits {
  /** db.transaction.timeout for every client; the console sets a shorter one per query. Loads set their own. */
  txTimeoutS: number;
  /** db.memory.transaction.max (MiB): one query's memory; a load of the sample corpus needs < 100. */
  txMemoryMb: number;
  /** dbms.memory.transaction.total.max (MiB), under the 1 GiB heap. */
  txMemoryTotalMb: number;
  /** db.transaction.concurrent.maximum. */
  maxTransactions: number;
  /** server.bolt.thread_pool_max_size. */
  boltThreads: number;
  /** A terminated query still running this long after is stopped by ending the JVM. */
  runawayGraceS: number;
}
export const DEFAULT_LIMITS: LocalNeo4jLimits = {
  txTimeoutS: 300,
  txMemoryMb: 384,
  txMemoryTotalMb: 640,
  maxTransactions: 32,
  boltThreads: 32,
  runawayGraceS: 10,
};
/** Exit status of the launcher when its watchdog stopped a runaway query (Watchdog.java). */
export const EXIT_RUNAWAY = 3;

export interface LocalNeo4jOptions {
  /** Store and logs live here (logs under `<dataDir>/logs`). Callers use `data/neo4j`. */
  dataDir: string;
  /** Bolt port on 127.0.0.1; a free one is picked when omitted. */
  port?: number;
  /** Build output and the launcher's stderr, line by line. */
  onLog?: (line: string) => void;
  /** How long to wait for the readiness line (a cold store takes ~10 s). */
  timeoutMs?: number;
  limits?: Partial<LocalNeo4jLimits>;
  /** Called when the JVM ends without stop() (killed, crashed, or the watchdog ended a runaway query). */
  onExit?: (code: number | null, signal: string | null) => void;
}
export interface LocalNeo4j {
  uri: string;
  /** The JVM's process id. */
  pid: number;
  port: number;
  /** User, password, and the file that keeps them. */
  credentials: Credentials;
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
  await ensureClassArchive(jar, JVM_ARGS, options.onLog);
  const dataDir = resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const port = options.port ?? (await freePort());
  const credentials = readOrCreateCredentials(dataDir);
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const limitArgs = [
    `--tx-timeout-s=${limits.txTimeoutS}`,
    `--tx-memory-mb=${limits.txMemoryMb}`,
    `--tx-memory-total-mb=${limits.txMemoryTotalMb}`,
    `--max-transactions=${limits.maxTransactions}`,
    `--bolt-threads=${limits.boltThreads}`,
    `--runaway-grace-s=${limits.runawayGraceS}`,
  ];
  const child = spawn('java', [...JVM_ARGS, ...classDataSharingArgs(), '-jar', jar, dataDir, String(port), ...limitArgs], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  // The password goes through the pipe: not in argv or the environment, where other processes could read it.
  child.stdin!.on('error', () => {});
  child.stdin!.write(`${credentials.password}\n`);
  const uri = await waitForReady(child, { dataDir, port, onLog: options.onLog, timeoutMs: options.timeoutMs ?? 180_000 });
  let stopping = false;
  child.once('exit', (code, signal) => {
    if (!stopping) options.onExit?.(code, signal);
  });
  return {
    uri,
    pid: child.pid!,
    port,
    credentials,
    stop: () => {
      stopping = true;
      return stopChild(child);
    },
  };
}

function waitForReady(
  child: ChildProcess,
  ctx: { dataDir: string; port: number; onLog?: (line: string) => void; timeoutMs: number },
): Promise<string> {
  const stderr: string[] = [];
  let locked = false;
  createInterface({ input: child.stderr! }).on('line', (line) => {
    if (line.includes('Lock file has been locked by another process')) locked = true;
    stderr.push(line);
    if (stderr.length > STDERR_KEPT) stderr.shift();
    ctx.onLog?.(line);
  });
  const failure = (what: string): GraphDbError => {
    // The store is held by another server on this data dir (npm start's): one sentence, no Java trace.
    if (locked) {
      return new GraphDbError(
        'launcher-start',
        `neo4j/server: the Neo4j store in ${ctx.dataDir} is in use by another process (a running \`npm start\`?); ` +
          'stop it, or point NEO4J_URI (with NEO4J_USER and NEO4J_PASSWORD) at the server that holds it',
      );
    }
    // Java stack frames ("\tat …", "... 8 more") say nothing to a user; debug.log keeps them.
    const lines = stderr.filter((l) => !/^\s+(at |\.\.\. \d+ more)/.test(l));
    return new GraphDbError(
      'launcher-start',
      `neo4j/server: the launcher ${what} (data dir ${ctx.dataDir}, port ${ctx.port}); expected the line ` +
        `"NEO4J READY bolt://…". See ${ctx.dataDir}/logs/debug.log. Last stderr lines:\n${lines.join('\n')}`,
    );
  };
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
