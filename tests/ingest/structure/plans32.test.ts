// Notices, rules and emergency plans as other regions' portals and copies print them (session 32 (plans), read on 13 real
// pages of county, prefecture, 盟, city and provincial portals, a document site and a forum, not kept in the repository):
// a prefecture's 行政公署 signing, a portal's 发布机构 without its place, two offices run together in a joint title, a
// document site's 第一篇： list and a header printed again under it, addressees run on after the title, a repost's date,
// contents of chapters the copy does not reach, a 细则 printed with its forms, a decimal chapter cut short. The texts
// below are written for these tests in the shapes such pages take; what a reader checks is the metadata and the units.
import { describe, expect, it } from 'vitest';
import { structured } from '../helpers.js';
import { normaliseText } from '../../../ingest/read/normalise.js';
import { clean } from '../../../ingest/clean/index.js';
import { structure } from '../../../ingest/structure/index.js';
import { loadLexicon } from '../../../ingest/lexicon/load.js';
import { parseHeading } from '../../../ingest/structure/numbering.js';

const lexicon = loadLexicon();
/** As the pipeline reads a text file: normalised, cleaned, structured. */
const page = (text: string) => structure('page.txt', clean(normaliseText(text), lexicon), lexicon)!;

describe('who signed', () => {
  it('reads a prefecture government (行政公署) signing under its notice, before the panel’s short 发文机构 and 发布日期', () => {
    const doc = page(
      '- 索引号:xx/2022-00031\n- 发文字号:某行发〔2022〕7号\n- 发文机构:地区行署\n- 名 称:某某地区行政公署关于印发《某某地区行政公署议事规则》的通知\n- 发布日期:2022-09-30 10:12\n' +
        '某某地区行政公署关于印发《某某地区行政公署议事规则》的通知\n各县人民政府，行署各部门：\n《某某地区行政公署议事规则》已经行署研究通过，现印发给你们，请认真贯彻执行。\n某某地区行政公署\n2022年8月16日\n某某地区行政公署议事规则\n一、为规范议事程序，制定本规则。\n',
    );
    expect(doc.title).toBe('某某地区行政公署议事规则');
    expect(doc.issuer).toBe('某某地区行政公署');
    expect(doc.issuedOn).toBe('2022-08-16');
  });

  it('prefers the offices a joint title names, run together, to a 发布机构 without its place', () => {
    const doc = page(
      '中共某某市委办公室 某某市人民政府办公室 关于印发《某某市养老服务提升行动方案》的通知\n索引号： 1001/20230508-00001 发布日期： 2023-05-08\n发布机构： 市民政局 文 号：\n' +
        '各县、区党委和人民政府，市级各部门：\n现将《某某市养老服务提升行动方案》印发给你们，请认真抓好贯彻落实。\n一、总体要求\n到2025年，养老服务体系基本建成。\n',
    );
    expect(doc.issuer).toBe('中共某某市委办公室、某某市人民政府办公室');
    expect(doc.title).toBe('某某市养老服务提升行动方案');
  });

  it('keeps a placeless 发布机构 that is a short name of the body the title names (as before)', () => {
    const doc = page('某某市人民政府办公厅关于做好春季防火工作的通知\n发布机构：市政府办公厅 发布日期：2023-03-01\n各区人民政府：\n一、压实责任。\n');
    expect(doc.issuer).toBe('某某市人民政府办公厅');
  });
});

