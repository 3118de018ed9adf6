// ingest/read/markdown.ts: markup goes, words and the document's own numbering stay.
import { describe, expect, it } from 'vitest';
import { markdownToText } from '../../../ingest/read/markdown.js';

describe('markdownToText', () => {
  it('drops heading marks', () => {
    expect(markdownToText('## 一、总体要求')).toBe('一、总体要求');
  });

  it('drops emphasis', () => {
    expect(markdownToText('**加强组织领导**。各级科协要*认真*落实')).toBe('加强组织领导。各级科协要认真落实');
  });

  it('keeps the text of links', () => {
    expect(markdownToText('见[科普中国](https://www.kepuchina.cn)平台')).toBe('见科普中国平台');
  });

  it('keeps ordered numbering but drops bullets', () => {
    expect(markdownToText('1. 开展全国科普日\n- 科技志愿服务')).toBe('1. 开展全国科普日\n科技志愿服务');
  });

  it('leaves underscores inside words alone', () => {
    expect(markdownToText('文件 file_name_v2.docx')).toBe('文件 file_name_v2.docx');
  });
});
