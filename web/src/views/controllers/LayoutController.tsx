// Runs ForceAtlas2 once per view graph for a bounded time; sigma redraws as positions move.
import { useEffect } from 'react';
import { runBoundedLayout } from '../../graph/layout.js';
import { setLayoutRunning, useDispatch, useExplorerContext } from '../../state/index.js';

export function LayoutController() {
  const { view } = useExplorerContext();
  const dispatch = useDispatch();
  useEffect(() => {
    if (view.order === 0) return;
    const layout = runBoundedLayout(view);
    dispatch(setLayoutRunning(true));
    void layout.done.then(() => dispatch(setLayoutRunning(false)));
    return () => layout.stop();
  }, [view, dispatch]);
  return null;
}
