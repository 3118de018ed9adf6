// Zoom in, zoom out, fit (always brings back every visible node) and, on demand, ForceAtlas2.
import { getCameraStateToFitViewportToNodes } from '@sigma/utils';
import { useTranslation } from 'react-i18next';
import type Sigma from 'sigma';
import { setLayoutRunning, useDispatch, useExplorer } from '../state/index.js';
import { useSigma } from '../views/GraphCanvas.js';

export function ViewControls() {
  const { t } = useTranslation();
  const sigma = useSigma();
  const dispatch = useDispatch();
  const running = useExplorer((s) => s.layoutRunning);
  const camera = sigma.getCamera();
  const fit = () => {
    const shown = sigma.getGraph().filterNodes((n) => sigma.getNodeDisplayData(n)?.hidden === false);
    if (!shown.length || shown.length === sigma.getGraph().order) return void camera.animatedReset({ duration: 300 });
    void camera.animate(getCameraStateToFitViewportToNodes(sigma as unknown as Sigma, shown), { duration: 300 });
  };
  return (
    <div className="view-controls" role="group" aria-label={t('view.group')}>
      <button type="button" data-testid="zoom-in" title={t('view.zoomIn')} onClick={() => void camera.animatedZoom({ duration: 250 })}>
        +
      </button>
      <button type="button" data-testid="zoom-out" title={t('view.zoomOut')} onClick={() => void camera.animatedUnzoom({ duration: 250 })}>
        −
      </button>
      <button type="button" data-testid="reset-view" title={t('view.fit')} onClick={fit}>
        ⤢
      </button>
      <button
        type="button"
        data-testid="layout-toggle"
        className={running ? 'on' : undefined}
        aria-pressed={running}
        title={running ? t('view.layoutStop') : t('view.layoutRun')}
        onClick={() => dispatch(setLayoutRunning(!running))}
      >
        {running ? '■' : '✱'}
      </button>
    </div>
  );
}
