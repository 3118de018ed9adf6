// The CypherService the web server uses (neo4j/types.ts): analysts' queries and the canned
// queries of cypher/*.cypher. An analyst's query is checked before it runs (console-guard: the
// text, then the server's EXPLAIN plan), runs in a READ transaction with a time limit, streams at
// most `maxRows` rows and `maxBytes` of JSON, and is cancelled on the server when `signal` aborts.
import { readdirSync } from 'node:fs';
import neo4j, { type Driver, type Record as Neo4jRecord, type Session } from 'neo4j-driver';
import { parseCannedQuery } from './canned-header.js';
import { checkPlan, checkText, refusalError, type PlanSummary } from './console-guard.js';
import { CYPHER_DIR, readCypher } from './cypher-files.js';
import { GraphDbError } from './errors.js';
import { ID_HINT_QUERY, idHints, versionlessIds } from './id-hint.js';
import { filterReads, nullColumns, PROPERTY_HINT_LIMITS, propertyHintQuery, propertyHints, propertyReads } from './property-hint.js';
import { labelRelationships, labelRelationshipsQuery, RELATIONSHIP_HINT_LIMITS, relationshipHintQuery, relationshipHints, relationshipReads } from './relationship-hint.js';
import { toCannedParams, toCypherParams } from './query-params.js';
import { recordsToRows } from './to-plain.js';
import type { CannedQuery, CypherService, QueryResult, RunOptions } from './types.js';

export interface CypherServiceOptions {
  /** Holds the canned queries (top-level *.cypher); defaults to the project's cypher/. */
  cypherDir?: string;
  /** Rows kept per result; more set `truncated`. */
  maxRows?: number;
  /** JSON bytes kept per result (a single row of 29 MB came back before this cap). */
  maxBytes?: number;
  database?: string;
  /** Server-side transaction timeout for one query. */
  timeoutMs?: number;
}

export const DEFAULT_QUERY_LIMITS = { maxRows: 1000, maxBytes: 4 * 1024 * 1024, timeoutMs: 30_000 };

const EXPLAIN_PREFIX = 'EXPLAIN\n';

/** A Neo4j error on `EXPLAIN\n<query>` with its "(line L, column C (offset: O))" made the user's own. */
export function explainFree(err: unknown): unknown {
  if (!(err instanceof Error)) return err;
  err.message = err.message.replace(/\(line (\d+), column (\d+) \(offset: (\d+)\)\)/g, (_m, line: string, column: string, offset: string) =>
    `(line ${Math.max(1, Number(line) - 1)}, column ${column} (offset: ${Math.max(0, Number(offset) - EXPLAIN_PREFIX.length)}))`,
  );
  return err;
}

export function loadCannedQueries(dir = CYPHER_DIR): CannedQuery[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.cypher'))
    .map((e) => e.name.slice(0, -'.cypher'.length))
    .sort()
    .map((name) => parseCannedQuery(name, readCypher(`${name}.cypher`, dir)));
}

export function createCypherService(driver: Driver, options: CypherServiceOptions = {}): CypherService {
  const { maxRows, maxBytes, timeoutMs } = { ...DEFAULT_QUERY_LIMITS, ...options };
  const { database } = options;
  const queries = loadCannedQueries(options.cypherDir);

  async function execute(query: string, params: Record<string, unknown>, checked: boolean, signal?: AbortSignal): Promise<QueryResult> {
    if (checked) {
      const refusal = checkText(query);
      if (refusal) throw refusalError(refusal);
    }
    if (signal?.aborted) throw cancelled();
    // Small batches: a result the caps cut short is never fetched whole.
    const session = driver.session({ defaultAccessMode: neo4j.session.READ, database, fetchSize: 100 });
    const started = Date.now();
    const onAbort = (): void => void session.close().catch(() => {});
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      if (checked) {
        // Auto-commit transactions: no driver retries, so a lost server fails the request at once.
        // EXPLAIN on a line of its own: a syntax error then quotes the user's line, not "EXPLAIN …",
        // and its position is moved back onto the user's text (explainFree).
        const summary = await session
          .run(`${EXPLAIN_PREFIX}${query}`, params, { timeout: timeoutMs })
          .summary()
          .catch((e: unknown) => {
            throw explainFree(e);
          });
        const refusal = checkPlan(summary as unknown as PlanSummary);
        if (refusal) throw refusalError(refusal);
      }
      const result = await firstRows(session.run(query, params, { timeout: timeoutMs }), maxRows, maxBytes);
      // An empty result may quote an id without its version (id hints) or filter on a property no node of its label
      // has (property hints: session 34); a full one may have a column null in every row (property hints).
      const hinted = result.rows.length === 0 ? await withIdHints(session, result, query, params, timeoutMs) : result;
      if (!checked) return hinted;
      const withProperties = await withPropertyHints(session, hinted, query, timeoutMs);
      return withProperties.rows.length === 0 ? await withRelationshipHints(session, withProperties, query, timeoutMs) : withProperties;
    } catch (err) {
      if (signal?.aborted) throw cancelled(err);
      throw asGraphDbError(err, timeoutMs, Date.now() - started);
    } finally {
      signal?.removeEventListener('abort', onAbort);
      await session.close().catch(() => {});
    }
  }

  return {
    run: (query, params = {}, opts: RunOptions = {}) => execute(query, toCypherParams(params), true, opts.signal),
    canned: () => queries,
    runCanned(name, params = {}, opts: RunOptions = {}) {
      const canned = queries.find((q) => q.name === name);
      if (!canned) {
        const known = queries.map((q) => q.name).join(', ');
        return Promise.reject(new GraphDbError('unknown-query', `neo4j/queries: no canned query "${name}"; expected one of ${known}`));
      }
      // A parameter left out takes its header's default (a page's skip and limit), if it has one.
      params = { ...Object.fromEntries(canned.params.filter((p) => p.default !== undefined).map((p) => [p.name, p.default])), ...params };
      const missing = canned.params.filter((p) => params[p.name] === undefined);
      if (missing.length) {
        const list = missing.map((p) => `${p.name} (${p.type})`).join(', ');
        return Promise.reject(new GraphDbError('query', `neo4j/queries: canned query "${name}" needs ${list}`));
      }
      return execute(canned.cypher, toCannedParams(canned.params, params), false, opts.signal);
    },
  };
}

