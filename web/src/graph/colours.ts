// Colours per node and edge type: one palette for the legend, the graph and the side panel.
import type { EdgeType, NodeType } from '../../../graph-schema/index.js';

/** Legend order: documents and their structure first, then what measures mention. */
export const NODE_TYPE_ORDER: readonly NodeType[] = [
  'Document',
  'Measure',
  'Target',
  'Organisation',
  'Programme',
  'Brand',
  'TargetGroup',
  'Region',
];

// Colour-blind-safe-ish (Okabe–Ito based) so types stay apart on a dense graph.
export const NODE_COLOURS: Record<NodeType, string> = {
  Document: '#0b3d91',
  Measure: '#56b4e9',
  Target: '#e69f00',
  Organisation: '#d55e00',
  Programme: '#009e73',
  Brand: '#cc79a7',
  TargetGroup: '#8e6fd1',
  Region: '#7f7f7f',
};

/** Short Chinese glosses shown beside the English type in the legend and panel. */
export const NODE_GLOSSES: Record<NodeType, string> = {
  Document: '文件',
  Measure: '措施',
  Target: '指标',
  Organisation: '机构',
  Programme: '项目',
  Brand: '品牌',
  TargetGroup: '人群',
  Region: '地区',
};

export const EDGE_COLOURS: Record<EdgeType, string> = {
  ISSUED_BY: '#c9ccd3',
  FOR_REGION: '#d7d9de',
  HAS_MEASURE: '#c3d3e6',
  MENTIONS: '#dcdcdc',
  SETS: '#f0d29c',
  CITES: '#6b7fae',
  IMPLEMENTS: '#e4572e',
  CARRIES: '#b9a6d3',
  PART_OF: '#d7d9de',
  REVISES: '#6b7fae',
};
