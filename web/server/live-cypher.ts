// What the routes need from the Neo4j side: the Cypher service while it is on, the status for
// health, and a way to report a query that failed as if the server were gone (neo4j/link.ts).
import type { CypherService, Neo4jStatus } from '../../neo4j/types.js';

export interface LiveCypher {
  status(): Neo4jStatus;
  service(): CypherService | null;
  suspect(): void;
}

/** A link that never changes: a fixed service (tests, scripts) or Cypher off with a reason. */
export function staticLink(service: CypherService | null, off: string): LiveCypher {
  const since = new Date().toISOString();
  const status: Neo4jStatus = service ? { state: 'up', since } : { state: 'off', reason: off, since };
  return { status: () => status, service: () => service, suspect() {} };
}
