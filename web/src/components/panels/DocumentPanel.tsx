// A Document: its metadata, its measures in text order, what it cites and what cites it.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { documentDetails, type Citation, type CitingDocument } from '../../graph/document-details.js';
import { documentMeta } from '../../graph/document-meta.js';
import { useExplorerContext } from '../../state/index.js';
import { NodeLink } from '../NodeLink.js';
import { LagProvinces } from './LagProvinces.js';
import { Section } from './Section.js';

function Citations({ items, testId }: { items: Citation[]; testId: string }) {
  const { t } = useTranslation();
  if (!items.length) return <p className="muted">{t('panel.none')}</p>;
  return (
    <ul className="node-list" data-testid={testId}>
      {items.map((c, i) => (
        <li key={`${c.id}-${i}`}>
          <NodeLink node={c} />
          {c.via && (
            <span className="via">
              {t('document.via')} <NodeLink node={c.via} />
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}

/** One row per citing document, with the measures of it that cite (not one row per citing place). */
function CitedBy({ items }: { items: CitingDocument[] }) {
  const { t } = useTranslation();
  if (!items.length) return <p className="muted">{t('panel.none')}</p>;
  return (
    <ul className="node-list" data-testid="cited-by">
      {items.map((c) => (
        <li key={c.id} data-node-id={c.id}>
          <NodeLink node={c} />
          {c.via.length > 0 && (
            <span className="via">
              {t('document.via')}{' '}
              {c.via.map((m, i) => (
                <span key={m.id}>
                  {i > 0 && t('document.viaSeparator')}
                  <NodeLink node={m} />
                </span>
              ))}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}

export function DocumentPanel({ id }: { id: string }) {
  const { t } = useTranslation();
  const { data } = useExplorerContext();
  const d = useMemo(() => documentDetails(data, id), [data, id]);
  if (!d) return null;
  const doc = d.document;
  const meta = documentMeta(doc, t);
  return (
    <>
      <Section title={t('document.metadata')}>
        <dl className="meta" data-testid="document-meta">
          {meta.map(([k, v]) => (
            <div key={k}>
              <dt>{k}</dt>
              <dd>{v}</dd>
            </div>
          ))}
        </dl>
      </Section>
      {d.lagged && <LagProvinces id={id} name={doc.name} />}
      <Section title={t('document.measures')} count={d.measures.length}>
        <ul className="node-list" data-testid="document-measures">
          {d.measures.map((m) => (
            <li key={m.id} style={{ paddingLeft: `${m.depth * 16}px` }}>
              <NodeLink node={m} />
            </li>
          ))}
        </ul>
      </Section>
      <Section title={t('document.cites')} count={d.citesOut.length}>
        <Citations items={d.citesOut} testId="cites-out" />
      </Section>
      <Section title={t('document.citedBy')} count={d.citedBy.length}>
        <CitedBy items={d.citedBy} />
      </Section>
    </>
  );
}
