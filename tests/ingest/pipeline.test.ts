import { describe, expect, it, beforeAll } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ENTITY_TYPES, NODE_ROLES, NODE_TYPES, Snapshot, isDocumentPart } from '../../graph-schema/index.js';
import { runIngest } from '../../ingest/pipeline.js';
import { CORPUS } from './helpers.js';

type Result = Awaited<ReturnType<typeof runIngest>>;
let corpus: Result;
const nodes = (r: Result, type: string) => r.snapshot.nodes.filter((n) => n.attributes.type === type);
const docText = (r: Result, id: string) => {
  const a = r.snapshot.nodes.find((n) => n.key === id)!.attributes;
  return a.type === 'Document' ? a.text! : '';
};

beforeAll(async () => {
  corpus = await runIngest({ inputs: [CORPUS] });
});

describe('ingest of the default corpus', () => {
  it('writes a snapshot that satisfies graph-schema', () => {
    expect(Snapshot.safeParse(JSON.parse(JSON.stringify(corpus.snapshot))).success).toBe(true);
  });

  it('merges the traditional copy and its original into one Document with both sources', () => {
    const merged = nodes(corpus, 'Document').filter((n) => n.attributes.type === 'Document' && n.attributes.sources.length > 1);
    expect(merged.map((n) => (n.attributes.type === 'Document' ? n.attributes.sources : []))).toEqual([
      ['002_c24945225dab7da9.txt', '003_26ef23e71b9cbbbe.txt'],
    ]);
  });

  it('keeps a cited directive that is not in the corpus as a Document with its issuer and level', () => {
    const d = nodes(corpus, 'Document').find((n) => n.attributes.name === '关于新时代进一步加强科学技术普及工作的意见')!.attributes;
    expect(d.type === 'Document' && [d.inCorpus, d.level]).toEqual([false, 'central']);
  });

  it('points every mention span at its surface form in the document text', () => {
    const measures = new Map(nodes(corpus, 'Measure').map((n) => [n.key, n.attributes]));
    const bad = corpus.snapshot.edges
      .filter((e) => e.attributes.type === 'MENTIONS')
      .flatMap((e) => {
        const a = e.attributes;
        const m = measures.get(e.source)!;
        if (a.type !== 'MENTIONS' || m.type !== 'Measure') return [];
        const text = docText(corpus, m.docId);
        return a.spans.filter(([s, t]) => !a.surfaces.includes(text.slice(s, t))).map((sp) => `${e.key} ${sp}`);
      });
    expect(bad).toEqual([]);
  });

  it('points every reused passage of an IMPLEMENTS link at its text on both sides', () => {
    const measures = new Map(nodes(corpus, 'Measure').map((n) => [n.key, n.attributes]));
    const links = corpus.snapshot.edges.filter((e) => e.attributes.type === 'IMPLEMENTS');
    expect(links.length).toBeGreaterThan(0);
    for (const e of links) {
      const a = e.attributes;
      const lower = measures.get(e.source)!;
      const higher = measures.get(e.target)!;
      if (a.type !== 'IMPLEMENTS' || lower.type !== 'Measure' || higher.type !== 'Measure') continue;
      for (const p of a.evidence.passages) {
        expect(docText(corpus, lower.docId).slice(...p.lower)).toBe(p.text);
        // Aligned passages may differ by a few characters; the higher side's wording is then kept too.
        expect(docText(corpus, higher.docId).slice(...p.higher)).toBe(p.higherText ?? p.text);
      }
    }
  });

  it('agrees with the node-role table of graph-schema that the explorer and loader read', () => {
    const typeOf = new Map(corpus.snapshot.nodes.map((n) => [n.key, n.attributes.type]));
    const reached = (edge: string) => [...new Set(corpus.snapshot.edges.filter((e) => e.attributes.type === edge).map((e) => typeOf.get(e.target)!))].sort();
    // Measures mention exactly the entity kinds, and every entity kind occurs in the sample.
    expect(reached('MENTIONS')).toEqual([...ENTITY_TYPES].sort());
    // A document part is what a document's HAS_MEASURE or a measure's SETS reaches, and has a docId.
    expect([...new Set([...reached('HAS_MEASURE'), ...reached('SETS')])].sort()).toEqual(NODE_TYPES.filter((t) => NODE_ROLES[t] === 'part').sort());
    for (const n of corpus.snapshot.nodes) expect(isDocumentPart(n.attributes)).toBe('docId' in n.attributes);
  });

  it('gives every measure the text of its span', () => {
    for (const n of nodes(corpus, 'Measure')) {
      const a = n.attributes;
      if (a.type === 'Measure') expect(docText(corpus, a.docId).slice(...a.span)).toBe(a.text);
    }
  });

  it('writes the same bytes for the same input', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ingest-'));
    await runIngest({ inputs: [CORPUS], out: join(dir, 'a.json') });
    await runIngest({ inputs: [CORPUS], out: join(dir, 'b.json') });
    expect(readFileSync(join(dir, 'a.json'), 'utf8')).toBe(readFileSync(join(dir, 'b.json'), 'utf8'));
  });
});

describe('ingest of a batch with bad files', () => {
  let r: Result;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ingest-bad-'));
    copyFileSync(join(CORPUS, '001_d87d61ca0788070b.txt'), join(dir, 'good.txt'));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'garbage.txt'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
    writeFileSync(join(dir, 'old.doc'), Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(2048)]));
    r = await runIngest({ inputs: [dir], out: join(dir, 'out', 'snapshot.json') });
  });

  it('reports each bad file by name with a reason', () => {
    expect(r.report.failed.map((f) => [f.file, f.reason]).sort()).toEqual([
      ['empty.txt', 'empty'],
      ['garbage.txt', 'binary'],
      // OLE2 signature then zeros: read as a .doc, whose compound-file header is damaged.
      ['old.doc', 'truncated'],
    ]);
  });

  it('still ingests the good file', () => {
    expect(nodes(r, 'Document').filter((n) => n.attributes.type === 'Document' && n.attributes.inCorpus).length).toBe(1);
  });

  it('records the failures in the snapshot too', () => {
    expect(r.snapshot.attributes.errors.map((e) => e.file).sort()).toEqual(['empty.txt', 'garbage.txt', 'old.doc']);
  });
});

describe('ingest of two versions of one document', () => {
  it('keeps both as Documents and links the later one to the earlier by REVISES', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ingest-rev-'));
    const v = (year: number, body: string) =>
      `某省科学技术普及条例\n某省人民代表大会常务委员会\n${year}年6月1日\n第一章 总则\n第一条 ${body}\n第二条 本条例适用于本省。\n`;
    writeFileSync(join(dir, 'a.txt'), v(2005, '为了加强科学技术普及工作，提高公民的科学文化素质，根据有关法律，制定本条例。'));
    writeFileSync(join(dir, 'b.txt'), v(2021, '为了实施科教兴省战略和人才强省战略，推动科学技术普及事业高质量发展，制定本条例。各级人民政府应当将科普经费列入预算。'));
    const r = await runIngest({ inputs: [dir] });
    const revises = r.snapshot.edges.filter((e) => e.attributes.type === 'REVISES').map((e) => [e.source, e.target]);
    expect(revises).toEqual([['doc:某省科学技术普及条例@2021-06-01', 'doc:某省科学技术普及条例@2005-06-01']]);
  });
});
