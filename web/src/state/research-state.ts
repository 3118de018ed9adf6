// The coverage matrix (with its province map) and the targets table: their part of the explorer
// state, producers, and URL keys. Kept here so the shared state files change by a few lines.
//   view=matrix|targets   which of the two is open (one at a time)
//   directive   the matrix's higher document (absent: the default one)
//   threshold   <implements>,<partial> (absent: the snapshot's thresholds)
//   sort        coverage (absent: document order)
//   province    the province chosen on the map (matrix columns filtered to it)
//   metric      the targets table's metric filter;  tsort  its sort column
import type { Thresholds } from '../../../coverage/index.js';
import type { ExplorerState, Producer } from './explorer-state.js';

export type MatrixSortKey = 'order' | 'coverage';
export const TARGET_SORTS = ['document', 'metric', 'value', 'year', 'region'] as const;
export type TargetSort = (typeof TARGET_SORTS)[number];

export interface MatrixState {
  open: boolean;
  directive: string | null;
  threshold: Thresholds | null;
  sort: MatrixSortKey;
  province: string | null;
}

export interface TargetsState {
  open: boolean;
  metric: string | null;
  sort: TargetSort;
}

export const initialMatrix: MatrixState = { open: false, directive: null, threshold: null, sort: 'order', province: null };
export const initialTargets: TargetsState = { open: false, metric: null, sort: 'document' };

// One research panel at a time: opening the matrix or the targets table closes the cascade or the
// reader (they share the same place on screen), and openResearch closes these two.
const withoutCascade = (s: ExplorerState, opening: boolean): ExplorerState['research'] => (opening ? { ...s.research, view: null } : s.research);
export const toggleMatrix = (): Producer => (s) => ({ ...s, matrix: { ...s.matrix, open: !s.matrix.open }, targets: { ...s.targets, open: false }, research: withoutCascade(s, !s.matrix.open) });
export const toggleTargets = (): Producer => (s) => ({ ...s, targets: { ...s.targets, open: !s.targets.open }, matrix: { ...s.matrix, open: false }, research: withoutCascade(s, !s.targets.open) });

export const setMatrix =
  (change: Partial<Omit<MatrixState, 'open'>>): Producer =>
  (s) => ({ ...s, matrix: { ...s.matrix, ...change } });

export const setTargets =
  (change: Partial<Omit<TargetsState, 'open'>>): Producer =>
  (s) => ({ ...s, targets: { ...s.targets, ...change } });

export function thresholdParam(t: Thresholds): string {
  return `${t.implements},${t.partial}`;
}

export function parseThreshold(text: string | null): Thresholds | null {
  if (!text) return null;
  const [i, p] = text.split(',').map(Number);
  if (![i, p].every((x) => Number.isFinite(x) && x >= 0 && x <= 1) || p > i) return null;
  return { implements: i, partial: p };
}

/** The views this file adds to `view=`. */
export function researchViews(s: ExplorerState): string[] {
  return [s.matrix.open && 'matrix', s.targets.open && 'targets'].filter((v): v is string => !!v);
}

export function researchToQuery(s: ExplorerState, p: URLSearchParams): void {
  if (s.matrix.directive) p.set('directive', s.matrix.directive);
  if (s.matrix.threshold) p.set('threshold', thresholdParam(s.matrix.threshold));
  if (s.matrix.sort !== 'order') p.set('sort', s.matrix.sort);
  if (s.matrix.province) p.set('province', s.matrix.province);
  if (s.targets.metric) p.set('metric', s.targets.metric);
  if (s.targets.sort !== initialTargets.sort) p.set('tsort', s.targets.sort);
}

export function researchFromQuery(p: URLSearchParams, views: ReadonlySet<string>): Pick<ExplorerState, 'matrix' | 'targets'> {
  const tsort = p.get('tsort');
  return {
    matrix: {
      open: views.has('matrix'),
      directive: p.get('directive'),
      threshold: parseThreshold(p.get('threshold')),
      sort: p.get('sort') === 'coverage' ? 'coverage' : 'order',
      province: p.get('province'),
    },
    targets: {
      open: views.has('targets') && !views.has('matrix'),
      metric: p.get('metric'),
      sort: (TARGET_SORTS as readonly string[]).includes(tsort ?? '') ? (tsort as TargetSort) : initialTargets.sort,
    },
  };
}

/** URL keys whose change is a step back/forward can return to. */
export const RESEARCH_STEP_KEYS = ['directive', 'threshold', 'sort', 'province', 'metric', 'tsort'];

/**
 * Esc outside a field closes what is on top, one thing per press: the evidence view, then the side
 * panel, then the cascade or reader, the matrix or targets table, the gap view, the console.
 * Returns the state unchanged when nothing is open.
 */
export const closeTopmost = (): Producer => (s) => {
  if (s.evidence) return { ...s, evidence: null };
  if (s.selected) return { ...s, selected: null };
  if (s.research.view) return { ...s, research: { ...s.research, view: null } };
  if (s.matrix.open) return { ...s, matrix: { ...s.matrix, open: false } };
  if (s.targets.open) return { ...s, targets: { ...s.targets, open: false } };
  if (s.gaps.open) return { ...s, gaps: { ...s.gaps, open: false } };
  if (s.consoleOpen) return { ...s, consoleOpen: false };
  return s;
};
