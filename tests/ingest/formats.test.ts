// The sample corpus as a real one arrives: 000 as a saved GBK web page, 001 as a .docx, 002 in
// Big5, 003 as a PDF printed by Chromium, 004 in UTF-16. Every document must come out with the
// title, issuer, date, number, level, region and measure paths of its hand-made gold file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { runIngest } from '../../ingest/pipeline.js';
import { buildDocx, canPrintChinese, contentLines, encodable, printToPdf, sample, savedPage, tempDir, writeFixture } from './read/fixtures.js';

const printer = await canPrintChinese();
const GOLD = join(import.meta.dirname, '../gold');
const gold = (file: string) => JSON.parse(readFileSync(join(GOLD, file.replace(/\.txt$/, '.json')), 'utf8'));
const FILES: Record<string, string> = {
  '000.html': '000_ce7d90cc0e0ce880.txt',
  '001.docx': '001_d87d61ca0788070b.txt',
  '003.pdf': '003_26ef23e71b9cbbbe.txt',
  '004.txt': '004_bf6f3bb47d541f9b.txt',
};

let result: Awaited<ReturnType<typeof runIngest>>;
let dispose = async () => {};

describe.skipIf(!printer.ok && process.env.CI !== 'true')('ingest of the sample corpus in mixed formats and encodings', () => {
  beforeAll(async () => {
    if (!printer.ok) throw new Error(`cannot print the PDF fixture: ${printer.why}`);
    const t = await tempDir();
    dispose = t.dispose;
    const page = savedPage({ title: '关于印发《中国科协2020年科普工作要点》的通知', paragraphs: contentLines(sample('000')), charset: 'gbk' });
    await writeFixture(t.dir, '000.html', iconv.encode(page, 'gbk'));
    await writeFixture(t.dir, '001.docx', await buildDocx(contentLines(sample('001'))));
    await writeFixture(t.dir, '002.txt', iconv.encode(encodable(sample('002'), 'big5'), 'big5'));
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><style>body{font-family:"WenQuanYi Micro Hei",sans-serif}</style></head><body>${contentLines(sample('003'))
      .map((l) => `<p>${l.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
      .join('')}</body></html>`;
    const htmlPath = await writeFixture(t.dir, 'print-source.html', html);
    await printToPdf(htmlPath, join(t.dir, '003.pdf'), join(t.dir, 'profile'));
    await writeFixture(t.dir, '004.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(sample('004'), 'utf16le')]));
    const inputs = Object.keys(FILES).concat('002.txt').map((f) => join(t.dir, f));
    result = await runIngest({ inputs });
  }, 180_000);
  afterAll(() => dispose());

  const doc = (file: string) => {
    const n = result.snapshot.nodes.find((x) => x.attributes.type === 'Document' && x.attributes.sources.includes(file));
    if (!n || n.attributes.type !== 'Document') throw new Error(`no document read from ${file}`);
    return n;
  };
  const issuer = (docId: string) =>
    result.snapshot.nodes.find((n) => n.key === result.snapshot.edges.find((e) => e.source === docId && e.attributes.type === 'ISSUED_BY')?.target)?.attributes.name;

  it('reads every file without an error', () => {
    expect(result.report.failed).toEqual([]);
  });

  it('merges the Big5 copy with the PDF it duplicates', () => {
    expect(doc('002.txt').key).toBe(doc('003.pdf').key);
  });

  it.each(Object.entries(FILES))('recovers the metadata of %s', (file, original) => {
    const n = doc(file);
    const a = n.attributes.type === 'Document' ? n.attributes : undefined;
    const g = gold(original).document;
    expect({ name: a?.name, issuer: issuer(n.key), issuedOn: a?.issuedOn ?? null, docNumber: a?.docNumber ?? null, level: a?.level, region: a?.region, year: a?.year }).toEqual({
      name: g.name.replace(/〈/g, '《').replace(/〉/g, '》'),
      issuer: g.issuer,
      issuedOn: g.issuedOn,
      docNumber: g.docNumber,
      level: g.level,
      region: g.region,
      year: g.year,
    });
  });

  it.each(Object.entries(FILES))('recovers the measure paths of %s', (file, original) => {
    const id = doc(file).key;
    const paths = result.snapshot.nodes
      .filter((n) => n.attributes.type === 'Measure' && n.attributes.docId === id && n.attributes.leaf && !['notice', 'preamble'].includes(n.attributes.kind))
      .map((n) => (n.attributes.type === 'Measure' ? n.attributes.path : ''));
    expect(paths.sort()).toEqual([...gold(original).measures.paths].sort());
  });
});
