// The planners' gap view: what a lower-level plan leaves out of a higher-level one, as three
// tables (measures, programmes & brands, target groups) that select nodes and export as CSV.
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultDocumentPair, documentOptions } from '../../graph/corpus-documents.js';
import { coverage, isGap, type Coverage } from '../../graph/coverage.js';
import { coverageCsvName, ENTITY_CSV_COLUMNS, localisedColumns, MEASURE_CSV_COLUMNS, withMeasureTexts, withPassages, type GapTable } from '../../graph/coverage-csv.js';
import type { GapPassage } from '../../../../coverage/passages.js';
import { formsFromAnswer, type GapForm } from '../../../../coverage/forms.js';
import { toCsv } from '../../graph/csv.js';
import { hasText } from '../../graph/payload.js';
import { api } from '../../api/client.js';
import { chooseGapDocuments, setGapsOnly, toggleGaps, useDispatch, useExplorer, useExplorerContext } from '../../state/index.js';
import { lowerDocuments } from '../../../../coverage/index.js';
import { linkerThresholds } from '../../../../coverage/links.js';
import { exactFrom } from '../../../../coverage/replay.js';
import { useLinkCandidates } from '../../graph/link-candidates.js';
import { downloadText } from '../download.js';
import { DocumentPicker } from './DocumentPicker.js';
import { EntityGapTable } from './EntityGapTable.js';
import { MeasureGapTable } from './MeasureGapTable.js';

export function GapsView() {
  const { t } = useTranslation();
  const { data } = useExplorerContext();
  const dispatch = useDispatch();
  const gaps = useExplorer((s) => s.gaps);
  const options = useMemo(() => documentOptions(data, (l) => t(`level.${l}`, { defaultValue: l })), [data, t]);
  const defaults = useMemo(() => defaultDocumentPair(data), [data]);
  const higher = gaps.higher ?? defaults.higher;
  const lower = gaps.lower ?? defaults.lower;
  // An entity carried under a narrower form is read from the CARRIES edges the ingest wrote for the pairs coverage
  // compares (session 47), as the report and the server read it; a pair without edges (two documents coverage does not
  // compare, a snapshot written before session 47) gets the forms the server computes for it with its passages
  // (session 48: coverage/forms.ts pairForms; until they are in, entity nodes only).
  const pair = higher && lower && higher !== lower ? { higher, lower } : null;
  const answer = useGapPassages(pair?.higher ?? null, pair?.lower ?? null);
  const passages = typeof answer === 'string' ? answer : answer.passages;
  const forms = useMemo(() => (typeof answer === 'string' || !answer.forms.length ? undefined : formsFromAnswer(answer.forms)), [answer]);
  const result = useMemo(() => (pair ? coverage(data, pair.higher, pair.lower, forms) : null), [data, pair?.higher, pair?.lower, forms]);
  // The documents below the higher one (on its subject, lower level, its region chain: the matrix's columns),
  // listed first in the lower picker; a new higher document whose lowers do not include the lower one brings
  // its first lower along (session 32 trial: 献血法 chosen over the default 吉林 plan compared a blood-donation
  // law with a science-popularisation plan, 0 of 23 covered).
  const belowOf = (id: string | null) => (id ? lowerDocuments(data, id).map((d) => d.id) : []);
  const below = useMemo(() => (higher ? lowerDocuments(data, higher).map((d) => d.id) : []), [data, higher]);
  const choose = (c: { higher?: string; lower?: string }) => {
    if (c.higher && c.lower === undefined) {
      const next = belowOf(c.higher);
      if (next.length > 0 && !(lower && next.includes(lower))) c = { ...c, lower: next[0] };
    }
    dispatch(chooseGapDocuments(c));
  };
  return (
    <section className="gaps-panel" data-testid="gaps-view" aria-label={t('gaps.title')}>
      <header className="gaps-header">
        <h2>{t('gaps.title')}</h2>
        <p className="muted">{t('gaps.intro')}</p>
        <button type="button" className="close" data-testid="gaps-close" aria-label={t('gaps.close')} onClick={() => dispatch(toggleGaps())}>
          ×
        </button>
      </header>
      <DocumentPicker options={options} higher={higher} lower={lower} below={below} onChange={choose} />
      {result ? (
        <CoverageTables result={result} gapsOnly={gaps.gapsOnly} passages={passages} />
      ) : (
        <p className="gaps-note" data-testid="gaps-note">
          {options.length < 2 ? t('gaps.needTwo') : t('gaps.chooseDifferent')}
        </p>
      )}
    </section>
  );
}

/** The server's part of a pair's gap tables: each row's passage and the forms computed for the pair. */
interface GapAnswer {
  passages: GapPassage[];
  forms: GapForm[];
}

