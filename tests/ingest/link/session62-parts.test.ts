// The link stage may split the lower documents into parts (ingest/link/parallel.ts: a link thread's range; more parts
// than threads when links stream). A part's links depend only on the corpus and its range, so linking every lower
// document on its own gives the links of the whole corpus. Session 62: the title-term and chapter-article passes added a
// link whose higher article no other link of the part named, and the part failed (`reading 'level'`), which took the
// whole mixed corpus down once `licence` joined it.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { linkImplements } from '../../../ingest/link/index.js';
import { runPerFile } from '../../../ingest/parallel/pool.js';
import { loadLexicon } from '../../../ingest/lexicon/load.js';
import { listSources, readSource } from '../../../ingest/read/index.js';
import { documentIds } from '../../../ingest/snapshot/build.js';
import type { ProcessedDoc } from '../../../ingest/snapshot/types.js';

const lexicon = loadLexicon();

async function processed(set: string): Promise<{ docs: ProcessedDoc[]; ids: string[] }> {
  const files = (await listSources([join(import.meta.dirname, `../../real/${set}/corpus`)])).map((p) => ({ path: p, name: p }));
  const docs: ProcessedDoc[] = [];
  const read = (path: string, name: string) => readSource(path, { root: undefined }).then((r) => ({ ...r, file: name }));
  await runPerFile(files, { workers: 1, lexicon, read, onResult: (r) => void (r.doc && docs.push(r.doc)) });
  docs.sort((a, b) => a.doc.file.localeCompare(b.doc.file));
  return { docs, ids: documentIds(docs) };
}

const key = (l: { lower: string; higher: string; verdict: string }) => `${l.lower} → ${l.higher} ${l.verdict}`;

describe('links of the lower documents one at a time = links of the whole corpus', () => {
  // licence, police: ministry rules (the title-term pass); trademark: a chapter carrying its delegating article.
  for (const set of ['licence', 'police', 'trademark']) {
    it(set, async () => {
      const { docs, ids } = await processed(set);
      const whole = linkImplements(docs, ids, lexicon).map(key).sort();
      expect(whole.length).toBeGreaterThan(20);
      const parts = docs.flatMap((_, i) => linkImplements(docs, ids, lexicon, {}, false, (d) => d === i)).map(key).sort();
      expect(parts).toEqual(whole);
    }, 600_000);
  }
});
