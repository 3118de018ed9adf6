// What read-excel-file does not say about a workbook, read from its parts (ECMA-376 Part 1, §18.8 styles, §18.2
// workbook): which cell formats show a number as a percentage, and which worksheet part each sheet name is.
import { decodeXML } from 'entities';

/** Built-in number formats that show a percentage: 9 is 0%, 10 is 0.00% (§18.8.30). */
const BUILTIN_PERCENT = new Set([9, 10]);

const attr = (tag: string, name: string) => new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`).exec(tag)?.[1];

/** A format code that shows a percentage: a % outside quoted text, escapes and [colour] brackets ("0.0%", not "0\"%\""). */
export function isPercentFormat(code: string): boolean {
  return /%/.test(code.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, ''));
}

/** Indices (into cellXfs, what a cell's s= names) of the cell formats that show a percentage. */
export function percentStyles(stylesXml: string): Set<number> {
  const custom = new Set<number>();
  for (const m of stylesXml.matchAll(/<numFmt\b[^>]*>/g)) {
    const id = Number(attr(m[0], 'numFmtId'));
    const code = attr(m[0], 'formatCode');
    if (code !== undefined && isPercentFormat(decodeXML(code))) custom.add(id);
  }
  const out = new Set<number>();
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(stylesXml)?.[1] ?? '';
  [...xfs.matchAll(/<xf\b[^>]*>/g)].forEach((m, i) => {
    const id = Number(attr(m[0], 'numFmtId') ?? 0);
    if (BUILTIN_PERCENT.has(id) || custom.has(id)) out.add(i);
  });
  return out;
}

/** Sheet name → its worksheet part (xl/worksheets/sheet1.xml), through the workbook's relationships. */
export function sheetPartsByName(workbookXml: string, relsXml: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const m of relsXml.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attr(m[0], 'Id');
    const target = attr(m[0], 'Target');
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`);
  }
  const out = new Map<string, string>();
  for (const m of workbookXml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = attr(m[0], 'name');
    const rid = /\s\w+:id\s*=\s*["']([^"']*)["']/.exec(m[0])?.[1];
    const part = rid ? targets.get(rid) : undefined;
    if (name !== undefined && part) out.set(decodeXML(name), part);
  }
  return out;
}
