// The coverage matrix of a directive: rows its leaf measures in order, then its programmes,
// brands and target groups; columns the lower documents that may implement it, grouped by region
// and level; each cell implemented / partial / gap / not applicable (measures) or carried / not
// carried (entities), with the best link's score and lag. Verdicts can be re-read under other
// thresholds than the linker's; `asOf` leaves out documents issued after a date. Pure: shared by
// the report, the server (/api/coverage) and the explorer's matrix and map.
import type { EntityType } from '../graph-schema/index.js';
import { attrsOf, type CoverageGraph } from './graph.js';
import {
  entityRows,
  lowerDocuments,
  linksIntoOnce,
  measureRows,
  docRef,
  type DocRef,
  type MeasureStatus,
  type PairForms,
  type Thresholds,
  type UncomparedDoc,
  uncomparedDocuments,
  zhCompare,
} from './index.js';

export type CellStatus = MeasureStatus | 'carried' | 'not carried';
export const ENTITY_ROW_TYPES: readonly EntityType[] = ['Programme', 'Brand', 'TargetGroup'];

export interface MatrixCell {
  status: CellStatus;
  /** The best implementing lower measure (strongest verdict, then score). */
  best?: string;
  score?: number;
  lagDays?: number;
  lagApprox?: boolean;
  /** Implementing measures (measure rows) or mentions (entity rows) in the lower document. */
  count: number;
  /** The best link goes through an intermediate document's measure (coverage/index.ts measureRows): its evidence is
   *  the link `best` → `via.measure`; `thenDocName`: a second intermediate above it (county → city → province). */
  via?: { measure: string; docId: string; docName: string; thenDocName?: string };
}

export interface MatrixRow {
  id: string;
  name: string;
  kind: 'Measure' | EntityType;
  /** Measures: the item path (一/3). */
  path?: string;
  section?: string;
  addressees?: string[];
  /** Mentions in the directive (entity rows). */
  mentions?: number;
  cells: MatrixCell[];
  share: Share;
}

export interface MatrixColumn extends DocRef {
  /** The province the document belongs to (its own region or the one above its city). */
  province?: string;
  share: Share;
}

/** Covered (implemented + partial, or carried) over applicable cells; `share` 0–1, null when none applies. */
export interface Share {
  implemented: number;
  partial: number;
  applicable: number;
  share: number | null;
}

export interface CoverageMatrix {
  directive: DocRef;
  thresholds?: Thresholds;
  asOf?: string;
  columns: MatrixColumn[];
  rows: MatrixRow[];
  /** Lower documents on the directive's subject that are not columns (coverage/index.ts uncomparedDocuments: issued
   *  before its first text, or never linked to it), with their province: named beside the matrix and on the map. */
  uncompared: (UncomparedDoc & { province?: string })[];
}

export interface MatrixOptions {
  /** Re-read verdicts from scores (default: the linker's verdicts on the edges). */
  thresholds?: Thresholds;
  /** YYYY-MM-DD (or YYYY): documents issued after it are left out. */
  asOf?: string;
  /** Only lower documents of this region (or under it). */
  region?: string;
  /** Each column's forms computed on demand where it has no CARRIES edge (coverage/forms.ts pairForms: the report and
   *  the server, whose graphs hold the measures' texts; a snapshot written before session 47 has no edge). */
  forms?: (higher: string, lower: string) => PairForms;
}

/** Whether a document counts as issued on or before `asOf` (an unknown date counts as issued). */
export function issuedBy(d: { issuedOn?: string; year?: number }, asOf: string | undefined): boolean {
  if (!asOf) return true;
  const date = d.issuedOn ?? (d.year !== undefined ? String(d.year) : '');
  if (!date) return true;
  const n = Math.min(date.length, asOf.length);
  return date.slice(0, n) <= asOf.slice(0, n);
}

/** The province-level region on a document's chain (吉林省 for 长春市), from the graph's Region levels. */
export function provinceOf(g: CoverageGraph, chain: readonly string[]): string | undefined {
  return chain.find((name) => attrsOf(g, `region:${name}`, 'Region')?.level === 'province');
}

export function shareOf(statuses: readonly CellStatus[]): Share {
  const n = (s: CellStatus) => statuses.filter((x) => x === s).length;
  const implemented = n('implemented') + n('carried');
  const partial = n('partial');
  const applicable = statuses.length - n('not applicable');
  return { implemented, partial, applicable, share: applicable ? (implemented + partial) / applicable : null };
}

