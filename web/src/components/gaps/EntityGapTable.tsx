// Programmes, brands or target groups the higher document mentions, with whether the lower one
// mentions them and how often on each side. A row selects the entity.
import { useTranslation } from 'react-i18next';
import { NODE_COLOURS } from '../../graph/colours.js';
import { isGap, type EntityCoverage } from '../../graph/coverage.js';
import { useExplorer, useFocusNode } from '../../state/index.js';
import { activate } from '../activate.js';

export function EntityGapTable({ rows, showType, testId }: { rows: EntityCoverage[]; showType: boolean; testId: string }) {
  const { t } = useTranslation();
  const focusNode = useFocusNode();
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
