import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp, readSnapshot, serve, type Served } from '../../web/server/index.js';
import { queryFailure } from '../../web/server/errors.js';
import { fixtureSnapshot } from './fixtures.js';

const snapshot = fixtureSnapshot();
let server: Served;
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'policy-graph-web-'));
  await writeFile(join(dir, 'index.html'), '<!doctype html><title>policy-graph</title>');
  server = await serve(createApp({ snapshot, staticDir: dir, cypher: null, cypherOff: 'Neo4j not reachable' }), { port: 0 });
});
afterEach(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

const get = (path: string, init?: RequestInit) => fetch(server.url + path, init);
const post = (path: string, body: unknown) =>
  fetch(server.url + path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('GET /api/health', () => {
  it('says Cypher is off, why, and counts the snapshot', async () => {
    const body = await (await get('/api/health')).json();
    expect(body).toMatchObject({ ok: true, cypher: false, cypherOff: 'Neo4j not reachable', neo4j: { state: 'off', reason: 'Neo4j not reachable' } });
    expect(body.counts).toMatchObject({ nodes: snapshot.nodes.length, edges: snapshot.edges.length });
    expect(body.counts.byType.Measure).toBe(3);
  });
});

describe('GET /api/snapshot', () => {
  it('sends the snapshot with an ETag', async () => {
    const res = await get('/api/snapshot');
    expect(res.headers.get('etag')).toMatch(/^"/);
    expect(await res.json()).toEqual(JSON.parse(JSON.stringify(snapshot)));
  });

  it('names a different version for a different snapshot, and the same one for the same snapshot in another app', async () => {
    const etag = (await get('/api/snapshot')).headers.get('etag')!;
    const changed = { ...snapshot, nodes: snapshot.nodes.slice(1), edges: [] };
    const other = await serve(createApp({ snapshot: changed, cypher: null }), { port: 0 });
    const again = await serve(createApp({ snapshot, cypher: null }), { port: 0 });
    try {
      expect((await fetch(other.url + '/api/snapshot')).headers.get('etag')).not.toBe(etag);
      expect((await fetch(again.url + '/api/snapshot')).headers.get('etag')).toBe(etag);
      // The graph routes of the second app answer from the same data graph.
      expect((await (await fetch(again.url + '/api/node?id=' + encodeURIComponent(snapshot.nodes[0].key))).json()).id).toBe(snapshot.nodes[0].key);
    } finally {
      await other.close();
      await again.close();
    }
  });

  it('answers 304 when the client already has that version', async () => {
    const etag = (await get('/api/snapshot')).headers.get('etag')!;
    expect((await get('/api/snapshot', { headers: { 'if-none-match': etag } })).status).toBe(304);
  });
});

describe('Cypher routes with Cypher off', () => {
  it('answers 503 with the off message for the console', async () => {
    const res = await post('/api/cypher', { query: 'MATCH (n) RETURN n LIMIT 1' });
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ error: { code: 'CypherOff', message: 'Neo4j not reachable' } });
  });

  it('answers 503 for the canned query list and a canned query', async () => {
    expect((await get('/api/queries')).status).toBe(503);
    expect((await post('/api/queries/coverage', { params: {} })).status).toBe(503);
  });

  it('rejects a body without a query with 400', async () => {
    const res = await post('/api/cypher', { params: {} });
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe('BadRequest');
  });

  it('rejects malformed JSON with 400', async () => {
    const res = await fetch(server.url + '/api/cypher', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' });
    expect(res.status).toBe(400);
  });
});

describe('other routes', () => {
  it('answers unknown API paths with a JSON 404', async () => {
    const res = await get('/api/nope');
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe('NotFound');
  });

  it('falls back to index.html for page routes', async () => {
    const res = await get('/some/deep/link');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('policy-graph');
  });
});

describe('queryFailure', () => {
  const neo = (code: string, message: string) => Object.assign(new Error(message), { code });

  it('maps a refused write to 400 with the Neo4j code and message', () => {
    const err = neo('Neo.ClientError.Statement.AccessMode', 'Writing in read access mode not allowed.');
    expect(queryFailure(err)).toEqual({
      status: 400,
      error: { code: 'Neo.ClientError.Statement.AccessMode', message: 'Writing in read access mode not allowed.' },
    });
  });

  it('passes a refusal’s reason and detail on, for the page’s own wording (session 32)', async () => {
    const { checkText, refusalError } = await import('../../neo4j/console-guard.js');
    const refused = queryFailure(refusalError(checkText('CALL apoc.load.json("x")')!));
    expect(refused).toMatchObject({ status: 400, error: { code: 'Refused', reason: 'procedure', detail: { name: 'apoc.load.json' } } });
  });

  it('reports the Neo4j cause of a wrapped error', () => {
    const cause = neo('Neo.ClientError.Statement.SyntaxError', 'Invalid input');
    const wrapped = Object.assign(new Error('query failed', { cause }), { code: 'query' });
    expect(queryFailure(wrapped)).toMatchObject({ status: 400, error: { code: 'Neo.ClientError.Statement.SyntaxError' } });
  });

  it('maps an unreachable database to 503, wrapped or not', () => {
    expect(queryFailure(neo('ServiceUnavailable', 'no route')).status).toBe(503);
    const wrapped = Object.assign(new Error('query failed', { cause: neo('ServiceUnavailable', 'no route') }), { code: 'query' });
    expect(queryFailure(wrapped)).toMatchObject({ status: 503, error: { code: 'ServiceUnavailable' } });
  });

  it('never passes the driver’s own text about connections and encryption to the user', () => {
    const driverText = 'Failed to connect to server. Please ensure that your database is listening on the correct host and port and that you have compatible encryption settings both on Neo4j server and driver.';
    const { status, error } = queryFailure(Object.assign(new Error('x', { cause: neo('ServiceUnavailable', driverText) }), { code: 'unavailable' }));
    expect(status).toBe(503);
    expect(error.message).not.toMatch(/encryption|driver/);
    expect(error.message).toMatch(/^Neo4j did not answer/);
  });

  it('hides the text of an unexpected failure (500)', () => {
    expect(queryFailure(neo('Neo.DatabaseError.General.UnknownError', 'java.lang.NullPointerException at …'))).toEqual({
      status: 500,
      error: { code: 'Neo.DatabaseError.General.UnknownError', message: 'The query failed inside Neo4j; see the server log.' },
    });
  });

  it('maps a rejected canned query (missing parameter) to 400 with its own message', () => {
    const err = Object.assign(new Error('canned query "coverage" needs region (string)'), { code: 'query' });
    expect(queryFailure(err)).toEqual({ status: 400, error: { code: 'query', message: err.message } });
  });
});

describe('readSnapshot', () => {
  it('reads a valid snapshot file', async () => {
    const file = join(dir, 'snapshot.json');
    await writeFile(file, JSON.stringify(snapshot));
    expect((await readSnapshot(file)).nodes.length).toBe(snapshot.nodes.length);
  });

  it('names the file and the first issue when the snapshot is invalid', async () => {
    const file = join(dir, 'bad.json');
    await writeFile(file, JSON.stringify({ ...snapshot, nodes: [{ key: 'x', attributes: { type: 'Measure' } }] }));
    await expect(readSnapshot(file)).rejects.toMatchObject({ name: 'SnapshotError', reason: 'invalid', file });
    await expect(readSnapshot(file)).rejects.toThrow(/bad\.json.*nodes\.0/);
  });

  it('says when the file is not JSON', async () => {
    const file = join(dir, 'broken.json');
    await writeFile(file, '{nope');
    await expect(readSnapshot(file)).rejects.toMatchObject({ reason: 'not-json' });
  });
});
