// The whole view in the URL: a copied link reproduces what the user saw, back and forward step
// through selections and views, a reload changes nothing. Pure: state ⇄ query string.
//   node      the selected node (its side panel is open)
//   view      console and/or gaps (the open drawers)
//   hide      hidden node types;  doc, region, level, year  scope filters (repeated)
//   size      node size attribute (absent: degree)
//   cam       camera x,y,ratio
//   higher, lower, gapsOnly   the gap view's choice
//   q, canned, p.<name>, run  the console's query (left out while it is the canned query's own
//             text: canned names it), canned query, its inputs, and whether it ran
//   (cview) view=cascade|reader, cascade, cascadeRegion, cascadeLinks=all (every article link), cascadeOpen
//             (pairs of documents opened, repeated), reader, passage=<start>-<end> (the reader's marked passages,
//             repeated), evidence=<lower>~<higher>, asOf
import { NODE_TYPES } from '../../../graph-schema/kinds.js';
import type { NodeType } from '../../../graph-schema/index.js';
import { initialState, type CameraView, type ExplorerState, type Producer } from './explorer-state.js';
import { RESEARCH_STEP_KEYS, researchFromQuery, researchToQuery, researchViews } from './research-state.js';

/** Keys whose change is a step the user may want to go back to (pushState); others replace. */
const STEP_KEYS = ['node', 'view', 'hide', 'doc', 'region', 'level', 'year', 'size', 'higher', 'lower', 'gapsOnly', 'canned', 'run', ...RESEARCH_STEP_KEYS, 'cascade', 'cascadeRegion', 'cascadeLinks', 'cascadeOpen', 'reader', 'passage', 'evidence'];

const CAMERA_DIGITS = 4;

export function cameraParam(c: CameraView): string {
  const r = (v: number) => String(Number(v.toFixed(CAMERA_DIGITS)));
  return `${r(c.x)},${r(c.y)},${r(c.ratio)}`;
}

export function parseCamera(text: string | null): CameraView | null {
  if (!text) return null;
  const [x, y, ratio] = text.split(',').map(Number);
  if (![x, y, ratio].every(Number.isFinite) || ratio <= 0) return null;
  return { x, y, ratio };
}

/** The query string (without '?') for a state; parameters in a fixed order, defaults left out. */
export function stateToQuery(s: ExplorerState): string {
  const p = new URLSearchParams();
  if (s.selected) p.set('node', s.selected);
  const views = [...([s.consoleOpen && 'console', s.gaps.open && 'gaps', s.research.view].filter(Boolean) as string[]), ...researchViews(s)];
  if (views.length) p.set('view', views.join(','));
  if (s.hiddenTypes.size) p.set('hide', [...s.hiddenTypes].sort().join(','));
  for (const d of s.scope.documents) p.append('doc', d);
  for (const r of s.scope.regions) p.append('region', r);
  for (const l of s.scope.levels) p.append('level', l);
  for (const y of s.scope.years) p.append('year', String(y));
  if (s.sizeBy !== initialState.sizeBy) p.set('size', s.sizeBy);
  if (s.gaps.higher) p.set('higher', s.gaps.higher);
  if (s.gaps.lower) p.set('lower', s.gaps.lower);
  if (s.gaps.gapsOnly) p.set('gapsOnly', '1');
  if (s.console.query !== (s.console.canned ? s.console.cannedCypher : initialState.console.query)) p.set('q', s.console.query);
  if (s.console.canned) p.set('canned', s.console.canned);
  for (const [k, v] of Object.entries(s.console.params).sort()) p.set(`p.${k}`, v);
  if (s.console.run > 0) p.set('run', '1');
  researchToQuery(s, p);
  cviewToQuery(s, p);
  if (s.camera) p.set('cam', cameraParam(s.camera));
  return p.toString();
}

