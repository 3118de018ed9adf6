// One way in to Neo4j for the CLI, the web server and scripts: NEO4J_URI (+ NEO4J_USER,
// NEO4J_PASSWORD, NEO4J_DATABASE) when set, else the embedded launcher on a local data dir.
import neo4j, { type Driver } from 'neo4j-driver';
import { GraphDbError } from './errors.js';
import { javaAvailable, startLocalNeo4j, type LocalNeo4j } from './server.js';

export interface ConnectOptions {
  env?: NodeJS.ProcessEnv;
  /** Data dir for the local server (callers use `data/neo4j`); unused when NEO4J_URI is set. */
  dataDir: string;
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
  close(): Promise<void>;
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
    server = await startLocalNeo4j({ dataDir: options.dataDir, onLog: options.onLog });
    uri = server.uri;
  }
  // The local server runs with auth off: no token at all.
  const auth = env.NEO4J_URI && env.NEO4J_USER ? neo4j.auth.basic(env.NEO4J_USER, env.NEO4J_PASSWORD ?? '') : undefined;
  const driver = neo4j.driver(uri, auth);
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
      if (Date.now() > deadline) {
        throw new GraphDbError(
          'connect',
          `neo4j/connection: could not reach ${uri} within ${timeoutMs} ms; expected a Neo4j 5 server answering Bolt there`,
          { cause: err },
        );
      }
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}
