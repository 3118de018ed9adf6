// The Cypher console: canned queries with their parameters, or your own Cypher, read-only, with
// the server's row and time limits shown. Results as a table, as a small graph when they hold
// nodes, and as CSV. The query lives in the store (hence the URL). When Neo4j or the server is
// gone, one sentence says so and what to do; the console comes back by itself.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QueryResult } from '../../../neo4j/types.js';
import { api, ApiRequestError } from '../api/client.js';
import { paramInput, parseParams } from '../api/params.js';
import type { CannedQueryInfo } from '../api/types.js';
import { graphExamples, inGraph, queryExamples } from '../graph/param-examples.js';
import { resultCsv, resultGraph } from '../graph/result-graph.js';
import { editConsole, runConsole, toggleConsole, useDispatch, useExplorer, useExplorerContext } from '../state/index.js';
import { downloadText } from './download.js';
import { localReason } from '../i18n/reason.js';
import { CANNED_DESCRIPTIONS_ZH } from '../i18n/canned-descriptions.zh.js';
import { RESULT_GRAPH_MAX_NODES, ResultGraph } from './ResultGraph.js';
import { ResultsTable } from './ResultsTable.js';

/** The server's limits (neo4j/queries.ts defaults): shown so a cut result is not a surprise. */
export const CONSOLE_LIMITS = { rows: 1000, seconds: 30 } as const;

export function CypherConsole() {
  const { t } = useTranslation();
  const dispatch = useDispatch();
  const health = useExplorer((s) => s.health);
  const on = health.reachable && health.cypher;
  return (
    <section className="cypher-console" data-testid="cypher-console" aria-label={t('console.title')}>
      <header>
        <h2>{t('console.title')}</h2>
        <button type="button" className="close" aria-label={t('console.close')} onClick={() => dispatch(toggleConsole())}>
          ×
        </button>
      </header>
      {!on && (
        <div className="cypher-off" role="status">
          <p data-testid="cypher-off">{!health.reachable ? t('console.serverGone') : health.loading ? t('console.loading') : t('console.neo4jGone')}</p>
          {health.reachable && health.cypherOff && (
            <p className="muted" data-testid="cypher-off-reason">
              {localReason(health.cypherOff, t)}
            </p>
          )}
        </div>
      )}
      {on && <ConsoleBody />}
    </section>
  );
}

type View = 'table' | 'graph';

/** The console guard's reasons the i18n tables word (neo4j/console-guard.ts `Refusal['reason']`). */
const REFUSAL_REASONS = new Set(['load-csv', 'admin', 'use', 'procedure', 'function', 'prefix', 'write', 'cost']);

type Translate = (k: string, o?: Record<string, unknown>) => string;
/** An error shown in the console, worded in the page's current language when drawn. */
interface Wording {
  say(t: Translate): string;
}

function describe(e: unknown, t: Translate): string {
  if (e instanceof ApiRequestError) {
    if (e.code === 'Timeout') return t('console.timeout');
    if (e.status === 503 || e.code === 'Network') return t('console.unavailable');
    // A refusal in the page's language (session 32 trial: every refusal was English in the Chinese page).
    if (e.refusal && REFUSAL_REASONS.has(e.refusal.reason)) return t(`console.refused.${e.refusal.reason}`, e.refusal.detail ?? {});
    // Neo4j's own wording of a syntax error is kept (it quotes the line and points at the place), without its code.
    if (e.code === 'Neo.ClientError.Statement.SyntaxError') return t('console.syntaxError', { message: e.message });
    return `${e.code}: ${e.message}`;
  }
  return (e as Error).message;
}

