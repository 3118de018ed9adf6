// Cypher results as a table. Nodes that are in the explorer's graph link back to it.
import type { QueryResult } from '../../../neo4j/types.js';
import { useExplorerContext } from '../state/index.js';
import { NodeLink } from './NodeLink.js';
import { nodeRef } from '../graph/node-ref.js';

interface NodeValue {
  id?: string;
  labels: string[];
  properties: Record<string, unknown>;
}
interface RelValue {
  type: string;
  start: unknown;
  end: unknown;
  properties: Record<string, unknown>;
}

const isNode = (v: unknown): v is NodeValue =>
  !!v && typeof v === 'object' && Array.isArray((v as NodeValue).labels) && typeof (v as NodeValue).properties === 'object';
interface SegmentValue {
  start: unknown;
  relationship: unknown;
  end: unknown;
}
const isSegment = (v: unknown): v is SegmentValue =>
  !!v && typeof v === 'object' && 'relationship' in v && 'start' in v && 'end' in v;
const isRel = (v: unknown): v is RelValue =>
  !!v && typeof v === 'object' && typeof (v as RelValue).type === 'string' && 'start' in v && 'end' in v;

function Cell({ value }: { value: unknown }) {
  const { data } = useExplorerContext();
  if (value === null || value === undefined) return <span className="muted">null</span>;
  if (isNode(value)) {
    const id = String(value.properties.id ?? value.id ?? '');
    if (id && data.hasNode(id)) return <NodeLink node={nodeRef(data, id)} />;
    return (
      <span title={JSON.stringify(value.properties)}>
        <span className="label-chip">{value.labels.join(':')}</span> {String(value.properties.name ?? id)}
      </span>
    );
  }
  if (isSegment(value)) {
    return (
      <span className="cell-list">
        <Cell value={value.start} />
        <Cell value={value.relationship} />
        <Cell value={value.end} />
      </span>
    );
  }
  if (isRel(value)) return <span className="label-chip rel">:{value.type}</span>;
  if (Array.isArray(value)) {
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
  if (typeof value === 'object') return <code>{JSON.stringify(value)}</code>;
  return <>{String(value)}</>;
}

export function ResultsTable({ result }: { result: QueryResult }) {
  return (
    <div className="results" data-testid="cypher-results">
      <p className="muted">
        {result.rows.length} row{result.rows.length === 1 ? '' : 's'}
        {result.truncated && ' (truncated)'}
      </p>
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
    </div>
  );
}
