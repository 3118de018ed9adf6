// ingest/read/sniff.ts: content decides the format, the extension only breaks ties.
import { describe, expect, it } from 'vitest';
import { sniffBytes, textFormat } from '../../../ingest/read/sniff.js';
import { garbage } from './fixtures.js';

const bytes = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));

describe('sniffBytes', () => {
  it('takes %PDF- for a PDF whatever the extension', () => {
    expect(sniffBytes(bytes('%PDF-1.7\n...'), '.txt').kind).toBe('pdf');
  });

  it('takes a zip holding word/document.xml for a docx whatever the extension', () => {
    expect(sniffBytes(bytes('PK\x03\x04\x14\x00\x00\x00word/document.xml'), '.zip').kind).toBe('docx');
  });

  const OLE = '\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00';
  const stream = (name: string) => Buffer.from(name, 'utf16le').toString('latin1');

  it('takes a compound file with a WordDocument stream for a .doc whatever the extension', () => {
    expect(sniffBytes(bytes(OLE + stream('WordDocument')), '.txt').kind).toBe('doc');
    expect(sniffBytes(bytes(OLE + stream('WordDocument') + stream('Workbook')), '.doc').kind).toBe('doc');
  });

  it('takes a compound file with a Workbook or Book stream for an Excel 97-2003 workbook, also when named .doc', () => {
    expect(sniffBytes(bytes(OLE + stream('Workbook')), '.doc').kind).toBe('xls');
    expect(sniffBytes(bytes(OLE + stream('Book')), '.bin').kind).toBe('xls');
    // WPS's spreadsheet (.et) is the same format; a compound file whose names are lost goes to the .xls reader by name.
    expect(sniffBytes(bytes(OLE), '.et').kind).toBe('xls');
    expect(sniffBytes(bytes(OLE), '.xls').kind).toBe('xls');
  });

  it('refuses a PowerPoint compound file', () => {
    expect(sniffBytes(bytes(OLE + stream('PowerPoint Document')), '.ppt')).toMatchObject({ kind: 'unsupported', what: expect.stringMatching(/PowerPoint/) });
  });

  it('leaves a compound file with no stream names to the .doc reader only when named .doc or .wps', () => {
    expect(sniffBytes(bytes(OLE), '.doc').kind).toBe('doc');
    expect(sniffBytes(bytes(OLE), '.wps').kind).toBe('doc');
    expect(sniffBytes(bytes(OLE), '.bin').kind).toBe('unsupported');
  });

  it('refuses a zip that is neither a Word document nor an Excel workbook', () => {
    expect(sniffBytes(bytes('PK\x03\x04\x14\x00\x00\x00ppt/presentation.xml'), '.pptx').kind).toBe('unsupported');
  });

  it('tells an Excel workbook by its xl/workbook part, whatever its name', () => {
    expect(sniffBytes(bytes('PK\x03\x04\x14\x00\x00\x00xl/workbook.xml'), '.dat').kind).toBe('xlsx');
  });

  it('calls NUL-heavy bytes with a text extension binary', () => {
    expect(sniffBytes(garbage(4096), '.txt').kind).toBe('binary');
  });

  it('calls non-text bytes with an unknown extension an unsupported format', () => {
    expect(sniffBytes(garbage(4096), '.dat').kind).toBe('unsupported');
  });

  it('takes UTF-16 with a BOM for text despite its NUL bytes', () => {
    expect(sniffBytes(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x42, 0x00]), '.txt').kind).toBe('text');
  });
});

describe('textFormat', () => {
  it('reads a .txt that starts with <!DOCTYPE html> as HTML', () => {
    expect(textFormat('<!DOCTYPE html>\n<html><body>正文</body></html>', '.txt')).toBe('html');
  });

  it('reads a page saved with a leading comment as HTML', () => {
    expect(textFormat('<!-- saved from url=(0040)http://www.cast.org.cn/ -->\n<html>', '.txt')).toBe('html');
  });

  it('reads plain text that mentions <html> later on as text', () => {
    expect(textFormat('一、总体要求\n示例代码 <html> 不是网页', '.txt')).toBe('txt');
  });

  it('reads a .md as Markdown', () => {
    expect(textFormat('# 标题\n正文', '.md')).toBe('md');
  });
});
