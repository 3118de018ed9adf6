// The explorer's state and its changes as pure producers: `(args) => (state) => newState`.
import type { NodeType } from '../../../graph-schema/index.js';
import { initialMatrix, initialTargets, type MatrixState, type TargetsState } from './research-state.js';

/** Filters beyond node type: documents in scope by id, region, level and year (each combinable). */
export interface ScopeFilters {
  documents: readonly string[];
  regions: readonly string[];
  levels: readonly string[];
  years: readonly number[];
}
export type ScopeKey = keyof ScopeFilters;

export interface CameraView {
  x: number;
  y: number;
  ratio: number;
}

/** The Cypher console as the URL keeps it: the query, the canned query chosen, its inputs. */
export interface ConsoleState {
  query: string;
  canned: string | null;
  params: Readonly<Record<string, string>>;
  /**
   * The canned query's text as chosen (not in the URL): while `query` equals it the URL names the
   * canned query and leaves its text out. '' when a link named a canned query without text: the
   * console fills `query` in from the server's list.
   */
  cannedCypher: string | null;
  /** Bumped on every run; a URL with a run re-runs the query when it opens. */
  run: number;
}

/** What the page knows of the server's health (polled). */
export interface HealthState {
  /** False while the server itself does not answer. */
  reachable: boolean;
  cypher: boolean;
  cypherOff?: string;
  /** Neo4j is being loaded with the graph: Cypher comes on by itself when it is done. */
  loading?: boolean;
}

export interface ExplorerState {
  selected: string | null;
  hovered: string | null;
  hiddenTypes: ReadonlySet<NodeType>;
  consoleOpen: boolean;
  layoutRunning: boolean;
  /** Bumped when a selection should move the camera (search, panel links), not on a graph click. */
  focus: { node: string; seq: number } | null;
  gaps: GapsState;
  scope: ScopeFilters;
  /**
   * Bumped when the user changes a scope filter: the camera then frames what the filter keeps
   * (a filter asks "show me these"; the old camera may show none of them). Not in the URL, so a
   * reload or back/forward keeps the camera of the link.
   */
  scopeFrame: number;
  /** 'degree' or a numeric node attribute. */
  sizeBy: string;
  /** Null: fit the whole graph. */
  camera: CameraView | null;
  console: ConsoleState;
  health: HealthState;
  // matrix view: the coverage matrix with its map, and the targets table (research-state.ts)
  matrix: MatrixState;
  targets: TargetsState;
  // Research views (cview, issue 14): cascade, document reader, evidence, time.
  research: ResearchState;
  /** The IMPLEMENTS link whose evidence is open (lower → higher measure), if any. */
  evidence: EvidencePair | null;
  /** Show the corpus as of this date (YYYY-MM-DD): documents issued later are hidden. Null: all. */
  asOf: string | null;
}

// --- research views (cview, issue 14) ---
export type ResearchView = 'cascade' | 'reader';
export interface ResearchState {
  view: ResearchView | null;
  /** The cascade's root: a document or a measure id (null: the default directive). */
  cascade: string | null;
  /** Only documents on this region's chain in the cascade (null: every region). */
  cascadeRegion: string | null;
  /** A document's cascade: one link per pair of documents (false, the default) or every article link (true). */
  cascadeAllLinks: boolean;
  /** Pairs of documents opened into their article links (cascade-pairs.ts pairKey). */
  cascadeOpen: string[];
  /** The document the reader shows. */
  reader: string | null;
  /** Passages the reader marks in its document (cleaned-text offsets) and scrolls to: the reused passage it was opened
   *  from (a gap row's, an evidence side's; session 40). Empty when opened on a document. */
  readerSpans: [number, number][];
}
export interface EvidencePair {
  lower: string;
  higher: string;
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
  scope: { documents: [], regions: [], levels: [], years: [] },
  scopeFrame: 0,
  sizeBy: 'degree',
  camera: null,
  console: { query: 'MATCH (d:Document) RETURN d.name AS name, d.level AS level LIMIT 25', canned: null, params: {}, cannedCypher: null, run: 0 },
  health: { reachable: true, cypher: false },
  matrix: initialMatrix,
  targets: initialTargets,
  research: { view: null, cascade: null, cascadeRegion: null, cascadeAllLinks: false, cascadeOpen: [], reader: null, readerSpans: [] },
  evidence: null,
  asOf: null,
};

