// The coverage matrix view: choose a directive; its measures, programmes, brands and target groups
// against every lower document, coloured by status under thresholds the user can change, sorted
// by document order or coverage, the province map beside it, CSV export, and the evidence of a
// cell's best link (the shared evidence drawer, in the URL). Computed by coverage/matrix.ts, like the report.
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { isoOfProvince } from '../../../../coverage/map.js';
import { matrixCsv, matrixCsvName, withNoteRow } from '../../../../coverage/matrix-csv.js';
import { coverageMatrix, filterColumns, sortMatrix } from '../../../../coverage/matrix.js';
import { matrixCsvWords } from '../../graph/coverage-csv.js';
import { directiveChoices, snapshotThresholds, uncomparedLabel } from '../../graph/matrix.js';
import { linkerThresholds } from '../../../../coverage/links.js';
import { openEvidence, setMatrix, toggleMatrix, useDispatch, useExplorer, useExplorerContext } from '../../state/index.js';
import { downloadText } from '../download.js';
import type { EvidenceLink } from '../evidence/EvidenceView.js';
import { ProvinceMap } from '../map/ProvinceMap.js';
import { DocumentCombobox } from '../DocumentCombobox.js';
import type { DocumentOption } from '../../graph/corpus-documents.js';
import { MatrixTable, StatusLegend } from './MatrixTable.js';
import { ThresholdControl } from './ThresholdControl.js';
import { exactFrom } from '../../../../coverage/replay.js';
import { useLinkCandidates } from '../../graph/link-candidates.js';
import './research.css';

