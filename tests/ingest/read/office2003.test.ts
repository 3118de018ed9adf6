// ingest/read/office2003.ts: an Office 2003 XML workbook (XML Spreadsheet 2003) or document (Word 2003 XML), which many
// systems export under a .xls or .doc name, reads as its cells or paragraphs, not as XML tags. Fixtures:
// office2003-fixtures/README.md.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSource } from '../../../ingest/read/index.js';
import { office2003Kind, spreadsheetMlToText, wordMlToText } from '../../../ingest/read/office2003.js';
import { DEFAULT_LIMITS } from '../../../ingest/guard.js';
import { fixtureFolder, tempDir, writeFixture } from './fixtures.js';
import { failure, outline } from './twins.js';

const { path: fixture } = fixtureFolder(new URL('./office2003-fixtures/', import.meta.url));
const { path: docFixture } = fixtureFolder(new URL('./doc-fixtures/', import.meta.url));

let dir: string;
let dispose: () => Promise<void>;
beforeAll(async () => ({ dir, dispose } = await tempDir()));
afterAll(() => dispose());

/** A task table as Excel 2003 saves "XML Spreadsheet 2003": a style sheet (a percentage and a date format), a title cell
 *  merged across the table, a rich-text cell, a row and a cell placed by ss:Index, a second sheet named for its content. */
const WORKBOOK = `<?xml version="1.0" encoding="UTF-8"?>
<?mso-application progid="Excel.Sheet"?>
<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:o="urn:schemas-microsoft-com:office:office"
 xmlns:x="urn:schemas-microsoft-com:office:excel" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"
 xmlns:html="http://www.w3.org/TR/REC-html40">
 <DocumentProperties xmlns="urn:schemas-microsoft-com:office:office"><Author>某某市发展改革委</Author></DocumentProperties>
 <Styles>
  <Style ss:ID="Default" ss:Name="Normal"><Alignment ss:Vertical="Center"/></Style>
  <Style ss:ID="s62"><NumberFormat ss:Format="Short Date"/></Style>
  <Style ss:ID="s63"><NumberFormat ss:Format="0.0%"/></Style>
  <Style ss:ID="s64"><NumberFormat ss:Format="Percent"/></Style>
 </Styles>
 <Worksheet ss:Name="Sheet1">
  <Table ss:ExpandedColumnCount="5" ss:ExpandedRowCount="6" x:FullColumnsVisible="1">
   <Column ss:Width="40"/>
   <Row><Cell ss:MergeAcross="4"><Data ss:Type="String">某某市2025年优化营商环境重点任务分工表</Data></Cell></Row>
   <Row><Cell><Data ss:Type="String">序号</Data></Cell><Cell><Data ss:Type="String">重点任务</Data></Cell><Cell><Data ss:Type="String">牵头单位</Data></Cell><Cell><Data ss:Type="String">配合单位</Data></Cell><Cell><Data ss:Type="String">完成时限</Data></Cell></Row>
   <Row><Cell><Data ss:Type="Number">1</Data></Cell><Cell><ss:Data ss:Type="String" xmlns="http://www.w3.org/TR/REC-html40">推行涉企经营许可事项<B>清单管理</B>，&#10;清单之外不得违规设置准入条件。</ss:Data></Cell><Cell><Data ss:Type="String">市市场监管局</Data></Cell><Cell><Data ss:Type="String">市发展改革委、市司法局</Data></Cell><Cell ss:StyleID="s62"><Data ss:Type="DateTime">2025-06-30T00:00:00.000</Data></Cell></Row>
   <Row ss:Index="5"><Cell><Data ss:Type="Number">3</Data></Cell><Cell><Data ss:Type="String">建立健全政企沟通机制。</Data></Cell><Cell><Data ss:Type="String">市工商联</Data></Cell><Cell ss:Index="5"><Data ss:Type="String">持续推进</Data></Cell></Row>
  </Table>
  <WorksheetOptions xmlns="urn:schemas-microsoft-com:office:excel"><Selected/></WorksheetOptions>
 </Worksheet>
 <Worksheet ss:Name="附表 主要指标">
  <Table>
   <Row><Cell><Data ss:Type="String">指标</Data></Cell><Cell><Data ss:Type="String">2020年</Data></Cell><Cell><Data ss:Type="String">2025年</Data></Cell></Row>
   <Row><Cell><Data ss:Type="String">政务服务事项网上可办率</Data></Cell><Cell ss:StyleID="s64"><Data ss:Type="Number">0.9</Data></Cell><Cell ss:StyleID="s63"><Data ss:Type="Number">0.955</Data></Cell></Row>
  </Table>
 </Worksheet>
</Workbook>
`;

