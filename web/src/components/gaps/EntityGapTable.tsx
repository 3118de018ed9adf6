// Programmes, brands or target groups the higher document mentions, with whether the lower one
// mentions them and how often on each side. A row selects the entity; one carried under another form reads, in one
// click, the lower document at the places of that form (its CARRIES edge's places, fetched with the document; or, for a
// pair without edges, the places of the forms the server computed for the pair, which the row holds: session 48).
import { useTranslation } from 'react-i18next';
import type { EdgeOf } from '../../../../graph-schema/index.js';
import { api } from '../../api/client.js';
import { NODE_COLOURS } from '../../graph/colours.js';
import { isGap, type EntityCoverage } from '../../graph/coverage.js';
import { readInSource, useDispatch, useExplorer, useFocusNode } from '../../state/index.js';
import { activate } from '../activate.js';

/** The places of the form `lower` carries `entity` under (GET /api/node of the lower document: the edge's places stay
 *  out of the page's graph), as [first measure, form spans]; none when the edge or the request fails. */
async function carriedPlaces(lower: string, entity: string): Promise<{ measure: string; spans: [number, number][] } | null> {
  const n = await api.node(lower).catch(() => null);
  const e = n?.edges.find((x) => x.source === lower && x.target === entity && (x.attributes as { type?: string }).type === 'CARRIES');
  const places = (e?.attributes as EdgeOf<'CARRIES'> | undefined)?.places ?? [];
  return places.length ? { measure: places[0].measure, spans: places.map((p) => p.span) } : null;
}

export function EntityGapTable({ rows, showType, testId, lower }: { rows: EntityCoverage[]; showType: boolean; testId: string; lower?: string | null }) {
  const { t } = useTranslation();
  const focusNode = useFocusNode();
  const dispatch = useDispatch();
  const read = (row: EntityCoverage) => {
    if (!lower) return;
    const own = row.carriedPlaces?.length ? { measure: row.carriedPlaces[0].measure, spans: row.carriedPlaces.map((p) => p.span) } : null;
    void (own ? Promise.resolve(own) : carriedPlaces(lower, row.id)).then((p) => dispatch(p ? readInSource(p.measure, lower, p.spans) : readInSource(lower, lower)));
  };
  const selected = useExplorer((s) => s.selected);
  if (!rows.length) return <p className="muted gaps-empty">{t('gaps.nothing')}</p>;
  return (
    <table className="gaps-table" data-testid={testId}>
      <thead>
        <tr>
          <th>{t('gaps.name')}</th>
          {showType && <th className="col-type">{t('gaps.type')}</th>}
          <th className="col-yesno">{t('gaps.mentionedByLower')}</th>
          <th className="num" title={t('gaps.higherCountTitle')}>
            {t('gaps.higherCount')}
          </th>
          <th className="num" title={t('gaps.lowerCountTitle')}>
            {t('gaps.lowerCount')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => {
          const gap = isGap(r);
          return (
            <tr
              key={r.id}
              data-testid="gap-row"
              data-node-id={r.id}
              data-status={gap ? 'gap' : 'covered'}
              className={`clickable ${gap ? 'gap' : 'covered'}${selected === r.id ? ' selected' : ''}`}
              {...activate(() => focusNode(r.id))}
              role="row"
            >
              <td className="col-name">
                <span className="dot" style={{ background: NODE_COLOURS[r.type] }} /> {r.name}
                {r.carriedAs && r.carriedAs.join() !== r.name && (
                  <span className="muted" data-testid="gap-carried-as">
                    {' '}
                    {t('gaps.carriedAs', { forms: r.carriedAs.join('、') })}
                  </span>
                )}
                {r.carriedAs && lower && (
                  <>
                    {' '}
                    <button
                      type="button"
                      className="link"
                      data-testid="gap-carried-read"
                      title={t('gaps.carriedReadTitle')}
                      onClick={(e) => {
                        e.stopPropagation();
                        read(r);
                      }}
                      onKeyDown={(e) => e.stopPropagation()}
                    >
                      {t('gaps.carriedRead')}
                    </button>
                  </>
                )}
              </td>
              {showType && (
                <td className="muted">{t(`type.${r.type}`)}</td>
              )}
              <td className="col-yesno">{gap ? <span className="gap-chip">{t('gaps.no')}</span> : <span className="ok-chip">{t('gaps.yes')}</span>}</td>
              <td className="num">{r.higherMentions}</td>
              <td className="num">{r.lowerMentions}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
