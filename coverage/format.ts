// Coverage as text: one lower document as a table, or all of them as a matrix (rows: the
// directive's measures in order, then its programmes/brands and target groups; columns: lower
// documents grouped by region and level; cells: verdict, score, lag). Plain text, CSV or JSON.
import type { DirectiveCoverage, EntityRow, LagAggregate, MeasureRow, PairCoverage, PairSummary } from './index.js';
import { summaryLine } from './index.js';

export type Format = 'table' | 'csv' | 'json';

const SHORT: Record<MeasureRow['status'], string> = { implemented: 'IMPL', partial: 'part', gap: 'GAP', 'not applicable': 'n/a' };

/** Display width: CJK and full-width characters take two columns. */
export function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}
const pad = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - width(s)));
const clip = (s: string, w: number) => {
  if (width(s) <= w) return s;
  let out = '';
  for (const ch of s) {
    if (width(out + ch) > w - 1) break;
    out += ch;
  }
  return out + '…';
};

function textTable(header: string[], rows: string[][], maxWidth = 40): string {
  const widths = header.map((h, i) => Math.min(maxWidth, Math.max(width(h), ...rows.map((r) => width(r[i] ?? '')))));
  const line = (r: string[]) => r.map((c, i) => pad(clip(c ?? '', widths[i]), widths[i])).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function csvCell(v: string | number | undefined): string {
  const s = v === undefined ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
const csv = (header: string[], rows: (string | number | undefined)[][]) => [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\n');

const lagText = (r: MeasureRow) =>
  r.implementedBy?.lagDays === undefined ? '' : `${r.implementedBy.lagApprox ? '≈' : ''}${r.implementedBy.lagDays}d`;

/** "via 河南省大气污染防治条例 第十条": the intermediate document and measure of a chain (two: "via 新乡市… 第三条 →
 *  河南省… 第十条"); '' for a direct link. */
export function viaText(r: MeasureRow): string {
  const v = r.implementedBy?.via;
  return v ? `via ${v.docName} ${v.path}${v.then ? ` → ${v.then.docName} ${v.then.path}` : ''}` : '';
}

/** One lower document against the directive: measures, then entities (a chain's intermediate in "via"). */
export function pairTable(p: PairCoverage, names: { higher: string; lower: string }, format: Exclude<Format, 'json'>): string {
  const header = ['row', 'path', 'higher', 'status', 'lower path', 'via', 'score', 'lag'];
  const mRows = p.measures.map((r) => [
    'measure',
    r.path,
    r.name,
    r.status,
    r.implementedBy?.path ?? '',
    viaText(r),
    r.implementedBy ? r.implementedBy.score.toFixed(2) : '',
    lagText(r),
  ]);
  const eRows = [...p.programmes, ...p.groups].map((e) => [e.type, '', e.name, e.carried ? (e.carriedAs ? `carried as ${e.carriedAs.join('、')}` : 'carried') : 'not carried', '', '', '', '']);
  if (format === 'csv') return csv(header, [...mRows, ...eRows]);
  return [`${names.lower}  →  ${names.higher}`, summaryLine(p.summary), ...(p.summary.lagFrom ? [lagFromLine(p.summary.lagFrom)] : []), ...(p.summary.lagTo ? [lagToLine(p.summary.lagTo)] : []), '', textTable(header, [...mRows, ...eRows])].join('\n');
}

/** What a lag runs to when the lower text is a later amendment of the version that carried the directive out. */
export const lagToLine = (until: string) =>
  `lag: to the lower document's text of ${until} (its earliest version on or after the directive's text; a later amendment is not counted)`;

/** What a lag counts from: the same figure for a direct link and a chain (coverage/index.ts docLag). */
export const lagFromLine = (since: string) =>
  `lag: days from the directive's text of ${since} (the text in force when the lower document was issued), the same for a direct link and a chain`;

function cell(r: MeasureRow): string {
  if (!r.implementedBy) return SHORT[r.status];
  const v = r.implementedBy.via;
  const via = v ? ` via ${v.docName}${v.then ? ` → ${v.then.docName}` : ''}` : '';
  return `${SHORT[r.status]} ${r.implementedBy.score.toFixed(2)}${r.implementedBy.lagDays !== undefined ? ` ${lagText(r)}` : ''}${via}`;
}

/** Every lower document as a column. */
export function matrix(c: DirectiveCoverage, format: Exclude<Format, 'json'>): string {
  const cols = c.lowers.map((l) => `${l.region ?? '?'}/${l.level ?? '?'}: ${l.name}`);
  const header = ['path', 'higher', ...cols];
  const first = c.pairs[0];
  const rows: string[][] = [];
  if (first) {
    first.measures.forEach((m, i) => rows.push([m.path, m.name, ...c.pairs.map((p) => cell(p.measures[i]))]));
    const entities = new Map<string, EntityRow>();
    for (const e of [...first.programmes, ...first.groups]) entities.set(e.id, e);
    for (const e of entities.values()) {
      rows.push([e.type, e.name, ...c.pairs.map((p) => ([...p.programmes, ...p.groups].find((x) => x.id === e.id)?.carried ? 'carried' : 'NOT'))]);
    }
  }
  if (format === 'csv') return csv(header, rows);
  const lines = [`${c.directive.name}: ${c.lowers.length} lower document(s)`, ''];
  // A lower document issued before the directive's text (a law's revision) has its lag from the earlier text in force.
  const own = c.directive.issuedOn ?? (c.directive.year !== undefined ? String(c.directive.year) : undefined);
  const earlier = (s: PairSummary) => (s.lagFrom && s.lagFrom !== own ? `; lag from the ${s.lagFrom} text` : '') + (s.lagTo ? `; lag to its ${s.lagTo} text` : '');
  c.lowers.forEach((l, i) => lines.push(`  [${i + 1}] ${cols[i]}  —  ${summaryLine(c.pairs[i].summary)}${earlier(c.pairs[i].summary)}`));
  lines.push('', textTable(['path', 'higher', ...c.lowers.map((_, i) => `[${i + 1}]`)], rows, 28));
  return lines.join('\n');
}

export function lagTable(c: DirectiveCoverage, format: Exclude<Format, 'json'>): string {
  const row = (a: LagAggregate) => [a.key, String(a.links), a.medianLagDays === undefined ? '' : `${a.approx ? '≈' : ''}${a.medianLagDays}`, a.minLagDays === undefined ? '' : `${a.minLagDays}–${a.maxLagDays}`];
  const header = ['lag per region / directive', 'links', 'median days', 'range'];
  const rows = [...c.lagByRegion.map(row), row({ ...c.lag, key: `all: ${c.lag.key}` })];
  if (format === 'csv') return csv(header, rows);
  return `${textTable(header, rows)}\n(each lower document's lag: days from the directive's text in force when it was issued, direct link or chain)`;
}
