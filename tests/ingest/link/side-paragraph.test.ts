// options.sideParagraph (session 27): a city article that restates only the second paragraph (款) of its law's article
// (泰安市献血条例 第十七条, the volume and interval of a donation, from 献血法 第九条's second paragraph) carries a side
// paragraph, not the article's main provision (the blood station's free health check): the gold grades it weak, and the
// linker's link is partial. An article that carries the law's first paragraph (泰安 第八条 → 献血法 第五条: governments
// publicise donation) stays strong.
import { describe, expect, it } from 'vitest';
import { withBigrams } from '../../../ingest/link/index.js';
import { linkMeasures, type LinkUnit } from '../../../ingest/link/implements.js';
import { DEFAULT_LINK_OPTIONS, linkOptions, SIDE_PARAGRAPH_MEASURED } from '../../../ingest/link/options.js';
import { articleUnits, itemOnly, pairUnitIdf, paragraphsCarried, sideParagraphOnly, unitCounts } from '../../../ingest/link/side-paragraph.js';

const law = {
  '第四条': '第四条 县级以上各级人民政府卫生行政部门监督管理献血工作。\n\n各级红十字会依法参与、推动献血工作。',
  '第五条': '第五条 各级人民政府采取措施广泛宣传献血的意义，普及献血的科学知识，开展预防和控制经血液途径传播的疾病的教育。\n\n新闻媒介应当开展献血的社会公益性宣传。',
  '第九条':
    '第九条 血站对献血者必须免费进行必要的健康检查；身体状况不符合献血条件的，血站应当向其说明情况，不得采集血液。献血者的身体健康条件由国务院卫生行政部门规定。\n\n血站对献血者每次采集血液量一般为二百毫升，最多不得超过四百毫升，两次采集间隔期不少于六个月。\n\n严格禁止血站违反前款规定对献血者超量、频繁采集血液。',
};
const city = {
  '第七条': '第七条 红十字会应当将无偿献血纳入日常工作，依法参与献血宣传、教育、表彰以及志愿者招募等工作。\n\n工会、共产主义青年团、妇女联合会、科学技术协会、工商业联合会等社会团体，应当积极参与、推动献血工作。',
  '第八条': '第八条 市、县（市、区）人民政府应当组织有关部门、单位开展多种形式的献血宣传教育活动，普及献血的科学知识。\n\n卫生健康部门负责制定年度献血宣传教育计划，组织协调有关部门、单位开展献血宣传教育活动。',
  '第十七条': '第十七条 献血者捐献全血的，每次献血量一般为二百毫升，最多不得超过四百毫升；两次献血间隔期不得少于六个月。\n\n献血者捐献成分血的，献血量以及献血间隔时间按照国家有关规定执行。',
};
const idf = pairUnitIdf(unitCounts(Object.values(city)), unitCounts(Object.values(law)));
const rule = SIDE_PARAGRAPH_MEASURED;

