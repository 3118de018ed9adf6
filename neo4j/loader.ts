// Makes the Neo4j database equal to a snapshot, at any size, in transactions of bounded size,
// and still all-or-nothing for whoever reads the graph:
//   1. diff: the content hash of every live node/relationship against the snapshot's (an
//      unchanged snapshot, by its hash in the meta node, writes nothing at all);
//   2. staging: new and changed nodes are written as a new generation under the `PgStage` label
//      only (queries naming a label of the graph do not see them), with their relationships;
//      nodes the snapshot no longer has are marked `PgDoomed`. An interrupted or failed staging
//      leaves the previous graph as it was; the next load throws the staged rows away.
//   3. switch: old versions and doomed nodes are deleted and staged nodes take their labels, in
//      ONE transaction when the change is small (≤ atomicSwitchMax nodes), else in batches that
//      the meta node journals: an interrupted switch is completed by the next load.
import neo4j, { type Driver, type ManagedTransaction, type Session } from 'neo4j-driver';
import { NODE_TYPES, NODE_SCHEMAS, type NodeType, type Snapshot } from '../graph-schema/index.js';
import { fillTemplate, readCypher } from './cypher-files.js';
import { GraphDbError } from './errors.js';
import { batches, planLoad, type EdgeRow, type LoadPlan, type NodeRow } from './load-plan.js';
import { ensureSchema } from './schema.js';

export interface LoadOptions {
  /** Defaults to the server's home database. */
  database?: string;
  /** Most rows per transaction (default 5,000). */
  batchSize?: number;
  /** About this many characters of properties per transaction at most (default 4 M). */
  maxBatchChars?: number;
  /** Switches in one transaction when at most this many nodes are replaced or deleted (default 20,000). */
  atomicSwitchMax?: number;
  /** Aborting stops the load at the next transaction boundary, as a killed process would: the
   *  previous graph stays queryable and the next load cleans up (tests interrupt loads with it). */
  signal?: AbortSignal;
  onProgress?: (p: { phase: 'diff' | 'staging' | 'switch'; done: number; total: number }) => void;
}
export interface LoadReport {
  /** Nodes per label and relationships per type in the snapshot, now in the database. */
  nodes: Record<string, number>;
  relationships: Record<string, number>;
  /** What changed, by id / key: new, changed (rewritten), removed. */
  created: { nodes: number; relationships: number };
  updated: { nodes: number; relationships: number };
  deleted: { nodes: number; relationships: number };
  /** Rows physically written (staged nodes + relationships); 0 for an unchanged snapshot. */
  written: number;
  transactions: number;
  switch: 'none' | 'atomic' | 'batched';
  /** A previous interrupted load found at the start: discarded (staging) or completed (switch). */
  recovered?: 'discarded-staging' | 'completed-switch';
  snapshotHash: string;
  ms: number;
}

const META_LABELS = ['PgStage', 'PgLoadMeta'] as const;
// Range indexes refuse keys over ~8 kB; staged nodes are only indexed on `id` (refused while
// staging, safely), so longer values of the other indexed fields are refused before any write.
const INDEX_KEY_MAX_BYTES = 8000;

interface Meta {
  snapshotHash?: string;
  generation?: number;
  phase?: 'staging' | 'switching' | 'idle';
}

