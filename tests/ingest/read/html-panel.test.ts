// A disclosure page whose metadata panel (索引号, 发文机关 …) sits in the page header beside the <h1>, outside
// the article's block: the reader keeps it at the head of the text, where structure reads it as metadata.
// Page written for the test in the layout of gov.cn's policy library (a table of label and value cells).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runIngest } from '../../../ingest/pipeline.js';
import { htmlToText } from '../../../ingest/read/html.js';
import { DEFAULT_LIMITS } from '../../../ingest/guard.js';
import { panelProbe } from '../../../ingest/structure/panel.js';
import { lexicon, structured } from '../helpers.js';

const probe = panelProbe(lexicon);
const PANEL = `<table class="bd1">
<tr><td><b>索&nbsp;引&nbsp;号：</b></td><td>000014349/2021-00079</td><td><b>主题分类：</b></td><td>体育</td></tr>
<tr><td><b>发文机关：</b></td><td>国务院</td><td><b>成文日期：</b></td><td>2021年07月18日</td></tr>
<tr><td><b>标　　题：</b></td><td colspan="3">国务院关于印发全民健身计划（2021—2025年）的通知</td></tr>
<tr><td><b>发文字号：</b></td><td>国发〔2021〕11号</td><td><b>发布日期：</b></td><td>2021年08月03日</td></tr>
</table>`;
const ARTICLE = `<div id="UCAP-CONTENT">
<p>各省、自治区、直辖市人民政府，国务院各部委、各直属机构：</p>
<p>现将《全民健身计划（2021—2025年）》印发给你们，请认真贯彻执行。</p>
<p>全民健身计划（2021—2025年）</p>
<p>为促进全民健身更高水平发展，更好满足人民群众的健身和健康需求，制定本计划。</p>
<p>一、总体要求</p>
<p>（一）发展目标。到2025年，经常参加体育锻炼人数比例达到38.5%，县（市、区）、乡镇（街道）、行政村（社区）三级公共健身设施和社区15分钟健身圈实现全覆盖。</p>
<p>二、主要任务</p>
<p>（一）加大全民健身场地设施供给。盘活城市空闲土地，用好公益性建设用地，支持以租赁方式供地。</p>
</div>`;
const page = (header: string, article: string) =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>政策_中国政府网</title></head><body>
<div class="header"><div class="nav"><a href="/">首页</a> <a href="/zhengce">政策</a></div>${header}</div>
<div class="article">${article}</div><div class="footer">版权所有：中国政府网</div></body></html>`;

describe('a disclosure page whose metadata panel sits outside the article', () => {
  const text = htmlToText(page(PANEL, ARTICLE), DEFAULT_LIMITS, probe);

  it('keeps the panel at the head of the text, a table row a line', () => {
    expect(text.split('\n').slice(0, 2)).toEqual(['索 引 号：\t000014349/2021-00079\t主题分类：\t体育', '发文机关：\t国务院\t成文日期：\t2021年07月18日']);
  });

  it('gives the document its title, issuer, date and number from the panel', () => {
    const d = structured('page.html', text);
    expect([d.title, d.issuer, d.issuedOn, d.docNumber]).toEqual(['全民健身计划（2021—2025年）', '国务院', '2021-07-18', '国发〔2021〕11号']);
    expect(d.units.some((u) => d.text.slice(...u.span).includes('索 引 号'))).toBe(false);
  });

  it('is dropped with the header without the probe (what the reader did before)', () => {
    expect(htmlToText(page(PANEL, ARTICLE))).not.toContain('索 引 号');
  });

  it('is not repeated when it sits inside the article', () => {
    const inside = htmlToText(page('', ARTICLE.replace('<p>各省', `${PANEL}<p>各省`)), DEFAULT_LIMITS, probe);
    expect(inside.match(/索 引 号/g)).toHaveLength(1);
  });

  it('reads label cells printed without a colon (<th>发布机构</th><td>…</td>)', () => {
    const th = `<table><tr><th>索引号</th><td>11370000/2023-00123</td><th>发布机构</th><td>某某省卫生健康委员会</td></tr>
<tr><th>成文日期</th><td>2023-03-15</td><th>文号</th><td>某卫发〔2023〕3号</td></tr></table>`;
    const d = structured('th.html', htmlToText(page(th, ARTICLE), DEFAULT_LIMITS, probe));
    expect([d.issuer, d.issuedOn, d.docNumber]).toEqual(['某某省卫生健康委员会', '2023-03-15', '某卫发〔2023〕3号']);
  });

  it('changes nothing on a page without a panel', () => {
    const plain = page('<h1>全民健身计划（2021—2025年）</h1><div>来源：国务院 时间：2021-08-03</div>', ARTICLE);
    expect(htmlToText(plain, DEFAULT_LIMITS, probe)).toBe(htmlToText(plain));
  });

  it('is kept the same way when files are read in worker threads (the pipeline passes the probe to each)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'panel-'));
    writeFileSync(join(dir, 'page.html'), page(PANEL, ARTICLE));
    writeFileSync(join(dir, 'other.html'), page('', ARTICLE.replace('全民健身计划', '全民健身条例')));
    for (const workers of [1, 2]) {
      const { snapshot } = await runIngest({ inputs: [dir], out: join(dir, `s${workers}.json`), workers });
      const doc = snapshot.nodes.find((n) => n.attributes.type === 'Document' && n.attributes.sources.includes('page.html'))!.attributes;
      expect([workers, doc.type === 'Document' && doc.docNumber]).toEqual([workers, '国发〔2021〕11号']);
    }
  }, 120_000);
});
