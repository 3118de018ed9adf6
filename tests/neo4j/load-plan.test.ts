import { describe, expect, it } from 'vitest';
import { batches, planLoad } from '../../neo4j/load-plan.js';
import { CAST, NATIONAL, smallSnapshot } from './fixtures.js';

describe('load plan', () => {
  it('groups edges by type, source label and target label', () => {
    const groups = planLoad(smallSnapshot()).edges.map((g) => `${g.type} ${g.sourceLabel}→${g.targetLabel}`);
    expect(groups).toEqual(expect.arrayContaining(['CITES Document→Document', 'CITES Measure→Document', 'HAS_MEASURE Measure→Measure']));
    expect(new Set(groups).size).toBe(groups.length);
  });

  it('gives every node its graphology key as `id` and drops the `type` attribute (it is the label)', () => {
    const documents = planLoad(smallSnapshot()).nodes.find((n) => n.label === 'Document')!;
    const national = documents.rows.find((r) => r.id === NATIONAL)!;
    expect(national.props.id).toBe(NATIONAL);
    expect(national.props).not.toHaveProperty('type');
  });

  it('turns nested attributes into JSON strings and keeps spans of one pair as a list', () => {
    const plan = planLoad(smallSnapshot());
    const mention = plan.edges.find((g) => g.type === 'MENTIONS')!.rows[0];
    const measure = plan.nodes.find((n) => n.label === 'Measure')!.rows[0];
    expect(typeof mention.props.spans).toBe('string');
    expect(measure.props.span).toEqual([100, 150]);
  });

  it('reports edges whose endpoint is not a node of the snapshot', () => {
    const snapshot = smallSnapshot();
    snapshot.nodes = snapshot.nodes.filter((n) => n.key !== CAST);
    const { dangling } = planLoad(snapshot);
    expect(dangling.map((d) => d.missing)).toEqual([CAST, CAST]);
  });

  it('cuts rows into batches of the given size', () => {
    expect(batches([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
  });
});
