import { describe, expect, it } from 'vitest';
import { extracted } from '../helpers.js';
import { regulation } from './law-text.js';

// Regulations written for these tests (not taken from any corpus or gold file): the session-19 rules, read on the
// development half of the random extraction draw (tests/real/randomx) for kinds of miss — the organs of a people's
// congress and of the courts as Chinese public administration names them, documents named 规则, a hearing's
// participants, and the phrasing of quorums, terms, size limits and appendix tables in numeric duties.
const run = (text: string) => extracted('x.txt', text);
const names = (type: string, text: string) =>
  [...new Set(run(text).mentions.filter((m) => m.type === type).map((m) => m.canonical))].sort();
const targets = (text: string) => run(text).targets.map((t) => [t.comparator, t.value, t.unit]);

describe('the organs of a congress and of the courts', () => {
  it('reads a congress "及其常务委员会" as the congress and its standing committee', () => {
    const text = regulation('江苏省人民代表大会常务委员会监督条例', '为保证宪法、法律和全国人民代表大会及其常务委员会的决议在本省遵守和执行，制定本条例。');
    expect(names('Organisation', text)).toEqual(['全国人民代表大会', '全国人民代表大会常务委员会']);
  });

  it('resolves the courts and procuratorate of the region (省高级人民法院, 市人民检察院), not the bare kind', () => {
    const text = regulation('江苏省人民代表大会常务委员会监督条例', '省高级人民法院、省人民检察院应当向常务委员会报告工作。', '人民法院依法审理；县级以上人民检察院依法监督。');
    expect(names('Organisation', text)).toEqual(['江苏省人民检察院', '江苏省高级人民法院']);
  });

  it('reads no body in a committee named only by its kind (检察委员会, 工作委员会, 专门委员会)', () => {
    const text = regulation(
      '江苏省人民代表大会常务委员会监督条例',
      '检察长不同意检察委员会多数人的意见的，报请决定。',
      '常务委员会可以交由工作委员会或者专门委员会调查研究。',
    );
    expect(names('Organisation', text)).toEqual([]);
  });

  it('reads a congress or standing committee in its committees named only by their kind', () => {
    const text = regulation('江苏省人民代表大会常务委员会监督条例', '主任会议可以交由省人民代表大会有关的专门委员会或者省人大常委会工作委员会审议。');
    expect(names('Organisation', text)).toEqual(['江苏省人大', '江苏省人大常委会']);
  });

  it('reads no body in a body a purpose clause regulates (为了规范仲裁委员会的收费)', () => {
    expect(names('Organisation', regulation('某某收费办法', '为了规范仲裁委员会的仲裁收费，制定本办法。'))).toEqual([]);
  });

  it('reads the court itself in its judicial committee of the history lines', () => {
    const text = '最高人民法院关于审理某类案件的规定\n2003年1月6日 最高人民法院审判委员会第1265次会议通过\n<!-- INFO END -->\n第一条　人民法院应当依法受理。\n第二条　本规定自公布之日起施行。';
    expect(names('Organisation', text)).toEqual(['最高人民法院']);
  });
});

describe('documents and persons of procedure', () => {
  it('cites a 《…规则》 as a document, and reads no body inside its title', () => {
    const text = regulation('江苏省某某规定', '审议程序按照《江苏省人民代表大会常务委员会议事规则》的规定进行。');
    const e = run(text);
    expect(e.citations.map((c) => c.title)).toEqual(['江苏省人民代表大会常务委员会议事规则']);
    expect(e.mentions.filter((m) => m.type === 'Organisation')).toEqual([]);
  });

  it('cites a 《…大纲》 (a syllabus) as a document', () => {
    const e = run(regulation('江苏省国防教育条例', '学校应当按照《全民国防教育大纲》的要求开展国防教育。'));
    expect(e.citations.map((c) => c.title)).toEqual(['全民国防教育大纲']);
    expect(e.mentions.filter((m) => m.type === 'Organisation')).toEqual([]);
  });

  it('reads no body in the people\'s mediation committee every village has', () => {
    expect(names('Organisation', regulation('江苏省老年人权益保障条例', '人民调解委员会应当及时调解涉及老年人的纠纷。'))).toEqual([]);
  });

  it('reads no group in the organisers of an event or the participants of a hearing', () => {
    const text = regulation('某某标志管理条例', '活动的组织者或者筹备者应当提出申请。', '证人、鉴定人、翻译人员因出庭支出的费用由当事人承担。');
    expect(names('TargetGroup', text)).toEqual([]);
  });
});

describe('designations of wetland administration', () => {
  it('reads the grades of important wetlands, wetland parks and protection plots as programmes', () => {
    const text = regulation('江西省湿地保护条例', '湿地分为国家重要湿地、省级重要湿地和一般湿地。', '符合条件的，可以建立湿地公园或者湿地保护小区。');
    expect(names('Programme', text)).toEqual(['国家重要湿地', '湿地保护小区', '湿地公园', '省级重要湿地']);
  });
});

describe('numbers in statutory duties', () => {
  it('reads size limits (不大于, 不小于)', () => {
    expect(targets(regulation('某某登记办法', '图样长和宽不大于十厘米、不小于五厘米。'))).toEqual([
      ['<=', 10, '厘米'],
      ['>=', 5, '厘米'],
    ]);
  });

  it('reads a delivery due so many days before a meeting (三日以前)', () => {
    expect(targets(regulation('某某议事规则', '议案应当在会议举行的五日以前送交办公厅。'))).toEqual([['>=', 5, '日']]);
  });

  it('reads no target in the quorum of a joint motion (五人以上联名)', () => {
    expect(targets(regulation('某某议事规则', '常务委员会组成人员五人以上联名，可以提出议案。'))).toEqual([]);
  });

  it('reads a term the law bounds in years (期限最长不得超过二年), not a bare count of years', () => {
    expect(targets(regulation('某某保护条例', '临时占用林地的期限最长不得超过二年。'))).toEqual([['<=', 2, '年']]);
    expect(targets(regulation('某某保护条例', '前款规定的工作应当在二年内完成。', '该制度实行已满二年。'))).toEqual([]);
  });

  it('reads no target in a day the law deems (以…二十日为送达日期)', () => {
    expect(targets(regulation('某某登记办法', '不能直接送交的，以公告之日起的二十日为送达日期。'))).toEqual([]);
    expect(targets(regulation('某某登记办法', '以邮寄之日起的30日为送达日期。'))).toEqual([]);
  });

  it('reads no target in the depth that defines a thing (水深不超过六米的海域)', () => {
    expect(targets(regulation('某某保护条例', '本条例所称湿地包括低潮时水深不超过六米的海域。'))).toEqual([]);
  });

  it('reads no target in the rows of a regulation\'s appendix table', () => {
    const text = regulation('某某收费办法', '申请人应当自收到通知之日起十五日内预交受理费。', '本办法自公布之日起施行。\n\n附件：\n\n受理费表\n\n1000元以下的部分 40－100元\n\n1001元至50000元的部分 按4%－5%交纳');
    expect(targets(text)).toEqual([['<=', 15, '日']]);
  });
});
