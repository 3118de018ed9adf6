// Programmes, brands or target groups the higher document mentions, with whether the lower one
// mentions them and how often on each side. A row selects the entity.
import { NODE_COLOURS, NODE_GLOSSES } from '../../graph/colours.js';
import { isGap, type EntityCoverage } from '../../graph/coverage.js';
import { useExplorer, useFocusNode } from '../../state/index.js';

export function EntityGapTable({ rows, showType, testId }: { rows: EntityCoverage[]; showType: boolean; testId: string }) {
  const focusNode = useFocusNode();
  const selected = useExplorer((s) => s.selected);
  if (!rows.length) return <p className="muted gaps-empty">Nothing to show.</p>;
  return (
    <table className="gaps-table" data-testid={testId}>
      <thead>
        <tr>
          <th>Name 名称</th>
          {showType && <th className="col-type">Type</th>}
          <th className="col-yesno">Mentioned by the lower document? 下级是否提及</th>
          <th className="num" title="Mentions in the higher document's measures">
            Higher 上级
          </th>
          <th className="num" title="Mentions in the lower document's measures">
            Lower 下级
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => {
          const gap = isGap(r);
          return (
            <tr
              key={r.id}
              data-testid="gap-row"
              data-node-id={r.id}
              data-status={gap ? 'gap' : 'covered'}
              className={`clickable ${gap ? 'gap' : 'covered'}${selected === r.id ? ' selected' : ''}`}
              onClick={() => focusNode(r.id)}
            >
              <td className="col-name">
                <span className="dot" style={{ background: NODE_COLOURS[r.type] }} /> {r.name}
              </td>
              {showType && (
                <td className="muted">
                  {r.type} {NODE_GLOSSES[r.type]}
                </td>
              )}
              <td className="col-yesno">{gap ? <span className="gap-chip">No 未提及</span> : <span className="ok-chip">Yes 已提及</span>}</td>
              <td className="num">{r.higherMentions}</td>
              <td className="num">{r.lowerMentions}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
