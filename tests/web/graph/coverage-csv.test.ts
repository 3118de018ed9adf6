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
import { localisedColumns, matrixCsvWords, withMeasureTexts } from '../../../web/src/graph/coverage-csv.js';
import { coverageMatrix } from '../../../coverage/matrix.js';
import { graphFromSnapshot as coverageGraph } from '../../../coverage/graph.js';
import { matrixCsv } from '../../../coverage/matrix-csv.js';
import { en } from '../../../web/src/i18n/en.js';
import { zh } from '../../../web/src/i18n/zh.js';
import { JILIN, NATIONAL, fixtureSnapshot } from '../fixtures.js';
import { parseCsv } from '../../../coverage/matrix-csv.js';
import { withCity } from '../../coverage/chain-fixture.js';


const c = coverage(graphFromSnapshot(fixtureSnapshot()), NATIONAL, JILIN);

/** t over one language's table, as i18next reads it (nested keys, defaultValue for a missing one). */
const i18nOf = (table: object) => (key: string, opts?: { defaultValue: string }) =>
  (key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], table) as string | undefined) ?? opts?.defaultValue ?? key;

describe('the coverage matrix as CSV in the page’s language (session 32)', () => {
  it('words headers, levels, row kinds and statuses in Chinese; the English words give the report’s file byte for byte', () => {
    const m = coverageMatrix(coverageGraph(fixtureSnapshot()), NATIONAL);
    expect(matrixCsv(m, { words: matrixCsvWords(i18nOf(en)) })).toBe(matrixCsv(m));
    const [header, ...rows] = parseCsv(matrixCsv(m, { words: matrixCsvWords(i18nOf(zh)) }).slice(BOM.length));
    expect(header.slice(0, 3)).toEqual(['类型', '条款路径', '名称']);
    expect(header[3]).toBe(`吉林省 / 省级 / ${m.columns[0].name}：状态`);
    expect(header.at(-2)).toBe('覆盖率');
    expect(new Set(rows.map((r) => r[0]))).toContain('措施');
    expect(rows.every((r) => ['已落实', '部分落实', '未落实', '不适用', '已提及', '未提及'].includes(r[3]))).toBe(true);
  });
});

