// Loads the server's health and the snapshot, then shows the explorer (or why it cannot).
import { useEffect, useState } from 'react';
import type { Snapshot } from '../../../graph-schema/index.js';
import { api } from '../api/client.js';
import type { Health } from '../api/types.js';
import { Explorer } from './Explorer.js';

type Loaded = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; snapshot: Snapshot; health: Health };

export function App() {
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    Promise.all([api.snapshot(), api.health()]).then(
      ([snapshot, health]) => live && setLoaded({ state: 'ready', snapshot, health }),
      (e: Error) => live && setLoaded({ state: 'error', message: e.message }),
    );
    return () => {
      live = false;
    };
  }, []);
  if (loaded.state === 'loading') return <div className="splash" data-testid="loading">Loading the policy graph… 加载中</div>;
  if (loaded.state === 'error') {
    return (
      <div className="splash error" data-testid="load-error">
        Could not load the graph: {loaded.message}
      </div>
    );
  }
  return <Explorer snapshot={loaded.snapshot} health={loaded.health} />;
}
