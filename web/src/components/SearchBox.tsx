// Find a node by name or alias (instantly, in the page) or by a phrase of a measure's text (the
// server's full-text index), with "did you mean" suggestions for near misses. `/` or Ctrl+K
// focuses it, Esc closes it; choosing a hit selects the node and moves the camera.
// The active hit is kept by node id (a list re-ordered by late server hits keeps it), and the
// pointer makes a hit active only when it really moves: a list that opens or changes under a
// still mouse does not override the arrow keys (issue 12).
import { memo, useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.js';
import { NODE_COLOURS } from '../graph/colours.js';
import { mergeHits, type ShownHit } from '../graph/search-merge.js';
import { hitPlace, nameSearchReady, prepareNameSearch, searchNodes } from '../graph/search.js';
import { mark } from '../perf.js';
import type { SearchAnswer } from '../graph/text-search.js';
import type { PolicyGraph } from '../graph/policy-graph.js';
import { closeTopmost, useDispatch, useExplorerContext, useFocusNode } from '../state/index.js';

const MAX_HITS = 12;
const DEBOUNCE_MS = 150;

/** True when a key press goes to something the user types in. */
function typingIn(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.isContentEditable);
}

/**
 * True when `data`'s names can be searched at once; a large graph's are normalised first, in
 * time slices (search.ts, prepareNameSearch): meanwhile the box shows the server's hits.
 */
function useNamesReady(data: PolicyGraph | null): boolean {
  const [ready, setReady] = useState(() => !data || nameSearchReady(data));
  useEffect(() => {
    if (!data || nameSearchReady(data)) return setReady(true);
    let live = true;
    setReady(false);
    void prepareNameSearch(data).then(() => live && setReady(true));
    return () => {
      live = false;
    };
  }, [data]);
  return ready;
}

/**
 * The last box's query, input, server answer and the hit a press began on: when the loading page's box gives way to the
 * explorer's, what was typed (and the focus) carries over, the explorer's list opens with the rows the loading list
 * showed (no request, no empty moment), and a press begun on a loading row and released after the explorer's box took
 * its place chooses that row's hit (session 41: the click of energy-s38's trial was lost as the box gave way, 2 runs of 6:
 * the browser sends no click when the row pressed is gone at the release).
 */
const carried: {
  query: string;
  input: HTMLInputElement | null;
  answer: { q: string; answer: SearchAnswer } | null;
  pressed: { hit: ShownHit; box: symbol } | null;
} = { query: '', input: null, answer: null, pressed: null };

/** The explorer's search: names and aliases in the page, text on the server; a choice selects the node. */
export function SearchBox() {
  const { data, store } = useExplorerContext();
  const dispatch = useDispatch();
  const focusNode = useFocusNode();
  const onEscapeOutside = useCallback(() => {
    const before = store.getState();
    dispatch(closeTopmost());
    return store.getState() !== before;
  }, [store, dispatch]);
  return <SearchField data={data} onChoose={focusNode} onEscapeOutside={onEscapeOutside} />;
}

/**
 * The search while the graph is still loading: the server's hits only (names, aliases and text);
 * a choice is handed to `onChoose` (the page opens on it when the graph is ready). What is typed
 * carries over to the explorer's box.
 */
export function LoadingSearchBox({ onChoose }: { onChoose: (id: string, name: string) => void }) {
  return <SearchField data={null} onChoose={onChoose} onEscapeOutside={() => false} />;
}

