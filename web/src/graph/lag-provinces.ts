// Lag per province behind a directive (session 39): the loader's figures (neo4j/derived.ts lagProvince*, kept on each
// directive: a city's or county's links rolled up to the province its Region's PART_OF chain reaches), as the rows the
// document panel shows and exports. Session 38 put them in Neo4j for cypher/lag-per-province.cypher; the page had none.
import type { Neo4jValue } from '../../../graph-schema/index.js';
import type { KeyedCsvColumn } from './coverage-csv.js';
import { safeFileName } from './csv.js';

export interface LagProvinceRow {
  /** The province (or a region with none, kept as itself). */
  province: string;
  medianDays: number;
  minDays: number;
  maxDays: number;
  links: number;
  /** Some lag is years × 365 (a full date missing). */
  approx: boolean;
  /** The regions rolled into the row (the province itself, its cities and counties), code-point order. */
  regions: string[];
}

/** The rows of one directive's loader properties, in the loader's order (by province); none without lagProvince. */
export function lagProvinceRows(props: Record<string, Neo4jValue> | undefined): LagProvinceRow[] {
  const list = <T,>(k: string) => (Array.isArray(props?.[k]) ? (props[k] as T[]) : []);
  const provinces = list<string>('lagProvince');
  const [median, min, max, links, approx, regions] = [
    list<number>('lagProvinceMedianDays'),
    list<number>('lagProvinceMinDays'),
    list<number>('lagProvinceMaxDays'),
    list<number>('lagProvinceLinks'),
    list<boolean>('lagProvinceApprox'),
    list<string>('lagProvinceRegions'),
  ];
  return provinces.map((province, i) => ({
    province,
    medianDays: median[i],
    minDays: min[i],
    maxDays: max[i],
    links: links[i],
    approx: approx[i] === true,
    regions: regions[i] ? regions[i].split('、') : [],
  }));
}

/** The table's CSV columns (headers `csv.lagProvince.<key>` in the page's language, yes/no worded). */
export const LAG_PROVINCE_CSV_COLUMNS: KeyedCsvColumn<LagProvinceRow>[] = [
  { key: 'lagProvince.province', header: 'Province', value: (r) => r.province },
  { key: 'lagProvince.medianDays', header: 'Median lag (days)', value: (r) => r.medianDays },
  { key: 'lagProvince.minDays', header: 'Shortest lag (days)', value: (r) => r.minDays },
  { key: 'lagProvince.maxDays', header: 'Longest lag (days)', value: (r) => r.maxDays },
  { key: 'lagProvince.links', header: 'Links', value: (r) => r.links },
  { key: 'lagProvince.approx', header: 'Approximate (years only)', value: (r) => (r.approx ? 'yes' : 'no'), words: 'yesNo' },
  { key: 'lagProvince.regions', header: 'Regions rolled in', value: (r) => r.regions.join('、') },
];

/** e.g. lag-per-province_中华人民共和国节约能源法.csv */
export function lagProvinceCsvName(directiveName: string): string {
  return `lag-per-province_${safeFileName(directiveName, 60)}.csv`;
}

/** A column the lag-per-province table sorts by, and its direction; null: the loader's order (by province code point). */
export type LagProvinceSort = { key: 'median' | 'links' | 'province'; dir: 'asc' | 'desc' } | null;

/** Provinces in the order a Chinese reader looks them up (pinyin), the same in either page language. */
const PROVINCE_ORDER = new Intl.Collator('zh-Hans-CN');

/** The rows by median lag, by links or by province (pinyin order); ties keep the loader's order. Session 40, ui39's
 *  open item: the cascade's pairs table sorts by lag and links (session 37), the province table beside it did not. */
export function sortLagProvinces(rows: readonly LagProvinceRow[], sort: LagProvinceSort): LagProvinceRow[] {
  if (!sort) return [...rows];
  const sign = sort.dir === 'asc' ? 1 : -1;
  const compare = (a: LagProvinceRow, b: LagProvinceRow): number =>
    sort.key === 'median' ? a.medianDays - b.medianDays : sort.key === 'links' ? a.links - b.links : PROVINCE_ORDER.compare(a.province, b.province);
  return rows
    .map((r, i) => ({ r, i }))
    .sort((a, b) => sign * compare(a.r, b.r) || a.i - b.i)
    .map(({ r }) => r);
}

/** The next sort when a header is clicked, as the pairs table's (nextPairSort): a number column starts largest first,
 *  the province column A to Z; the same column flips, then back to the loader's order. */
export function nextLagProvinceSort(current: LagProvinceSort, key: NonNullable<LagProvinceSort>['key']): LagProvinceSort {
  const first = key === 'province' ? 'asc' : 'desc';
  if (!current || current.key !== key) return { key, dir: first };
  return current.dir === first ? { key, dir: first === 'asc' ? 'desc' : 'asc' } : null;
}
