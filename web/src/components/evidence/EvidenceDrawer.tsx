// The evidence view as the store (and so the URL, `evidence=<lower>~<higher>`) says: opened from a
// measure's lists, a cascade edge or a matrix cell; a reload or a copied link reopens it, back and
// forward close and reopen it.
import { openEvidence, useDispatch, useExplorer, useExplorerContext } from '../../state/index.js';
import { Suspense, lazy } from 'react';

// Its own chunk, loaded when evidence is first opened.
const EvidenceView = lazy(() => import('./EvidenceView.js').then((m) => ({ default: m.EvidenceView })));

export function EvidenceDrawer() {
  const { data } = useExplorerContext();
  const dispatch = useDispatch();
  const pair = useExplorer((s) => s.evidence);
  if (!pair || !data.hasNode(pair.lower) || !data.hasNode(pair.higher)) return null;
  return (
    <Suspense fallback={null}>
      <EvidenceView key={`${pair.lower}\u0000${pair.higher}`} link={pair} onClose={() => dispatch(openEvidence(null))} />
    </Suspense>
  );
}