function SearchField({
  data,
  onChoose,
  onEscapeOutside,
}: {
  data: PolicyGraph | null;
  onChoose: (id: string, name: string) => void;
  onEscapeOutside: () => boolean;
}) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  // This box, for a press begun in another one (carried.pressed).
  const [box] = useState(() => Symbol('search-box'));
  const [query, setQuery] = useState(carried.query);
  // Read while the box it replaces is still in the page.
  const [startFocused] = useState(() => !!carried.input && document.activeElement === carried.input);
  const [open, setOpen] = useState(startFocused);
  // The active hit's node id (null: the first hit).
  const [activeId, setActiveId] = useState<string | null>(null);
  // Where the pointer last was over the list: a mousemove at the same spot is the browser's own
  // (the list moved under a still pointer), not the user's.
  const lastPointer = useRef<{ x: number; y: number } | null>(null);
  // The server's answer, and a failed ask, for the query they were for: until the effect below clears them, the
  // render after a keystroke would show the previous query's text hits (and say nothing is pending).
  const [answered, setRemote] = useState<{ q: string; answer: SearchAnswer } | null>(() => (carried.answer && carried.answer.q === carried.query.trim() ? carried.answer : null));
  // The box's first query: answered already by the box it replaces, when carried.answer is for it.
  const firstQuery = useRef(true);
  const [failedFor, setFailed] = useState<string | null>(null);
  const remote = answered && answered.q === query.trim() ? answered.answer : null;
  const failed = failedFor !== null && failedFor === query.trim();
  const namesReady = useNamesReady(data);
  const local = useMemo(() => (data && namesReady ? searchNodes(data, query, { limit: MAX_HITS }) : []), [data, query, namesReady]);
  useEffect(() => mark('searchUsable'), []);
  useEffect(() => {
    carried.input = input.current;
    if (startFocused) input.current?.focus();
  }, [startFocused]);

  useEffect(() => {
    const q = query.trim();
    const first = firstQuery.current;
    firstQuery.current = false;
    if (first && carried.answer && carried.answer.q === q) return;
    setRemote(null);
    setFailed(null);
    if (!q) return;
    let live = true;
    const timer = setTimeout(() => {
      api.search(q, MAX_HITS).then(
        (answer) => {
          carried.answer = { q, answer };
          if (live) setRemote({ q, answer });
        },
        () => live && setFailed(q),
      );
    }, DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query]);

  const hits: ShownHit[] = useMemo(() => mergeHits(local, remote?.hits ?? [], MAX_HITS).filter((h) => !data || data.hasNode(h.id)), [local, remote, data]);
  // A title the corpus only cites reads like its version in the corpus (two rows 中华人民共和国大气污染防治法 on the law
  // mirror, session 22): the cited-only one says so.
  const hitTypeLabel = (hit: ShownHit): string =>
    hit.type === 'Document' && data?.hasNode(hit.id) && (data.getNodeAttributes(hit.id) as { inCorpus?: boolean }).inCorpus === false
      ? `${t('type.Document')} · ${t('search.citedOnly')}`
      : t(`type.${hit.type}`);
  const suggestions = hits.length === 0 ? (remote?.suggestions ?? []) : [];
  const active = Math.max(0, activeId === null ? 0 : hits.findIndex((h) => h.id === activeId));
  const step = (by: number) => {
    const next = Math.min(Math.max(active + by, 0), hits.length - 1);
    if (hits[next]) setActiveId(hits[next].id);
  };
  const onPointer = (e: MouseEvent<HTMLLIElement>, id: string) => {
    const at = { x: e.clientX, y: e.clientY };
    const last = lastPointer.current;
    lastPointer.current = at;
    if (!last || (last.x === at.x && last.y === at.y)) return;
    if (id !== activeId) setActiveId(id);
  };

  // `/` and Ctrl+K (⌘K) focus the box from anywhere; Esc outside a field closes what is on top (closeTopmost).
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if ((e.key === 'k' || e.key === 'K') && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        input.current?.focus();
        input.current?.select();
      } else if (e.key === '/' && !typingIn(e.target)) {
        e.preventDefault();
        input.current?.focus();
        input.current?.select();
      } else if (e.key === 'Escape' && !typingIn(e.target)) {
        onEscapeOutside();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onEscapeOutside]);

  const choose = (hit: ShownHit) => {
    carried.pressed = null;
    onChoose(hit.id, hit.name);
    carried.query = hit.name;
    setQuery(hit.name);
    setOpen(false);
  };
  const suggest = (s: string) => {
    carried.query = s;
    setQuery(s);
    setActiveId(null);
    setOpen(true);
    input.current?.focus();
  };

  // A press on a row. Released while its box is still in the page, the click chooses as ever and the press is forgotten;
  // released after another box took this one's place (the explorer's, replacing the loading page's under the pointer),
  // that box chooses the hit pressed.
  const onPress = (hit: ShownHit) => {
    carried.pressed = { hit, box };
  };

  // Stable callbacks for the memoised rows, calling this render's handlers.
  const handlers = useRef({ onPointer, choose, onPress });
  handlers.current = { onPointer, choose, onPress };
  const rowPointer = useCallback((e: MouseEvent<HTMLLIElement>, id: string) => handlers.current.onPointer(e, id), []);
  const rowChoose = useCallback((hit: ShownHit) => handlers.current.choose(hit), []);
  const rowPress = useCallback((hit: ShownHit) => handlers.current.onPress(hit), []);
  useEffect(() => {
    const onUp = (e: globalThis.MouseEvent) => {
      const pressed = carried.pressed;
      if (e.button !== 0 || !pressed) return;
      carried.pressed = null;
      if (pressed.box !== box && (!data || data.hasNode(pressed.hit.id))) handlers.current.choose(pressed.hit);
    };
    window.addEventListener('mouseup', onUp);
    return () => window.removeEventListener('mouseup', onUp);
  }, [box, data]);

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    // Enter that confirms an IME composition is not a choice.
    if (e.nativeEvent.isComposing) return;
    if (e.key === 'ArrowDown') step(1);
    else if (e.key === 'ArrowUp') step(-1);
    else if (e.key === 'Enter' && hits[active]) choose(hits[active]);
    else if (e.key === 'Enter' && suggestions[0]) suggest(suggestions[0]);
    else if (e.key === 'Escape') {
      setOpen(false);
      input.current?.blur();
    } else return;
    e.preventDefault();
  };

  const pending = query.trim() !== '' && !remote && !failed;
  return (
    <div className="search" role="combobox" aria-expanded={open && hits.length > 0} aria-haspopup="listbox">
      <input
        ref={input}
        type="search"
        data-testid="search-input"
        placeholder={t('search.placeholder')}
        aria-label={t('search.label')}
        value={query}
        onChange={(e) => {
          carried.query = e.target.value;
          setQuery(e.target.value);
          setActiveId(null);
          lastPointer.current = null;
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        // The list closes a moment after the box is left (a click on a hit lands first), unless
        // the box has the focus again by then (Esc, then Ctrl+K and typing at once).
        onBlur={() => setTimeout(() => document.activeElement !== input.current && setOpen(false), 150)}
        onKeyDown={onKeyDown}
      />
      <kbd className="search-key" aria-hidden>
        /
      </kbd>
      {open && query.trim() !== '' && (
        <ul className="search-results" role="listbox" data-testid="search-results" aria-busy={pending}>
          {hits.length === 0 && !pending && suggestions.length === 0 && <li className="muted empty" data-testid="search-empty">{t('search.none')}</li>}
          {hits.length === 0 && pending && <li className="muted empty">{t('search.searching')}</li>}
          {suggestions.length > 0 && (
            <li className="suggestions" data-testid="search-suggestions" onMouseDown={(e) => e.preventDefault()}>
              <span className="muted">{t('search.didYouMean')}</span>
              {suggestions.map((s) => (
                <button key={s} type="button" className="link" data-testid="search-suggestion" onClick={() => suggest(s)}>
                  {s}
                </button>
              ))}
            </li>
          )}
          {hits.map((hit, i) => (
            <HitRow key={hit.id} hit={hit} place={data ? placeText(hitPlace(data, hit.id)) : null} active={i === active} typeLabel={hitTypeLabel(hit)} onPointer={rowPointer} onChoose={rowChoose} onPress={rowPress} />
          ))}
          {failed && <li className="muted empty">{t('search.textUnavailable')}</li>}
        </ul>
      )}
    </div>
  );
}

/** A hit's second line: its document and path, as a string (the rows are memoised on their props). */
const placeText = (p: { document: string; path?: string } | null): string | null => (p ? (p.path ? `${p.document} · ${p.path}` : p.document) : null);

/** One hit; memoised so that a change of the active hit re-renders two rows, not the list. */
const HitRow = memo(function HitRow({
  hit,
  place,
  active,
  typeLabel,
  onPointer,
  onChoose,
  onPress,
}: {
  hit: ShownHit;
  /** A measure's or a target's document and path (session 36 trial: twelve 第十四条 rows, none saying whose). */
  place: string | null;
  active: boolean;
  typeLabel: string;
  onPointer: (e: MouseEvent<HTMLLIElement>, id: string) => void;
  onChoose: (hit: ShownHit) => void;
  onPress: (hit: ShownHit) => void;
}) {
  return (
    <li
      role="option"
      aria-selected={active}
      className={active ? 'active' : undefined}
      data-testid="search-result"
      data-node-id={hit.id}
      data-field={hit.field}
      onMouseDown={(e) => {
        e.preventDefault();
        if (e.button === 0) onPress(hit);
      }}
      onMouseMove={(e) => onPointer(e, hit.id)}
      onClick={() => onChoose(hit)}
    >
      <span className="dot" style={{ background: NODE_COLOURS[hit.type] }} />
      <span className="hit-main">
        <span className="hit-name">{hit.name}</span>
        {hit.alias && <span className="hit-alias">= {hit.alias}</span>}
        {place && (
          <span className="hit-place" data-testid="search-place">
            {place}
          </span>
        )}
        {hit.snippet && (
          <span className="hit-snippet" data-testid="search-snippet">
            {hit.snippet.before}
            <mark>{hit.snippet.match}</mark>
            {hit.snippet.after}
          </span>
        )}
      </span>
      <span className="hit-type">{typeLabel}</span>
    </li>
  );
});
