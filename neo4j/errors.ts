// The one error type of the Neo4j side: a closed set of codes, so callers and tests branch on
// `code`, never on message text. Messages say module, what, which item, what was expected.
export type GraphDbErrorCode =
  | 'java-missing'
  | 'launcher-build'
  | 'launcher-start'
  | 'connect'
  | 'snapshot'
  | 'load'
  | 'cypher-file'
  | 'unknown-query'
  | 'query'
  /** The console refused the statement before it ran (neo4j/console-guard.ts). */
  | 'refused'
  /** Neo4j did not answer (down, restarting, or the connection broke mid-query). */
  | 'unavailable'
  /** The HTTP client went away; the query was cancelled on the server. */
  | 'cancelled'
  /** The query hit its time or memory limit. */
  | 'limit';

export class GraphDbError extends Error {
  override readonly name = 'GraphDbError';
  /** For `refused`: the guard's stable reason and what it names, so the page can word it in its language. */
  readonly refusal?: { reason: string; detail?: Record<string, string | number> };
  constructor(
    readonly code: GraphDbErrorCode,
    message: string,
    options?: { cause?: unknown; refusal?: { reason: string; detail?: Record<string, string | number> } },
  ) {
    super(message, options);
    if (options?.refusal) this.refusal = options.refusal;
  }
}
