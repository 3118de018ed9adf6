// Document numbers (发文字号): 协普函综字〔2020〕5号, 鄂科协办〔2024〕15号, 国发[2021]9号.
export const DOC_NUMBER = /[\u4e00-\u9fff]{1,12}[〔［\[【（(]\s*(\d{4})\s*[〕］\]】）)]\s*第?\d{1,4}号/;

/** The number of an announcement (公告): a line （第87号）. */
const ANNOUNCEMENT_NUMBER = /^[（(]\s*(第\s*\d{1,4}\s*号)\s*[)）]\s*$/m;

export function findDocNumber(text: string): { value: string; index: number } | undefined {
  const m = text.match(DOC_NUMBER);
  if (!m) {
    const a = text.match(ANNOUNCEMENT_NUMBER);
    return a ? { value: a[1].replace(/\s+/g, ''), index: a.index! } : undefined;
  }
  const value = m[0].replace(/^.*(通知|通告|》)/, '').replace(/[［\[【（(]/, '〔').replace(/[］\]】）)]/, '〕').replace(/\s+/g, '');
  return { value, index: m.index! };
}
