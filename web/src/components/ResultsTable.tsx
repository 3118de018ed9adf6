// Cypher results as a table: nodes in the explorer's graph link back to it, relationships and
// paths read as (a)-[:TYPE]->(b), maps and evidence as key/value rows (never raw JSON).
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { QueryResult } from '../../../neo4j/types.js';
import { nodeRef } from '../graph/node-ref.js';
import { isResultNode, isResultRel } from '../graph/result-graph.js';
import { useExplorerContext } from '../state/index.js';
import { NodeLink } from './NodeLink.js';
import { ValueView } from './ValueView.js';

interface SegmentValue {
  start: unknown;
  relationship: unknown;
  end: unknown;
}
const isSegment = (v: unknown): v is SegmentValue => !!v && typeof v === 'object' && 'relationship' in v && 'start' in v && 'end' in v;

function Cell({ value }: { value: unknown }) {
  const { data } = useExplorerContext();
  if (value === null || value === undefined) return <span className="muted">null</span>;
  if (isResultNode(value)) {
    if (data.hasNode(value.id)) return <NodeLink node={nodeRef(data, value.id)} />;
    return (
      <span>
        <span className="label-chip">{value.labels.join(':')}</span> {String(value.properties.name ?? value.id)}
      </span>
    );
  }
  if (isSegment(value)) {
    return (
      <span className="cell-path">
        <Cell value={value.start} />
        <Cell value={value.relationship} />
        <Cell value={value.end} />
      </span>
    );
  }
  if (isResultRel(value)) {
    const props = Object.keys(value.properties).length > 0;
    return (
      <span className="rel-cell">
        <span className="label-chip rel">-[:{value.type}]→</span>
        {props && (
          <details>
            <summary />
            <ValueView value={value.properties} />
          </details>
        )}
      </span>
    );
  }
  if (Array.isArray(value) && value.some((v) => isResultNode(v) || isResultRel(v) || isSegment(v))) {
    return (
      <span className="cell-list">
        {value.map((v, i) => (
          <span key={i}>
            <Cell value={v} />
          </span>
        ))}
      </span>
    );
  }
  return <ValueView value={value} />;
}

export function ResultsTable({ result }: { result: QueryResult }) {
  const { t } = useTranslation();
  return (
    <div className="results" data-testid="cypher-results">
      <table>
        <thead>
          <tr>
            {result.columns.map((c) => (
              <th key={c}>{c}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {result.rows.map((row, i) => (
            <tr key={i}>
              {row.map((v, j) => (
                <td key={j}>
                  <Cell value={v} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {result.rows.length === 0 && <p className="muted">{t('console.noRows')}</p>}
      {(result.propertyHints ?? []).map((h) => (
        <p key={h.column} className="muted" data-testid="cypher-property-hint">
          {t(h.filter ? 'console.propertyHintFilter' : 'console.propertyHint', { column: h.column, label: h.label, property: h.property, keys: h.keys.join(t('console.propertyHintAnd')) })}
        </p>
      ))}
      {result.rows.length === 0 &&
        (result.relationshipHints ?? []).map((h) => (
          <Fragment key={h.pattern}>
            <p className="muted" data-testid="cypher-relationship-hint">
              {h.pairs.length ? t('console.relationshipHint', { pattern: h.pattern, type: h.type, pairs: h.pairs.join(t('console.propertyHintAnd')) }) : t('console.relationshipHintNone', { pattern: h.pattern, type: h.type })}
            </p>
            {(h.labels ?? []).map((l) => (
              // Session 36: the relationships the label does have, so the route (HAS_MEASURE) is in sight.
              <p key={l.label} className="muted" data-testid="cypher-relationship-hint-label">
                {t('console.relationshipHintLabel', { label: l.label, relationships: l.relationships.join(t('console.propertyHintAnd')) })}
              </p>
            ))}
          </Fragment>
        ))}
      {result.rows.length === 0 &&
        (result.idHints ?? []).map((h) => (
          <p key={h.given} className="muted" data-testid="cypher-id-hint">
            {t('console.idHint', { given: h.given, ids: h.ids.join(t('console.idHintOr')) })}
          </p>
        ))}
    </div>
  );
}
