// The camera: framed on a node chosen from search or a panel link (it and its neighbours, in the
// part of the canvas the side panel and the gap view leave free); kept in the store (hence the
// URL) as the user pans and zooms; moved back where the store says on back/forward; framed on what
// a scope filter keeps when the user changes one (a region chosen while the camera was on another
// part of the graph showed an empty canvas, and exported a blank PNG).
import { getCameraStateToFitViewportToNodes } from '@sigma/utils';
import { useEffect } from 'react';
import type Sigma from 'sigma';
import { neighbourhood } from '../../graph/neighbourhood.js';
import { setCamera, useDispatch, useExplorer, useExplorerContext, useScoped } from '../../state/index.js';
import { useSigma, type ExplorerSigma } from '../GraphCanvas.js';
import { MIN_FREE_CANVAS, SIDE_PANEL_COVER, gapsPanelWidth } from '../layout-constants.js';

const MARGIN = 1.2;
const SINGLE_NODE_RATIO = 0.3;
/** Camera moves reach the URL after the user stops for this long. */
const CAMERA_SETTLE_MS = 300;
const EPS = 1e-4;
const FRAME_MS = 500;

export function CameraController() {
  const sigma = useSigma();
  const { data } = useExplorerContext();
  const dispatch = useDispatch();
  const focus = useExplorer((s) => s.focus);
  const selected = useExplorer((s) => s.selected);
  const gapsOpen = useExplorer((s) => s.gaps.open);
  const camera = useExplorer((s) => s.camera);
  const scopeFrame = useExplorer((s) => s.scopeFrame);
  const hiddenTypes = useExplorer((s) => s.hiddenTypes);
  const scoped = useScoped();

  // Store → sigma: a camera from the URL (load, back/forward); none means the whole graph.
  useEffect(() => {
    const cam = sigma.getCamera();
    const now = cam.getState();
    if (!camera) {
      if (Math.abs(now.x - 0.5) > EPS || Math.abs(now.y - 0.5) > EPS || Math.abs(now.ratio - 1) > EPS) {
        // Unless a focus is about to frame a node.
        if (!focus || focus.node !== selected) cam.setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
      }
      return;
    }
    if (Math.abs(now.x - camera.x) > EPS || Math.abs(now.y - camera.y) > EPS || Math.abs(now.ratio - camera.ratio) > EPS) {
      cam.setState({ ...camera, angle: 0 });
    }
    // Only when the store's camera changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [sigma, camera]);

  // Sigma → store, once the user stops moving.
  useEffect(() => {
    const cam = sigma.getCamera();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onUpdate = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const { x, y, ratio } = cam.getState();
        dispatch(setCamera({ x, y, ratio }));
      }, CAMERA_SETTLE_MS);
    };
    cam.on('updated', onUpdate);
    return () => {
      clearTimeout(timer);
      cam.off('updated', onUpdate);
    };
  }, [sigma, dispatch]);

  useEffect(() => {
    if (!focus || focus.node !== selected || !sigma.getNodeDisplayData(focus.node)) return;
    frame(sigma, [...neighbourhood(data, focus.node)], gapsOpen);
  }, [sigma, data, focus, selected, gapsOpen]);

  // A scope filter changed by the user (not a load or back/forward: scopeFrame stays): frame the
  // nodes it keeps, or the whole graph when the filters were cleared.
  useEffect(() => {
    if (scopeFrame === 0) return;
    if (!scoped) {
      void sigma.getCamera().animate({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }, { duration: FRAME_MS });
      return;
    }
    const kept = [...scoped].filter((n) => data.hasNode(n) && !hiddenTypes.has(data.getNodeAttribute(n, 'type')) && sigma.getNodeDisplayData(n));
    if (kept.length) frame(sigma, kept, gapsOpen);
    // Only when the user changes a filter.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [sigma, scopeFrame]);
  return null;
}

/** Animates the camera onto these nodes, in the part of the canvas the panels leave free. */
function frame(sigma: ExplorerSigma, nodes: string[], gapsOpen: boolean): void {
  const fit = getCameraStateToFitViewportToNodes(sigma as unknown as Sigma, nodes);
  const { width, height } = sigma.getDimensions();
  const { left, right } = covers(width, gapsOpen);
  // The group must fit in the part of the canvas the panels leave free.
  const ratio = nodes.length === 1 ? SINGLE_NODE_RATIO : (fit.ratio * MARGIN * width) / (width - left - right);
  const onGroup = { ...fit, ratio };
  // Shift by half the difference of the panels, so the group sits mid-way in the uncovered part.
  const shifted = sigma.viewportToFramedGraph({ x: width / 2 + (right - left) / 2, y: height / 2 }, { cameraState: onGroup });
  void sigma.getCamera().animate({ ...onGroup, x: shifted.x, y: shifted.y }, { duration: FRAME_MS });
}

/** Canvas hidden by the side panel (right) and the gap view (left), dropping what does not fit. */
function covers(width: number, gapsOpen: boolean): { left: number; right: number } {
  const left = gapsPanelWidth(width) + 24;
  if (gapsOpen && width - left - SIDE_PANEL_COVER >= MIN_FREE_CANVAS) return { left, right: SIDE_PANEL_COVER };
  return { left: 0, right: width > 2 * SIDE_PANEL_COVER ? SIDE_PANEL_COVER : 0 };
}
