// The graph on the loading screen (issue 11): the page's sigma (sigma-host.ts) started on the view
// graph before the data graph is built; the explorer's canvas takes the same instance over.
import { useLayoutEffect, useRef } from 'react';
import type { ViewGraph } from '../graph/view-graph.js';
import { hostSigma, releaseSigma } from './sigma-host.js';

export function GraphPreview({ view, onNodesDrawn }: { view: ViewGraph; onNodesDrawn?: () => void }) {
  const box = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    try {
      void hostSigma(view, el).nodesDrawn.then(() => onNodesDrawn?.());
    } catch {
      // No drawing here (no WebGL): the explorer's canvas tries again and says why; the data
      // graph's building goes on meanwhile.
      onNodesDrawn?.();
    }
    return () => releaseSigma(el);
  }, [view, onNodesDrawn]);
  return (
    <div className="graph-canvas" data-testid="graph-canvas" data-preview="true">
      <div className="sigma-box" ref={box} />
    </div>
  );
}
