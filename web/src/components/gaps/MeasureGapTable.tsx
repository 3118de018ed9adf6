// The higher document's leaf measures in path order, under their section headings: the lower
// document's best implementing measure with score and lag ("via …" when it carries the measure through an
// intermediate document: a city's regulation → its province's → the law), or a gap. A row selects its measure.
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeasureCoverage } from '../../graph/coverage.js';
import type { MeasureGapRow } from '../../graph/coverage-csv.js';
import { openEvidence, readInSource, useDispatch, useExplorer, useExplorerContext, useFocusNode } from '../../state/index.js';
import { LagYears } from '../LagYears.js';
import { NodeLink } from '../NodeLink.js';
import { activate } from '../activate.js';

function Implementer({ row }: { row: MeasureCoverage }) {
  const { t } = useTranslation();
  const dispatch = useDispatch();
  const impl = row.implementedBy;
  if (!impl) {
    return row.status === 'not applicable' ? (
      <span className="na-chip" title={t('gaps.notApplicableTitle', { who: row.addressees.join('、') })}>
        {t('gaps.notApplicable')}
      </span>
    ) : (
      <span className="gap-chip">{t('gaps.gap')}</span>
    );
  }
  const more = row.implementers - 1;
  // The verdict opens the link's evidence (both texts, the reused passages, "read in the text"): session 38 trial, a
  // researcher reading 淄博's row under the law's 第一章/第五条 had to select the law's measure, find 淄博's among the
  // implementers in its side panel and click it there. Through a chain it is the first link's (lower → intermediate).
  const evidence = { lower: impl.id, higher: impl.via ? impl.via.id : row.id };
  return (
    // The link selects the lower measure; the row's own click must not override it.
    <span className="implementer" onClick={(e) => e.stopPropagation()}>
      <span className="muted path">§ {impl.path}</span>
      <button
        type="button"
        className={`verdict-chip ${impl.verdict}`}
        data-testid="gap-evidence"
        title={t('gaps.evidenceTitle')}
        onClick={() => dispatch(openEvidence(evidence))}
      >
        {impl.verdict === 'implements' ? t('gaps.implemented') : t('gaps.partial')}
      </button>
      <NodeLink node={impl} />
      {impl.via && (
        <span
          className="muted via"
          data-testid="gap-via"
          title={t('gaps.viaTitle', {
            doc: impl.via.then ? `${impl.via.docName} → ${impl.via.then.docName}` : impl.via.docName,
            path: impl.via.then ? `${impl.via.path} → ${impl.via.then.path}` : impl.via.path,
            lower: impl.via.lower.score.toFixed(2),
            higher: (impl.via.then ? Math.min(impl.via.higher.score, impl.via.then.higher.score) : impl.via.higher.score).toFixed(2),
          })}
        >
          {t('gaps.via', { doc: impl.via.then ? `${impl.via.docName} → ${impl.via.then.docName}` : impl.via.docName })}
        </span>
      )}
      {more > 0 && (
        <span className="muted more" title={t('gaps.more', { count: row.implementers })}>
          +{more}
        </span>
      )}
    </span>
  );
}

/** The longest passage the row's link reuses, as text; a click opens the lower document's text at that passage, marked
 *  (session 39: 淄博's 第二条 read as a wrong link under the law's 第三条 until one saw it reuses its second paragraph;
 *  session 40: the passage itself, not only the measure's lines). */
function Passage({ passage }: { passage: NonNullable<MeasureGapRow['passage']> }) {
  const { t } = useTranslation();
  const { data } = useExplorerContext();
  const dispatch = useDispatch();
  const doc = data.hasNode(passage.lower) ? (data.getNodeAttributes(passage.lower) as { docId?: string }).docId : undefined;
  const title = [t('gaps.passageTitle'), passage.higherText ? t('gaps.passageHigher', { text: passage.higherText }) : ''].filter(Boolean).join('\n');
  return (
    <button
      type="button"
      className="gap-passage"
      data-testid="gap-passage"
      data-lower={passage.lower}
      title={title}
      disabled={!doc}
      onClick={(e) => {
        e.stopPropagation();
        if (doc) dispatch(readInSource(passage.lower, doc, [passage.span]));
      }}
    >
      「{passage.text}」
    </button>
  );
}

export function MeasureGapTable({ rows, passages = 'ready' }: { rows: MeasureGapRow[]; passages?: 'ready' | 'loading' | 'failed' }) {
  const { t } = useTranslation();
  const focusNode = useFocusNode();
  const selected = useExplorer((s) => s.selected);
  if (!rows.length) return <p className="muted gaps-empty">{t('gaps.noMeasures')}</p>;
  return (
    <table className="gaps-table" data-testid="gaps-measures-table" data-passages={passages}>
      <thead>
        <tr>
          <th className="col-path">§</th>
          <th>{t('gaps.measure')}</th>
          <th>{t('gaps.implementedBy')}</th>
          <th className="num" title={t('gaps.scoreTitle')}>
            {t('gaps.score')}
          </th>
          <th className="num" title={t('gaps.lagTitle')}>
            {t('gaps.lag')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <Fragment key={r.id}>
            {r.section && r.section !== rows[i - 1]?.section && (
              <tr className="group-row">
                <td colSpan={5}>{r.section}</td>
              </tr>
            )}
            <tr
              data-testid="gap-row"
              data-node-id={r.id}
              data-status={r.status === 'not applicable' ? 'na' : r.status}
              className={`clickable ${r.status === 'gap' ? 'gap' : 'covered'}${selected === r.id ? ' selected' : ''}`}
              title={`${r.path} ${r.name}`}
              {...activate(() => focusNode(r.id))}
              role="row"
            >
              <td className="col-path num">
                <BreakablePath path={r.path} />
              </td>
              <td className="col-name">{r.name}</td>
              <td className="col-impl">
                <Implementer row={r} />
                {r.passage && <Passage passage={r.passage} />}
              </td>
              <td className="num">{r.implementedBy ? r.implementedBy.score.toFixed(2) : ''}</td>
              <td className="num">
                {r.implementedBy?.lagDays !== undefined ? t('gaps.lagDays', { days: `${r.implementedBy.lagApprox ? '≈' : ''}${r.implementedBy.lagDays}` }) : r.implementedBy ? '—' : ''}
                <LagYears days={r.implementedBy?.lagDays} />
              </td>
            </tr>
          </Fragment>
        ))}
      </tbody>
    </table>
  );
}

/** A measure's path, breakable after each "/" (第二章/ ⏎ 第十一条). Session 35 trial: kept on one line (.num), 第二章/第十一条
 *  ran 8 px past its 82 px column, under the measure's text, and read as "第二章/第十一统计调查项目". */
function BreakablePath({ path }: { path: string }) {
  const parts = path.split('/');
  return (
    <>
      {parts.map((p, i) => (
        <Fragment key={i}>
          {i > 0 && (
            <>
              /<wbr />
            </>
          )}
          {p}
        </Fragment>
      ))}
    </>
  );
}