/** Add or remove one value of a scope filter. */
export const toggleScope =
  <K extends ScopeKey>(key: K, value: ScopeFilters[K][number]): Producer =>
  (s) => {
    const list = s.scope[key] as readonly (string | number)[];
    const next = list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
    return { ...s, scope: { ...s.scope, [key]: next }, scopeFrame: s.scopeFrame + 1 };
  };

export const clearScope = (): Producer => (s) => ({ ...s, scope: initialState.scope, hiddenTypes: new Set(), scopeFrame: s.scopeFrame + 1 });

export const setSizeBy =
  (sizeBy: string): Producer =>
  (s) =>
    s.sizeBy === sizeBy ? s : { ...s, sizeBy };

const near = (a: number, b: number, eps: number) => Math.abs(a - b) <= eps;

export const setCamera =
  (camera: CameraView | null): Producer =>
  (s) => {
    const c = s.camera;
    if (c === camera) return s;
    if (c && camera && near(c.x, camera.x, 1e-4) && near(c.y, camera.y, 1e-4) && near(c.ratio, camera.ratio, 1e-4)) return s;
    return { ...s, camera };
  };

export const editConsole =
  (change: Partial<Omit<ConsoleState, 'run'>>): Producer =>
  (s) => ({ ...s, console: { ...s.console, ...change } });

export const runConsole = (): Producer => (s) => ({ ...s, console: { ...s.console, run: s.console.run + 1 } });

export const setHealth =
  (health: HealthState): Producer =>
  (s) =>
    s.health.reachable === health.reachable && s.health.cypher === health.cypher && s.health.cypherOff === health.cypherOff && s.health.loading === health.loading
      ? s
      : { ...s, health };

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

// --- research views (cview, issue 14) ---
/** Open the cascade (root: a document or measure) or the reader (a document); null id keeps the current one. */
export const openResearch =
  (view: ResearchView, id: string | null = null): Producer =>
  (s) => ({
    ...s,
    // One research panel at a time (see research-state.ts): the matrix and the targets table close.
    matrix: { ...s.matrix, open: false },
    targets: { ...s.targets, open: false },
    research: {
      ...s.research,
      view,
      ...(id && view === 'cascade' ? { cascade: id, ...(id !== s.research.cascade ? { cascadeOpen: [] } : {}) } : {}),
      ...(id && view === 'reader' ? { reader: id, readerSpans: [] } : {}),
    },
  });

export const closeResearch = (): Producer => (s) => (s.research.view ? { ...s, research: { ...s.research, view: null } } : s);

/** Opens a pair of documents of the cascade into its article links, or closes it. */
export const toggleCascadePair =
  (key: string): Producer =>
  (s) => {
    const open = s.research.cascadeOpen;
    return { ...s, research: { ...s.research, cascadeOpen: open.includes(key) ? open.filter((k) => k !== key) : [...open, key] } };
  };

export const setCascadeAllLinks =
  (all: boolean): Producer =>
  (s) => ({ ...s, research: { ...s.research, cascadeAllLinks: all } });

export const setCascadeRegion =
  (region: string | null): Producer =>
  (s) => ({ ...s, research: { ...s.research, cascadeRegion: region } });

export const openEvidence =
  (pair: EvidencePair | null): Producer =>
  (s) =>
    s.evidence?.lower === pair?.lower && s.evidence?.higher === pair?.higher ? s : { ...s, evidence: pair };

/**
 * "Read in the source" from the evidence view (session 32 trial: the researcher could not get from a
 * link's evidence to the sentence in its document): closes the evidence, selects the measure (its
 * side panel) and opens the reader on its document, which scrolls to the selected measure, or to the
 * first of `spans` (the reused passages it came from, marked; session 40). One
 * producer, so one history entry: back returns to the evidence.
 */
export const readInSource =
  (measure: string, doc: string, spans: readonly (readonly [number, number])[] = []): Producer =>
  (s) => {
    const next = openResearch('reader', doc)({ ...s, evidence: null, selected: measure });
    // The passage itself marked and scrolled to, not only its measure's lines (session 40).
    return { ...next, research: { ...next.research, readerSpans: spans.filter(([a, b]) => b > a).map(([a, b]) => [a, b]) } };
  };

export const setAsOf =
  (asOf: string | null): Producer =>
  (s) =>
    s.asOf === asOf ? s : { ...s, asOf };
