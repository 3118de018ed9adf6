// Article citations in the link evidence (issue 13), in Debian's chromium: a provincial regulation
// that writes 依照《中华人民共和国志愿服务法》第十二条 is linked to that article by the real pipeline
// (ingest/link/cite.ts); the evidence view of that link says so, lists the citation as the lower
// document has it, and one click on it shows those words in the lower measure's text.
import { describe, expect, it } from 'vitest';
import type { EdgeOf } from '../../graph-schema/index.js';
import { ingestTexts } from '../ingest/link/ingest-texts.js';
import { SKIP_BROWSER, useSnapshotPage } from './browser-harness.js';

const law = [
  '中华人民共和国志愿服务法',
  '',
  '（2015年3月1日第十二届全国人民代表大会常务委员会第十三次会议通过）',
  '',
  '第一条 为了发展志愿服务事业，保障志愿者和服务对象的合法权益，制定本法。',
  '',
  '第二条 国务院民政部门负责全国志愿服务的行政管理工作，县级以上地方人民政府民政部门负责本行政区域内志愿服务的行政管理工作。',
  '',
  '第十二条 志愿服务组织应当为志愿者购买必要的人身意外伤害保险，并如实记录志愿服务时间。',
  '',
  '第十三条 挪用志愿服务经费的，由有关主管部门责令退还，对直接负责的主管人员依法给予处分。',
  '',
].join('\n');

const province = [
  '河北省志愿服务条例',
  '',
  '（2019年5月30日河北省第十三届人民代表大会常务委员会第十次会议通过）',
  '',
  '第一条 为了促进本省志愿服务发展，根据《中华人民共和国志愿服务法》，结合本省实际，制定本条例。',
  '',
  '第二条 志愿服务组织开展大型活动的，应当依照《中华人民共和国志愿服务法》第十二条的规定，为参加活动的志愿者办理保险，并在活动结束后七日内公示服务时长。',
  '',
  '第三条 违反本条例第二条规定的，由县级以上人民政府民政部门责令改正。',
  '',
].join('\n');

describe.skipIf(SKIP_BROWSER)('#browser article citations in the link evidence', () => {
  const sample = useSnapshotPage(() => ingestTexts({ 'law.md': law, 'hebei.md': province }, 'md'));

  it('lists the citation of 第十二条, marks it in the lower text and shows it on one click', async () => {
    const { harness, snapshot, page, pageErrors } = sample;
    const edge = snapshot.edges.find((e) => e.attributes.type === 'IMPLEMENTS' && (e.attributes as EdgeOf<'IMPLEMENTS'>).citedArticle);
    expect(edge, 'a citedArticle IMPLEMENTS link from the pipeline').toBeDefined();
    const link = edge!.attributes as EdgeOf<'IMPLEMENTS'>;
    const citations = link.evidence.citations ?? [];
    expect(citations.map((c) => c.text)).toContain('《中华人民共和国志愿服务法》第十二条');
    const lower = snapshot.nodes.find((n) => n.key === edge!.source)!.attributes as { docId: string; span: [number, number] };
    const lowerDoc = snapshot.nodes.find((n) => n.key === lower.docId)!.attributes as { text: string };

    await page.goto(`${harness.served.url}/?node=${encodeURIComponent(edge!.source)}`);
    await page.locator(`[data-testid=implements] [data-testid=evidence-button][data-node-id="${edge!.target}"]`).click();
    await page.getByTestId('evidence-lower-text').waitFor();

    // Said in the verdict line, listed as the lower document writes it (the document's own text at its span).
    await expect.poll(() => page.getByTestId('evidence-cited-article').count()).toBe(1);
    const listed = await page.locator('[data-testid=evidence-citations] li').allTextContents();
    expect(listed).toEqual([...citations].sort((a, b) => a.span[0] - b.span[0]).map((c) => lowerDoc.text.slice(c.span[0], c.span[1])));

    // The citation's words are marked in the lower measure's text; one click outlines them.
    const mark = page.locator('[data-testid=evidence-lower-text] mark[data-citation="0"]');
    expect(await mark.evaluateAll((els) => els.map((e) => e.textContent).join(''))).toBe(listed[0]);
    expect(await mark.first().getAttribute('class')).toBeNull();
    await page.locator('[data-testid=evidence-citations] li[data-citation="0"] button').click();
    await expect.poll(() => mark.first().getAttribute('class')).toBe('evidence-focus');
    expect(await mark.first().isVisible()).toBe(true);
    expect(pageErrors).toEqual([]);
  }, 120_000);
});
