// Filters by document, region, level and year (combinable, each a list), shown as chips with the
// hidden node types; "size by" degree or a numeric attribute.
import { useCallback, useMemo, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { documentOptions } from '../graph/corpus-documents.js';
import { DocumentCombobox } from './DocumentCombobox.js';
import { scopeOptions } from '../graph/filters.js';
import { numericAttributes } from '../graph/sizing.js';
import { clearScope, setSizeBy, toggleScope, toggleType, useDispatch, useExplorer, useExplorerContext, type ScopeKey } from '../state/index.js';

export function FilterBar() {
  const { t } = useTranslation();
  const { data } = useExplorerContext();
  const dispatch = useDispatch();
  const scope = useExplorer((s) => s.scope);
  const hidden = useExplorer((s) => s.hiddenTypes);
  const docName = (id: string) => (data.hasNode(id) ? data.getNodeAttribute(id, 'name') : id);

  const pick = (key: ScopeKey) => (e: ChangeEvent<HTMLSelectElement>) => {
    const v = e.target.value;
    if (!v) return;
    dispatch(toggleScope(key, key === 'years' ? Number(v) : v));
    e.target.value = '';
  };
  const chips: { key: string; label: string; remove: () => void }[] = [
    ...scope.documents.map((d) => ({ key: `doc:${d}`, label: `${t('filter.document')}: ${docName(d)}`, remove: () => dispatch(toggleScope('documents', d)) })),
    ...scope.regions.map((r) => ({ key: `region:${r}`, label: `${t('filter.region')}: ${r}`, remove: () => dispatch(toggleScope('regions', r)) })),
    ...scope.levels.map((l) => ({ key: `level:${l}`, label: `${t('filter.level')}: ${t(`level.${l}`, { defaultValue: l })}`, remove: () => dispatch(toggleScope('levels', l)) })),
    ...scope.years.map((y) => ({ key: `year:${y}`, label: `${t('filter.year')}: ${y}`, remove: () => dispatch(toggleScope('years', y)) })),
    ...[...hidden].sort().map((type) => ({ key: `hide:${type}`, label: t('filter.hidden', { type: t(`type.${type}`) }), remove: () => dispatch(toggleType(type)) })),
  ];

  return (
    <div className="filter-bar" data-testid="filter-bar">
      <span className="muted">{t('filter.title')}</span>
      <DocumentPicker />
      <ScopePickers pick={pick} />
      <ul className="chips" data-testid="filter-chips">
        {chips.map((c) => (
          <li key={c.key} className="chip" data-testid="filter-chip" data-chip={c.key}>
            <span>{c.label}</span>
            <button type="button" aria-label={t('filter.remove', { label: c.label })} onClick={c.remove}>
              ×
            </button>
          </li>
        ))}
        {chips.length > 1 && (
          <li>
            <button type="button" className="link" data-testid="filter-clear" onClick={() => dispatch(clearScope())}>
              {t('filter.clear')}
            </button>
          </li>
        )}
      </ul>
      <SizeBy />
    </div>
  );
}

// Each pass over the graph's nodes is its own component: React's concurrent first render (App.tsx's
// transition) can yield between components, not within one, and the three passes in one render
// were one 0.3 s task at 50k nodes on the loaded bench machine (Chrome trace, session 17).
type Pick = (key: ScopeKey) => (e: ChangeEvent<HTMLSelectElement>) => void;

// The documents' options are made when the picker is first opened (focus, by pointer or keyboard), not with
// the explorer: at 50k nodes (16,664 documents) they were the explorer's first frame's style recalculation of
// 50k elements, about 0.45 s (Chrome trace, session 43), for a list most visits never open. Since session 44 it is
// a combobox one types into (title, issuer, level, region, year), showing the first hits only.
function DocumentPicker() {
  const { t } = useTranslation();
  const { data } = useExplorerContext();
  const dispatch = useDispatch();
  const chosen = useExplorer((s) => s.scope.documents);
  const load = useCallback(() => documentOptions(data, (l) => t(`level.${l}`, { defaultValue: l })), [data, t]);
  return (
    <DocumentCombobox
      testId="filter-document"
      label={t('filter.document')}
      placeholder={`${t('filter.document')}…`}
      load={load}
      disabled={chosen}
      onChoose={(id) => dispatch(toggleScope('documents', id))}
    />
  );
}

function ScopePickers({ pick }: { pick: Pick }) {
  const { t } = useTranslation();
  const { data } = useExplorerContext();
  const scope = useExplorer((s) => s.scope);
  const options = useMemo(() => scopeOptions(data), [data]);
  return (
    <>
      <select data-testid="filter-region" aria-label={t('filter.region')} value="" onChange={pick('regions')}>
        <option value="">{t('filter.region')}…</option>
        {options.regions.map((r) => (
          <option key={r} value={r} disabled={scope.regions.includes(r)}>
            {r}
          </option>
        ))}
      </select>
      <select data-testid="filter-level" aria-label={t('filter.level')} value="" onChange={pick('levels')}>
        <option value="">{t('filter.level')}…</option>
        {options.levels.map((l) => (
          <option key={l} value={l} disabled={scope.levels.includes(l)}>
            {t(`level.${l}`, { defaultValue: l })}
          </option>
        ))}
      </select>
      <select data-testid="filter-year" aria-label={t('filter.year')} value="" onChange={pick('years')}>
        <option value="">{t('filter.year')}…</option>
        {options.years.map((y) => (
          <option key={y} value={y} disabled={scope.years.includes(y)}>
            {y}
          </option>
        ))}
      </select>
    </>
  );
}

function SizeBy() {
  const { t } = useTranslation();
  const { data } = useExplorerContext();
  const dispatch = useDispatch();
  const sizeBy = useExplorer((s) => s.sizeBy);
  const sizeAttrs = useMemo(() => numericAttributes(data), [data]);
  return (
    <label className="size-by">
      {t('filter.sizeBy')}{' '}
      <select data-testid="size-by" value={sizeBy} onChange={(e) => dispatch(setSizeBy(e.target.value))}>
        <option value="degree">{t('filter.degree')}</option>
        {sizeAttrs.map((a) => (
          <option key={a} value={a}>
            {t(`sizeAttr.${a}`, { defaultValue: a })}
          </option>
        ))}
      </select>
    </label>
  );
}
