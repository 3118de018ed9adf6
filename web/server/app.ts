// The explorer's HTTP server: the snapshot (the page's data), health, the Cypher routes and the
// built page with an SPA fallback. Routes stay thin; graph logic lives elsewhere.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type ErrorRequestHandler, type Express } from 'express';
import type { Snapshot } from '../../graph-schema/index.js';
import type { CypherService } from '../../neo4j/types.js';
import type { Health, SnapshotCounts } from '../src/api/types.js';
import { DEFAULT_CYPHER_OFF, cypherRoutes } from './cypher-routes.js';
import { sendError } from './errors.js';
import compression from 'compression';
import { graphRoutes } from './graph-routes.js';

export interface AppOptions {
  snapshot: Snapshot;
  /** The built page (web/dist); without it only the API is served. */
  staticDir?: string;
  cypher: CypherService | null;
  /** Why Cypher is off, shown in the console when `cypher` is null. */
  cypherOff?: string;
}

export function snapshotCounts(snapshot: Snapshot): SnapshotCounts {
  const byType: Record<string, number> = {};
  for (const n of snapshot.nodes) byType[n.attributes.type] = (byType[n.attributes.type] ?? 0) + 1;
  return { nodes: snapshot.nodes.length, edges: snapshot.edges.length, byType };
}

export function createApp(opts: AppOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  const cypherOff = opts.cypher ? undefined : (opts.cypherOff ?? DEFAULT_CYPHER_OFF);
  // Serialised once: the snapshot does not change while the server runs.
  const snapshotJson = JSON.stringify(opts.snapshot);
  const etag = `"${createHash('sha1').update(snapshotJson).digest('base64url')}"`;
  const counts = snapshotCounts(opts.snapshot);

  app.use(compression());
  app.use('/api', express.json({ limit: '1mb' }));
  app.get('/api/health', (_req, res) => {
    const health: Health = { ok: true, cypher: opts.cypher !== null, ...(cypherOff ? { cypherOff } : {}), counts };
    res.json(health);
  });
  app.get('/api/snapshot', (req, res) => {
    res.set({ ETag: etag, 'Cache-Control': 'no-cache' });
    const known = req.get('If-None-Match')?.split(/\s*,\s*/) ?? [];
    if (known.includes(etag) || known.includes('*')) return void res.status(304).end();
    res.type('json').send(snapshotJson);
  });
  app.use('/api', graphRoutes(opts.snapshot));
  app.use('/api', cypherRoutes(opts.cypher, cypherOff));
  app.use('/api', (req, res) => sendError(res, 404, 'NotFound', `No API route ${req.method} ${req.originalUrl}.`));

  if (opts.staticDir) {
    const index = join(opts.staticDir, 'index.html');
    app.use(express.static(opts.staticDir, { index: 'index.html' }));
    app.get('/{*path}', (_req, res, next) => (existsSync(index) ? res.sendFile(index) : next()));
  }

  const onError: ErrorRequestHandler = (err, _req, res, next) => {
    if (res.headersSent) return next(err);
    const status = typeof err?.status === 'number' ? err.status : 500;
    // Body-parser errors (malformed JSON, too large) carry a 4xx status and a `type`.
    sendError(res, status, status < 500 ? 'BadRequest' : 'Internal', err?.message ?? String(err));
  };
  app.use(onError);
  return app;
}
