// Quantified commitments as rows: metric, comparator, value, unit, deadline year.
import type { TargetRow } from '../../graph/measure-details.js';
import { useTranslation } from 'react-i18next';
import { useFocusNode } from '../../state/index.js';
import { activate } from '../activate.js';

const COMPARATOR: Record<string, string> = { '>=': '≥', '<=': '≤', '=': '=', '>': '>', '<': '<' };

export function targetValue(t: Pick<TargetRow, 'comparator' | 'value' | 'valueMax' | 'unit'>): string {
  const value = t.valueMax !== undefined ? `${t.value}–${t.valueMax}` : `${t.value}`;
  return `${COMPARATOR[t.comparator] ?? t.comparator} ${value} ${t.unit}`;
}

export function TargetTable({ targets }: { targets: TargetRow[] }) {
  const { t } = useTranslation();
  const focusNode = useFocusNode();
  return (
    <table className="target-table">
      <thead>
        <tr>
          <th>{t('target.metric')}</th>
          <th>{t('target.value')}</th>
          <th>{t('target.year')}</th>
        </tr>
      </thead>
      <tbody>
        {targets.map((t) => (
          <tr
            key={t.id}
            data-testid="target-row"
            data-node-id={t.id}
            className="clickable"
            title={t.name}
            {...activate(() => focusNode(t.id))}
            role="row"
          >
            <td>{t.metric}</td>
            <td className="num">{targetValue(t)}</td>
            <td className="num">{t.year ?? '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
