// ForceAtlas2 on demand only: the picture opens with the layout shipped with the graph; the
// "refine layout" button runs ForceAtlas2 in a web worker for a bounded time (or until stopped).
import { useEffect } from 'react';
import { runBoundedLayout } from '../../graph/layout.js';
import { setLayoutRunning, useDispatch, useExplorer, useExplorerContext } from '../../state/index.js';

export function LayoutController() {
  const { view } = useExplorerContext();
  const dispatch = useDispatch();
  const running = useExplorer((s) => s.layoutRunning);
  useEffect(() => {
    if (!running || view.order === 0) return;
    const layout = runBoundedLayout(view);
    void layout.done.then(() => dispatch(setLayoutRunning(false)));
    return () => layout.stop();
  }, [view, running, dispatch]);
  return null;
}
