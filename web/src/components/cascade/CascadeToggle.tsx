// The top bar's "Cascade" switch: opens the cascade view (on its last or default root) or closes it.
import { useTranslation } from 'react-i18next';
import { closeResearch, openResearch, useDispatch, useExplorer } from '../../state/index.js';

export function CascadeToggle() {
  const { t } = useTranslation();
  const dispatch = useDispatch();
  const open = useExplorer((s) => s.research.view === 'cascade');
  return (
    <button
      type="button"
      className={open ? 'toggle on' : 'toggle'}
      data-testid="cascade-toggle"
      aria-pressed={open}
      title={t('research.cascadeTitle')}
      onClick={() => dispatch(open ? closeResearch() : openResearch('cascade'))}
    >
      {t('research.cascade')}
    </button>
  );
}
