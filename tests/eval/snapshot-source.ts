// Where the eval gets its snapshot: a fresh run of the ingest pipeline over corpus/, or a snapshot
// file. Validated once here against graph-schema's Snapshot; everything after trusts the types.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { Snapshot } from '../../graph-schema/index.js';
import { EvalError } from './errors.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PIPELINE = resolve(ROOT, 'ingest/pipeline.ts');

/** Runs `runIngest({ inputs: ['corpus'] })` from ingest/pipeline.ts without writing a snapshot file. */
export async function ingestSnapshot(inputs: string[] = [resolve(ROOT, 'corpus')]): Promise<Snapshot> {
  if (!existsSync(PIPELINE)) {
    throw new EvalError(
      'pipeline-missing',
      `eval: ${PIPELINE} does not exist, so the corpus cannot be ingested; ` +
        'write the pipeline (runIngest) or score a snapshot file with --snapshot <path>.',
    );
  }
  // Imported by path at run time: the eval must report a missing or broken pipeline, not fail to
  // load. A plain path, not a file: URL, so vitest resolves the pipeline's own imports normally.
  const mod: { runIngest?: unknown } = await import(PIPELINE);
  if (typeof mod.runIngest !== 'function') {
    throw new EvalError('pipeline-missing', `eval: ${PIPELINE} does not export a runIngest function.`);
  }
  let result: unknown;
  try {
    result = await (mod.runIngest as (o: { inputs: string[] }) => Promise<unknown>)({ inputs });
  } catch (cause) {
    throw new EvalError('pipeline-failed', `eval: runIngest failed: ${(cause as Error)?.message ?? cause}`, { cause });
  }
  return parseSnapshot((result as { snapshot?: unknown })?.snapshot, 'runIngest');
}

export async function readSnapshot(path: string): Promise<Snapshot> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch (cause) {
    throw new EvalError('invalid-snapshot', `eval: cannot read snapshot ${path}: ${(cause as Error).message}`, { cause });
  }
  return parseSnapshot(json, path);
}

export function parseSnapshot(value: unknown, origin: string): Snapshot {
  const parsed = Snapshot.safeParse(value);
  if (!parsed.success) {
    const issues = z.prettifyError(parsed.error).split('\n').slice(0, 20).join('\n');
    throw new EvalError('invalid-snapshot', `eval: the snapshot from ${origin} does not satisfy graph-schema's Snapshot:\n${issues}`);
  }
  return parsed.data;
}
