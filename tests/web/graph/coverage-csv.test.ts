import { describe, expect, it } from 'vitest';
import {
  BOM,
  ENTITY_CSV_COLUMNS,
  MEASURE_CSV_COLUMNS,
  coverage,
  coverageCsvName,
  graphFromSnapshot,
  toCsv,
} from '../../../web/src/graph/index.js';
import { JILIN, NATIONAL, fixtureSnapshot } from '../fixtures.js';

/** RFC 4180 records, to read back what toCsv wrote. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') record.push(field), (field = '');
    else if (ch === '\r' && text[i + 1] === '\n') record.push(field), records.push(record), (record = []), (field = ''), i++;
    else field += ch;
  }
  return records;
}

const c = coverage(graphFromSnapshot(fixtureSnapshot()), NATIONAL, JILIN);

describe('coverage tables as CSV', () => {
  it('writes the measures with English headers and the Chinese names and paths in cells', () => {
    const [header, ...rows] = parseCsv(toCsv(c.measures, MEASURE_CSV_COLUMNS).slice(BOM.length));
    expect(header).toEqual(MEASURE_CSV_COLUMNS.map((col) => col.header));
    expect(rows.map((r) => [r[0], r[2], r[3], r[4]])).toEqual(
      c.measures.map((m) => [m.path, m.name, m.implementedBy ? 'implemented' : 'gap', m.implementedBy ? 'implements' : '']),
    );
    expect(rows[0][header.indexOf('Score')]).toBe('0.72');
  });

  it('writes entities with yes/no for the lower document and both mention counts', () => {
    const [header, ...rows] = parseCsv(toCsv(c.groups, ENTITY_CSV_COLUMNS).slice(BOM.length));
    expect(header).toEqual(['Type', 'Name', 'Mentioned by lower document', 'Mentions in higher document', 'Mentions in lower document', 'Id']);
    expect(rows).toContainEqual(['TargetGroup 人群', '科技工作者', 'no', '1', '0', 'group:科技工作者']);
    expect(rows).toContainEqual(['TargetGroup 人群', '青少年', 'yes', '1', '1', 'group:青少年']);
  });

  it('names the file after the table and both documents, without characters a file system refuses', () => {
    expect(coverageCsvName('groups', '吉林省/科协 要点', '“十四五”规划: 全国', { gapsOnly: true })).toBe(
      'coverage-groups-gaps_吉林省_科协_要点_vs_“十四五”规划_全国.csv',
    );
  });
});
