// Nodes per label and relationships per type of the policy graph, as stored in Neo4j.
import neo4j, { type Driver } from 'neo4j-driver';
import { EDGE_TYPES, NODE_TYPES } from '../graph-schema/index.js';
import { readCypher } from './cypher-files.js';

export interface GraphCounts {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
}

export async function countGraph(driver: Driver, database?: string): Promise<GraphCounts> {
  const { records } = await driver.executeQuery(
    readCypher('load/count-graph.cypher'),
    { labels: NODE_TYPES, types: EDGE_TYPES },
    { routing: neo4j.routing.READ, database },
  );
  const counts: GraphCounts = { nodes: {}, relationships: {} };
  for (const record of records) {
    const bucket = record.get('kind') === 'node' ? counts.nodes : counts.relationships;
    bucket[record.get('name') as string] = neo4j.integer.toNumber(record.get('count'));
  }
  return counts;
}
