// Session 47 (helper extract3; options.ts fieldStudents): students named by their field of study, the way Chinese drafting writes
// 涉农专业学生, 师范类专业学生, 农林专业毕业生: a field word, 专业, a head of field-students.txt. Read on the innovation3 set's 上海 text.
import type { Lexicon } from '../lexicon/load.js';
import type { DictHit } from './dictionary.js';
import type { Token } from './segment.js';

/** Tags of a field word (涉农/v in jieba, 师范类/n, 农林/n): a noun, verbal noun or verb-like word of one token. */
const FIELD = /^(n|nz|vn|v|b|j)$/;

/** Each field word + 专业 + student head (field-students.txt) as one TargetGroup spanning the three. Not where the field word is a
 *  determiner or quantifier (本专业学生, 相关专业学生: generic-heads.txt TargetGroup words), nor a one-character word. */
export function fieldStudentHits(tokens: Token[], lexicon: Lexicon): DictHit[] {
  const heads = new Set(lexicon.fieldStudents);
  const generic = lexicon.genericHeads.TargetGroup;
  const hits: DictHit[] = [];
  for (let h = 2; h < tokens.length; h++) {
    const head = tokens[h]!;
    if (!heads.has(head.word) || tokens[h - 1]!.word !== '专业') continue;
    const field = tokens[h - 2]!;
    if (field.word.length < 2 || !FIELD.test(field.tag) || generic.has(field.word) || !/^[\u4e00-\u9fff]+$/.test(field.word)) continue;
    hits.push({ type: 'TargetGroup', canonical: `${field.word}专业${head.word}`, start: field.start, end: head.start + head.word.length });
  }
  return hits;
}
