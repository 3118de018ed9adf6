// What a lower-level document leaves out of a higher-level one: the higher's leaf measures that no
// measure of the lower IMPLEMENTS, and the programmes, brands and target groups the higher mentions
// and the lower never does. The question of cypher/coverage-gaps.cypher, answered from the
// snapshot so it works without Neo4j.
import type { EdgeOf, EntityType, NodeOf } from '../../../graph-schema/index.js';
import { nodeRef, type NodeRef } from './node-ref.js';
import type { PolicyGraph } from './policy-graph.js';

/** Units that frame a plan rather than ask for anything: not counted as measures to implement. */
export const FRAME_KINDS: readonly string[] = ['notice', 'preamble'];

export function isPlanMeasure(m: NodeOf<'Measure'>): boolean {
  return m.leaf && !FRAME_KINDS.includes(m.kind);
}

export interface Implementer extends NodeRef {
  path: string;
  score: number;
  lagDays?: number;
}

export interface MeasureCoverage extends NodeRef {
  path: string;
  ordinal: number;
  section?: string;
  kind: string;
  /** The lower document's best (highest-scoring) implementing measure; null is a gap. */
  implementedBy: Implementer | null;
  /** How many measures of the lower document implement it. */
  implementers: number;
}

export interface EntityCoverage extends NodeRef {
  /** Distinct mention spans in each document's measures. */
  higherMentions: number;
  lowerMentions: number;
}

export interface CoverageSummary {
  measuresTotal: number;
  measuresCovered: number;
  programmesTotal: number;
  programmesMissing: number;
  groupsTotal: number;
  groupsMissing: number;
}

export interface Coverage {
  higher: string;
  lower: string;
  measures: MeasureCoverage[];
  /** Programmes and brands. */
  programmes: EntityCoverage[];
  groups: EntityCoverage[];
  summary: CoverageSummary;
}

export const PROGRAMME_TYPES: readonly EntityType[] = ['Programme', 'Brand'];
export const GROUP_TYPES: readonly EntityType[] = ['TargetGroup'];

export function isGap(row: MeasureCoverage | EntityCoverage): boolean {
  return 'implementedBy' in row ? row.implementedBy === null : row.lowerMentions === 0;
}

/** Every Measure of a document (any depth). */
export function documentMeasures(graph: PolicyGraph, docId: string): string[] {
  return graph.filterNodes((_, a) => a.type === 'Measure' && a.docId === docId);
}

function better(a: Implementer, b: Implementer): boolean {
  return a.score > b.score || (a.score === b.score && a.id < b.id);
}

/** The higher document's leaf measures in path order, each with its best implementer in the lower. */
export function measureCoverage(graph: PolicyGraph, higher: string, lower: string): MeasureCoverage[] {
  const rows: MeasureCoverage[] = [];
  for (const id of documentMeasures(graph, higher)) {
    const m = graph.getNodeAttributes(id) as NodeOf<'Measure'>;
    if (!isPlanMeasure(m)) continue;
    let best: Implementer | null = null;
    let implementers = 0;
    graph.forEachInEdge(id, (_e, a, source, _t, sa) => {
      if (a.type !== 'IMPLEMENTS' || sa.type !== 'Measure' || sa.docId !== lower) return;
      const { score, lagDays } = a as EdgeOf<'IMPLEMENTS'>;
      const candidate: Implementer = { ...nodeRef(graph, source), path: sa.path, score, ...(lagDays !== undefined ? { lagDays } : {}) };
      implementers++;
      if (!best || better(candidate, best)) best = candidate;
    });
    const { path, ordinal, section, kind } = m;
    rows.push({ ...nodeRef(graph, id), path, ordinal, ...(section ? { section } : {}), kind, implementedBy: best, implementers });
  }
  return rows.sort((a, b) => a.ordinal - b.ordinal || (a.id < b.id ? -1 : 1));
}

/** Distinct mention spans per entity (of the given types) over a document's measures. */
export function mentionCounts(graph: PolicyGraph, docId: string, types: readonly EntityType[]): Map<string, number> {
  const spans = new Map<string, Set<string>>();
  for (const m of documentMeasures(graph, docId)) {
    graph.forEachOutEdge(m, (_e, a, _s, target, _sa, ta) => {
      if (a.type !== 'MENTIONS' || !(types as readonly string[]).includes(ta.type)) return;
      const set = spans.get(target) ?? new Set<string>();
      for (const [s, e] of a.spans) set.add(`${s}:${e}`);
      spans.set(target, set);
    });
  }
  return new Map([...spans].map(([id, set]) => [id, set.size]));
}

/** Entities the higher document mentions: missing from the lower first, then most mentioned. */
export function entityCoverage(graph: PolicyGraph, higher: string, lower: string, types: readonly EntityType[]): EntityCoverage[] {
  const inHigher = mentionCounts(graph, higher, types);
  const inLower = mentionCounts(graph, lower, types);
  const rows = [...inHigher].map(([id, n]) => ({ ...nodeRef(graph, id), higherMentions: n, lowerMentions: inLower.get(id) ?? 0 }));
  return rows.sort(
    (a, b) =>
      Number(isGap(b)) - Number(isGap(a)) ||
      b.higherMentions - a.higherMentions ||
      (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1),
  );
}

export function coverage(graph: PolicyGraph, higher: string, lower: string): Coverage {
  const measures = measureCoverage(graph, higher, lower);
  const programmes = entityCoverage(graph, higher, lower, PROGRAMME_TYPES);
  const groups = entityCoverage(graph, higher, lower, GROUP_TYPES);
  const gaps = (rows: (MeasureCoverage | EntityCoverage)[]) => rows.filter(isGap).length;
  return {
    higher,
    lower,
    measures,
    programmes,
    groups,
    summary: {
      measuresTotal: measures.length,
      measuresCovered: measures.length - gaps(measures),
      programmesTotal: programmes.length,
      programmesMissing: gaps(programmes),
      groupsTotal: groups.length,
      groupsMissing: gaps(groups),
    },
  };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "12 of 18 measures covered (67 %), 3 programmes/brands and 1 target group missing" */
export function coverageSummaryLine(s: CoverageSummary): string {
  const percent = s.measuresTotal ? ` (${Math.round((100 * s.measuresCovered) / s.measuresTotal)} %)` : '';
  return (
    `${s.measuresCovered} of ${plural(s.measuresTotal, 'measure', 'measures')} covered${percent}, ` +
    `${plural(s.programmesMissing, 'programme/brand', 'programmes/brands')} and ` +
    `${plural(s.groupsMissing, 'target group', 'target groups')} missing`
  );
}
