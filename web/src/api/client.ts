// The page's calls to its server. Failures become ApiRequestError with the server's code and
// message, so the UI can print one readable line.
import type { Snapshot } from '../../../graph-schema/index.js';
import type { QueryResult } from '../../../neo4j/types.js';
import type { ApiErrorBody, CannedQueryInfo, Health } from './types.js';

export class ApiRequestError extends Error {
  override name = 'ApiRequestError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

async function request<T>(path: string, init?: RequestInit): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, init);
  } catch (err) {
    throw new ApiRequestError(0, 'Network', `Cannot reach the server (${(err as Error).message}).`);
  }
  const body: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const e = (body as ApiErrorBody | null)?.error;
    throw new ApiRequestError(res.status, e?.code ?? `HTTP${res.status}`, e?.message ?? res.statusText);
  }
  return body as T;
}

const postJson = (body: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

export const api = {
  health: () => request<Health>('/api/health'),
  // Validated by the server when it read the file; the page trusts it.
  snapshot: () => request<Snapshot>('/api/snapshot'),
  queries: () => request<CannedQueryInfo[]>('/api/queries'),
  cypher: (query: string, params: Record<string, unknown>) => request<QueryResult>('/api/cypher', postJson({ query, params })),
  canned: (name: string, params: Record<string, unknown>) =>
    request<QueryResult>(`/api/queries/${encodeURIComponent(name)}`, postJson({ params })),
};
