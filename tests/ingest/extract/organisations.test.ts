import { describe, expect, it } from 'vitest';
import { extracted } from '../helpers.js';
import { regulation } from './law-text.js';

// Regulations written for these tests (not taken from any corpus or gold file).
const orgs = (text: string) =>
  [...new Set(extracted('x.txt', text).mentions.filter((m) => m.type === 'Organisation').map((m) => m.canonical))].sort();

describe('organisations in laws and regulations', () => {
  it('finds mass organisations named without a region, full or short form, as their standard short name', () => {
    const found = orgs(
      regulation(
        '江西省养老服务条例',
        '工会、共产主义青年团、妇女联合会、残疾人联合会、红十字会等团体应当协助做好养老服务工作。',
        '文学艺术界联合会、社会科学界联合会和归国华侨联合会可以组织志愿活动。共青团应当动员青年参与。',
      ),
    );
    expect(found).toEqual(expect.arrayContaining(['工会', '共青团', '妇联', '残联', '红十字会', '文联', '社科联', '侨联']));
  });

  it('gives a body or a platform after the region\'s short form to the document\'s region (由市…基金会, 向市…平台)', () => {
    const doc = extracted('x.txt', regulation('重庆市养老服务条例', '捐赠款物由市养老服务基金会接受，相关信息向市养老服务信息服务平台归集。'));
    const names = doc.mentions.map((m) => [m.type, m.canonical]);
    expect(names).toEqual(expect.arrayContaining([['Organisation', '重庆市养老服务基金会'], ['Programme', '重庆市养老服务信息服务平台']]));
  });

  it('takes a body after a list of administrative levels for a class, not a body (市和区、县…办公室)', () => {
    const found = orgs(regulation('江西省养老服务条例', '市和区、县养老服务协调办公室应当组织培训，县（市、区）养老服务协调委员会予以配合。'));
    expect(found.filter((o) => /养老服务协调/.test(o))).toEqual([]);
  });

  it('does not take a quantified or attributive bare name for a body', () => {
    // (Session 32: 各级工会 in a regulation is the organisation, as the law gold reads 本市各级归国华侨联合会 → 侨联;
    // session32.test.ts. A level bound, 县级以上, and the attributive forms stay no body.)
    const found = orgs(
      regulation('江西省养老服务条例', '县级以上妇女联合会应当加强工会干部队伍建设。', '科协系统和科协组织应当配合。'),
    );
    expect(found).toEqual([]);
  });

  it('reads the adopting standing committee with its edition dropped, as the document’s issuer and history', () => {
    // The adoption line is history, read by structure (not a mention inside the text of a measure).
    const { doc } = extracted(
      'x.txt',
      '江西省养老服务条例\n2020年7月30日 江西省第十三届人民代表大会常务委员会第二十二次会议通过\n第一条　为了规范养老服务，制定本条例。',
    );
    expect(doc.issuer).toBe('江西省人民代表大会常务委员会');
    expect(doc.history?.map((h) => [h.date, h.action, h.by])).toEqual([['2020-07-30', 'adopted', '江西省人民代表大会常务委员会']]);
  });

  it('resolves 市 and 本市 in the regulation of a municipality to that municipality', () => {
    const found = orgs(
      regulation('天津市养老服务条例', '市人民政府应当统筹规划养老服务设施。', '本市人民代表大会常务委员会听取专项工作报告。市民政局负责组织实施。'),
    );
    expect(found).toEqual(expect.arrayContaining(['天津市人民政府', '天津市人大常委会', '天津市民政局']));
  });

  it('resolves 省 in a provincial regulation and keeps a department named after a region', () => {
    const found = orgs(regulation('江西省养老服务条例', '省民政厅会同省卫生健康委员会制定标准。江西省住房和城乡建设厅予以配合。'));
    expect(found).toEqual(expect.arrayContaining(['江西省民政厅', '江西省卫生健康委', '江西省住房和城乡建设厅']));
  });

  it('does not take classes of governments for organisations', () => {
    const found = orgs(
      regulation('江西省养老服务条例', '县级以上人民政府应当将养老服务纳入规划。乡镇人民政府、街道办事处和同级人民政府予以支持。', '设区的市人民政府可以制定具体办法。'),
    );
    expect(found).toEqual([]);
  });

  it('takes the national people’s congress for an organisation, not a programme', () => {
    const { mentions } = extracted('x.txt', regulation('中华人民共和国某某法', '本法由全国人民代表大会通过。国务院和中央军事委员会领导有关工作。'));
    const org = mentions.filter((m) => m.type === 'Organisation').map((m) => m.canonical);
    expect(org).toEqual(expect.arrayContaining(['全国人民代表大会', '国务院', '中央军事委员会']));
    expect(mentions.filter((m) => m.type === 'Programme')).toEqual([]);
  });

  it('finds a body ending in a bare mass-organisation name by its suffix', () => {
    expect(orgs(regulation('江西省养老服务条例', '新疆生产建设兵团科协和省总工会共同举办。'))).toEqual(
      expect.arrayContaining(['新疆生产建设兵团科协', '江西省总工会']),
    );
  });
});

describe('organisations named after 市 in a municipality, and military commands', () => {
  it('gives 市X offices of a municipality its name and keeps a military command as written', () => {
    const found = orgs(regulation('天津市养老服务条例', '市养老服务办公室会同天津警备区和市志愿服务联合会开展工作。', '县级以上人民政府养老服务办公室负责日常工作。'));
    expect(found).toEqual(expect.arrayContaining(['天津市养老服务办公室', '天津警备区', '天津市志愿服务联合会']));
    expect(found.filter((n) => n.startsWith('人民政府'))).toEqual([]);
  });
});
