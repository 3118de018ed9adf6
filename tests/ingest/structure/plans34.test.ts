// Session 34 (plans): a notice whose only trace of its issuing body is the 发文机关代字 of its number (GB/T 9704-2012
// §7.2.4), read by ingest/lexicon/issuer-codes.txt under the convention of tests/gold/README.md ("Document"), and the
// notice transmitting a plan whose name it does not quote. The texts below are written for these tests.
import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../../ingest/read/normalise.js';
import { clean } from '../../../ingest/clean/index.js';
import { structure } from '../../../ingest/structure/index.js';
import { loadLexicon } from '../../../ingest/lexicon/load.js';
import { issuerByNumber } from '../../../ingest/structure/issuer.js';

const lexicon = loadLexicon();
const page = (text: string) => structure('page.txt', clean(normaliseText(text), lexicon), lexicon)!;

describe('the issuer a document number names', () => {
  it('gives a ministry notice with no signature its ministry, level and region', () => {
    const doc = page(
      '关于做好失业保险金发放工作的通知\n劳社部发〔2005〕12号\n各省、自治区、直辖市劳动和社会保障厅（局）：\n' +
        '一、按时足额发放失业保险金。\n二、加强基金管理。\n',
    );
    expect(doc.docNumber).toBe('劳社部发〔2005〕12号');
    expect(doc.issuer).toBe('劳动和社会保障部');
    expect(doc.level).toBe('national');
    expect(doc.region).toBe('全国');
  });

  it('gives a State Council general office notice its office, central', () => {
    const doc = page('关于加强农村公路养护工作的通知\n国办发〔2013〕9号\n各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n一、明确养护责任。\n二、保障资金投入。\n');
    expect(doc.issuer).toBe('国务院办公厅');
    expect(doc.level).toBe('central');
  });

  it("gives a province's office notice its province", () => {
    const doc = page('关于做好冬季供暖工作的通知\n豫政办〔2020〕3号\n各省辖市人民政府，省人民政府各部门：\n一、保障热源供应。\n二、做好应急准备。\n');
    expect(doc.issuer).toBe('河南省人民政府办公厅');
    expect(doc.level).toBe('provincial');
    expect(doc.region).toBe('河南省');
  });

  it('reads a renamed ministry by the year of the number, and a department code after a prefix entry', () => {
    expect(issuerByNumber('人社部发〔2012〕3号', lexicon)).toBe('人力资源和社会保障部');
    expect(issuerByNumber('劳社部发〔2012〕3号', lexicon)).toBeUndefined();
    expect(issuerByNumber('工信部规〔2019〕5号', lexicon)).toBe('工业和信息化部');
    expect(issuerByNumber('国卫办医发〔2016〕1号', lexicon)).toBe('国家卫生和计划生育委员会办公厅');
    expect(issuerByNumber('国卫办医发〔2019〕1号', lexicon)).toBe('国家卫生健康委员会办公厅');
  });

  it('reads no body from a code it does not list, nor from a code that only begins like a listed one', () => {
    expect(issuerByNumber('宁政发〔2020〕1号', lexicon)).toBeUndefined(); // 南京 and 宁夏 both
    expect(issuerByNumber('国发明〔2020〕1号', lexicon)).toBeUndefined();
    expect(issuerByNumber('协普函综字〔2020〕5号', lexicon)).toBeUndefined();
    expect(issuerByNumber('国务院令第308号', lexicon)).toBeUndefined();
  });

  it('leaves a signed notice its signature', () => {
    const doc = page('关于做好冬季供暖工作的通知\n豫政办〔2020〕3号\n各省辖市人民政府：\n一、保障热源供应。\n二、做好应急准备。\n某某市人民政府\n2020年1月6日\n');
    expect(doc.issuer).toBe('某某市人民政府');
  });
});

describe('a notice transmitting a plan it does not quote (tests/gold/README.md, "Document")', () => {
  // A guard of the convention written in session 34: the code already read it so (no rule added).
  const notice = '某某县人民政府办公室关于印发2025年重点任务分解方案的通知\n各乡镇人民政府，县直各单位：\n现将2025年重点任务分解方案印发给你们，请认真贯彻执行。\n某某县人民政府办公室\n2025年3月1日\n';
  it('names the plan, with the notice as its wrapper, when the plan is not on the page', () => {
    const doc = page(notice);
    expect(doc.title).toBe('2025年重点任务分解方案');
    expect(doc.issuer).toBe('某某县人民政府办公室');
    expect(doc.issuedOn).toBe('2025-03-01');
  });
  it('names the plan the same way when its text follows', () => {
    expect(page(notice + '2025年重点任务分解方案\n一、稳增长。\n二、促改革。\n').title).toBe('2025年重点任务分解方案');
  });
});

describe('issuer-codes.txt', () => {
  it('gives every body it lists a level and a region', async () => {
    const { levelAndRegion } = await import('../../../ingest/structure/issuer.js');
    const missing = lexicon.issuerCodes.filter((e) => {
      const r = levelAndRegion(e.body, '', lexicon);
      return !r.level || !r.region;
    });
    expect(missing.map((e) => e.body)).toEqual([]);
  });
});

describe("a ministry's general office", () => {
  it('is a national body, signed or read from a code', () => {
    const doc = page('关于做好养老服务机构安全管理工作的通知\n各省、自治区、直辖市民政厅（局）：\n一、排查安全隐患。\n二、落实值守制度。\n民政部办公厅\n2019年5月6日\n');
    expect(doc.issuer).toBe('民政部办公厅');
    expect(doc.level).toBe('national');
    expect(doc.region).toBe('全国');
  });
});
