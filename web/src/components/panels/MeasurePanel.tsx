// A Measure: its text with mentions and targets highlighted, what it mentions, its targets,
// and where it sits in the cascade (parent, sub-measures, implements / implemented by).
import { useMemo } from 'react';
import { NODE_GLOSSES } from '../../graph/colours.js';
import { measureDetails, type ScoredRef } from '../../graph/measure-details.js';
import { useExplorerContext } from '../../state/index.js';
import { HighlightedText } from '../HighlightedText.js';
import { NodeLink, NodeList } from '../NodeLink.js';
import { Section } from './Section.js';
import { TargetTable } from './TargetTable.js';

function scoreTitle(r: ScoredRef): string {
  const signals = Object.entries(r.signals).map(([k, v]) => `${k} ${v.toFixed(2)}`);
  const lag = r.lagDays !== undefined ? [`${r.lagDays} days after the higher document`] : [];
  return ['implementation score', ...signals, ...lag].join(' · ');
}

function ScoredList({ items, testId }: { items: ScoredRef[]; testId: string }) {
  return (
    <ul className="node-list" data-testid={testId}>
      {items.map((r) => (
        <li key={r.id}>
          <NodeLink node={r}>
            <span className="score" title={scoreTitle(r)}>
              {r.lagDays !== undefined && <span className="lag">{r.lagDays} d · </span>}
              {r.score.toFixed(2)}
            </span>
          </NodeLink>
        </li>
      ))}
    </ul>
  );
}

export function MeasurePanel({ id }: { id: string }) {
  const { data } = useExplorerContext();
  const d = useMemo(() => measureDetails(data, id), [data, id]);
  if (!d) return null;
  return (
    <>
      <Section title="Source text 原文">
        <p className="context-line">
          {d.document && <NodeLink node={d.document} />}
          <span className="muted">
            {' '}
            § {d.measure.path}
            {d.measure.section ? ` · ${d.measure.section}` : ''}
          </span>
        </p>
        <HighlightedText segments={d.segments} testId="measure-text" />
      </Section>
      {d.entities.length > 0 && (
        <Section title="Mentions 提及" count={d.entities.reduce((n, g) => n + g.items.length, 0)}>
          {d.entities.map((g) => (
            <div key={g.type} className="entity-group" data-testid={`entity-group-${g.type}`}>
              <h4>
                {g.type} {NODE_GLOSSES[g.type]}
              </h4>
              <NodeList nodes={g.items} />
            </div>
          ))}
        </Section>
      )}
      {d.targets.length > 0 && (
        <Section title="Targets 指标" count={d.targets.length} testId="measure-targets">
          <TargetTable targets={d.targets} />
        </Section>
      )}
      {d.implements.length > 0 && (
        <Section title="Implements (higher level) 落实" count={d.implements.length}>
          <ScoredList items={d.implements} testId="implements" />
        </Section>
      )}
      {d.implementedBy.length > 0 && (
        <Section title="Implemented by (lower level) 被落实" count={d.implementedBy.length}>
          <ScoredList items={d.implementedBy} testId="implemented-by" />
        </Section>
      )}
      {d.parent && (
        <Section title="Part of 上级条目">
          <NodeList nodes={[d.parent]} />
        </Section>
      )}
      {d.children.length > 0 && (
        <Section title="Sub-measures 子条目" count={d.children.length}>
          <NodeList nodes={d.children} />
        </Section>
      )}
    </>
  );
}
