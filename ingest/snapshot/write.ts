// Snapshot export: graph.export() with nodes and edges sorted by key (same input, same bytes),
// validated against graph-schema, written atomically (temp file + rename).
import { mkdir, rename, writeFile, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Snapshot, type SnapshotAttributes } from '../../graph-schema/index.js';
import type { PolicyGraph } from './build.js';

export function exportSnapshot(g: PolicyGraph, attributes: SnapshotAttributes): Snapshot {
  const raw = g.export();
  const snapshot = {
    attributes,
    options: { type: 'directed' as const, multi: true as const, allowSelfLoops: false },
    nodes: [...raw.nodes].sort((a, b) => cmp(a.key, b.key)),
    edges: [...raw.edges].sort((a, b) => cmp(a.key!, b.key!)).map((e) => ({
      key: e.key!,
      source: e.source,
      target: e.target,
      attributes: e.attributes!,
    })),
  };
  // Drop undefined attributes so that the JSON and its parse are the same value.
  const parsed = Snapshot.safeParse(JSON.parse(JSON.stringify(snapshot)));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`snapshot: the graph does not satisfy graph-schema at ${issue?.path.join('.')}: ${issue?.message}`);
  }
  return parsed.data;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export async function writeJsonAtomic(path: string, value: unknown): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.tmp-${process.pid}`;
  try {
    await writeFile(tmp, JSON.stringify(value) + '\n');
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}