describe('titles above which a copy prints other lines', () => {
  it('reads a notice under a document site’s 第一篇： line and its header printed once more', () => {
    expect(parseHeading('第一篇：某某省人民政府办公厅文件')).toBeUndefined();
    expect(parseHeading('第一篇 总体要求')).toMatchObject({ kind: 'chapter', label: '第一篇' });
    const doc = page(
      '某某省人民政府办公厅文件\n时间：2019-05-14 10:45:55 作者：会员上传\n简介：本站为你整理了多篇相关的《某某省人民政府办公厅文件》。\n第一篇：某某省人民政府办公厅文件\n' +
        '某某省人民政府办公厅文件\n某政办发〔2008〕31号\n某某省人民政府办公厅关于做好农村义务教育\n学校校舍维修工作的通知\n各市州人民政府，省政府各部门：\n为做好校舍维修工作，现通知如下：\n一、提高认识。维修工作事关学生安全。\n二、加强管理。资金专款专用。\n',
    );
    expect(doc.title).toBe('某某省人民政府办公厅关于做好农村义务教育学校校舍维修工作的通知');
    expect(doc.docNumber).toBe('某政办发〔2008〕31号');
    expect(doc.year).toBe(2008);
    expect(doc.units.map((u) => u.path)).toEqual(['前言', '一', '二']);
  });

  it('ends a title before the addressees a page ran on after it', () => {
    const doc = page('青田县关于开展“书香家庭”评选活动的通知 各乡镇妇联、县直妇委会：\n为推进家庭文明建设，现将有关事项通知如下：\n一、评选范围\n全县城乡家庭。\n');
    expect(doc.title).toBe('青田县关于开展“书香家庭”评选活动的通知');
    expect(doc.region).toBe('青田县');
  });
});

describe('dates a copy adds', () => {
  it('does not date an old opinion by its repost: the posting time under the title, a page date after its number’s year', () => {
    const doc = page('某某省人民政府关于加快发展职业教育的意见\n2024-06-07 16:43\n312人看过\n某某省人民政府关于加快发展职业教育的意见（某政〔2003〕21号）\n各市、县人民政府：\n一、明确目标。\n');
    expect(doc.docNumber).toBe('某政〔2003〕21号');
    expect(doc.issuedOn).toBeUndefined();
    expect(doc.year).toBe(2003);
    const later = page('发布时间：2024-06-07\n某某省人民政府关于加快发展职业教育的意见\n某政〔2003〕21号\n各市、县人民政府：\n一、明确目标。\n');
    expect(later.issuedOn).toBeUndefined();
    expect(later.year).toBe(2003);
    const same = page('发布时间：2003-06-07\n某某省人民政府关于加快发展职业教育的意见\n某政〔2003〕21号\n各市、县人民政府：\n一、明确目标。\n');
    expect(same.issuedOn).toBe('2003-06-07');
  });
});

describe('units of a copy that stops early', () => {
  it('leaves out the contents of chapters the copy does not reach', () => {
    const doc = structured(
      'page.txt',
      '某某盟公文处理实施细则\n目 录\n第一章 总则\n第二章 公文种类\n第三章 公文格式\n第四章 附则\n第一章 总则\n第一条 为规范公文处理工作，制定本细则。\n第二条 本细则适用于全盟行政机关。\n',
    );
    expect(doc.units.map((u) => u.path)).toEqual(['第一章', '第一章/第一条', '第一章/第二条']);
    expect(doc.genre).toBe('regulation');
  });

  it('reads a 细则 printed with its forms (…细则及文种式样) in articles as a regulation, a plan so titled as a plan', () => {
    const text = (title: string) => `${title}\n第一章 总则\n第一条 为规范公文处理工作，制定本细则。\n第二条 本细则适用于全盟行政机关。\n`;
    expect(structured('page.txt', text('某某盟公文处理实施细则及文种式样')).genre).toBe('regulation');
    expect(structured('page.txt', '某某县文明创建工作方案及任务清单\n一、目标\n全面完成创建任务。\n').genre).toBe('plan');
  });

  it('reads an emergency plan cut in its first chapter (1总则 / 1.1 / 1.2) in the decimal scheme', () => {
    const doc = structured('page.txt', '某某县森林火灾应急预案\n1总则\n1.1编制目的\n为有效处置森林火灾，制定本预案。\n1.2编制依据\n依据《中华人民共和国森林法》等，制定本预案。\n');
    expect(doc.units.map((u) => u.path)).toEqual(['1', '1/1.1', '1/1.2']);
    const items = structured('page.txt', '某某县工作要点\n1加强领导\n落实责任。\n1.5万元用于奖励。\n');
    expect(items.units.map((u) => u.path)).not.toContain('1/1.5');
  });
});

