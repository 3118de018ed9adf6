// Targets as rows, sorted, filtered, grouped by metric and pivoted (metric × region/year), on a
// hand-built graph where one metric is set by two provinces in two years, and on the sample.
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import type { CoverageGraph } from '../../coverage/index.js';
import { filterTargets, groupByMetric, sortTargets, targetPivot, targetRows } from '../../coverage/targets.js';
import { graphFromSnapshot } from '../../coverage/index.js';
import { runIngest } from '../../ingest/pipeline.js';

function graph(): CoverageGraph {
  const g: CoverageGraph = new MultiDirectedGraph();
  const doc = (id: string, region: string, year: number) =>
    g.addNode(id, { type: 'Document', name: id.slice(4), inCorpus: true, level: 'provincial', region, year, sources: [] });
  doc('doc:吉林方案', '吉林省', 2020);
  doc('doc:湖北方案', '湖北省', 2024);
  let at = 0;
  const target = (docId: string, metric: string, value: number, unit: string, year?: number) => {
    const measureId = `${docId}#1`;
    if (!g.hasNode(measureId)) g.addNode(measureId, { type: 'Measure', name: '一、措施', text: '', docId, path: '一', ordinal: 0, span: [0, 1], kind: 'section', leaf: true });
    g.addNode(`target:${measureId}#${at}`, { type: 'Target', name: `${metric}${value}${unit}`, metric, comparator: '>=', value, unit, ...(year ? { year } : {}), measureId, docId, span: [at, at + 5] });
    at += 10;
  };
  target('doc:吉林方案', '科普报告', 30, '场');
  target('doc:吉林方案', '公民具备科学素质比例', 10, '%', 2020);
  target('doc:湖北方案', '科普报告', 100, '场');
  target('doc:湖北方案', '公民具备科学素质比例', 15, '%', 2025);
  target('doc:湖北方案', '科普惠民社区', 72, '个');
  return g;
}

describe('targets table', () => {
  it('lists every target with its document, region and year (the deadline, else the document year)', () => {
    const rows = targetRows(graph());
    expect(rows.map((r) => [r.document.name, r.metric, r.value, r.unit, r.year, r.yearFromDocument, r.region])).toEqual([
      // Documents in pinyin order (湖 hú before 吉 jí), targets in text order.
      ['湖北方案', '科普报告', 100, '场', 2024, true, '湖北省'],
      ['湖北方案', '公民具备科学素质比例', 15, '%', 2025, false, '湖北省'],
      ['湖北方案', '科普惠民社区', 72, '个', 2024, true, '湖北省'],
      ['吉林方案', '科普报告', 30, '场', 2020, true, '吉林省'],
      ['吉林方案', '公民具备科学素质比例', 10, '%', 2020, false, '吉林省'],
    ]);
  });

  it('sorts, filters and groups by metric', () => {
    const rows = targetRows(graph());
    expect(sortTargets(rows, 'value').map((r) => r.value)).toEqual([100, 72, 30, 15, 10]);
    expect(sortTargets(rows, 'year').map((r) => r.year)).toEqual([2020, 2020, 2024, 2024, 2025]);
    expect(filterTargets(rows, { metric: '科普报告' }).map((r) => r.value)).toEqual([100, 30]);
    expect(filterTargets(rows, { text: '湖北' }).map((r) => r.value)).toEqual([100, 15, 72]);
    expect(groupByMetric(rows).map((g) => [g.metric, g.rows.length])).toEqual([
      ['公民具备科学素质比例', 2],
      ['科普报告', 2],
      ['科普惠民社区', 1],
    ]);
  });

  it('compares a metric across regions and years', () => {
    const p = targetPivot(targetRows(graph()), 2);
    expect(p.columns.map((c) => c.key)).toEqual(['湖北省|2024', '湖北省|2025', '吉林省|2020']);
    expect(p.metrics.map((m) => m.metric)).toEqual(['公民具备科学素质比例', '科普报告']);
    const share = p.metrics[0].cells;
    expect(share.get('吉林省|2020')!.map((r) => r.value)).toEqual([10]);
    expect(share.get('湖北省|2025')!.map((r) => r.value)).toEqual([15]);
  });

  it('reads the 34 targets of the sample corpus', async () => {
    const g = graphFromSnapshot((await runIngest({ inputs: ['corpus'] })).snapshot);
    const rows = targetRows(g);
    expect(rows.length).toBe(g.filterNodes((_, a) => a.type === 'Target').length);
    const share = rows.find((r) => r.metric === '公民具备科学素质比例');
    expect(share).toMatchObject({ value: 10, unit: '%', year: 2020, region: '吉林省' });
  }, 120_000);
});
