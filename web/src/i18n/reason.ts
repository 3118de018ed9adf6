// The server's reasons for Cypher being off come in English (neo4j/link.ts, the load's progress
// from scripts/start-progress.ts loadProgress). The ones the page shows while Neo4j loads are read
// back here into the interface's language; any other reason is shown as the server wrote it.

/** neo4j/link.ts LOADING: the start of every reason while the graph loads. */
export const LOADING_REASON = 'Cypher comes on when the graph is loaded into Neo4j.';

/** scripts/start-progress.ts LOAD_PHASES, by their key in the i18n tables (reason.phases). */
const PHASES: Record<string, 'diff' | 'staging' | 'switch'> = {
  'comparing with the graph Neo4j holds': 'diff',
  'writing nodes and relationships': 'staging',
  'switching to the new graph (the old one is removed)': 'switch',
};

/** "Neo4j: <phase> …" or "Neo4j: <phase>: 1,234 of 5,678 rows|steps". */
const PROGRESS = /^Neo4j: (.+?)(?: …|: ([\d,]+) of ([\d,]+) (rows|steps))$/;

type T = (key: string, options?: Record<string, unknown>) => string;

export function localReason(reason: string, t: T): string {
  if (!reason.startsWith(LOADING_REASON)) return reason;
  const rest = reason.slice(LOADING_REASON.length).trim();
  const head = t('reason.loading');
  if (!rest) return head;
  const m = PROGRESS.exec(rest);
  const phase = m ? PHASES[m[1]] : undefined;
  if (!m || !phase) return `${head} ${rest}`;
  const name = t(`reason.phases.${phase}`);
  if (!m[2]) return `${head} ${t('reason.phase', { phase: name })}`;
  return `${head} ${t(m[4] === 'steps' ? 'reason.steps' : 'reason.rows', { phase: name, done: m[2], total: m[3] })}`;
}
