// A tiny read-only hook for tests and curious users: `window.__policyGraph`.
import { useEffect } from 'react';
import { visibleNodeCount } from '../../graph/filters.js';
import { useExplorerContext, useScoped } from '../../state/index.js';
import { useSigma } from '../GraphCanvas.js';

export interface PolicyGraphDebug {
  hiddenTypes(): string[];
  visibleNodeCount(): number;
  selected(): string | null;
  layoutRunning(): boolean;
  /** Nodes sigma actually draws after reducers (hidden ones excluded). */
  renderedNodeCount(): number;
  /** Ids of the nodes drawn, sorted: what an export of the current view must hold. */
  renderedNodeIds(): string[];
  camera(): { x: number; y: number; ratio: number };
  /** Drawn nodes whose centre lies on the canvas at the current camera. */
  renderedNodesInView(): number;
  /** The camera is at rest and the store (hence the URL) holds where it rests. */
  cameraSettled(): boolean;
  /** A node's position in the shipped layout. */
  position(id: string): { x: number; y: number } | null;
  /** The node labels the last frame drew, with their boxes in viewport pixels (label-layout.ts, session 46). */
  drawnLabels(): { key: string; box: [number, number, number, number] }[];
  /** Ids of the drawn Document nodes whose centre lies on the canvas. */
  documentsOnScreen(): string[];
}

declare global {
  interface Window {
    __policyGraph?: PolicyGraphDebug;
  }
}

export function DebugController() {
  const sigma = useSigma();
  const { store, data, view } = useExplorerContext();
  const scoped = useScoped();
  useEffect(() => {
    const hook: PolicyGraphDebug = {
      hiddenTypes: () => [...store.getState().hiddenTypes].sort(),
      visibleNodeCount: () => visibleNodeCount(data, store.getState().hiddenTypes, scoped),
      selected: () => store.getState().selected,
      layoutRunning: () => store.getState().layoutRunning,
      // Read in place (drawnNodes, peekNodeDisplayData): no copy of every node's display data.
      renderedNodeCount: () => data.filterNodes((n) => sigma.peekNodeDisplayData(n)?.hidden === false).length,
      renderedNodeIds: () => data.filterNodes((n) => sigma.peekNodeDisplayData(n)?.hidden === false).sort(),
      camera: () => {
        const { x, y, ratio } = sigma.getCamera().getState();
        return { x, y, ratio };
      },
      renderedNodesInView: () => {
        const { width, height } = sigma.getDimensions();
        return data.filterNodes((n) => {
          const d = sigma.peekNodeDisplayData(n);
          if (!d || d.hidden) return false;
          const p = sigma.graphToViewport(d);
          return p.x >= 0 && p.x <= width && p.y >= 0 && p.y <= height;
        }).length;
      },
      cameraSettled: () => {
        const cam = sigma.getCamera();
        const now = cam.getState();
        const kept = store.getState().camera ?? { x: 0.5, y: 0.5, ratio: 1 };
        const near = (a: number, b: number) => Math.abs(a - b) <= 1e-4;
        return !cam.isAnimated() && near(now.x, kept.x) && near(now.y, kept.y) && near(now.ratio, kept.ratio);
      },
      drawnLabels: () => [...((sigma as unknown as { drawnLabels?: { key: string; box: [number, number, number, number] }[] }).drawnLabels ?? [])],
      documentsOnScreen: () => {
        const { width, height } = sigma.getDimensions();
        return data.filterNodes((n, a) => {
          const d = a.type === 'Document' ? sigma.peekNodeDisplayData(n) : undefined;
          if (!d || d.hidden) return false;
          const p = sigma.graphToViewport(d);
          return p.x >= 0 && p.x <= width && p.y >= 0 && p.y <= height;
        });
      },
      position: (id) => (view.hasNode(id) ? { x: view.getNodeAttribute(id, 'x'), y: view.getNodeAttribute(id, 'y') } : null),
    };
    window.__policyGraph = hook;
    return () => {
      if (window.__policyGraph === hook) delete window.__policyGraph;
    };
  }, [sigma, store, data, view, scoped]);
  return null;
}
