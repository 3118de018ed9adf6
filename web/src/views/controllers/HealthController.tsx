// Polls the server's health: whether the server answers and whether Cypher (Neo4j) is on. Fast
// while something is wrong, so the console recovers by itself within seconds. Renders nothing.
import { useEffect } from 'react';
import { api } from '../../api/client.js';
import { setHealth, useExplorerContext } from '../../state/index.js';

export const HEALTH_POLL_MS = { ok: 5000, trouble: 2000 } as const;

export function HealthController() {
  const { store } = useExplorerContext();
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let live = true;
    const poll = async () => {
      try {
        const h = await api.health();
        if (!live) return;
        store.dispatch(setHealth({ reachable: true, cypher: h.cypher, ...(h.cypherOff ? { cypherOff: h.cypherOff } : {}) }));
      } catch {
        if (!live) return;
        store.dispatch(setHealth({ reachable: false, cypher: false }));
      }
      const { health } = store.getState();
      timer = setTimeout(poll, health.reachable && health.cypher ? HEALTH_POLL_MS.ok : HEALTH_POLL_MS.trouble);
    };
    timer = setTimeout(poll, HEALTH_POLL_MS.trouble);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [store]);
  return null;
}
