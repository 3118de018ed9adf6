// The page's side of the payload worker: starts it, builds the data graph from its parts as they
// arrive (a time slice at a time), and answers the graph and its positions. Without workers
// (or when the worker cannot start) the page downloads and decodes on its own thread.
import { API_TIMEOUTS, ApiRequestError, api } from '../api/client.js';
import { PayloadBuilder, decodePayload, type PayloadPart } from '../graph/payload.js';
import type { PolicyGraph } from '../graph/policy-graph.js';
import type { Positions } from '../graph/static-layout.js';
import type { ViewPayload } from '../graph/view-payload.js';

export type GraphWorkerMessage =
  | { kind: 'view'; view: ViewPayload }
  | { kind: 'received' }
  | { kind: 'part'; part: PayloadPart }
  | { kind: 'done' }
  | { kind: 'error'; status: number; code: string; message: string };

export interface LoadedGraph {
  graph: PolicyGraph;
  positions: Positions;
}

export interface LoadOptions {
  /** When the download of the full graph is complete (a load mark). */
  onReceived?: () => void;
  /** The view payload, as soon as it is in (before the full graph): the page draws it. */
  onView?: (view: ViewPayload) => void;
  /** With `onView`: the data graph's parts wait for this (the first drawing goes first on the page's thread). */
  gate?: Promise<void>;
}

/** Loads the compact graph (and, with `onView`, the view payload ahead of it). */
export async function loadGraph(opts: LoadOptions = {}): Promise<LoadedGraph> {
  const { onReceived = () => {}, onView, gate = Promise.resolve() } = opts;
  let worker: Worker;
  try {
    worker = new Worker(new URL('./graph-payload.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    const payload = await api.graph();
    onReceived();
    return decodePayload(payload);
  }
  const builder = new PayloadBuilder();
  return new Promise<LoadedGraph>((resolve, reject) => {
    // Parts are built one after another, in arrival order, while later ones queue up; with a view,
    // the worker sends them once the gate opens.
    let chain = Promise.resolve();
    if (onView) void gate.catch(() => undefined).then(() => worker.postMessage('go'));
    worker.onmessage = (e: MessageEvent<GraphWorkerMessage>) => {
      const m = e.data;
      if (m.kind === 'view') onView?.(m.view);
      else if (m.kind === 'received') onReceived();
      else if (m.kind === 'part') chain = chain.then(() => builder.add(m.part));
      else if (m.kind === 'done') {
        worker.terminate();
        chain.then(() => resolve(builder.result()), reject);
      } else {
        worker.terminate();
        reject(new ApiRequestError(m.status, m.code, m.message));
      }
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new ApiRequestError(0, 'Worker', e.message || 'The graph could not be loaded.'));
    };
    const url = (path: string) => new URL(path, window.location.href).href;
    worker.postMessage({ url: url('/api/graph'), ...(onView ? { viewUrl: url('/api/view') } : {}), timeoutMs: API_TIMEOUTS.data });
  });
}
