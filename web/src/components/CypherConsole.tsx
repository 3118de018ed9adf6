// The analyst's Cypher console: canned queries with their parameters, or any read query.
// Runs the canned query by name while its text is untouched, the edited text otherwise.
import { useEffect, useState } from 'react';
import type { QueryResult } from '../../../neo4j/types.js';
import { api } from '../api/client.js';
import { paramInput, parseParams } from '../api/params.js';
import type { CannedQueryInfo } from '../api/types.js';
import { toggleConsole, useDispatch, useExplorerContext } from '../state/index.js';
import { ResultsTable } from './ResultsTable.js';

export function CypherConsole() {
  const { health } = useExplorerContext();
  const dispatch = useDispatch();
  return (
    <section className="cypher-console" data-testid="cypher-console" aria-label="Cypher console">
      <header>
        <h2>Cypher console 查询</h2>
        <button type="button" className="close" aria-label="Close console" onClick={() => dispatch(toggleConsole())}>
          ×
        </button>
      </header>
      {health.cypher ? (
        <ConsoleBody />
      ) : (
        <p className="cypher-off" data-testid="cypher-off">
          {health.cypherOff ?? 'Cypher is off.'}
        </p>
      )}
    </section>
  );
}

function ConsoleBody() {
  const [queries, setQueries] = useState<CannedQueryInfo[]>([]);
  const [chosen, setChosen] = useState<CannedQueryInfo | null>(null);
  const [inputs, setInputs] = useState<Record<string, string>>({});
  const [text, setText] = useState('MATCH (d:Document) RETURN d.name AS name, d.level AS level LIMIT 25');
  const [result, setResult] = useState<QueryResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [running, setRunning] = useState(false);

  useEffect(() => {
    api.queries().then(setQueries, (e: Error) => setError(e.message));
  }, []);

  const choose = (name: string) => {
    const q = queries.find((x) => x.name === name) ?? null;
    setChosen(q);
    setError(null);
    setResult(null);
    if (!q) return;
    setText(q.cypher);
    setInputs(Object.fromEntries(q.params.map((p) => [p.name, paramInput(p)])));
  };

  const run = async () => {
    setRunning(true);
    setError(null);
    try {
      const params = chosen ? parseParams(chosen.params, inputs) : {};
      const res = chosen && text === chosen.cypher ? await api.canned(chosen.name, params) : await api.cypher(text, params);
      setResult(res);
    } catch (e) {
      const err = e as Error & { code?: string };
      setError(err.code ? `${err.code}: ${err.message}` : err.message);
      setResult(null);
    } finally {
      setRunning(false);
    }
  };

  return (
    <div className="console-body">
      <div className="console-row">
        <select data-testid="cypher-canned" value={chosen?.name ?? ''} onChange={(e) => choose(e.target.value)}>
          <option value="">Write a query…</option>
          {queries.map((q) => (
            <option key={q.name} value={q.name}>
              {q.title}
            </option>
          ))}
        </select>
        {chosen && <span className="muted">{chosen.description}</span>}
      </div>
      {chosen && chosen.params.length > 0 && (
        <div className="console-row params">
          {chosen.params.map((p) => (
            <label key={p.name} title={p.description}>
              ${p.name} <span className="muted">({p.type})</span>
              <input
                data-testid={`cypher-param-${p.name}`}
                value={inputs[p.name] ?? ''}
                onChange={(e) => setInputs({ ...inputs, [p.name]: e.target.value })}
              />
            </label>
          ))}
        </div>
      )}
      <textarea
        data-testid="cypher-query"
        spellCheck={false}
        rows={4}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void run();
        }}
      />
      <div className="console-row">
        <button type="button" className="primary" data-testid="cypher-run" disabled={running || !text.trim()} onClick={() => void run()}>
          {running ? 'Running…' : 'Run ▸'}
        </button>
        <span className="muted">Ctrl+Enter · read-only</span>
      </div>
      {error && (
        <p className="cypher-error" data-testid="cypher-error">
          {error}
        </p>
      )}
      {result && <ResultsTable result={result} />}
    </div>
  );
}
