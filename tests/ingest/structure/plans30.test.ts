// Plans and notices of other regions as their portals print them (session 30, read on real pages of 12 portals of
// other provinces, cities and counties, not kept in the repository): signature dates whose 年月日 the page lost, a
// notice title without its place, a disclosure panel of several fields a line. The texts below are written for these
// tests in the shapes such pages take; what a reader checks is the metadata the document gets.
import { describe, expect, it } from 'vitest';
import { structured } from '../helpers.js';
import { runTogetherDate } from '../../../ingest/structure/dates.js';

const BODY = '\n一、总体要求\n（一）指导思想。坚持稳中求进，推动高质量发展。\n二、主要任务\n（一）加强统筹。各地要建立工作机制。\n';

describe('a signature date whose 年月日 the page lost', () => {
  it('reads 2019418 under a signing body as 2019-04-18', () => {
    const doc = structured('page.txt', `某某市人民政府办公室关于印发某某市抗旱应急预案的通知\n各镇人民政府，市政府各部门：\n经市政府同意，现将《某某市抗旱应急预案》印发给你们，请认真贯彻执行。\n某某市人民政府办公室\n2019418\n某某市抗旱应急预案${BODY}`);
    expect(doc.issuedOn).toBe('2019-04-18');
    expect(doc.year).toBe(2019);
  });

  it('reads it under the notice sentence when the page printed the seal as an image (no body line)', () => {
    const doc = structured('page.txt', `关于印发《某某市教育局2022年工作要点》的通知\n各县区教育局，各直属学校：\n现将《某某市教育局2022年工作要点》印发给你们，请结合实际认真贯彻落实。\n2022316\n某某市教育局2022年工作要点${BODY}`);
    expect(doc.issuedOn).toBe('2022-03-16');
  });

  it('reads only the digits that split one way into a month and a day', () => {
    expect(runTogetherDate('2021313')).toBe('2021-03-13'); // 31 is no month
    expect(runTogetherDate('202415')).toBe('2024-01-05');
    expect(runTogetherDate('20240105')).toBe('2024-01-05');
    expect(runTogetherDate('2024111')).toBeUndefined(); // 1-11 or 11-1
    expect(runTogetherDate('2805093')).toBeUndefined(); // a telephone number
  });

  it('does not take a number alone on a line in the body for a date', () => {
    const doc = structured('page.txt', `某某市2023年卫生健康工作要点\n2023年全市卫生健康工作的总体要求是：推动高质量发展。${BODY}三、保障措施\n联系电话：\n2016325\n`);
    expect(doc.issuedOn).toBeUndefined();
  });
});
