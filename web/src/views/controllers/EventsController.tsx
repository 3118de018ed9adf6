// Sigma events → store actions. Renders nothing.
import { useEffect } from 'react';
import { hoverNode, selectNode, useDispatch } from '../../state/index.js';
import { LARGE_GRAPH_OPTIONS } from '../../graph/view-graph.js';
import { useSigma } from '../GraphCanvas.js';

export function EventsController() {
  const sigma = useSigma();
  const dispatch = useDispatch();
  useEffect(() => {
    const container = sigma.getContainer();
    // Bigger graphs: hovering shows the pointer and sigma's own hover label only (LARGE_GRAPH_OPTIONS).
    const restyle = sigma.getGraph().order <= LARGE_GRAPH_OPTIONS.restyleOnHoverMax;
    const onEnter = ({ node, event }: { node: string; event: { original: MouseEvent | TouchEvent } }) => {
      // Passing over nodes while dragging the camera is not hovering them.
      if ('buttons' in event.original && event.original.buttons !== 0) return;
      if (restyle) dispatch(hoverNode(node));
      container.style.cursor = 'pointer';
    };
    const onLeave = () => {
      if (restyle) dispatch(hoverNode(null));
      container.style.cursor = '';
    };
    const onClickNode = ({ node }: { node: string }) => dispatch(selectNode(node));
    const onClickStage = () => dispatch(selectNode(null));
    sigma.on('enterNode', onEnter);
    sigma.on('leaveNode', onLeave);
    sigma.on('clickNode', onClickNode);
    sigma.on('clickStage', onClickStage);
    return () => {
      sigma.off('enterNode', onEnter);
      sigma.off('leaveNode', onLeave);
      sigma.off('clickNode', onClickNode);
      sigma.off('clickStage', onClickStage);
    };
  }, [sigma, dispatch]);
  return null;
}
