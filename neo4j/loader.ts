// Makes the Neo4j database equal to a snapshot in ONE write transaction: stale relationships
// and nodes out, then nodes and relationships MERGEd by id / key. Any failure rolls it all back.
import neo4j, { type Driver, type ManagedTransaction, type QueryResult } from 'neo4j-driver';
import { EDGE_TYPES, NODE_TYPES, type Snapshot } from '../graph-schema/index.js';
import { fillTemplate, readCypher } from './cypher-files.js';
import { GraphDbError } from './errors.js';
import { batches, planLoad, type LoadPlan } from './load-plan.js';
import { ensureSchema } from './schema.js';

export interface LoadOptions {
  /** Defaults to the server's home database. */
  database?: string;
  /** Rows per UNWIND. */
  batchSize?: number;
}
export interface LoadReport {
  /** Nodes per label and relationships per type in the snapshot, now in the database. */
  nodes: Record<string, number>;
  relationships: Record<string, number>;
  created: { nodes: number; relationships: number };
  deleted: { nodes: number; relationships: number };
  ms: number;
}

export async function loadSnapshot(driver: Driver, snapshot: Snapshot, options: LoadOptions = {}): Promise<LoadReport> {
  const started = performance.now();
  const plan = planLoad(snapshot);
  if (plan.dangling.length > 0) {
    const shown = plan.dangling.slice(0, 5).map((e) => `${e.key} (${e.type}) → missing ${e.missing}`);
    throw new GraphDbError(
      'load',
      `neo4j/loader: ${plan.dangling.length} edge(s) point at nodes the snapshot does not have: ${shown.join('; ')}; ` +
        'expected every edge source and target among snapshot.nodes. Nothing was written.',
    );
  }
  await ensureSchema(driver, options.database);
  const session = driver.session({ defaultAccessMode: neo4j.session.WRITE, database: options.database });
  let changes: Changes;
  try {
    changes = await session.executeWrite((tx) => writePlan(tx, plan, options.batchSize ?? 500));
  } catch (err) {
    if (err instanceof GraphDbError) throw err;
    throw new GraphDbError(
      'load',
      `neo4j/loader: the load transaction failed and was rolled back, the database is as before; ` +
        `expected the server to accept every write. Server said: ${(err as Error).message}`,
      { cause: err },
    );
  } finally {
    await session.close();
  }
  return {
    nodes: Object.fromEntries(plan.nodes.map((n) => [n.label, n.rows.length])),
    relationships: sumByType(plan),
    ...changes,
    ms: Math.round(performance.now() - started),
  };
}

interface Changes {
  created: { nodes: number; relationships: number };
  deleted: { nodes: number; relationships: number };
}

// executeWrite may retry this on transient errors: it only depends on the plan, so it can.
async function writePlan(tx: ManagedTransaction, plan: LoadPlan, batchSize: number): Promise<Changes> {
  const changes: Changes = { created: { nodes: 0, relationships: 0 }, deleted: { nodes: 0, relationships: 0 } };
  const tally = (result: QueryResult): QueryResult => {
    const u = result.summary.counters.updates();
    changes.created.nodes += u.nodesCreated;
    changes.created.relationships += u.relationshipsCreated;
    changes.deleted.nodes += u.nodesDeleted;
    changes.deleted.relationships += u.relationshipsDeleted;
    return result;
  };
  tally(await tx.run(readCypher('load/delete-stale-relationships.cypher'), { types: EDGE_TYPES, expected: plan.expectedEdges }));
  tally(await tx.run(readCypher('load/delete-stale-nodes.cypher'), { labels: NODE_TYPES, expected: plan.expectedNodes }));

  const mergeNodes = readCypher('load/merge-nodes.cypher');
  for (const { label, rows } of plan.nodes) {
    const query = fillTemplate(mergeNodes, { LABEL: label });
    for (const batch of batches(rows, batchSize)) tally(await tx.run(query, { rows: batch }));
  }

  const mergeRelationships = readCypher('load/merge-relationships.cypher');
  for (const group of plan.edges) {
    const query = fillTemplate(mergeRelationships, {
      TYPE: group.type,
      SOURCE_LABEL: group.sourceLabel,
      TARGET_LABEL: group.targetLabel,
    });
    for (const batch of batches(group.rows, batchSize)) {
      const merged = neo4j.integer.toNumber(tally(await tx.run(query, { rows: batch })).records[0]?.get('merged') ?? 0);
      if (merged !== batch.length) {
        // Both endpoints were MERGEd above, so this means the database disagrees with the plan.
        throw new GraphDbError(
          'load',
          `neo4j/loader (rolled back): merged ${merged} of ${batch.length} ${group.type} relationships ` +
            `(${group.sourceLabel} → ${group.targetLabel}, first key ${batch[0].key}); expected all, as their endpoints were just loaded`,
        );
      }
    }
  }
  return changes;
}

function sumByType(plan: LoadPlan): Record<string, number> {
  const out: Record<string, number> = {};
  for (const group of plan.edges) out[group.type] = (out[group.type] ?? 0) + group.rows.length;
  return out;
}
