// The web server's live link to Neo4j: connects in the background (the explorer serves the
// snapshot meanwhile), loads the graph when the database is reached, probes it every few seconds,
// says when it is lost (one log line per change, a status for /api/health) and reconnects when it
// returns. A local server that stops on its own (killed, or its watchdog ended a runaway query) is
// started again on the same port and data folder.
import { createServer } from 'node:net';
import neo4j, { type AuthToken, type Driver } from 'neo4j-driver';
import type { Credentials } from './credentials.js';
import { authFor, DRIVER_CONFIG, isAuthFailure, plainReason } from './connection.js';
import { createCypherService, type CypherServiceOptions } from './queries.js';
import { EXIT_RUNAWAY, javaAvailable, startLocalNeo4j, type LocalNeo4j, type LocalNeo4jLimits } from './server.js';
import type { CypherService, Neo4jStatus } from './types.js';

export type { Neo4jStatus };


export interface LinkOptions {
  env?: NodeJS.ProcessEnv;
  /** Data dir of the local server (when NEO4J_URI is unset). */
  dataDir: string;
  /** Preferred Bolt port of the local server; when taken, a free one is used and logged. */
  port?: number;
  limits?: Partial<LocalNeo4jLimits>;
  query?: CypherServiceOptions;
  /** Called after each (re)connection, before Cypher is turned on: load the graph when needed.
   *  `target` names the server and login (for a loader in its own process) and `note` puts a line
   *  of progress beside "loading" in the status the page shows. */
  onConnected?: (driver: Driver, database: string | undefined, first: boolean, target: LoadTarget) => Promise<void>;
  /** One line per state change and per notable event. */
  log?: (line: string) => void;
  /** Launcher output (Maven, JVM). */
  onServerLog?: (line: string) => void;
  /** Health probe period and its timeout. */
  probeMs?: number;
  /** Wait between connection attempts while down. */
  retryMs?: number;
}

export interface LoadTarget {
  uri: string;
  auth?: AuthToken;
  note(progress: string): void;
}

export interface Neo4jLink {
  status(): Neo4jStatus;
  /** The Cypher service while the state is `up`, else null. */
  service(): CypherService | null;
  /** A query failed as if the server were gone: probe now instead of at the next period. */
  suspect(): void;
  /** Resolves at the next `up` (or rejects after `timeoutMs`); for tests and scripts. */
  whenUp(timeoutMs: number): Promise<void>;
  close(): Promise<void>;
}

/** firstConnectMs: the first connection to a local server this process has just started may take
 *  this long before it counts as a failure (session 22, qa walk on the law mirror at load 6–10: the
 *  4 s of an ordinary check printed "Cypher is off … not reachable … retrying" on a normal start). */
const LOADING = 'Cypher comes on when the graph is loaded into Neo4j.';

export const LINK_DEFAULTS = { probeMs: 2000, retryMs: 3000, firstConnectMs: 60_000 };

