// ingest/read/encoding.ts through readSource: sample documents re-encoded come back as they were.
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../ingest/read/encoding.js';
import { readSource } from '../../../ingest/read/index.js';
import { encodable, sample, tempDir, writeFixture } from './fixtures.js';

let dir: string;
let dispose: () => Promise<void>;
beforeAll(async () => ({ dir, dispose } = await tempDir()));
afterAll(() => dispose());

async function roundTrip(name: string, text: string, encoding: string, bom: number[] = []) {
  const path = await writeFixture(dir, name, Buffer.concat([Buffer.from(bom), iconv.encode(text, encoding)]));
  return readSource(path);
}

describe('readSource decodes re-encoded samples', () => {
  it('reads 000 encoded as GBK back to the original text', async () => {
    const r = await roundTrip('000-gbk.txt', sample('000'), 'gbk');
    expect(r.text).toBe(sample('000'));
  });

  it('reports GB-family text as gb18030', async () => {
    const r = await roundTrip('001-gbk.txt', sample('001'), 'gbk');
    expect(r.encoding).toBe('gb18030');
  });

  it('reads 003 encoded as GB18030 back to the original text', async () => {
    const r = await roundTrip('003-gb18030.txt', sample('003'), 'gb18030');
    expect(r.text).toBe(sample('003'));
  });

  it('reads the traditional text of 002 encoded as Big5 back to the original text', async () => {
    const text = encodable(sample('002'), 'big5');
    const r = await roundTrip('002-big5.txt', text, 'big5');
    expect(r.text).toBe(text);
  });

  it('reports Big5 text as big5 although the detector guesses windows-1252 for it', async () => {
    const r = await roundTrip('002-big5-b.txt', encodable(sample('002'), 'big5'), 'big5');
    expect(r.encoding).toBe('big5');
  });

  it('reads UTF-16LE with a BOM back to the original text', async () => {
    const r = await roundTrip('004-utf16le.txt', sample('004'), 'utf-16le', [0xff, 0xfe]);
    expect([r.encoding, r.text]).toEqual(['utf-16le', sample('004')]);
  });

  it('reads UTF-16BE with a BOM back to the original text', async () => {
    const r = await roundTrip('004-utf16be.txt', sample('004'), 'utf-16be', [0xfe, 0xff]);
    expect([r.encoding, r.text]).toEqual(['utf-16be', sample('004')]);
  });

  it('drops the UTF-8 BOM', async () => {
    const r = await roundTrip('000-bom.txt', sample('000'), 'utf-8', [0xef, 0xbb, 0xbf]);
    expect([r.encoding, r.text]).toEqual(['utf-8', sample('000')]);
  });

  it('normalises CRLF line endings to LF', async () => {
    const r = await roundTrip('001-crlf.txt', sample('001').replace(/\n/g, '\r\n'), 'gbk');
    expect(r.text).toBe(sample('001'));
  });

  it('drops stray NUL and control characters but keeps tabs', async () => {
    const dirty = sample('003').replace(/。/g, '。\u0000').replace(/一、/g, '\u0007一、');
    const path = await writeFixture(dir, 'controls.txt', dirty);
    expect((await readSource(path)).text).toBe(sample('003'));
  });
});

describe('decodeBytes', () => {
  it('keeps UTF-8 whose last character was cut off by the scraper', () => {
    const bytes = Buffer.from(sample('003'), 'utf8');
    expect(decodeBytes(bytes.subarray(0, bytes.length - 2)).encoding).toBe('utf-8');
  });

  it('tells GB18030 from Big5 on a single short line', () => {
    expect(decodeBytes(iconv.encode('中國科協學習宣傳貫徹工作方案', 'big5')).encoding).toBe('big5');
  });

  it('reads a short, mostly ASCII GBK line as gb18030', () => {
    expect(decodeBytes(iconv.encode('Page 1 of 2 科普工作 2020', 'gbk')).encoding).toBe('gb18030');
  });

  it('reads Latin-1 text as the detector says rather than as Chinese', () => {
    const text = 'Résumé of the café programme, déjà vu: naïve façade. '.repeat(4);
    expect(decodeBytes(iconv.encode(text, 'latin1')).text).toBe(text);
  });

  it('follows a page that declares a charset the bytes bear out', () => {
    const page = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body>${sample('001').slice(0, 300)}</body></html>`;
    expect(decodeBytes(iconv.encode(page, 'gbk')).encoding).toBe('gb18030');
  });

  it('rejects high bytes that are Chinese in neither GB18030 nor Big5', () => {
    const bytes = Uint8Array.from({ length: 400 }, (_, i) => 0x80 + ((i * 37) % 0x7f));
    expect(() => decodeBytes(bytes)).toThrow(expect.objectContaining({ reason: 'encoding' }));
  });
});
