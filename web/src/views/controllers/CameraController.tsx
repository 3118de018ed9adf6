// Moves the camera to a node chosen from search or a panel link: it and its neighbours framed
// in the part of the canvas the side panel leaves free.
import { getCameraStateToFitViewportToNodes } from '@sigma/utils';
import { useEffect } from 'react';
import type Sigma from 'sigma';
import { neighbourhood } from '../../graph/neighbourhood.js';
import { useExplorer, useExplorerContext } from '../../state/index.js';
import { useSigma } from '../GraphCanvas.js';
import { SIDE_PANEL_COVER } from '../layout-constants.js';

const MARGIN = 1.2;
const SINGLE_NODE_RATIO = 0.3;

export function CameraController() {
  const sigma = useSigma();
  const { data } = useExplorerContext();
  const focus = useExplorer((s) => s.focus);
  const selected = useExplorer((s) => s.selected);
  const layoutRunning = useExplorer((s) => s.layoutRunning);
  useEffect(() => {
    // Also re-frames when the layout stops, since nodes moved after the first framing.
    if (!focus || focus.node !== selected || !sigma.getNodeDisplayData(focus.node)) return;
    const nodes = [...neighbourhood(data, focus.node)];
    const fit = getCameraStateToFitViewportToNodes(sigma as unknown as Sigma, nodes);
    const { width, height } = sigma.getDimensions();
    const cover = width > 2 * SIDE_PANEL_COVER ? SIDE_PANEL_COVER : 0;
    // The group must fit in the part of the canvas the panel leaves free.
    const ratio = nodes.length === 1 ? SINGLE_NODE_RATIO : (fit.ratio * MARGIN * width) / (width - cover);
    const onGroup = { ...fit, ratio };
    // Shift right by half the panel, so the group sits mid-way in the uncovered part.
    const shifted = sigma.viewportToFramedGraph({ x: width / 2 + cover / 2, y: height / 2 }, { cameraState: onGroup });
    void sigma.getCamera().animate({ ...onGroup, x: shifted.x, y: shifted.y }, { duration: 500 });
  }, [sigma, data, focus, selected, layoutRunning]);
  return null;
}
