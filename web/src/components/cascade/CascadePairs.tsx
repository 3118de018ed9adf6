// The cascade's pairs of documents as a table (cascade-pairs.ts): each lower document and the document it carries
// out, its links by verdict, median score, lag, how many measures it reaches and which it leaves out. A row opens
// the pair into its article links in the diagram (the same toggle as the pair's link there).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { nextPairSort, sortPairs, type CascadePair, type PairSort } from '../../graph/cascade-pairs.js';
import { LagYears } from '../LagYears.js';

const SHOWN_MISSING = 8;

export function CascadePairs({
  pairs,
  names,
  laterVersion = new Map(),
  open,
  onToggle,
  onCitations,
}: {
  pairs: CascadePair[];
  names: ReadonlyMap<string, string>;
  /** Pairs linked to a later text of a law than the one in force at the lower document's date, with that text's
   *  date ('' when unknown): their lag runs from it (later-version.ts). */
  laterVersion?: ReadonlyMap<string, string>;
  open: readonly string[];
  /** Absent while every article link is drawn (nothing to open). */
  onToggle?: (key: string) => void;
  /** Opens the reader at the pair's citations (the places the lower document cites the higher one). */
  onCitations?: (pair: CascadePair) => void;
}) {
  const { t } = useTranslation();
  const [sort, setSort] = useState<PairSort>(null);
  const sorted = sortPairs(pairs, sort);
  // A header sorts by its column: largest first, then smallest first, then the cascade's order (session 37, ui36's
  // open finding: "which provinces took longest" was read off an unsorted lag column).
  const sortable = (key: NonNullable<PairSort>['key'], label: string) => (
    <th aria-sort={sort?.key === key ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <button type="button" className="sort-header" data-testid={`cascade-pair-sort-${key}`} title={t('cascade.pairSortTitle')} onClick={() => setSort(nextPairSort(sort, key))}>
        {label}
        <span aria-hidden="true">{sort?.key === key ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ' ↕'}</span>
      </button>
    </th>
  );
  const lag = (p: CascadePair) =>
    p.lagDays === undefined ? '' : `${t('measure.lagShort', { count: p.lagDays })}${p.lagApprox ? '≈' : ''}${p.lagMin !== p.lagMax ? ` (${p.lagMin}–${p.lagMax})` : ''}`;
  return (
    // A law family has tens of pairs: the table scrolls within a third of the panel, the diagram stays in sight.
    <div className="cascade-pairs-box">
      <table className="cascade-pairs" data-testid="cascade-pairs">
        <caption>{t('cascade.pairsCaption')}</caption>
        <thead>
          <tr>
            <th>{t('cascade.pairLower')}</th>
            <th>{t('cascade.pairHigher')}</th>
            {sortable('links', t('cascade.pairLinks'))}
            <th>{t('cascade.kind.cites')}</th>
            {sortable('score', t('cascade.pairScore'))}
            {sortable('lag', t('cascade.pairLag'))}
            <th title={t('cascade.pairReachTitle')} data-testid="cascade-pair-reach-header">{t('cascade.pairReach')}</th>
            <th>{t('cascade.pairMissing')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {sorted.map((p) => {
            const isOpen = open.includes(p.key);
            const missing = p.notCarried.map((m) => m.path);
            return (
              <tr key={p.key} data-testid="cascade-pair" data-pair={p.key} data-open={isOpen}>
                <td>{names.get(p.lowerDoc) ?? p.lowerDoc}</td>
                <td>{names.get(p.higherDoc) ?? p.higherDoc}</td>
                <td data-testid="cascade-pair-links">{p.implements || p.partial ? `${p.implements} / ${p.partial}` : ''}</td>
                <td data-testid="cascade-pair-cites">
                  {p.cites > 0 &&
                    (onCitations ? (
                      <button type="button" className="link" data-testid="cascade-pair-read-cites" title={t('cascade.readCitesTitle')} onClick={() => onCitations(p)}>
                        {p.cites}
                      </button>
                    ) : (
                      p.cites
                    ))}
                </td>
                <td>{p.medianScore !== undefined ? p.medianScore.toFixed(2) : ''}</td>
                <td data-testid="cascade-pair-lag" data-lag={p.lagDays ?? ''}>
                  {lag(p)}
                  <LagYears days={p.lagDays} />
                  {laterVersion.has(p.key) && (
                    <span className="lag-years muted" data-testid="cascade-pair-since" title={t('evidence.laterVersion')}>
                      {laterVersion.get(p.key) ? t('cascade.pairSince', { since: laterVersion.get(p.key) }) : t('cascade.pairSinceUnknown')}
                    </span>
                  )}
                </td>
                <td data-testid="cascade-pair-reach">{p.measuresTotal ? `${p.measuresTotal - p.notCarried.length} / ${p.measuresTotal}` : ''}</td>
                <td data-testid="cascade-pair-missing" title={missing.join(', ')}>
                  {missing.slice(0, SHOWN_MISSING).join(', ')}
                  {missing.length > SHOWN_MISSING ? ` ${t('cascade.pairMore', { count: missing.length - SHOWN_MISSING })}` : ''}
                </td>
                <td>
                  {onToggle && p.links.some((l) => l.kind !== 'cites') && (
                    <button type="button" data-testid="cascade-pair-toggle" aria-expanded={isOpen} onClick={() => onToggle(p.key)}>
                      {isOpen ? t('cascade.pairClose') : t('cascade.pairOpen')}
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
