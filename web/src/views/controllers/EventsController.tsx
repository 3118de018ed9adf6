// Sigma events → store actions. Renders nothing.
import { useEffect } from 'react';
import { hoverNode, selectNode, useDispatch } from '../../state/index.js';
import { useSigma } from '../GraphCanvas.js';

export function EventsController() {
  const sigma = useSigma();
  const dispatch = useDispatch();
  useEffect(() => {
    const container = sigma.getContainer();
    const onEnter = ({ node }: { node: string }) => {
      dispatch(hoverNode(node));
      container.style.cursor = 'pointer';
    };
    const onLeave = () => {
      dispatch(hoverNode(null));
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
