// The explorer page: the graph fills the window; search and counts on top, the legend bottom
// left, the selected node on the right, the coverage-gaps view docked left, the Cypher console as
// a drawer.
import { useMemo } from 'react';
import type { Snapshot } from '../../../graph-schema/index.js';
import type { Health } from '../api/types.js';
import { CypherConsole } from '../components/CypherConsole.js';
import { GapsView } from '../components/gaps/GapsView.js';
import { Legend } from '../components/Legend.js';
import { SearchBox } from '../components/SearchBox.js';
import { SidePanel } from '../components/SidePanel.js';
import { ViewControls } from '../components/ViewControls.js';
import { graphFromSnapshot } from '../graph/policy-graph.js';
import { buildViewGraph } from '../graph/view-graph.js';
import { ExplorerProvider, createStore, toggleConsole, toggleGaps, useDispatch, useExplorer, useExplorerContext } from '../state/index.js';
import { GraphCanvas } from './GraphCanvas.js';
import { AppearanceController } from './controllers/AppearanceController.js';
import { CameraController } from './controllers/CameraController.js';
import { DebugController } from './controllers/DebugController.js';
import { EventsController } from './controllers/EventsController.js';
import { LayoutController } from './controllers/LayoutController.js';

export function Explorer({ snapshot, health }: { snapshot: Snapshot; health: Health }) {
  const value = useMemo(() => {
    const data = graphFromSnapshot(snapshot);
    return { store: createStore(), data, view: buildViewGraph(data), health };
  }, [snapshot, health]);
  return (
    <ExplorerProvider value={value}>
      <div className="app">
        <TopBar />
        <main className="stage">
          <GraphCanvas>
            <EventsController />
            <AppearanceController />
            <LayoutController />
            <CameraController />
            <DebugController />
            <ViewControls />
          </GraphCanvas>
          <Legend />
          <SidePanel />
          <GapsDrawer />
          <ConsoleDrawer />
        </main>
      </div>
    </ExplorerProvider>
  );
}

function TopBar() {
  const { data, health } = useExplorerContext();
  const dispatch = useDispatch();
  const consoleOpen = useExplorer((s) => s.consoleOpen);
  const gapsOpen = useExplorer((s) => s.gaps.open);
  const layoutRunning = useExplorer((s) => s.layoutRunning);
  const corpus = data.getAttribute('corpus');
  return (
    <header className="topbar">
      <div className="brand">
        <strong>policy-graph</strong>
        <span className="muted">政策知识图谱</span>
      </div>
      <SearchBox />
      <div className="stats" data-testid="stats">
        {data.order} nodes · {data.size} edges{corpus ? ` · ${corpus}` : ''}
        {layoutRunning && (
          <span className="layout-status" data-testid="layout-status">
            {' '}
            · laying out…
          </span>
        )}
      </div>
      <button
        type="button"
        className={gapsOpen ? 'toggle on' : 'toggle'}
        data-testid="gaps-toggle"
        aria-pressed={gapsOpen}
        title="Coverage gaps: what a lower-level plan leaves out of a higher-level one"
        onClick={() => dispatch(toggleGaps())}
      >
        Coverage gaps
      </button>
      <button
        type="button"
        className={consoleOpen ? 'toggle on' : 'toggle'}
        data-testid="console-toggle"
        aria-pressed={consoleOpen}
        title={health.cypher ? 'Query the graph in Neo4j' : health.cypherOff}
        onClick={() => dispatch(toggleConsole())}
      >
        Cypher {health.cypher ? '' : '(off)'}
      </button>
    </header>
  );
}

function GapsDrawer() {
  const open = useExplorer((s) => s.gaps.open);
  return open ? <GapsView /> : null;
}

function ConsoleDrawer() {
  const open = useExplorer((s) => s.consoleOpen);
  return open ? <CypherConsole /> : null;
}
