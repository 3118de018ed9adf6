// ingest/read/mht.ts: a MIME web archive (Word's "Single File Web Page", IE's and Chrome's single-file
// saves, also served as .doc) reads as the page it holds: the same title and measures as that page
// saved as .html; damaged and hostile archives are refused with a one-line reason.
// Fixtures: mht-fixtures/README.md.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSource } from '../../../ingest/read/index.js';
import { isMimeArchive } from '../../../ingest/read/sniff.js';
import { tempDir, writeFixture } from './fixtures.js';
import { failure, outline, survivesDamage } from './twins.js';

const FIXTURES = new URL('./mht-fixtures/', import.meta.url);
const fixture = (name: string) => new URL(name, FIXTURES).pathname;
/** A fixture as Latin-1 text: one character per byte, so edits keep every other byte as it was. */
const latin1 = (name: string) => readFileSync(fixture(name)).toString('latin1');

let dir: string;
let dispose: () => Promise<void>;
beforeAll(async () => ({ dir, dispose } = await tempDir()));
afterAll(() => dispose());

const write = (name: string, text: string) => writeFixture(dir, name, Buffer.from(text, 'latin1'));
describe('readSource on a web archive', () => {
  it('reads the GBK quoted-printable page of a Word "Single File Web Page" as its .html twin', async () => {
    const [mht, html] = await Promise.all(['volunteer-word.mht', 'volunteer-word.html'].map((f) => readSource(fixture(f))));
    expect([mht.format, mht.encoding]).toEqual(['mht', 'gb18030']);
    expect(mht.text).toBe(html.text);
    const fromMht = outline('volunteer-word.mht', mht.text);
    expect(fromMht.title).toBe('上海市志愿服务条例');
    expect(fromMht.units.length).toBeGreaterThan(30);
    expect(fromMht).toEqual(outline('volunteer-word.html', html.text));
  });

  it('reads an IE archive named .doc whose charset only its MIME header names, the page after an image', async () => {
    const [doc, html] = await Promise.all(['volunteer-ie.doc', 'volunteer-word.html'].map((f) => readSource(fixture(f))));
    expect([doc.format, doc.encoding]).toEqual(['mht', 'gb18030']);
    expect(outline('volunteer-ie.doc', doc.text)).toEqual(outline('volunteer-word.html', html.text));
  });

  it('reads the UTF-8 base64 page of a Chrome .mhtml as its .html twin, without the site around the article', async () => {
    const [mht, html] = await Promise.all(['volunteer-site.mhtml', 'volunteer-site.html'].map((f) => readSource(fixture(f))));
    expect([mht.format, mht.encoding]).toEqual(['mht', 'utf-8']);
    expect(mht.text).toBe(html.text);
    expect(mht.text).not.toMatch(/政务公开|分享到|ICP备|当前位置/);
    const fromMht = outline('volunteer-site.mhtml', mht.text);
    expect(fromMht.title).toBe('上海市志愿服务条例');
    expect(fromMht).toEqual(outline('volunteer-site.html', html.text));
  });

  it('reads GBK bytes whose MIME header says utf-8 or names no charset as GBK', async () => {
    const ie = latin1('volunteer-ie.doc');
    const expected = (await readSource(fixture('volunteer-ie.doc'))).text;
    for (const charset of ['; charset="utf-8"', '; charset="iso-8859-1"', '']) {
      const edited = ie.replace('Content-Type: text/html;\r\n\tcharset="gb2312"', `Content-Type: text/html${charset}`);
      expect(edited).not.toBe(ie);
      const r = await readSource(await write('charset.mht', edited));
      expect([charset, r.encoding, r.text]).toEqual([charset, 'gb18030', expected]);
    }
  });

  it('is told by its content whatever its name; a page named .mht is read as a page', async () => {
    const asTxt = await readSource(await write('saved.txt', latin1('volunteer-word.mht')));
    expect(asTxt.format).toBe('mht');
    const page = await readSource(await write('page.mht', latin1('volunteer-word.html')));
    expect(page.format).toBe('html');
  });

  it('reads an archive re-saved with bare LF line ends and an unquoted boundary', async () => {
    const word = latin1('volunteer-word.mht');
    const edited = word.replace(/\r\n/g, '\n').replace('boundary="----=_NextPart_01DA2F3B.6C8E1A40"', 'boundary=----=_NextPart_01DA2F3B.6C8E1A40');
    expect(edited.length).toBeLessThan(word.length - 2);
    const r = await readSource(await write('lf.mht', edited));
    expect(r.text).toBe((await readSource(fixture('volunteer-word.html'))).text);
  });

  it('still reads a page whose archive was cut off after the page (a lost image)', async () => {
    const word = latin1('volunteer-word.mht');
    const cut = word.slice(0, word.indexOf('Content-Type: image/png') + 60);
    const r = await readSource(await write('cut-late.mht', cut));
    expect(r.text).toBe((await readSource(fixture('volunteer-word.html'))).text);
  });
});

