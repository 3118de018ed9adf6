// Every numeric Target of the corpus as a row (metric, comparator, value, unit, year, region,
// document, measure), sorted, filtered and grouped by metric, and the same metric compared across
// regions and years (a pivot: metric × region/year). Pure, over the snapshot graph; shared by the
// explorer's targets table and anyone scripting over a snapshot.
import type { NodeOf } from '../graph-schema/index.js';
import { attrsOf, type CoverageGraph } from './graph.js';
import { regionChain, zhCompare } from './index.js';

export interface TargetRow {
  id: string;
  /** The sentence the target was read from. */
  name: string;
  metric: string;
  comparator: NodeOf<'Target'>['comparator'];
  value: number;
  valueMax?: number;
  unit: string;
  /** The target's own deadline year, else its document's year. */
  year?: number;
  /** True when `year` is the document's (no deadline in the text). */
  yearFromDocument: boolean;
  region?: string;
  document: { id: string; name: string };
  measure: { id: string; name: string; path: string };
  /** Document order: start of the target's span in its document. */
  at: number;
}

export function targetRows(g: CoverageGraph): TargetRow[] {
  const out: TargetRow[] = [];
  g.forEachNode((id, a) => {
    if (a.type !== 'Target') return;
    const t = a as NodeOf<'Target'>;
    const d = attrsOf(g, t.docId, 'Document');
    const m = attrsOf(g, t.measureId, 'Measure');
    const year = t.year ?? d?.year;
    out.push({
      id,
      name: t.name,
      metric: t.metric,
      comparator: t.comparator,
      value: t.value,
      ...(t.valueMax !== undefined ? { valueMax: t.valueMax } : {}),
      unit: t.unit,
      ...(year !== undefined ? { year } : {}),
      yearFromDocument: t.year === undefined && year !== undefined,
      ...(d?.region ? { region: d.region } : {}),
      document: { id: t.docId, name: d?.name ?? t.docId },
      measure: { id: t.measureId, name: m?.name ?? t.measureId, path: m?.path ?? '' },
      at: t.span[0],
    });
  });
  return sortTargets(out, 'document');
}

export type TargetSortKey = 'document' | 'metric' | 'value' | 'year' | 'region';

const zh = (a: string | undefined, b: string | undefined) => zhCompare(a ?? '\uffff', b ?? '\uffff');

/** Sorted copy: by document (then text order), metric, value (largest first), year or region; ties in document order. */
export function sortTargets(rows: readonly TargetRow[], key: TargetSortKey): TargetRow[] {
  const docOrder = (a: TargetRow, b: TargetRow) => zh(a.document.name, b.document.name) || a.at - b.at || (a.id < b.id ? -1 : 1);
  const by: Record<TargetSortKey, (a: TargetRow, b: TargetRow) => number> = {
    document: () => 0,
    metric: (a, b) => zh(a.metric, b.metric),
    value: (a, b) => b.value - a.value,
    year: (a, b) => (a.year ?? 9999) - (b.year ?? 9999),
    region: (a, b) => zh(a.region, b.region),
  };
  return [...rows].sort((a, b) => by[key](a, b) || docOrder(a, b));
}

/** Rows whose metric is `metric` (when given) and whose metric, sentence, unit, region or document contains `text`. */
export function filterTargets(rows: readonly TargetRow[], f: { metric?: string | null; text?: string }): TargetRow[] {
  const q = f.text?.trim();
  return rows.filter(
    (r) => (!f.metric || r.metric === f.metric) && (!q || [r.metric, r.name, r.unit, r.region ?? '', r.document.name].some((s) => s.includes(q))),
  );
}

export interface MetricGroup {
  metric: string;
  rows: TargetRow[];
}

/** Groups by metric, most targets first, then by metric; rows keep their order. */
export function groupByMetric(rows: readonly TargetRow[]): MetricGroup[] {
  const m = new Map<string, TargetRow[]>();
  for (const r of rows) m.set(r.metric, [...(m.get(r.metric) ?? []), r]);
  return [...m].map(([metric, rs]) => ({ metric, rows: rs })).sort((a, b) => b.rows.length - a.rows.length || zh(a.metric, b.metric));
}

export interface PivotColumn {
  key: string;
  region?: string;
  year?: number;
}

export interface TargetPivot {
  columns: PivotColumn[];
  /** Metrics with targets in at least `minColumns` columns (the comparable ones), most columns first. */
  metrics: { metric: string; cells: Map<string, TargetRow[]> }[];
}

/** The same metric across regions and years: columns region × year, cells the targets set there. */
export function targetPivot(rows: readonly TargetRow[], minColumns = 1): TargetPivot {
  const colKey = (r: TargetRow) => `${r.region ?? ''}|${r.year ?? ''}`;
  const columns = new Map<string, PivotColumn>();
  const metrics = new Map<string, Map<string, TargetRow[]>>();
  for (const r of rows) {
    const k = colKey(r);
    if (!columns.has(k)) columns.set(k, { key: k, ...(r.region ? { region: r.region } : {}), ...(r.year !== undefined ? { year: r.year } : {}) });
    const cells = metrics.get(r.metric) ?? new Map<string, TargetRow[]>();
    cells.set(k, [...(cells.get(k) ?? []), r]);
    metrics.set(r.metric, cells);
  }
  return {
    columns: [...columns.values()].sort((a, b) => zh(a.region, b.region) || (a.year ?? 9999) - (b.year ?? 9999)),
    metrics: [...metrics]
      .filter(([, cells]) => cells.size >= minColumns)
      .map(([metric, cells]) => ({ metric, cells }))
      .sort((a, b) => b.cells.size - a.cells.size || zh(a.metric, b.metric)),
  };
}

/** The province of a target's region, for grouping cities under their province. */
export function targetProvince(g: CoverageGraph, r: TargetRow): string | undefined {
  return regionChain(g, r.region).find((n) => attrsOf(g, `region:${n}`, 'Region')?.level === 'province');
}
