// Session 59 (helper perf, issue 11): the spill file's line of a document holds its text once (on the text's own line)
// and its origin map as runs, not a number per character; DocSpill.get gives back the same document as the JSON of the
// whole document did, key for key and in the same order, so the snapshot is the same bytes. The record file reads
// records that follow each other in the file and in the snapshot's order at once. findAddressees prepares a measure's
// clauses only when a form occurs in it.
import { closeSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadLexicon } from '../../ingest/lexicon/load.js';
import { listSources } from '../../ingest/read/list.js';
import { readSource } from '../../ingest/read/index.js';
import { processFile } from '../../ingest/parallel/per-file.js';
import { DocSpill, wholeDoc } from '../../ingest/snapshot/spill.js';
import { RecordFile } from '../../ingest/snapshot/record-file.js';
import { findAddressees, loadAddresseeLexicon } from '../../ingest/extract/addressees.js';
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

describe('the record file reads runs of records at once', () => {
  it('texts(order) gives every record as written, in any order, runs and records bigger than a read included', () => {
    const fd = openSync(join(dir, 'records.ndjson'), 'w+');
    try {
      const file = new RecordFile(fd);
      const records = Array.from({ length: 3000 }, (_, i) => JSON.stringify({ key: `k${i}`, text: '条'.repeat(i % 7 === 0 ? 30_000 : i % 50) }));
      records.forEach((r) => file.add(r));
      // In file order (one run after another), backwards (no run), and shuffled in blocks of ten (runs of ten).
      const orders = [
        Uint32Array.from(records.keys()),
        Uint32Array.from(records.keys()).reverse(),
        Uint32Array.from({ length: records.length }, (_, i) => (records.length / 10 - 1 - Math.floor(i / 10)) * 10 + (i % 10)),
      ];
      for (const order of orders) {
        const got = [...file.texts(order)];
        // Taken all before looking: a record's bytes are not overwritten by a later read.
        expect(got.map((b) => b.toString('utf8'))).toEqual([...order].map((i) => records[i]));
      }
    } finally {
      closeSync(fd);
    }
  });
});

describe('findAddressees', () => {
  it('finds the same addressees whether or not a measure names one, around issuer names and clause starts', () => {
    const lex = loadAddresseeLexicon();
    const names = ['中国科学技术协会', '中国科协'];
    const texts = [
      '一、加强组织领导。各省级科协要把科普工作摆上重要议事日程。',
      '中国科协党组、书记处统筹推进；动员地方科协、全国学会积极参与。',
      '第五条 各部门和单位应当支持志愿服务。',
      '本单位组织实施。',
      '',
    ];
    const found = texts.map((t) => findAddressees(t, names, lex));
    expect(found[0].map((a) => a.name)).toContain('各省级科协');
    expect(found[1].some((a) => a.scope === 'issuer' && a.name.startsWith('中国科协'))).toBe(true);
    expect(found[3]).toEqual([]);
    expect(found[4]).toEqual([]);
    for (const [i, list] of found.entries()) for (const a of list) expect(texts[i].slice(a.span[0], a.span[1])).toBe(a.name);
  });
});
