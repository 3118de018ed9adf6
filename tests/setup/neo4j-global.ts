// Vitest globalSetup that owns the one Neo4j server of a test run (like neo4j-javascript-driver's
// test/internal/shared-neo4j.js): NEO4J_URI when set, else the local launcher on a wiped
// data/neo4j-test. Provides `neo4jUri` to the suites, and the local server's user and password as
// NEO4J_USER/NEO4J_PASSWORD (auth is on; workers inherit the environment); without Java they
// skip, except under CI.
import { readFile, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { javaAvailable, startLocalNeo4j } from '../../neo4j/server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Bolt URI of the shared test server; absent when the Neo4j suites must skip. */
    neo4jUri?: string;
  }
}

const DATA_DIR = resolve('data/neo4j-test');
// A test file needs the server when it reads the provided URI, directly or through the helper.
const NEEDS_NEO4J = /neo4jUri|neo4jOrSkip/;

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | void> {
  if (process.env.NEO4J_URI) {
    project.provide('neo4jUri', process.env.NEO4J_URI);
    return;
  }
  if (!(await someSelectedFileNeedsNeo4j(project))) return;
  if (!javaAvailable()) {
    const why = 'no NEO4J_URI and no `java` on PATH to start the local Neo4j (Java 17+ and Maven 3.8+ needed)';
    if (process.env.CI === 'true') throw new Error(`tests/setup/neo4j-global: ${why}; CI runs every Neo4j suite, none may skip`);
    console.warn(`tests/setup/neo4j-global: skipping the #integration Neo4j suites: ${why}`);
    return;
  }
  await rm(DATA_DIR, { recursive: true, force: true });
  const started = performance.now();
  const server = await startLocalNeo4j({ dataDir: DATA_DIR });
  console.info(`tests/setup/neo4j-global: Neo4j at ${server.uri} (started in ${Math.round(performance.now() - started)} ms)`);
  project.provide('neo4jUri', server.uri);
  process.env.NEO4J_USER = server.credentials.user;
  process.env.NEO4J_PASSWORD = server.credentials.password;
  return () => server.stop();
}

async function someSelectedFileNeedsNeo4j(project: TestProject): Promise<boolean> {
  // The CLI's file filters (`vitest run tests/ingest`) sit on an internal field; without them
  // every test file counts, which only means starting the server when it may not be needed.
  const filters = (project.vitest as unknown as { filenamePattern?: string[] }).filenamePattern;
  const { testFiles } = await project.globTestFiles(filters);
  for (const file of testFiles) {
    if (NEEDS_NEO4J.test(await readFile(file, 'utf8'))) return true;
  }
  return false;
}
