// The subject gate of the link stage (ingest/link/topic.ts, options.subjectGate): documents' subject
// signatures weighted by the background document frequencies of the law mirror.
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../../ingest/lexicon/load.js';
import { segmenter } from '../../../ingest/extract/segment.js';
import { CONTENT_TAGS } from '../../../ingest/extract/index.js';
import { backgroundDf, signatures, subjectCosine, subjectWords } from '../../../ingest/link/topic.js';
import { subjectAllows, type RuleDoc } from '../../../ingest/link/rules.js';

const cut = segmenter(loadLexicon());
const words = (text: string) => cut(text).filter((t) => t.word.length >= 2 && CONTENT_TAGS.test(t.tag)).map((t) => t.word);
const bg = backgroundDf();

// Two regulations on different subjects that share the liability formulae of every Chinese law, and a
// third on the first one's subject in other sentences.
const heating = words(
  '第一条 为了加强供热管理，提高供热质量，维护热用户和供热单位的合法权益，根据有关法律、法规，结合本市实际，制定本条例。' +
    '第十条 供热单位应当在采暖期开始前对供热设施进行检修，保证供热质量。热用户应当按时交纳热费。' +
    '第五十条 违反本条例规定，供热单位未按照规定供热的，由供热主管部门责令改正，处一万元以上五万元以下罚款。',
);
const relics = words(
  '第一条 为了加强对文物的保护，传承优秀历史文化遗产，根据《中华人民共和国文物保护法》，结合本省实际，制定本条例。' +
    '第十条 文物保护单位的保护范围内不得进行其他建设工程或者爆破、钻探、挖掘等作业。考古发掘应当报文物行政部门批准。' +
    '第五十条 违反本条例规定，擅自进行考古勘探的，由文物行政部门责令改正，处一万元以上五万元以下罚款。',
);
const heatingToo = words('第八条 市供热主管部门负责本市供热的监督管理。新建住宅应当同步配套建设供热设施，热用户不得擅自改装供热设施，供热单位应当保证供热质量。');

describe('subject signatures', () => {
  it('reads a background table of the law mirror, in which legal formulae are common and subject words rare', () => {
    expect(bg.documents).toBeGreaterThan(1000);
    expect(bg.df.get('罚款')!).toBeGreaterThan(bg.df.get('供热') ?? 0);
    expect(bg.df.get('责令')!).toBeGreaterThan(bg.df.get('文物') ?? 0);
  });

  it('puts documents on one subject together and documents sharing only legal formulae apart', () => {
    const [h, r, h2] = signatures([heating, relics, heatingToo], bg, 50);
    expect(subjectCosine(h, h2)).toBeGreaterThanOrEqual(0.2);
    expect(subjectCosine(h, r)).toBeLessThan(0.2);
    expect(subjectCosine(h, h)).toBeCloseTo(1, 6);
  });

  it('names a document’s subject by its rare words, not the formulae every law uses (Document.subject)', () => {
    const shown = subjectWords(heating, bg, 5);
    expect(shown).toContain('供热');
    for (const formula of ['违反', '罚款', '责令', '规定', '制定']) expect(shown).not.toContain(formula);
    expect(subjectWords([...heating].reverse(), bg, 5)).toEqual(shown);
  });

  it('gives each document the same signature whatever the order of the documents and of its words', () => {
    const [a, b] = signatures([heating, [...heating].reverse()], bg, 20);
    expect(subjectCosine(a, b)).toBeCloseTo(1, 9);
    const [h1, r1] = signatures([heating, relics], bg, 50);
    const [r2, h2] = signatures([relics, heating], bg, 50);
    expect(subjectCosine(h1, r1)).toBeCloseTo(subjectCosine(h2, r2), 12);
  });
});

describe('the gate as a cascade rule', () => {
  const [h, r] = signatures([heating, relics], bg, 50);
  const city: RuleDoc = { level: 'municipal', region: '青岛市', regionChain: ['青岛市', '山东省', '全国'], subject: h };
  const province: RuleDoc = { level: 'provincial', region: '山东省', regionChain: ['山东省', '全国'], subject: r };
  it('refuses a pair on different subjects, with the cosine in its reason', () => {
    expect(subjectAllows(city, province, { minCosine: 0.2 })).toMatchObject({ ok: false, rule: 'subject', why: expect.stringMatching(/cosine 0\.\d{3} < 0\.2/) });
  });
  it('allows every pair when the gate is off or a signature is missing', () => {
    expect(subjectAllows(city, province, null)).toEqual({ ok: true });
    expect(subjectAllows({ ...city, subject: undefined }, province, { minCosine: 0.2 })).toEqual({ ok: true });
  });
});
