// Hostile PDFs, written at test time (never committed binaries): a FlateDecode content stream that
// inflates to gigabytes (its deflate stream is one small piece repeated, so the gigabytes are never
// in memory here), arrays nested 100,000 deep, and 300,000 objects. Each is otherwise a well-formed
// one-page PDF with a correct cross-reference table.
import { buildPdf } from '../ingest/read/fixtures.js';
import { deflatePiece, FINAL_BLOCK } from './zip-writer.js';

const CATALOG = '<< /Type /Catalog /Pages 2 0 R >>';
const PAGES = '<< /Type /Pages /Kids [3 0 R] /Count 1 >>';
const page = (extra = '') => `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R${extra} >>`;
const stream = (dict: string, data: Buffer) => `<< ${dict} /Length ${data.length} >>\nstream\n${data.toString('latin1')}\nendstream`;

/** A zlib stream (header, raw deflate of `piece` × `times`, a zero checksum pdf.js does not check). */
export function repeatedZlib(piece: string, times: number): Buffer {
  const one = deflatePiece(piece);
  const parts: Uint8Array[] = [Buffer.from([0x78, 0xda])];
  for (let i = 0; i < times; i++) parts.push(one);
  parts.push(FINAL_BLOCK, Buffer.alloc(4));
  return Buffer.concat(parts);
}

/** A page whose content stream inflates to `gigabytes` GiB of text operators. */
export function flateBombPdf(gigabytes: number): Buffer {
  const piece = 'BT ET\n'.repeat(10_923); // 65,538 bytes
  const times = Math.round((gigabytes * 1024 ** 3) / piece.length);
  return buildPdf([CATALOG, PAGES, page(), stream('/Filter /FlateDecode', repeatedZlib(piece, times))]);
}

/** A page whose dictionary holds arrays nested `depth` deep. */
export function deepPdf(depth: number): Buffer {
  const nested = '['.repeat(depth) + '1' + ']'.repeat(depth);
  return buildPdf([CATALOG, PAGES, page(` /Nested ${nested}`), stream('', Buffer.from('BT ET'))]);
}

/** A page and `count` more objects (null), each numbered and in the cross-reference table. */
export function manyObjectsPdf(count: number): Buffer {
  return buildPdf([CATALOG, PAGES, page(), stream('', Buffer.from('BT ET')), ...Array.from({ length: count }, () => 'null')]);
}