/** An empty result of a query quoting a document id without its version gets the ids it may have meant (id-hint.ts).
 *  The lookup is best effort: a failure leaves the result as it was. */
async function withIdHints(session: Session, result: QueryResult, query: string, params: Record<string, unknown>, timeoutMs: number): Promise<QueryResult> {
  const ids = versionlessIds(query, params);
  if (!ids.length) return result;
  try {
    const prefixes = [...new Set(ids.map((v) => `${v.doc}@`))];
    const records = (await session.run(ID_HINT_QUERY, { prefixes }, { timeout: timeoutMs })).records;
    const hints = idHints(ids, new Map(records.map((r) => [String(r.get('prefix')), (r.get('ids') as unknown[]).map(String)])));
    return hints.length ? { ...result, idHints: hints } : result;
  } catch {
    return result;
  }
}

/** A column null in every row that reads a property no node of its label has gets that label's keys, and so does a
 *  property the query reads anywhere when it returned nothing (`WHERE d.title = …`, session 34) (property-hint.ts).
 *  Best effort, like the id hints: a failure leaves the result as it was. */
async function withPropertyHints(session: Session, result: QueryResult, query: string, timeoutMs: number): Promise<QueryResult> {
  const reads = (result.rows.length === 0 ? filterReads(query) : propertyReads(query, nullColumns(result.columns, result.rows))).slice(0, PROPERTY_HINT_LIMITS.columns);
  if (!reads.length) return result;
  try {
    const found = new Map<string, { has: boolean; keys: string[] }>();
    for (const r of reads) {
      const key = `${r.label}\u0000${r.property}`;
      if (found.has(key)) continue;
      const [record] = (await session.run(propertyHintQuery(r.label), { property: r.property, sampled: neo4j.int(PROPERTY_HINT_LIMITS.sampled) }, { timeout: timeoutMs })).records;
      found.set(key, { has: record?.get('has') === true, keys: ((record?.get('keys') as unknown[]) ?? []).map(String) });
    }
    const hints = propertyHints(reads, found);
    return hints.length ? { ...result, propertyHints: hints } : result;
  } catch {
    return result;
  }
}

/** An empty result of a query whose pattern asks for a typed relationship its labels are never joined by gets the
 *  label pairs that type joins (relationship-hint.ts, session 35). Best effort, like the other hints. */
async function withRelationshipHints(session: Session, result: QueryResult, query: string, timeoutMs: number): Promise<QueryResult> {
  const reads = relationshipReads(query).slice(0, RELATIONSHIP_HINT_LIMITS.patterns);
  if (!reads.length) return result;
  try {
    const found = new Map<string, { from: string; to: string }[]>();
    for (const r of reads) {
      if (found.has(r.type)) continue;
      const records = (await session.run(relationshipHintQuery(r.type), {}, { timeout: timeoutMs })).records;
      found.set(r.type, records.map((x) => ({ from: String(x.get('from')), to: String(x.get('to')) })));
    }
    const hints = relationshipHints(reads, found);
    if (!hints.length) return result;
    // The labels the pattern's type never reaches get the relationships they do have (session 36), best effort too.
    const labels = [...new Set(hints.flatMap((h) => h.ends))].slice(0, RELATIONSHIP_HINT_LIMITS.labels);
    const has = new Map<string, string[]>();
    if (labels.length) {
      try {
        const types = (await session.run('CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType', {}, { timeout: timeoutMs })).records.map((x) => String(x.get('relationshipType')));
        for (const label of types.length ? labels : []) {
          const rows = (await session.run(labelRelationshipsQuery(label, types), {}, { timeout: timeoutMs })).records;
          has.set(label, labelRelationships(label, rows.map((x) => ({ type: String(x.get('type')), dir: x.get('dir') === 'in' ? 'in' : 'out', n: Number(x.get('n')) }))));
        }
      } catch {
        // The hint keeps its pairs without the labels' relationships.
      }
    }
    return {
      ...result,
      relationshipHints: hints.map(({ ends, ...h }) => {
        const labelled = ends.filter((l) => has.get(l)?.length).map((label) => ({ label, relationships: has.get(label)! }));
        return labelled.length ? { ...h, labels: labelled } : h;
      }),
    };
  } catch {
    return result;
  }
}

