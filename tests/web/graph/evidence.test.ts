// The side-by-side evidence of IMPLEMENTS links on the sample corpus: every reused passage is
// marked on both sides with the same index and exactly its wording, the texts stay whole, and
// shared entities carry their mentions.
import { beforeAll, describe, expect, it } from 'vitest';
import type { EdgeOf, Snapshot } from '../../../graph-schema/index.js';
import { evidenceFor, layerSegments, passageText } from '../../../web/src/graph/evidence.js';
import { graphFromSnapshot, type PolicyGraph } from '../../../web/src/graph/policy-graph.js';
import { testSnapshot } from '../browser-harness.js';

const PASSAGE = '动员科技工作者履行科普社会责任';

describe('evidence side by side', () => {
  let snapshot: Snapshot;
  let graph: PolicyGraph;
  let links: { source: string; target: string; attributes: EdgeOf<'IMPLEMENTS'> }[];
  beforeAll(async () => {
    ({ snapshot } = await testSnapshot());
    graph = graphFromSnapshot(snapshot);
    links = snapshot.edges
      .filter((e) => e.attributes.type === 'IMPLEMENTS')
      .map((e) => ({ source: e.source, target: e.target, attributes: e.attributes as EdgeOf<'IMPLEMENTS'> }));
  }, 180_000);

  it('marks every passage on both sides with exactly its wording, keeping both texts whole', () => {
    const withPassages = links.filter((l) => l.attributes.evidence.passages.length > 0);
    expect(withPassages.length).toBeGreaterThan(0);
    for (const l of withPassages) {
      const ev = evidenceFor(graph, l.source, l.target, l.attributes)!;
      const lowerText = (graph.getNodeAttributes(l.source) as { text: string }).text;
      const higherText = (graph.getNodeAttributes(l.target) as { text: string }).text;
      expect(ev.lower.segments.map((s) => s.text).join('')).toBe(lowerText);
      expect(ev.higher.segments.map((s) => s.text).join('')).toBe(higherText);
      ev.passages.forEach((p, i) => {
        expect(passageText(ev.lower.segments, i)).toBe(p.lower);
        expect(passageText(ev.higher.segments, i)).toBe(p.higher);
      });
    }
  });

  it(`shows the 吉林 measure that reuses ${PASSAGE} against the national one`, () => {
    const link = links.find((l) => l.source.includes('吉林') && l.attributes.evidence.passages.some((p) => p.text === PASSAGE));
    expect(link).toBeDefined();
    const ev = evidenceFor(graph, link!.source, link!.target, link!.attributes)!;
    const i = ev.passages.findIndex((p) => p.lower === PASSAGE);
    expect(passageText(ev.lower.segments, i)).toBe(PASSAGE);
    expect(passageText(ev.higher.segments, i)).toBe(PASSAGE);
    expect(ev.lower.document?.name).toContain('吉林');
    expect(ev.higher.document?.region).not.toBe(ev.lower.document?.region);
    expect({ verdict: ev.verdict, score: ev.score, signals: ev.signals }).toEqual({
      verdict: link!.attributes.verdict,
      score: link!.attributes.score,
      signals: link!.attributes.evidence.signals,
    });
    // The snapshot names shared entities `Type:canonical`; the view lists those nodes.
    expect(ev.shared.length).toBeGreaterThan(0);
    expect(ev.shared.map((s) => `${s.type}:${s.name}`).sort()).toEqual([...link!.attributes.evidence.sharedEntities].sort());
    for (const s of ev.shared) {
      // Each shared entity is marked in both texts as often as the MENTIONS edges say.
      const spans = (m: string) => {
        const e = snapshot.edges.find((x) => x.source === m && x.target === s.id && x.attributes.type === 'MENTIONS');
        return e?.attributes.type === 'MENTIONS' ? e.attributes.spans.length : 0;
      };
      expect(s.lowerMentions).toBe(spans(link!.source));
      expect(s.higherMentions).toBe(spans(link!.target));
      expect(ev.lower.segments.some((seg) => seg.entity === s.id)).toBe(s.lowerMentions > 0);
    }
  });

  it('cuts where a mention crosses a passage, keeping both marks on the shared characters', () => {
    // text: 甲乙丙丁戊己 at document offset 10; passage 乙丙丁, mention 丁戊.
    const segs = layerSegments('甲乙丙丁戊己', 10, [[11, 14]], [{ entity: 'e', spans: [[13, 15]] }]);
    expect(segs).toEqual([
      { text: '甲' },
      { text: '乙丙', passages: [0] },
      { text: '丁', passages: [0], entity: 'e' },
      { text: '戊', entity: 'e' },
      { text: '己' },
    ]);
    expect(passageText(segs, 0)).toBe('乙丙丁');
  });

  it('lists every passage over characters that several passages share (one higher phrase, two lower ones)', () => {
    const segs = layerSegments('甲乙丙丁', 0, [[0, 3], [1, 4]], []);
    expect(segs).toEqual([{ text: '甲', passages: [0] }, { text: '乙丙', passages: [0, 1] }, { text: '丁', passages: [1] }]);
    expect([passageText(segs, 0), passageText(segs, 1)]).toEqual(['甲乙丙', '乙丙丁']);
  });

  it('clips spans that fall outside the measure text', () => {
    expect(layerSegments('甲乙', 10, [[0, 11]], [{ entity: 'e', spans: [[11, 99]] }])).toEqual([
      { text: '甲', passages: [0] },
      { text: '乙', entity: 'e' },
    ]);
  });

  it('marks an article citation (issue 13) over the characters it covers, beside a passage', () => {
    // 依照《示范法》第三条办理 at offset 5; passage 办理, citation 《示范法》第三条.
    const text = '依照《示范法》第三条办理';
    const segs = layerSegments(text, 5, [[15, 17]], [], [[7, 15]]);
    expect(segs).toEqual([{ text: '依照' }, { text: '《示范法》第三条', citation: 0 }, { text: '办理', passages: [0] }]);
    expect(segs.map((x) => x.text).join('')).toBe(text);
  });
});
