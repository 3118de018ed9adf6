// Loads the server's health and the compact graph (built in chunks, the page stays responsive),
// then shows the explorer (or why it cannot). The view payload comes first: the graph is drawn
// on the loading screen (GraphPreview) while the data graph is still on its way, and the
// explorer takes that drawing over.
import { Suspense, lazy, startTransition, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.js';
import type { Health } from '../api/types.js';
import type { PolicyGraph } from '../graph/policy-graph.js';
import { buildViewGraphAsync, type ViewGraph } from '../graph/view-graph.js';
import { viewGraphFromPayload } from '../graph/view-payload.js';
import { mark } from '../perf.js';
import { loadGraph } from '../workers/graph-payload.js';
import { LoadingSearchBox } from '../components/SearchBox.js';

// The explorer's code (sigma, panels, controllers) is its own chunk, fetched while the graph
// downloads: the first paint (search box, loading line) waits for none of it.
const loadExplorer = () => import('./Explorer.js').then((m) => ({ default: m.Explorer }));
const Explorer = lazy(loadExplorer);
// Sigma's code, for the drawing on the loading screen (fetched at once, beside the graph).
const loadPreview = () => import('./GraphPreview.js').then((m) => ({ default: m.GraphPreview }));
const GraphPreview = lazy(loadPreview);

/** Every knob of the loading order, in one place. */
export const LOAD_OPTIONS = {
  /**
   * The data graph's building waits for the first drawing (both share the page's thread), but no
   * longer than this after the view is in (a drawing that fails lets it go at once: GraphPreview).
   */
  drawFirstMaxMs: 30_000,
} as const;

type Loaded =
  | { state: 'loading'; step: 'download' | 'build' }
  | { state: 'error'; message: string }
  | { state: 'ready'; data: PolicyGraph; view: ViewGraph; health: Health };

/** A health answer for when the server's health route fails while the graph loads. */
const UNKNOWN_HEALTH: Health = { ok: false, cypher: false, counts: { nodes: 0, edges: 0, byType: {} } };

/**
 * The loading screen's stage, where the graph will be drawn: the page below the top bar and the
 * filter bar's place (the explorer's stage: sigma's canvases are made at the size they keep).
 */
function stageSize(): { width: number; height: number } {
  const app = document.querySelector<HTMLElement>('.app');
  if (!app) return { width: window.innerWidth, height: window.innerHeight };
  const bars = [...app.children].filter((c): c is HTMLElement => c instanceof HTMLElement && (c.classList.contains('topbar') || c.classList.contains('filter-bar')));
  return { width: app.clientWidth, height: app.clientHeight - bars.reduce((sum, b) => sum + b.offsetHeight, 0) };
}

export function App() {
  const { t } = useTranslation();
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading', step: 'download' });
  const [pending, setPending] = useState<{ id: string; name: string } | null>(null);
  // A node chosen in the search while loading goes into the URL (choose, below): the explorer opens on it.
  const [preview, setPreview] = useState<ViewGraph | null>(null);
  // Resolved when the preview's nodes are drawn: the data graph's building starts then.
  const drawnFirst = useRef<() => void>(() => {});
  useEffect(() => {
    let live = true;
    void loadExplorer();
    // Sigma's WebGL contexts are made while the graph downloads (sigma-host.ts, prepareSigma).
    void import('./GraphPreview.js').then((m) => m.prepareSigma(stageSize())).catch(() => undefined);
    (async () => {
      const received = () => {
        mark('graphReceived');
        if (live) setLoaded({ state: 'loading', step: 'build' });
      };
      const gate = new Promise<void>((r) => (drawnFirst.current = r));
      let viewReady: Promise<ViewGraph> | null = null;
      const onView = (payload: Parameters<typeof viewGraphFromPayload>[0]) => {
        mark('viewReceived');
        setTimeout(() => drawnFirst.current(), LOAD_OPTIONS.drawFirstMaxMs);
        viewReady = viewGraphFromPayload(payload);
        void viewReady.then((v) => {
          mark('viewBuilt');
          if (live) setPreview(v);
        });
      };
      // Downloaded and parsed in a worker, built here a time slice at a time.
      const [{ graph, positions }, health] = await Promise.all([loadGraph({ onReceived: received, onView, gate }), api.health().catch(() => UNKNOWN_HEALTH)]);
      if (!live) return;
      mark('dataBuilt');
      // Without a view payload (no worker): the view from the data graph.
      const view = await (viewReady ?? buildViewGraphAsync(graph, positions));
      mark('viewBuilt');
      // A transition: React renders the explorer's first mount in slices of a few milliseconds
      // (a default update is one task: at 50k nodes the legend's and the filter bar's counts over
      // every node and edge, and their 1,400 options, were one 0.3-0.75 s task after the data
      // graph was built; bench trace, session 15). The loading screen stays until it is committed.
      if (live) startTransition(() => setLoaded({ state: 'ready', data: graph, view, health }));
    })().catch((e: Error) => live && setLoaded({ state: 'error', message: e.message }));
    return () => {
      live = false;
    };
  }, []);
  const onPreviewDrawn = useRef(() => drawnFirst.current()).current;
  // The URL now, not in an effect after the next commit: the explorer, rendered in a transition, reads it when it mounts
  // (session 41: a choice made as the loading page gave way must not be dropped).
  const choose = useRef((id: string, name: string) => {
    const url = new URL(window.location.href);
    url.searchParams.set('node', id);
    url.searchParams.delete('cam');
    window.history.replaceState(window.history.state, '', url);
    setPending({ id, name });
  }).current;
  const note = (step: 'download' | 'build') => (
    <span>
      {t(step === 'download' ? 'load.download' : 'load.build')}
      {pending && (
        <>
          <br />
          <span data-testid="pending-node">{t('load.opensWhenReady', { name: pending.name })}</span>
        </>
      )}
    </span>
  );
  const loading = (step: 'download' | 'build') => (
    // Search works while the graph loads (the server's index); a choice opens when it is ready.
    <div className="app">
      <header className="topbar">
        <div className="brand">
          <strong>policy-graph</strong>
          <span className="muted">{t('app.subtitle')}</span>
        </div>
        <LoadingSearchBox onChoose={choose} />
      </header>
      {/* The filter bar's place, kept empty: the stage below has the explorer's size, so the graph drawn
          here is not redrawn at another size when the explorer takes it over (its six canvases
          reallocated and cleared, and the frame's commit waiting for them, in the explorer's first task). */}
      <div className="filter-bar" aria-hidden="true" data-testid="filter-bar-place" />
      {preview ? (
        <main className="stage">
          <Suspense fallback={null}>
            <GraphPreview view={preview} onNodesDrawn={onPreviewDrawn} onChoose={choose} />
          </Suspense>
          <div className="loading-note" data-testid="loading">
            {note(step)}
          </div>
        </main>
      ) : (
        <div className="splash" data-testid="loading">
          {note(step)}
        </div>
      )}
    </div>
  );
  if (loaded.state === 'loading') return loading(loaded.step);
  if (loaded.state === 'error') {
    return (
      <div className="splash error" data-testid="load-error">
        {t('load.error', { message: loaded.message })}
      </div>
    );
  }
  return (
    <Suspense fallback={loading('build')}>
      <Explorer data={loaded.data} view={loaded.view} health={loaded.health} />
    </Suspense>
  );
}
