// The page's data routes at scale: the compact graph with its shipped layout (gzip, ETag by
// snapshot hash), long texts and full attributes on demand, and full-text search. The layout and
// the search index are computed once per snapshot, in the background from the moment the app is
// created, and cached by the snapshot's hash.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import type { Snapshot } from '../../graph-schema/index.js';
import { encodePayload } from '../src/graph/payload.js';
import { graphFromSnapshot, type PolicyGraph } from '../src/graph/policy-graph.js';
import { computeStaticLayout, computeStaticLayoutInWorker, type Positions } from '../src/graph/static-layout.js';
import { viewPayload } from '../src/graph/view-payload.js';
import { buildTextIndexAsync, type TextIndex } from '../src/graph/text-search.js';
import { inPageOrder } from '../src/graph/search-merge.js';
import { prepareNameSearch, searchNodes } from '../src/graph/search.js';
import { sendError } from './errors.js';

const gzipAsync = promisify(gzip);

interface Prepared {
  hash: string;
  json: Buffer;
  gzipped: Buffer;
  /** The view payload (GET /api/view): what sigma draws, ahead of the full graph. */
  view: { json: Buffer; gzipped: Buffer };
  ms: number;
}

/** Per snapshot hash: the payload (layout included) once computed. Shared by apps of one process. */
const cache = new Map<string, Promise<Prepared>>();
/** Per snapshot hash: the full-text search index. */
const indexCache = new Map<string, Promise<TextIndex>>();

/**
 * Per snapshot object: its hash and data graph, computed once and shared by the apps of a process
 * (a snapshot is validated once and not changed while a server runs). Each app used to serialise
 * the whole snapshot again to hash it and build its own data graph: at 50k nodes a 130 MB
 * JSON.stringify and a graph build, synchronous, whose garbage the server then collected while the
 * page loaded (the bench's own app and the served one; session 16).
 */
const perSnapshot = new WeakMap<Snapshot, { hash?: string; graph?: PolicyGraph }>();

function snapshotEntry(snapshot: Snapshot): { hash?: string; graph?: PolicyGraph } {
  let entry = perSnapshot.get(snapshot);
  if (!entry) perSnapshot.set(snapshot, (entry = {}));
  return entry;
}

export function snapshotHash(snapshot: Snapshot): string {
  const entry = snapshotEntry(snapshot);
  return (entry.hash ??= createHash('sha1').update(JSON.stringify(snapshot)).digest('base64url'));
}

/** The data graph of a snapshot, built once per snapshot object (see perSnapshot). */
function snapshotGraph(snapshot: Snapshot): PolicyGraph {
  const entry = snapshotEntry(snapshot);
  return (entry.graph ??= graphFromSnapshot(snapshot));
}

/** Where laid-out positions are kept between runs (POLICY_GRAPH_LAYOUT_CACHE, else the OS temp folder). */
export function layoutCacheDir(): string {
  return process.env.POLICY_GRAPH_LAYOUT_CACHE ?? join(tmpdir(), 'policy-graph-layout');
}

