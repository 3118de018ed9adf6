// The labelled head of a document copied from a government website's public-information catalogue
// (政府信息公开目录: 索引号：… 发文机关：… 成文日期：… 标题：… 发文字号：… 发布日期：…), the form of
// gov.cn's policy library and of the provincial portals. Without it, its first label line was read
// as the title (索引号：000014349/2021-00051) and the page's 发布日期 as the issue date (session 19).
// The labels are the catalogue's standard fields (政府信息公开目录系统实施指引); a block needs two of them.
import { lineOffsets } from './title.js';

/** Field labels of a catalogue entry → the metadata they give (others are read and set aside). */
const FIELDS: Record<string, 'issuer' | 'date' | 'title' | 'docNumber' | undefined> = {
  发文机关: 'issuer',
  发布机构: 'issuer',
  发文单位: 'issuer',
  成文日期: 'date',
  发文日期: 'date',
  标题: 'title',
  名称: 'title',
  发文字号: 'docNumber',
  文号: 'docNumber',
  索引号: undefined,
  主题分类: undefined,
  体裁分类: undefined,
  组配分类: undefined,
  服务对象分类: undefined,
  公文种类: undefined,
  主题词: undefined,
  发布日期: undefined,
  生效日期: undefined,
  实施日期: undefined,
  废止日期: undefined,
  有效性: undefined,
  时效性: undefined,
  信息来源: undefined,
  所属机构: undefined,
};

// Longest labels first (发文字号 before 文号); the cleaner joins the fields of one line without spaces.
const LABEL = new RegExp(`(${Object.keys(FIELDS).sort((a, b) => b.length - a.length).join('|')})\\s*[:：]`, 'g');

const labelAtStart = (line: string) => {
  const m = [...line.matchAll(LABEL)][0];
  return m !== undefined && line.slice(0, m.index).trim() === '';
};

export interface LabelledHead {
  /** Offset just past the block's last line. */
  end: number;
  /** A line stands above the block (a page's title). */
  above?: boolean;
  issuer?: string;
  date?: string;
  title?: string;
  docNumber?: string;
}

/** The catalogue block at the top of `text`: consecutive lines that start with a field label (one line
 *  may hold several fields); undefined unless two fields are found. */
export function labelledHead(text: string): LabelledHead | undefined {
  const out: LabelledHead = { end: 0 };
  let fields = 0;
  const lines = lineOffsets(text, 0, Math.min(text.length, 2000));
  // The page's own title may stand above the block (a reader gives an HTML <title> first).
  const first = lines.findIndex((l) => labelAtStart(text.slice(l.start, l.end)));
  if (first < 0 || first > 1) return undefined;
  if (first === 1) out.above = true;
  for (const l of lines.slice(first)) {
    const line = text.slice(l.start, l.end);
    const marks = [...line.matchAll(LABEL)];
    if (!labelAtStart(line)) break;
    marks.forEach((m, i) => {
      const value = line.slice(m.index! + m[0].length, marks[i + 1]?.index ?? line.length).trim();
      const field = FIELDS[m[1]!];
      if (field && value && out[field] === undefined) out[field] = value;
    });
    fields += marks.length;
    out.end = l.end;
  }
  return fields >= 2 ? out : undefined;
}
