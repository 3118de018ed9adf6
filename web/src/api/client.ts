// The page's calls to its server. Failures become ApiRequestError with the server's code and
// message, so the UI can print one readable line. Every call has a time limit: nothing hangs.
import type { QueryResult } from '../../../neo4j/types.js';
import type { LinkCandidates } from '../../../graph-schema/index.js';
import type { GapPassage } from '../../../coverage/passages.js';
import type { GapForm } from '../../../coverage/forms.js';
import type { LagProvinceRow } from '../graph/lag-provinces.js';
import type { GraphPayload } from '../graph/payload.js';
import type { SearchAnswer } from '../graph/text-search.js';
import type { ApiErrorBody, CannedQueryInfo, Health } from './types.js';

export class ApiRequestError extends Error {
  override name = 'ApiRequestError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** A refused console query: the guard's reason and what it names (see web/server/errors.ts). */
    readonly refusal?: { reason: string; detail?: Record<string, string | number> },
  ) {
    super(message);
  }
}

/** Time limits (ms): health must answer fast; a query may take the server's own limit and a bit. */
export const API_TIMEOUTS = { health: 3000, data: 60_000, search: 10_000, query: 45_000 } as const;

async function request<T>(path: string, init: RequestInit = {}, timeoutMs: number = API_TIMEOUTS.data): Promise<T> {
  let res: Response;
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeoutMs);
  try {
    res = await fetch(path, { ...init, signal: abort.signal });
  } catch (err) {
    clearTimeout(timer);
    if (abort.signal.aborted) throw new ApiRequestError(0, 'Timeout', `No answer within ${Math.round(timeoutMs / 1000)} s.`);
    throw new ApiRequestError(0, 'Network', `Cannot reach the server (${(err as Error).message}).`);
  }
  try {
    const body: unknown = await res.json().catch(() => null);
    // Aborted while the body was arriving: a timeout too, not an empty answer.
    if (abort.signal.aborted) throw new ApiRequestError(0, 'Timeout', `No answer within ${Math.round(timeoutMs / 1000)} s.`);
    if (res.ok && body === null) throw new ApiRequestError(res.status, 'BadResponse', 'The server sent an unreadable answer.');
    if (!res.ok) {
      const e = (body as ApiErrorBody | null)?.error;
      throw new ApiRequestError(res.status, e?.code ?? `HTTP${res.status}`, e?.message ?? res.statusText, e?.reason ? { reason: e.reason, detail: e.detail } : undefined);
    }
    return body as T;
  } finally {
    clearTimeout(timer);
  }
}

const postJson = (body: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

export interface NodeDetailsAnswer {
  id: string;
  attributes: Record<string, unknown>;
  edges: { key: string; source: string; target: string; attributes: Record<string, unknown> }[];
  edgesTruncated: boolean;
}

export const api = {
  health: () => request<Health>('/api/health', {}, API_TIMEOUTS.health),
  graph: () => request<GraphPayload>('/api/graph'),
  linkCandidates: () => request<{ linkCandidates: LinkCandidates | null }>('/api/link-candidates'),
  texts: (ids: string[]) => request<{ texts: Record<string, string> }>('/api/texts', postJson({ ids })),
  gapPassages: (higher: string, lower: string) =>
    request<{ passages: GapPassage[]; forms?: GapForm[] }>(`/api/gap-passages?higher=${encodeURIComponent(higher)}&lower=${encodeURIComponent(lower)}`),
  lagProvinces: (directive: string) => request<{ rows: LagProvinceRow[] }>(`/api/lag-provinces?directive=${encodeURIComponent(directive)}`),
  node: (id: string) => request<NodeDetailsAnswer>(`/api/node?id=${encodeURIComponent(id)}`),
  search: (q: string, limit = 20) => request<SearchAnswer>(`/api/search?q=${encodeURIComponent(q)}&limit=${limit}`, {}, API_TIMEOUTS.search),
  queries: () => request<CannedQueryInfo[]>('/api/queries', {}, API_TIMEOUTS.search),
  cypher: (query: string, params: Record<string, unknown>) => request<QueryResult>('/api/cypher', postJson({ query, params }), API_TIMEOUTS.query),
  canned: (name: string, params: Record<string, unknown>) =>
    request<QueryResult>(`/api/queries/${encodeURIComponent(name)}`, postJson({ params }), API_TIMEOUTS.query),
};