/** Positions from the cache by snapshot hash, else computed and written there (atomically). */
async function positionsFor(graph: PolicyGraph, hash: string): Promise<Positions> {
  const file = join(layoutCacheDir(), `${hash}.json`);
  try {
    const cached = JSON.parse(await readFile(file, 'utf8')) as [string, number, number][];
    if (cached.length === graph.order && cached.every(([id]) => graph.hasNode(id))) {
      return new Map(cached.map(([id, x, y]) => [id, { x, y }]));
    }
  } catch {
    // Not cached yet (or unreadable): compute.
  }
  // In a worker thread, so /api answers meanwhile (issue 11); in this thread, sliced, only if
  // a thread cannot run. Both give the same positions (tests/web/graph/layout-worker.test.ts).
  const positions = await computeStaticLayoutInWorker(graph).catch(() => computeStaticLayout(graph));
  try {
    await mkdir(layoutCacheDir(), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    await writeFile(tmp, JSON.stringify([...positions].map(([id, p]) => [id, p.x, p.y])));
    await rename(tmp, file);
  } catch {
    // A read-only temp folder only costs the next start the computation.
  }
  return positions;
}

async function prepare(snapshot: Snapshot, graph: PolicyGraph, hash: string): Promise<Prepared> {
  const t0 = performance.now();
  const positions = await positionsFor(graph, hash);
  const viewJson = Buffer.from(JSON.stringify(viewPayload(graph, hash, positions)));
  const view = { json: viewJson, gzipped: await gzipAsync(viewJson, { level: 6 }) };
  const json = Buffer.from(JSON.stringify(encodePayload(snapshot, hash, positions)));
  const gzipped = await gzipAsync(json, { level: 6 });
  return { hash, json, gzipped, view, ms: Math.round(performance.now() - t0) };
}

/** Per snapshot hash: GET /api/link-candidates's body, `{ linkCandidates: LinkCandidates | null }`. */
const candidatesCache = new Map<string, Promise<{ json: Buffer; gzipped: Buffer }>>();

function candidatesBody(snapshot: Snapshot, hash: string): Promise<{ json: Buffer; gzipped: Buffer }> {
  let body = candidatesCache.get(hash);
  if (!body) {
    body = (async () => {
      const json = Buffer.from(JSON.stringify({ linkCandidates: snapshot.attributes.linkCandidates ?? null }));
      return { json, gzipped: await gzipAsync(json, { level: 6 }) };
    })();
    candidatesCache.set(hash, body);
    body.catch(() => candidatesCache.delete(hash));
  }
  return body;
}

export const TextsRequest = z.object({ ids: z.array(z.string()).max(5000) });
const MAX_NODE_EDGES = 500;

export interface GraphRoutes {
  router: Router;
  /** Resolves when the payload (with its layout) is ready. */
  ready: Promise<{ hash: string; bytes: number; gzipBytes: number; view: { bytes: number; gzipBytes: number }; ms: number }>;
  /** Resolves when the full-text search index is built (after the payload). */
  searchReady: Promise<void>;
}

export function graphRoutes(snapshot: Snapshot): Router & Omit<GraphRoutes, 'router'> {
  const graph = snapshotGraph(snapshot);
  const hash = snapshotHash(snapshot);
  const etag = `"g-${hash}"`;
  let prepared = cache.get(hash);
  if (!prepared) {
    prepared = prepare(snapshot, graph, hash);
    cache.set(hash, prepared);
    prepared.catch(() => cache.delete(hash));
  }
  const payload = prepared;
  // The search index is built after the layout, in the background too; the first search waits.
  let index: TextIndex | null = null;
  // Built a chunk at a time, so the server keeps answering (the page, its graph) meanwhile; shared
  // by the apps of a process like the payload.
  let indexReady = indexCache.get(hash);
  if (!indexReady) {
    // Then the page's name search is prepared on the same graph (its names normalised once, a slice at a time):
    // /api/search answers in the page's order (inPageOrder), and walking the graph for it cost 75–260 ms a request
    // at 50k nodes (session 40, tests/web/scale/search-cost.ts).
    indexReady = payload.then(async () => {
      const built = await buildTextIndexAsync(graph);
      await prepareNameSearch(graph);
      return built;
    });
    indexCache.set(hash, indexReady);
    indexReady.catch(() => indexCache.delete(hash));
  }
  void indexReady.then((i) => (index = i), () => {});

  const router = Router() as Router & Omit<GraphRoutes, 'router'>;
  router.ready = payload.then((p) => ({ hash: p.hash, bytes: p.json.length, gzipBytes: p.gzipped.length, view: { bytes: p.view.json.length, gzipBytes: p.view.gzipped.length }, ms: p.ms }));
  router.searchReady = indexReady.then(() => undefined);

  /** One of the prepared payloads, gzipped when the client takes it, with its ETag. */
  const send = (which: (p: Prepared) => { json: Buffer; gzipped: Buffer }, tag: string) => async (req: Request, res: Response) => {
    let p: Prepared;
    try {
      p = await payload;
    } catch (err) {
      return sendError(res, 500, 'Layout', `Could not prepare the graph: ${(err as Error).message}`);
    }
    res.set({ ETag: tag, 'Cache-Control': 'no-cache', Vary: 'Accept-Encoding' });
    const known = req.get('If-None-Match')?.split(/\s*,\s*/) ?? [];
    if (known.includes(tag) || known.includes('*')) return void res.status(304).end();
    res.type('json');
    const body = which(p);
    if (req.acceptsEncodings('gzip') === 'gzip') {
      res.set('Content-Encoding', 'gzip');
      return void res.send(body.gzipped);
    }
    res.send(body.json);
  };
  router.get('/graph', send((p) => p, etag));
  router.get('/view', send((p) => p.view, `"v-${hash}"`));
  // The linker's candidates near the cut (left out of /api/graph), for the matrix and gaps views: prepared
  // when first asked, once per snapshot.
  router.get('/link-candidates', async (req, res) => {
    let body: { json: Buffer; gzipped: Buffer };
    try {
      body = await candidatesBody(snapshot, hash);
    } catch (err) {
      return sendError(res, 500, 'LinkCandidates', `Could not prepare the link candidates: ${(err as Error).message}`);
    }
    return send(() => body, `"c-${hash}"`)(req, res);
  });

  router.post('/texts', (req, res) => {
    const body = TextsRequest.safeParse(req.body ?? {});
    if (!body.success) return sendError(res, 400, 'BadRequest', 'Invalid body: expected { ids: string[] } (at most 5000).');
    const texts: Record<string, string> = {};
    for (const id of body.data.ids) {
      if (!graph.hasNode(id)) continue;
      const text = (graph.getNodeAttributes(id) as { text?: unknown }).text;
      if (typeof text === 'string') texts[id] = text;
    }
    res.json({ texts });
  });

  router.get('/node', (req, res) => {
    const id = typeof req.query.id === 'string' ? req.query.id : '';
    if (!graph.hasNode(id)) return sendError(res, 404, 'UnknownNode', `No node with id "${id}".`);
    const edges: { key: string; source: string; target: string; attributes: unknown }[] = [];
    graph.forEachEdge(id, (key, attributes, source, target) => {
      if (edges.length < MAX_NODE_EDGES) edges.push({ key, source, target, attributes });
    });
    res.json({ id, attributes: graph.getNodeAttributes(id), edges, edgesTruncated: graph.degree(id) > MAX_NODE_EDGES });
  });

  router.get('/search', async (req, res) => {
    const q = typeof req.query.q === 'string' ? req.query.q.slice(0, 200) : '';
    const limit = Math.max(1, Math.min(100, Number(req.query.limit) || 20));
    const idx = index ?? (await indexReady.catch(() => null));
    if (!idx) return sendError(res, 500, 'Search', 'The search index could not be built.');
    // In the order the page's list will have (names as the page ranks them first), so it does not reorder when the
    // page's own name hits come in (session 39). Names that fill the list leave no room for a text hit: the text index
    // is not asked (session 41: 科协 or 工作要点 cost it 0.3–0.6 s at 50k nodes for hits cut off after the names).
    const names = searchNodes(graph, q, { limit });
    const text = names.length >= limit ? { query: q, hits: [], suggestions: [] } : idx.search(q, { limit });
    res.json(inPageOrder(text, names, limit));
  });
  return router;
}
