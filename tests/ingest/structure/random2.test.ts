// Forms met in the second seeded draw of the mirror (session 19, tests/real/random2) and in the scan of
// the mirror outside both of its halves. Texts are made for the test in the forms of the mirror; the
// real files are scored by `npm run eval -- --set random2dev`.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSource } from '../../../ingest/read/index.js';
import { structured } from '../helpers.js';

const doc = (...lines: string[]) => structured('x.md', lines.join('\n'));

describe('the title of a part of a code', () => {
  it('keeps the part (…编, 总则, 附则) printed under the code title, so the parts are different documents', () => {
    const part = (name: string) =>
      doc(
        '中华人民共和国示例法典',
        name,
        '2030年5月28日 第二十届全国人民代表大会第三次会议通过',
        '第一章 一般规定',
        '第一千零一条 本编调整示例关系。',
      );
    const a = part('侵权责任编');
    const b = part('总则');
    expect(a.title).toBe('中华人民共和国示例法典侵权责任编');
    expect(b.title).toBe('中华人民共和国示例法典总则');
    expect([a.issuer, a.issuedOn]).toEqual(['全国人民代表大会', '2030-05-28']);
  });

  it('does not join a chapter word under the title of a law that is no code', () => {
    const d = doc('某省示例条例', '总则', '2030年5月28日 某省第十届人民代表大会常务委员会第三次会议通过', '第一条 示例。');
    expect(d.title).toBe('某省示例条例');
  });
});

describe('joint issuers named by a title', () => {
  it('reads every body a header-less title joins with 、, as the title writes them', () => {
    const d = doc(
      '最高人民法院、最高人民检察院关于办理示例刑事案件适用法律若干问题的解释',
      '为依法惩治示例犯罪，根据刑法有关规定，现就办理此类刑事案件适用法律的若干问题解释如下：',
      '第一条 示例。',
    );
    expect(d.issuer).toBe('最高人民法院、最高人民检察院');
    expect([d.level, d.region]).toEqual(['central', '全国']);
  });

  it('keeps one body when the 、 joins words that are no body', () => {
    const d = doc('国务院关于示例、试点工作的若干规定', '第一条 示例。');
    expect(d.issuer).toBe('国务院');
  });
});

describe('a bracketed history whose meeting is not dated', () => {
  it('is dated by the promulgation it gives (the court’s own form of publication)', () => {
    const d = doc(
      '最高人民法院关于示例民事诉讼文书送达的若干规定',
      '（最高人民法院审判委员会第1999次会议通过 2030年4月17日最高人民法院公告公布 自2030年4月23日起施行）',
      '为维护示例当事人的合法权益，根据民事诉讼法的有关规定，制定本规定。',
      '第一条 示例。',
    );
    expect([d.issuer, d.issuedOn, d.year]).toEqual(['最高人民法院', '2030-04-17', 2030]);
    // the meeting's date is not given: no adoption is dated by the promulgation
    expect(d.history).toEqual([]);
  });

  it('keeps the joint adopters the title names when one of them promulgates', () => {
    const d = doc(
      '最高人民法院、最高人民检察院关于示例罪名的补充规定',
      '（最高人民法院审判委员会第1999次会议、最高人民检察院第十届检察委员会第100次会议通过 2030年3月15日最高人民法院公告公布 自2030年3月26日起施行）',
      '为正确理解、执行示例法律，现对罪名补充规定如下：',
    );
    expect([d.issuer, d.issuedOn]).toEqual(['最高人民法院、最高人民检察院', '2030-03-15']);
  });

  it('does not read a bracketed note without a promulgation as a history', () => {
    const d = doc('某省示例条例', '（2030年4月17日起试行，试行期两年）', '第一条 示例。');
    expect(d.issuedOn).toBeUndefined();
  });
});

describe('the number of a joint order', () => {
  it('names every body that promulgated it, without the state’s name', () => {
    const d = doc(
      '中华人民共和国示例飞行规则',
      '2030年7月24日 中华人民共和国国务院、中华人民共和国中央军事委员会令第988号公布',
      '第一条 示例。',
    );
    expect(d.docNumber).toBe('国务院、中央军事委员会令第988号');
    expect(d.issuer).toBe('国务院、中央军事委员会');
  });
});

describe('two orders joined by 、', () => {
  it('keeps both numbers as printed', () => {
    const d = doc('示例工作条例', '2030年3月12日 国家示例委员会令第8号、卫生部令第11号发布', '第一条 示例。');
    expect(d.docNumber).toBe('国家示例委员会令第8号、卫生部令第11号');
  });
});

describe('an amendment by a joint decision', () => {
  it('is read when the decision’s title names joint bodies in short form', () => {
    const d = doc(
      '中华人民共和国示例飞行规则',
      '2030年7月24日 中华人民共和国国务院、中华人民共和国中央军事委员会令第988号公布',
      '2031年7月27日 《国务院、中央军委关于修改〈中华人民共和国示例飞行规则〉的决定》第一次修订',
      '第一条 示例。',
    );
    expect(d.history.map((h) => [h.date, h.action, h.by])).toEqual([
      ['2030-07-24', 'adopted', '国务院、中央军事委员会'],
      ['2031-07-27', 'revised', '国务院、中央军事委员会'],
    ]);
    expect(d.issuedOn).toBe('2031-07-27');
  });
});

