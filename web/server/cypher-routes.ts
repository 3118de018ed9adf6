// The Cypher routes: the analyst's console and the canned queries. Validate, call the service,
// serialise. A malformed body is a 400 whether or not Cypher is on; with no service the routes
// then answer 503 with the reason Cypher is off.
import { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import type { CypherService } from '../../neo4j/types.js';
import { queryFailure, sendError } from './errors.js';

const Params = z.record(z.string(), z.unknown());
export const CypherRequest = z.object({ query: z.string().trim().min(1).max(100_000), params: Params.default({}) });
export const CannedRequest = z.object({ params: Params.default({}) });

export const DEFAULT_CYPHER_OFF = 'Cypher is off: the server has no Neo4j connection.';

export function cypherRoutes(cypher: CypherService | null, cypherOff = DEFAULT_CYPHER_OFF): Router {
  const router = Router();
  const off = (res: Response) => sendError(res, 503, 'CypherOff', cypherOff);

  router.get('/queries', (_req, res) => {
    if (!cypher) return off(res);
    // The Cypher text goes along so analysts can read and adapt it in the console.
    res.json(cypher.canned().map(({ name, title, description, params, cypher: text }) => ({ name, title, description, params, cypher: text })));
  });

  router.post('/cypher', async (req, res) => {
    const body = parse(CypherRequest, req, res);
    if (!body) return;
    if (!cypher) return off(res);
    await answer(res, () => cypher.run(body.query, body.params));
  });

  router.post('/queries/:name', async (req, res) => {
    const body = parse(CannedRequest, req, res);
    if (!body) return;
    if (!cypher) return off(res);
    const name = String(req.params.name);
    if (!cypher.canned().some((q) => q.name === name)) {
      return sendError(res, 404, 'UnknownQuery', `No canned query named "${name}".`);
    }
    await answer(res, () => cypher.runCanned(name, body.params));
  });
  return router;
}

function parse<T extends z.ZodType>(schema: T, req: Request, res: Response): z.infer<T> | null {
  const parsed = schema.safeParse(req.body ?? {});
  if (parsed.success) return parsed.data;
  const first = parsed.error.issues[0];
  sendError(res, 400, 'BadRequest', `Invalid body: ${first.path.join('.') || '(body)'}: ${first.message}`);
  return null;
}

async function answer(res: Response, run: () => Promise<unknown>): Promise<void> {
  try {
    res.json(await run());
  } catch (err) {
    const { status, error } = queryFailure(err);
    sendError(res, status, error.code, error.message);
  }
}
