// Find a node by its Chinese name or alias; choosing a match selects it and moves the camera.
import { useMemo, useState, type KeyboardEvent } from 'react';
import { NODE_COLOURS, NODE_GLOSSES } from '../graph/colours.js';
import { searchNodes, type SearchHit } from '../graph/search.js';
import { useExplorerContext, useFocusNode } from '../state/index.js';

const MAX_HITS = 12;

export function SearchBox() {
  const { data } = useExplorerContext();
  const focusNode = useFocusNode();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const hits = useMemo(() => searchNodes(data, query, { limit: MAX_HITS }), [data, query]);

  const choose = (hit: SearchHit) => {
    focusNode(hit.id);
    setQuery(hit.name);
    setOpen(false);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    // Enter that confirms an IME composition is not a choice.
    if (e.nativeEvent.isComposing) return;
    if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, hits.length - 1));
    else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
    else if (e.key === 'Enter' && hits[active]) choose(hits[active]);
    else if (e.key === 'Escape') setOpen(false);
    else return;
    e.preventDefault();
  };

  return (
    <div className="search" role="combobox" aria-expanded={open && hits.length > 0} aria-haspopup="listbox">
      <input
        type="search"
        data-testid="search-input"
        placeholder="Search a name 搜索名称…"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
      />
      {open && query.trim() !== '' && (
        <ul className="search-results" role="listbox" data-testid="search-results">
          {hits.length === 0 && <li className="muted empty">No match</li>}
          {hits.map((hit, i) => (
            <li
              key={hit.id}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : undefined}
              data-testid="search-result"
              data-node-id={hit.id}
              onMouseDown={(e) => e.preventDefault()}
              onMouseEnter={() => setActive(i)}
              onClick={() => choose(hit)}
            >
              <span className="dot" style={{ background: NODE_COLOURS[hit.type] }} />
              <span className="hit-name">{hit.name}</span>
              {hit.alias && <span className="hit-alias">= {hit.alias}</span>}
              <span className="hit-type">
                {hit.type} {NODE_GLOSSES[hit.type]}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
