// Node types with their colours and counts; clicking one hides or shows that type.
import { NODE_COLOURS, NODE_GLOSSES, NODE_TYPE_ORDER } from '../graph/colours.js';
import { countByType, presentTypes } from '../graph/policy-graph.js';
import { showAllTypes, toggleType, useDispatch, useExplorer, useExplorerContext } from '../state/index.js';
import { useMemo } from 'react';

export function Legend() {
  const { data } = useExplorerContext();
  const hidden = useExplorer((s) => s.hiddenTypes);
  const dispatch = useDispatch();
  const types = useMemo(() => presentTypes(data, NODE_TYPE_ORDER), [data]);
  const counts = useMemo(() => countByType(data), [data]);
  return (
    <section className="legend" data-testid="legend" aria-label="Node types">
      <header>
        <span>Node types</span>
        {hidden.size > 0 && (
          <button type="button" className="link" data-testid="legend-show-all" onClick={() => dispatch(showAllTypes())}>
            show all
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
                title={off ? `Show ${type}` : `Hide ${type}`}
                onClick={() => dispatch(toggleType(type))}
              >
                <span className="swatch" style={{ background: NODE_COLOURS[type] }} />
                <span className="legend-type">{type}</span>
                <span className="gloss">{NODE_GLOSSES[type]}</span>
                <span className="count">{counts[type]}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
