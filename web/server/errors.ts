// HTTP answers for failures: one JSON shape, `{ error: { code, message } }`, so the console can
// show a readable line whatever went wrong.
import type { Response } from 'express';

export interface ApiError {
  code: string;
  message: string;
}

export function sendError(res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ error: { code, message } satisfies ApiError });
}

function codeOf(e: unknown): string | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * A failed query → status and the most specific error: the driver's error itself (code such as
 * Neo.ClientError.Statement.AccessMode for a refused write) when it is the cause of a wrapper.
 */
export function queryFailure(err: unknown): { status: number; error: ApiError } {
  const cause = (err as { cause?: unknown } | null)?.cause;
  const source = codeOf(cause) ? cause : err;
  const code = codeOf(source) ?? 'Error';
  const message = source instanceof Error ? source.message : String(source);
  const wrapper = codeOf(err);
  let status = 500;
  if (wrapper === 'unknown-query') status = 404;
  else if (wrapper === 'connect' || code === 'ServiceUnavailable' || code === 'SessionExpired') status = 503;
  else if (code.startsWith('Neo.ClientError') || wrapper === 'query') status = 400;
  return { status, error: { code, message } };
}
