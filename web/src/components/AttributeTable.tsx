// Every attribute of a node in a readable table. The page holds a compact graph: the full
// attributes (long texts, origin map) come from the server when this table is opened.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.js';
import { ValueView } from './ValueView.js';

export function AttributeTable({ id, attributes }: { id: string; attributes: Record<string, unknown> }) {
  const { t } = useTranslation();
  const [full, setFull] = useState<Record<string, unknown> | null>(null);
  useEffect(() => {
    let live = true;
    setFull(null);
    api.node(id).then(
      (answer) => live && setFull(answer.attributes),
      () => {},
    );
    return () => {
      live = false;
    };
  }, [id]);
  const shown = full ?? attributes;
  const rows = Object.entries({ id, ...shown }).filter(([, v]) => v !== undefined && v !== '');
  return (
    <table className="attribute-table" data-testid="attribute-table">
      <tbody>
        {rows.map(([key, value]) => (
          <tr key={key} data-attr={key}>
            <th>{t(`attr.${key}`, { defaultValue: key })}</th>
            <td>{key === 'id' ? String(value) : <ValueView value={value} />}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
