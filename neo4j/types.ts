// The contract between the Neo4j side (neo4j/) and the web server (web/server/): the server
// only sees this interface, so it runs with Cypher off when no database is reachable.
export interface CannedQueryParam {
  name: string;
  type: string;
  description: string;
  /** Example value, used as the default in the UI. */
  example?: unknown;
}
export interface CannedQuery {
  /** File name without `.cypher`. */
  name: string;
  title: string;
  description: string;
  params: CannedQueryParam[];
  cypher: string;
}
export interface QueryResult {
  columns: string[];
  /** Rows of plain JSON values: nodes as {id, labels, properties}, rels as {type, start, end, properties}. */
  rows: unknown[][];
  truncated: boolean;
}
export interface CypherService {
  /** Runs an analyst's query in READ access mode; writes are refused by the server. */
  run(query: string, params?: Record<string, unknown>): Promise<QueryResult>;
  canned(): CannedQuery[];
  runCanned(name: string, params?: Record<string, unknown>): Promise<QueryResult>;
}
