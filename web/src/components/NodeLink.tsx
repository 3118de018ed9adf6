// A clickable node in a list: colour dot, name; choosing it selects the node and moves the camera.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NODE_COLOURS } from '../graph/colours.js';
import type { NodeRef } from '../graph/node-ref.js';
import { useFocusNode } from '../state/index.js';

export function NodeLink({ node, children }: { node: NodeRef; children?: ReactNode }) {
  const focusNode = useFocusNode();
  return (
    <button
      type="button"
      className="node-link"
      data-testid="node-link"
      data-node-id={node.id}
      title={node.name}
      onClick={() => focusNode(node.id)}
    >
      <span className="dot" style={{ background: NODE_COLOURS[node.type] }} />
      <span className="node-link-name">{node.name}</span>
      {children}
    </button>
  );
}

export function NodeList({ nodes, testId }: { nodes: NodeRef[]; testId?: string }) {
  const { t } = useTranslation();
  if (!nodes.length) return <p className="muted">{t('panel.none')}</p>;
  return (
    <ul className="node-list" data-testid={testId}>
      {nodes.map((n) => (
        <li key={n.id}>
          <NodeLink node={n} />
        </li>
      ))}
    </ul>
  );
}