describe('sideParagraph', () => {
  it('splits an article into its paragraphs and list items, without its label', () => {
    const us = articleUnits('第六条 县级以上人民政府履行下列职责：\n（一）宣传献血；\n（二）表彰献血者。\n\n血站应当公布采血点。');
    expect(us.map((u) => [u.paragraph, u.item])).toEqual([[0, false], [0, true], [0, true], [1, false]]);
    expect(us[0].text.startsWith('县级以上')).toBe(true);
  });
  it('finds the law’s second paragraph carried and its first not, for the volume-and-interval article', () => {
    const c = paragraphsCarried(city['第十七条'], law['第九条'], idf);
    expect(c.main).toBeLessThan(rule.main);
    expect(c.side).toBeGreaterThan(0.5);
    expect(sideParagraphOnly(c, rule)).toBe(true);
  });
  it('keeps an article that carries the first paragraph (governments publicise donation)', () => {
    const c = paragraphsCarried(city['第八条'], law['第五条'], idf);
    expect(c.main).toBeGreaterThan(c.side);
    expect(sideParagraphOnly(c, rule)).toBe(false);
  });
  it('does not apply to a one-paragraph higher article', () => {
    const c = paragraphsCarried(city['第十七条'], '第十条 血站对献血者每次采集血液量一般为二百毫升，最多不得超过四百毫升。', idf);
    expect(c.side).toBe(0);
    expect(sideParagraphOnly(c, rule)).toBe(false);
  });

  const unit = (id: string, docIndex: number, text: string): LinkUnit => ({ id, docIndex, offset: 0, text, entities: new Set(), words: withBigrams([], text, true), genre: 'regulation' });
  const units = [...Object.entries(law).map(([k, t]) => unit(`law#${k}`, 0, t)), ...Object.entries(city).map(([k, t]) => unit(`city#${k}`, 1, t))];
  const linked = (on: boolean) =>
    linkMeasures(
      units,
      (l, h) => l === 1 && h === 0,
      [],
      linkOptions({ sideParagraph: on ? rule : null, topKPerClause: null, paragraphBest: null, procedureStages: null, genres: { regulation: { weights: { reuse: 0, text: 1, entities: 0 }, thresholds: { implements: 0.05, partial: 0.05 }, relative: 0.5, topK: 1, pairIdf: true } } }),
    );
  const verdict = (links: ReturnType<typeof linked>, lower: string, higher: string) => links.find((l) => l.lower === lower && l.higher === higher)?.verdict;

  it('makes the linker’s link partial when only the side paragraph is carried, and leaves the main-provision link strong', () => {
    expect(verdict(linked(false), 'city#第十七条', 'law#第九条')).toBe('implements');
    const on = linked(true);
    expect(verdict(on, 'city#第十七条', 'law#第九条')).toBe('partial');
    expect(verdict(on, 'city#第八条', 'law#第五条')).toBe('implements');
  });
});

// options.dutyListItem (session 27): 广东省实施《消防法》办法 第六条 lists the duties of county governments; its item (五)
// restates 消防法 第三十条 (rural fire work), one provision of the law carried by one item of the list: weak in the gold,
// partial here. A list reused item by item (the higher itself a list) is the list carried whole and stays strong.
describe('dutyListItem', () => {
  const list =
    '第六条 县级以上人民政府履行下列消防工作职责：\n（一）将消防工作纳入国民经济和社会发展规划，保障消防工作与经济社会发展相适应；\n（二）加强对农村消防工作的领导，推进城乡公共消防设施建设；\n（三）组织制定灭火救援应急预案，建立应急反应和处置机制；\n（四）组织开展经常性的消防宣传教育，提高公民的消防安全意识。';
  const lawUnits = {
    '第三十条': '第三十条 地方各级人民政府应当加强对农村消防工作的领导，采取措施加强公共消防设施建设，组织建立和督促落实消防安全责任制。',
    '第十六条':
      '第十六条 机关、团体、企业、事业等单位应当履行下列消防安全职责：\n（一）落实消防安全责任制，制定本单位的消防安全制度；\n（二）按照国家标准配置消防设施、器材；\n（三）组织防火检查，及时消除火灾隐患。',
    '第六条': '第六条 各级人民政府应当组织开展经常性的消防宣传教育，提高公民的消防安全意识。',
  };
  const unitList =
    '第十二条 机关、团体、企业、事业等单位应当履行下列消防安全职责：\n（一）落实消防安全责任制，制定本单位的消防安全制度；\n（二）按照国家标准配置消防设施、器材，定期检验维修；\n（三）组织防火检查，及时消除火灾隐患。';
  const idf2 = pairUnitIdf(unitCounts([list, unitList]), unitCounts(Object.values(lawUnits)));

  it('finds one item of the list carrying the one-provision article more than the list’s lead', () => {
    const c = paragraphsCarried(list, lawUnits['第三十条'], idf2);
    expect(c.higherItems).toBe(false);
    expect(c.mainByItem).toBeGreaterThan(c.mainByParagraph);
    expect(itemOnly(c)).toBe(true);
  });
  it('keeps a list reused item by item: the higher has items of its own', () => {
    const c = paragraphsCarried(unitList, lawUnits['第十六条'], idf2);
    expect(c.higherItems).toBe(true);
    expect(itemOnly(c)).toBe(false);
  });

  const unit = (id: string, docIndex: number, text: string): LinkUnit => ({ id, docIndex, offset: 0, text, entities: new Set(), words: withBigrams([], text, true), genre: 'regulation' });
  const units = [...Object.entries(lawUnits).map(([k, t]) => unit(`law#${k}`, 0, t)), unit('prov#第六条', 1, list), unit('prov#第十二条', 1, unitList)];
  const linked = (on: boolean) =>
    linkMeasures(
      units,
      (l, h) => l === 1 && h === 0,
      [],
      linkOptions({ dutyListItem: on ? DEFAULT_LINK_OPTIONS.dutyListItem : null, sideParagraph: null, dutyListItems: DEFAULT_LINK_OPTIONS.dutyListItems, topKPerClause: null, paragraphBest: null, procedureStages: null, genres: { regulation: { weights: { reuse: 0, text: 1, entities: 0 }, thresholds: { implements: 0.05, partial: 0.05 }, relative: 0.5, topK: 1, pairIdf: true } } }),
    );
  const verdict = (links: ReturnType<typeof linked>, lower: string, higher: string) => links.find((l) => l.lower === lower && l.higher === higher)?.verdict;

  it('makes the list’s link to the one-provision article partial, and leaves the list-to-list link strong', () => {
    const off = linked(false);
    const on = linked(true);
    const listLinks = on.filter((l) => l.lower === 'prov#第六条').map((l) => l.higher);
    expect(listLinks).toContain('law#第三十条');
    expect(listLinks.length).toBeGreaterThan(0);
    for (const h of listLinks) if (h !== 'law#第十六条') expect(verdict(on, 'prov#第六条', h)).toBe('partial');
    expect(off.filter((l) => l.lower === 'prov#第六条').some((l) => l.verdict === 'implements')).toBe(true);
    expect(verdict(on, 'prov#第十二条', 'law#第十六条')).toBe('implements');
  });
});

