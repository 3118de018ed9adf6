// Session 59 (helper perf, issue 11): the spill file's line of a document holds its text once (on the text's own line)
// and its origin map as runs, not a number per character; DocSpill.get gives back the same document as the JSON of the
// whole document did, key for key and in the same order, so the snapshot is the same bytes.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadLexicon } from '../../ingest/lexicon/load.js';
import { listSources } from '../../ingest/read/list.js';
import { readSource } from '../../ingest/read/index.js';
import { processFile } from '../../ingest/parallel/per-file.js';
import { DocSpill, wholeDoc } from '../../ingest/snapshot/spill.js';
import type { ProcessedDoc } from '../../ingest/snapshot/types.js';

const dir = mkdtempSync(join(tmpdir(), 'pg-s59-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function processed(folder: string): Promise<ProcessedDoc[]> {
  const lexicon = loadLexicon();
  const out: ProcessedDoc[] = [];
  for (const path of await listSources([folder])) {
    const r = await processFile({ path, name: path }, lexicon, (p) => readSource(p, { root: folder }));
    if (r.doc) out.push(r.doc);
  }
  return out;
}

/** A document by hand: its own origin map and structure text. */
function made(text: string, origin: number[], docText = text): ProcessedDoc {
  return {
    sources: ['x.txt'],
    clean: { text, origin, dropped: [{ kind: 'chrome', line: '返回顶部' }], traditional: false, pinyinRemoved: 1 },
    doc: { title: 't', text: docText, units: [{ path: 'p1', kind: 'paragraph', name: 'p1', span: [0, text.length], leaf: true }] },
    extraction: { mentions: [], citations: [], targets: [], abbreviations: [], words: {} },
  } as unknown as ProcessedDoc;
}

const root = join(import.meta.dirname, '..', '..');

describe('the spill file holds a document compactly and gives it back as it was', () => {
  it('get(i) is JSON.parse of the whole document, character for character, for real documents and odd ones', async () => {
    const docs = [
      ...(await processed(join(root, 'corpus'))),
      ...(await processed(join(root, 'tests', 'real', 'corpus'))),
      // Runs: a removal in the middle (pinyin, a chrome line), a map that goes back, one character, none.
      made('中国科协发布\n通知', [0, 1, 2, 9, 10, 11, 12, 13, 14, 15]),
      made('甲乙丙', [5, 4, 3, 3]),
      made('甲', [0, 1]),
      made('', [0]),
      // Not packed: the structure text is not the clean text; an origin map with a value JSON changes (NaN → null).
      made('甲乙', [0, 1, 2], '甲乙。'),
      made('甲乙', [0, Number.NaN, 2]),
      made('甲乙', [0, 1.5, 2]),
    ];
    expect(docs.length).toBeGreaterThan(25);
    const spill = new DocSpill(dir);
    try {
      const copies = docs.map((d) => spill.put(d));
      docs.forEach((d, i) => {
        const expected = JSON.stringify(JSON.parse(JSON.stringify(d)));
        expect(JSON.stringify(spill.get(i)), `document ${i}`).toBe(expected);
        expect(JSON.stringify(wholeDoc(copies[i], spill))).toBe(expected);
        expect(spill.text(i)).toBe(d.doc.text);
      });
      // The point of it: the file is well under the documents' JSON (the origin map was a third of it, the text twice
      // more), though it still has each text once on its own line.
      const json = docs.reduce((n, d) => n + Buffer.byteLength(JSON.stringify(d)), 0);
      expect(spill.bytes).toBeLessThan(0.8 * json);
    } finally {
      spill.close();
    }
  }, 120_000);
});
