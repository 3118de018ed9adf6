// The linker's candidates near the cut (snapshot attribute linkCandidates), fetched when a view first needs them:
// the matrix and gaps views replay the selection under a user's thresholds and say from which partial threshold
// that replay is exact (coverage/replay.ts). They are left out of GET /api/graph (payload.ts
// DEFERRED_GRAPH_ATTRIBUTES) so loading the page never decodes them; once here they are set on the data graph, so
// coverage/replay.ts reads them as it reads a full snapshot's.
import { useEffect, useState } from 'react';
import { api } from '../api/client.js';
import type { PolicyGraph } from './policy-graph.js';

/** `ready`: the graph holds the snapshot's candidates, or the snapshot kept none; `failed`: the server could not send
 *  them (coverage then re-reads the kept links, as for a snapshot without candidates). */
export type CandidatesStatus = 'loading' | 'ready' | 'failed';

const pending = new WeakMap<PolicyGraph, Promise<CandidatesStatus>>();

/** Whether `g` needs nothing fetched: it holds candidates, or its snapshot has no selection to replay (written before
 *  session 23, when the linker kept no candidates). */
function settled(g: PolicyGraph): boolean {
  return g.getAttribute('linkCandidates') !== undefined || g.getAttribute('linkSelection') === undefined;
}

/** Fetches the candidates into `g` once per graph (every caller shares the request). */
export function loadLinkCandidates(g: PolicyGraph, fetchCandidates = api.linkCandidates): Promise<CandidatesStatus> {
  if (settled(g)) return Promise.resolve('ready');
  let p = pending.get(g);
  if (!p) {
    p = fetchCandidates().then(
      ({ linkCandidates }) => {
        if (linkCandidates) g.setAttribute('linkCandidates', linkCandidates);
        return 'ready' as const;
      },
      () => {
        pending.delete(g); // the next view opened tries again
        return 'failed' as const;
      },
    );
    pending.set(g, p);
  }
  return p;
}

/** The status of `g`'s candidates, fetching them on first use; a component re-renders when they arrive. */
export function useLinkCandidates(g: PolicyGraph): CandidatesStatus {
  const [status, setStatus] = useState<CandidatesStatus>(() => (settled(g) ? 'ready' : 'loading'));
  useEffect(() => {
    let live = true;
    if (settled(g)) setStatus('ready');
    else {
      setStatus('loading');
      void loadLinkCandidates(g).then((s) => live && setStatus(s));
    }
    return () => {
      live = false;
    };
  }, [g]);
  return status;
}