/** `asOf` (YYYY-MM-DD): documents issued after it are left out; the time slider passes it. */
export function MatrixView({ asOf }: { asOf?: string | null }) {
  const { t } = useTranslation();
  const { data } = useExplorerContext();
  const dispatch = useDispatch();
  const state = useExplorer((s) => s.matrix);
  // A cell's evidence opens in the shared drawer (EvidenceDrawer): in the URL, like every other way in.
  const setEvidence = (link: EvidenceLink): void => dispatch(openEvidence(link));
  const choices = useMemo(() => directiveChoices(data), [data]);
  const defaults = useMemo(() => snapshotThresholds(data), [data]);
  // Under other thresholds the selection runs again on the snapshot's candidates (fetched on opening: not in the
  // page's graph payload): exact down to exactFrom. The thresholds wait for them, so a user's pair is replayed.
  const candidates = useLinkCandidates(data);
  const exact = useMemo(() => exactFrom(data), [data, candidates]);
  const floor = exact === undefined ? undefined : Math.min(exact, defaults.partial);
  const directive = state.directive && data.hasNode(state.directive) ? state.directive : (choices[0]?.id ?? null);
  // The directive picker is a combobox one types into (session 45; a <select> of every directive was thousands of
  // options at national scale). Choices stay in their order: most links first.
  const loadChoices = useCallback(
    (): DocumentOption[] => choices.map((c) => ({ id: c.id, name: c.name, label: t('matrix.directiveOption', { name: c.name, count: c.lowers }) })),
    [choices, t],
  );
  const directiveText = useMemo(() => (directive ? loadChoices().find((o) => o.id === directive)?.label : undefined), [directive, loadChoices]);
  const thresholds = state.threshold ?? defaults;
  // Untouched thresholds: each link keeps the linker's verdict (plans and regulations have their own
  // calibrated thresholds, snapshot attributes.linkThresholds.byGenre); a user's pair re-reads every score.
  const compute = useCallback(
    () =>
      directive
        ? sortMatrix(coverageMatrix(data, directive, { ...(state.threshold ? { thresholds: state.threshold } : {}), ...(asOf ? { asOf } : {}) }), state.sort)
        : null,
    [data, directive, state.threshold, asOf, state.sort, candidates],
  );
  const base = useMemo(compute, [compute]);
  // An entity carried under a narrower form is read from the CARRIES edges the ingest wrote (session 47), as the report
  // and /api/coverage read it: no measure texts to fetch, whatever the number of columns.
  const full = base;
  const own = useMemo(() => {
    const by = new Map<string, { implements: number; partial: number; columns: number }>();
    for (const c of full?.columns ?? []) {
      const th = linkerThresholds(data, c.id);
      if (!th || (th.implements === defaults.implements && th.partial === defaults.partial)) continue;
      const key = `${th.implements}/${th.partial}`;
      by.set(key, { ...th, columns: (by.get(key)?.columns ?? 0) + 1 });
    }
    return [...by.values()];
  }, [data, full, defaults]);
  const shown = useMemo(() => {
    const iso = isoOfProvince(state.province ?? undefined);
    return full && iso ? filterColumns(full, (c) => isoOfProvince(c.province) === iso) : full;
  }, [full, state.province]);
  return (
    <section className="matrix-panel" data-testid="matrix-view" aria-label={t('matrix.title')}>
      <header className="gaps-header">
        <h2>{t('matrix.title')}</h2>
        <p className="muted">{t('matrix.intro')}</p>
        <button type="button" className="close" data-testid="matrix-close" aria-label={t('matrix.close')} onClick={() => dispatch(toggleMatrix())}>
          ×
        </button>
      </header>
      <div className="matrix-controls">
        <label className="gaps-picker">
          <span className="gaps-picker-label">{t('matrix.directive')}</span>
          <DocumentCombobox
            testId="matrix-directive"
            label={t('matrix.directive')}
            placeholder={t('matrix.chooseDirective')}
            load={loadChoices}
            value={directive}
            valueText={directiveText}
            onChoose={(id) => dispatch(setMatrix({ directive: id, province: null }))}
          />
        </label>
        <ThresholdControl value={thresholds} defaults={defaults} min={floor} exact={exact} candidates={candidates} onChange={(threshold) => dispatch(setMatrix({ threshold }))} />
        {full && full.uncompared.length > 0 && (
          // Session 37 trial: 北京's 老年人权益保障条例 (1995) is on the subject of the 老年人权益保障法 but issued before
          // it, so no column; the map drew 北京 "no document" and a planner comparing provinces took it for one.
          <p className="muted matrix-uncompared" data-testid="matrix-uncompared">
            {t('matrix.uncompared', { count: full.uncompared.length, docs: full.uncompared.map((d) => uncomparedLabel(t, d)).join(t('matrix.listSep')) })}
          </p>
        )}
        {!state.threshold && own.length > 0 && (
          // Untouched, each column keeps its linker's verdicts, and a genre with thresholds of its own (regulations)
          // was linked by those, not by the pair shown in the boxes (session 34 trial: the 教师法's columns, all
          // regulations, green at 0.15 under boxes reading 0.24).
          <p className="muted matrix-own-thresholds" data-testid="matrix-own-thresholds">
            {/* Session 45 trial: every column of the 促进科技成果转化法 a regulation, the note said "among them 5" under
                boxes reading 0.24 / 0.06 that judged no column. */}
            {own
              .map((o) =>
                t(o.columns === full?.columns.length ? 'matrix.ownThresholdsAll' : 'matrix.ownThresholds', { count: o.columns, implements: o.implements, partial: o.partial }),
              )
              .join(' ')}
          </p>
        )}
        <label className="gaps-only">
          <input
            type="checkbox"
            data-testid="matrix-sort"
            checked={state.sort === 'coverage'}
            onChange={(e) => dispatch(setMatrix({ sort: e.target.checked ? 'coverage' : 'order' }))}
          />
          {t('matrix.sortByCoverage')}
        </label>
        <button
          type="button"
          className="download"
          data-testid="matrix-download"
          title={t('matrix.downloadTitle')}
          disabled={!shown}
          onClick={() => {
            if (!shown) return;
            const csv = matrixCsv(shown, { words: matrixCsvWords(t) });
            // Thresholds set on the page are written under the table (session 37 trial: a file exported at 0.3 / 0.2 and
            // sent on said nothing of them, and read as the linker's verdicts); the linker's own leave the file as is.
            const note = state.threshold
              ? t('matrix.csvThresholds', { implements: state.threshold.implements, partial: state.threshold.partial, defaults: `${defaults.implements} / ${defaults.partial}` })
              : undefined;
            downloadText(matrixCsvName(shown.directive.name, state.province ?? undefined), withNoteRow(csv, note, t('matrix.csvNote')));
          }}
        >
          ↓ {t('matrix.download')}
        </button>
      </div>
      {!shown ? (
        <p className="gaps-note" data-testid="matrix-note">
          {t('matrix.noDirective')}
        </p>
      ) : (
        <div className="matrix-body">
          <div className="matrix-scroll">
            <StatusLegend />
            {shown.columns.length ? (
              <MatrixTable matrix={shown} onEvidence={setEvidence} />
            ) : (
              <p className="gaps-note" data-testid="matrix-note">
                {t('matrix.noColumns')}
              </p>
            )}
          </div>
          {full && <ProvinceMap matrix={full} selected={state.province} onSelect={(province) => dispatch(setMatrix({ province }))} />}
        </div>
      )}
    </section>
  );
}
