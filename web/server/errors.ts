// HTTP answers for failures: one JSON shape, `{ error: { code, message } }`, so the console can
// show a readable line whatever went wrong. Only Neo4j's own client errors (syntax, types, refused
// writes) pass their text through; anything from the driver's side (connection, encryption,
// routing) becomes one plain sentence.
import type { Response } from 'express';

export interface ApiError {
  code: string;
  message: string;
  /** A refused query: the console guard's reason and what it names (the page words it in its own language). */
  reason?: string;
  detail?: Record<string, string | number>;
}

export function sendError(res: Response, status: number, code: string, message: string, extra: Pick<ApiError, 'reason' | 'detail'> = {}): void {
  res.status(status).json({ error: { code, message, ...extra } satisfies ApiError });
}

/** A request's query checked against its schema: the data, or undefined once a 400 naming the first issue
 *  (`path: message`) is sent. */
export function parseQuery<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } }, query: unknown, res: Response): T | undefined {
  const q = schema.safeParse(query);
  if (q.success) return q.data;
  const issue = q.error.issues[0];
  sendError(res, 400, 'BadRequest', `${issue.path.length ? `${issue.path.join('.')}: ` : ''}${issue.message}`);
  return undefined;
}

function codeOf(e: unknown): string | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

const UNAVAILABLE = 'Neo4j did not answer the query; it may be down or restarting. Cypher comes back on by itself when it returns.';

/**
 * A failed query → status and the most specific error: the driver's error itself (code such as
 * Neo.ClientError.Statement.AccessMode for a refused write) when it is the cause of a wrapper.
 */
export function queryFailure(err: unknown): { status: number; error: ApiError } {
  const wrapper = codeOf(err);
  const own = (status: number, code: string) => ({ status, error: { code, message: (err as Error).message } });
  // refusalError (neo4j/console-guard.ts) carries the guard's reason and detail, which the page words in its language.
  if (wrapper === 'refused') return { status: 400, error: { ...own(400, 'Refused').error, ...(err as { refusal?: Pick<ApiError, 'reason' | 'detail'> }).refusal } };
  if (wrapper === 'limit') return own(400, 'LimitExceeded');
  if (wrapper === 'cancelled') return own(499, 'Cancelled');
  const cause = (err as { cause?: unknown } | null)?.cause;
  const source = codeOf(cause) ? cause : err;
  const code = codeOf(source) ?? 'Error';
  if (wrapper === 'unknown-query') return own(404, code);
  if (wrapper === 'unavailable' || wrapper === 'connect' || code === 'ServiceUnavailable' || code === 'SessionExpired') {
    return { status: 503, error: { code: code === 'Error' ? 'Neo4jUnavailable' : code, message: UNAVAILABLE } };
  }
  if (code.startsWith('Neo.ClientError') || wrapper === 'query') {
    return { status: 400, error: { code, message: source instanceof Error ? source.message : String(source) } };
  }
  return { status: 500, error: { code, message: 'The query failed inside Neo4j; see the server log.' } };
}
