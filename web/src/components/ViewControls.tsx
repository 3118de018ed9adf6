// Zoom in, zoom out and show the whole graph: for users without a scroll wheel.
import { useSigma } from '../views/GraphCanvas.js';

export function ViewControls() {
  const sigma = useSigma();
  const camera = sigma.getCamera();
  return (
    <div className="view-controls" role="group" aria-label="View">
      <button type="button" data-testid="zoom-in" title="Zoom in" onClick={() => void camera.animatedZoom({ duration: 250 })}>
        +
      </button>
      <button type="button" data-testid="zoom-out" title="Zoom out" onClick={() => void camera.animatedUnzoom({ duration: 250 })}>
        −
      </button>
      <button type="button" data-testid="reset-view" title="Show the whole graph" onClick={() => void camera.animatedReset({ duration: 300 })}>
        ⤢
      </button>
    </div>
  );
}
