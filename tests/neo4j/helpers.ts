// The Neo4j suites' access to the shared server that tests/setup/neo4j-global.ts provides.
import neo4j, { type Driver } from 'neo4j-driver';
import { describe, inject } from 'vitest';
import { countGraph, type GraphCounts } from '../../neo4j/graph-counts.js';

export interface Neo4jTestServer {
  /** `describe`, skipped when no server was provided (no NEO4J_URI and no Java, outside CI). */
  describe: ReturnType<typeof describe.skipIf>;
  /** A new driver for the server; the suite closes it. */
  driver(): Driver;
}

export function neo4jOrSkip(): Neo4jTestServer {
  const uri = inject('neo4jUri');
  return {
    describe: describe.skipIf(!uri),
    driver() {
      if (!uri) throw new Error('tests/neo4j/helpers: no Neo4j was provided; expected the suite to be skipped');
      const user = process.env.NEO4J_USER;
      return neo4j.driver(uri, user ? neo4j.auth.basic(user, process.env.NEO4J_PASSWORD ?? '') : undefined);
    },
  };
}

/** Node counts per label and relationship counts per type, as the database holds them. */
export function graphCounts(driver: Driver): Promise<GraphCounts> {
  return countGraph(driver, process.env.NEO4J_DATABASE || undefined);
}
