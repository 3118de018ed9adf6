// A tiny read-only hook for tests and curious users: `window.__policyGraph`.
import { useEffect } from 'react';
import { visibleNodeCount } from '../../graph/filters.js';
import { useExplorerContext } from '../../state/index.js';
import { useSigma } from '../GraphCanvas.js';

export interface PolicyGraphDebug {
  hiddenTypes(): string[];
  visibleNodeCount(): number;
  selected(): string | null;
  layoutRunning(): boolean;
  /** Nodes sigma actually draws after reducers (hidden ones excluded). */
  renderedNodeCount(): number;
}

declare global {
  interface Window {
    __policyGraph?: PolicyGraphDebug;
  }
}

export function DebugController() {
  const sigma = useSigma();
  const { store, data } = useExplorerContext();
  useEffect(() => {
    const hook: PolicyGraphDebug = {
      hiddenTypes: () => [...store.getState().hiddenTypes].sort(),
      visibleNodeCount: () => visibleNodeCount(data, store.getState().hiddenTypes),
      selected: () => store.getState().selected,
      layoutRunning: () => store.getState().layoutRunning,
      renderedNodeCount: () => data.filterNodes((n) => sigma.getNodeDisplayData(n)?.hidden === false).length,
    };
    window.__policyGraph = hook;
    return () => {
      if (window.__policyGraph === hook) delete window.__policyGraph;
    };
  }, [sigma, store, data]);
  return null;
}
