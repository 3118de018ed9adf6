// The console as an attacker would use it (issue 10), over HTTP against the real Neo4j the test
// run starts: every attack is refused with a plain message and the graph is counted before and after.
import { createServer, request, type Server } from 'node:http';
import { statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadSnapshot } from '../../neo4j/loader.js';
import { createCypherService } from '../../neo4j/queries.js';
import { createApp, serve, type Served } from '../../web/server/index.js';
import { smallSnapshot } from '../neo4j/fixtures.js';
import { graphCounts, neo4jOrSkip } from '../neo4j/helpers.js';

const server = neo4jOrSkip();

server.describe('#integration console attacks (issue 10)', () => {
  let driver: Driver;
  let web: Served;
  let bait: Server;
  let baitHits = 0;
  let baitUrl: string;
  beforeAll(async () => {
    driver = server.driver();
    await loadSnapshot(driver, smallSnapshot());
    web = await serve(createApp({ snapshot: smallSnapshot(), cypher: createCypherService(driver, { maxBytes: 1024 * 1024 }) }), { port: 0 });
    // A loopback HTTP server that LOAD CSV would fetch (server-side request forgery).
    bait = createServer((_req, res) => {
      baitHits++;
      res.end('a,b\n1,2\n');
    });
    await new Promise<void>((r) => bait.listen(0, '127.0.0.1', r));
    baitUrl = `http://127.0.0.1:${(bait.address() as AddressInfo).port}/`;
  });
  afterAll(async () => {
    await web?.close();
    bait?.close();
    await driver?.close();
  });

  const cypher = async (query: string, params: Record<string, unknown> = {}) => {
    const res = await fetch(`${web.url}/api/cypher`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, params }),
    });
    const text = await res.text();
    return { status: res.status, text, body: JSON.parse(text) };
  };

  /** Runs the attack, checks it was refused with a message (no driver text) and the graph is unchanged. */
  async function refused(query: string, message: RegExp) {
    const before = await graphCounts(driver);
    const started = Date.now();
    const { status, body, text } = await cypher(query);
    expect(status, text).toBe(400);
    expect(body.error.code).toBe('Refused');
    expect(body.error.message).toMatch(message);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(await graphCounts(driver)).toEqual(before);
    return text;
  }

  it.each([
    "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row",
    "LOAD CSV FROM 'file:///proc/self/environ' AS row RETURN row",
    "load /* hidden */ csv from 'file:///etc/passwd' as row return row",
    "MATCH (d:Document) WITH d LIMIT 1 LOAD CSV WITH HEADERS FROM 'file:///etc/hostname' AS row RETURN row",
  ])('refuses reading server files with LOAD CSV: %s', async (query) => {
    const text = await refused(query, /LOAD CSV is not allowed/);
    expect(text).not.toMatch(/root:|PATH=|HOME=/);
  });

  it('refuses LOAD CSV from a loopback URL, and the URL is never fetched', async () => {
    await refused(`LOAD CSV FROM '${baitUrl}' AS row RETURN row`, /LOAD CSV is not allowed/);
    expect(baitHits).toBe(0);
  });

  it.each([
    ['CALL dbms.listConfig()', /dbms\.listConfig is not allowed/],
    ["CALL dbms.queryJmx('*:*')", /dbms\.queryJmx is not allowed/],
    ['CALL dbms.listConnections()', /dbms\.listConnections is not allowed/],
    ["CALL dbms.killConnections(['bolt-1'])", /dbms\.killConnections is not allowed/],
    ['CALL `dbms`.`listConfig`() YIELD name RETURN name', /dbms\.listConfig is not allowed/],
    ['CALL db.createLabel("X")', /db\.createLabel is not allowed/],
    ["CALL apoc.help('x')", /apoc\.help is not allowed/],
    ["RETURN apoc.text.join(['a'], '')", /apoc\.text\.join\(\) is not allowed/],
    ['SHOW USERS', /SHOW commands are not allowed/],
    ['SHOW DATABASES', /SHOW commands are not allowed/],
    ['show procedures', /SHOW commands are not allowed/],
    ['SHOW TRANSACTIONS', /SHOW commands are not allowed/],
    ["TERMINATE TRANSACTIONS 'neo4j-transaction-1'", /TERMINATE commands are not allowed/],
    ['USE system MATCH (n) RETURN n', /USE is not allowed/],
    ['PROFILE MATCH (n) RETURN n', /without PROFILE/],
    ["CREATE (:Document {id: 'doc:写入'})", /read-only/],
    ["MATCH (d:Document) SET d.name = 'x'", /read-only/],
    ['CALL { CREATE (n:Document) } IN TRANSACTIONS', /read-only/],
  ])('refuses admin, disclosure and writes: %s', async (query, message) => {
    await refused(query, message);
  });

  it('checks the plan as well as the text: TERMINATE planned as read-only is refused by its operator', async () => {
    // The plan check alone, as the text check would already stop this statement.
    const { checkPlan } = await import('../../neo4j/console-guard.js');
    const session = driver.session({ defaultAccessMode: neo4j.session.READ });
    try {
      const summary = await session.run("EXPLAIN TERMINATE TRANSACTIONS 'neo4j-transaction-1'").summary();
      expect(summary.queryType).toBe('r');
      expect(checkPlan(summary as never)).toMatchObject({ reason: 'admin' });
      const analyzers = await session.run('EXPLAIN CALL db.index.fulltext.listAvailableAnalyzers()').summary();
      expect(analyzers.queryType).toBe('r');
      expect(checkPlan(analyzers as never)).toMatchObject({ reason: 'procedure' });
    } finally {
      await session.close();
    }
  });

  it('still answers read queries, allowed procedures and property names that look like keywords', async () => {
    expect((await cypher('MATCH (d:Document) RETURN count(d) AS n')).body.rows).toEqual([[3]]);
    const labels = await cypher('CALL db.labels() YIELD label RETURN label ORDER BY label');
    expect(labels.status).toBe(200);
    expect(labels.body.rows.flat()).toContain('Document');
    const words = await cypher("WITH {show: 1, use: 2} AS m RETURN m.show + m.use AS n, 'LOAD CSV' AS text");
    expect(words.body.rows).toEqual([[3, 'LOAD CSV']]);
  });

  it('caps a result in bytes, not only rows: one huge row comes back cut, under the cap', async () => {
    const { status, body, text } = await cypher("WITH 200000 AS n RETURN [x IN range(1, n) | 'abcdefghijklmnopqrstuvwxyz'] AS big");
    expect(status).toBe(200);
    expect(body).toMatchObject({ truncated: true, truncatedBy: 'bytes', rows: [] });
    expect(text.length).toBeLessThan(1024 * 1024);
  });

  it('cancels the query on the server when the HTTP client goes away', async () => {
    const marker = `cancel-${Date.now()}`;
    const query = `UNWIND range(1, 2000000000) AS x WITH x WHERE x = -1 RETURN x, '${marker}' AS m`;
    const abort = new AbortController();
    const pending = fetch(`${web.url}/api/cypher`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
      signal: abort.signal,
    }).catch(() => 'aborted');
    const running = async () => {
      const { records } = await driver.executeQuery('SHOW TRANSACTIONS YIELD currentQuery RETURN currentQuery');
      return records.some((r) => String(r.get('currentQuery')).includes(marker) && !String(r.get('currentQuery')).startsWith('SHOW'));
    };
    const until = async (want: boolean, ms: number) => {
      const deadline = Date.now() + ms;
      while (Date.now() < deadline) {
        if ((await running()) === want) return true;
        await new Promise((r) => setTimeout(r, 200));
      }
      return false;
    };
    expect(await until(true, 10_000)).toBe(true);
    abort.abort();
    expect(await pending).toBe('aborted');
    expect(await until(false, 5000)).toBe(true);
  });

  it('answers 400 (not 500) to 400,000-deep nested parameters', async () => {
    const depth = 400_000;
    const body = `{"query":"RETURN $a AS a","params":{"a":${'['.repeat(depth)}${']'.repeat(depth)}}}`;
    const res = await fetch(`${web.url}/api/cypher`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toMatch(/nested deeper than 32/);
  });

  it('refuses a request whose Host names another site (DNS rebinding)', async () => {
    const get = (host: string) =>
      new Promise<number>((resolve, reject) => {
        const { port } = new URL(web.url);
        request({ host: '127.0.0.1', port, path: '/api/health', headers: { host } }, (res) => {
          res.resume();
          resolve(res.statusCode!);
        })
          .on('error', reject)
          .end();
      });
    expect(await get('evil.example:5170')).toBe(403);
    expect(await get('attacker.127.0.0.1.nip.io')).toBe(403);
    expect(await get(`127.0.0.1:${new URL(web.url).port}`)).toBe(200);
    expect(await get(`localhost:${new URL(web.url).port}`)).toBe(200);
  });

  it('sends a CSP and the usual security headers', async () => {
    const res = await fetch(`${web.url}/api/health`);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('the Neo4j the project starts refuses clients without the password', async () => {
    const uri = inject('neo4jUri')!;
    for (const auth of [undefined, neo4j.auth.basic('neo4j', 'neo4j'), neo4j.auth.basic('neo4j', 'wrong-password')]) {
      const other = neo4j.driver(uri, auth);
      try {
        await expect(other.verifyConnectivity()).rejects.toMatchObject({ code: 'Neo.ClientError.Security.Unauthorized' });
      } finally {
        await other.close();
      }
    }
  });
});

// The server's own settings, seen by an analyst's Bolt client with the password (not the console).
(process.env.NEO4J_URI ? describe.skip : server.describe)('#integration local Neo4j settings (issue 10)', () => {
  let driver: Driver;
  beforeAll(() => {
    driver = server.driver();
  });
  afterAll(() => driver?.close());

  it('refuses LOAD CSV from file URLs even to a client with the password', async () => {
    const error = await driver.executeQuery("LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row").catch((e) => e);
    expect(error.code).toBe('Neo.ClientError.Statement.ExternalResourceFailed');
    expect(String(error.message)).not.toMatch(/root:/);
  });

  it('runs with file URLs off, an empty import folder, and time, memory and concurrency limits', async () => {
    const { records } = await driver.executeQuery('CALL dbms.listConfig() YIELD name, value RETURN name, value');
    const config = new Map(records.map((r) => [r.get('name') as string, r.get('value') as string]));
    expect(config.get('dbms.security.allow_csv_import_from_file_urls')).toBe('false');
    expect(config.get('dbms.security.auth_enabled')).toBe('true');
    expect(config.get('db.transaction.timeout')).toBe('5m');
    expect(config.get('db.memory.transaction.max')).toMatch(/^384\.00MiB$|^402653184$/);
    expect(config.get('db.transaction.concurrent.maximum')).toBe('32');
    expect(config.get('server.bolt.listen_address')).toMatch(/^127\.0\.0\.1:/);
    expect(config.get('server.http.enabled')).toBe('false');
    const importDir = config.get('server.directories.import')!;
    expect(importDir).toMatch(/import-empty$/);
    expect(execFileSync('ls', ['-A', importDir], { encoding: 'utf8' })).toBe('');
  });

  it('keeps the generated password in the git-ignored data folder, readable by its owner only', () => {
    const file = 'data/neo4j-test/credentials.json';
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(execFileSync('git', ['check-ignore', 'data/neo4j/credentials.json'], { encoding: 'utf8' }).trim()).toBe('data/neo4j/credentials.json');
  });
});