describe('readSource on an XML Spreadsheet 2003 workbook', () => {
  it('gives a row per line, as the .xlsx reader writes the same table, also when named .xls', async () => {
    const r = await readSource(await writeFixture(dir, 'tasks.xls', WORKBOOK));
    expect(r.format).toBe('spreadsheetml');
    expect(r.text.split('\n')).toEqual([
      '某某市2025年优化营商环境重点任务分工表',
      '序号\t重点任务\t牵头单位\t配合单位\t完成时限',
      '1\t推行涉企经营许可事项清单管理，清单之外不得违规设置准入条件。\t市市场监管局\t市发展改革委、市司法局\t2025年6月30日',
      '3\t建立健全政企沟通机制。\t市工商联\t\t持续推进',
      '附表 主要指标',
      '指标\t2020年\t2025年',
      '政务服务事项网上可办率\t90%\t95.5%',
    ]);
  });

  it('refuses a sheet over the row limit and a document over the element limit', () => {
    const rows = `<?mso-application progid="Excel.Sheet"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet><Table><Row ss:Index="30000"><Cell><Data ss:Type="String">完</Data></Cell></Row></Table></Worksheet></Workbook>`;
    expect(() => spreadsheetMlToText(rows)).toThrow(/over 20,000 rows/);
    expect(() => spreadsheetMlToText(WORKBOOK, { ...DEFAULT_LIMITS, maxHtmlElements: 50 })).toThrow(/more than 50 elements/);
  });
});

