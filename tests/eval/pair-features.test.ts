// The pair-feature harness (tests/eval/pair-features.ts) judges a feature by the links the linker's own selection
// would make with it: with no feature it must give the linker's figures, a feature that tells gold links apart must
// raise them, and its actor + duty pairs must name one actor whatever region the text names.
import { describe, expect, it } from 'vitest';
import { actorDutyPairs, loadFeatureSet, readActorDuties, replayWith, type FeatureSet, type PairFeature } from './pair-features.js';
import { coverageAccuracy, measureKeys, scoreLinks } from './links.js';

const articleKey = (k: string) => k.replace(/#(?:第[^/#]+章\/)?(?:第[^/#]+节\/)?(第[^/#]+条)$/, '#$1');

describe('pair features', () => {
  it('without a feature the replay is the linker; a feature true of gold links only raises F1', async () => {
    const fire: FeatureSet = await loadFeatureSet('fire');
    const [base] = replayWith([fire]);
    const own = scoreLinks(fire.gold, fire.snapshot);
    expect(base).toMatchObject({ tp: own.tp, fp: own.fp, right: coverageAccuracy(fire.gold, fire.snapshot).right });
    expect(base.f1).toBeCloseTo(own.f1, 9);
    // An oracle: 1 for a gold pair, else 0. As a factor (0.5 for non-links) it must drop false links and keep true ones.
    const gold = new Set(fire.gold.links.map((l) => `${articleKey(l.lower)}>${articleKey(l.higher)}`));
    const oracle: PairFeature = (s) => {
      const keys = measureKeys(s.snapshot);
      return (l, h) => ((keys.get(l) ?? []).some((a) => (keys.get(h) ?? []).some((b) => gold.has(`${articleKey(a)}>${articleKey(b)}`))) ? 1 : 0);
    };
    const [told] = replayWith([fire], oracle, { how: 'factor', w: 0.5 });
    expect(told.fp).toBeLessThan(base.fp);
    expect(told.f1).toBeGreaterThan(base.f1);
  }, 120_000);

  it('refuses a held-out set', async () => {
    await expect(loadFeatureSet('heritage')).rejects.toThrow(/held-out/);
  });

  it('an actor is its field and kind, the region left out; a township apart', () => {
    const lex = readActorDuties();
    const a = actorDutyPairs('第五条　县级以上地方人民政府卫生健康主管部门负责本行政区域内献血工作的监督管理。', lex);
    const b = actorDutyPairs('第六条　广东省卫生健康主管部门负责全省献血工作，组织开展宣传。', lex);
    expect([...a]).toContain('卫生健康部门|负责');
    expect([...b]).toEqual(expect.arrayContaining(['卫生健康部门|负责', '卫生健康部门|组织']));
    expect([...actorDutyPairs('乡、镇人民政府应当组织消防宣传。', lex)]).toEqual(['乡镇人民政府|组织', '乡镇人民政府|宣传']);
  });
});
