import { describe, expect, it } from 'vitest';
import { BOM, csvField, toCsv, type CsvColumn } from '../../../web/src/graph/csv.js';

interface Row {
  name: string;
  count?: number;
}
const columns: CsvColumn<Row>[] = [
  { header: 'Name', value: (r) => r.name },
  { header: 'Count', value: (r) => r.count },
];
const body = (csv: string) => csv.slice(BOM.length);

describe('toCsv', () => {
  it('starts with the UTF-8 BOM so Excel reads Chinese as UTF-8', () => {
    const csv = toCsv([{ name: '基层科普行动计划', count: 2 }], columns);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it('leaves the BOM out when asked', () => {
    expect(toCsv([], columns, { bom: false })).toBe('Name,Count\r\n');
  });

  it('writes the header row, then one CRLF-terminated record per row', () => {
    const csv = toCsv([{ name: '青少年', count: 3 }, { name: '农民' }], columns);
    expect(body(csv)).toBe('Name,Count\r\n青少年,3\r\n农民,\r\n');
  });

  it('quotes a field holding a comma', () => {
    expect(body(toCsv([{ name: '科普中国,科创中国' }], columns))).toBe('Name,Count\r\n"科普中国,科创中国",\r\n');
  });

  it('doubles quotes inside a quoted field', () => {
    expect(csvField('实施"英才计划"')).toBe('"实施""英才计划"""');
  });

  it('keeps newlines inside one quoted field', () => {
    const csv = toCsv([{ name: '第一行\n第二行\r\n第三行', count: 1 }], columns);
    expect(body(csv)).toBe('Name,Count\r\n"第一行\n第二行\r\n第三行",1\r\n');
  });

  it('leaves Chinese punctuation (，“”) unquoted', () => {
    expect(csvField('实施“英才计划”，面向青少年')).toBe('实施“英才计划”，面向青少年');
  });

  it('quotes a field with leading or trailing spaces so they survive', () => {
    expect(csvField(' 省科协 ')).toBe('" 省科协 "');
  });

  it('writes null, undefined and NaN as empty fields and numbers as digits', () => {
    expect([null, undefined, Number.NaN, 0.75, -12].map(csvField)).toEqual(['', '', '', '0.75', '-12']);
  });

  it('neutralises text a spreadsheet would run as a formula', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
  });
});
