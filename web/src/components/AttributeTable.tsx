// Every attribute of a node in a readable table; long text goes in a collapsible block.
import type { NodeAttributes } from '../../../graph-schema/index.js';

const LONG_TEXT = 120;

function show(value: unknown): string {
  if (Array.isArray(value)) {
    return value.every((v) => typeof v !== 'object') ? value.join('、') : JSON.stringify(value);
  }
  if (value && typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

export function AttributeTable({ id, attributes }: { id: string; attributes: NodeAttributes }) {
  const rows = Object.entries({ id, ...attributes }).filter(([, v]) => v !== undefined && v !== '');
  return (
    <table className="attribute-table" data-testid="attribute-table">
      <tbody>
        {rows.map(([key, value]) => {
          const text = show(value);
          return (
            <tr key={key} data-attr={key}>
              <th>{key}</th>
              <td>
                {typeof value === 'string' && text.length > LONG_TEXT ? (
                  <details>
                    <summary>{text.slice(0, 60)}… ({text.length} chars)</summary>
                    <div className="long-text">{text}</div>
                  </details>
                ) : (
                  text
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
