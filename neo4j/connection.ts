// One way in to Neo4j for the CLI, the web server and scripts: NEO4J_URI (+ NEO4J_USER,
// NEO4J_PASSWORD, NEO4J_DATABASE) when set, else the embedded launcher on a local data dir, with
// auth on and the password from <dataDir>/credentials.json (neo4j/credentials.ts).
import neo4j, { type AuthToken, type Config, type Driver } from 'neo4j-driver';
import type { Credentials } from './credentials.js';
import { GraphDbError } from './errors.js';
import './no-delay.js'; // TCP_NODELAY on the driver's sockets (see no-delay.ts)
import { javaAvailable, startLocalNeo4j, type LocalNeo4j, type LocalNeo4jLimits } from './server.js';

export interface ConnectOptions {
  env?: NodeJS.ProcessEnv;
  /** Data dir for the local server (callers use `data/neo4j`); unused when NEO4J_URI is set. */
  dataDir: string;
  /** Bolt port of the local server; a free one when omitted. */
  port?: number;
  limits?: Partial<LocalNeo4jLimits>;
  onLog?: (line: string) => void;
  /** How long to retry `verifyConnectivity` before giving up. */
  connectTimeoutMs?: number;
}
export interface Neo4jConnection {
  driver: Driver;
  uri: string;
  /** NEO4J_DATABASE, or undefined for the server's home database. */
  database?: string;
  /** True when this call started the local server (and `close()` stops it). */
  started: boolean;
  /** The local server's credentials (user, password, file); undefined with NEO4J_URI. */
  credentials?: Credentials;
  close(): Promise<void>;
}

/**
 * Driver settings for a server that may go away: connection attempts and pool waits end in
 * seconds, not the driver's 30 s / 60 s defaults (a lost server made console requests take 33 s).
 */
export const DRIVER_CONFIG: Config = {
  connectionTimeout: 3000,
  connectionAcquisitionTimeout: 10_000,
  maxTransactionRetryTime: 2000,
  maxConnectionPoolSize: 20,
  logging: { level: 'error', logger: () => {} },
};

/** Basic auth from NEO4J_USER/NEO4J_PASSWORD for NEO4J_URI, or the local server's credentials. */
export function authFor(env: NodeJS.ProcessEnv, credentials?: Credentials): AuthToken | undefined {
  if (credentials) return neo4j.auth.basic(credentials.user, credentials.password);
  return env.NEO4J_USER ? neo4j.auth.basic(env.NEO4J_USER, env.NEO4J_PASSWORD ?? '') : undefined;
}

export async function connectNeo4j(options: ConnectOptions): Promise<Neo4jConnection> {
  const env = options.env ?? process.env;
  const database = env.NEO4J_DATABASE || undefined;
  let server: LocalNeo4j | undefined;
  let uri = env.NEO4J_URI;
  if (!uri) {
    if (!javaAvailable()) {
      throw new GraphDbError(
        'java-missing',
        'neo4j/connection: NEO4J_URI is not set and there is no `java` on PATH to start a local Neo4j; expected one of the two',
      );
    }
    server = await startLocalNeo4j({ dataDir: options.dataDir, port: options.port, limits: options.limits, onLog: options.onLog });
    uri = server.uri;
  }
  const driver = neo4j.driver(uri, authFor(env, server?.credentials), DRIVER_CONFIG);
  try {
    await verify(driver, uri, database, options.connectTimeoutMs ?? 30_000);
  } catch (err) {
    await driver.close();
    await server?.stop();
    throw err;
  }
  return {
    driver,
    uri,
    database,
    started: server !== undefined,
    credentials: server?.credentials,
    async close() {
      await driver.close();
      await server?.stop();
    },
  };
}

async function verify(driver: Driver, uri: string, database: string | undefined, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await driver.verifyConnectivity({ database });
      return;
    } catch (err) {
      if (isAuthFailure(err)) {
        throw new GraphDbError('connect', `neo4j/connection: ${uri} refused the user or password; ${whereCredentials(uri)}`, { cause: err });
      }
      if (Date.now() > deadline) {
        throw new GraphDbError(
          'connect',
          `neo4j/connection: could not reach ${uri} within ${timeoutMs} ms (${plainReason(err)}); expected a Neo4j 5 server answering Bolt there`,
          { cause: err },
        );
      }
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

function whereCredentials(uri: string): string {
  return /127\.0\.0\.1|localhost/.test(uri)
    ? 'check NEO4J_USER/NEO4J_PASSWORD, or for the local server data/neo4j/credentials.json'
    : 'check NEO4J_USER/NEO4J_PASSWORD';
}

export function isAuthFailure(err: unknown): boolean {
  return /Security\.(Unauthorized|AuthenticationRateLimit)/.test(String((err as { code?: unknown })?.code ?? ''));
}

/** A driver error → a few plain words (never the driver's text about encryption settings). */
export function plainReason(err: unknown): string {
  const e = err as { code?: unknown; message?: unknown; cause?: unknown } | null;
  const text = `${String(e?.code ?? '')} ${String(e?.message ?? '')} ${String((e?.cause as Error | undefined)?.message ?? '')}`;
  if (isAuthFailure(err)) return 'wrong user or password';
  if (/ECONNREFUSED/.test(text)) return 'connection refused';
  if (/ENOTFOUND|EAI_AGAIN/.test(text)) return 'host name not found';
  if (/ECONNRESET|EPIPE|closed|Connection was closed|SessionExpired/.test(text)) return 'the connection was closed';
  // "Failed to establish connection in 3000ms": the driver's own connection timeout.
  if (/timed out|timeout|ETIMEDOUT|Failed to establish connection in/i.test(text)) return 'no answer in time';
  if (/DatabaseNotFound/.test(text)) return 'the database does not exist';
  if (/Neo\.TransientError|DatabaseUnavailable/.test(text)) return 'the database is not available yet';
  return 'it did not answer';
}
