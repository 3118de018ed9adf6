// A directive's lag per province (session 39): the loader's figures (lagProvince*, GET /api/lag-provinces), one row per
// province with its cities and counties rolled in, median and range of days behind the directive, links; exported as
// CSV like the other tables. Session 38 left them in the console only (cypher/lag-per-province.cypher).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.js';
import { localisedColumns } from '../../graph/coverage-csv.js';
import { toCsv } from '../../graph/csv.js';
import {
  LAG_PROVINCE_CSV_COLUMNS,
  lagProvinceCsvName,
  nextLagProvinceSort,
  sortLagProvinces,
  type LagProvinceRow,
  type LagProvinceSort,
} from '../../graph/lag-provinces.js';
import { downloadText } from '../download.js';
import { LagYears } from '../LagYears.js';
import { Section } from './Section.js';

export function LagProvinces({ id, name }: { id: string; name: string }) {
  const { t } = useTranslation();
  const [answer, setAnswer] = useState<{ id: string; rows: LagProvinceRow[] | 'failed' } | null>(null);
  useEffect(() => {
    let live = true;
    api.lagProvinces(id).then(
      (a) => live && setAnswer({ id, rows: a.rows }),
      () => live && setAnswer({ id, rows: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, [id]);
  // A header sorts by its column, as the cascade's pairs table does (session 40); the CSV follows the sort shown.
  const [sort, setSort] = useState<LagProvinceSort>(null);
  const rows = answer?.id === id ? answer.rows : null;
  if (rows === null || (Array.isArray(rows) && rows.length === 0)) return null;
  if (rows === 'failed') return null;
  const sorted = sortLagProvinces(rows, sort);
  const sortable = (key: NonNullable<LagProvinceSort>['key'], label: string, className?: string) => (
    <th className={className} aria-sort={sort?.key === key ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <button type="button" className="sort-header" data-testid={`lag-province-sort-${key}`} title={t(key === 'province' ? 'document.lagSortNameTitle' : 'document.lagSortTitle')} onClick={() => setSort(nextLagProvinceSort(sort, key))}>
        {label}
        <span aria-hidden="true">{sort?.key === key ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ' ↕'}</span>
      </button>
    </th>
  );
  const days = (n: number, approx: boolean) => `${approx ? '≈' : ''}${t('measure.lagShort', { count: n })}`;
  return (
    <Section title={t('document.lagProvinces')} count={rows.length} testId="lag-provinces">
      <p className="muted lag-provinces-note">{t('document.lagProvincesNote')}</p>
      <table className="lag-provinces-table" data-testid="lag-provinces-table">
        <thead>
          <tr>
            {sortable('province', t('document.lagProvince'))}
            {sortable('median', t('document.lagMedian'), 'num')}
            <th className="num">{t('document.lagRange')}</th>
            {sortable('links', t('document.lagLinks'), 'num')}
          </tr>
        </thead>
        <tbody>
          {sorted.map((r) => (
            <tr key={r.province} data-testid="lag-province-row" data-province={r.province} title={r.regions.join('、')}>
              <td>
                {r.province}
                {r.regions.some((x) => x !== r.province) && <span className="muted lag-regions">{r.regions.filter((x) => x !== r.province).join('、')}</span>}
              </td>
              <td className="num" data-testid="lag-province-median">
                {days(r.medianDays, r.approx)}
                <LagYears days={r.medianDays} />
              </td>
              <td className="num">{r.minDays === r.maxDays ? '' : `${r.minDays}–${r.maxDays}`}</td>
              <td className="num" data-testid="lag-province-links">{r.links}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button
        type="button"
        className="download"
        data-testid="lag-provinces-download"
        onClick={() => downloadText(lagProvinceCsvName(name), toCsv(sorted, localisedColumns(LAG_PROVINCE_CSV_COLUMNS, t)))}
      >
        ↓ {t('gaps.download')}
      </button>
    </Section>
  );
}
