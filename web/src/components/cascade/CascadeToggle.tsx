// The top bar's "Cascade" switch: opens the cascade view (on its last or default root) or closes it.
import { useTranslation } from 'react-i18next';
import { TopToggle } from '../TopToggle.js';
import { closeResearch, openResearch, useDispatch, useExplorer } from '../../state/index.js';

export function CascadeToggle() {
  const { t } = useTranslation();
  const dispatch = useDispatch();
  const open = useExplorer((s) => s.research.view === 'cascade');
  return (
    <TopToggle
      on={open}
      testId="cascade-toggle"
      title={t('research.cascadeTitle')}
      label={t('research.cascade')}
      onClick={() => dispatch(open ? closeResearch() : openResearch('cascade'))}
    />
  );
}
