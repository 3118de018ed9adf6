// How a lower paragraph credits the higher articles it restates (options.paragraphCredit, session 43; implements.ts
// paragraphShares, read by paragraphBest and extraLinksByParagraph). By default a paragraph credits only its best
// candidate by the plain share of its bigrams, so a long higher article full of the paragraph's common words (县级以上人民
// 政府, 有关部门, 按照国家有关规定, 技术开发) wins the paragraph over the short article it restates (税收优惠). Measured
// (PARAGRAPH_CREDIT_MEASURED) and left off: no setting raised the dev link sets together.
import { describe, expect, it } from 'vitest';
import { paragraphShares, paragraphsOf } from '../../../ingest/link/implements.js';
import { DEFAULT_LINK_OPTIONS } from '../../../ingest/link/options.js';
import { hanBigrams } from '../../../ingest/link/side-paragraph.js';

const lower = '第二十四条 县级以上人民政府可以通过设立引导资金、提供贷款贴息等方式，对成果转化项目给予支持。\n县级以上人民政府和有关部门应当按照国家有关规定，对技术开发、技术转让等活动所得落实税收优惠。';
const candidates = [
  { id: 'long', text: '第十二条 县级以上人民政府及其有关部门应当按照国家有关规定，通过政府采购、研究开发资助、发布产业技术指导目录、示范推广等方式，支持技术开发和技术服务，组织协调实施有关工作，并对作出突出贡献的单位和个人给予奖励。' },
  { id: 'short', text: '第三十四条 国家依照有关税收法律、行政法规规定对技术开发、技术转让活动所得实行税收优惠。' },
];
const tax = [paragraphsOf(lower)![1]];

describe('paragraphCredit', () => {
  it('is off by default: a paragraph credits its best article by plain share only', () => {
    expect(DEFAULT_LINK_OPTIONS.paragraphCredit ?? null).toBeNull();
    const shares = paragraphShares(tax, candidates);
    expect([...shares.keys()]).toEqual(['long']);
    expect(paragraphShares(tax, candidates, { within: 1 })).toEqual(shares);
  });

  it('credits, within a ratio of the best share, the shorter article too, with its own share', () => {
    const shares = paragraphShares(tax, candidates, { within: 0.6 });
    expect(shares.get('short')).toBeGreaterThan(0.35);
    expect(shares.get('short')).toBeLessThan(shares.get('long')!);
    expect(paragraphShares(tax, candidates, { within: 0.9 }).has('short')).toBe(false);
  });

  it('by the Dice coefficient, credits the short article the paragraph restates instead of the long one', () => {
    expect([...paragraphShares(tax, candidates, { within: 1, dice: 'instead' }).keys()]).toEqual(['short']);
    // 'also': the best by each measure, each with its own value.
    expect([...paragraphShares(tax, candidates, { within: 1, dice: 'also' }).keys()].sort()).toEqual(['long', 'short']);
  });

  it('weighs the bigrams: common words weighed at nothing leave the short article the best', () => {
    const common = hanBigrams('县级以上人民政府及其有关部门应当按照国家有关规定');
    const weight = (x: string) => (common.has(x) ? 0 : 1);
    expect([...paragraphShares(tax, candidates, { within: 1, weight }).keys()]).toEqual(['short']);
  });
});
