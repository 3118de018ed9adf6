// options.delegation.best (session 31): a provincial article whose closest article of the law delegates to the province is
// read as setting what was delegated, though it does not say so in delegation.lower's words (标准…由…规定). The shape is
// 献血法 第十四条 (donors' families 可以按照省、自治区、直辖市人民政府的规定免交或者减交) and 河南省实施《献血法》办法 第十九条 (the
// exemption set in the province's own terms, 免费用血), a gold-strong link the linker called partial at 0.113.
import { describe, expect, it } from 'vitest';
import { linkMeasures } from '../../../ingest/link/implements.js';
import { DEFAULT_LINK_OPTIONS, linkOptions } from '../../../ingest/link/options.js';
import { regulationUnit as unit } from './units.js';

const rule = DEFAULT_LINK_OPTIONS.delegation!;
const law14 =
  '第十四条 公民临床用血时只交付用于血液的采集、储存、分离、检验等费用。\n\n无偿献血者临床需要用血时，免交前款规定的费用；无偿献血者的配偶和直系亲属临床需要用血时，可以按照省、自治区、直辖市人民政府的规定免交或者减交前款规定的费用。';
const law15 = '第十五条 为保障公民临床急救用血的需要，国家提倡并指导择期手术的患者自身储血，动员家庭、亲友、所在单位以及社会互助献血。';
const prov19 = '第十九条 献血者及其家庭成员临床需要用血时，按下列规定免费用血：\n\n（一）献血者五年内免费享用献血量三倍的血量；\n\n（二）献血者的家庭成员临床用血的，按献血量等量免费用血。';
const prov18 = '第十八条 实行公民个人储血、家庭成员互助、单位互助和社会援助相结合的用血制度，鼓励择期手术的患者自身储血。';

const units = [unit('law#第十四条', 0, law14), unit('law#第十五条', 0, law15), unit('prov#第十九条', 1, prov19), unit('prov#第十八条', 1, prov18)];
const options = (delegation: typeof rule | null) =>
  linkOptions({ delegation, topKPerClause: null, paragraphBest: null, clearBest: null, neighbourBest: null, genres: { regulation: { weights: { reuse: 0, text: 1, entities: 0 }, thresholds: { implements: 0.9, partial: 0.001 }, relative: 0, topK: 5, pairIdf: false } } });
// Every link of one lower article (documents: the law 0, the province 1).
const scores = (lower: string, delegation: typeof rule | null) =>
  Object.fromEntries(linkMeasures(units, (l, h) => l === 1 && h === 0, [], options(delegation)).filter((l) => l.lower === lower).map((l) => [l.higher, l.score]));

describe('an article setting what its best match delegates (delegation.best)', () => {
  const on = { ...rule, best: { ...rule.best!, min: 0 } };
  const off = { ...rule, best: null };
  it('reads the delegating article and not the provincial one in the standard-setting words', () => {
    expect(new RegExp(rule.higher).test(law14.replace(/\s+/g, ''))).toBe(true);
    expect(new RegExp(rule.lower).test(prov19.replace(/\s+/g, ''))).toBe(false);
    expect(rule.best).toEqual({ factor: 1.25, min: 0.1 });
  });
  it('reads a body left to the local governments the national text enumerates as delegated (法律援助条例 第五条 shape)', () => {
    const higher = new RegExp(rule.higher);
    expect(higher.test('直辖市、设区的市或者县级人民政府司法行政部门根据需要确定本行政区域的法律援助机构。')).toBe(true);
    expect(higher.test('县级以上人民政府司法行政部门监督管理本行政区域的法律援助工作。')).toBe(false);
  });
  it('raises the free-blood article against the article that delegates the exemption, its best match', () => {
    const [before, after] = [scores('prov#第十九条', off), scores('prov#第十九条', on)];
    expect(before['law#第十四条']).toBeGreaterThan(before['law#第十五条'] ?? 0);
    expect(after['law#第十四条']).toBeCloseTo(before['law#第十四条'] * rule.best!.factor, 2);
    expect(after['law#第十五条']).toBe(before['law#第十五条']);
  });
  it('leaves an article whose best match is another article alone, and one under min', () => {
    const [before, after] = [scores('prov#第十八条', off), scores('prov#第十八条', on)];
    expect(before['law#第十五条']).toBeGreaterThan(before['law#第十四条'] ?? 0);
    expect(after).toEqual(before);
    const high = { ...rule, best: { ...rule.best!, min: 0.99 } };
    expect(scores('prov#第十九条', high)).toEqual(scores('prov#第十九条', off));
  });
  it('does not raise twice an article that sets the standard in the delegation words', () => {
    const setter = unit('prov#第二十条', 1, '第二十条 献血者家庭成员免费用血的具体标准由省人民政府卫生健康主管部门规定。');
    const all = [units[0], units[1], setter];
    const s = (d: typeof rule) => linkMeasures(all, (l, h) => l === 1 && h === 0, [], options(d)).find((l) => l.higher === 'law#第十四条')!.score;
    expect(s(on)).toBe(s(off));
    expect(s(off)).toBeCloseTo(s({ ...rule, factor: 1, best: null }) * rule.factor, 2);
  });
});
