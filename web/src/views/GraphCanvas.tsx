// The full-window sigma canvas. Owns the Sigma instance (created on mount, killed on unmount)
// and hands it to renderless controllers through context.
import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import Sigma from 'sigma';
import { useExplorerContext } from '../state/index.js';
import type { ViewEdge, ViewNode } from '../graph/view-graph.js';

export type ExplorerSigma = Sigma<ViewNode, ViewEdge>;

const SigmaContext = createContext<ExplorerSigma | null>(null);

export function useSigma(): ExplorerSigma {
  const sigma = useContext(SigmaContext);
  if (!sigma) throw new Error('policy-graph: useSigma outside <GraphCanvas>.');
  return sigma;
}

const LABEL_FONT = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif';

export function GraphCanvas({ children }: { children?: ReactNode }) {
  const { view } = useExplorerContext();
  const container = useRef<HTMLDivElement>(null);
  const [sigma, setSigma] = useState<ExplorerSigma | null>(null);

  useEffect(() => {
    if (!container.current) return;
    const instance: ExplorerSigma = new Sigma(view, container.current, {
      labelFont: LABEL_FONT,
      labelSize: 12,
      labelColor: { color: '#1f2937' },
      labelRenderedSizeThreshold: 5,
      defaultEdgeType: 'arrow',
      zIndex: true,
      minCameraRatio: 0.02,
      maxCameraRatio: 4,
    });
    setSigma(instance);
    return () => {
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
