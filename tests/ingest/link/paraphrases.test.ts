// Administrative paraphrases (options.paraphrases, ingest/lexicon/paraphrases.txt): a provincial article
// that writes its higher law's duty with the drafting's other word for it (办结 for 结案, 补助 for 补贴,
// 通知 for 告知) meets that article in the pair TF-IDF.
import { describe, expect, it } from 'vitest';
import { linkMeasures, paraphraseMap } from '../../../ingest/link/implements.js';
import { DEFAULT_LINK_OPTIONS, linkOptions, readParaphrases } from '../../../ingest/link/options.js';
import { regulationUnit } from './units.js';

const unit = regulationUnit;

const units = [
  unit('law#第十八条', 0, '第十八条 法律援助机构收到法律援助申请后，应当进行审查；对不符合法律援助条件的，应当书面告知申请人理由。'),
  unit('law#第二十一条', 0, '第二十一条 法律援助机构可以指派律师事务所安排律师或者安排本机构的工作人员办理法律援助案件。'),
  unit('law#第二十四条', 0, '第二十四条 受指派办理法律援助案件的律师在案件结案时，应当向法律援助机构提交结案报告等材料。法律援助机构收到结案材料后，应当支付法律援助办案补贴。'),
  unit('prov#第三十七条', 1, '第三十七条 法律援助事项办结后，法律援助机构应当按规定给予法律援助人员一定的补助。'),
  unit('prov#第二十二条', 1, '第二十二条 法律援助机构应当自收到申请之日起十日内作出是否给予法律援助的决定，并书面通知申请人。'),
];
// The regulation profile on a five-article toy pair: its scores run lower than on whole texts (fewer
// articles to weigh the words), so the thresholds are the profile's scaled down.
const options = (paraphrases: typeof DEFAULT_LINK_OPTIONS.paraphrases, keepAll = false) =>
  [units, (l: number, h: number) => l === 1 && h === 0, [] as string[], linkOptions({ paraphrases, procedureStages: null, genres: { regulation: { weights: { reuse: 0, text: 1, entities: 0 }, thresholds: { implements: 0.5, partial: 0.02 }, relative: 0.8, topK: 1, pairIdf: true } } }), keepAll] as const;
const linked = (paraphrases: typeof DEFAULT_LINK_OPTIONS.paraphrases) => linkMeasures(...options(paraphrases)).map((l) => `${l.lower}>${l.higher}`).sort();
const score = (paraphrases: typeof DEFAULT_LINK_OPTIONS.paraphrases, pair: string) => linkMeasures(...options(paraphrases, true)).find((l) => `${l.lower}>${l.higher}` === pair)?.score ?? 0;

describe('paraphrases', () => {
  it('links a lower article that uses the class’s other words (办结, 补助), and not without the lexicon', () => {
    expect(linked(null)).not.toContain('prov#第三十七条>law#第二十四条');
    const on = linked(DEFAULT_LINK_OPTIONS.paraphrases);
    expect(on).toContain('prov#第三十七条>law#第二十四条');
    expect(on).not.toContain('prov#第三十七条>law#第二十一条');
    // 书面通知申请人 meets 书面告知申请人: the pair scores higher.
    expect(score(DEFAULT_LINK_OPTIONS.paraphrases, 'prov#第二十二条>law#第十八条')).toBeGreaterThan(score(null, 'prov#第二十二条>law#第十八条'));
  });

  it('maps words and two-character bigrams to the class’s first word', () => {
    const m = paraphraseMap([['告知', '通知'], ['主管', '监督管理']]);
    expect(m.get('通知')).toBe('告知');
    expect(m.get('·通知')).toBe('·告知');
    expect(m.get('监督管理')).toBe('主管');
    expect(m.has('·监督管理')).toBe(false);
    expect(m.has('告知')).toBe(false);
  });

  it('reads the lexicon file: classes of two or more words, no word in two classes, no step or sanction merged', () => {
    const classes = readParaphrases(new URL('../../../ingest/lexicon/paraphrases.txt', import.meta.url));
    expect(classes.length).toBeGreaterThan(5);
    const words = classes.flat();
    expect(new Set(words).size).toBe(words.length);
    // Different procedure steps and different sanctions are never one class.
    for (const [a, b] of [['受理', '审查'], ['处分', '处罚'], ['指派', '安排']]) expect(classes.some((c) => c.includes(a) && c.includes(b))).toBe(false);
  });
});
