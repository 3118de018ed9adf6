// A Document: its metadata, its measures in text order, what it cites and what cites it.
import { useMemo } from 'react';
import { documentDetails, type Citation } from '../../graph/document-details.js';
import { useExplorerContext } from '../../state/index.js';
import { NodeLink } from '../NodeLink.js';
import { Section } from './Section.js';

function Citations({ items, testId }: { items: Citation[]; testId: string }) {
  if (!items.length) return <p className="muted">None</p>;
  return (
    <ul className="node-list" data-testid={testId}>
      {items.map((c, i) => (
        <li key={`${c.id}-${i}`}>
          <NodeLink node={c} />
          {c.via && (
            <span className="via">
              via <NodeLink node={c.via} />
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}

export function DocumentPanel({ id }: { id: string }) {
  const { data } = useExplorerContext();
  const d = useMemo(() => documentDetails(data, id), [data, id]);
  if (!d) return null;
  const doc = d.document;
  const meta: [string, string | undefined][] = [
    ['Issuer 发文机关', doc.issuer],
    ['Issued on 成文日期', doc.issuedOn ?? (doc.year ? String(doc.year) : undefined)],
    ['Doc number 文号', doc.docNumber],
    ['Level 层级', doc.level],
    ['Region 地区', doc.region],
    ['In corpus', doc.inCorpus ? 'yes' : 'no — only cited'],
    ['Sources 来源', doc.sources.join('、') || undefined],
  ];
  return (
    <>
      <Section title="Metadata 元数据">
        <dl className="meta" data-testid="document-meta">
          {meta
            .filter(([, v]) => v)
            .map(([k, v]) => (
              <div key={k}>
                <dt>{k}</dt>
                <dd>{v}</dd>
              </div>
            ))}
        </dl>
      </Section>
      <Section title="Measures 措施" count={d.measures.length}>
        <ul className="node-list" data-testid="document-measures">
          {d.measures.map((m) => (
            <li key={m.id} style={{ paddingLeft: `${m.depth * 16}px` }}>
              <NodeLink node={m} />
            </li>
          ))}
        </ul>
      </Section>
      <Section title="Cites 引用" count={d.citesOut.length}>
        <Citations items={d.citesOut} testId="cites-out" />
      </Section>
      <Section title="Cited by 被引用" count={d.citedBy.length}>
        <Citations items={d.citedBy} testId="cited-by" />
      </Section>
    </>
  );
}
