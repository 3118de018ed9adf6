// Loads the server's health and the compact graph (built in chunks, the page stays responsive),
// then shows the explorer (or why it cannot).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.js';
import type { Health } from '../api/types.js';
import { decodePayload } from '../graph/payload.js';
import type { PolicyGraph } from '../graph/policy-graph.js';
import { buildViewGraphAsync, type ViewGraph } from '../graph/view-graph.js';
import { mark } from '../perf.js';
import { Explorer } from './Explorer.js';

type Loaded =
  | { state: 'loading'; step: 'download' | 'build' }
  | { state: 'error'; message: string }
  | { state: 'ready'; data: PolicyGraph; view: ViewGraph; health: Health };

/** A health answer for when the server's health route fails while the graph loads. */
const UNKNOWN_HEALTH: Health = { ok: false, cypher: false, counts: { nodes: 0, edges: 0, byType: {} } };

export function App() {
  const { t } = useTranslation();
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading', step: 'download' });
  useEffect(() => {
    let live = true;
    (async () => {
      const [payload, health] = await Promise.all([api.graph(), api.health().catch(() => UNKNOWN_HEALTH)]);
      if (!live) return;
      mark('graphReceived');
      setLoaded({ state: 'loading', step: 'build' });
      const { graph, positions } = await decodePayload(payload);
      mark('dataBuilt');
      const view = await buildViewGraphAsync(graph, positions);
      mark('viewBuilt');
      if (live) setLoaded({ state: 'ready', data: graph, view, health });
    })().catch((e: Error) => live && setLoaded({ state: 'error', message: e.message }));
    return () => {
      live = false;
    };
  }, []);
  if (loaded.state === 'loading') {
    return (
      <div className="splash" data-testid="loading">
        {t(loaded.step === 'download' ? 'load.download' : 'load.build')}
      </div>
    );
  }
  if (loaded.state === 'error') {
    return (
      <div className="splash error" data-testid="load-error">
        {t('load.error', { message: loaded.message })}
      </div>
    );
  }
  return <Explorer data={loaded.data} view={loaded.view} health={loaded.health} />;
}
