// The explorer's HTTP server: the snapshot (the page's data), health, the Cypher routes and the
// built page with an SPA fallback. Routes stay thin; graph logic lives elsewhere. In front of them:
// the Host check (DNS rebinding), security headers (helmet, with a CSP for the page), JSON bodies
// of at most 1 MB.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type ErrorRequestHandler, type Express } from 'express';
import helmet from 'helmet';
import type { Snapshot } from '../../graph-schema/index.js';
import type { CypherService } from '../../neo4j/types.js';
import type { Health, SnapshotCounts } from '../src/api/types.js';
import { coverageRoutes } from './coverage-routes.js';
import { lagRoutes } from './lag-routes.js';
import { DEFAULT_CYPHER_OFF, cypherRoutes } from './cypher-routes.js';
import { sendError } from './errors.js';
import compression from 'compression';
import { graphRoutes, snapshotHash } from './graph-routes.js';
import { hostCheck } from './host-check.js';
import { staticLink, type LiveCypher } from './live-cypher.js';

export interface AppOptions {
  snapshot: Snapshot;
  /** The built page (web/dist); without it only the API is served. */
  staticDir?: string;
  /** A fixed Cypher service (tests), or null for Cypher off; ignored when `neo4j` is given. */
  cypher?: CypherService | null;
  /** Why Cypher is off, shown in the console when `cypher` is null. */
  cypherOff?: string;
  /** The live link to Neo4j (neo4j/link.ts): Cypher follows its state. */
  neo4j?: LiveCypher;
  /** The address the server binds: requests must name it (or localhost) in `Host`. */
  host?: string;
  /** More host names to accept in `Host` (e.g. a name you gave this machine). */
  allowedHosts?: string[];
}

export function snapshotCounts(snapshot: Snapshot): SnapshotCounts {
  const byType: Record<string, number> = {};
  for (const n of snapshot.nodes) byType[n.attributes.type] = (byType[n.attributes.type] ?? 0) + 1;
  return { nodes: snapshot.nodes.length, edges: snapshot.edges.length, byType };
}

/** The page's CSP: its own scripts, styles (React sets inline style attributes), the layout's blob: worker. */
const CSP = {
  useDefaults: false,
  directives: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    scriptSrcAttr: ["'none'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:', 'blob:'],
    fontSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    workerSrc: ["'self'", 'blob:'],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  },
};

export function createApp(opts: AppOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  const link = opts.neo4j ?? staticLink(opts.cypher ?? null, opts.cypherOff ?? DEFAULT_CYPHER_OFF);
  // Serialised once, when first asked for (the page itself reads /api/graph and /api/view): the
  // snapshot does not change while the server runs. Its ETag is the snapshot's hash (the same
  // SHA-1 of the same JSON), computed once per snapshot and shared with the graph routes.
  let snapshotJson: string | undefined;
  const etag = `"${snapshotHash(opts.snapshot)}"`;
  const counts = snapshotCounts(opts.snapshot);

  app.use(hostCheck(opts.host, opts.allowedHosts));
  // Plain http on loopback: no HSTS, no upgrade of requests to https.
  app.use(helmet({ contentSecurityPolicy: CSP, strictTransportSecurity: false, frameguard: { action: 'deny' } }));
  app.use(compression());
  app.use('/api', express.json({ limit: '1mb' }));
  app.get('/api/health', (_req, res) => {
    const neo4j = link.status();
    const on = link.service() !== null;
    const health: Health = { ok: true, cypher: on, ...(on ? {} : { cypherOff: neo4j.reason ?? DEFAULT_CYPHER_OFF }), neo4j, counts };
    res.set('Cache-Control', 'no-store').json(health);
  });
  app.get('/api/snapshot', (req, res) => {
    res.set({ ETag: etag, 'Cache-Control': 'no-cache' });
    const known = req.get('If-None-Match')?.split(/\s*,\s*/) ?? [];
    if (known.includes(etag) || known.includes('*')) return void res.status(304).end();
    res.type('json').send((snapshotJson ??= JSON.stringify(opts.snapshot)));
  });
  app.use('/api', graphRoutes(opts.snapshot));
  app.use('/api', cypherRoutes(link));
  app.use('/api', coverageRoutes(opts.snapshot));
  app.use('/api', lagRoutes(opts.snapshot));
  app.use('/api', (req, res) => sendError(res, 404, 'NotFound', `No API route ${req.method} ${req.originalUrl}.`));

  if (opts.staticDir) {
    const index = join(opts.staticDir, 'index.html');
    app.use(express.static(opts.staticDir, { index: 'index.html' }));
    app.get('/{*path}', (_req, res, next) => (existsSync(index) ? res.sendFile(index) : next()));
  }

  const onError: ErrorRequestHandler = (err, _req, res, next) => {
    if (res.headersSent) return next(err);
    const status = typeof err?.status === 'number' ? err.status : 500;
    // Body-parser errors (malformed JSON, too large) carry a 4xx status and a `type`; a 500 never shows its text.
    if (status < 500) sendError(res, status, 'BadRequest', err?.message ?? String(err));
    else sendError(res, 500, 'Internal', 'The server failed on this request; see its log.');
    if (status >= 500) console.error(`web/server: ${err instanceof Error ? err.stack : String(err)}`);
  };
  app.use(onError);
  return app;
}