function ConsoleBody() {
  const { t, i18n } = useTranslation();
  const dispatch = useDispatch();
  const state = useExplorer((s) => s.console);
  const [queries, setQueries] = useState<CannedQueryInfo[]>([]);
  const [result, setResult] = useState<QueryResult | null>(null);
  // The error itself, worded at render time: a switch of language words it again.
  const [error, setError] = useState<Wording | null>(null);
  const [running, setRunning] = useState(false);
  const [ms, setMs] = useState<number | null>(null);
  const [view, setView] = useState<View>('table');
  const chosen = queries.find((q) => q.name === state.canned) ?? null;
  const graph = useMemo(() => (result ? resultGraph(result) : null), [result]);
  const { data } = useExplorerContext();
  const examples = useMemo(() => graphExamples(data), [data]);
  const input = (p: CannedQueryInfo['params'][number], query = chosen?.name) =>
    paramInput(p, { values: queryExamples(examples, query), has: (v: string) => inGraph(data, v) });

  useEffect(() => {
    api.queries().then(setQueries, (e: unknown) => setError({ say: (tr) => describe(e, tr) }));
  }, []);
  // A link that named a canned query without its text: show the text once the list is known.
  const awaitingText = state.canned !== null && state.cannedCypher === '' && state.query === '';
  useEffect(() => {
    if (!awaitingText || !queries.length) return;
    if (chosen) dispatch(editConsole({ query: chosen.cypher, cannedCypher: chosen.cypher }));
    else setError({ say: (tr) => tr('console.unknownCanned', { name: state.canned }) });
  }, [awaitingText, queries, chosen, dispatch, state.canned]);

  const choose = (name: string) => {
    const q = queries.find((x) => x.name === name) ?? null;
    setError(null);
    setResult(null);
    if (!q) return void dispatch(editConsole({ canned: null, cannedCypher: null, params: {} }));
    dispatch(editConsole({ canned: q.name, query: q.cypher, cannedCypher: q.cypher, params: Object.fromEntries(q.params.map((p) => [p.name, input(p, q.name)])) }));
  };

  const execute = async () => {
    if (awaitingText && !chosen) return; // an unknown canned query: the error above says so
    setRunning(true);
    setError(null);
    const t0 = performance.now();
    try {
      const params = chosen ? parseParams(chosen.params, { ...Object.fromEntries(chosen.params.map((p) => [p.name, input(p)])), ...state.params }) : {};
      const res = chosen && (state.query === chosen.cypher || awaitingText) ? await api.canned(chosen.name, params) : await api.cypher(state.query, params);
      setResult(res);
      setMs(Math.round(performance.now() - t0));
    } catch (e) {
      setError({ say: (tr) => describe(e, tr) });
      setResult(null);
    } finally {
      setRunning(false);
    }
  };
  // A run from the button, or from a link that carried one (once the canned list is known).
  const lastRun = useRef(0);
  const ready = !state.canned || queries.length > 0;
  useEffect(() => {
    if (state.run > 0 && state.run !== lastRun.current && ready) {
      lastRun.current = state.run;
      void execute();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state.run, ready]);

  return (
    <div className="console-body">
      <div className="console-row">
        <select data-testid="cypher-canned" value={state.canned ?? ''} onChange={(e) => choose(e.target.value)}>
          <option value="">{t('console.write')}</option>
          {queries.map((q) => (
            <option key={q.name} value={q.name}>
              {t(`cannedTitle.${q.name}`, { defaultValue: q.title })}
            </option>
          ))}
        </select>
        {chosen && (
          <span className="muted console-description" data-testid="cypher-description">
            {i18n.language === 'en' ? chosen.description : (CANNED_DESCRIPTIONS_ZH[chosen.name] ?? chosen.description)}
          </span>
        )}
      </div>
      {chosen && chosen.params.length > 0 && (
        <div className="console-row params">
          {chosen.params.map((p) => (
            <label key={p.name} title={p.description}>
              <span>
                ${p.name} <span className="muted">({p.type})</span>
              </span>
              <input
                data-testid={`cypher-param-${p.name}`}
                value={state.params[p.name] ?? input(p)}
                onChange={(e) => dispatch(editConsole({ params: { ...state.params, [p.name]: e.target.value } }))}
              />
            </label>
          ))}
        </div>
      )}
      <textarea
        data-testid="cypher-query"
        spellCheck={false}
        rows={4}
        value={state.query}
        aria-label={t('console.query')}
        onChange={(e) => dispatch(editConsole({ query: e.target.value }))}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) dispatch(runConsole());
        }}
      />
      <div className="console-row">
        <button type="button" className="primary" data-testid="cypher-run" disabled={running || !state.query.trim()} onClick={() => dispatch(runConsole())}>
          {running ? t('console.running') : t('console.run')}
        </button>
        <span className="muted" data-testid="cypher-limits">
          {t('console.limits', { rows: CONSOLE_LIMITS.rows, seconds: CONSOLE_LIMITS.seconds })}
        </span>
      </div>
      {error && (
        <p className="cypher-error" data-testid="cypher-error" role="alert">
          {error.say(t)}
        </p>
      )}
      {result && (
        <div className="console-result">
          <div className="console-row result-bar">
            <span className="muted" data-testid="cypher-summary">
              {t('console.rows', { count: result.rows.length })}
              {ms !== null && ` · ${t('console.ms', { ms })}`}
              {result.truncated && ` · ${t('console.truncated', { rows: CONSOLE_LIMITS.rows })}`}
              {result.bookkeepingHidden ? ` · ${t('console.bookkeepingHidden', { count: result.bookkeepingHidden })}` : ''}
            </span>
            {graph && graph.order <= RESULT_GRAPH_MAX_NODES && (
              <span className="tabs" role="tablist">
                <button type="button" role="tab" aria-selected={view === 'table'} data-testid="cypher-view-table" onClick={() => setView('table')}>
                  {t('console.table')}
                </button>
                <button type="button" role="tab" aria-selected={view === 'graph'} data-testid="cypher-view-graph" onClick={() => setView('graph')}>
                  {t('console.graph', { nodes: graph.order, edges: graph.size })}
                </button>
              </span>
            )}
            <button
              type="button"
              className="link"
              data-testid="cypher-download"
              onClick={() => downloadText(`cypher-${chosen ? chosen.name : 'query'}_${result.rows.length}-rows.csv`, resultCsv(result))}
            >
              {t('console.csv')}
            </button>
          </div>
          {view === 'graph' && graph && graph.order <= RESULT_GRAPH_MAX_NODES ? <ResultGraph graph={graph} /> : <ResultsTable result={result} />}
        </div>
      )}
    </div>
  );
}
