// The page's side of the coverage matrix: which directive it opens on, the colours of the cell
// statuses and of the map's shares. The matrix itself is coverage/matrix.ts (shared with the
// report and GET /api/coverage).
import { documentMeasures, lowerDocuments, zhCompare, type Thresholds } from '../../../coverage/index.js';
import type { CellStatus, CoverageMatrix } from '../../../coverage/matrix.js';
import type { PolicyGraph } from './policy-graph.js';

export const STATUS_COLOURS: Record<CellStatus, string> = {
  implemented: '#15803d',
  partial: '#f59e0b',
  gap: '#dc2626',
  'not applicable': '#cbd5e1',
  carried: '#86efac',
  'not carried': '#fca5a5',
};

/** i18n key of each status (matrix.status.*). */
export const STATUS_KEYS: Record<CellStatus, string> = {
  implemented: 'implemented',
  partial: 'partial',
  gap: 'gap',
  'not applicable': 'notApplicable',
  carried: 'carried',
  'not carried': 'notCarried',
};

/** In-corpus documents some lower document may implement, with how many IMPLEMENTS links reach them. */
export function directiveChoices(graph: PolicyGraph): { id: string; name: string; lowers: number; links: number }[] {
  const out: { id: string; name: string; lowers: number; links: number }[] = [];
  graph.forEachNode((id, a) => {
    if (a.type !== 'Document' || !a.inCorpus) return;
    const lowers = lowerDocuments(graph, id).length;
    if (!lowers) return;
    let links = 0;
    for (const m of documentMeasures(graph, id)) {
      graph.forEachInEdge(m, (_e, ea) => {
        if (ea.type === 'IMPLEMENTS') links++;
      });
    }
    out.push({ id, name: a.name, lowers, links });
  });
  return out.sort((a, b) => b.links - a.links || b.lowers - a.lowers || zhCompare(a.name, b.name));
}

/** The snapshot's thresholds, or the linker's documented defaults for a snapshot without them. */
export function snapshotThresholds(graph: PolicyGraph): Thresholds {
  const t = graph.getAttributes().linkThresholds;
  return t ? { implements: t.implements, partial: t.partial } : { implements: 0.24, partial: 0.06 };
}

/** Share 0–1 → a blue of the map's sequential scale (light: little covered, dark: much). */
export function shareColour(share: number): string {
  const steps = ['#eff6ff', '#bfdbfe', '#60a5fa', '#2563eb', '#1e3a8a'];
  return steps[Math.min(steps.length - 1, Math.floor(share * steps.length))];
}
export const NO_DOCUMENT_COLOUR = '#e5e7eb';
/** A province whose documents on the directive's subject are not compared (coverage/map.ts uncomparedByFeature). */
export const UNCOMPARED_COLOUR = '#f3dfb0';
export const SHARE_LEGEND = [0, 0.2, 0.4, 0.6, 0.8];

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** One uncompared document as the matrix note and the map's tooltip name it: region, date, and why it is no column. */
export function uncomparedLabel(t: Translate, d: CoverageMatrix['uncompared'][number]): string {
  const date = d.issuedOn ?? (d.year !== undefined ? String(d.year) : '—');
  const region = d.region ?? '—';
  return d.reason === 'earlier'
    ? t('matrix.uncomparedEarlier', { name: d.name, region, date, since: d.directiveSince })
    : t('matrix.uncomparedUnlinked', { name: d.name, region, date });
}
