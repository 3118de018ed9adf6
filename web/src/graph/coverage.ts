// What a lower-level document leaves out of a higher-level one, for the Gaps view: the shared
// computation of coverage/ (used by the report and the server too), with node handles for the
// page. Each leaf measure of the higher document is implemented / partial / gap / not applicable
// (addressed only to the issuer itself); programmes, brands and target groups carried or not.
import type { EntityType } from '../../../graph-schema/index.js';
import {
  FRAME_KINDS,
  GROUP_TYPES,
  PROGRAMME_TYPES,
  documentMeasures,
  entityRows,
  isPlanMeasure,
  measureRows,
  mentionCounts,
  pairCoverage,
  type EntityRow,
  type Implementer as CoreImplementer,
  type MeasureRow,
  type MeasureStatus,
  type PairForms,
} from '../../../coverage/index.js';
import type { NodeRef } from './node-ref.js';
import type { PolicyGraph } from './policy-graph.js';

export { FRAME_KINDS, GROUP_TYPES, PROGRAMME_TYPES, documentMeasures, isPlanMeasure, mentionCounts, type MeasureStatus };

/** The coverage module's rows (coverage/index.ts) with node handles for the page. */
export type Implementer = CoreImplementer & NodeRef;

export type MeasureCoverage = Omit<MeasureRow, 'implementedBy'> &
  NodeRef & {
    /** The lower document's best implementing measure (strongest verdict, then score); null: none. */
    implementedBy: Implementer | null;
  };

/** Distinct mention spans in each document's measures (`higherMentions`, `lowerMentions`). */
export type EntityCoverage = Omit<EntityRow, 'carried'> & NodeRef;

export interface CoverageSummary {
  measuresTotal: number;
  /** Not a gap: implemented, partial or not applicable. */
  measuresCovered: number;
  measuresImplemented: number;
  measuresPartial: number;
  measuresNotApplicable: number;
  programmesTotal: number;
  programmesMissing: number;
  groupsTotal: number;
  groupsMissing: number;
  /** The higher document's earlier text the lags count from (a law revised after the lower document was issued:
   *  IMPLEMENTS `laterVersion`), when it is not the higher document's own date. Session 37 trial: 山东's 2014 条例
   *  under the 老年人权益保障法 of 2018 read "637 天 ≈ 1.7 年" on every row, counted from the 2012-12-28 text, and
   *  the page did not say so (the report did). */
  lagFrom?: string;
  /** The lower document's earlier version the lags run to (its earliest on or after the higher text; coverage/index.ts
   *  docLag `until`), when not its own date (session 46 trial: 浙江's 2017 revision under its 2021 amended text). */
  lagTo?: string;
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

export function isGap(row: MeasureCoverage | EntityCoverage): boolean {
  return 'status' in row ? row.status === 'gap' : row.lowerMentions === 0;
}

const measureRef = (r: MeasureRow): MeasureCoverage => ({
  ...r,
  type: 'Measure' as const,
  implementedBy: r.implementedBy ? { ...r.implementedBy, type: 'Measure' as const } : null,
});
const entityRef = ({ carried: _carried, ...e }: EntityRow): EntityCoverage => e;

export function measureCoverage(graph: PolicyGraph, higher: string, lower: string): MeasureCoverage[] {
  return measureRows(graph, higher, lower).map(measureRef);
}

export function entityCoverage(graph: PolicyGraph, higher: string, lower: string, types: readonly EntityType[]): EntityCoverage[] {
  return entityRows(graph, higher, lower, types).map(entityRef);
}

/** The coverage module's pairCoverage (rows and counts computed once, there), with node handles. `forms`: the pair's
 *  forms the server computed where the snapshot has no CARRIES edge (GET /api/gap-passages, coverage/forms.ts). */
export function coverage(graph: PolicyGraph, higher: string, lower: string, forms?: PairForms): Coverage {
  const { measures, programmes, groups, summary: s } = pairCoverage(graph, higher, lower, undefined, forms);
  return {
    higher,
    lower,
    measures: measures.map(measureRef),
    programmes: programmes.map(entityRef),
    groups: groups.map(entityRef),
    summary: {
      measuresTotal: s.measuresTotal,
      measuresCovered: s.measuresTotal - s.gaps,
      measuresImplemented: s.implemented,
      measuresPartial: s.partial,
      measuresNotApplicable: s.notApplicable,
      programmesTotal: s.programmesTotal,
      programmesMissing: s.programmesMissing,
      groupsTotal: s.groupsTotal,
      groupsMissing: s.groupsMissing,
      ...(s.lagFrom && s.lagFrom !== ownDate(graph, higher) ? { lagFrom: s.lagFrom } : {}),
      ...(s.lagTo ? { lagTo: s.lagTo } : {}),
    },
  };
}

function ownDate(graph: PolicyGraph, id: string): string | undefined {
  const a = graph.getNodeAttributes(id) as { issuedOn?: string; year?: number };
  return a.issuedOn ?? (a.year !== undefined ? String(a.year) : undefined);
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "12 of 18 measures covered (67 %: 8 implemented, 3 partial, 1 not applicable), 3 programmes/brands and 1 target group missing" */
export function coverageSummaryLine(s: CoverageSummary): string {
  const percent = s.measuresTotal ? `${Math.round((100 * s.measuresCovered) / s.measuresTotal)} %: ` : '';
  return (
    `${s.measuresCovered} of ${plural(s.measuresTotal, 'measure', 'measures')} covered ` +
    `(${percent}${s.measuresImplemented} implemented, ${s.measuresPartial} partial, ${s.measuresNotApplicable} not applicable), ` +
    `${plural(s.programmesMissing, 'programme/brand', 'programmes/brands')} and ` +
    `${plural(s.groupsMissing, 'target group', 'target groups')} missing`
  );
}
