// Session 49 (helper extract2; options.ts lawWonNationalAwards): a national award named as what a person or unit has won — 获得中国专利奖的
// 主要发明人、设计人，可以破格申报…, 对获得国家质量奖的企业… — is the named state award (a programme: the golds count awards, as 北京市专利奖
// and …无偿献血奉献奖), whatever jieba makes of its words (中国专利 is tagged a body, nt, and the suffix rule stops there). Read on the
// hightech set's 浙江 专利条例 第十九条; 3,045 free mirror texts: 获得中国专利奖, 获得中国专利金奖, 获得国家质量奖, 获得国家无偿献血奉献奖, each
// the award.
import type { DictHit } from './dictionary.js';

/** 获得 / 荣获, then 中国 or 国家 and two to eight characters ending in 奖, then 的, a list joiner or a clause break. */
const WON = /(?:获得|荣获|获评)((?:中国|国家)[\u4e00-\u9fff]{2,8}?奖)(?=[的、和或，。；：\n])/g;

export function wonAwardHits(text: string, from: number, to: number): DictHit[] {
  const span = text.slice(from, to);
  if (!span.includes('奖')) return [];
  const hits: DictHit[] = [];
  for (const m of span.matchAll(WON)) {
    const name = m[1]!;
    if (/的|奖励|奖金/.test(name)) continue;
    const end = from + m.index! + m[0].length;
    hits.push({ type: 'Programme', canonical: name, start: end - name.length, end });
  }
  return hits;
}
