// The CypherService the web server uses (neo4j/types.ts): analysts' queries and the canned
// queries of cypher/*.cypher, all run with READ routing so the server refuses any write.
import { readdirSync } from 'node:fs';
import neo4j, { type Driver, type Record as Neo4jRecord, type Result } from 'neo4j-driver';
import { parseCannedQuery } from './canned-header.js';
import { CYPHER_DIR, readCypher } from './cypher-files.js';
import { GraphDbError } from './errors.js';
import { toCannedParams, toCypherParams } from './query-params.js';
import { recordsToRows } from './to-plain.js';
import type { CannedQuery, CypherService, QueryResult } from './types.js';

export interface CypherServiceOptions {
  /** Holds the canned queries (top-level *.cypher); defaults to the project's cypher/. */
  cypherDir?: string;
  /** Rows kept per result; more set `truncated`. */
  maxRows?: number;
  database?: string;
  /** Server-side transaction timeout for one query. */
  timeoutMs?: number;
}

export function loadCannedQueries(dir = CYPHER_DIR): CannedQuery[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.cypher'))
    .map((e) => e.name.slice(0, -'.cypher'.length))
    .sort()
    .map((name) => parseCannedQuery(name, readCypher(`${name}.cypher`, dir)));
}

export function createCypherService(driver: Driver, options: CypherServiceOptions = {}): CypherService {
  const { maxRows = 1000, database, timeoutMs = 30_000 } = options;
  const queries = loadCannedQueries(options.cypherDir);

  async function execute(query: string, params: Record<string, unknown>): Promise<QueryResult> {
    try {
      return await driver.executeQuery(query, params, {
        routing: neo4j.routing.READ,
        database,
        transactionConfig: { timeout: timeoutMs },
        resultTransformer: firstRows(maxRows),
      });
    } catch (err) {
      throw new GraphDbError('query', `neo4j/queries: the query failed: ${(err as Error).message}`, { cause: err });
    }
  }

  return {
    run: (query, params = {}) => execute(query, toCypherParams(params)),
    canned: () => queries,
    runCanned(name, params = {}) {
      const canned = queries.find((q) => q.name === name);
      if (!canned) {
        const known = queries.map((q) => q.name).join(', ');
        return Promise.reject(new GraphDbError('unknown-query', `neo4j/queries: no canned query "${name}"; expected one of ${known}`));
      }
      const missing = canned.params.filter((p) => params[p.name] === undefined);
      if (missing.length) {
        const list = missing.map((p) => `${p.name} (${p.type})`).join(', ');
        return Promise.reject(new GraphDbError('query', `neo4j/queries: canned query "${name}" needs ${list}`));
      }
      return execute(canned.cypher, toCannedParams(canned.params, params));
    },
  };
}

/** Streams at most `maxRows` + 1 records, then cancels the rest on the server. */
function firstRows(maxRows: number) {
  return async (result: Result): Promise<QueryResult> => {
    const records: Neo4jRecord[] = [];
    let truncated = false;
    for await (const record of result) {
      if (records.length === maxRows) {
        truncated = true;
        break;
      }
      records.push(record);
    }
    const columns = records[0]?.keys.map(String) ?? ((await result.keys()) as string[]);
    return { columns, rows: recordsToRows(records), truncated };
  };
}
