// A link family's texts under tests/real run through the per-file stages on the main thread, in file order, with the
// snapshot's document ids: the linker's input for tests that link a real family directly (session62-parts,
// session63-titled-part).
import { join } from 'node:path';
import { runPerFile } from '../../../ingest/parallel/pool.js';
import type { loadLexicon } from '../../../ingest/lexicon/load.js';
import { listSources, readSource } from '../../../ingest/read/index.js';
import { documentIds } from '../../../ingest/snapshot/build.js';
import type { ProcessedDoc } from '../../../ingest/snapshot/types.js';

export async function processed(set: string, lexicon: ReturnType<typeof loadLexicon>): Promise<{ docs: ProcessedDoc[]; ids: string[] }> {
  const files = (await listSources([join(import.meta.dirname, `../../real/${set}/corpus`)])).map((p) => ({ path: p, name: p }));
  const docs: ProcessedDoc[] = [];
  const read = (path: string, name: string) => readSource(path, { root: undefined }).then((r) => ({ ...r, file: name }));
  await runPerFile(files, { workers: 1, lexicon, read, onResult: (r) => void (r.doc && docs.push(r.doc)) });
  docs.sort((a, b) => a.doc.file.localeCompare(b.doc.file));
  return { docs, ids: documentIds(docs) };
}
