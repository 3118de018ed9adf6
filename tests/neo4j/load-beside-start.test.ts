// `npm run load` while `npm start` runs (session 19 QA): the local Neo4j of `npm start` holds the
// data dir's store, so a second server cannot start on it. The load goes into the running server
// (found on NEO4J_BOLT_PORT with the data dir's password); when that server is not where
// NEO4J_BOLT_PORT says, the user reads one sentence, not a Java stack trace.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../neo4j/free-port.js';
import { javaAvailable, startLocalNeo4j, type LocalNeo4j } from '../../neo4j/server.js';
import { smallSnapshot } from './fixtures.js';

const canRun = javaAvailable() || process.env.CI === 'true';

function load(file: string, dataDir: string, boltPort: number) {
  const env: NodeJS.ProcessEnv = { ...process.env, NEO4J_BOLT_PORT: String(boltPort) };
  delete env.NEO4J_URI;
  return spawnSync(process.execPath, ['--import', 'tsx', 'neo4j/cli.ts', file, '--dataDir', dataDir], { encoding: 'utf8', env, timeout: 240_000 });
}

describe.skipIf(!canRun)('#integration npm run load beside npm start', () => {
  let dataDir: string;
  let server: LocalNeo4j;
  let file: string;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'policy-graph-load-'));
    file = join(dataDir, 'snapshot.json');
    writeFileSync(file, JSON.stringify(smallSnapshot()));
    server = await startLocalNeo4j({ dataDir }); // what npm start keeps running
  }, 240_000);
  afterAll(async () => {
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('loads into the running local Neo4j on NEO4J_BOLT_PORT', () => {
    const run = load(file, dataDir, server.port);
    expect(run.stderr).toContain(`already running at bolt://127.0.0.1:${server.port}`);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^loaded .* 17 nodes .* 20 relationships/);
  }, 240_000);

  it('says in one sentence that the store is in use when the running server is elsewhere', async () => {
    const run = load(file, dataDir, await freePort());
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/is in use by another process \(a running `npm start`\?\)/);
    expect(run.stderr).not.toMatch(/\tat org\.neo4j|Exception/);
  }, 240_000);
});
