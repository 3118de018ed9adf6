// A document picker one types into: the explorer's document filter and the gap view's two pickers. It filters by
// title, issuer, level, region or year (graph/document-filter.ts), shows the first PICKER_SHOWN hits and counts the
// rest ("N more — refine"), and follows the ARIA combobox pattern (an input with role combobox, a listbox of options,
// the active one by aria-activedescendant): ↑/↓ move, Enter chooses, Esc closes.
// Our own component, not a library's: the project has no combobox library (React, i18next, sigma only), and the
// search box (SearchBox.tsx) is the same pattern with server hits; a dependency for one list was not worth it.
// Why not a <select>: at 50k nodes it held 16,664 options, a long task to open and no use without typing (session 43).
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentOption } from '../graph/corpus-documents.js';
import { filterDocuments, PICKER_SHOWN } from '../graph/document-filter.js';

interface Props {
  testId: string;
  /** The accessible name (the picker's label). */
  label: string;
  placeholder: string;
  /** The documents, asked for when the picker is first opened (the filter bar's list is not made with the explorer). */
  load: () => readonly DocumentOption[];
  /** The chosen document's id and what the closed picker shows for it (null: nothing chosen, the placeholder). */
  value?: string | null;
  valueText?: string;
  /** Ids that cannot be chosen again (the filter's chips). */
  disabled?: readonly string[];
  /** Ids listed first under their own heading (the gap view's documents below the higher one), the rest under `restLabel`. */
  first?: readonly string[];
  firstLabel?: string;
  restLabel?: string;
  onChoose(id: string): void;
}

export function DocumentCombobox(props: Props) {
  const { t } = useTranslation();
  const listId = useId();
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const [opened, setOpened] = useState(false);
  const [open, setOpen] = useState(false);
  // What is typed; null while the user has typed nothing since opening (the input shows the chosen document).
  const [query, setQuery] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const { load } = props;
  const options = useMemo(() => (opened ? load() : []), [opened, load]);
  const hay = useMemo(() => new WeakMap<DocumentOption, string>(), [options]);
  const firstIds = useMemo(() => (props.first && props.first.length > 0 ? new Set(props.first) : null), [props.first]);
  const hits = useMemo(() => (open ? filterDocuments(options, query ?? '', PICKER_SHOWN, firstIds, hay) : { shown: [], more: 0 }), [open, options, query, firstIds, hay]);
  const disabled = useMemo(() => new Set(props.disabled ?? []), [props.disabled]);
  const choosable = (i: number) => i >= 0 && i < hits.shown.length && !disabled.has(hits.shown[i].id);

  // The active row kept in sight as the arrows move it (not at the opening: the first row is in sight, and a forced
  // layout of the new list was part of the opening's task at 50k nodes).
  const moved = useRef(false);
  useEffect(() => {
    if (!open || !moved.current) return;
    moved.current = false;
    list.current?.querySelector(`[data-index="${active}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [open, active]);

  const show = () => {
    setOpened(true);
    setOpen(true);
  };
  const close = () => {
    setOpen(false);
    setQuery(null);
    setActive(0);
  };
  const choose = (i: number) => {
    if (!choosable(i)) return;
    props.onChoose(hits.shown[i].id);
    close();
  };
  const step = (by: number) => {
    const n = hits.shown.length;
    if (n === 0) return;
    let i = active;
    for (let k = 0; k < n; k++) {
      i = (i + by + n) % n;
      if (choosable(i)) break;
    }
    moved.current = true;
    setActive(i);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    // Enter that confirms an IME composition is not a choice.
    if (e.nativeEvent.isComposing) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!open) show();
      else step(e.key === 'ArrowDown' ? 1 : -1);
    } else if (e.key === 'Enter' && open) choose(active);
    else if (e.key === 'Escape' && (open || query !== null)) {
      // Closes the list only; the page's Esc (closing a panel) is for the next press.
      e.stopPropagation();
      close();
    } else return;
    e.preventDefault();
  };

  const optionId = (i: number) => `${listId}-o${i}`;
  const shownText = query ?? (open ? '' : (props.valueText ?? ''));
  let heading: 'first' | 'rest' | null = null;
  return (
    <div className="doc-picker">
      <input
        ref={input}
        type="text"
        role="combobox"
        data-testid={props.testId}
        data-value={props.value ?? ''}
        aria-label={props.label}
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && choosable(active) ? optionId(active) : undefined}
        autoComplete="off"
        spellCheck={false}
        placeholder={open && props.valueText ? props.valueText : props.placeholder}
        title={props.valueText}
        value={shownText}
        onPointerDown={show}
        onFocus={show}
        onBlur={close}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          if (!open) show();
        }}
        onKeyDown={onKeyDown}
      />
      {open && (
        <ul
          ref={list}
          id={listId}
          className="doc-picker-list"
          role="listbox"
          aria-label={props.label}
          data-testid={`${props.testId}-list`}
          // The focus stays in the input: a press on a row or on the list's scroll bar does not blur it.
          onMouseDown={(e) => e.preventDefault()}
        >
          {hits.shown.length === 0 && (
            <li className="muted empty" role="presentation" data-testid={`${props.testId}-none`}>
              {t('picker.none')}
            </li>
          )}
          {hits.shown.map((o, i) => {
            const group = firstIds ? (firstIds.has(o.id) ? 'first' : 'rest') : null;
            const head = group !== heading && group !== null ? (group === 'first' ? props.firstLabel : props.restLabel) : undefined;
            heading = group;
            const off = disabled.has(o.id);
            return [
              head && (
                <li key={`h-${i}`} role="presentation" className="doc-picker-group">
                  {head}
                </li>
              ),
              <li
                key={o.id}
                id={optionId(i)}
                role="option"
                aria-selected={i === active}
                aria-disabled={off || undefined}
                className={[i === active ? 'active' : '', o.id === props.value ? 'chosen' : ''].join(' ').trim() || undefined}
                data-testid="doc-option"
                data-id={o.id}
                data-group={group ?? undefined}
                data-index={i}
                onMouseMove={() => i !== active && !off && setActive(i)}
                onClick={() => choose(i)}
              >
                {o.label}
              </li>,
            ];
          })}
          {hits.more > 0 && (
            <li className="muted more" role="presentation" data-testid={`${props.testId}-more`}>
              {t('picker.more', { count: hits.more })}
            </li>
          )}
        </ul>
      )}
    </div>
  );
}
