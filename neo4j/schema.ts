// Applies the constraints and indexes graph-schema derives (idempotent: IF NOT EXISTS).
// Schema commands cannot share a transaction with data writes, so each runs on its own.
import neo4j, { type Driver } from 'neo4j-driver';
import { neo4jSchemaStatements } from '../graph-schema/index.js';
import { readCypher } from './cypher-files.js';

export async function ensureSchema(driver: Driver, database?: string): Promise<string[]> {
  const statements = neo4jSchemaStatements();
  for (const statement of statements) {
    await driver.executeQuery(statement, {}, { routing: neo4j.routing.WRITE, database });
  }
  await driver.executeQuery(readCypher('load/await-indexes.cypher'), {}, { routing: neo4j.routing.WRITE, database });
  return statements;
}
