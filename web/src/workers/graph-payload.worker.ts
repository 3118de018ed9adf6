// Downloads and parses the compact graph (GET /api/graph) off the page's main thread: the 28 MB
// JSON.parse of a 50k-node payload would freeze the page for seconds. The parsed payload goes to
// the page in parts of a few thousand nodes or edges (payloadParts), each a small structured
// clone, so the page builds its graph a slice at a time and stays responsive.
import { BUILD_OPTIONS, payloadParts, type GraphPayload } from '../graph/payload.js';
import type { GraphWorkerMessage } from './graph-payload.js';

const post = (m: GraphWorkerMessage) => (self as unknown as Worker).postMessage(m);

self.onmessage = async (e: MessageEvent<{ url: string; timeoutMs: number }>) => {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), e.data.timeoutMs);
  try {
    const res = await fetch(e.data.url, { signal: abort.signal });
    const body: unknown = await res.json().catch(() => null);
    if (!res.ok || body === null) {
      const err = (body as { error?: { code?: string; message?: string } } | null)?.error;
      return post({ kind: 'error', status: res.status, code: err?.code ?? (body === null ? 'BadResponse' : `HTTP${res.status}`), message: err?.message ?? (body === null ? 'The server sent an unreadable answer.' : res.statusText) });
    }
    post({ kind: 'received' });
    for (const part of payloadParts(body as GraphPayload, BUILD_OPTIONS.messageItems)) post({ kind: 'part', part });
    post({ kind: 'done' });
  } catch (err) {
    post(
      abort.signal.aborted
        ? { kind: 'error', status: 0, code: 'Timeout', message: `No answer within ${Math.round(e.data.timeoutMs / 1000)} s.` }
        : { kind: 'error', status: 0, code: 'Network', message: `Cannot reach the server (${(err as Error).message}).` },
    );
  } finally {
    clearTimeout(timer);
  }
};