describe('a body whose name the mirror dropped a character of', () => {
  it('is read whole (…常务员会, …人民代表会)', () => {
    const a = doc('某市示例条例', '2030年7月22日 某市第十届人民代表大会常务员会第十一次会议通过', '第一条 示例。');
    const b = doc('某市示例保护条例', '2030年1月12日 某市第十九届人民代表会第二次会议通过', '第一条 示例。');
    expect(a.issuer).toBe('某市人民代表大会常务委员会');
    expect(b.issuer).toBe('某市人民代表大会');
  });
});

describe('the level of a judicial interpretation whose title names no court', () => {
  it('is central: only the supreme court and procuratorate interpret the application of law', () => {
    const d = doc(
      '关于审理示例刑事案件具体应用法律若干问题的解释',
      '为了依法惩处示例犯罪，根据刑法有关规定，结合审判实践情况，现决定作如下修改：',
      '第一条 示例。',
    );
    expect([d.level, d.region]).toEqual(['central', '全国']);
  });
});

describe('a government website’s catalogue fields above the document', () => {
  const catalogue = [
    '索引号：000014349/2030-00051',
    '主题分类：科技、教育\\其他',
    '发文机关：国务院办公厅',
    '成文日期：2030年06月03日',
  ];

  it('are not the title; they give the issuer, the date written (not the page’s) and the number', () => {
    const d = doc(
      ...catalogue,
      '标题：国务院办公厅关于示例工作的实施意见',
      '发文字号：国办发〔2030〕19号',
      '发布日期：2030年06月10日',
      '国务院办公厅关于示例工作的实施意见',
      '各省、自治区、直辖市人民政府，国务院各部委、各直属机构：',
      '为推进示例工作，经国务院同意，现提出以下意见。',
      '一、总体要求',
      '（一）指导思想。坚持示例。',
    );
    expect([d.title, d.issuer, d.issuedOn, d.docNumber]).toEqual(['国务院办公厅关于示例工作的实施意见', '国务院办公厅', '2030-06-03', '国办发〔2030〕19号']);
    expect([d.level, d.genre]).toEqual(['central', 'plan']);
  });

  it('several fields on one line, a notice that transmits a plan: the plan is the title', () => {
    const d = doc(
      '索引号：11410000/2030-01 发文机关：某省人民政府办公厅 成文日期：2030年3月2日',
      '标题：某省人民政府办公厅关于印发某省示例行动方案的通知 发文字号：某政办〔2030〕8号',
      '某省人民政府办公厅关于印发《某省示例行动方案》的通知',
      '各市人民政府：',
      '现将《某省示例行动方案》印发给你们，请认真贯彻执行。',
      '某省示例行动方案',
      '一、工作目标',
    );
    expect([d.title, d.issuer, d.issuedOn, d.docNumber]).toEqual(['某省示例行动方案', '某省人民政府办公厅', '2030-03-02', '某政办〔2030〕8号']);
  });

  it('one labelled line in a text is no catalogue', () => {
    const d = doc('某市示例工作方案', '标题：示例', '一、工作目标');
    expect(d.title).toBe('某市示例工作方案');
  });
});

describe('a government website page saved as HTML, with its catalogue table', () => {
  it('reads the document, not the table, as the title (the page’s <title> above the table too)', async () => {
    // The layout of gov.cn's policy library (made for the test): a table of catalogue fields, then the text.
    const html = `<html><head><title>某省示例工作的实施意见_政府信息公开</title></head><body>
<table><tr><td><b>索 引 号：</b></td><td>11410000/2030-00051</td><td><b>主题分类：</b></td><td>综合政务</td></tr>
<tr><td><b>发文机关：</b></td><td>某省人民政府办公厅</td><td><b>成文日期：</b></td><td>2030年06月03日</td></tr>
<tr><td><b>标　　题：</b></td><td colspan="3">某省人民政府办公厅关于示例工作的实施意见</td></tr>
<tr><td><b>发文字号：</b></td><td>某政办〔2030〕19号</td><td><b>发布日期：</b></td><td>2030年06月10日</td></tr></table>
<div><p>某省人民政府办公厅关于示例工作的实施意见</p><p>某政办〔2030〕19号</p>
<p>各市人民政府：</p><p>为推进示例工作，经省政府同意，现提出以下意见。</p><p>一、总体要求</p><p>（一）指导思想。坚持示例。</p></div>
</body></html>`;
    const file = join(mkdtempSync(join(tmpdir(), 'catalogue-')), 'page.html');
    writeFileSync(file, html);
    const d = structured('page.html', (await readSource(file)).text);
    expect([d.title, d.issuer, d.issuedOn, d.docNumber]).toEqual(['某省人民政府办公厅关于示例工作的实施意见', '某省人民政府办公厅', '2030-06-03', '某政办〔2030〕19号']);
  });
});

describe('labelled lines under a title', () => {
  it('leave the title above them the title', () => {
    const d = doc('某市示例工作方案', '文号：某政办〔2030〕3号', '成文日期：2030年5月6日', '各县（市、区）人民政府：', '一、工作目标');
    expect([d.title, d.issuedOn, d.docNumber]).toEqual(['某市示例工作方案', '2030-05-06', '某政办〔2030〕3号']);
  });
});
