// Any attribute or result value, readable: lists as lists, maps as key/value rows, node ids that
// are in the graph as links, evidence passages as quotes. Never raw JSON; text stays text.
import { useTranslation } from 'react-i18next';
import { nodeRef } from '../graph/node-ref.js';
import { useExplorerContext } from '../state/index.js';
import { NodeLink } from './NodeLink.js';

const LONG_TEXT = 160;
const MAX_ITEMS = 50;

export function ValueView({ value, depth = 0 }: { value: unknown; depth?: number }) {
  const { t } = useTranslation();
  const { data } = useExplorerContext();
  if (value === null || value === undefined) return <span className="muted">—</span>;
  if (typeof value === 'string') {
    if (data.hasNode(value) && value.includes(':')) return <NodeLink node={nodeRef(data, value)} />;
    if (value.length > LONG_TEXT) {
      return (
        <details>
          <summary>
            {value.slice(0, 60)}… {t('value.chars', { count: value.length })}
          </summary>
          <div className="long-text">{value}</div>
        </details>
      );
    }
    return <>{value}</>;
  }
  if (typeof value === 'number') return <span className="num">{Number.isInteger(value) ? value : value.toFixed(3)}</span>;
  if (typeof value === 'boolean') return <>{t(value ? 'value.yes' : 'value.no')}</>;
  if (Array.isArray(value)) {
    if (value.length === 2 && value.every((v) => typeof v === 'number')) return <span className="num">[{value[0]}, {value[1]})</span>;
    if (!value.length) return <span className="muted">—</span>;
    if (value.every((v) => typeof v === 'string' && !(data.hasNode(v) && v.includes(':'))) && value.join('').length < LONG_TEXT) return <>{value.join('、')}</>;
    return (
      <ul className="value-list">
        {value.slice(0, MAX_ITEMS).map((v, i) => (
          <li key={i}>
            <ValueView value={v} depth={depth + 1} />
          </li>
        ))}
        {value.length > MAX_ITEMS && <li className="muted">{t('value.more', { count: value.length - MAX_ITEMS })}</li>}
      </ul>
    );
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    return (
      <dl className="value-map" data-depth={depth}>
        {entries.map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>
              <ValueView value={v} depth={depth + 1} />
            </dd>
          </div>
        ))}
      </dl>
    );
  }
  return <>{String(value)}</>;
}
