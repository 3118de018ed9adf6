// The lag-per-province table sorted by a column (web/src/graph/lag-provinces.ts sortLagProvinces, nextLagProvinceSort):
// ui39's open item, as the cascade's pairs table sorts (session 37). Rows in the loader's order (code point).
import { describe, expect, it } from 'vitest';
import { nextLagProvinceSort, sortLagProvinces, type LagProvinceRow } from '../../web/src/graph/lag-provinces.js';

const row = (province: string, medianDays: number, links: number): LagProvinceRow => ({ province, medianDays, minDays: medianDays, maxDays: medianDays, links, approx: false, regions: [province] });
// 山东 455 days over 128 links, 河南 517 over 56, 浙江 882 over 55 (the energy law's rows), and 安徽 with 河南's median.
const ROWS = [row('安徽省', 517, 3), row('山东省', 455, 128), row('河南省', 517, 56), row('浙江省', 882, 55)];
const names = (rs: LagProvinceRow[]) => rs.map((r) => r.province);

describe('sorting the lag-per-province table', () => {
  it('by median, longest first then shortest first, ties in the loader’s order', () => {
    expect(names(sortLagProvinces(ROWS, { key: 'median', dir: 'desc' }))).toEqual(['浙江省', '安徽省', '河南省', '山东省']);
    expect(names(sortLagProvinces(ROWS, { key: 'median', dir: 'asc' }))).toEqual(['山东省', '安徽省', '河南省', '浙江省']);
  });

  it('by links, most first', () => {
    expect(names(sortLagProvinces(ROWS, { key: 'links', dir: 'desc' }))).toEqual(['山东省', '河南省', '浙江省', '安徽省']);
  });

  it('by province in pinyin order (安徽 Anhui, 河南 Henan, 山东 Shandong, 浙江 Zhejiang), not code points', () => {
    expect(names(sortLagProvinces(ROWS, { key: 'province', dir: 'asc' }))).toEqual(['安徽省', '河南省', '山东省', '浙江省']);
    expect(names(sortLagProvinces(ROWS, { key: 'province', dir: 'desc' }))).toEqual(['浙江省', '山东省', '河南省', '安徽省']);
    expect(names(sortLagProvinces(ROWS, null))).toEqual(names(ROWS));
  });

  it('a header click: a number column largest first, the province A to Z; the same column flips, then back', () => {
    expect(nextLagProvinceSort(null, 'median')).toEqual({ key: 'median', dir: 'desc' });
    expect(nextLagProvinceSort({ key: 'median', dir: 'desc' }, 'median')).toEqual({ key: 'median', dir: 'asc' });
    expect(nextLagProvinceSort({ key: 'median', dir: 'asc' }, 'median')).toBeNull();
    expect(nextLagProvinceSort(null, 'province')).toEqual({ key: 'province', dir: 'asc' });
    expect(nextLagProvinceSort({ key: 'province', dir: 'asc' }, 'province')).toEqual({ key: 'province', dir: 'desc' });
    expect(nextLagProvinceSort({ key: 'province', dir: 'desc' }, 'province')).toBeNull();
    expect(nextLagProvinceSort({ key: 'median', dir: 'asc' }, 'links')).toEqual({ key: 'links', dir: 'desc' });
  });
});
