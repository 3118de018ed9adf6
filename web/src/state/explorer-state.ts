// The explorer's state and its changes as pure producers: `(args) => (state) => newState`.
import type { NodeType } from '../../../graph-schema/index.js';

export interface ExplorerState {
  selected: string | null;
  hovered: string | null;
  hiddenTypes: ReadonlySet<NodeType>;
  consoleOpen: boolean;
  layoutRunning: boolean;
  /** Bumped when a selection should move the camera (search, panel links), not on a graph click. */
  focus: { node: string; seq: number } | null;
  gaps: GapsState;
}

/** The coverage-gaps view: open or not, the two documents compared (null: the default pair). */
export interface GapsState {
  open: boolean;
  higher: string | null;
  lower: string | null;
  gapsOnly: boolean;
}

export type Producer = (state: ExplorerState) => ExplorerState;

export const initialState: ExplorerState = {
  selected: null,
  hovered: null,
  hiddenTypes: new Set(),
  consoleOpen: false,
  layoutRunning: false,
  focus: null,
  gaps: { open: false, higher: null, lower: null, gapsOnly: false },
};

export const selectNode =
  (node: string | null, opts: { focus?: boolean } = {}): Producer =>
  (s) => ({
    ...s,
    selected: node,
    focus: node && opts.focus ? { node, seq: (s.focus?.seq ?? 0) + 1 } : s.focus,
  });

export const hoverNode =
  (node: string | null): Producer =>
  (s) =>
    s.hovered === node ? s : { ...s, hovered: node };

export const toggleType =
  (type: NodeType): Producer =>
  (s) => {
    const hiddenTypes = new Set(s.hiddenTypes);
    if (!hiddenTypes.delete(type)) hiddenTypes.add(type);
    return { ...s, hiddenTypes };
  };

/** Make sure a type is shown: a node chosen from a list must be visible on the canvas. */
export const revealType =
  (type: NodeType): Producer =>
  (s) => {
    if (!s.hiddenTypes.has(type)) return s;
    const hiddenTypes = new Set(s.hiddenTypes);
    hiddenTypes.delete(type);
    return { ...s, hiddenTypes };
  };

export const showAllTypes = (): Producer => (s) => ({ ...s, hiddenTypes: new Set() });

export const toggleConsole = (): Producer => (s) => ({ ...s, consoleOpen: !s.consoleOpen });

export const setLayoutRunning =
  (running: boolean): Producer =>
  (s) =>
    s.layoutRunning === running ? s : { ...s, layoutRunning: running };

export const toggleGaps = (): Producer => (s) => ({ ...s, gaps: { ...s.gaps, open: !s.gaps.open } });

/** Choose the higher and/or lower document of the gap view. */
export const chooseGapDocuments =
  (choice: { higher?: string | null; lower?: string | null }): Producer =>
  (s) => ({ ...s, gaps: { ...s.gaps, ...choice } });

export const setGapsOnly =
  (on: boolean): Producer =>
  (s) =>
    s.gaps.gapsOnly === on ? s : { ...s, gaps: { ...s.gaps, gapsOnly: on } };
