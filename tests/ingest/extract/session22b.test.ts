import { describe, expect, it } from 'vitest';
import { extracted } from '../helpers.js';

// Regulations written for these tests (not taken from any corpus or gold file): the rules helper extract2 added in session
// 22, read on tests/real/randomw-heldout (spent after randomv-heldout was frozen and scored once) for kinds of miss.
const regulation = (title: string, ...articles: string[]) =>
  `${title}\n${articles.map((a, i) => `第${'一二三四五六七八九十'[i]}条　${a}`).join('\n')}`;
const names = (type: string, text: string) =>
  [...new Set(extracted('x.txt', text).mentions.filter((m) => m.type === type).map((m) => m.canonical))].sort();

describe('a verb that takes an event or scheme as its object ends its name in a law', () => {
  it('reads no 所称…, 是指…, 方式使用…, 销售…, 享有… or 证明侵犯… programme', () => {
    const text = regulation(
      '某博览会标志保护办法',
      '本办法所称国际园艺博览会标志，是指国际园艺博览会的会徽。',
      '未经许可，任何人不得以商业方式使用国际园艺博览会标志，不得销售国际园艺博览会标志商品。',
      '权利人依照本办法享有国际园艺博览会标志专有权。',
      '有证据证明侵犯国际园艺博览会标志专有权的，依法处理。',
    );
    // Whether the bare event is a programme is another question; the clause before it is never part of its name.
    expect(names('Programme', text).filter((n) => n !== '国际园艺博览会')).toEqual([]);
  });
});

describe('staff of an inspection or of the police are no target group where the text does not serve them', () => {
  it('drops 稽查人员 and 公安人员 who only carry out the procedure', () => {
    const text = regulation('某市收购业管理办法', '稽查人员执行检查任务时，应当出示证件。', '公安人员依法对收购场所进行检查。');
    const found = names('TargetGroup', text);
    expect(found).not.toContain('稽查人员');
    expect(found).not.toContain('公安人员');
  });

  it('keeps 公安人员 where the text trains them', () => {
    const text = regulation('某市警务培训办法', '公安机关应当加强对公安人员的培训和考核。');
    expect(names('TargetGroup', text)).toContain('公安人员');
  });
});
