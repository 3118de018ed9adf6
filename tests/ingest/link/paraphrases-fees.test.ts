// Two more paraphrase classes (ingest/lexicon/paraphrases.txt, session 22): a city's donors "use blood free" (免费用血)
// where the law exempts them from paying (免交…费用), and "the media" (媒体) publicise where the law says 新闻媒介.
// With the lexicon the lower article meets the law's article it carries out in the pair TF-IDF; without it, less.
import { describe, expect, it } from 'vitest';
import { linkMeasures } from '../../../ingest/link/implements.js';
import { DEFAULT_LINK_OPTIONS, linkOptions } from '../../../ingest/link/options.js';
import { regulationUnit } from './units.js';

const unit = regulationUnit;

const units = [
  unit('law#第五条', 0, '第五条 各级人民政府采取措施广泛宣传献血的意义，普及献血的科学知识，开展预防和控制经血液途径传播的疾病的教育。\n新闻媒介应当开展献血的社会公益性宣传。'),
  unit('law#第九条', 0, '第九条 血站对献血者必须免费进行必要的健康检查；身体状况不符合献血条件的，血站应当向其说明情况，不得采集血液。'),
  unit('law#第十四条', 0, '第十四条 公民临床用血时只交付用于血液的采集、储存、分离、检验等费用。\n无偿献血者临床需要用血时，免交前款规定的费用；无偿献血者的配偶和直系亲属临床需要用血时，可以按照省、自治区、直辖市人民政府的规定免交或者减交前款规定的费用。'),
  unit('city#第十九条', 1, '第十九条 献血者累计献血不满一千毫升的，五年内可以累积享受献血量五倍的免费用血；献血者累计献血一千毫升以上的，可以终身享受无限量的免费用血。\n献血者的配偶、父母、子女可以合计享受献血者献血量等量的免费用血。'),
  unit('city#第九条', 1, '第九条 报刊、广播、电视、网络等媒体，每年应当有计划的开展无偿献血公益宣传，免费发布无偿献血公益广告。'),
];
const score = (paraphrases: typeof DEFAULT_LINK_OPTIONS.paraphrases, pair: string) =>
  linkMeasures(units, (l, h) => l === 1 && h === 0, [], linkOptions({ paraphrases, procedureStages: null, genres: { regulation: { weights: { reuse: 0, text: 1, entities: 0 }, thresholds: { implements: 0.5, partial: 0 }, relative: 0, topK: 10, pairIdf: true } } }), true)
    .find((l) => `${l.lower}>${l.higher}` === pair)?.score ?? 0;

describe('paraphrases: fees waived, the media', () => {
  it('free use of blood (免费用血) meets the law’s exemption from paying (免交…费用)', () => {
    expect(score(DEFAULT_LINK_OPTIONS.paraphrases, 'city#第十九条>law#第十四条')).toBeGreaterThan(score(null, 'city#第十九条>law#第十四条'));
  });

  it('the media (媒体) meet the law’s 新闻媒介', () => {
    expect(score(DEFAULT_LINK_OPTIONS.paraphrases, 'city#第九条>law#第五条')).toBeGreaterThan(score(null, 'city#第九条>law#第五条'));
  });
});
