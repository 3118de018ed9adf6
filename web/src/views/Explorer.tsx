// The explorer page: the graph fills the window; search, filters, exports and counts on top, the
// legends bottom left, the selected node on the right, the coverage-gaps view docked left, the
// Cypher console as a drawer. The store starts from the URL and keeps it in step.
import { Suspense, lazy, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { localReason } from '../i18n/reason.js';
import type { Health } from '../api/types.js';
import { ExportMenu } from '../components/ExportMenu.js';
import { FilterBar } from '../components/FilterBar.js';
import { EvidenceDrawer } from '../components/evidence/EvidenceDrawer.js';
import { CascadeToggle } from '../components/cascade/CascadeToggle.js';
import { TimeBar } from '../components/time/TimeBar.js';
import { LanguageSwitch } from '../components/LanguageSwitch.js';
import { Legend } from '../components/Legend.js';
import { ResearchDrawers, ResearchToggles } from '../components/matrix/ResearchViews.js';
import { TopToggle } from '../components/TopToggle.js';
import { SearchBox } from '../components/SearchBox.js';
import { SidePanel } from '../components/SidePanel.js';
import { ViewControls } from '../components/ViewControls.js';
import type { PolicyGraph } from '../graph/policy-graph.js';
import type { ViewGraph } from '../graph/view-graph.js';
import { ExplorerProvider, createStore, initialState, queryToState, toggleConsole, toggleGaps, useDispatch, useExplorer, useExplorerContext } from '../state/index.js';
import { GraphCanvas } from './GraphCanvas.js';

// The drawers load when first opened (their own chunks): the page starts on the graph's code alone.
const CypherConsole = lazy(() => import('../components/CypherConsole.js').then((m) => ({ default: m.CypherConsole })));
const GapsView = lazy(() => import('../components/gaps/GapsView.js').then((m) => ({ default: m.GapsView })));
const CascadeView = lazy(() => import('../components/cascade/CascadeView.js').then((m) => ({ default: m.CascadeView })));
const ReaderView = lazy(() => import('../components/reader/ReaderView.js').then((m) => ({ default: m.ReaderView })));

/** A lazily loaded drawer: nothing until its code is in. */
function Drawer({ children }: { children: ReactNode }) {
  return <Suspense fallback={null}>{children}</Suspense>;
}
import { AppearanceController } from './controllers/AppearanceController.js';
import { CameraController } from './controllers/CameraController.js';
import { DebugController } from './controllers/DebugController.js';
import { EventsController } from './controllers/EventsController.js';
import { HealthController, healthState } from './controllers/HealthController.js';
import { LayoutController } from './controllers/LayoutController.js';
import { UrlController } from './controllers/UrlController.js';

export function Explorer({ data, view, health }: { data: PolicyGraph; view: ViewGraph; health: Health }) {
  const value = useMemo(() => {
    const start = queryToState(window.location.search, {
      ...initialState,
      health: healthState(health),
    });
    // A link to a node that is not in this graph opens on the whole graph.
    if (start.selected && !data.hasNode(start.selected)) Object.assign(start, { selected: null, focus: null });
    return { store: createStore(start), data, view };
  }, [data, view, health]);
  return (
    <ExplorerProvider value={value}>
      <div className="app">
        <TopBar />
        <FilterBar />
        <main className="stage">
          <GraphCanvas>
            <EventsController />
            <AppearanceController />
            <LayoutController />
            <CameraController />
            <DebugController />
            <ViewControls />
          </GraphCanvas>
          <UrlController />
          <HealthController />
          <Legend />
          <SidePanel />
          <GapsDrawer />
          <ResearchDrawers />
          <ConsoleDrawer />
          <ResearchDrawer />
          <TimeBar />
          <EvidenceDrawer />
        </main>
      </div>
    </ExplorerProvider>
  );
}

function TopBar() {
  const { t } = useTranslation();
  const { data } = useExplorerContext();
  const dispatch = useDispatch();
  const consoleOpen = useExplorer((s) => s.consoleOpen);
  const gapsOpen = useExplorer((s) => s.gaps.open);
  const layoutRunning = useExplorer((s) => s.layoutRunning);
  const health = useExplorer((s) => s.health);
  const cypherOn = health.reachable && health.cypher;
  return (
    <header className="topbar">
      <div className="brand">
        <strong>policy-graph</strong>
        <span className="muted">{t('app.subtitle')}</span>
      </div>
      <SearchBox />
      <div className="stats" data-testid="stats">
        <span className="stats-counts">{t('stats.counts', { nodes: data.order, edges: data.size })}</span>
        {layoutRunning && (
          <span className="layout-status" data-testid="layout-status">
            {' · '}
            {t('stats.layingOut')}
          </span>
        )}
      </div>
      <ExportMenu />
      <ResearchToggles />
      <CascadeToggle />
      <TopToggle on={gapsOpen} testId="gaps-toggle" title={t('top.gapsTitle')} label={t('top.gaps')} onClick={() => dispatch(toggleGaps())} />
      <TopToggle
        on={consoleOpen}
        testId="console-toggle"
        title={cypherOn ? t('top.cypherTitle') : (health.cypherOff ? localReason(health.cypherOff, t) : t('console.off'))}
        label={cypherOn ? t('top.cypher') : health.loading ? t('top.cypherLoading') : t('top.cypherOff')}
        onClick={() => dispatch(toggleConsole())}
      />
      <LanguageSwitch />
    </header>
  );
}

function GapsDrawer() {
  const open = useExplorer((s) => s.gaps.open);
  return open ? <Drawer><GapsView /></Drawer> : null;
}

// Research views (cview, issue 14): the cascade or the reader, one at a time.
function ResearchDrawer() {
  const view = useExplorer((s) => s.research.view);
  return view === 'cascade' ? <Drawer><CascadeView /></Drawer> : view === 'reader' ? <Drawer><ReaderView /></Drawer> : null;
}

function ConsoleDrawer() {
  const open = useExplorer((s) => s.consoleOpen);
  return open ? <Drawer><CypherConsole /></Drawer> : null;
}