// options.sideParagraph.framing (session 35): 志愿服务条例 第二条 opens with its scope (本条例适用于…) and gives its
// definition in the second paragraph; 浙江省志愿服务条例 第三条 restates the definition (gold strong). The scope sentence is no
// main provision a link could miss, so the side-paragraph test leaves the article to the score; an article whose first
// paragraph is a provision (献血法 第九条 above) is still tested.
describe('sideParagraph framing', () => {
  const higher = {
    '第二条':
      '第二条 本条例适用于在中华人民共和国境内开展的志愿服务以及与志愿服务有关的活动。\n\n本条例所称志愿服务，是指志愿者、志愿服务组织和其他组织自愿、无偿向社会或者他人提供的公益服务。',
    '第九条': law['第九条'],
  };
  const lower = {
    '第三条': '第三条 本条例所称志愿服务，是指志愿者、志愿服务组织和其他组织自愿、无偿向社会或者他人提供的公益服务。',
    '第十七条': city['第十七条'],
  };
  const unit = (id: string, docIndex: number, text: string): LinkUnit => ({ id, docIndex, offset: 0, text, entities: new Set(), words: withBigrams([], text, true), genre: 'regulation' });
  const units = [...Object.entries(higher).map(([k, t]) => unit(`law#${k}`, 0, t)), ...Object.entries(lower).map(([k, t]) => unit(`prov#${k}`, 1, t))];
  const FRAMING = DEFAULT_LINK_OPTIONS.sideParagraph?.framing ?? '本(?:法|条例)(?:所称|适用)|适用于|是指';
  const linked = (framing: string | undefined) =>
    linkMeasures(
      units,
      (l, h) => l === 1 && h === 0,
      [],
      linkOptions({ sideParagraph: { ...rule, ...(framing ? { framing } : {}) }, topKPerClause: null, paragraphBest: null, procedureStages: null, genres: { regulation: { weights: { reuse: 0, text: 1, entities: 0 }, thresholds: { implements: 0.05, partial: 0.05 }, relative: 0.5, topK: 1, pairIdf: true } } }),
    );
  const verdict = (links: ReturnType<typeof linked>, lower: string, higher: string) => links.find((l) => l.lower === lower && l.higher === higher)?.verdict;

  it('leaves a restated definition strong under a scope-first article, and still tests a provision-first one', () => {
    expect(verdict(linked(undefined), 'prov#第三条', 'law#第二条')).toBe('partial');
    const on = linked(FRAMING);
    expect(verdict(on, 'prov#第三条', 'law#第二条')).toBe('implements');
    expect(verdict(on, 'prov#第十七条', 'law#第九条')).toBe('partial');
  });
  it('is the default setting', () => {
    expect(DEFAULT_LINK_OPTIONS.sideParagraph?.framing).toBeTruthy();
  });
});

