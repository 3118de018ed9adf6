// Session 63 (helper penalty7, issue 13): the range of a fine an article sets, read from its text. 行政处罚法 (第十一、十二条):
// a regulation or a local regulation that details an administrative penalty a law sets must keep within the acts, the kinds
// and the range (幅度) the law gives it. A lower fine whose whole range lies outside the range of a higher article's fine
// (北京/山东 水污染: 处一千元以上一万元以下的罚款 against the law's 处十万元以上五十万元以下的罚款) is therefore no detail of
// that article's penalty: it sanctions another act, most often a duty the lower text set itself. Only amounts in yuan are
// read (处…元以上…元以下的罚款, 处…元以下罚款, 处…元罚款); a fine by multiples (…倍), by shares (千分之五) or with no amount
// (可以并处罚款) sets no range. Pure: texts in, ranges out; no Node builtin.

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** A number written in Chinese numerals (二十万, 五千, 一百) or Arabic digits (2000). */
export function chineseNumber(s: string): number {
  if (/^[\d.]+$/.test(s)) return Number(s);
  let [total, section, num] = [0, 0, 0];
  for (const ch of s) {
    if (ch in DIGITS) num = DIGITS[ch];
    else if (/\d/.test(ch)) num = num * 10 + Number(ch);
    else if (ch === '十' || ch === '百' || ch === '千') {
      section += (num || 1) * (ch === '十' ? 10 : ch === '百' ? 100 : 1000);
      num = 0;
    } else if (ch === '万' || ch === '亿') {
      total += (section + num) * (ch === '万' ? 1e4 : 1e8);
      [section, num] = [0, 0];
    }
  }
  return total + section + num;
}

const N = '[零〇一二两三四五六七八九十百千万亿\\d.]+';
const FINE = /(?:处|并处|处以)([^，；。：]*?)罚款/g;
// Lazy runs: 一万以上五万元以下 reads 一 and 万, 五 and 万.
const BETWEEN = new RegExp(`(${N}?)(万)?元?以上(${N}?)(万)?元以下`);
const UNDER = new RegExp(`(${N})(万)?元以下`);
const AMOUNT = new RegExp(`(${N})(万)?元`);

/** The fines an article sets, each as [least, most] in yuan. */
export function fineRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.replace(/\s+/g, '').matchAll(FINE)) {
    const span = m[1];
    if (/倍|分之|%|％/.test(span)) continue;
    const yuan = (n: string, wan?: string) => chineseNumber(n) * (wan ? 1e4 : 1);
    const b = BETWEEN.exec(span);
    if (b && b[1]) {
      out.push([yuan(b[1], b[2]), yuan(b[3], b[4])]);
      continue;
    }
    const u = UNDER.exec(span);
    if (u) {
      out.push([0, yuan(u[1], u[2])]);
      continue;
    }
    const a = AMOUNT.exec(span);
    if (a) out.push([yuan(a[1], a[2]), yuan(a[1], a[2])]);
  }
  return out;
}

/** Whether two articles' fines may be one penalty: false only when both set fines in yuan and the span of the lower's
 *  (its least to its most) and the higher's do not overlap. */
export function finesMeet(lowerText: string, higherText: string): boolean {
  const [l, h] = [fineRanges(lowerText), fineRanges(higherText)];
  if (!l.length || !h.length) return true;
  const span = (xs: [number, number][]) => [Math.min(...xs.map((x) => x[0])), Math.max(...xs.map((x) => x[1]))];
  const [[lmin, lmax], [hmin, hmax]] = [span(l), span(h)];
  return !(lmax < hmin || lmin > hmax);
}