export async function loadSnapshot(driver: Driver, snapshot: Snapshot, options: LoadOptions = {}): Promise<LoadReport> {
  const started = performance.now();
  const plan = planLoad(snapshot);
  refuseUnloadable(plan);
  const db = new Db(driver, options);
  const report: LoadReport = {
    nodes: Object.fromEntries(plan.nodes.map((n) => [n.label, n.rows.length])),
    relationships: sumByType(plan),
    created: { nodes: 0, relationships: 0 },
    updated: { nodes: 0, relationships: 0 },
    deleted: { nodes: 0, relationships: 0 },
    written: 0,
    transactions: 0,
    switch: 'none',
    snapshotHash: plan.snapshotHash,
    ms: 0,
  };
  const finish = () => ({ ...report, transactions: db.transactions, ms: Math.round(performance.now() - started) });
  try {
    let meta = await db.readMeta();
    if (meta.phase === 'switching') {
      await ensureSchema(driver, options.database);
      await switchOver(db, 'batched', options);
      await db.writeMeta({ phase: 'idle' });
      report.recovered = 'completed-switch';
      meta = await db.readMeta();
    } else if (meta.phase === 'staging') {
      await discardStaging(db);
      await db.writeMeta({ phase: 'idle' });
      report.recovered = 'discarded-staging';
    }
    if (meta.snapshotHash === plan.snapshotHash && (await db.liveCountsMatch(plan))) return finish();

    await ensureSchema(driver, options.database);
    await ensureStagingSchema(driver, options.database);
    const diff = await computeDiff(db, plan, options);
    Object.assign(report, { created: diff.created, updated: diff.updated, deleted: diff.deleted });
    const nothingToDo = diff.staged.size === 0 && diff.deleted.nodes === 0;
    if (nothingToDo) {
      await db.writeMeta({ snapshotHash: plan.snapshotHash, phase: 'idle', generation: meta.generation ?? 0 });
      return finish();
    }

    await db.writeMeta({ phase: 'staging', generation: (meta.generation ?? 0) + 1 });
    try {
      report.written = await stage(db, diff, options);
    } catch (err) {
      if (!options.signal?.aborted) {
        await discardStaging(db).catch(() => undefined);
        await db.writeMeta({ phase: 'idle' }).catch(() => undefined);
      }
      throw err;
    }

    // Nodes the switch touches: staged ones relabelled, their old versions and doomed ones deleted.
    const touched = 2 * diff.staged.size - diff.created.nodes + diff.deleted.nodes;
    report.switch = touched <= (options.atomicSwitchMax ?? 20_000) ? 'atomic' : 'batched';
    await db.writeMeta({ phase: 'switching' });
    if (report.switch === 'atomic') {
      try {
        await switchOver(db, 'atomic', options);
      } catch (err) {
        // One transaction: nothing switched. Throw the staged rows away, keep the previous graph.
        if (!options.signal?.aborted) {
          await discardStaging(db).catch(() => undefined);
          await db.writeMeta({ phase: 'idle' }).catch(() => undefined);
        }
        throw err;
      }
    } else {
      await switchOver(db, 'batched', options);
    }
    await db.writeMeta({ phase: 'idle', snapshotHash: plan.snapshotHash });
    return finish();
  } catch (err) {
    if (err instanceof GraphDbError) throw err;
    throw new GraphDbError(
      'load',
      `neo4j/loader: the load stopped before its switch completed, the graph is as before (a later load ` +
        `cleans up or completes it); expected the server to accept every write. Server said: ${(err as Error).message}`,
      { cause: err },
    );
  } finally {
    await db.close();
  }
}

function refuseUnloadable(plan: LoadPlan): void {
  if (plan.dangling.length > 0) {
    const shown = plan.dangling.slice(0, 5).map((e) => `${e.key} (${e.type}) → missing ${e.missing}`);
    throw new GraphDbError(
      'load',
      `neo4j/loader: ${plan.dangling.length} edge(s) point at nodes the snapshot does not have: ${shown.join('; ')}; ` +
        'expected every edge source and target among snapshot.nodes. Nothing was written.',
    );
  }
  for (const { label, rows } of plan.nodes) {
    const fields = indexedFields(label).filter((f) => f !== 'id');
    for (const row of rows) {
      for (const field of fields) {
        const v = row.props[field];
        if (typeof v === 'string' && Buffer.byteLength(v) > INDEX_KEY_MAX_BYTES) {
          throw new GraphDbError(
            'load',
            `neo4j/loader: ${label} ${row.id}: ${field} is ${Buffer.byteLength(v)} bytes; expected at most ` +
              `${INDEX_KEY_MAX_BYTES} (Neo4j's index key limit). Nothing was written.`,
          );
        }
      }
    }
  }
}

function indexedFields(label: NodeType): string[] {
  return Object.entries(NODE_SCHEMAS[label].shape as Record<string, { meta?: () => { index?: boolean } | undefined; unwrap?: () => unknown }>)
    .filter(([, schema]) => {
      let s: typeof schema | undefined = schema;
      while (s) {
        if (s.meta?.()?.index) return true;
        s = typeof s.unwrap === 'function' ? (s.unwrap() as typeof schema) : undefined;
      }
      return false;
    })
    .map(([field]) => field);
}

