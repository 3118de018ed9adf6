import { describe, expect, it } from 'vitest';
import {
  connections,
  documentDetails,
  entityMentions,
  graphFromSnapshot,
  measureDetails,
  targetSentence,
} from '../../../web/src/graph/index.js';
import { edgeKey } from '../../../graph-schema/index.js';
import { DIRECTIVE, JILIN, NATIONAL, fixtureSnapshot } from '../fixtures.js';

const graph = graphFromSnapshot(fixtureSnapshot());
const N1 = `${NATIONAL}#一/1`;
const J1 = `${JILIN}#1`;
const marked = (segs: { text: string; range?: unknown }[]) => segs.filter((s) => s.range).map((s) => s.text);

describe('measureDetails', () => {
  it('highlights every mention and the target in the measure text', () => {
    const d = measureDetails(graph, N1)!;
    expect(marked(d.segments)).toEqual(['中国科协', '全国学会', '基层科普行动计划', '青少年', '科普中国', '不少于1000场']);
  });

  it('groups mentioned entities by type in a fixed order', () => {
    const d = measureDetails(graph, N1)!;
    expect(d.entities.map((g) => g.type)).toEqual(['Organisation', 'Programme', 'TargetGroup', 'Brand']);
    expect(d.entities[0].items.map((i) => i.name).sort()).toEqual(['中国科协', '全国学会'].sort());
  });

  it('lists its targets with metric, comparator, value, unit and year', () => {
    expect(measureDetails(graph, N1)!.targets[0]).toMatchObject({ metric: '科普活动', comparator: '>=', value: 1000, unit: '场', year: 2022 });
  });

  it('shows the cascade both ways', () => {
    expect(measureDetails(graph, J1)!.implements.map((r) => r.id)).toEqual([N1]);
    expect(measureDetails(graph, N1)!.implementedBy).toMatchObject([{ id: J1, score: 0.72, signals: { entities: 0.75 } }]);
  });

  it('is null for a node that is not a measure', () => {
    expect(measureDetails(graph, NATIONAL)).toBeNull();
  });
});

describe('entityMentions', () => {
  it('groups the mentioning sentences by document', () => {
    const groups = entityMentions(graph, 'group:青少年');
    expect(groups.map((g) => g.document?.id).sort()).toEqual([JILIN, NATIONAL].sort());
  });

  it('cuts each mention to its sentence and highlights the entity', () => {
    const national = entityMentions(graph, 'group:青少年').find((g) => g.document?.id === NATIONAL)!;
    const [sentence] = national.mentions[0].sentences;
    expect(sentence.map((s) => s.text).join('')).toBe('1.中国科协联合全国学会实施基层科普行动计划，面向青少年开展科普中国进校园活动。');
    expect(marked(sentence)).toEqual(['青少年']);
  });
});

describe('targetSentence', () => {
  it('gives the sentence that states the target, highlighted', () => {
    const t = targetSentence(graph, `target:${N1}#1`)!;
    expect(t.measure.id).toBe(N1);
    expect(t.sentence.map((s) => s.text).join('')).toBe('全年举办科普活动不少于1000场。');
    expect(marked(t.sentence)).toEqual(['不少于1000场']);
  });
});

describe('documentDetails', () => {
  it('lists measures in text order and citations both ways', () => {
    const d = documentDetails(graph, NATIONAL)!;
    expect(d.measures.map((m) => m.id)).toEqual([N1, `${NATIONAL}#一/2`]);
    expect(d.measures.map((m) => m.depth)).toEqual([1, 1]);
    expect(d.citesOut.map((c) => c.id)).toEqual([DIRECTIVE]);
    expect(documentDetails(graph, DIRECTIVE)!.citedBy.map((c) => c.id).sort()).toEqual([JILIN, NATIONAL].sort());
  });
});

describe('documentDetails citedBy (session 33: repeated names in 被引用)', () => {
  it('lists a citing document once, with the measures of it that cite and whether it cites as a whole', () => {
    const g = graphFromSnapshot(fixtureSnapshot());
    const N2 = `${NATIONAL}#一/2`;
    // The national plan cites the directive as a whole and from two of its measures.
    for (const [s, t] of [[NATIONAL, DIRECTIVE], [N1, DIRECTIVE], [N2, DIRECTIVE]] as const) {
      if (!g.hasEdge(edgeKey('CITES', s, t))) g.addEdgeWithKey(edgeKey('CITES', s, t), s, t, { type: 'CITES', spans: [[0, 4]], via: ['title'] });
    }
    const rows = documentDetails(g, DIRECTIVE)!.citedBy;
    expect(rows.map((c) => c.id).sort()).toEqual([JILIN, NATIONAL].sort());
    const national = rows.find((c) => c.id === NATIONAL)!;
    expect(national.whole).toBe(true);
    expect(national.via.map((m) => m.id)).toEqual([N1, N2]);
  });
});

describe('connections', () => {
  it('groups edges by type and direction', () => {
    const groups = connections(graph, 'region:吉林省');
    expect(groups.map((g) => `${g.direction}:${g.edgeType}`).sort()).toEqual(['in:FOR_REGION', 'out:PART_OF']);
  });
});
