// Keeps the URL in step with the store: a step (selection, view, filter, gap choice, a run)
// pushes a history entry, camera moves and typing replace the current one; back and forward
// put the store back where the URL says. Renders nothing.
import { useEffect } from 'react';
import { applyQuery, stateToQuery, urlChange, useExplorerContext } from '../../state/index.js';

export function UrlController() {
  const { store } = useExplorerContext();
  useEffect(() => {
    let first = true;
    const sync = () => {
      const query = stateToQuery(store.getState());
      const current = window.location.search.replace(/^\?/, '');
      // The first write only tidies the URL the page was opened with: no new history entry.
      const change = first ? (current === query ? null : 'replace') : urlChange(current, query);
      first = false;
      if (!change) return;
      const url = `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
      if (change === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    };
    const onPop = () => store.dispatch(applyQuery(window.location.search));
    // The first render may have normalised the URL (unknown values dropped): write it back.
    sync();
    const unsubscribe = store.subscribe(sync);
    window.addEventListener('popstate', onPop);
    return () => {
      unsubscribe();
      window.removeEventListener('popstate', onPop);
    };
  }, [store]);
  return null;
}
