// Reads a snapshot JSON file and validates it once against graph-schema (the loader trusts it).
import { readFile } from 'node:fs/promises';
import { Snapshot } from '../graph-schema/index.js';
import { GraphDbError } from './errors.js';

const ISSUES_SHOWN = 5;

export async function readSnapshotFile(path: string): Promise<Snapshot> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch (err) {
    throw new GraphDbError('snapshot', `neo4j/snapshot-file: cannot read ${path} as JSON (${(err as Error).message}); expected the file \`npm run ingest\` writes`, { cause: err });
  }
  const parsed = Snapshot.safeParse(json);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.slice(0, ISSUES_SHOWN).map((i) => `  at ${i.path.join('.') || '(root)'}: ${i.message}`);
  const more = parsed.error.issues.length > ISSUES_SHOWN ? `\n  … ${parsed.error.issues.length - ISSUES_SHOWN} more` : '';
  throw new GraphDbError(
    'snapshot',
    `neo4j/snapshot-file: ${path} is not a valid snapshot (${parsed.error.issues.length} issue(s)); expected graph-schema's Snapshot:\n${issues.join('\n')}${more}`,
    { cause: parsed.error },
  );
}