async function ensureStagingSchema(driver: Driver, database?: string): Promise<void> {
  for (const label of META_LABELS) {
    await driver.executeQuery(
      `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
      {},
      { routing: neo4j.routing.WRITE, database },
    );
  }
  await driver.executeQuery(readCypher('load/await-indexes.cypher'), {}, { routing: neo4j.routing.WRITE, database });
}

interface Diff {
  stagedNodes: { label: NodeType; rows: NodeRow[] }[];
  /** Staged node ids. */
  staged: Set<string>;
  doomed: { label: NodeType; ids: string[] }[];
  stagedEdges: { type: string; sourceLabel: string; targetLabel: string; rows: EdgeRow[] }[];
  created: { nodes: number; relationships: number };
  updated: { nodes: number; relationships: number };
  deleted: { nodes: number; relationships: number };
}

async function computeDiff(db: Db, plan: LoadPlan, options: LoadOptions): Promise<Diff> {
  const live = new Map<string, { label: NodeType; hash: string }>();
  for (const label of NODE_TYPES) {
    for (const r of await db.read(fillTemplate(readCypher('load/read-node-hashes.cypher'), { LABEL: label }))) {
      live.set(r.get('id') as string, { label, hash: r.get('hash') as string });
    }
  }
  options.onProgress?.({ phase: 'diff', done: live.size, total: plan.rowCount });
  const staged = new Set<string>();
  let createdNodes = 0;
  for (const { rows } of plan.nodes) {
    for (const row of rows) {
      const was = live.get(row.id);
      if (!was) createdNodes++;
      if (!was || was.hash !== row.hash) staged.add(row.id);
    }
  }
  const doomedByLabel = new Map<NodeType, string[]>();
  let doomedCount = 0;
  for (const [id, { label }] of live) {
    if (plan.expectedNodes[id] === undefined) {
      doomedByLabel.set(label, [...(doomedByLabel.get(label) ?? []), id]);
      doomedCount++;
    }
  }
  // Relationships: a new, changed or removed one re-stages its source node (the staged copy gets
  // every relationship the snapshot gives it; the old copy goes with its old ones).
  const liveEdges = new Map<string, { hash: string; source: string }>();
  const types = [...new Set(plan.edges.map((g) => g.type)), ...(await db.liveRelationshipTypes())];
  for (const type of new Set(types)) {
    for (const r of await db.read(fillTemplate(readCypher('load/read-relationship-hashes.cypher'), { TYPE: type }))) {
      liveEdges.set(r.get('key') as string, { hash: r.get('hash') as string, source: r.get('source') as string });
    }
  }
  const wanted = new Set<string>();
  const created = { nodes: createdNodes, relationships: 0 };
  const updated = { nodes: staged.size - createdNodes, relationships: 0 };
  for (const group of plan.edges) {
    for (const row of group.rows) {
      wanted.add(row.key);
      const was = liveEdges.get(row.key);
      if (!was) created.relationships++;
      else if (was.hash !== row.hash) updated.relationships++;
      if (!was || was.hash !== row.hash) {
        if (!staged.has(row.source) && !staged.has(row.target)) staged.add(row.source);
        // The old copy (maybe between other nodes) goes with its old source's replacement.
        if (was && plan.expectedNodes[was.source] !== undefined) staged.add(was.source);
      }
    }
  }
  let deletedEdges = 0;
  for (const [key, { source }] of liveEdges) {
    if (wanted.has(key)) continue;
    deletedEdges++;
    if (plan.expectedNodes[source] !== undefined) staged.add(source);
  }
  const stagedNodes = plan.nodes
    .map(({ label, rows }) => ({ label, rows: rows.filter((r) => staged.has(r.id)) }))
    .filter((g) => g.rows.length > 0);
  const stagedEdgeGroups = new Map<string, Diff['stagedEdges'][number]>();
  for (const group of plan.edges) {
    for (const row of group.rows) {
      const s = staged.has(row.source);
      const t = staged.has(row.target);
      if (!s && !t) continue;
      const sourceLabel = s ? 'PgStage' : group.sourceLabel;
      const targetLabel = t ? 'PgStage' : group.targetLabel;
      const k = `${group.type}|${sourceLabel}|${targetLabel}`;
      let g = stagedEdgeGroups.get(k);
      if (!g) stagedEdgeGroups.set(k, (g = { type: group.type, sourceLabel, targetLabel, rows: [] }));
      g.rows.push(row);
    }
  }
  return {
    stagedNodes,
    staged,
    doomed: [...doomedByLabel].map(([label, ids]) => ({ label, ids })),
    stagedEdges: [...stagedEdgeGroups.values()],
    created,
    updated,
    deleted: { nodes: doomedCount, relationships: deletedEdges },
  };
}

async function stage(db: Db, diff: Diff, options: LoadOptions): Promise<number> {
  const size = options.batchSize ?? 5000;
  const maxChars = options.maxBatchChars ?? 4_000_000;
  const total = diff.staged.size + diff.stagedEdges.reduce((n, g) => n + g.rows.length, 0);
  let done = 0;
  const stageNodes = readCypher('load/stage-nodes.cypher');
  for (const { label, rows } of diff.stagedNodes) {
    for (const batch of batches(rows, size, maxChars)) {
      await db.write(stageNodes, { label, rows: batch.map((r) => ({ id: r.id, props: r.props })) }, batch.length, 'staged');
      done += batch.length;
      options.onProgress?.({ phase: 'staging', done, total });
    }
  }
  for (const { label, ids } of diff.doomed) {
    const query = fillTemplate(readCypher('load/mark-doomed.cypher'), { LABEL: label });
    for (const batch of batches(ids, size)) await db.write(query, { ids: batch }, batch.length, 'marked');
  }
  const stageEdges = readCypher('load/stage-relationships.cypher');
  for (const group of diff.stagedEdges) {
    const query = fillTemplate(stageEdges, { TYPE: group.type, SOURCE_LABEL: group.sourceLabel, TARGET_LABEL: group.targetLabel });
    for (const batch of batches(group.rows, size, maxChars)) {
      const rows = batch.map((r) => ({ key: r.key, source: r.source, target: r.target, props: r.props }));
      await db.write(query, { rows }, batch.length, 'staged', () =>
        `${group.type} relationships (${group.sourceLabel} → ${group.targetLabel}, first key ${batch[0].key})`,
      );
      done += batch.length;
      options.onProgress?.({ phase: 'staging', done, total });
    }
  }
  return done;
}

/** The switch's statements in order. Batched, each runs `IN TRANSACTIONS OF 2000 ROWS` in place of
 *  every occurrence of its IN TRANSACTIONS marker (a block comment): switch-delete-replaced.cypher
 *  names the marker in its header comment too, and replacing only the first one (before session 22) left its
 *  query one transaction, which ran out of the 384 MiB transaction memory when a reload rewrote the
 *  27,951 measures of a 1,000-document graph, and again at every retry. */
export function switchStatements(mode: 'atomic' | 'batched'): { query: string; params: Record<string, unknown> }[] {
  const inTx = (q: string) => (mode === 'batched' ? q.replaceAll('/*IN TRANSACTIONS*/', 'IN TRANSACTIONS OF 2000 ROWS') : q);
  const statements: { query: string; params: Record<string, unknown> }[] = [];
  for (const label of NODE_TYPES) {
    statements.push({ query: inTx(fillTemplate(readCypher('load/switch-delete-replaced.cypher'), { LABEL: label })), params: {} });
  }
  statements.push({ query: inTx(readCypher('load/switch-delete-doomed.cypher')), params: {} });
  for (const label of NODE_TYPES) {
    statements.push({ query: inTx(fillTemplate(readCypher('load/switch-relabel.cypher'), { LABEL: label })), params: { label } });
  }
  return statements;
}

/** Deletes replaced and doomed nodes and relabels the staged ones. Idempotent: a batched switch
 *  that was interrupted is completed by running it again. */
async function switchOver(db: Db, mode: 'atomic' | 'batched', options: LoadOptions): Promise<void> {
  const statements = switchStatements(mode);
  if (mode === 'atomic') {
    await db.inOneTransaction(async (tx) => {
      for (const s of statements) await tx.run(s.query, s.params);
    });
  } else {
    for (const [i, s] of statements.entries()) {
      db.checkAbort();
      await db.autoCommit(s.query, s.params);
      options.onProgress?.({ phase: 'switch', done: i + 1, total: statements.length });
    }
  }
}

async function discardStaging(db: Db): Promise<void> {
  await db.autoCommit(readCypher('load/discard-staging.cypher'), {});
  await db.autoCommit(readCypher('load/unmark-doomed.cypher'), {});
}

function sumByType(plan: LoadPlan): Record<string, number> {
  const out: Record<string, number> = {};
  for (const group of plan.edges) out[group.type] = (out[group.type] ?? 0) + group.rows.length;
  return out;
}

/** The loader's one session, with a tally of transactions and the abort check between them. */
class Db {
  transactions = 0;
  private session: Session;
  constructor(
    private driver: Driver,
    private options: LoadOptions,
  ) {
    this.session = driver.session({ defaultAccessMode: neo4j.session.WRITE, database: options.database });
  }
  checkAbort(): void {
    if (this.options.signal?.aborted) {
      throw new GraphDbError('load', 'neo4j/loader: the load was interrupted; the previous graph is still what queries see');
    }
  }
  async readMeta(): Promise<Meta> {
    const r = await this.read(readCypher('load/read-meta.cypher'));
    const meta = r[0]?.get('meta') as Record<string, unknown> | null;
    if (!meta) return {};
    const generation = meta.generation;
    return {
      snapshotHash: (meta.snapshotHash as string | null) ?? undefined,
      generation: neo4j.isInt(generation) ? (generation as { toNumber(): number }).toNumber() : (generation as number | undefined) ?? undefined,
      phase: (meta.phase as Meta['phase'] | null) ?? undefined,
    };
  }
  async writeMeta(props: Meta): Promise<void> {
    this.checkAbort();
    const clean = Object.fromEntries(Object.entries(props).filter(([, v]) => v !== undefined));
    await this.session.executeWrite((tx) => tx.run(readCypher('load/write-meta.cypher'), { props: clean }));
    this.transactions++;
  }
  async liveCountsMatch(plan: LoadPlan): Promise<boolean> {
    const query = readCypher('load/count-label.cypher');
    for (const label of NODE_TYPES) {
      const r = await this.read(fillTemplate(query, { LABEL: label }));
      const n = neo4j.integer.toNumber(r[0]?.get('count') ?? 0);
      const want = plan.nodes.find((g) => g.label === label)?.rows.length ?? 0;
      if (n !== want) return false;
    }
    return true;
  }
  async liveRelationshipTypes(): Promise<string[]> {
    const r = await this.read('CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType');
    return r.map((x) => x.get('relationshipType') as string).filter((t) => /^[A-Z][A-Z_]*$/.test(t));
  }
  async read(query: string, params: Record<string, unknown> = {}) {
    const result = await this.session.executeRead((tx) => tx.run(query, params));
    return result.records;
  }
  /** One bounded write transaction; checks that every row was written (`expect` rows under `column`). */
  async write(query: string, params: Record<string, unknown>, expect: number, column: string, what?: () => string): Promise<void> {
    this.checkAbort();
    const result = await this.session.executeWrite((tx) => tx.run(query, params));
    this.transactions++;
    const n = neo4j.integer.toNumber(result.records[0]?.get(column) ?? 0);
    if (what && n !== expect) {
      throw new GraphDbError('load', `neo4j/loader: staged ${n} of ${expect} ${what()}; expected all, as their endpoints exist`);
    }
  }
  async autoCommit(query: string, params: Record<string, unknown>): Promise<void> {
    const result = await this.session.run(query, params);
    void result;
    this.transactions++;
  }
  async inOneTransaction(work: (tx: ManagedTransaction) => Promise<void>): Promise<void> {
    this.checkAbort();
    await this.session.executeWrite(work);
    this.transactions++;
  }
  close(): Promise<void> {
    return this.session.close();
  }
}
