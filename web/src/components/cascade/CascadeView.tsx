// The cascade view: choose a directive (or start from the selected measure), a region, and see the
// documents below it carry it out, level by level along a time axis (cascade.ts computes, cascade-
// layout.ts places, CascadeDiagram draws). As of the time slider's date.
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { cascadeFrom, cascadeRoots, cascadeSummary, citeSpans, defaultCascadeRoot, type CascadeLink } from '../../graph/cascade.js';
import { cascadePairs, groupedCascade } from '../../graph/cascade-pairs.js';
import { cascadeCsvName, cascadeLinksCsv } from '../../graph/cascade-csv.js';
import { downloadText } from '../download.js';
import { CASCADE_GEOMETRY as G, estimateLabelWidth, layoutCascade, openingScrollLeft } from '../../graph/cascade-layout.js';
import { lagSince } from '../../graph/later-version.js';
import { scopeOptions } from '../../graph/filters.js';
import {
  closeResearch,
  openEvidence,
  openResearch,
  readInSource,
  setCascadeAllLinks,
  setCascadeRegion,
  toggleCascadePair,
  useDispatch,
  useExplorer,
  useExplorerContext,
  useFocusNode,
} from '../../state/index.js';
import { CascadeDiagram, LINK_STYLES, linkLabel } from './CascadeDiagram.js';
import { DocumentCombobox } from '../DocumentCombobox.js';
import type { DocumentOption } from '../../graph/corpus-documents.js';
import { CascadePairs } from './CascadePairs.js';

