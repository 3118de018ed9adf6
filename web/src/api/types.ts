// Shapes of the explorer's HTTP API, shared by the server (web/server) and the page.
import type { CannedQueryParam, Neo4jStatus } from '../../../neo4j/types.js';

export interface SnapshotCounts {
  nodes: number;
  edges: number;
  byType: Record<string, number>;
}

export interface Health {
  ok: boolean;
  cypher: boolean;
  cypherOff?: string;
  /** The live link to Neo4j: state, URI, user, why Cypher is off (see README "Recovery"). */
  neo4j?: Neo4jStatus;
  counts: SnapshotCounts;
}

export interface CannedQueryInfo {
  name: string;
  title: string;
  description: string;
  params: CannedQueryParam[];
  cypher: string;
}

export interface ApiErrorBody {
  error: { code: string; message: string; reason?: string; detail?: Record<string, string | number> };
}
