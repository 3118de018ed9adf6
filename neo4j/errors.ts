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
  | 'query';

export class GraphDbError extends Error {
  override readonly name = 'GraphDbError';
  constructor(
    readonly code: GraphDbErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