describe('readSource on a Word 2003 XML document', () => {
  it('gives the paragraphs of the regulation it was saved from, as its .txt twin, also when named .doc', async () => {
    const xml = await readSource(fixture('volunteer.xml'));
    const txt = await readSource(docFixture('volunteer.txt'));
    expect(xml.format).toBe('wordml');
    expect(xml.text.trimEnd()).toBe(txt.text.trimEnd());
    expect(outline('volunteer.xml', xml.text)).toEqual(outline('volunteer.txt', txt.text));
    const named = await readSource(await writeFixture(dir, 'saved-as.doc', await import('node:fs').then((fs) => fs.readFileSync(fixture('volunteer.xml')))));
    expect(named.format).toBe('wordml');
  });

  it('writes a table row per line with its cells tab-separated, and leaves the soft hyphen out', async () => {
    const r = await readSource(fixture('numbered.xml'));
    expect(r.text.split('\n')).toEqual(expect.arrayContaining(['任务\t牵头单位', '志愿服务日\t市文明办', '开展International志愿服务交流。']));
  });

  it('restores Word’s automatic list numbers, so its chapters and articles are found as in the .txt twin', async () => {
    const numbered = (await readSource(fixture('numbered.xml'))).text.split('\n');
    expect(numbered).toEqual(expect.arrayContaining(['一、总体要求', '二、重点任务']));
    const [xml, txt] = await Promise.all([readSource(fixture('lists.xml')), readSource(docFixture('lists.txt'))]);
    expect(outline('lists.xml', xml.text).units.map(([path]) => path)).toEqual(outline('lists.txt', txt.text).units.map(([path]) => path));
    expect(outline('lists.xml', xml.text).units.length).toBeGreaterThan(6);
  });

  it('counts each list instance apart, restarts a deeper level, and gives a bullet no label', () => {
    const p = (ilfo: number, ilvl: number, text: string) =>
      `<w:p><w:pPr><w:listPr><w:ilvl w:val="${ilvl}"/><w:ilfo w:val="${ilfo}"/></w:listPr></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
    const doc = `<?mso-application progid="Word.Document"?><w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml">
      <w:lists>
        <w:listDef w:listDefId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:nfc w:val="37"/><w:lvlText w:val="第%1条"/></w:lvl></w:listDef>
        <w:listDef w:listDefId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:nfc w:val="37"/><w:lvlText w:val="%1、"/><w:suff w:val="Nothing"/></w:lvl>
          <w:lvl w:ilvl="1"><w:start w:val="1"/><w:nfc w:val="37"/><w:lvlText w:val="（%2）"/><w:suff w:val="Nothing"/></w:lvl>
          <w:lvl w:ilvl="2"><w:start w:val="1"/><w:nfc w:val="23"/><w:lvlText w:val="·"/></w:lvl></w:listDef>
        <w:list w:ilfo="1"><w:ilst w:val="0"/></w:list><w:list w:ilfo="2"><w:ilst w:val="1"/></w:list>
      </w:lists><w:body>
      ${p(2, 0, '总体要求')}${p(2, 1, '指导思想')}${p(2, 1, '基本原则')}${p(2, 2, '要点')}${p(2, 0, '重点任务')}${p(2, 1, '加强领导')}
      ${p(1, 0, '为了规范管理，制定本办法。')}${p(1, 0, '本办法自发布之日起施行。')}</w:body></w:wordDocument>`;
    expect(wordMlToText(doc).split('\n').filter(Boolean)).toEqual([
      '一、总体要求', '（一）指导思想', '（二）基本原则', '要点', '二、重点任务', '（一）加强领导',
      '第一条 为了规范管理，制定本办法。', '第二条 本办法自发布之日起施行。',
    ]);
  });

  it('reads body text only: no header, field code, deleted text or embedded image', () => {
    const doc = `<?xml version="1.0"?><?mso-application progid="Word.Document"?><w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml"><w:body>
      <w:p><w:r><w:t>某县2024年防汛工作方案</w:t></w:r></w:p>
      <w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:t>一、</w:t></w:r><w:r><w:t>总体要求</w:t></w:r><w:r><w:delText>已删</w:delText></w:r></w:p>
      <w:p><w:r><w:pict><w:binData w:name="wordml://1.png">iVBORw0KGgo=</w:binData></w:pict></w:r></w:p>
      <w:sectPr><w:hdr w:type="odd"><w:p><w:r><w:t>页眉文字</w:t></w:r></w:p></w:hdr></w:sectPr></w:body></w:wordDocument>`;
    expect(wordMlToText(doc).split('\n').filter(Boolean)).toEqual(['某县2024年防汛工作方案', '一、总体要求']);
  });

  it('refuses elements nested past the depth limit with its reason', async () => {
    const deep = `<?mso-application progid="Word.Document"?><w:wordDocument xmlns:w="x"><w:body>${'<w:tbl><w:tr><w:tc>'.repeat(200)}<w:p><w:r><w:t>某某</w:t></w:r></w:p>${'</w:tc></w:tr></w:tbl>'.repeat(200)}</w:body></w:wordDocument>`;
    await expect(readSource(await writeFixture(dir, 'deep.doc', deep))).rejects.toEqual(failure('too-deep', /more than 512 deep/));
  });
});

describe('office2003Kind', () => {
  it('tells the two vocabularies by their processing instruction or root, and nothing else', () => {
    expect(office2003Kind(WORKBOOK)).toBe('spreadsheetml');
    expect(office2003Kind('<?xml version="1.0"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">')).toBe('spreadsheetml');
    expect(office2003Kind('<?xml version="1.0"?><w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml">')).toBe('wordml');
    expect(office2003Kind('<html><body>Excel.Sheet 与 w:wordDocument 的说明</body></html>')).toBeUndefined();
    expect(office2003Kind('关于印发《某某方案》的通知\n一、总体要求')).toBeUndefined();
  });
});
