import { describe, expect, it } from 'vitest';
import { names, regulation } from './law-text.js';

// Session 56, helper programme (issue 13): named designated sites (lawNamedDesignatedSites), the kind closing a list of its own
// instances (lawListKindTailOut), the title a 创建 campaign confers (lawCreatedTitles; site-designations.txt), and the designated land
// category 永久基本农田 and the national 国家储备林 scheme (programmes.txt). The gold decision of session 56 (tests/gold/README.md). Real
// sentences of the development sets promotion4 (南阳市生态文明建设促进条例), randomx (东营市湿地保护条例) and innovation3 (北京国际科技创新中心
// 建设条例); each test fails with its option (or lexicon line) off, or on main.
const programmes = (text: string, options = {}) => names('Programme', text, options);

const nanyang17 = regulation(
  '南阳市生态文明建设促进条例',
  '市、县（市、区）人民政府应当对下列区域实行重点保护：\n（一）丹江流域南水北调水源地、淮河源头水源地、白河饮用水水源地等水源保护区；\n' +
    '（二）宝天曼国家级自然保护区、伏牛山国家级自然保护区、高乐山国家级自然保护区、河南南阳恐龙蛋化石群国家级自然保护区、丹江湿地国家级自然保护区等自然保护区；\n' +
    '（三）寺山国家森林公园、淮河源国家森林公园、独山森林公园、紫山森林公园等森林公园；\n' +
    '（四）南阳白河国家湿地公园、邓州湍河国家湿地公园、淅川丹阳湖国家湿地公园、唐河友兰国家湿地公园等湿地公园；\n' +
    '（五）南阳伏牛山世界地质公园、南阳宝天曼世界地质公园等地质公园；\n（六）其他需要重点保护的区域。',
);

describe('a named designated site the text puts under protection is a Programme (lawNamedDesignatedSites)', () => {
  it('reads the reserves, parks and geoparks of 南阳 第十七条 (promotion4), each by its name', () => {
    const found = programmes(nanyang17);
    expect(found).toEqual(expect.arrayContaining([
      '宝天曼国家级自然保护区', '河南南阳恐龙蛋化石群国家级自然保护区', '丹江湿地国家级自然保护区',
      '寺山国家森林公园', '淮河源国家森林公园', '南阳白河国家湿地公园', '唐河友兰国家湿地公园', '南阳伏牛山世界地质公园', '南阳宝天曼世界地质公园',
    ]));
    expect(programmes(nanyang17, { lawNamedDesignatedSites: false })).not.toContain('宝天曼国家级自然保护区');
  });
  it('reads an unranked forest park beside ranked ones of its head (独山森林公园, 紫山森林公园)', () => {
    expect(programmes(nanyang17)).toEqual(expect.arrayContaining(['独山森林公园', '紫山森林公园']));
  });
  it('reads no kind at a list tail and no water-source place named by a list tail (等自然保护区, 等湿地公园, …水源地)', () => {
    const found = programmes(nanyang17);
    for (const kind of ['自然保护区', '森林公园', '湿地公园', '地质公园', '丹江流域南水北调水源地']) expect(found).not.toContain(kind);
    expect(programmes(nanyang17, { lawListKindTailOut: false })).toContain('湿地公园');
  });
  it('reads no site named only as the scope of another regulation (randomx, 东营市湿地保护条例 第四十八条)', () => {
    const text = regulation('东营市湿地保护条例', '山东黄河三角洲国家级自然保护区湿地的保护管理，《山东黄河三角洲国家级自然保护区管理条例》已规定的，从其规定；未规定的，遵照本条例的规定执行。');
    expect(programmes(text)).not.toContain('山东黄河三角洲国家级自然保护区');
  });
  it('keeps 湿地公园 where the text confers and manages it as a designation (randomx, 东营 第十九条)', () => {
    const text = regulation('东营市湿地保护条例', '申报国家、省级湿地公园的，按照国家和省有关规定办理。申报市、县级湿地公园的，应当编制湿地公园总体规划，由林业主管部门会同有关部门组织论证。\n禁止擅自命名、挂牌湿地公园。');
    expect(programmes(text)).toContain('湿地公园');
  });
});

describe('the title a 创建 campaign confers is a Programme (lawCreatedTitles)', () => {
  it('reads 生态旅游示范区 the governments must create (promotion4, 南阳 第四十四条)', () => {
    const text = regulation('南阳市生态文明建设促进条例', '市、县（市、区）人民政府应当根据本行政区域生态旅游资源实际情况，推进生态旅游项目建设，创建生态旅游示范区，促进生态旅游与经济发展、乡村振兴相融合。');
    expect(programmes(text)).toContain('生态旅游示范区');
    expect(programmes(text, { lawCreatedTitles: false })).not.toContain('生态旅游示范区');
  });
  it('reads no development area a place is supported to apply for (innovation3, 北京国际科技创新中心建设条例 第二十条)', () => {
    const text = regulation('北京国际科技创新中心建设条例', '推动农业科技创新，加快建设农业科技创新示范区，支持创建农业高新技术产业示范区，建设农业中关村。');
    expect(programmes(text)).not.toContain('农业高新技术产业示范区');
  });
});

describe('designated land and a named national scheme (programmes.txt; the gold decision of session 56)', () => {
  it('reads 永久基本农田 the governments protect (南阳 第十二条) and 国家储备林 they carry out (南阳 第二十五条)', () => {
    const text = regulation(
      '南阳市生态文明建设促进条例',
      '市、县（市、区）人民政府应当加强永久基本农田的保护和管理，严守耕地保护红线，强化国土空间用途管制，促进城镇低效土地盘活利用。',
      '市、县（市、区）人民政府应当推进植树造林、封山育林、退耕还林还草等工作，推行国家储备林建设，加强森林防火和病虫害防治，促进森林生态系统健康发展。',
    );
    expect(programmes(text)).toEqual(expect.arrayContaining(['永久基本农田', '国家储备林']));
  });
});