describe('coverage tables as CSV', () => {
  it('writes the measures with English headers and the Chinese names and paths in cells', () => {
    const [header, ...rows] = parseCsv(toCsv(c.measures, MEASURE_CSV_COLUMNS).slice(BOM.length));
    expect(header).toEqual(MEASURE_CSV_COLUMNS.map((col) => col.header));
    const at = (name: string) => header.indexOf(name);
    expect(rows.map((r) => [r[at('Path')], r[at('Measure')], r[at('Status')], r[at('Verdict')]])).toEqual(
      c.measures.map((m) => [m.path, m.name, m.implementedBy ? 'implemented' : 'gap', m.implementedBy ? 'implements' : '']),
    );
    expect(rows[0][header.indexOf('Score')]).toBe('0.72');
  });

  it('carries the full texts of the measure and of its best implementer, which the table clips', () => {
    const full = (id: string) => `全文：${id}。`;
    const [header, ...rows] = parseCsv(toCsv(withMeasureTexts(c.measures, full), MEASURE_CSV_COLUMNS).slice(BOM.length));
    const at = (name: string) => header.indexOf(name);
    expect(rows.map((r) => [r[at('Measure text')], r[at('Implementing measure text')]])).toEqual(
      c.measures.map((m) => [full(m.id), m.implementedBy ? full(m.implementedBy.id) : '']),
    );
    expect(rows.some((r) => r[at('Implementing measure text')] !== '')).toBe(true);
  });

  it('writes entities with yes/no for the lower document and both mention counts', () => {
    const [header, ...rows] = parseCsv(toCsv(c.groups, ENTITY_CSV_COLUMNS).slice(BOM.length));
    expect(header).toEqual(['Type', 'Name', 'Mentioned by lower document', 'Mentions in higher document', 'Mentions in lower document', 'Id']);
    expect(rows).toContainEqual(['TargetGroup 人群', '科技工作者', 'no', '1', '0', 'group:科技工作者']);
    expect(rows).toContainEqual(['TargetGroup 人群', '青少年', 'yes', '1', '1', 'group:青少年']);
  });

  it('words headers, statuses, verdicts and yes/no in the page’s language; the English table gives the columns’ own (session 32)', () => {
    const tableT = i18nOf;
    const [zhHeader, ...zhRows] = parseCsv(toCsv(c.measures, localisedColumns(MEASURE_CSV_COLUMNS, tableT(zh))).slice(BOM.length));
    expect(zhHeader.slice(0, 6)).toEqual(['条款路径', '章节', '措施', '措施全文', '落实状态', '关联判定']);
    expect(zhRows.map((r) => [r[4], r[5]])).toEqual(c.measures.map((m) => (m.implementedBy ? ['已落实', '落实'] : ['未落实', ''])));
    const [, ...zhGroups] = parseCsv(toCsv(c.groups, localisedColumns(ENTITY_CSV_COLUMNS, tableT(zh))).slice(BOM.length));
    expect(zhGroups).toContainEqual(['TargetGroup 人群', '科技工作者', '否', '1', '0', 'group:科技工作者']);
    expect(toCsv(c.measures, localisedColumns(MEASURE_CSV_COLUMNS, tableT(en)))).toBe(toCsv(c.measures, MEASURE_CSV_COLUMNS));
    expect(toCsv(c.groups, localisedColumns(ENTITY_CSV_COLUMNS, tableT(en)))).toBe(toCsv(c.groups, ENTITY_CSV_COLUMNS));
  });

  it('names the file after the table and both documents, without characters a file system refuses', () => {
    expect(coverageCsvName('groups', '吉林省/科协 要点', '“十四五”规划: 全国', { gapsOnly: true })).toBe(
      'coverage-groups-gaps_吉林省_科协_要点_vs_“十四五”规划_全国.csv',
    );
  });
});

describe('a city carrying the national plan through 吉林 (coverage "via")', () => {
  it('names the intermediate document and measure in the Via column, and leaves it empty for direct links', () => {
    const base = fixtureSnapshot();
    const jilinLinked = base.edges.filter((e) => e.attributes.type === 'IMPLEMENTS' && e.source.startsWith(`${JILIN}#`)).map((e) => e.source);
    expect(jilinLinked.length).toBeGreaterThan(0);
    const city = withCity(base, { name: '长春市科协2022年科普工作要点', region: '长春市', province: '吉林省', issuedOn: '2022-06-01', links: [{ path: '1', province: jilinLinked[0], verdict: 'implements', score: 0.5 }] });
    const viaCity = coverage(graphFromSnapshot(city), NATIONAL, 'doc:长春市科协2022年科普工作要点');
    const [header, ...rows] = parseCsv(toCsv(viaCity.measures, MEASURE_CSV_COLUMNS).slice(BOM.length));
    const via = rows.filter((r) => r[header.indexOf('Via (intermediate document)')]);
    expect(via.length).toBeGreaterThan(0);
    expect(via.every((r) => r[header.indexOf('Via (intermediate document)')].startsWith('吉林省科协2022年科普工作要点 '))).toBe(true);
    expect(via.length).toBe(rows.filter((r) => r[header.indexOf('Status')] !== 'gap' && r[header.indexOf('Status')] !== 'not applicable').length);
    // Direct links (吉林 itself) have none.
    const [h2, ...direct] = parseCsv(toCsv(c.measures, MEASURE_CSV_COLUMNS).slice(BOM.length));
    expect(direct.every((r) => r[h2.indexOf('Via (intermediate document)')] === '')).toBe(true);
  });
});