describe('readSource picks the root page of a web archive', () => {
  const part = (headers: string, title: string, body: string) =>
    `--b\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n${headers}\r\n` +
    Buffer.from(`<html><head><title>${title}</title></head><body>${body}</body></html>`).toString('base64') + '\r\n';
  const frame = part('Content-ID: <frame@site>\r\nContent-Location: https://www.example.gov.cn/ad.html\r\n', '客户端下载', '<p>扫码下载客户端</p>');
  const page = part(
    'Content-ID: <page@site>\r\nContent-Location: https://www.example.gov.cn/tzgg/notice.html\r\n',
    '关于加强志愿服务的通知',
    '<h1>关于加强志愿服务的通知</h1><p>一、加强组织领导。</p><p>二、完善保障措施。</p>',
  );
  const archive = (top: string, params: string, parts: string[], end = '--b--\r\n') =>
    `MIME-Version: 1.0\r\n${top}Content-Type: multipart/related; boundary="b"; type="text/html"${params}\r\n\r\n${parts.join('')}${end}`;

  it('reads the part that start= names, not an earlier page', async () => {
    const r = await readSource(await write('start.mht', archive('', '; start="<page@site>"', [frame, page])));
    expect(r.text).toContain('一、加强组织领导。');
    expect(r.text).not.toContain('扫码下载客户端');
  });

  it("reads the part at Chrome's Snapshot-Content-Location", async () => {
    const top = 'Snapshot-Content-Location: https://www.example.gov.cn/tzgg/notice.html\r\n';
    const r = await readSource(await write('snapshot.mhtml', archive(top, '', [frame, page])));
    expect(r.text).toContain('二、完善保障措施。');
    expect(r.text).not.toContain('扫码下载客户端');
  });

  it('reads the first page when the archive names no root, or one it does not have', async () => {
    for (const params of ['', '; start="<gone@site>"']) {
      const r = await readSource(await write('first.mht', archive('', params, [frame, page])));
      expect(r.text).toContain('扫码下载客户端');
    }
  });

  it('refuses an archive cut off before the root it names', async () => {
    const path = await write('cut-root.mht', archive('', '; start="<page@site>"', [frame], ''));
    await expect(readSource(path)).rejects.toEqual(failure('truncated', /cut off/));
  });
});

describe('isMimeArchive', () => {
  it('needs the file to start with MIME headers, not merely mention them', () => {
    const b = (s: string) => Buffer.from(s, 'utf8');
    expect(isMimeArchive(b(latin1('volunteer-word.mht')))).toBe(true);
    expect(isMimeArchive(b('关于保存网页的说明\n\nMIME-Version: 1.0\nContent-Type: multipart/related; boundary="x"\n\n'))).toBe(false);
    expect(isMimeArchive(b('<html><head><meta http-equiv="Content-Type" content="multipart/related"></head></html>\n\n'))).toBe(false);
    expect(isMimeArchive(b('MIME-Version: 1.0\nContent-Type: text/plain\n\n第一条 本办法自发布之日起施行。'))).toBe(false);
  });
});

