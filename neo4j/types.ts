// The contract between the Neo4j side (neo4j/) and the web server (web/server/): the server
// only sees this interface, so it runs with Cypher off when no database is reachable.
export interface CannedQueryParam {
  name: string;
  type: string;
  description: string;
  /** Example value, used as the default in the UI. */
  example?: unknown;
  /** Value used when a caller leaves the parameter out (paging: `skip` 0, `limit` 100); without one the parameter is required. */
  default?: unknown;
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
  /** Why rows were cut, when `truncated`: the row cap or the byte cap. */
  truncatedBy?: 'rows' | 'bytes';
  /**
   * Rows left out because they hold the loader's bookkeeping (a PgLoadMeta or PgStage node: the
   * load state and a load's staged rows, not part of the policy graph; see README "Graph model").
   */
  bookkeepingHidden?: number;
  /**
   * For an empty result: ids the query quoted without their version (`doc:物业管理条例`) with the versioned
   * ids that exist (`doc:物业管理条例@2016-02-06`, newest first): neo4j/id-hint.ts.
   */
  idHints?: { given: string; ids: string[] }[];
  /**
   * Columns null in every row that read a property no node of their label has (`d.title` of a Document, whose
   * name is `name`), with the keys that label's nodes have: neo4j/property-hint.ts. For an empty result, the same for
   * every property the query reads (`WHERE d.title = …`), `filter` set and `column` the read as written.
   */
  propertyHints?: { column: string; label: string; property: string; keys: string[]; filter?: true }[];
  /** An empty result's typed relationships whose labels that type never joins: the pattern as read
   *  (`()-[:IMPLEMENTS]->(:Document)`) and the label pairs it does join (none: no such type). Session 35. A labelled
   *  end the type never reaches gets the relationships its label does have (`(:Document)-[:HAS_MEASURE]->()` …,
   *  session 36). */
  relationshipHints?: { pattern: string; type: string; pairs: string[]; labels?: { label: string; relationships: string[] }[] }[];
}
export interface RunOptions {
  /** Aborting it cancels the query on the server (the web server aborts when the HTTP client goes away). */
  signal?: AbortSignal;
}
export interface CypherService {
  /** Runs an analyst's query after the console's checks (neo4j/console-guard.ts), in READ access mode. */
  run(query: string, params?: Record<string, unknown>, options?: RunOptions): Promise<QueryResult>;
  canned(): CannedQuery[];
  runCanned(name: string, params?: Record<string, unknown>, options?: RunOptions): Promise<QueryResult>;
}

/** What /api/health reports under `neo4j` (neo4j/link.ts keeps it current). */
export interface Neo4jStatus {
  /** starting: first connection under way; loading: the graph is being loaded; up: Cypher on; down: lost or unreachable, retrying; off: no Neo4j configured. */
  state: 'starting' | 'loading' | 'up' | 'down' | 'off';
  /** Bolt URI (analysts point their own clients here). */
  uri?: string;
  /** User for that URI, and the file that keeps the local server's password. */
  user?: string;
  credentialsFile?: string;
  /** One plain sentence when the state is not `up`. */
  reason?: string;
  /** ISO time of the last state change. */
  since: string;
  /** ISO time of the last probe that reached the server. */
  lastSeen?: string;
}
