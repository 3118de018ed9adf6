// The Cypher routes: the analyst's console and the canned queries. Validate (zod, with a nesting
// limit on parameters), call the service, serialise. A malformed body is a 400 whether or not
// Cypher is on; with Cypher off (no Neo4j, or lost) the routes answer 503 at once with the reason.
// A query whose HTTP client goes away is cancelled on the server.
import { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import type { CypherService } from '../../neo4j/types.js';
import { queryFailure, sendError } from './errors.js';
import type { LiveCypher } from './live-cypher.js';

/** Deepest nesting of lists and maps accepted in `params` (a 400,000-deep one overflowed the stack). */
export const MAX_PARAM_DEPTH = 32;

/** Nesting depth of a JSON value, without recursion (so a deep value cannot overflow the stack). */
export function jsonDepth(value: unknown, stopAt = Infinity): number {
  let max = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [v, d] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (d + 1 > max) max = d + 1;
    if (max > stopAt) return max;
    for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push([child, d + 1]);
  }
  return max;
}

const Params = z
  .record(z.string(), z.unknown())
  .refine((p) => jsonDepth(p, MAX_PARAM_DEPTH) <= MAX_PARAM_DEPTH, `nested deeper than ${MAX_PARAM_DEPTH} levels`);
export const CypherRequest = z.object({ query: z.string().trim().min(1).max(100_000), params: Params.default({}) });
export const CannedRequest = z.object({ params: Params.default({}) });

export const DEFAULT_CYPHER_OFF = 'Cypher is off: the server has no Neo4j connection.';

export function cypherRoutes(link: LiveCypher): Router {
  const router = Router();
  const off = (res: Response) => sendError(res, 503, 'CypherOff', link.status().reason ?? DEFAULT_CYPHER_OFF);

  router.get('/queries', (_req, res) => {
    const cypher = link.service();
    if (!cypher) return off(res);
    // The Cypher text goes along so analysts can read and adapt it in the console.
    res.json(cypher.canned().map(({ name, title, description, params, cypher: text }) => ({ name, title, description, params, cypher: text })));
  });

  router.post('/cypher', async (req, res) => {
    const body = parse(CypherRequest, req, res);
    if (!body) return;
    const cypher = link.service();
    if (!cypher) return off(res);
    await answer(link, res, (signal) => cypher.run(body.query, body.params, { signal }));
  });

  router.post('/queries/:name', async (req, res) => {
    const body = parse(CannedRequest, req, res);
    if (!body) return;
    const cypher = link.service();
    if (!cypher) return off(res);
    const name = String(req.params.name);
    if (!cypher.canned().some((q) => q.name === name)) {
      return sendError(res, 404, 'UnknownQuery', `No canned query named "${name}".`);
    }
    await answer(link, res, (signal) => cypher.runCanned(name, body.params, { signal }));
  });
  return router;
}

function parse<T extends z.ZodType>(schema: T, req: Request, res: Response): z.infer<T> | null {
  // The depth check runs first and without recursion: zod and the parameter conversion recurse.
  if (jsonDepth(req.body, MAX_PARAM_DEPTH + 2) > MAX_PARAM_DEPTH + 2) {
    sendError(res, 400, 'BadRequest', `Invalid body: params: nested deeper than ${MAX_PARAM_DEPTH} levels`);
    return null;
  }
  const parsed = schema.safeParse(req.body ?? {});
  if (parsed.success) return parsed.data;
  const first = parsed.error.issues[0];
  sendError(res, 400, 'BadRequest', `Invalid body: ${first.path.join('.') || '(body)'}: ${first.message}`);
  return null;
}

async function answer(link: LiveCypher, res: Response, run: (signal: AbortSignal) => ReturnType<CypherService['run']>): Promise<void> {
  const controller = new AbortController();
  // The client closed the connection before the answer was written: cancel the query on the server.
  const onClose = () => {
    if (!res.writableFinished) controller.abort();
  };
  res.once('close', onClose);
  try {
    const result = await run(controller.signal);
    if (!controller.signal.aborted) res.json(result);
  } catch (err) {
    if (controller.signal.aborted) return;
    const { status, error } = queryFailure(err);
    if (status === 503) link.suspect();
    sendError(res, status, error.code, error.message, { reason: error.reason, detail: error.detail });
  } finally {
    res.off('close', onClose);
  }
}