describe('readSource on a damaged or hostile web archive', () => {
  it('refuses an archive cut off inside its page', async () => {
    const word = latin1('volunteer-word.mht');
    const path = await write('cut.mht', word.slice(0, Math.floor(word.indexOf('image002.png') * 0.6)));
    await expect(readSource(path)).rejects.toEqual(failure('truncated', /cut off inside its page/));
  });

  it('refuses an archive whose boundary never appears', async () => {
    const path = await write('boundary.mht', latin1('volunteer-word.mht').replace('boundary="----=_NextPart_01DA2F3B', 'boundary="----=_Other'));
    await expect(readSource(path)).rejects.toEqual(failure('truncated', /boundary .* but no part starts with it/));
  });

  it('refuses an archive with no HTML page, naming what it holds', async () => {
    const path = await write('no-page.mht', latin1('volunteer-ie.doc').replace('Content-Type: text/html;', 'Content-Type: text/plain;'));
    await expect(readSource(path)).rejects.toEqual(failure('unsupported-format', /no HTML page in it \(image\/png, text\/plain\); open it in a browser/));
  });

  it('refuses multiparts nested deeper than the limit, and reads them within it', async () => {
    const page = '<html><head><title>关于加强志愿服务的通知</title></head><body><p>一、加强组织领导。</p><p>二、完善保障措施。</p></body></html>';
    const nest = (depth: number): string => {
      let inner = `Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n${Buffer.from(page).toString('base64')}`;
      for (let d = depth; d > 0; d--) inner = `Content-Type: multipart/related; boundary="b${d}"\r\n\r\n--b${d}\r\n${inner}\r\n--b${d}--`;
      return `MIME-Version: 1.0\r\n${inner}\r\n`;
    };
    expect((await readSource(await write('nested-3.mht', nest(3)))).text).toContain('一、加强组织领导。');
    await expect(readSource(await write('nested-20.mht', nest(20)))).rejects.toEqual(failure('too-deep', /nested more than 8 deep/));
  });

  it('refuses an archive with more parts before its page, or a larger page, than the limits allow', async () => {
    await expect(readSource(fixture('volunteer-ie.doc'), { limits: { maxMimeParts: 1 } })).rejects.toEqual(failure('too-long', /more than 1 parts/));
    await expect(readSource(fixture('volunteer-word.mht'), { limits: { maxEntryBytes: 10_000 } })).rejects.toEqual(
      failure('too-large', /page is \d+ bytes, over the limit of 10000/),
    );
  });

  it('refuses a page in a transfer encoding it cannot decode, and headers no writer makes', async () => {
    const uu = await write('uu.mht', latin1('volunteer-word.mht').replace('Content-Transfer-Encoding: quoted-printable', 'Content-Transfer-Encoding: x-uuencode'));
    await expect(readSource(uu)).rejects.toEqual(failure('unsupported-format', /transfer encoding "x-uuencode"/));
    const word = latin1('volunteer-word.mht');
    const at = word.indexOf('Content-Location: file:///C:/3F2A1B7C/volunteer.htm');
    const long = await write('headers.mht', `${word.slice(0, at)}X-Padding: ${'a'.repeat(100_000)}\r\n${word.slice(at)}`);
    await expect(readSource(long)).rejects.toEqual(failure('unreadable', /headers longer than 64 KB/));
  });

  it('gives text or a named refusal for random damage, never an unexpected failure, in bounded time', async () => {
    await survivesDamage({
      dir,
      name: 'damaged.mht',
      full: readFileSync(fixture('volunteer-word.mht')),
      values: fc.constantFrom(0x2d, 0x0a, 0x3d, 0x22, 0x41, 0xd6),
      reasons: ['truncated', 'unsupported-format', 'empty', 'encoding'],
      runs: 100,
    });
  });
});
