// Session 36: the probe of tests/eval/missed-links.ts. While recordProbes runs, linkMeasures says for each probed
// (lower, higher) pair where it stands: refused by a rule, never a candidate, below the maxAligned cap, or aligned.
import { describe, expect, it } from 'vitest';
import { linkMeasures, recordProbes, WHOLE_CORPUS, type LinkUnit, type ProbeRecord } from '../../../ingest/link/implements.js';
import { linkOptions } from '../../../ingest/link/options.js';

const unit = (id: string, docIndex: number, words: string[], group?: string): LinkUnit => ({
  id, docIndex, offset: 0, text: words.join(''), entities: new Set(), words, genre: 'regulation', ...(group ? { group } : {}),
});

describe('probe of missed links', () => {
  const units = [
    unit('law#第二十条', 0, ['志愿服务', '组织', '志愿者', '保险', '购买']),
    unit('law#第三十八条', 0, ['志愿服务', '组织', '保险', '责令', '改正', '罚款'], 'penalty'),
    unit('law#第五条', 0, ['气象', '灾害', '预警']),
    unit('prov#第十五条', 1, ['志愿服务', '组织', '志愿者', '保险', '购买', '告知']),
    ...['慈善 事业 发展', '农业 技术 推广', '国防 教育 课程', '图书馆 免费 开放'].map((t, i) => unit(`other#${i}`, 2 + (i % 2), t.split(' '))),
  ];
  const allowed = (l: number, h: number) => l === 1 && h === 0;
  const probe = async (o = linkOptions()) => {
    const out: ProbeRecord[] = [];
    await recordProbes(new Map([['prov#第十五条', ['law#第二十条', 'law#第三十八条', 'law#第五条', 'law#第九十九条']]]), out, async () => linkMeasures(units, allowed, [], o));
    return Object.fromEntries(out.map((p) => [p.higher, p.stage]));
  };

  it('tells an aligned pair, a rule (the penalty group), no shared key and no such unit apart', async () => {
    expect(await probe()).toEqual({ 'law#第二十条': 'aligned', 'law#第三十八条': 'group', 'law#第五条': 'not-found', 'law#第九十九条': 'no-unit' });
  });

  it('tells the maxAligned cap and the documents rule', async () => {
    expect((await probe(linkOptions({ maxAligned: 0 })))['law#第二十条']).toBe('cap');
    const out: ProbeRecord[] = [];
    await recordProbes(new Map([['prov#第十五条', ['law#第二十条']]]), out, async () => linkMeasures(units, (l, h) => l === 1 && h === 2, [], linkOptions()));
    expect(out.map((p) => p.stage)).toEqual(['documents']);
  });

  // Session 38: the probe asks the linker's own refusal (no second copy of the rules), and names the cascade rule
  // that refused the documents when the scope tells it (ingest/link/index.ts: rules.ts canImplement, subject gate).
  it('names the cascade rule that refused the documents', async () => {
    const out: ProbeRecord[] = [];
    const scope = { ...WHOLE_CORPUS, refusal: (l: number, h: number) => (l === 1 && h === 2 ? 'date' : undefined) };
    await recordProbes(new Map([['prov#第十五条', ['law#第二十条', 'other#0']]]), out, async () => linkMeasures(units, allowed, [], linkOptions(), false, scope));
    expect(out.map((p) => [p.higher, p.stage, p.rule])).toEqual([
      ['law#第二十条', 'aligned', undefined],
      ['other#0', 'documents', 'date'],
    ]);
  });

  it('reports the first rule the linker applies: the penalty group before the documents', async () => {
    const out: ProbeRecord[] = [];
    await recordProbes(new Map([['prov#第十五条', ['law#第三十八条']]]), out, async () => linkMeasures(units, () => false, [], linkOptions()));
    expect(out.map((p) => p.stage)).toEqual(['group']);
  });
});
