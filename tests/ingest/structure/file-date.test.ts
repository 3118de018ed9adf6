// The date a file's name carries, for a text that prints none (ingest/structure/file-date.ts): a law database names
// each version by its date and prints none in the text (a 2024 国务院 regulation read as 某某管理暂行条例(2024-01-25).md
// had no date at all), a portal names a page by its posting day. It orders the document for the link rules; its
// issuedOn stays what the text prints.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runIngest } from '../../../ingest/pipeline.js';
import { clean } from '../../../ingest/clean/index.js';
import { loadLexicon } from '../../../ingest/lexicon/load.js';
import { normaliseText } from '../../../ingest/read/normalise.js';
import { fileNameDate } from '../../../ingest/structure/file-date.js';
import { structure } from '../../../ingest/structure/index.js';

const lexicon = loadLexicon();
const read = (file: string, text: string) => structure(file, clean(normaliseText(text), lexicon), lexicon)!;

const UNDATED = '# 某某资源管理暂行条例\n\n<!-- INFO END -->\n\n第一条 为了规范某某资源的管理，制定本条例。\n\n第二条 本条例适用于全国某某资源的管理活动。\n\n第三条 本条例自公布之日起施行。\n';

describe('fileNameDate', () => {
  it('reads the date forms file names take', () => {
    expect(fileNameDate('某某管理暂行条例(2024-01-25).md')).toBe('2024-01-25');
    expect(fileNameDate('laws/某某条例（2009.3.9）.docx')).toBe('2009-03-09');
    expect(fileNameDate('2016年2月24日 某某通知.doc')).toBe('2016-02-24');
    expect(fileNameDate('site/art/t20240112_4567.html')).toBe('2024-01-12');
    expect(fileNameDate('附件.zip!/2023_11_30_方案.pdf')).toBe('2023-11-30');
  });

  it('gives none for a year alone, ids, impossible days, two different dates, or a date in a folder name only', () => {
    expect(fileNameDate('某某市2021-2025年规划.docx')).toBeUndefined();
    expect(fileNameDate('2024年工作要点.docx')).toBeUndefined();
    expect(fileNameDate('P020240112345678.pdf')).toBeUndefined();
    expect(fileNameDate('12345678.html')).toBeUndefined();
    expect(fileNameDate('条例(2024-02-30).md')).toBeUndefined();
    expect(fileNameDate('条例(2020-05-14)-下载于2024-11-30.md')).toBeUndefined();
    expect(fileNameDate('2024-01-12/某某条例.md')).toBeUndefined();
  });
});

describe('a document whose text prints no date', () => {
  it('keeps its file name’s date apart, as fileDate', () => {
    const doc = read('某某资源管理暂行条例(2024-01-25).md', UNDATED);
    expect(doc.fileDate).toBe('2024-01-25');
    expect(doc.issuedOn).toBeUndefined();
  });

  it('keeps the date its text prints, whatever the name says', () => {
    const dated = UNDATED.replace('<!-- INFO END -->', '（2023年5月6日中华人民共和国国务院令第八百号公布 自2023年7月1日起施行）\n\n<!-- INFO END -->');
    const doc = read('某某资源管理暂行条例(2024-01-25).md', dated);
    expect(doc.issuedOn).toBe('2023-05-06');
    expect(doc.fileDate).toBeUndefined();
  });

  it('stays undated when neither the text nor the name gives a date', () => {
    const doc = read('某某资源管理暂行条例.md', UNDATED);
    expect(doc.issuedOn).toBeUndefined();
    expect(doc.fileDate).toBeUndefined();
  });
});

// A city's regulation of 2018 and a national regulation on the same matter whose text prints no date, named as a
// law database names it. Its name dates it 2024: the city's text cannot carry it out (no link to a later document).
const NATIONAL = `# 某某档案管理条例

<!-- INFO END -->

第一条 为了加强档案管理，有效保护和利用档案，制定本条例。

第二条 县级以上人民政府档案主管部门负责本行政区域内的档案工作，对本行政区域内机关、团体、企业事业单位和其他组织的档案工作实行监督和指导。

第三条 机关、团体、企业事业单位和其他组织应当确定档案机构或者档案工作人员负责管理本单位的档案，并对所属单位的档案工作实行监督和指导。

第四条 档案馆应当按照国家有关规定，定期向社会开放档案，并为档案的利用创造条件，简化手续，提供便利。
`;
const CITY = `# 某某市档案管理条例

（2018年9月7日某某市第十六届人民代表大会常务委员会第十次会议通过）

<!-- INFO END -->

第一条 为了加强本市档案管理，有效保护和利用档案，结合本市实际，制定本条例。

第二条 市、区档案主管部门负责本行政区域内的档案工作，对本行政区域内机关、团体、企业事业单位和其他组织的档案工作实行监督和指导。

第三条 机关、团体、企业事业单位和其他组织应当确定档案机构或者档案工作人员负责管理本单位的档案，并对所属单位的档案工作实行监督和指导。

第四条 档案馆应当按照国家有关规定，定期向社会开放档案，并为档案的利用创造条件，简化手续，提供便利。
`;

describe('the link rules', () => {
  it('date an undated text by its file name: no link from a 2018 city regulation to a national one named 2024', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'policy-graph-file-date-'));
    try {
      const links = async (nationalName: string) => {
        await rm(join(dir, 'c'), { recursive: true, force: true });
        await import('node:fs/promises').then((fs) => fs.mkdir(join(dir, 'c')));
        await writeFile(join(dir, 'c', nationalName), NATIONAL);
        await writeFile(join(dir, 'c', '某某市档案管理条例.md'), CITY);
        const { snapshot } = await runIngest({ inputs: [join(dir, 'c')] });
        const national = snapshot.nodes.find((n) => n.attributes?.type === 'Document' && n.attributes.name === '某某档案管理条例')!;
        expect((national.attributes as { fileDate?: string }).fileDate).toBe(nationalName.includes('2024') ? '2024-01-12' : undefined);
        return snapshot.edges.filter((e) => e.attributes?.type === 'IMPLEMENTS').length;
      };
      // Undated by both text and name, the order is unknown and the city's articles carry the national ones out.
      expect(await links('某某档案管理条例.md')).toBeGreaterThanOrEqual(3);
      expect(await links('某某档案管理条例(2024-01-12).md')).toBe(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
