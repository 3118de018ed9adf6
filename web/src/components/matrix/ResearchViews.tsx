// The top-bar buttons of the coverage matrix and the targets table, and the open one of the two.
import { Suspense, lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { toggleMatrix, toggleTargets, useDispatch, useExplorer } from '../../state/index.js';
import { TopToggle } from '../TopToggle.js';

// Loaded when first opened (the map's geometry and the matrix are their own chunks).
const TargetsView = lazy(() => import('../targets/TargetsView.js').then((m) => ({ default: m.TargetsView })));
const MatrixView = lazy(() => import('./MatrixView.js').then((m) => ({ default: m.MatrixView })));

export function ResearchToggles() {
  const { t } = useTranslation();
  const dispatch = useDispatch();
  const matrixOpen = useExplorer((s) => s.matrix.open);
  const targetsOpen = useExplorer((s) => s.targets.open);
  return (
    <>
      <TopToggle on={matrixOpen} testId="matrix-toggle" title={t('researchTop.matrixTitle')} label={t('researchTop.matrix')} onClick={() => dispatch(toggleMatrix())} />
      <TopToggle on={targetsOpen} testId="targets-toggle" title={t('researchTop.targetsTitle')} label={t('researchTop.targets')} onClick={() => dispatch(toggleTargets())} />
    </>
  );
}

export function ResearchDrawers() {
  const matrixOpen = useExplorer((s) => s.matrix.open);
  const targetsOpen = useExplorer((s) => s.targets.open);
  // The time slider's date (state.asOf, owned by the time view): the matrix as of that date.
  const asOf = useExplorer((s) => s.asOf);
  return <Suspense fallback={null}>{matrixOpen ? <MatrixView asOf={asOf} /> : targetsOpen ? <TargetsView /> : null}</Suspense>;
}