export function CascadeView() {
  const { t } = useTranslation();
  const { data } = useExplorerContext();
  const dispatch = useDispatch();
  const focusNode = useFocusNode();
  const research = useExplorer((s) => s.research);
  const asOf = useExplorer((s) => s.asOf);
  const selected = useExplorer((s) => s.selected);
  const roots = useMemo(() => cascadeRoots(data), [data]);
  const regions = useMemo(() => scopeOptions(data).regions, [data]);
  const fallbackRoot = useMemo(() => defaultCascadeRoot(data, roots), [data, roots]);
  const root = research.cascade && data.hasNode(research.cascade) ? research.cascade : fallbackRoot;
  const cascade = useMemo(() => (root ? cascadeFrom(data, root, { region: research.cascadeRegion, asOf }) : null), [data, root, research.cascadeRegion, asOf]);
  // A document's cascade is drawn one link per pair of documents (a law's is hundreds of article links at once:
  // 616 implements and 83 partial for the 物业管理条例 family, session 24), a pair opened into its article links on
  // demand; every article link when the user asks. A measure's cascade is drawn link by link.
  const pairs = useMemo(() => (cascade ? cascadePairs(data, cascade) : []), [data, cascade]);
  const open = research.cascadeOpen;
  const byPair = !!cascade && cascade.root === cascade.rootDoc;
  const shown = useMemo(
    () => (cascade && byPair && !research.cascadeAllLinks ? groupedCascade(cascade, pairs, new Set(open)) : cascade),
    [cascade, byPair, research.cascadeAllLinks, pairs, open],
  );
  // Room for each link's label as the page's language writes it (session 34: a pair's label was drawn over the box
  // in the column before).
  const layout = useMemo(() => (shown ? layoutCascade(shown, { labelWidth: (l) => estimateLabelWidth(linkLabel(l, t)) }) : null), [shown, t]);
  const names = useMemo(() => new Map(cascade?.docs.map((d) => [d.id, d.name]) ?? []), [cascade]);
  // Pairs whose links go to a later text of a law than the one in force at the lower document's date: their lag runs
  // from that text (later-version.ts; session 34 trial: 新乡 2020 → 消防法 2021, 407 days from the 2019 amendment).
  const laterVersion = useMemo(() => {
    const out = new Map<string, string>();
    for (const p of pairs) {
      const flagged = p.links.some((l) => l.lower && l.higher && data.someEdge(l.lower, l.higher, (_, a) => a.type === 'IMPLEMENTS' && !!(a as { laterVersion?: boolean }).laterVersion));
      if (!flagged) continue;
      const [lo, hi] = [data.getNodeAttributes(p.lowerDoc), data.getNodeAttributes(p.higherDoc)];
      const since = lo.type === 'Document' && hi.type === 'Document' ? lagSince(hi, lo) : undefined;
      out.set(p.key, since ?? '');
    }
    return out;
  }, [data, pairs]);
  const selectedType = selected && data.hasNode(selected) ? data.getNodeAttribute(selected, 'type') : null;
  const canFollow = (selectedType === 'Document' || selectedType === 'Measure') && selected !== root;
  const rootIsMeasure = root && data.hasNode(root) && data.getNodeAttribute(root, 'type') === 'Measure';
  // The root picker is a combobox one types into (session 45): at 50k nodes the roots were thousands of <option>s, a
  // long task to open and no use without typing (the gap view's pickers, session 43). Each root worded level · date ·
  // title; a cited-only title beside its version in the corpus (消防法 2021 and the 消防法 older regulations cite) says so.
  const loadRoots = useCallback(
    (): DocumentOption[] =>
      roots.map((r) => {
        const year = r.date ? Number(r.date.slice(0, 4)) : undefined;
        return {
          id: r.id,
          name: r.name,
          ...(r.level ? { level: r.level } : {}),
          ...(year !== undefined && Number.isFinite(year) ? { year } : {}),
          label: `${r.level ? t(`level.${r.level}`) : '—'} · ${r.date ?? (r.inCorpus ? t('cascade.undated') : t('cascade.cited'))} · ${r.name}`,
        };
      }),
    [roots, t],
  );
  // What the closed picker shows: a measure root by its name, a document by its label.
  const rootText = useMemo(() => {
    if (!root || !data.hasNode(root)) return undefined;
    if (rootIsMeasure) return String(data.getNodeAttribute(root, 'name'));
    return loadRoots().find((o) => o.id === root)?.label ?? String(data.getNodeAttribute(root, 'name'));
  }, [root, rootIsMeasure, data, loadRoots]);
  // A citation (a citing document's link, or a pair of citations only) opens the citing document's reader at the places
  // that cite, marked, the first scrolled to (session 44, the provenance rule: one click to the sentence; before, it
  // selected the citing document). A citing document without a text in the page (none is, today) is selected.
  const readCitations = (lowerDoc: string, higherDoc: string) => {
    const { spans, first } = citeSpans(data, lowerDoc, higherDoc);
    const readable = (data.getNodeAttributes(lowerDoc) as { inCorpus?: boolean }).inCorpus === true;
    if (readable && spans.length > 0) dispatch(readInSource(first, lowerDoc, spans));
    else focusNode(lowerDoc);
  };
  const onLink = (l: CascadeLink) =>
    l.kind === 'cites'
      ? readCitations(l.lowerDoc, l.higherDoc)
      : l.pair
        ? dispatch(toggleCascadePair(l.pair.key))
        : l.lower && l.higher
          ? dispatch(openEvidence({ lower: l.lower, higher: l.higher }))
          : focusNode(l.lowerDoc);
  const summary = cascade ? cascadeSummary(cascade) : null;
  // The diagram opens on its root: a revised law's implementers mostly predate it, so its column can
  // be thousands of pixels to the right (消防法 2021 at x 3,069 of 4,906 in the 消防 family, session 21). It opens
  // scrolled to show the root and as many other boxes whole as fit beside the band names (openingScrollLeft, session
  // 39: the 节约能源法's opened centred, its 2017 implementers half out of sight); later layouts of the same root (a
  // pair opened) only bring the root back when it is out of sight.
  const body = useRef<HTMLDivElement>(null);
  const scrolledFor = useRef<string | null>(null);
  useEffect(() => {
    const box = layout?.boxes.find((b) => b.doc.id === cascade?.rootDoc);
    const el = body.current;
    if (!box || !el || !layout || !cascade) return;
    const { scrollLeft: left, clientWidth: width } = el;
    if (scrolledFor.current !== cascade.rootDoc) {
      scrolledFor.current = cascade.rootDoc;
      el.scrollLeft = openingScrollLeft(layout, cascade.rootDoc, width, G.bandLabel);
    } else if (box.x < left + G.bandLabel || box.x + box.width > left + width) el.scrollLeft = Math.max(0, box.x + box.width / 2 - width / 2);
  }, [layout, cascade]);
  return (
    <section className="research-panel" data-testid="cascade-view" aria-label={t('cascade.title')}>
      <header className="gaps-header">
        <h2>{t('cascade.title')}</h2>
        <p className="muted">{t('cascade.hint')}</p>
        <button type="button" className="close" data-testid="research-close" aria-label={t('research.close')} onClick={() => dispatch(closeResearch())}>
          ×
        </button>
      </header>
      <div className="research-controls">
        <label>
          <span className="gaps-picker-label">{t('cascade.root')}</span>
          <DocumentCombobox
            testId="cascade-root"
            label={t('cascade.root')}
            placeholder={t('cascade.chooseRoot')}
            load={loadRoots}
            value={root}
            valueText={rootText}
            onChoose={(id) => dispatch(openResearch('cascade', id))}
          />
        </label>
        <label>
          <span className="gaps-picker-label">{t('cascade.region')}</span>
          <select data-testid="cascade-region" value={research.cascadeRegion ?? ''} onChange={(e) => dispatch(setCascadeRegion(e.target.value || null))}>
            <option value="">{t('cascade.allRegions')}</option>
            {regions.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
        </label>
        {byPair && (
          <label>
            <span className="gaps-picker-label">{t('cascade.links')}</span>
            <select data-testid="cascade-links" value={research.cascadeAllLinks ? 'all' : 'pairs'} onChange={(e) => dispatch(setCascadeAllLinks(e.target.value === 'all'))}>
              <option value="pairs">{t('cascade.byPair')}</option>
              <option value="all">{t('cascade.allLinks')}</option>
            </select>
          </label>
        )}
        <button type="button" data-testid="cascade-follow" disabled={!canFollow} onClick={() => selected && dispatch(openResearch('cascade', selected))}>
          {t('cascade.fromSelection')}
        </button>
      </div>
      <div className="research-summary">
        {summary && (
          <span data-testid="cascade-summary">
            {t('cascade.summary', { ...summary, documents: t('cascade.documents', { count: summary.documents }), cites: t('cascade.citations', { count: summary.cites }) })}
            {asOf ? ` · ${t('time.asOf', { date: asOf })}` : ''}
          </span>
        )}
        {cascade && cascade.links.length > 0 && (
          // Every link of the cascade, what a researcher cites (session 36 trial: nothing of the chain could be saved).
          <button
            type="button"
            className="download"
            data-testid="cascade-download"
            title={t('cascadeCsv.downloadTitle')}
            onClick={() => {
              const rootPath = rootIsMeasure ? cascade.docs.flatMap((d) => d.measures).find((m) => m.id === cascade.root)?.path : undefined;
              const rootName = [names.get(cascade.rootDoc) ?? cascade.rootDoc, rootPath].filter(Boolean).join(' ');
              downloadText(cascadeCsvName(rootName), cascadeLinksCsv(cascade, (k) => t(`cascadeCsv.${k}`), laterVersion));
            }}
          >
            ↓ {t('cascadeCsv.download')}
          </button>
        )}
        <span className="cascade-legend">
          {(['implements', 'partial', 'cites'] as const).map((k) => (
            <span key={k}>
              <svg width={28} height={8} aria-hidden>
                <line x1={0} y1={4} x2={28} y2={4} stroke={LINK_STYLES[k].colour} strokeWidth={2.5} strokeDasharray={LINK_STYLES[k].dash} />
              </svg>{' '}
              {t(`cascade.kind.${k}`)}
            </span>
          ))}
        </span>
      </div>
      <div className="research-body" ref={body}>
        {!root || !cascade ? (
          <p className="gaps-note">{t('cascade.notRoot')}</p>
        ) : cascade.docs.length === 0 ? (
          <p className="gaps-note" data-testid="cascade-empty">
            {t('cascade.afterAsOf')}
          </p>
        ) : (
          <>
            {cascade.links.length === 0 && (
              <p className="gaps-note" data-testid="cascade-empty">
                {t('cascade.empty')}
              </p>
            )}
            {byPair && pairs.length > 0 && <CascadePairs pairs={pairs} names={names} laterVersion={laterVersion} open={open} onToggle={research.cascadeAllLinks ? undefined : (k) => dispatch(toggleCascadePair(k))} onCitations={(p) => readCitations(p.lowerDoc, p.higherDoc)} />}
            <CascadeDiagram layout={layout!} onLink={onLink} onNode={focusNode} selected={selected} />
          </>
        )}
      </div>
    </section>
  );
}
