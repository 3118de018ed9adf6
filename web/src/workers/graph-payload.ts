// The page's side of the payload worker: starts it, builds the data graph from its parts as they
// arrive (a time slice at a time), and answers the graph and its positions. Without workers
// (or when the worker cannot start) the page downloads and decodes on its own thread.
import { API_TIMEOUTS, ApiRequestError, api } from '../api/client.js';
import { PayloadBuilder, decodePayload, type PayloadPart } from '../graph/payload.js';
import type { PolicyGraph } from '../graph/policy-graph.js';
import type { Positions } from '../graph/static-layout.js';

export type GraphWorkerMessage =
  | { kind: 'received' }
  | { kind: 'part'; part: PayloadPart }
  | { kind: 'done' }
  | { kind: 'error'; status: number; code: string; message: string };

export interface LoadedGraph {
  graph: PolicyGraph;
  positions: Positions;
}

/** Loads the compact graph; `onReceived` runs when the download is complete (a load mark). */
export async function loadGraph(onReceived: () => void = () => {}): Promise<LoadedGraph> {
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
    // Parts are built one after another, in arrival order, while later ones queue up.
    let chain = Promise.resolve();
    worker.onmessage = (e: MessageEvent<GraphWorkerMessage>) => {
      const m = e.data;
      if (m.kind === 'received') onReceived();
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
    worker.postMessage({ url: new URL('/api/graph', window.location.href).href, timeoutMs: API_TIMEOUTS.data });
  });
}
