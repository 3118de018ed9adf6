// The graph on the loading screen (issue 11): the page's sigma (sigma-host.ts) started on the view
// graph before the data graph is built; the explorer's canvas takes the same instance over. A node
// clicked here is chosen like a search hit on the loading screen: it opens when the explorer is ready.
import { useLayoutEffect, useRef } from 'react';
import type { ViewGraph } from '../graph/view-graph.js';
import { hostSigma, releaseSigma, sigmaPrepared, type HostedSigma } from './sigma-host.js';

export { prepareSigma } from './sigma-host.js';

declare global {
  interface Window {
    __policyGraphPreview?: { nodeViewport(id: string): { x: number; y: number } };
  }
}

export function GraphPreview({ view, onNodesDrawn, onChoose }: { view: ViewGraph; onNodesDrawn?: () => void; onChoose?: (id: string, name: string) => void }) {
  const box = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    let live = true;
    let detach = () => {};
    // Sigma's WebGL contexts are made first, a task each (sigma-host.ts, prepareSigma).
    const ready = sigmaPrepared(view, el);
    if (ready) {
      void ready.then(() => {
        if (live) detach = attach(el);
      });
    } else {
      detach = attach(el);
    }
    return () => {
      live = false;
      detach();
      releaseSigma(el);
    };
  }, [view, onNodesDrawn, onChoose]);
  return (
    <div className="graph-canvas" data-testid="graph-canvas" data-preview="true">
      <div className="sigma-box" ref={box} />
    </div>
  );

  function attach(el: HTMLDivElement): () => void {
    let hosted: HostedSigma;
    try {
      hosted = hostSigma(view, el);
    } catch {
      // No drawing here (no WebGL): the explorer's canvas tries again and says why; the data
      // graph's building goes on meanwhile.
      onNodesDrawn?.();
      return () => {};
    }
    void hosted.nodesDrawn.then(() => onNodesDrawn?.());
    const click = ({ node }: { node: string }) => onChoose?.(node, view.getNodeAttribute(node, 'label'));
    hosted.instance.on('clickNode', click);
    // Where a node is drawn (tests click it; the explorer's DebugController takes over later).
    window.__policyGraphPreview = { nodeViewport: (id) => hosted.instance.graphToViewport(hosted.instance.getNodeDisplayData(id)!) };
    return () => {
      hosted.instance.off('clickNode', click);
      delete window.__policyGraphPreview;
    };
  }
}