const cancelled = (cause?: unknown) =>
  new GraphDbError('cancelled', 'The query was cancelled because the client went away.', { cause });

/** Driver failures → one plain sentence; a Neo4j client error (syntax, types) keeps Neo4j's own message. */
function asGraphDbError(err: unknown, timeoutMs: number, elapsedMs: number): GraphDbError {
  if (err instanceof GraphDbError) return err;
  const code = String((err as { code?: unknown })?.code ?? '');
  // A query that ignored its termination is stopped by the launcher's watchdog, which closes its
  // connection (Bolt cannot report that stop): past the time limit, a closed connection means that.
  const overLimit = elapsedMs >= timeoutMs && /ServiceUnavailable|SessionExpired/.test(code);
  if (/TransactionTimedOut|Terminated/.test(code) || overLimit) {
    return new GraphDbError('limit', `The query was stopped after the console's time limit of ${timeoutMs / 1000} s.`, { cause: err });
  }
  if (/MemoryPoolOutOfMemory|TransactionOutOfMemory|OutOfMemory/.test(code)) {
    return new GraphDbError('limit', 'The query was stopped: it needed more memory than one console query may use.', { cause: err });
  }
  if (code.startsWith('Neo.ClientError')) {
    return new GraphDbError('query', `neo4j/queries: the query failed: ${(err as Error).message}`, { cause: err });
  }
  return new GraphDbError('unavailable', 'Neo4j did not answer the query; it may be down or restarting.', { cause: err });
}

/** Streams at most `maxRows` rows and `maxBytes` of their JSON, then cancels the rest on the server. */
async function firstRows(
  result: ReturnType<Session['run']>,
  maxRows: number,
  maxBytes: number,
): Promise<QueryResult> {
  const rows: unknown[][] = [];
  const kept: Neo4jRecord[] = [];
  let bytes = 0;
  let bookkeeping = 0;
  let relationships = false;
  let truncatedBy: QueryResult['truncatedBy'];
  for await (const record of result) {
    if (kept.length === maxRows) {
      truncatedBy = 'rows';
      break;
    }
    if ([...record.values()].some(holdsBookkeeping)) {
      bookkeeping++;
      continue;
    }
    const [row] = recordsToRows([record]);
    bytes += JSON.stringify(row).length;
    if (bytes > maxBytes) {
      truncatedBy = 'bytes';
      break;
    }
    kept.push(record);
    rows.push(row);
    relationships ||= [...record.values()].some(holdsRelationship);
  }
  const columns = kept[0]?.keys.map(String) ?? ((await result.keys()) as string[]);
  // Relationship endpoints are named by node ids found anywhere in the result: converted again as a
  // whole when a row holds a relationship. Rows of plain values (every canned query's) are converted
  // once (session 22: the second pass was 4.3 of lag-per-region's 14 ms of client CPU for 386 rows).
  const named = relationships ? recordsToRows(kept) : rows;
  return {
    columns,
    rows: named,
    truncated: truncatedBy !== undefined,
    ...(truncatedBy ? { truncatedBy } : {}),
    ...(bookkeeping ? { bookkeepingHidden: bookkeeping } : {}),
  };
}

/** The loader's own labels (neo4j/loader.ts META_LABELS): the load state and staged rows. */
const BOOKKEEPING_LABELS = new Set(['PgLoadMeta', 'PgStage']);

/** Does a result value hold a relationship (alone, in a list or map, or on a path)? */
function holdsRelationship(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (neo4j.isRelationship(value) || neo4j.isPath(value)) return true;
  if (neo4j.isNode(value) || neo4j.isInt(value)) return false;
  if (Array.isArray(value)) return value.some(holdsRelationship);
  return Object.values(value).some(holdsRelationship);
}

/**
 * Does a result value hold a bookkeeping node (itself, in a list or map, or on a path), or name a bookkeeping label
 * (`CALL db.labels()`, `labels(n)` of such a node: session 32 trial, db.labels() listed PgStage and PgLoadMeta
 * among the policy graph's labels)?
 */
export function holdsBookkeeping(value: unknown): boolean {
  if (typeof value === 'string') return BOOKKEEPING_LABELS.has(value);
  if (value === null || typeof value !== 'object') return false;
  if (neo4j.isNode(value)) return value.labels.some((l) => BOOKKEEPING_LABELS.has(l));
  if (neo4j.isPath(value)) return value.segments.some((s) => holdsBookkeeping(s.start) || holdsBookkeeping(s.end));
  if (neo4j.isRelationship(value) || neo4j.isInt(value)) return false;
  if (Array.isArray(value)) return value.some(holdsBookkeeping);
  return Object.values(value).some(holdsBookkeeping);
}