describe('a second batch of pages (read after the first batch’s rules were done)', () => {
  it('drops a portal column’s label before the title (政务服务丨) and a bulleted page line (- 发布日期：)', () => {
    const doc = page('工作动态丨青田县人民政府关于加快发展农村电商的实施意见\n- 发布日期:2022-05-10\n- 浏览次数:\n青田县人民政府\n关于加快发展农村电商的实施意见\n青政发〔2022〕12号\n各乡镇人民政府，县政府各部门：\n一、总体要求\n到2025年，农村电商体系基本建立。\n');
    expect(doc.title).toBe('青田县人民政府关于加快发展农村电商的实施意见');
    expect(doc.issuer).toBe('青田县人民政府');
    expect(doc.issuedOn).toBe('2022-05-10');
    expect(doc.text).not.toContain('发布日期');
    expect(doc.text).not.toContain('浏览次数');
  });

  it('reads the plan, its promulgating bodies and its year from a note that reports its promulgation', () => {
    const doc = page('发布信息\n2022年9月，中共某某省委办公厅、某某省人民政府办公厅印发《某某省河湖长制工作规定》，自印发之日起施行。\n内容全文\n第一章 总则\n第一条 为全面落实河湖长制，制定本规定。\n第二条 本规定适用于全省河湖。\n');
    expect(doc.title).toBe('某某省河湖长制工作规定');
    expect(doc.issuer).toBe('中共某某省委办公厅、某某省人民政府办公厅');
    expect(doc.year).toBe(2022);
    expect(doc.issuedOn).toBeUndefined();
    expect(doc.genre).toBe('regulation');
  });
});

describe('a third batch of pages: county plans as town and county portals print them', () => {
  it('reads a byline under the title ([某某县人民政府]2016-05-09) as who posted a plan that signs nowhere', () => {
    const doc = page('宁陵县抗旱应急预案\n[宁陵县人民政府]2016-05-09字号: |\n1总则\n1.1编制目的\n做好抗旱工作。\n1.2编制依据\n依据有关法律，制定本预案。\n');
    expect(doc.issuer).toBe('宁陵县人民政府');
    expect(doc.issuedOn).toBe('2016-05-09');
    expect(doc.region).toBe('宁陵县');
  });

  it('does not take a town that posted its county’s plan for its issuer', () => {
    const doc = page(
      '索引号: 1134/202006-00018 组配分类: 应急预案\n发布机构: 宁陵县石桥镇人民政府 主题分类: 其他\n名称: 关于印发宁陵县森林防火应急预案的通知 文号:\n生成日期: 2021-04-02\n' +
        '关于印发宁陵县森林防火应急预案的通知\n各乡镇人民政府，县防火指挥部成员单位：\n《宁陵县森林防火应急预案》已修订，经县政府同意，现印发给你们，请认真贯彻实施。\n2021年3月30日\n宁陵县森林防火应急预案\n1总则\n1.1编制目的\n有效处置火情。\n1.2适用范围\n全县。\n',
    );
    expect(doc.title).toBe('宁陵县森林防火应急预案');
    expect(doc.issuer).toBeUndefined();
    expect(doc.issuedOn).toBe('2021-03-30');
    expect(doc.region).toBe('宁陵县');
    // (A town's own plan stays the town's.)
    const own = page('发布机构: 宁陵县石桥镇人民政府 生成日期: 2021-04-02\n名称: 石桥镇防汛工作方案\n石桥镇防汛工作方案\n一、工作目标\n确保安全度汛。\n');
    expect(own.issuer).toBe('宁陵县石桥镇人民政府');
  });

  it('leaves out a decimal contents list whose later lines the copy never reaches', () => {
    const doc = structured('page.txt', '某某县防汛应急预案\n1总则\n1.1编制目的\n1.2编制依据\n2组织机构\n2.1指挥部\n2.2办公室\n3附则\n1 总则\n1.1 编制目的\n做好防汛工作。\n');
    expect(doc.units.map((u) => u.path)).toEqual(['1', '1/1.1']);
  });
});

