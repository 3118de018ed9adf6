// Session 48 (helper link, issue 13): a general thesaurus for the pair score (options.thesaurus; the synonym rows of
// 同义词词林扩展版 as HanLP ships it, ingest/lexicon/cilin-synonyms.txt; ingest/link/thesaurus.ts). Measured and left off
// (docs/history/links.md, session 48): these tests pin the mechanism, on real sentences of the legal-aid family: 河南省法律援助条例
// 第三十六条 (…取消其受援资格…) and 法律援助条例 第二十三条 (…已被撤销的…) meet through one class (取消 | 撤销, Hc06A01).
import { describe, expect, it } from 'vitest';
import { DEFAULT_LINK_OPTIONS, THESAURUS_MEASURED, type LinkOptions } from '../../../ingest/link/options.js';
import { cilin, THESAURUS_MARK, thesaurusTokens } from '../../../ingest/link/thesaurus.js';
import { segmenter } from '../../../ingest/extract/segment.js';
import { loadLexicon } from '../../../ingest/lexicon/load.js';
import { pairScoreOnly, pairScores } from './units.js';

const cut = segmenter(loadLexicon());

// 法律援助条例 第二十三条 (its list shortened to the two items used) and a neighbour, 第二十四条's first sentence.
const law23 = '办理法律援助案件的人员遇有下列情形之一的，应当向法律援助机构报告，法律援助机构经审查核实的，应当终止该项法律援助：（一）受援人的经济收入状况发生变化，不再符合法律援助条件的；（二）案件终止审理或者已被撤销的；';
const law24 = '受指派办理法律援助案件的律师在案件结案时，应当向法律援助机构提交有关的法律文书副本或者复印件以及结案报告等材料。';
const henan36 = '法律援助人员在法律援助过程中发现受援人不符合受援条件的，应当报请法律援助机构批准，取消其受援资格。受援人违反法律援助协议的，法律援助人员可以报经法律援助机构批准，终止法律援助。';

const regulationOnly = (thesaurus: LinkOptions['thesaurus']) => pairScoreOnly({ thesaurus, termClasses: null });
const scores = (o: LinkOptions, law: string[], lower: string[]) => pairScores(o, law, lower, cut);

describe('a general thesaurus (options.thesaurus)', () => {
  it('reads the synonym rows: 扶持 and 帮扶 in one row, 支持 only in the small class around it', () => {
    const t = cilin();
    expect(t.get('扶持')).toContain('Hi36A01');
    expect(t.get('帮扶')).toContain('Hi36A01');
    expect(t.get('支持')).not.toContain('Hi36A01');
    expect(t.get('支持')).toContain('Hi36A11');
    expect(t.get('取消')).toContain('Hc06A01');
    expect(t.get('撤销')).toContain('Hc06A01');
  });

  it('looks up words of two characters or more, in at most maxClasses classes, cut to the level', () => {
    const o = { ...THESAURUS_MEASURED, maxClasses: 1 };
    expect(thesaurusTokens(['取消', '人', '支持'], o)).toEqual([`${THESAURUS_MARK}Hc06A01`]);
    expect(thesaurusTokens(['扶持', '支持'], { ...o, level: 5, maxClasses: 3 })).toContain(`${THESAURUS_MARK}Hi36A`);
  });

  it('is off by default', () => {
    expect(DEFAULT_LINK_OPTIONS.thesaurus ?? null).toBeNull();
  });

  it('soft: raises 河南 第三十六条 against 法律援助条例 第二十三条 through 取消 | 撤销, not against its neighbour', () => {
    const on = scores(regulationOnly(THESAURUS_MEASURED), [law23, law24], [henan36]);
    const off = scores(regulationOnly(null), [law23, law24], [henan36]);
    const [k23, k24] = ['prov#第1条>law#第1条', 'prov#第1条>law#第2条'];
    expect(on.get(k23)!).toBeGreaterThan(off.get(k23)!);
    expect(on.get(k24) ?? 0).toBe(off.get(k24) ?? 0);
  });

  it('soft, unseen: no class credit when the lower document writes the higher one’s word itself', () => {
    // A second article of the lower document (浙江省法律援助条例 第十七条's second paragraph, shortened) writes 撤销 itself: the
    // law's 撤销 is then a word both documents use, and 取消 | 撤销 is no restatement.
    const own = '申请人提交的证件、证明材料不齐全的，法律援助机构可以要求申请人作出必要的补充或者说明；申请人未按要求作出补充或者说明的，视为撤销申请。';
    const on = scores(regulationOnly(THESAURUS_MEASURED), [law23, law24], [henan36, own]);
    const off = scores(regulationOnly(null), [law23, law24], [henan36, own]);
    expect(on.get('prov#第1条>law#第1条')).toBe(off.get('prov#第1条>law#第1条'));
    // Without `unseen` the class counts.
    const loose = scores(regulationOnly({ ...THESAURUS_MEASURED, unseen: false }), [law23, law24], [henan36, own]);
    expect(loose.get('prov#第1条>law#第1条')!).toBeGreaterThan(off.get('prov#第1条>law#第1条')!);
  });
});