/** Answers of GET /api/gap-passages by pair, kept while the page lives (the view mounts again on reopening, and its
 *  pickers settle in two renders): one request per pair of documents. A failed one is forgotten, so it is asked again. */
const passageAnswers = new Map<string, Promise<GapAnswer>>();

/** The longest passage each row's link reuses, for the whole table in one request (GET /api/gap-passages; the page's
 *  graph holds no passages), and the forms the server computed for a pair without CARRIES edges: 'loading' until the
 *  answer for these two documents is in, 'failed' when it could not come (the rows then show no passage, and entities
 *  read as the graph's nodes and edges say). */
function useGapPassages(higher: string | null, lower: string | null): GapAnswer | 'loading' | 'failed' {
  const key = higher && lower ? `${higher}\u0000${lower}` : '';
  const [answer, setAnswer] = useState<{ key: string; answer: GapAnswer | 'failed' } | null>(null);
  useEffect(() => {
    if (!higher || !lower) return;
    let live = true;
    let asked = passageAnswers.get(key);
    if (!asked) {
      asked = api.gapPassages(higher, lower).then((a) => ({ passages: a.passages, forms: a.forms ?? [] }));
      passageAnswers.set(key, asked);
      asked.catch(() => passageAnswers.delete(key));
    }
    asked.then(
      (a) => live && setAnswer({ key, answer: a }),
      () => live && setAnswer({ key, answer: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, [higher, lower, key]);
  return answer?.key === key ? answer.answer : 'loading';
}

function CoverageTables({ result, gapsOnly, passages }: { result: Coverage; gapsOnly: boolean; passages: GapPassage[] | 'loading' | 'failed' }) {
  const { t } = useTranslation();
  const { data } = useExplorerContext();
  const dispatch = useDispatch();
  const { summary: s } = result;
  const shown = <T extends Parameters<typeof isGap>[0]>(rows: T[]) => (gapsOnly ? rows.filter(isGap) : rows);
  const measures = withPassages(shown(result.measures), Array.isArray(passages) ? passages : undefined);
  const programmes = shown(result.programmes);
  const groups = shown(result.groups);
  const name = (id: string) => data.getNodeAttribute(id, 'name');
  const save = (table: GapTable, csv: string) =>
    downloadText(coverageCsvName(table, name(result.lower), name(result.higher), { gapsOnly }), csv);
  const percent = s.measuresTotal ? (100 * s.measuresCovered) / s.measuresTotal : 0;
  // The full texts of the rows' measures: those the page has, the rest fetched once (POST /api/texts); a failed
  // fetch leaves their cells empty rather than no file.
  const measureTexts = async (rows: typeof measures) => {
    const ids = [...new Set(rows.flatMap((r) => (r.implementedBy ? [r.id, r.implementedBy.id] : [r.id])))];
    const missing = ids.filter((id) => data.hasNode(id) && !hasText(data, id));
    const fetched = missing.length ? await api.texts(missing).then((a) => a.texts, () => ({}) as Record<string, string>) : {};
    return (id: string) => fetched[id] ?? (hasText(data, id) ? (data.getNodeAttributes(id) as { text?: string }).text : undefined);
  };
  return (
    // One scroller for the summary and the tables on a short screen (styles.css .gaps-scroll): session 35, at
    // 1280×720 the summary (154 px in English) left the table 242 px and 河南's first row (170 px) was cut.
    <div className="gaps-scroll" data-testid="gaps-scroll">
      <div className="gaps-summary">
        <SummaryLine result={result} />
        <Thresholds lower={result.lower} />
        <div className="coverage-bar" role="img" aria-label={t('gaps.barLabel', { percent: Math.round(percent) })}>
          <span style={{ width: `${percent}%` }} />
        </div>
        <label className="gaps-only">
          <input type="checkbox" data-testid="gaps-only" checked={gapsOnly} onChange={(e) => dispatch(setGapsOnly(e.target.checked))} />
          {t('gaps.gapsOnly')}
        </label>
      </div>
      <div className="gaps-body">
        <GapSection
          title={t('gaps.measures')}
          count={t('gaps.measuresCount', { covered: s.measuresCovered, total: s.measuresTotal })}
          table="measures"
          onDownload={() => void measureTexts(measures).then((texts) => save('measures', toCsv(withMeasureTexts(measures, texts), localisedColumns(MEASURE_CSV_COLUMNS, t))))}
        >
          <MeasureGapTable rows={measures} passages={Array.isArray(passages) ? 'ready' : passages} />
        </GapSection>
        <GapSection
          title={t('gaps.programmes')}
          count={t('gaps.missingCount', { missing: s.programmesMissing, total: s.programmesTotal })}
          table="programmes"
          onDownload={() => save('programmes', toCsv(programmes, localisedColumns(ENTITY_CSV_COLUMNS, t)))}
        >
          <EntityGapTable rows={programmes} showType testId="gaps-programmes-table" lower={result.lower} />
        </GapSection>
        <GapSection
          title={t('gaps.groups')}
          count={t('gaps.missingCount', { missing: s.groupsMissing, total: s.groupsTotal })}
          table="groups"
          onDownload={() => save('groups', toCsv(groups, localisedColumns(ENTITY_CSV_COLUMNS, t)))}
        >
          <EntityGapTable rows={groups} showType={false} testId="gaps-groups-table" lower={result.lower} />
        </GapSection>
      </div>
    </div>
  );
}

function GapSection(props: { title: string; count: string; table: GapTable; onDownload(): void; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <section className="gaps-section" data-testid={`gaps-section-${props.table}`}>
      <header>
        <h3>{props.title}</h3>
        <span className="count">{props.count}</span>
        <button
          type="button"
          className="download"
          data-testid={`gaps-download-${props.table}`}
          title={t('gaps.downloadTitle')}
          onClick={props.onDownload}
        >
          ↓ {t('gaps.download')}
        </button>
      </header>
      {props.children}
    </section>
  );
}

/** The summary: the measures clause in bold; the entities clause wraps as one piece. */
function SummaryLine({ result }: { result: Coverage }) {
  const { t } = useTranslation();
  const s = result.summary;
  const percent = s.measuresTotal ? Math.round((100 * s.measuresCovered) / s.measuresTotal) : 0;
  return (
    <p data-testid="gaps-summary" data-covered={s.measuresCovered} data-total={s.measuresTotal}>
      <strong>
        {t('gaps.summary', { covered: s.measuresCovered, total: s.measuresTotal, percent, implemented: s.measuresImplemented, partial: s.measuresPartial, na: s.measuresNotApplicable })}
      </strong>{' '}
      <span className="nowrap">{t('gaps.summaryMissing', { programmes: t('gaps.programmesMissing', { count: s.programmesMissing }), groups: t('gaps.groupsMissing', { count: s.groupsMissing }) })}</span>
      {s.lagFrom && (
        <span className="gaps-lag-from" data-testid="gaps-lag-from" data-since={s.lagFrom}>
          {' '}
          {t('gaps.lagFrom', { since: s.lagFrom })}
        </span>
      )}
      {s.lagTo && (
        <span className="gaps-lag-to" data-testid="gaps-lag-to" data-until={s.lagTo}>
          {' '}
          {t('gaps.lagTo', { until: s.lagTo })}
        </span>
      )}
    </p>
  );
}

/** The linker's verdict thresholds for the lower document, as written into the snapshot (its genre's when the
 *  snapshot has them: coverage/links.ts linkerThresholds), so a reader knows what the labels mean; and from which
 *  partial threshold other thresholds give the links a re-ingest would (coverage/replay.ts exactFrom). Session 34
 *  trial: 广东's 实施办法 against the 消防法 said "implemented: score ≥ 0.24" (the plans' threshold) above rows
 *  implemented at 0.20 by the regulations' 0.14. */
function Thresholds({ lower }: { lower: string }) {
  const { t } = useTranslation();
  const { data } = useExplorerContext();
  const all = data.getAttributes().linkThresholds;
  const th = all ? { ...all, ...linkerThresholds(data, lower) } : undefined;
  // The candidates are fetched on opening (not in the page's graph payload); the line shows once they are here.
  const candidates = useLinkCandidates(data);
  const exact = useMemo(() => exactFrom(data), [data, candidates]);
  if (!th) return null;
  return (
    <>
      <p className="muted gaps-thresholds" data-testid="gaps-thresholds" title={th.provenance}>
        {t('gaps.thresholds', { implements: th.implements, partial: th.partial })}
        {th.subjectMinCosine !== undefined && <> {t('gaps.subjectGate', { cosine: th.subjectMinCosine })}</>}
      </p>
      {exact !== undefined && (
        // Folded (session 34 trial at 1280×720: with it open, the lines above the table left it 194 px, less than
        // one row; it is about other views' thresholds, not this table's verdicts).
        <details className="muted gaps-thresholds" data-testid="gaps-exact-details">
          <summary>{t('gaps.exactFromSummary')}</summary>
          <p data-testid="gaps-exact-from" data-exact-from={exact}>
            {t('gaps.exactFrom', { exact })}
          </p>
        </details>
      )}
    </>
  );
}
