import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { javaAvailable, startLocalNeo4j, type LocalNeo4j } from '../../neo4j/server.js';

// These start their own JVMs, so they need Java but not the shared server; CI never skips them.
const canRun = javaAvailable() || process.env.CI === 'true';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function gone(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (alive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  return !alive(pid);
}

function portOpen(uri: string): Promise<boolean> {
  const { hostname, port } = new URL(uri.replace('bolt://', 'http://'));
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname);
    socket.once('connect', () => resolve(socket.destroy() && true));
    socket.once('error', () => resolve(false));
  });
}

describe.skipIf(!canRun)('#integration local Neo4j launcher', () => {
  let dataDir: string;
  let server: LocalNeo4j;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'policy-graph-neo4j-'));
    server = await startLocalNeo4j({ dataDir });
  });
  afterAll(async () => {
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers Bolt on the URI it reports with the generated password, and refuses clients without it', async () => {
    expect(server.credentials).toMatchObject({ user: 'neo4j', file: join(dataDir, 'credentials.json') });
    expect(server.credentials.password).toMatch(/^[\w-]{32}$/);
    const driver = neo4j.driver(server.uri, neo4j.auth.basic(server.credentials.user, server.credentials.password));
    const anonymous = neo4j.driver(server.uri);
    try {
      const { records } = await driver.executeQuery('RETURN 1 AS one');
      expect(records[0].get('one').toNumber()).toBe(1);
      await expect(anonymous.verifyConnectivity()).rejects.toMatchObject({ code: 'Neo.ClientError.Security.Unauthorized' });
    } finally {
      await driver.close();
      await anonymous.close();
    }
  });

  it('keeps the password across restarts, and makes a new one when credentials.json is deleted', async () => {
    const other = mkdtempSync(join(tmpdir(), 'policy-graph-neo4j-'));
    try {
      const first = await startLocalNeo4j({ dataDir: other });
      const { password } = first.credentials;
      await first.stop();
      const second = await startLocalNeo4j({ dataDir: other });
      expect(second.credentials.password).toBe(password);
      await second.stop();
      rmSync(join(other, 'credentials.json'));
      const third = await startLocalNeo4j({ dataDir: other });
      try {
        expect(third.credentials.password).not.toBe(password);
        const driver = neo4j.driver(third.uri, neo4j.auth.basic('neo4j', third.credentials.password));
        try {
          await driver.verifyConnectivity();
        } finally {
          await driver.close();
        }
      } finally {
        await third.stop();
      }
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  }, 300_000);

  it('fails with launcher-start and one sentence, not the Java trace, when the data dir is in use', async () => {
    const error = await startLocalNeo4j({ dataDir }).catch((e) => e);
    expect(error).toMatchObject({ name: 'GraphDbError', code: 'launcher-start' });
    expect(error.message).toMatch(new RegExp(`store in ${dataDir} is in use by another process`));
    expect(error.message).not.toMatch(/\n/);
  });

  it('ends the JVM and frees the port on stop()', async () => {
    const other = mkdtempSync(join(tmpdir(), 'policy-graph-neo4j-'));
    try {
      const second = await startLocalNeo4j({ dataDir: other });
      await second.stop();
      expect(alive(second.pid)).toBe(false);
      expect(await portOpen(second.uri)).toBe(false);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });

  it('leaves no JVM behind when its parent process is killed', async () => {
    const other = mkdtempSync(join(tmpdir(), 'policy-graph-neo4j-'));
    const parent = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'launch-and-wait.ts'), other], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      const line = await new Promise<string>((resolve, reject) => {
        createInterface({ input: parent.stdout! }).once('line', resolve);
        parent.once('exit', (code) => reject(new Error(`launch-and-wait exited (${code}) before printing its pid`)));
      });
      const jvm = Number(line.split(' ')[0]);
      expect(alive(jvm)).toBe(true);
      parent.kill('SIGKILL');
      expect(await gone(jvm, 30_000)).toBe(true);
    } finally {
      if (parent.exitCode === null) parent.kill('SIGKILL');
      rmSync(other, { recursive: true, force: true });
    }
  });
});
