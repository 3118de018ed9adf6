// Moves the camera to a node chosen from search or a panel link: it and its neighbours framed
// in the part of the canvas the side panel (and the gap view, when open) leave free.
import { getCameraStateToFitViewportToNodes } from '@sigma/utils';
import { useEffect } from 'react';
import type Sigma from 'sigma';
import { neighbourhood } from '../../graph/neighbourhood.js';
import { useExplorer, useExplorerContext } from '../../state/index.js';
import { useSigma } from '../GraphCanvas.js';
import { MIN_FREE_CANVAS, SIDE_PANEL_COVER, gapsPanelWidth } from '../layout-constants.js';

const MARGIN = 1.2;
const SINGLE_NODE_RATIO = 0.3;

export function CameraController() {
  const sigma = useSigma();
  const { data } = useExplorerContext();
  const focus = useExplorer((s) => s.focus);
  const selected = useExplorer((s) => s.selected);
  const layoutRunning = useExplorer((s) => s.layoutRunning);
  const gapsOpen = useExplorer((s) => s.gaps.open);
  useEffect(() => {
    // Also re-frames when the layout stops, since nodes moved after the first framing.
    if (!focus || focus.node !== selected || !sigma.getNodeDisplayData(focus.node)) return;
    const nodes = [...neighbourhood(data, focus.node)];
    const fit = getCameraStateToFitViewportToNodes(sigma as unknown as Sigma, nodes);
    const { width, height } = sigma.getDimensions();
    const { left, right } = covers(width, gapsOpen);
    // The group must fit in the part of the canvas the panels leave free.
    const ratio = nodes.length === 1 ? SINGLE_NODE_RATIO : (fit.ratio * MARGIN * width) / (width - left - right);
    const onGroup = { ...fit, ratio };
    // Shift by half the difference of the panels, so the group sits mid-way in the uncovered part.
    const shifted = sigma.viewportToFramedGraph({ x: width / 2 + (right - left) / 2, y: height / 2 }, { cameraState: onGroup });
    void sigma.getCamera().animate({ ...onGroup, x: shifted.x, y: shifted.y }, { duration: 500 });
  }, [sigma, data, focus, selected, layoutRunning, gapsOpen]);
  return null;
}

/** Canvas hidden by the side panel (right) and the gap view (left), dropping what does not fit. */
function covers(width: number, gapsOpen: boolean): { left: number; right: number } {
  const left = gapsPanelWidth(width) + 24;
  if (gapsOpen && width - left - SIDE_PANEL_COVER >= MIN_FREE_CANVAS) return { left, right: SIDE_PANEL_COVER };
  return { left: 0, right: width > 2 * SIDE_PANEL_COVER ? SIDE_PANEL_COVER : 0 };
}
