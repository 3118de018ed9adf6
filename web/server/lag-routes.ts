// GET /api/lag-provinces?directive=<document id>: the median lag per province behind a directive, from the loader's
// own figures (neo4j/derived.ts derivedProperties: lagProvince* on each directive), so the page shows what
// cypher/lag-per-province.cypher reads from Neo4j, with or without Neo4j. The loader's properties are computed once per
// server, when first asked for. `{ rows: LagProvinceRow[] }`, none for a document no link with a lag carries out.
import { Router } from 'express';
import { z } from 'zod';
import type { Neo4jValue, Snapshot } from '../../graph-schema/index.js';
import { derivedProperties } from '../../neo4j/derived.js';
import { lagProvinceRows } from '../src/graph/lag-provinces.js';
import { parseQuery, sendError } from './errors.js';

export const LagProvincesQuery = z.object({ directive: z.string().trim().min(1, 'directive is required: a document id').max(500) }).strict();

export function lagRoutes(snapshot: Snapshot): Router {
  const router = Router();
  let derived: Map<string, Record<string, Neo4jValue>> | undefined;
  const documents = new Set(snapshot.nodes.filter((n) => n.attributes.type === 'Document').map((n) => n.key));
  router.get('/lag-provinces', (req, res) => {
    const data = parseQuery(LagProvincesQuery, req.query, res);
    if (!data) return;
    if (!documents.has(data.directive)) return sendError(res, 404, 'NotFound', `no document with id "${data.directive}"`);
    derived ??= derivedProperties(snapshot);
    res.json({ rows: lagProvinceRows(derived.get(data.directive)) });
  });
  return router;
}
