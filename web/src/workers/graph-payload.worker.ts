// Downloads and parses the compact graph (GET /api/graph) off the page's main thread: the 28 MB
// JSON.parse of a 50k-node payload would freeze the page for seconds. The parsed payload goes to
// the page in parts of a few thousand nodes or edges (payloadParts), each a small structured
// clone, so the page builds its graph a slice at a time and stays responsive. The view payload
// (GET /api/view: what sigma draws) is fetched beside it and handed over first, as typed arrays.
import { BUILD_OPTIONS, payloadParts, type GraphPayload } from '../graph/payload.js';
import { typedViewPayload, type ViewPayload } from '../graph/view-payload.js';
import type { GraphWorkerMessage } from './graph-payload.js';

const post = (m: GraphWorkerMessage) => (self as unknown as Worker).postMessage(m);

/**
 * The answer's JSON body, or the error message to post. `beforeParse` runs once the bytes are in
 * and is awaited before they are parsed (a successful answer only).
 */
async function getJson(url: string, signal: AbortSignal, beforeParse?: () => Promise<void>): Promise<{ body: unknown } | { error: GraphWorkerMessage }> {
  const res = await fetch(url, { signal });
  let body: unknown = null;
  if (res.ok && beforeParse) {
    const bytes = await res.arrayBuffer().catch(() => null);
    if (bytes) {
      await beforeParse();
      try {
        body = JSON.parse(new TextDecoder().decode(bytes));
      } catch {
        body = null;
      }
    }
  } else {
    body = await res.json().catch(() => null);
  }
  if (!res.ok || body === null) {
    const err = (body as { error?: { code?: string; message?: string } } | null)?.error;
    return { error: { kind: 'error', status: res.status, code: err?.code ?? (body === null ? 'BadResponse' : `HTTP${res.status}`), message: err?.message ?? (body === null ? 'The server sent an unreadable answer.' : res.statusText) } };
  }
  return { body };
}

// With a view, the data graph's parse and parts wait for the page's word ('go'): each part is a
// structured clone the page's thread decodes on arrival, and the first drawing has that thread
// first. The parse waits too: the 30 MB JSON.parse of a 50k graph is a core's worth of work for
// about a second, and with the page's first node pass and the GPU process on a 2-core machine it
// doubled that pass (bench, session 14: 1.9 s instead of 0.9 s when the graph came in during it).
let go: () => void = () => {};
const goes = new Promise<void>((r) => (go = r));

self.onmessage = async (e: MessageEvent<{ url: string; viewUrl?: string; timeoutMs: number } | 'go'>) => {
  if (e.data === 'go') return go();
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), e.data.timeoutMs);
  try {
    // The small view (what sigma draws) first, handed to the page at once, so the graph is drawn
    // while the full graph is still downloading and parsing. One after the other: asked for at
    // once, the full graph's body came in as fast and its parse (on this thread) held the view's back.
    if (e.data.viewUrl) {
      const view = await getJson(e.data.viewUrl, abort.signal);
      if ('error' in view) return post(view.error);
      const { payload, transfer } = typedViewPayload(view.body as ViewPayload);
      (self as unknown as Worker).postMessage({ kind: 'view', view: payload } satisfies GraphWorkerMessage, transfer);
    }
    // Downloaded now (the network's work, off this thread), parsed after 'go' when there is a view.
    const received = async () => {
      post({ kind: 'received' });
      await goes;
    };
    const got = await getJson(e.data.url, abort.signal, e.data.viewUrl ? received : undefined);
    if ('error' in got) return post(got.error);
    if (!e.data.viewUrl) post({ kind: 'received' });
    for (const part of payloadParts(got.body as GraphPayload, BUILD_OPTIONS.messageItems)) post({ kind: 'part', part });
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
