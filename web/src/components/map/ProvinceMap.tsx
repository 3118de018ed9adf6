// Beside the matrix: China's provinces coloured by the share of the directive's measures that
// their documents implement (fully or in part); provinces without a document grey. Clicking a
// coloured province filters the matrix's columns to it; clicking it again shows all. A coloured
// province is a tab stop too (Enter or Space).
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { PROVINCE_ISO, featureShares, uncomparedByFeature } from '../../../../coverage/map.js';
import type { CoverageMatrix } from '../../../../coverage/matrix.js';
import { provinceShapes } from '../../graph/map-geometry.js';
import { NO_DOCUMENT_COLOUR, SHARE_LEGEND, UNCOMPARED_COLOUR, shareColour, uncomparedLabel } from '../../graph/matrix.js';
import { activate } from '../activate.js';

const WIDTH = 360;
const HEIGHT = 290;
/** The first province-level region named for each feature (its Chinese name on the map). */
const NAME_OF: Record<string, string> = Object.fromEntries(
  Object.entries(PROVINCE_ISO)
    .reverse()
    .map(([name, iso]) => [iso, name]),
);

export function ProvinceMap({ matrix, selected, onSelect }: { matrix: CoverageMatrix; selected: string | null; onSelect(province: string | null): void }) {
  const { t } = useTranslation();
  const shapes = useMemo(() => provinceShapes(WIDTH, HEIGHT), []);
  const shares = useMemo(() => featureShares(matrix), [matrix]);
  const uncompared = useMemo(() => uncomparedByFeature(matrix), [matrix]);
  const selectedIso = selected ? PROVINCE_ISO[selected] : undefined;
  return (
    <figure className="province-map" data-testid="province-map">
      <figcaption>{t('map.title')}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="group" aria-label={t('map.title')}>
        {shapes.map((s) => {
          const f = shares.get(s.iso);
          const name = f?.provinces.join('、') ?? NAME_OF[s.iso] ?? s.name;
          const u = f ? undefined : uncompared.get(s.iso);
          const title = f
            ? t('map.share', { name, percent: f.share === null ? '—' : Math.round(f.share * 100), documents: f.documents })
            : u
              ? t('map.uncompared', { name, docs: u.map((d) => uncomparedLabel(t, d)).join(t('matrix.listSep')) })
              : t('map.noDocumentIn', { name });
          return (
            <path
              key={s.iso}
              d={s.d}
              data-testid="map-province"
              data-iso={s.iso}
              data-share={f?.share ?? ''}
              className={`${f ? 'has-docs' : u ? 'uncompared' : 'no-docs'}${s.iso === selectedIso ? ' selected' : ''}`}
              fill={f && f.share !== null ? shareColour(f.share) : u ? UNCOMPARED_COLOUR : NO_DOCUMENT_COLOUR}
              {...(f ? activate(() => onSelect(s.iso === selectedIso ? null : f.provinces[0])) : {})}
              aria-label={title}
              aria-pressed={f ? s.iso === selectedIso : undefined}
            >
              <title>{title}</title>
            </path>
          );
        })}
      </svg>
      <ul className="map-legend" data-testid="map-legend">
        <li>
          <span className="swatch" style={{ background: NO_DOCUMENT_COLOUR }} /> {t('map.noDocument')}
        </li>
        {uncompared.size > 0 && (
          <li data-testid="map-legend-uncompared">
            <span className="swatch" style={{ background: UNCOMPARED_COLOUR }} /> {t('map.uncomparedLegend')}
          </li>
        )}
        {SHARE_LEGEND.map((x, i) => (
          <li key={x}>
            <span className="swatch" style={{ background: shareColour(x) }} /> {Math.round(x * 100)}–{Math.round((SHARE_LEGEND[i + 1] ?? 1) * 100)} %
          </li>
        ))}
      </ul>
      <p className="muted map-hint">{selected ? t('map.filtered', { name: selected }) : t('map.clickHint')}</p>
      {selected && (
        <button type="button" className="link" data-testid="map-clear" onClick={() => onSelect(null)}>
          {t('map.clear')}
        </button>
      )}
      <p className="map-credit">
        {t('map.credit')}{' '}
        <a href="https://www.amcharts.com/" target="_blank" rel="noopener noreferrer" data-testid="map-credit">
          amCharts
        </a>{' '}
        ({t('map.licence')})
      </p>
    </figure>
  );
}
