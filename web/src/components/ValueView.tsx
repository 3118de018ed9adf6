// Any attribute or result value, readable: lists as lists, maps as key/value rows, node ids that
// are in the graph as links, evidence passages as quotes. Never raw JSON; text stays text.
import { useTranslation } from 'react-i18next';
import { parseDeletions, type DeletionValue } from '../graph/deletions-value.js';
import { nodeRef } from '../graph/node-ref.js';
import { useExplorerContext } from '../state/index.js';
import { NodeLink } from './NodeLink.js';

const LONG_TEXT = 160;
const MAX_ITEMS = 50;
/** Characters of deleted text quoted beside its date and span. */
const DELETED_QUOTE = 80;

/** A measure's text and where it starts in its document's text (the map this value is in: properties(m) in the console). */
export interface MeasureTextAt {
  text: string;
  start: number;
}

/** `measure`: the measure of the map this value is in, so a deleted span (document offsets) can be quoted. */
export function ValueView({ value, depth = 0, measure }: { value: unknown; depth?: number; measure?: MeasureTextAt }) {
  const { t } = useTranslation();
  const { data } = useExplorerContext();
  if (value === null || value === undefined) return <span className="muted">—</span>;
  const deletions = parseDeletions(value);
  if (deletions) return <DeletionsView deletions={deletions} measure={measure} />;
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
    const { text, span } = value as { text?: unknown; span?: unknown };
    const own = typeof text === 'string' && Array.isArray(span) && typeof span[0] === 'number' ? { text, start: span[0] } : null;
    return (
      <dl className="value-map" data-depth={depth}>
        {entries.map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>
              <ValueView value={v} depth={depth + 1} {...(own ? { measure: own } : {})} />
            </dd>
          </div>
        ))}
      </dl>
    );
  }
  return <>{String(value)}</>;
}

/**
 * A measure's deleted spans (session 41; the console read them as a JSON string): each one's date, the characters of the
 * document's text it covers (1-based, as a reader counts) and, when the measure's text is beside it, the deleted words
 * struck through.
 */
function DeletionsView({ deletions, measure }: { deletions: DeletionValue[]; measure?: MeasureTextAt }) {
  const { t } = useTranslation();
  return (
    <ul className="value-list value-deletions" data-testid="value-deletions">
      {deletions.map((d, i) => {
        const [from, to] = measure ? [d.span[0] - measure.start, d.span[1] - measure.start] : [-1, -1];
        const quote = measure && from >= 0 && to <= measure.text.length ? measure.text.slice(from, to) : null;
        return (
          <li key={i} data-testid="value-deletion">
            <span className="deleted-date">{t('measure.deletedOn', { date: d.date })}</span>{' '}
            <span className="muted">{t('value.span', { from: d.span[0] + 1, to: d.span[1] })}</span>
            {quote && (
              <>
                {' '}
                <span className="deleted-span">
                  <del title={t('measure.deletedTitle', { date: d.date })}>{quote.length > DELETED_QUOTE ? `${quote.slice(0, DELETED_QUOTE)}…` : quote}</del>
                </span>
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
