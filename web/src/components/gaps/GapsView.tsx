// The planners' gap view: what a lower-level plan leaves out of a higher-level one, as three
// tables (measures, programmes & brands, target groups) that select nodes and export as CSV.
import { useMemo, type ReactNode } from 'react';
import { defaultDocumentPair, documentOptions } from '../../graph/corpus-documents.js';
import { coverage, coverageSummaryLine, isGap, type Coverage } from '../../graph/coverage.js';
import { coverageCsvName, ENTITY_CSV_COLUMNS, MEASURE_CSV_COLUMNS, type GapTable } from '../../graph/coverage-csv.js';
import { toCsv } from '../../graph/csv.js';
import { chooseGapDocuments, setGapsOnly, toggleGaps, useDispatch, useExplorer, useExplorerContext } from '../../state/index.js';
import { downloadText } from '../download.js';
import { DocumentPicker } from './DocumentPicker.js';
import { EntityGapTable } from './EntityGapTable.js';
import { MeasureGapTable } from './MeasureGapTable.js';

export function GapsView() {
  const { data } = useExplorerContext();
  const dispatch = useDispatch();
  const gaps = useExplorer((s) => s.gaps);
  const options = useMemo(() => documentOptions(data), [data]);
  const defaults = useMemo(() => defaultDocumentPair(data), [data]);
  const higher = gaps.higher ?? defaults.higher;
  const lower = gaps.lower ?? defaults.lower;
  const result = useMemo(() => (higher && lower && higher !== lower ? coverage(data, higher, lower) : null), [data, higher, lower]);
  return (
    <section className="gaps-panel" data-testid="gaps-view" aria-label="Coverage gaps">
      <header className="gaps-header">
        <h2>Coverage gaps 落实缺口</h2>
        <p className="muted">What the lower document leaves out of the higher one. Click a row to open it in the graph.</p>
        <button type="button" className="close" data-testid="gaps-close" aria-label="Close coverage gaps" onClick={() => dispatch(toggleGaps())}>
          ×
        </button>
      </header>
      <DocumentPicker options={options} higher={higher} lower={lower} onChange={(c) => dispatch(chooseGapDocuments(c))} />
      {result ? (
        <CoverageTables result={result} gapsOnly={gaps.gapsOnly} />
      ) : (
        <p className="gaps-note" data-testid="gaps-note">
          {options.length < 2 ? 'The corpus needs two documents to compare.' : 'Choose two different documents.'}
        </p>
      )}
    </section>
  );
}

function CoverageTables({ result, gapsOnly }: { result: Coverage; gapsOnly: boolean }) {
  const { data } = useExplorerContext();
  const dispatch = useDispatch();
  const { summary: s } = result;
  const shown = <T extends Parameters<typeof isGap>[0]>(rows: T[]) => (gapsOnly ? rows.filter(isGap) : rows);
  const measures = shown(result.measures);
  const programmes = shown(result.programmes);
  const groups = shown(result.groups);
  const name = (id: string) => data.getNodeAttribute(id, 'name');
  const save = (table: GapTable, csv: string) =>
    downloadText(coverageCsvName(table, name(result.lower), name(result.higher), { gapsOnly }), csv);
  const percent = s.measuresTotal ? (100 * s.measuresCovered) / s.measuresTotal : 0;
  return (
    <>
      <div className="gaps-summary">
        <SummaryLine text={coverageSummaryLine(s)} />
        <Thresholds />
        <div className="coverage-bar" role="img" aria-label={`${Math.round(percent)} % of measures covered`}>
          <span style={{ width: `${percent}%` }} />
        </div>
        <label className="gaps-only">
          <input type="checkbox" data-testid="gaps-only" checked={gapsOnly} onChange={(e) => dispatch(setGapsOnly(e.target.checked))} />
          Gaps only 仅看缺口
        </label>
      </div>
      <div className="gaps-body">
        <GapSection
          title="Measures 措施"
          count={`${s.measuresCovered} / ${s.measuresTotal} covered`}
          table="measures"
          onDownload={() => save('measures', toCsv(measures, MEASURE_CSV_COLUMNS))}
        >
          <MeasureGapTable rows={measures} />
        </GapSection>
        <GapSection
          title="Programmes & brands 项目与品牌"
          count={`${s.programmesMissing} of ${s.programmesTotal} missing`}
          table="programmes"
          onDownload={() => save('programmes', toCsv(programmes, ENTITY_CSV_COLUMNS))}
        >
          <EntityGapTable rows={programmes} showType testId="gaps-programmes-table" />
        </GapSection>
        <GapSection
          title="Target groups 目标人群"
          count={`${s.groupsMissing} of ${s.groupsTotal} missing`}
          table="groups"
          onDownload={() => save('groups', toCsv(groups, ENTITY_CSV_COLUMNS))}
        >
          <EntityGapTable rows={groups} showType={false} testId="gaps-groups-table" />
        </GapSection>
      </div>
    </>
  );
}

function GapSection(props: { title: string; count: string; table: GapTable; onDownload(): void; children: ReactNode }) {
  return (
    <section className="gaps-section" data-testid={`gaps-section-${props.table}`}>
      <header>
        <h3>{props.title}</h3>
        <span className="count">{props.count}</span>
        <button
          type="button"
          className="download"
          data-testid={`gaps-download-${props.table}`}
          title="Download this table as CSV (UTF-8, opens in Excel)"
          onClick={props.onDownload}
        >
          ↓ Download CSV
        </button>
      </header>
      {props.children}
    </section>
  );
}

/** The summary: the measures clause in bold; the entities clause wraps as one piece. */
function SummaryLine({ text }: { text: string }) {
  const cut = text.indexOf('), ');
  if (cut < 0) return <p data-testid="gaps-summary">{text}</p>;
  return (
    <p data-testid="gaps-summary">
      <strong>{text.slice(0, cut + 2)}</strong> <span className="nowrap">{text.slice(cut + 3)}</span>
    </p>
  );
}

/** The linker's verdict thresholds, as written into the snapshot, so a reader knows what the labels mean. */
function Thresholds() {
  const { data } = useExplorerContext();
  const t = data.getAttributes().linkThresholds;
  if (!t) return null;
  return (
    <p className="muted gaps-thresholds" data-testid="gaps-thresholds" title={t.provenance}>
      Implemented: score ≥ {t.implements}; partial: score ≥ {t.partial}; not applicable: addressed only to the issuer itself.
    </p>
  );
}