// options.sideParagraph.local (session 35): 国防教育法 第六条 gives the 国务院's duty in its first paragraph and the same
// duty of the local governments in its second (地方各级人民政府领导本行政区域内的国防教育工作); 浙江省国防教育条例 第五条, the
// province's governments leading the work in their areas, carries that paragraph, which for a local regulation is the main
// provision (gold strong). A side paragraph of another kind (献血法 第九条's volume and interval) is still weak.
describe('sideParagraph local', () => {
  const higher = {
    '第六条':
      '第六条 国务院领导全国的国防教育工作。中央军事委员会协同国务院开展全民国防教育。\n\n地方各级人民政府领导本行政区域内的国防教育工作。驻地军事机关协助和支持地方人民政府开展国防教育。',
    '第九条': law['第九条'],
  };
  const lower = {
    '第五条': '第五条 各级人民政府领导本行政区域内的国防教育工作，将国防教育纳入国民经济和社会发展规划。',
    '第十七条': city['第十七条'],
  };
  const unit = (id: string, docIndex: number, text: string): LinkUnit => ({ id, docIndex, offset: 0, text, entities: new Set(), words: withBigrams([], text, true), genre: 'regulation' });
  const units = [...Object.entries(higher).map(([k, t]) => unit(`law#${k}`, 0, t)), ...Object.entries(lower).map(([k, t]) => unit(`prov#${k}`, 1, t))];
  const LOCAL = DEFAULT_LINK_OPTIONS.sideParagraph?.local ?? '^(?:地方各级人民政府|县级以上地方)';
  const linked = (local: string | undefined) =>
    linkMeasures(
      units,
      (l, h) => l === 1 && h === 0,
      [],
      // main 0.2: with IDF over these few units the first paragraph's shared words (领导…国防教育工作) weigh more than in the
      // two whole documents (0.14 here, under 0.1 there); the exception is what is tested.
      linkOptions({ sideParagraph: { ...rule, main: 0.2, ...(local ? { local } : {}) }, topKPerClause: null, paragraphBest: null, procedureStages: null, genres: { regulation: { weights: { reuse: 0, text: 1, entities: 0 }, thresholds: { implements: 0.05, partial: 0.05 }, relative: 0.5, topK: 1, pairIdf: true } } }),
    );
  const verdict = (links: ReturnType<typeof linked>, lower: string, higher: string) => links.find((l) => l.lower === lower && l.higher === higher)?.verdict;

  it('keeps strong a link carrying the local governments’ paragraph of a national article', () => {
    expect(verdict(linked(undefined), 'prov#第五条', 'law#第六条')).toBe('partial');
    const on = linked(LOCAL);
    expect(verdict(on, 'prov#第五条', 'law#第六条')).toBe('implements');
    expect(verdict(on, 'prov#第十七条', 'law#第九条')).toBe('partial');
  });
  it('is the default setting', () => {
    expect(DEFAULT_LINK_OPTIONS.sideParagraph?.local).toBeTruthy();
  });
});
