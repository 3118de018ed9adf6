// The matrix itself: a row per directive measure (in order, under its section) and per programme,
// brand and target group; a column per lower document, under its region; each cell coloured by
// status with score and lag in its tooltip. A measure cell with a link opens the evidence; a row
// or column header selects its node. A cell carried through an intermediate document ("via") is marked ↗
// and opens the evidence of its lower link (lower measure → the intermediate measure). A cell that opens something is a tab stop (Enter or Space).
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { CoverageMatrix, MatrixCell, MatrixRow } from '../../../../coverage/matrix.js';
import { STATUS_COLOURS, STATUS_KEYS } from '../../graph/matrix.js';
import { useFocusNode } from '../../state/index.js';
import { activate } from '../activate.js';

const pct = (x: number | null) => (x === null ? '—' : `${Math.round(x * 100)} %`);

function CellView({ row, cell, column, onEvidence }: { row: MatrixRow; cell: MatrixCell; column: string; onEvidence(lower: string, higher?: string): void }) {
  const { t } = useTranslation();
  const status = t(`matrix.status.${STATUS_KEYS[cell.status]}`);
  const parts = [status];
  if (cell.score !== undefined) parts.push(t('matrix.scoreIs', { score: cell.score.toFixed(2) }));
  if (cell.lagDays !== undefined) parts.push(t(cell.lagApprox ? 'matrix.lagApprox' : 'matrix.lagIs', { count: cell.lagDays }));
  if (cell.count > 1 && row.kind === 'Measure') parts.push(t('matrix.moreLinks', { count: cell.count }));
  if (row.kind !== 'Measure' && cell.count) parts.push(t('matrix.mentions', { count: cell.count }));
  if (cell.via) parts.push(t('matrix.via', { doc: cell.via.thenDocName ? `${cell.via.docName} → ${cell.via.thenDocName}` : cell.via.docName }));
  if (cell.best) parts.push(t('matrix.openEvidence'));
  const title = `${column}\n${row.path ? `${row.path} ` : ''}${row.name}\n${parts.join(' · ')}`;
  return (
    <td
      className={`matrix-cell${cell.best ? ' clickable' : ''}`}
      data-testid="matrix-cell"
      data-status={cell.status}
      data-best={cell.best}
      data-via={cell.via?.docId}
      style={{ background: STATUS_COLOURS[cell.status] }}
      title={title}
      aria-label={title}
      {...(cell.best ? activate(() => onEvidence(cell.best!, cell.via?.measure)) : {})}
    >
      {cell.score !== undefined ? cell.score.toFixed(2) : ''}
      {cell.via ? '↗' : ''}
    </td>
  );
}

export function MatrixTable({ matrix, onEvidence }: { matrix: CoverageMatrix; onEvidence(link: { lower: string; higher: string }): void }) {
  const { t } = useTranslation();
  const focusNode = useFocusNode();
  const regions: { region: string; span: number }[] = [];
  for (const c of matrix.columns) {
    const r = c.province ?? c.region ?? '—';
    if (regions.at(-1)?.region === r) regions.at(-1)!.span++;
    else regions.push({ region: r, span: 1 });
  }
  const label = (c: CoverageMatrix['columns'][number]) => `${c.region ?? '—'} · ${c.level ? t(`level.${c.level}`) : '—'} · ${c.name}`;
  return (
    <table className="matrix-table" data-testid="matrix-table">
      <thead>
        <tr>
          <th rowSpan={2} className="matrix-corner">
            {t('matrix.rowHeader')}
          </th>
          {regions.map((r, i) => (
            <th key={i} colSpan={r.span} className="matrix-region" data-testid="matrix-region">
              {r.region}
            </th>
          ))}
          <th rowSpan={2} className="matrix-share">
            {t('matrix.share')}
          </th>
        </tr>
        <tr>
          {matrix.columns.map((c) => (
            <th key={c.id} className="matrix-column" data-testid="matrix-column" data-doc-id={c.id} title={label(c)}>
              <button type="button" className="link" onClick={() => focusNode(c.id)}>
                {c.name}
              </button>
              <span className="muted">
                {c.level ? t(`level.${c.level}`) : ''} · {pct(c.share.share)}
              </span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {matrix.rows.map((r, i) => {
          const prev = matrix.rows[i - 1];
          const heading = r.kind === 'Measure' ? r.section && r.section !== prev?.section && r.section : r.kind !== prev?.kind && t(`type.${r.kind}`);
          return (
            <Fragment key={r.id}>
              {heading && (
                <tr className="group-row">
                  <td colSpan={matrix.columns.length + 2}>{heading}</td>
                </tr>
              )}
              <tr data-testid="matrix-row" data-node-id={r.id} data-kind={r.kind}>
                <th className="matrix-row-head" title={`${r.path ?? ''} ${r.name}${r.addressees?.length ? `\n${t('matrix.addressees')}: ${r.addressees.join('、')}` : ''}`}>
                  <button type="button" className="link" onClick={() => focusNode(r.id)}>
                    {r.path && <span className="muted">{r.path} </span>}
                    {r.name}
                  </button>
                </th>
                {r.cells.map((c, j) => (
                  <CellView key={j} row={r} cell={c} column={label(matrix.columns[j])} onEvidence={(lower, via) => onEvidence({ lower, higher: via ?? r.id })} />
                ))}
                <td className="num matrix-share">{pct(r.share.share)}</td>
              </tr>
            </Fragment>
          );
        })}
      </tbody>
    </table>
  );
}

export function StatusLegend() {
  const { t } = useTranslation();
  return (
    <ul className="matrix-legend" data-testid="matrix-legend">
      {(Object.keys(STATUS_KEYS) as (keyof typeof STATUS_KEYS)[]).map((s) => (
        <li key={s}>
          <span className="swatch" style={{ background: STATUS_COLOURS[s] }} /> {t(`matrix.status.${STATUS_KEYS[s]}`)}
        </li>
      ))}
    </ul>
  );
}
