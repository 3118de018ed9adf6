// Polls the server's health: whether the server answers and whether Cypher (Neo4j) is on. Fast
// while something is wrong, so the console recovers by itself within seconds. Renders nothing.
import { useEffect } from 'react';
import { api } from '../../api/client.js';
import type { Health } from '../../api/types.js';
import { setHealth, useExplorerContext, type HealthState } from '../../state/index.js';

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
        store.dispatch(setHealth(healthState(h)));
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

/** What the page keeps of the server's health. */
export function healthState(h: Health): HealthState {
  return {
    reachable: h.ok,
    cypher: h.cypher,
    ...(h.cypherOff ? { cypherOff: h.cypherOff } : {}),
    ...(h.neo4j?.state === 'loading' ? { loading: true } : {}),
  };
}
