// Document numbers (发文字号): 协普函综字〔2020〕5号, 鄂科协办〔2024〕15号, 国发[2021]9号.
export const DOC_NUMBER = /[\u4e00-\u9fff]{1,12}[〔［\[【（(]\s*(\d{4})\s*[〕］\]】）)]\s*第?\d{1,4}号/;

export function findDocNumber(text: string): { value: string; index: number } | undefined {
  const m = text.match(DOC_NUMBER);
  if (!m) return undefined;
  const value = m[0].replace(/^.*(通知|通告|》)/, '').replace(/[［\[【（(]/, '〔').replace(/[］\]】）)]/, '〕').replace(/\s+/g, '');
  return { value, index: m.index! };
}
