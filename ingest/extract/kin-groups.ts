// Session 54 (helper extract, issue 13): the children (or other kin) of a category of persons, named right after it — 进城务工人员
// 未成年子女, 进城务工人员随迁子女, 军人子女, 烈士遗属 — are a category of their own that a benefit reaches (schooling, housing, 优待),
// the parents' category only its condition. Chinese social-policy drafting names them so in education, minors' and family laws
// (promotion3's 重庆 家庭教育促进条例 第三十八条 完善进城务工人员未成年子女入学、招生、住房等政策措施; reading's 外来务工人员随迁子女;
// minors' 进城务工人员子女). definitions.ts's definedKinds reads the same shape after a group the text defines (华侨子女); this reads it
// after any group found. Kin words: definition-cues.txt `kin`; the age or residence words a child category may carry between
// (未成年, 随迁, 适龄) are KIN_KINDS.
import type { Lexicon } from '../lexicon/load.js';
import type { DictHit } from './dictionary.js';

const KIN_KINDS = ['未成年', '随迁', '适龄'];

/** Group + (kind) + kin word, one name; a lexicon entry of the whole gives the canonical. Kin words after a kin word (父母子女) and
 *  groups that are themselves kin (子女, 父母, 监护人) make none, nor the kin nouns of a dependant's care (group-carers.txt `carer`:
 *  赡养人, 扶养人, 抚养人 — session 55: elderly's 浙江 办法 赡养人配偶和家庭其他成员阻止…, the carer's own relatives, no category). */
export function groupKinHits(text: string, groups: DictHit[], lexicon: Lexicon): DictHit[] {
  const kin = lexicon.definitionCues.kin;
  const out: DictHit[] = [];
  for (const g of groups) {
    const name = text.slice(g.start, g.end);
    if (kin.some((k) => name.endsWith(k)) || /(父母|监护人|亲属|家长)$/.test(name) || lexicon.carers.carer.some((c) => name.endsWith(c))) continue;
    let at = g.end;
    const kind = KIN_KINDS.find((w) => text.startsWith(w, at));
    if (kind) at += kind.length;
    const word = kin.find((k) => text.startsWith(k, at) && (!kind || k === '子女'));
    if (!word) continue;
    const end = at + word.length;
    out.push({ type: 'TargetGroup', canonical: text.slice(g.start, end), start: g.start, end });
  }
  return out;
}