export function createNeo4jLink(options: LinkOptions): Neo4jLink {
  const env = options.env ?? process.env;
  const log = options.log ?? (() => {});
  const probeMs = options.probeMs ?? LINK_DEFAULTS.probeMs;
  const retryMs = options.retryMs ?? LINK_DEFAULTS.retryMs;
  const database = env.NEO4J_DATABASE || undefined;
  const external = env.NEO4J_URI;

  let status: Neo4jStatus = { state: 'starting', since: new Date().toISOString(), uri: external };
  let driver: Driver | undefined;
  let service: CypherService | null = null;
  let server: LocalNeo4j | undefined;
  let credentials: Credentials | undefined;
  let port = options.port;
  let closed = false;
  let connectedOnce = false;
  let timer: NodeJS.Timeout | undefined;
  let busy: Promise<void> = Promise.resolve();
  const waiters = new Set<() => void>();

  const set = (next: Omit<Neo4jStatus, 'since'>, line?: string): void => {
    const changed = next.state !== status.state || next.reason !== status.reason;
    // One terminal line per change of state; a new reason while still down only updates health.
    if (next.state !== status.state && line) log(line);
    status = { ...next, since: changed ? new Date().toISOString() : status.since };
    if (next.state === 'up') for (const w of waiters) w();
  };
  const identity = () => ({ uri: external ?? server?.uri, user: external ? env.NEO4J_USER : credentials?.user, credentialsFile: credentials?.file });

  if (!external && !javaAvailable()) {
    set({ state: 'off', reason: 'Cypher is off: no NEO4J_URI and no Java to start a local Neo4j. Install Java 17+ or set NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD.' });
    log(status.reason!);
    return { status: () => status, service: () => null, suspect() {}, whenUp: () => Promise.reject(new Error(status.reason)), close: async () => {} };
  }

  async function ensureServer(): Promise<string> {
    if (external) return external;
    if (server) return server.uri;
    if (port === undefined || !(await portIsFree(port))) {
      const wanted = port;
      port = undefined;
      if (wanted !== undefined) log(`Bolt port ${wanted} is taken (another Neo4j?); the local Neo4j uses a free port this run (set NEO4J_BOLT_PORT to choose one).`);
    }
    const started = await startLocalNeo4j({
      dataDir: options.dataDir,
      port,
      limits: options.limits,
      onLog: options.onServerLog,
      // A JVM start took over 3 min on a 2-core machine under heavy load; giving up sooner only starts another.
      timeoutMs: 600_000,
      onExit: (code, signal) => {
        if (closed) return;
        server = undefined;
        const why = code === EXIT_RUNAWAY
          ? 'the local Neo4j stopped itself to end a query that ran past its limit'
          : `the local Neo4j stopped (${code ?? signal})`;
        lost(`Cypher is off: ${why}; restarting it.`);
      },
    });
    server = started;
    credentials = started.credentials;
    port = started.port; // the same port on every restart
    return started.uri;
  }

  /** The local server that has answered a connection check (a newly started one gets firstConnectMs). */
  let answered: unknown;

  /** One attempt: server, driver, connectivity, graph; on failure, state down and retry later. */
  async function connect(): Promise<void> {
    if (closed) return;
    try {
      const uri = await ensureServer();
      const auth = authFor(env, credentials);
      if (!driver) driver = neo4j.driver(uri, auth, DRIVER_CONFIG);
      // A server this process just started answers its first handshake late under load: no alarm for that.
      const fresh = server !== undefined && server !== answered;
      const check = driver;
      if (fresh) await verifyFresh(() => check.verifyConnectivity({ database }), Math.max(probeMs * 2, LINK_DEFAULTS.firstConnectMs));
      else await withTimeout(driver.verifyConnectivity({ database }), probeMs * 2);
      answered = server;
      set({ state: 'loading', ...identity(), reason: LOADING });
      const note = (progress: string): void => {
        if (status.state === 'loading') status = { ...status, reason: `${LOADING} ${progress}` };
      };
      await options.onConnected?.(driver, database, !connectedOnce, { uri, auth, note });
      connectedOnce = true;
      service = createCypherService(driver, { database, ...options.query });
      set({ state: 'up', ...identity(), lastSeen: new Date().toISOString() }, `Cypher is on: Neo4j at ${identity().uri} answers.`);
      schedule(probe, probeMs);
    } catch (err) {
      service = null;
      // Stopping (Ctrl-C) ends the server under a connection or load: that is no news to print.
      if (closed) return;
      const loading = status.state === 'loading';
      await dropDriver();
      const reason = isAuthFailure(err)
        ? `Cypher is off: Neo4j at ${identity().uri} refused the user or password.`
        : err instanceof Error && err.name === 'GraphDbError' && !/connection|reach/.test(err.message)
          ? `Cypher is off: ${firstLine(err.message)}`
          : `Cypher is off: Neo4j at ${identity().uri ?? 'the local server'} is not reachable (${plainReason(err)}).`;
      // A failed load is retried less often than a missing server: it is likelier to fail again.
      const wait = loading ? Math.max(retryMs, 30_000) : retryMs;
      set({ state: 'down', ...identity(), reason }, `${reason} The explorer serves the snapshot; retrying every ${wait / 1000} s.`);
      schedule(connect, wait);
    }
  }

  async function probe(): Promise<void> {
    if (closed || !driver) return;
    try {
      await withTimeout(driver.verifyConnectivity({ database }), probeMs);
      status = { ...status, lastSeen: new Date().toISOString() };
      schedule(probe, probeMs);
    } catch (err) {
      lost(`Cypher is off: Neo4j at ${identity().uri} stopped answering (${plainReason(err)}).`);
    }
  }

  function lost(reason: string): void {
    service = null;
    if (closed) return;
    set({ state: 'down', ...identity(), reason }, `${reason} Reconnecting every ${retryMs / 1000} s.`);
    schedule(async () => {
      await dropDriver();
      await connect();
    }, server || external ? 0 : retryMs);
  }

  async function dropDriver(): Promise<void> {
    const old = driver;
    driver = undefined;
    // Not awaited: closing waits for sessions still in use (a query on a dying server), and the
    // steps run one after another, so one hung close would stop every reconnection after it.
    void old?.close().catch(() => {});
  }

  function schedule(step: () => Promise<void>, ms: number): void {
    if (closed) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      busy = busy.then(step, step);
    }, ms);
  }

  schedule(connect, 0);

  return {
    status: () => status,
    service: () => (status.state === 'up' ? service : null),
    suspect() {
      if (status.state === 'up') schedule(probe, 0);
    },
    whenUp(timeoutMs) {
      if (status.state === 'up') return Promise.resolve();
      return new Promise((resolve, reject) => {
        const done = () => {
          clearTimeout(t);
          waiters.delete(done);
          resolve();
        };
        const t = setTimeout(() => {
          waiters.delete(done);
          reject(new Error(`neo4j/link: not up after ${timeoutMs} ms (${status.state}: ${status.reason ?? ''})`));
        }, timeoutMs);
        waiters.add(done);
      });
    },
    async close() {
      closed = true;
      clearTimeout(timer);
      await Promise.race([busy.catch(() => {}), new Promise((r) => setTimeout(r, 10_000))]);
      await dropDriver();
      await server?.stop();
    },
  };
}

/**
 * The first check of a server this process just started: tried again until `ms` is over. One try was
 * not enough (session 23 qa, 473 山东 files at load 14: "Cypher is off … not reachable (it did not
 * answer) … retrying every 3 s" on a normal start): the driver gives up a connection after its own
 * 3 s (DRIVER_CONFIG.connectionTimeout), long before `ms`, while the new JVM or this busy process is slow.
 */
export async function verifyFresh(check: () => Promise<unknown>, ms: number, pauseMs = 500): Promise<void> {
  const deadline = Date.now() + ms;
  for (;;) {
    try {
      await withTimeout(check(), Math.max(1, deadline - Date.now()));
      return;
    } catch (err) {
      if (isAuthFailure(err) || Date.now() + pauseMs >= deadline) throw err;
      await new Promise((r) => setTimeout(r, pauseMs));
    }
  }
}

function firstLine(text: string): string {
  return text.split('\n')[0];
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let t: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => {
    t = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(t));
}

/** True when nothing listens on 127.0.0.1:port (we can bind it). */
export function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}
