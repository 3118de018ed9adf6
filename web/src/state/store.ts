// The one store: a tiny external store read with useSyncExternalStore, plus the graphs it talks
// about (data graph for panels and search, view graph for sigma) in the same context.
import { createContext, createElement, useCallback, useContext, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { nodesInScope } from '../graph/filters.js';
import { applyAsOf } from '../graph/time.js';
import type { PolicyGraph } from '../graph/policy-graph.js';
import type { ViewGraph } from '../graph/view-graph.js';
import { initialState, revealType, selectNode, type ExplorerState, type Producer } from './explorer-state.js';

export interface Store {
  getState(): ExplorerState;
  dispatch(producer: Producer): void;
  subscribe(listener: () => void): () => void;
}

export function createStore(initial: ExplorerState = initialState): Store {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    getState: () => state,
    dispatch(producer) {
      const next = producer(state);
      if (next === state) return;
      state = next;
      for (const l of listeners) l();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export interface ExplorerContext {
  store: Store;
  data: PolicyGraph;
  view: ViewGraph;
}

const Context = createContext<ExplorerContext | null>(null);

export function ExplorerProvider(props: { value: ExplorerContext; children: ReactNode }) {
  return createElement(Context.Provider, { value: props.value }, props.children);
}

export function useExplorerContext(): ExplorerContext {
  const ctx = useContext(Context);
  if (!ctx) throw new Error('policy-graph: useExplorerContext outside <ExplorerProvider>.');
  return ctx;
}

/** Subscribe to one slice of the state; return a stored value (not a fresh object) from `pick`. */
export function useExplorer<T>(pick: (s: ExplorerState) => T): T {
  const { store } = useExplorerContext();
  return useSyncExternalStore(store.subscribe, () => pick(store.getState()));
}

export function useDispatch(): Store['dispatch'] {
  return useExplorerContext().store.dispatch;
}

/** Select a node chosen from a list (search, panel, results): show its type, move the camera. */
export function useFocusNode(): (id: string) => void {
  const { store, data } = useExplorerContext();
  return useCallback(
    (id: string) => {
      if (!data.hasNode(id)) return;
      store.dispatch(revealType(data.getNodeAttribute(id, 'type')));
      store.dispatch(selectNode(id, { focus: true }));
    },
    [store, data],
  );
}

/** The nodes the scope filters and the time slider keep (null: neither is set), recomputed when they change. */
export function useScoped(): ReadonlySet<string> | null {
  const { data } = useExplorerContext();
  const scope = useExplorer((s) => s.scope);
  const asOf = useExplorer((s) => s.asOf);
  return useMemo(() => applyAsOf(data, nodesInScope(data, scope), asOf), [data, scope, asOf]);
}
