// Session 47 (helper extract2; options.ts compressedTalents): categories of talent written as one compressed coordination that
// shares its field and its head, the way Chinese drafting writes 数字技术人才、数字技能人才和数字管理人才 as 数字技术、技能和管理人才
// and 数字经济研究人才和数字经济应用型人才 as 数字经济研究和应用型人才. Read on the digital set's 北京 and 浙江 texts (issue 13).
import type { Lexicon } from '../lexicon/load.js';
import type { DictHit } from './dictionary.js';
import type { Token } from './segment.js';

/** The shared head: 人才 only (the dev corpora's …、…和…人员 lists name professions, not compressed kinds). */
const HEAD = '人才';
/** Tags of a word that may be one conjunct (技能/n, 管理/vn, 应用型/n, 高技能/n, 高层次/b) or the field before the first one
 *  (数字/n, 经济/n). Verbs (培养/v), quantifiers (各类/r) and quality words (复合型/b) stop the field. */
const ITEM = /^(n|vn|nz|b|a)$/;
const FIELD = /^(n|nz)$/;
const JOINERS = new Set(['和', '及', '以及', '与']);

/** Each category of a compressed coordination ending in 人才: the words before the first conjunct that are nouns make a field all
 *  conjuncts share (数字 of 数字技术、技能和管理人才) when the later conjuncts are one word each and the first is a field and one word;
 *  then every conjunct with the field and the head is a category. Without a field (高层次、高学历、高技能以及紧缺人才: grades) only the
 *  conjuncts whose name with the head is a group of the lexicon are read (高技能人才). A conjunct that holds 人才 itself
 *  (农村实用人才、科技人才和管理人才) is a list of whole names, left to the other rules. The first category's mention spans the field and
 *  its conjunct, each later one its own word, the last one runs to the head's end (as pairedStatusHits). Not where the field
 *  follows 、 or a joiner (经营管理、专业技术和技能人才: whole names), nor where a later conjunct is longer than the first by more than a
 *  character (数字经济和人工智能人才: two fields). */
export function compressedTalentHits(tokens: Token[], lexicon: Lexicon): DictHit[] {
  // The lexicon's group names, made when a list without a field first asks (session 51, perf: made for every unit
  // before, 5–7 % of extract's own time on gen-corpus 1,000, though most units have no 人才 list).
  let known: Set<string> | undefined;
  const hits: DictHit[] = [];
  for (let h = 0; h < tokens.length; h++) {
    if (tokens[h]!.word !== HEAD) continue;
    // Walk back: the last conjunct, its joiner, then 、-separated conjuncts of one word each.
    let j = h - 1;
    const items: Token[] = [];
    if (j < 0 || !ITEM.test(tokens[j]!.tag) || tokens[j]!.word.includes('人')) continue;
    items.unshift(tokens[j]!);
    j--;
    if (j < 0 || !JOINERS.has(tokens[j]!.word)) continue;
    j--;
    // The conjunct before the joiner, and any before it, each right before a 、 (or the joiner).
    let ok = true;
    for (;;) {
      if (j < 0 || !ITEM.test(tokens[j]!.tag) || tokens[j]!.word.includes('人')) { ok = false; break; }
      items.unshift(tokens[j]!);
      if (j - 1 >= 0 && tokens[j - 1]!.word === '、') { j -= 2; continue; }
      break;
    }
    if (!ok || items.length < 2) continue;
    // The field: nouns right before the first conjunct.
    let f = j - 1;
    while (f >= 0 && FIELD.test(tokens[f]!.tag) && !tokens[f]!.word.includes('人')) f--;
    // (A field right after 、 or a joiner is a list item of its own: 经营管理、专业技术和技能人才 names three whole categories.)
    if (f >= 0 && (tokens[f]!.word === '、' || JOINERS.has(tokens[f]!.word))) continue;
    let field = tokens.slice(f + 1, j).map((t) => t.word).join('');
    // (A conjunct that is a quality or grade word (高层次/b, 紧缺/a) makes the list one of grades, not of kinds in a field:
    // 数据领域高层次、高学历、高技能以及紧缺人才 is read as the grades are without a field, the lexicon's names only.)
    if (items.some((t) => /^(b|a)$/.test(t.tag))) field = '';
    // (A later conjunct longer than the first by more than a character is a field of its own, not a sibling sharing the first
    // one's field: 数字经济和人工智能人才.)
    if (field && items.slice(1).some((t) => t.word.length > items[0]!.word.length + 1)) continue;
    const end = tokens[h]!.start + HEAD.length;
    items.forEach((item, k) => {
      const name = field + item.word + HEAD;
      if (!field && !(known ??= new Set(lexicon.entities.TargetGroup.map((e) => e.canonical))).has(name)) return;
      const last = k === items.length - 1;
      const start = k === 0 && field ? tokens[f + 1]!.start : item.start;
      hits.push({ type: 'TargetGroup', canonical: name, start, end: last ? end : item.start + item.word.length });
    });
  }
  return hits;
}
