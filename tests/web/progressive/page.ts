// The page of progressive-sigma.browser.test.ts: the explorer's ProgressiveSigma and graphology, nothing else.
import { MultiDirectedGraph } from 'graphology';
import { PROGRESSIVE_DRAW_OPTIONS, ProgressiveSigma, fitLayers, prepareLayers } from '../../../web/src/views/progressive-sigma.js';

export { MultiDirectedGraph, PROGRESSIVE_DRAW_OPTIONS, ProgressiveSigma, fitLayers, prepareLayers };
