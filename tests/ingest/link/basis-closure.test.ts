// The basis closure (options.basisClosure, session 61): a lower document whose basis clause names a document of the corpus
// carries out what it names, not a national text of a neighbouring subject it never names (the mixed corpus: 重庆市招标投标
// 条例, made under 招标投标法, linked to 政府采购法实施条例).
import { describe, expect, it } from 'vitest';
import { basisClosures, closureKey } from '../../../ingest/link/basis-closure.js';
import { closureAllows, type RuleDoc } from '../../../ingest/link/rules.js';
import { BASIS_CLOSURE_MEASURED } from '../../../ingest/link/options.js';

const law = (title: string, basis?: string[]): RuleDoc => ({ regionChain: ['全国'], region: '全国', title, ...(basis ? { basis } : {}) });
const local = (title: string, chain: string[], basis?: string[]): RuleDoc => ({ regionChain: chain, region: chain[0], title, ...(basis ? { basis } : {}) });

/** The corpus with each document's closure set as the link stage sets it. */
function closed(docs: RuleDoc[], cited: string[][] = [], rule = BASIS_CLOSURE_MEASURED): RuleDoc[] {
  const out = docs.map((d) => ({ ...d }));
  basisClosures(out, cited, rule).forEach((c, i) => c && (out[i].closure = c));
  return out;
}

describe('basis closure', () => {
  const tendering = law('招标投标法');
  const tenderingRegs = law('招标投标法实施条例', ['招标投标法']);
  const procurement = law('政府采购法');
  const procurementRegs = law('政府采购法实施条例', ['政府采购法']);

  it('keeps a city regulation from a national text its basis clause never names, and to the texts it names', () => {
    const [cq, ...rest] = closed([local('重庆市招标投标条例', ['重庆市', '全国'], ['招标投标法']), tendering, tenderingRegs, procurement, procurementRegs]);
    expect(closureAllows(cq, rest[0]).ok).toBe(true);
    expect(closureAllows(cq, rest[3])).toMatchObject({ ok: false, rule: 'closure' });
    expect(closureAllows(cq, rest[2]).ok).toBe(false);
    // (e): the 实施条例 is made under the law the city names: another text carrying out the same law.
    expect(closureAllows(cq, rest[1]).ok).toBe(true);
  });

  it('follows the basis of what the lower document names (a city naming its province’s 条例 keeps the law)', () => {
    const docs = closed([
      local('郑州市大气污染防治条例', ['郑州市', '河南省', '全国'], ['河南省大气污染防治条例']),
      local('河南省大气污染防治条例', ['河南省', '全国'], ['大气污染防治法']),
      law('大气污染防治法'),
      law('水污染防治法'),
    ]);
    expect(closureAllows(docs[0], docs[2]).ok).toBe(true);
    expect(closureAllows(docs[0], docs[3]).ok).toBe(false);
    const flat = closed([docs[0], docs[1], docs[2]].map(({ closure: _, ...d }) => d), [], { ...BASIS_CLOSURE_MEASURED, transitive: false });
    expect(closureAllows(flat[0], flat[2]).ok).toBe(false);
  });

  it('lets a text it cites anywhere through, and another text of a named title (a bracketed note at its end)', () => {
    const docs = closed([local('上海市献血条例', ['上海市', '全国'], ['献血法']), law('献血法（2017年修正）'), law('传染病防治法')], [['献血法', '传染病防治法']]);
    expect(closureKey('中华人民共和国献血法（2017年修正）')).toBe('献血法');
    expect(closureAllows(docs[0], docs[1]).ok).toBe(true);
    expect(closureAllows(docs[0], docs[2]).ok).toBe(true);
    expect(closureAllows(closed(docs.map(({ closure: _, ...d }) => d))[0], docs[2]).ok).toBe(false);
  });

  it('lets a city reach its province’s text made under what it names, not another province’s', () => {
    const docs = closed([
      local('宁波市志愿服务条例', ['宁波市', '浙江省', '全国'], ['志愿服务条例']),
      law('志愿服务条例'),
      local('浙江省志愿服务条例', ['浙江省', '全国'], ['志愿服务条例']),
      local('山东省志愿服务条例', ['山东省', '全国'], ['志愿服务条例']),
      local('浙江省慈善条例', ['浙江省', '全国'], ['慈善法']),
    ]);
    expect(closureAllows(docs[0], docs[2]).ok).toBe(true);
    expect(closureAllows(docs[0], docs[3]).ok).toBe(false);
    expect(closureAllows(docs[0], docs[4]).ok).toBe(false);
  });

  it('changes nothing for a basis clause naming no document of the corpus, or none', () => {
    const docs = closed([local('北京市招标投标条例', ['北京市', '全国'], ['招标投标法']), local('天津市志愿服务条例', ['天津市', '全国']), procurementRegs]);
    expect(docs[0].closure).toBeUndefined();
    expect(docs[1].closure).toBeUndefined();
    expect(closureAllows(docs[0], docs[2]).ok).toBe(true);
  });
});
