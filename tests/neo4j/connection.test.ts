import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Socket } from 'node:net';
import { expect, inject, it, vi } from 'vitest';
import { connectNeo4j } from '../../neo4j/connection.js';
import { freePort } from '../../neo4j/free-port.js';
import { neo4jOrSkip } from './helpers.js';

const server = neo4jOrSkip();

server.describe('#integration connection', () => {
  it('uses NEO4J_URI when it is set and starts nothing', async () => {
    const { NEO4J_USER, NEO4J_PASSWORD } = process.env;
    const connection = await connectNeo4j({ env: { NEO4J_URI: inject('neo4jUri'), NEO4J_USER, NEO4J_PASSWORD }, dataDir: 'unused' });
    try {
      expect(connection.started).toBe(false);
      expect(connection.uri).toBe(inject('neo4jUri'));
    } finally {
      await connection.close();
    }
  });

  it('opens its Bolt sockets with Nagle off (TCP_NODELAY), or small queries wait for delayed ACKs', async () => {
    const noDelay = vi.spyOn(Socket.prototype, 'setNoDelay');
    const { NEO4J_USER, NEO4J_PASSWORD } = process.env;
    const connection = await connectNeo4j({ env: { NEO4J_URI: inject('neo4jUri'), NEO4J_USER, NEO4J_PASSWORD }, dataDir: 'unused' });
    try {
      await connection.driver.executeQuery('RETURN 1 AS one');
      expect(noDelay).toHaveBeenCalledWith(true);
    } finally {
      noDelay.mockRestore();
      await connection.close();
    }
  });

  it('starts a local server on the data dir without NEO4J_URI, and close() stops it', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'policy-graph-neo4j-'));
    try {
      const connection = await connectNeo4j({ env: {}, dataDir });
      expect(connection.started).toBe(true);
      const { records } = await connection.driver.executeQuery('RETURN 1 AS one');
      expect(records[0].get('one').toNumber()).toBe(1);
      await connection.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 300_000); // a JVM start took over a minute on a loaded 2-core machine

  it('fails with code connect when nothing answers at NEO4J_URI', async () => {
    const uri = `bolt://127.0.0.1:${await freePort()}`;
    await expect(connectNeo4j({ env: { NEO4J_URI: uri }, dataDir: 'unused', connectTimeoutMs: 1000 })).rejects.toMatchObject({
      name: 'GraphDbError',
      code: 'connect',
    });
  });
});
