// The top-bar buttons of the coverage matrix and the targets table, and the open one of the two.
import { useTranslation } from 'react-i18next';
import { toggleMatrix, toggleTargets, useDispatch, useExplorer } from '../../state/index.js';
import { TargetsView } from '../targets/TargetsView.js';
import { MatrixView } from './MatrixView.js';

export function ResearchToggles() {
  const { t } = useTranslation();
  const dispatch = useDispatch();
  const matrixOpen = useExplorer((s) => s.matrix.open);
  const targetsOpen = useExplorer((s) => s.targets.open);
  return (
    <>
      <button
        type="button"
        className={matrixOpen ? 'toggle on' : 'toggle'}
        data-testid="matrix-toggle"
        aria-pressed={matrixOpen}
        title={t('researchTop.matrixTitle')}
        onClick={() => dispatch(toggleMatrix())}
      >
        {t('researchTop.matrix')}
      </button>
      <button
        type="button"
        className={targetsOpen ? 'toggle on' : 'toggle'}
        data-testid="targets-toggle"
        aria-pressed={targetsOpen}
        title={t('researchTop.targetsTitle')}
        onClick={() => dispatch(toggleTargets())}
      >
        {t('researchTop.targets')}
      </button>
    </>
  );
}

export function ResearchDrawers() {
  const matrixOpen = useExplorer((s) => s.matrix.open);
  const targetsOpen = useExplorer((s) => s.targets.open);
  // The time slider's date (state.asOf, owned by the time view): the matrix as of that date.
  const asOf = useExplorer((s) => s.asOf);
  return matrixOpen ? <MatrixView asOf={asOf} /> : targetsOpen ? <TargetsView /> : null;
}
