// The selected node: its type and name, a type-specific view of its evidence, its connections
// and every attribute.
import { useMemo, useRef, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { NodeType } from '../../../graph-schema/index.js';
import { NODE_COLOURS } from '../graph/colours.js';
import { connections } from '../graph/connections.js';
import { selectNode, useDispatch, useExplorer, useExplorerContext } from '../state/index.js';
import { AttributeTable } from './AttributeTable.js';
import { usePanelFocus } from './dialog-focus.js';
import { ResearchButtons } from './cascade/ResearchButtons.js';
import { NodeList } from './NodeLink.js';
import { DocumentPanel } from './panels/DocumentPanel.js';
import { EntityPanel } from './panels/EntityPanel.js';
import { MeasurePanel } from './panels/MeasurePanel.js';
import { Section } from './panels/Section.js';
import { TargetPanel } from './panels/TargetPanel.js';

/** The evidence view of each kind of node (a new kind must say which, or none). */
const PANELS: Record<NodeType, ComponentType<{ id: string }> | null> = {
  Document: DocumentPanel,
  Measure: MeasurePanel,
  Organisation: EntityPanel,
  Programme: EntityPanel,
  TargetGroup: EntityPanel,
  Brand: EntityPanel,
  Target: TargetPanel,
  Region: null,
};

export function SidePanel() {
  const { t } = useTranslation();
  const { data } = useExplorerContext();
  const dispatch = useDispatch();
  const selected = useExplorer((s) => s.selected);
  const links = useMemo(() => (selected ? connections(data, selected) : []), [data, selected]);
  const heading = useRef<HTMLHeadingElement>(null);
  usePanelFocus(heading, selected && data.hasNode(selected) ? selected : null);
  if (!selected || !data.hasNode(selected)) return null;
  const attrs = data.getNodeAttributes(selected);
  const { type } = attrs;
  const Panel = PANELS[type];
  return (
    <aside className="side-panel" data-testid="side-panel" data-node-id={selected}>
      <header className="panel-header" style={{ borderTopColor: NODE_COLOURS[type] }}>
        <span className="type-badge" data-testid="side-panel-type" style={{ background: NODE_COLOURS[type] }}>
          {t(`type.${type}`)}
        </span>
        <button type="button" className="close" data-testid="side-panel-close" aria-label={t('panel.close')} onClick={() => dispatch(selectNode(null))}>
          ×
        </button>
        <h2 data-testid="side-panel-name" ref={heading} tabIndex={-1}>{attrs.name}</h2>
        <ResearchButtons id={selected} />
      </header>
      <div className="panel-body">
        {Panel && <Panel id={selected} />}
        <details className="panel-more" open={type === 'Region'}>
          <summary>{t('panel.connections', { count: links.reduce((n, g) => n + g.nodes.length, 0) })}</summary>
          {links.map((g) => (
            <Section key={`${g.direction}:${g.edgeType}`} title={`${g.direction === 'out' ? '→' : '←'} ${t(`edge.${g.edgeType}`)}`} count={g.nodes.length}>
              <NodeList nodes={g.nodes} />
            </Section>
          ))}
        </details>
        <details className="panel-more">
          <summary>{t('panel.attributes')}</summary>
          <AttributeTable id={selected} attributes={attrs as Record<string, unknown>} />
        </details>
      </div>
    </aside>
  );
}
