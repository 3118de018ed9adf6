// Node types with their colours and counts (click one to hide or show it), and the edge colours.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { EdgeType } from '../../../graph-schema/index.js';
import { EDGE_COLOURS, NODE_COLOURS, NODE_TYPE_ORDER } from '../graph/colours.js';
import { countByType, presentTypes } from '../graph/policy-graph.js';
import { edgeTypeCounts, undrawnEdgeTypes } from '../graph/view-graph.js';
import { showAllTypes, toggleType, useDispatch, useExplorer, useExplorerContext } from '../state/index.js';

/** Edge types present, in the order of EDGE_COLOURS (structure first, then the cascade). */
function presentEdgeTypes(types: Set<EdgeType>): EdgeType[] {
  return (Object.keys(EDGE_COLOURS) as EdgeType[]).filter((t) => types.has(t));
}

export function Legend() {
  const { t } = useTranslation();
  const { data } = useExplorerContext();
  const hidden = useExplorer((s) => s.hiddenTypes);
  const dispatch = useDispatch();
  const types = useMemo(() => presentTypes(data, NODE_TYPE_ORDER), [data]);
  const counts = useMemo(() => countByType(data), [data]);
  // One pass over the edges for both (200k edges at 50k nodes).
  const { edgeTypes, undrawn } = useMemo(() => {
    const counts = edgeTypeCounts(data);
    return { edgeTypes: presentEdgeTypes(new Set(Object.keys(counts) as EdgeType[])), undrawn: new Set(undrawnEdgeTypes(counts)) };
  }, [data]);
  return (
    <section className="legend" data-testid="legend" aria-label={t('legend.nodes')}>
      <header>
        <span>{t('legend.nodes')}</span>
        {hidden.size > 0 && (
          <button type="button" className="link" data-testid="legend-show-all" onClick={() => dispatch(showAllTypes())}>
            {t('legend.showAll')}
          </button>
        )}
      </header>
      <ul>
        {types.map((type) => {
          const off = hidden.has(type);
          return (
            <li key={type}>
              <button
                type="button"
                className={off ? 'legend-item off' : 'legend-item'}
                data-testid={`legend-item-${type}`}
                aria-pressed={!off}
                title={t(off ? 'legend.show' : 'legend.hide', { type: t(`type.${type}`) })}
                onClick={() => dispatch(toggleType(type))}
              >
                <span className="swatch" style={{ background: NODE_COLOURS[type] }} />
                <span className="legend-type">{t(`type.${type}`)}</span>
                <span className="count">{counts[type]}</span>
              </button>
            </li>
          );
        })}
      </ul>
      <details className="edge-legend" data-testid="edge-legend" open>
        <summary>{t('legend.edges')}</summary>
        <ul>
          {edgeTypes.map((type) => (
            <li key={type} data-testid={`edge-legend-${type}`} title={t(`edgeHelp.${type}`)} className={undrawn.has(type) ? 'off' : undefined}>
              <span className="edge-swatch" style={{ background: EDGE_COLOURS[type] }} />
              <span>{t(`edge.${type}`)}</span>
              {undrawn.has(type) && <span className="muted"> · {t('legend.notDrawn')}</span>}
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
