// The linker's candidates near the cut stay out of the page's graph payload (at 51k nodes they were 9.4 MB of it and
// a 460 ms task on the page's thread) and come from GET /api/link-candidates when the matrix or gaps view opens:
// the same object the snapshot holds, gzipped, with an ETag; null for a snapshot that kept none. The page's loader
// fetches them once per graph, sets them on it, and tries again after a failure.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LinkCandidates, LinkSelection, Snapshot } from '../../graph-schema/index.js';
import { createApp, serve, type Served } from '../../web/server/index.js';
import { graphFromSnapshot } from '../../web/src/graph/index.js';
import { loadLinkCandidates } from '../../web/src/graph/link-candidates.js';
import { NATIONAL, fixtureSnapshot } from './fixtures.js';

const CANDIDATES: LinkCandidates = {
  docs: [NATIONAL],
  lowers: [{ lower: `${NATIONAL}#一/1`, genre: 'plan', complete: 0.061, candidates: [{ path: '一/2', doc: 0, score: 0.12 }] }],
};
const SELECTION: LinkSelection = { topK: 2, relative: 0.7, byGenre: {}, rules: {} };

function withCandidates(): Snapshot {
  const s = fixtureSnapshot();
  return { ...s, attributes: { ...s.attributes, linkCandidates: CANDIDATES, linkSelection: SELECTION } };
}

/** A GET with the raw bytes and headers (fetch would undo the gzip). */
function rawGet(url: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
}

describe('link candidates on demand', () => {
  let dir: string;
  let served: Served;
  let bare: Served;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'policy-graph-candidates-'));
    await writeFile(join(dir, 'index.html'), '<!doctype html><title>policy-graph</title>');
    served = await serve(createApp({ snapshot: withCandidates(), staticDir: dir, cypher: null, cypherOff: 'off' }), { port: 0 });
    bare = await serve(createApp({ snapshot: fixtureSnapshot(), staticDir: dir, cypher: null, cypherOff: 'off' }), { port: 0 });
  });
  afterAll(async () => {
    await served?.close();
    await bare?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('leaves them out of the graph payload and keeps the other attributes', async () => {
    const payload = await (await fetch(`${served.url}/api/graph`)).json();
    expect(payload.attributes.linkCandidates).toBeUndefined();
    expect(payload.attributes.linkSelection).toEqual(SELECTION);
    expect(payload.attributes.corpus).toBe(fixtureSnapshot().attributes.corpus);
  });

  it('sends the snapshot’s candidates, gzipped when asked, with an ETag', async () => {
    expect(await (await fetch(`${served.url}/api/link-candidates`)).json()).toEqual({ linkCandidates: CANDIDATES });
    const zipped = await rawGet(`${served.url}/api/link-candidates`, { 'accept-encoding': 'gzip' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(zipped.body).toString('utf8'))).toEqual({ linkCandidates: CANDIDATES });
    const etag = String(zipped.headers.etag);
    expect(etag).toMatch(/^"c-/);
    expect((await rawGet(`${served.url}/api/link-candidates`, { 'if-none-match': etag })).status).toBe(304);
  });

  it('answers null for a snapshot that kept none', async () => {
    expect(await (await fetch(`${bare.url}/api/link-candidates`)).json()).toEqual({ linkCandidates: null });
  });

  it('fetches them once per graph for every caller, sets them on the graph, and tries again after a failure', async () => {
    const g = graphFromSnapshot(withCandidates());
    g.removeAttribute('linkCandidates'); // as the payload builds it
    let calls = 0;
    const failing = async (): Promise<{ linkCandidates: LinkCandidates | null }> => {
      calls++;
      throw new Error('Network');
    };
    expect(await loadLinkCandidates(g, failing)).toBe('failed');
    const fetching = async () => {
      calls++;
      return { linkCandidates: CANDIDATES };
    };
    const [a, b] = await Promise.all([loadLinkCandidates(g, fetching), loadLinkCandidates(g, fetching)]);
    expect([a, b, calls]).toEqual(['ready', 'ready', 2]);
    expect(g.getAttribute('linkCandidates')).toEqual(CANDIDATES);
    expect(await loadLinkCandidates(g, fetching)).toBe('ready');
    expect(calls).toBe(2);
  });

  it('fetches nothing for a graph that holds them or has no selection to replay', async () => {
    const fail = async (): Promise<never> => {
      throw new Error('must not fetch');
    };
    expect(await loadLinkCandidates(graphFromSnapshot(withCandidates()), fail)).toBe('ready');
    expect(await loadLinkCandidates(graphFromSnapshot(fixtureSnapshot()), fail)).toBe('ready');
  });
});
