// Test helper: runs the whole pipeline on texts held in memory (file name → text), read as one format.
import type { Snapshot } from '../../../graph-schema/index.js';
import { runIngest } from '../../../ingest/pipeline.js';

export async function ingestTexts(files: Record<string, string>, format: 'txt' | 'md' = 'txt'): Promise<Snapshot> {
  const { snapshot } = await runIngest({
    inputs: ['in-memory'],
    reader: {
      list: async () => Object.keys(files).map((name) => ({ path: name, name })),
      read: async (_path, name) => ({ file: name, format, encoding: 'utf-8', text: files[name] }),
    },
  });
  return snapshot;
}