describe('a fourth batch of pages: a law database’s 2003 notice, a city’s rules, a street office’s summary', () => {
  it('reads a heading over the notice as a title of its own, and a province’s name before its city’s as the city’s', () => {
    const doc = page('某某市市本级档案工作实施细则\n江西省九江市人民政府办公室\n关于印发某某市市本级档案工作实施细则的通知\n（ 九府发〔2004〕12号 ）\n市政府各部门：\n现将《某某市市本级档案工作实施细则》印发给你们，请遵照执行。\n二OO四年三月五日\n某某市市本级档案工作实施细则\n一、总体要求\n规范档案工作。\n');
    expect(doc.issuer).toBe('江西省九江市人民政府办公室');
    expect(doc.level).toBe('municipal');
    expect(doc.region).toBe('九江市');
    expect(doc.issuedOn).toBe('2004-03-05');
  });

  it('takes the plan’s own title line that names its place when the notice left the place out', () => {
    const doc = page('九江市人民政府关于印发城市更新项目管理规则的通知\n九府〔2019〕88号\n各区人民政府：\n《九江市城市更新项目管理规则》已经市政府常务会议研究同意，现印发给你们，请认真贯彻执行。\n九江市人民政府\n2019年6月3日\n九江市城市更新项目管理规则\n第一章 总则\n第一条 为规范城市更新项目管理，制定本规则。\n');
    expect(doc.title).toBe('九江市城市更新项目管理规则');
    expect(doc.genre).toBe('regulation');
  });

  it('leaves a posting date printed after the title on its line out of the title and dates the text by it', () => {
    const doc = page('某某街道2019年工作总结和2020年工作安排 2020-02-14\n2019年，街道办事处较好地完成了各项目标任务。\n（一）民生持续改善\n');
    expect(doc.title).toBe('某某街道2019年工作总结和2020年工作安排');
    expect(doc.issuedOn).toBe('2020-02-14');
    expect(doc.year).toBe(2020);
  });
});

describe('a fifth batch of pages: a provincial gazette’s title without its province', () => {
  it('reads 省人民政府 as the province its document number names (鄂政发 → 湖北省)', () => {
    const doc = page('省人民政府关于\n加快发展现代物流业的若干意见\n鄂政发〔2019〕12号\n各市、州、县人民政府，省政府各部门：\n一、总体要求\n推动物流业高质量发展。\n');
    expect(doc.issuer).toBe('湖北省人民政府');
    expect(doc.level).toBe('provincial');
    expect(doc.region).toBe('湖北省');
    // (A number whose first character names no province leaves the body as printed.)
    expect(page('省人民政府关于\n加快发展现代物流业的若干意见\n某政发〔2019〕12号\n各市人民政府：\n一、总体要求\n推动发展。\n').issuer).toBe('省人民政府');
  });
});

describe('a sixth batch of pages: a district’s notice of its five-year outline', () => {
  it('dates the notice by a date under the attachment’s file name, and does not take the outline’s horizon for its year', () => {
    const text = '某某区人民政府关于印发某某区国民经济和社会发展第十四个五年规划和2035年远景目标纲要的通知\n各乡镇人民政府，区政府各部门：\n《某某区国民经济和社会发展第十四个五年规划和2035年远景目标纲要》已经区人大审议批准，现印发给你们，请认真贯彻执行。\n某某区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要.docx\n2021年9月23日\n';
    const doc = page(text);
    expect(doc.issuedOn).toBe('2021-09-23');
    expect(doc.year).toBe(2021);
    const undated = page(text.replace('2021年9月23日\n', ''));
    expect(undated.year).toBeUndefined();
  });
});