/** The view a query string describes (missing parts: defaults). Unknown values are dropped. */
export function queryToState(query: string, base: ExplorerState = initialState): ExplorerState {
  const p = new URLSearchParams(query);
  const views = new Set((p.get('view') ?? '').split(',').filter(Boolean));
  const types = new Set<string>(NODE_TYPES);
  const hidden = new Set((p.get('hide') ?? '').split(',').filter((t): t is NodeType => types.has(t)));
  const params: Record<string, string> = {};
  for (const [k, v] of p) if (k.startsWith('p.')) params[k.slice(2)] = v;
  const selected = p.get('node');
  return {
    ...base,
    selected,
    hovered: null,
    // A linked node is framed when there is no camera in the link.
    focus: selected && !p.get('cam') ? { node: selected, seq: (base.focus?.seq ?? 0) + 1 } : base.focus,
    consoleOpen: views.has('console'),
    hiddenTypes: hidden,
    scope: {
      documents: p.getAll('doc'),
      regions: p.getAll('region'),
      levels: p.getAll('level'),
      years: p.getAll('year').map(Number).filter(Number.isInteger),
    },
    sizeBy: p.get('size') ?? initialState.sizeBy,
    gaps: { open: views.has('gaps'), higher: p.get('higher'), lower: p.get('lower'), gapsOnly: p.get('gapsOnly') === '1' },
    console: {
      // A canned query without text: its own text, filled in by the console from the server's list.
      query: p.get('q') ?? (p.get('canned') ? '' : initialState.console.query),
      canned: p.get('canned'),
      cannedCypher: p.get('canned') && !p.has('q') ? '' : null,
      params,
      run: p.get('run') === '1' ? Math.max(1, base.console.run + 1) : 0,
    },
    camera: parseCamera(p.get('cam')),
    ...researchFromQuery(p, views),
    ...cviewFromQuery(p, views),
  };
}

// --- research views (cview, issue 14) ---
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function cviewToQuery(s: ExplorerState, p: URLSearchParams): void {
  if (s.research.cascade) p.set('cascade', s.research.cascade);
  if (s.research.cascadeRegion) p.set('cascadeRegion', s.research.cascadeRegion);
  if (s.research.cascadeAllLinks) p.set('cascadeLinks', 'all');
  for (const k of s.research.cascadeOpen) p.append('cascadeOpen', k);
  if (s.research.reader) p.set('reader', s.research.reader);
  if (s.research.reader) for (const [a, b] of s.research.readerSpans) p.append('passage', `${a}-${b}`);
  if (s.evidence) p.set('evidence', `${s.evidence.lower}~${s.evidence.higher}`);
  if (s.asOf) p.set('asOf', s.asOf);
}

/** `12-30` → [[12, 30]]; anything else → []. */
function parseSpan(text: string): [number, number][] {
  const m = /^(\d{1,9})-(\d{1,9})$/.exec(text);
  return m && Number(m[2]) > Number(m[1]) ? [[Number(m[1]), Number(m[2])]] : [];
}

function cviewFromQuery(p: URLSearchParams, views: ReadonlySet<string>): Pick<ExplorerState, 'research' | 'evidence' | 'asOf'> {
  const ev = p.get('evidence') ?? '';
  // Ids may hold '~' (doc:<title>~<hash>); a measure id starts with doc:, so cut before the second one.
  const at = ev.indexOf('~doc:');
  const cut = at >= 0 ? at : ev.indexOf('~');
  const asOf = p.get('asOf');
  return {
    research: {
      view: views.has('cascade') ? 'cascade' : views.has('reader') ? 'reader' : null,
      cascade: p.get('cascade'),
      cascadeRegion: p.get('cascadeRegion'),
      cascadeAllLinks: p.get('cascadeLinks') === 'all',
      cascadeOpen: p.getAll('cascadeOpen'),
      reader: p.get('reader'),
      readerSpans: p.get('reader') ? p.getAll('passage').flatMap(parseSpan) : [],
    },
    evidence: cut > 0 && cut < ev.length - 1 ? { lower: ev.slice(0, cut), higher: ev.slice(cut + 1) } : null,
    asOf: asOf && DATE.test(asOf) ? asOf : null,
  };
}

/** Replace the view with the one a URL describes (back/forward); layout and health stay. */
export const applyQuery =
  (query: string): Producer =>
  (s) => {
    const next = queryToState(query, s);
    // The same URL means nothing to do (keeps the console from re-running on a camera replace).
    return stateToQuery(next) === stateToQuery(s) ? s : { ...next, console: { ...next.console, run: next.console.run ? s.console.run || 1 : 0 } };
  };

/** 'push' when a step key differs between two query strings, 'replace' when only camera/text did, null when equal. */
export function urlChange(before: string, after: string): 'push' | 'replace' | null {
  if (before === after) return null;
  const a = new URLSearchParams(before);
  const b = new URLSearchParams(after);
  const params = Object.keys(Object.fromEntries([...a, ...b]));
  const step = params.some((k) => STEP_KEYS.includes(k) && a.getAll(k).join('\u0000') !== b.getAll(k).join('\u0000'));
  return step ? 'push' : 'replace';
}
