// The full-window sigma canvas. Takes the page's one sigma (sigma-host.ts: started on the loading
// screen, or here when it was not) and hands it to renderless controllers through context once
// every drawn edge is in.
import { createContext, useContext, useLayoutEffect, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useExplorerContext } from '../state/index.js';
import { isLargeGraph } from '../graph/view-graph.js';
import { hostSigma, releaseSigma, type ExplorerSigma } from './sigma-host.js';

export { isLargeGraph };
export { ZOOM_LIMITS, type ExplorerSigma } from './sigma-host.js';

const SigmaContext = createContext<ExplorerSigma | null>(null);

export function useSigma(): ExplorerSigma {
  const sigma = useContext(SigmaContext);
  if (!sigma) throw new Error('policy-graph: useSigma outside <GraphCanvas>.');
  return sigma;
}

// The live instance for components outside the canvas (exports in the top bar); one per page.
let current: ExplorerSigma | null = null;
const watchers = new Set<() => void>();
function publish(instance: ExplorerSigma | null) {
  current = instance;
  for (const w of watchers) w();
}
export function useSigmaMaybe(): ExplorerSigma | null {
  return useSyncExternalStore(
    (cb) => {
      watchers.add(cb);
      return () => watchers.delete(cb);
    },
    () => current,
  );
}

export function GraphCanvas({ children }: { children?: ReactNode }) {
  const { view } = useExplorerContext();
  const container = useRef<HTMLDivElement>(null);
  const [sigma, setSigma] = useState<ExplorerSigma | null>(null);

  // A layout effect: the sigma element moves in during the same commit that removed the loading
  // screen's box, before any frame of sigma's can find it outside the page.
  useLayoutEffect(() => {
    const box = container.current;
    if (!box) return;
    let live = true;
    const hosted = hostSigma(view, box);
    // The controllers (events, reducers, camera, exports) start once every edge is in, so nothing
    // restyles a half-processed graph.
    void hosted.drawn.then(() => {
      if (!live) return;
      setSigma(hosted.instance);
      publish(hosted.instance);
    });
    return () => {
      live = false;
      publish(null);
      setSigma(null);
      releaseSigma(box);
    };
  }, [view]);

  return (
    <div className="graph-canvas" data-testid="graph-canvas">
      {/* sigma's element (sigma-host.ts) goes in here; React's children stay beside it. */}
      <div className="sigma-box" ref={container} />
      {sigma && <SigmaContext.Provider value={sigma}>{children}</SigmaContext.Provider>}
    </div>
  );
}
