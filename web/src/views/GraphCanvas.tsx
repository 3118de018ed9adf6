// The full-window sigma canvas. Owns the Sigma instance (created on mount, killed on unmount)
// and hands it to renderless controllers through context.
import { createContext, useContext, useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { mark } from '../perf.js';
import { useExplorerContext } from '../state/index.js';
import { EdgeLineProgram } from 'sigma/rendering';
import { ProgressiveSigma } from './progressive-sigma.js';
import { LARGE_GRAPH_OPTIONS, isLargeGraph, type ViewEdge, type ViewNode } from '../graph/view-graph.js';

export { isLargeGraph };

export type ExplorerSigma = ProgressiveSigma<ViewNode, ViewEdge>;

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

/** Zoom limits: in to 1/20 of the whole graph, out to 1/3 of it, never further (it stays findable). */
export const ZOOM_LIMITS = { minCameraRatio: 0.05, maxCameraRatio: 3 } as const;

const LABEL_FONT = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif';

export function GraphCanvas({ children }: { children?: ReactNode }) {
  const { view } = useExplorerContext();
  const container = useRef<HTMLDivElement>(null);
  const [sigma, setSigma] = useState<ExplorerSigma | null>(null);

  useEffect(() => {
    if (!container.current) return;
    const large = isLargeGraph(view.order);
    let live = true;
    mark('sigmaStart');
    const instance: ExplorerSigma = new ProgressiveSigma<ViewNode, ViewEdge>(view, container.current, {
      labelFont: LABEL_FONT,
      labelSize: 12,
      labelColor: { color: '#1f2937' },
      labelRenderedSizeThreshold: large ? LARGE_GRAPH_OPTIONS.labelRenderedSizeThreshold : 5,
      defaultEdgeType: large ? 'line' : 'arrow',
      // Large graphs: one-pixel GL lines, and only that program (fewer shaders to compile at start,
      // a fraction of the rectangles' pixels to fill).
      ...(large ? { edgeProgramClasses: { line: EdgeLineProgram, arrow: EdgeLineProgram } } : {}),
      // A moving camera moves the last picture (progressive-sigma.ts), edges and labels with it; sigma's
      // own hiding would also reprocess the whole graph after every drag.
      hideEdgesOnMove: false,
      hideLabelsOnMove: false,
      // Sorting by z-index costs a sort of every node and edge per refresh: small graphs only.
      zIndex: view.order <= LARGE_GRAPH_OPTIONS.restyleOnHoverMax,
      ...ZOOM_LIMITS,
    });
    mark('sigmaCreated');
    // Drawn in slices, nodes first (progressive-sigma.ts); the controllers (events, reducers,
    // camera, exports) start once every edge is in, so nothing restyles a half-processed graph.
    void instance
      .drawProgressively({ onNodesDrawn: () => mark('graphDrawn') })
      .then(() => {
        if (!live) return;
        mark('edgesDrawn');
        setSigma(instance);
        publish(instance);
      });
    return () => {
      live = false;
      publish(null);
      instance.kill();
      setSigma(null);
    };
  }, [view]);

  return (
    <div className="graph-canvas" data-testid="graph-canvas">
      {/* sigma owns this element's children; React's stay beside it. */}
      <div className="sigma-container" ref={container} />
      {sigma && <SigmaContext.Provider value={sigma}>{children}</SigmaContext.Provider>}
    </div>
  );
}
