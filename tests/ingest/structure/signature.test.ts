// Joint signatures: a plan issued by several bodies signs one body a line, or several on one line apart.
// Texts written for the test in the layout provincial departments use.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runIngest } from '../../../ingest/pipeline.js';
import { structured } from '../helpers.js';

const notice = (signature: string) => `关于印发《某某省青少年体育活动促进计划》的通知

各设区市体育局、教育局、团委：
现将《某某省青少年体育活动促进计划》印发给你们，请结合实际认真贯彻执行。

${signature}
2022年9月1日

某某省青少年体育活动促进计划
一、总体目标
到2025年，青少年体育活动参与率达到90%。
`;

describe('a signature of several bodies', () => {
  it('reads bodies one a line above the date, in order, joined by 、', () => {
    const d = structured('joint1.txt', notice('湖北省体育局\n湖北省教育厅\n共青团湖北省委'));
    expect([d.issuer, d.issuedOn, d.level, d.region]).toEqual(['湖北省体育局、湖北省教育厅、共青团湖北省委', '2022-09-01', 'provincial', '湖北省']);
    expect(d.issuerSpan && d.text.slice(...d.issuerSpan)).toBe('湖北省体育局\n湖北省教育厅\n共青团湖北省委');
  });

  it('reads bodies printed apart on one line (the spaces the cleaned text drops)', () => {
    const d = structured('joint2.txt', notice('江西省体育局    江西省教育厅    共青团江西省委'));
    expect([d.issuer, d.issuedOn, d.region]).toEqual(['江西省体育局、江西省教育厅、共青团江西省委', '2022-09-01', '江西省']);
  });

  it("reads a place's department as a signature (体育局 is no organisation suffix)", () => {
    expect(structured('one.txt', notice('湖北省体育局')).issuer).toBe('湖北省体育局');
  });

  it('does not take the line above a signature that is not a body', () => {
    const d = structured('one2.txt', notice('特此通知。\n湖北省体育局'));
    expect(d.issuer).toBe('湖北省体育局');
  });
});

describe('a joint document in the graph', () => {
  it('is ISSUED_BY each of its bodies', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'joint-'));
    writeFileSync(join(dir, 'joint.txt'), notice('江西省体育局    江西省教育厅'));
    const { snapshot } = await runIngest({ inputs: [dir], out: join(dir, 'snapshot.json'), workers: 1 });
    const doc = snapshot.nodes.find((n) => n.attributes.type === 'Document' && n.attributes.inCorpus)!;
    const bodies = snapshot.edges
      .filter((e) => e.source === doc.key && e.attributes.type === 'ISSUED_BY')
      .map((e) => snapshot.nodes.find((n) => n.key === e.target)?.attributes.name);
    expect(bodies.sort()).toEqual(['江西省体育局', '江西省教育厅']);
  }, 60_000);
});

describe('a signature run together with its date, and a yearly plan\'s title', () => {
  it('reads name and date printed on one line, and the region of a title that opens with its year', () => {
    const d = structured('s1.txt', `2024年湖北省科协科普工作要点\n一、加强科普阵地建设\n建成科普基地50个。\n\n湖北省科学技术协会 2024年3月6日\n`);
    expect([d.issuer, d.issuedOn, d.level, d.region]).toEqual(['湖北省科学技术协会', '2024-03-06', 'provincial', '湖北省']);
    expect(d.text.slice(...d.units.at(-1)!.span)).toBe('一、加强科普阵地建设\n建成科普基地50个。');
  });

  it('takes the issuer from a title after its year when nothing is signed', () => {
    const d = structured('s2.txt', `2024年吉林省科协科普工作要点\n一、加强科普阵地建设\n建成科普基地50个。\n`);
    expect([d.issuer, d.region]).toEqual(['吉林省科协', '吉林省']);
  });
});
