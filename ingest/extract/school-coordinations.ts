// Session 54 (helper extract, issue 13): two kinds of school coordinated before one person head — 高等学校和职业技术学校毕业生,
// 大学和中学学生 — name the head of each school (高等学校毕业生 = 高校毕业生, 职业技术学校毕业生; 大学生, 中学生): the compressed
// coordination Chinese drafting writes for graduates of several kinds of school, as for students (tests/gold/README.md, decision of
// session 52: 大学和中学学生 → 大学生 + 中学生). The other rules read the last conjunct with the head; this reads the earlier ones.
// Read on promotion3's 浙江 社会养老服务促进条例 第二十八条 (gold 高校毕业生 beside 职业技术学校毕业生).
import type { Lexicon } from '../lexicon/load.js';
import type { DictHit } from './dictionary.js';
import { lexiconEntry } from './canonical.js';

const SCHOOL = '(?:[\\u4e00-\\u9fff]{0,6}?(?:学校|院校|学院|高校|大学|中学|小学|幼儿园))';
// Graduates only: with 学生 the rule also read 小学和初级中学学生 → 小学生 in real's 上海 and 重庆 国防教育条例, whose golds do not list
// 小学生 (real TargetGroup 199/15/13 → 200/18/12 with 学生 and 教师 as heads: P 0.93 → 0.92; measured this session).
const HEADS = ['毕业生'];
// The first conjunct opens its clause or follows a lead of service (对, 为, 向, 面向) or 的: a boundary the characters show.
const LIST = new RegExp(`(?<=^|[\\s，。；：（、]|对|为|向|面向|的)(${SCHOOL})((?:(?:、|和|及|与|以及)${SCHOOL})+)(${HEADS.join('|')})`, 'g');

/** The earlier conjuncts of such a coordination between s and e, each with the head (its mention spans the conjunct). */
export function schoolCoordinationHits(text: string, s: number, e: number, lexicon: Lexicon): DictHit[] {
  const out: DictHit[] = [];
  const span = text.slice(s, e);
  for (const m of span.matchAll(LIST)) {
    const head = m[3]!;
    const first = m[1]!;
    const conjuncts = [first, ...m[2]!.split(/、|和|以及|及|与/).filter(Boolean).slice(0, -1)];
    let at = s + m.index!;
    for (const whole of conjuncts) {
      // The conjunct is the longest tail of what the pattern took whose name with the head is a lexicon group (高等学校毕业生, an
      // alias of 高校毕业生): 鼓励高等学校 is a verb and a kind. A kind the lexicon does not name is left alone.
      const known = (c: string) => lexiconEntry(nameOf(c, head), lexicon)?.type === 'TargetGroup';
      let c = '';
      for (let k = 0; k <= whole.length - 2; k++) if (known(whole.slice(k))) { c = whole.slice(k); break; }
      const start = text.indexOf(whole, at) + whole.length - c.length;
      at = start + c.length;
      if (!c) continue;
      const name = nameOf(c, head);
      out.push({ type: 'TargetGroup', canonical: lexiconEntry(name, lexicon)?.canonical ?? name, start, end: start + c.length });
    }
  }
  return out;
}

/** 大学 + 学生 → 大学生 (the short forms of the lexicon), else the conjunct and the head. */
function nameOf(c: string, head: string): string {
  return /^(大学|中学|小学)$/.test(c) && head === '学生' ? c + '生' : c + head;
}
