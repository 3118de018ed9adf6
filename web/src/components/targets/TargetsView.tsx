// Every numeric target of the corpus: metric, comparator, value, unit, year, region, document;
// sort by a column, filter by metric or text, group by metric, export CSV, and the same metric
// compared across regions and years (coverage/targets.ts). A row opens its measure.
import { Fragment, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { filterTargets, groupByMetric, sortTargets, targetPivot, targetRows, type TargetRow } from '../../../../coverage/targets.js';
import { toCsv } from '../../graph/csv.js';
import { TARGET_CSV_COLUMNS, targetsCsvName } from '../../graph/targets-csv.js';
import { setTargets, toggleTargets, useDispatch, useExplorer, useExplorerContext, useFocusNode, type TargetSort } from '../../state/index.js';
import { downloadText } from '../download.js';
import { targetValue } from '../panels/TargetTable.js';
import '../matrix/research.css';
import { activate } from '../activate.js';

function Rows({ rows }: { rows: TargetRow[] }) {
  const { t } = useTranslation();
  const focusNode = useFocusNode();
  return (
    <>
      {rows.map((r) => (
        <tr key={r.id} data-testid="targets-row" data-node-id={r.id} className="clickable" title={r.name} {...activate(() => focusNode(r.measure.id))} role="row">
          <td>{r.metric}</td>
          <td className="num value">{targetValue(r)}</td>
          <td className="num" title={r.yearFromDocument ? t('targets.yearFromDocument') : undefined}>
            {r.year ?? '—'}
            {r.yearFromDocument ? '*' : ''}
          </td>
          <td>{r.region ?? '—'}</td>
          <td>
            <button
              type="button"
              className="link"
              onClick={(e) => {
                e.stopPropagation();
                focusNode(r.document.id);
              }}
            >
              {r.document.name}
            </button>
          </td>
          <td className="muted">§ {r.measure.path}</td>
        </tr>
      ))}
    </>
  );
}

export function TargetsView() {
  const { t } = useTranslation();
  const { data } = useExplorerContext();
  const dispatch = useDispatch();
  const state = useExplorer((s) => s.targets);
  const [text, setText] = useState('');
  const [grouped, setGrouped] = useState(false);
  const all = useMemo(() => targetRows(data), [data]);
  const metrics = useMemo(() => groupByMetric(all).map((g) => g.metric), [all]);
  const rows = useMemo(() => sortTargets(filterTargets(all, { metric: state.metric, text }), state.sort), [all, state.metric, text, state.sort]);
  const pivot = useMemo(() => targetPivot(rows), [rows]);
  const header = (key: TargetSort | null, label: string) => (
    <th>
      {key ? (
        <button type="button" data-testid={`targets-sort-${key}`} aria-pressed={state.sort === key} onClick={() => dispatch(setTargets({ sort: key }))}>
          {label}
          {state.sort === key ? ' ▾' : ''}
        </button>
      ) : (
        label
      )}
    </th>
  );
  return (
    <section className="targets-panel" data-testid="targets-view" aria-label={t('targets.title')}>
      <header className="gaps-header">
        <h2>{t('targets.title')}</h2>
        <p className="muted">{t('targets.intro')}</p>
        <button type="button" className="close" data-testid="targets-close" aria-label={t('targets.close')} onClick={() => dispatch(toggleTargets())}>
          ×
        </button>
      </header>
      <div className="targets-controls">
        <input type="search" data-testid="targets-filter" placeholder={t('targets.filter')} value={text} onChange={(e) => setText(e.target.value)} />
        <select data-testid="targets-metric" value={state.metric ?? ''} onChange={(e) => dispatch(setTargets({ metric: e.target.value || null }))}>
          <option value="">{t('targets.allMetrics')}</option>
          {metrics.map((m) => (
            <option key={m} value={m}>
              {m}
            </option>
          ))}
        </select>
        <label className="gaps-only">
          <input type="checkbox" data-testid="targets-group" checked={grouped} onChange={(e) => setGrouped(e.target.checked)} />
          {t('targets.groupByMetric')}
        </label>
        <span className="muted" data-testid="targets-count">
          {t('targets.count', { count: rows.length, total: all.length })}
        </span>
        <button
          type="button"
          className="download"
          data-testid="targets-download"
          title={t('targets.downloadTitle')}
          onClick={() => downloadText(targetsCsvName(state.metric), toCsv(rows, TARGET_CSV_COLUMNS))}
        >
          ↓ {t('matrix.download')}
        </button>
      </div>
      <div className="targets-body">
        {!all.length ? (
          <p className="gaps-note">{t('targets.none')}</p>
        ) : (
          <table className="gaps-table targets-table" data-testid="targets-table">
            <thead>
              <tr>
                {header('metric', t('targets.metric'))}
                {header('value', t('targets.value'))}
                {header('year', t('targets.year'))}
                {header('region', t('targets.region'))}
                {header('document', t('targets.document'))}
                {header(null, t('targets.measure'))}
              </tr>
            </thead>
            <tbody>
              {grouped ? (
                groupByMetric(rows).map((g) => (
                  <Fragment key={g.metric}>
                    <tr className="group-row" data-testid="targets-group-row">
                      <td colSpan={6}>
                        {g.metric} <span className="muted">({g.rows.length})</span>
                      </td>
                    </tr>
                    <Rows rows={g.rows} />
                  </Fragment>
                ))
              ) : (
                <Rows rows={rows} />
              )}
            </tbody>
          </table>
        )}
        {rows.length > 0 && (
          <>
            <h3>{t('targets.pivot')}</h3>
            <p className="muted">{t('targets.pivotIntro')}</p>
            <table className="gaps-table pivot-table" data-testid="targets-pivot">
              <thead>
                <tr>
                  <th className="metric">{t('targets.metric')}</th>
                  {pivot.columns.map((c) => (
                    <th key={c.key} data-testid="pivot-column">
                      {c.region ?? '—'} {c.year ?? ''}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {pivot.metrics.map((m) => (
                  <tr key={m.metric} data-testid="pivot-row">
                    <td className="metric">{m.metric}</td>
                    {pivot.columns.map((c) => (
                      <td key={c.key}>{(m.cells.get(c.key) ?? []).map((r) => targetValue(r)).join('; ')}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </div>
    </section>
  );
}
