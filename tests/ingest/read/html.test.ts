// ingest/read/html.ts: a saved government page gives its article and none of its chrome.
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlToText, titleOfPage } from '../../../ingest/read/html.js';
import { readSource } from '../../../ingest/read/index.js';
import type { ReadResult } from '../../../ingest/read/types.js';
import { contentLines, sample, savedPage, tempDir, writeFixture } from './fixtures.js';

// 003: its first four lines are the title broken over lines, the rest is the article.
const lines = contentLines(sample('003'));
const title = lines.slice(0, 4).join('');
const article = lines.slice(4);

let result: ReadResult;
let dispose: () => Promise<void>;
beforeAll(async () => {
  const t = await tempDir();
  dispose = t.dispose;
  const page = savedPage({ title, paragraphs: article, charset: 'gbk' });
  result = await readSource(await writeFixture(t.dir, 'notice.html', iconv.encode(page, 'gbk')));
});
afterAll(() => dispose());

describe('readSource on a saved page with <meta charset="gbk">', () => {
  it('decodes it as gb18030', () => {
    expect([result.format, result.encoding]).toEqual(['html', 'gb18030']);
  });

  it('gives the article paragraphs one per line', () => {
    expect(result.text.split('\n').slice(1)).toEqual(article);
  });

  it('puts the <h1> title on the first line', () => {
    expect(result.text.split('\n')[0]).toBe(title);
  });

  it.each(['首页', '当前位置', '栏目导航', '浏览次数', '来源', '打印本页', '分享到', '相关文章', '版权所有', '京ICP备', '统计代码', '_hmt'])(
    'leaves out the chrome text %s',
    (chrome) => {
      expect(result.text).not.toContain(chrome);
    },
  );
});

describe('htmlToText', () => {
  it('keeps an article wrapped in one ASP.NET <form>', () => {
    const html = `<body><form id="form1"><div class="content"><p>${article[0]}</p><p>${article[1]}</p></div></form></body>`;
    expect(htmlToText(html)).toBe(`${article[0]}\n${article[1]}`);
  });

  it('writes a table row per line with its cells separated by tabs', () => {
    const html = '<body><div><p>附件：统计表</p><table><tr><th>地区</th><th>场次</th></tr><tr><td>湖北</td><td>30场</td></tr></table></div></body>';
    expect(htmlToText(html)).toBe('附件：统计表\n地区\t场次\n湖北\t30场');
  });

  it('breaks lines at <br>', () => {
    expect(htmlToText('<body><p>中国科协办公厅<br>2022年9月16日</p></body>')).toBe('中国科协办公厅\n2022年9月16日');
  });

  it('joins Chinese text broken across source lines without a space', () => {
    expect(htmlToText('<body><p>推动科普和科学素质\n    建设高质量发展</p></body>')).toBe('推动科普和科学素质建设高质量发展');
  });

  it('decodes entities the CMS left encoded twice', () => {
    expect(htmlToText('<body><p>科普&amp;nbsp;工作&amp;lt;要点&amp;gt;</p></body>')).toBe('科普 工作<要点>');
  });

  it('drops text hidden with display:none', () => {
    expect(htmlToText('<body><p>一、总体要求</p><div style="display:none">免费播放高清在线观看</div></body>')).toBe('一、总体要求');
  });

  it('uses the <title> without its site suffix when there is no <h1>', () => {
    const html = `<html><head><title>吉林省科协2020年科普工作要点_工作动态_吉林省科协</title></head><body><div>${article[0]}</div></body></html>`;
    expect(htmlToText(html).split('\n')[0]).toBe('吉林省科协2020年科普工作要点');
  });

  it('does not repeat a title the content block already holds', () => {
    const html = `<body><h1>一、总体要求</h1><div><h1>一、总体要求</h1><p>${article[0]}</p></div></body>`;
    expect(htmlToText(html)).toBe(`一、总体要求\n${article[0]}`);
  });

  it('keeps a title outside the block that the block only quotes inside a sentence', () => {
    const history = '2019年11月15日 上海市第十五届人民代表大会常务委员会第十五次会议《关于修改〈上海市志愿服务条例〉的决定》修正';
    const html = `<body><div class="nav"><h1>上海市志愿服务条例</h1></div><div class="content"><p>${history}</p><p>${article[0]}</p></div></body>`;
    expect(htmlToText(html).split('\n')).toEqual(['上海市志愿服务条例', history, article[0]]);
  });
});

describe('titleOfPage', () => {
  it('keeps the part before the first separator', () => {
    expect(titleOfPage('关于印发《中国科协2020年科普工作要点》的通知 - 中国科协')).toBe('关于印发《中国科协2020年科普工作要点》的通知');
  });

  it('does not split a year range', () => {
    expect(titleOfPage('全民科学素质行动规划纲要（2021-2035年）-湖北省科协')).toBe('全民科学素质行动规划纲要（2021-2035年）');
  });
});