export function coverageMatrix(g: CoverageGraph, directive: string, opts: MatrixOptions = {}): CoverageMatrix {
  const d = docRef(g, directive);
  const directiveIn = issuedBy(d, opts.asOf);
  const inView = (l: DocRef) => issuedBy(l, opts.asOf) && (!opts.region || l.regionChain.includes(opts.region));
  const allLowers = directiveIn ? lowerDocuments(g, directive) : [];
  const lowers = allLowers.filter(inView);
  const into = linksIntoOnce(g, opts.thresholds);
  const perDoc = lowers.map((l) => measureRows(g, directive, l.id, opts.thresholds, into));
  const columnForms = lowers.map((l) => opts.forms?.(directive, l.id));
  const rows: MatrixRow[] = [];
  // Measure rows from the directive itself, so a directive with no lower document still lists them.
  const measures = measureRows(g, directive, directive, opts.thresholds, into);
  measures.forEach((m, i) => {
    const cells = perDoc.map((rs): MatrixCell => {
      const r = rs[i];
      const b = r.implementedBy;
      return {
        status: r.status,
        count: r.implementers,
        ...(b ? { best: b.id, score: b.score } : {}),
        ...(b?.lagDays !== undefined ? { lagDays: b.lagDays } : {}),
        ...(b?.lagApprox ? { lagApprox: true } : {}),
        ...(b?.via ? { via: { measure: b.via.id, docId: b.via.docId, docName: b.via.docName, ...(b.via.then ? { thenDocName: b.via.then.docName } : {}) } } : {}),
      };
    });
    rows.push({
      id: m.id,
      name: m.name,
      kind: 'Measure',
      path: m.path,
      ...(m.section ? { section: m.section } : {}),
      addressees: m.addressees,
      cells,
      share: shareOf(cells.map((c) => c.status)),
    });
  });
  for (const type of ENTITY_ROW_TYPES) {
    const own = entityRows(g, directive, directive, [type]).sort((a, b) => b.higherMentions - a.higherMentions || zhCompare(a.name, b.name));
    const lowerRows = lowers.map((l, j) => new Map(entityRows(g, directive, l.id, [type], columnForms[j]).map((e) => [e.id, e])));
    for (const e of own) {
      const cells = lowerRows.map((m): MatrixCell => {
        const x = m.get(e.id);
        return { status: x?.carried ? 'carried' : 'not carried', count: x?.lowerMentions ?? 0 };
      });
      rows.push({ id: e.id, name: e.name, kind: type, mentions: e.higherMentions, cells, share: shareOf(cells.map((c) => c.status)) });
    }
  }
  const columns: MatrixColumn[] = lowers.map((l, j) => {
    const province = provinceOf(g, l.regionChain);
    return { ...l, ...(province ? { province } : {}), share: shareOf(rows.filter((r) => r.kind === 'Measure').map((r) => r.cells[j].status)) };
  });
  const uncompared = directiveIn
    ? uncomparedDocuments(g, directive, allLowers)
        .filter(inView)
        .map((l) => {
          const province = provinceOf(g, l.regionChain);
          return { ...l, ...(province ? { province } : {}) };
        })
    : [];
  return {
    directive: d,
    ...(opts.thresholds ? { thresholds: opts.thresholds } : {}),
    ...(opts.asOf ? { asOf: opts.asOf } : {}),
    columns,
    rows,
    uncompared,
  };
}

export type MatrixSort = 'order' | 'coverage';

const byShare = (a: Share, b: Share) => (b.share ?? -1) - (a.share ?? -1) || b.implemented - a.implemented;

/** Rows (within measures, then within entities) and columns by coverage, most covered first; 'order' keeps them. */
export function sortMatrix(m: CoverageMatrix, sort: MatrixSort): CoverageMatrix {
  if (sort === 'order') return m;
  const order = m.columns.map((_, j) => j).sort((a, b) => byShare(m.columns[a].share, m.columns[b].share) || a - b);
  const group = (r: MatrixRow) => (r.kind === 'Measure' ? 0 : 1);
  const rows = m.rows
    .map((r, i) => ({ r, i }))
    .sort((a, b) => group(a.r) - group(b.r) || byShare(a.r.share, b.r.share) || a.i - b.i)
    .map(({ r }) => ({ ...r, cells: order.map((j) => r.cells[j]) }));
  return { ...m, columns: order.map((j) => m.columns[j]), rows };
}

/** The matrix restricted to some columns (a province chosen on the map). */
export function filterColumns(m: CoverageMatrix, keep: (c: MatrixColumn) => boolean): CoverageMatrix {
  const idx = m.columns.map((c, j) => (keep(c) ? j : -1)).filter((j) => j >= 0);
  return {
    ...m,
    columns: idx.map((j) => m.columns[j]),
    rows: m.rows.map((r) => {
      const cells = idx.map((j) => r.cells[j]);
      return { ...r, cells, share: shareOf(cells.map((c) => c.status)) };
    }),
  };
}

/** Coverage share of the directive's measures per province, over all of the province's (and its cities') documents. */
export function provinceShares(m: CoverageMatrix): Map<string, Share & { documents: number }> {
  const out = new Map<string, Share & { documents: number }>();
  const measureRows = m.rows.filter((r) => r.kind === 'Measure');
  m.columns.forEach((c, j) => {
    if (!c.province) return;
    const prev = out.get(c.province);
    const statuses = measureRows.map((r) => r.cells[j].status);
    const s = shareOf(statuses);
    const implemented = (prev?.implemented ?? 0) + s.implemented;
    const partial = (prev?.partial ?? 0) + s.partial;
    const applicable = (prev?.applicable ?? 0) + s.applicable;
    out.set(c.province, { implemented, partial, applicable, share: applicable ? (implemented + partial) / applicable : null, documents: (prev?.documents ?? 0) + 1 });
  });
  return out;
}
