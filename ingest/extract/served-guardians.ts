// Session 57 (helper extract; issue 13, options.ts lawServedGuardians): the served guardian. 父母, 监护人 and 家长 are a role by
// default (they consent, accompany, act for the ward, bear duties), a TargetGroup where a measure is done for them (tests/gold/README.md,
// decisions of sessions 55, 56 and 57). Two frames of Chinese minors' and family-education law name them so, read on the sentence
// structure, not on a list of phrases (group-guardians.txt):
// - the object of a served lead (对, 为, 向; a possessive 其 or a 的-phrase of the ward may stand before the guardians) whose clause —
//   or a next clause opened by 并 — serves with a verb of group-objects.txt (提供, 进行, 给予 …) and a cue (指导, 培训, 咨询 …):
//   对父母或者其他监护人进行家庭教育指导 (education's 浙江), 对其父母或者其他监护人提供家庭教育指导 (promotion3's 重庆),
//   对相关未成年学生的父母或者其他监护人给予必要的家庭教育指导 (未成年人保护法 第三十九条), 向…父母或者其他监护人反映情况，并提供指导意见
//   (minors' 河南);
// - the object of the support verbs of the state's duty (指导, 支持, 帮助; 监督 may stand among them) followed by the duty they help
//   (履行, 实施): 指导、支持、帮助和监督未成年人的父母或者其他监护人履行监护职责 (未成年人保护法 第七条), 指导父母或者其他监护人实施家庭
//   教育 (promotion3's 重庆).
// Not: the guardian as the subject of a duty (父母或者其他监护人应当…), consenting (经其监护人同意), informed in a procedure (及时通知…
// 父母), ordered (责令其父母…接受家庭教育指导: no lead), a modifier of a body or facility (家长学校, 家长委员会), another kin (养父母,
// 祖父母) or the ward (被监护人).
import type { Lexicon } from '../lexicon/load.js';
import type { DictHit } from './dictionary.js';

/** Characters that make a served lead the tail of another word (针对, 作为, 方向 …), as served.ts reads them. */
const LEAD_BEFORE: Record<string, RegExp> = { 对: /[针相核反应面绝校比配]$/, 为: /[作认行成以更视称分改列人难因较最极甚尤确定]$/, 向: /[方导面倾意去动趋风志转走指偏流]$/ };
const LEADS = ['对', '为', '向'];

interface Span {
  start: number;
  end: number;
  canonical: string;
}

/** The guardian coordination starting at p (父母或者其他监护人, 家长), or none. */
function guardianList(text: string, p: number, e: number, g: Lexicon['guardians']): Span[] {
  const out: Span[] = [];
  let at = p;
  for (let n = 0; n < 4; n++) {
    const other = g.other.find((w) => text.startsWith(w, at) && g.guardian.some((x) => text.startsWith(x, at + w.length)));
    const from = at + (other?.length ?? 0);
    const word = g.guardian.find((w) => text.startsWith(w, from));
    if (!word || from + word.length > e) break;
    if (g.notAfter.some((w) => text.startsWith(w, from + word.length))) return [];
    out.push({ start: from, end: from + word.length, canonical: word });
    at = from + word.length;
    const join = text[at] === '、' ? '、' : g.join.filter((w) => text.startsWith(w, at)).sort((a, b) => b.length - a.length)[0];
    if (!join) break;
    const next = at + join.length;
    const more = g.guardian.some((w) => text.startsWith(w, next)) || g.other.some((w) => text.startsWith(w, next) && g.guardian.some((x) => text.startsWith(x, next + w.length)));
    if (!more) break;
    at = next;
  }
  return out;
}

/** The clause after q (to the next ，。；：), with a next clause opened by a `then` word (并) joined to it. */
function clauseAfter(text: string, q: number, e: number, g: Lexicon['guardians']): string {
  const stop = /[，。；：！？\n]/;
  let r = q;
  while (r < e && !stop.test(text[r]!)) r++;
  let clause = text.slice(q, r);
  if (text[r] === '，' && g.then.some((w) => text.startsWith(w, r + 1))) {
    let t = r + 1;
    while (t < e && !stop.test(text[t]!)) t++;
    clause += text.slice(r, t);
  }
  return clause;
}

/** Does the clause serve with a verb of group-objects.txt and a cue after it, no sanction in it? */
function serves(clause: string, lexicon: Lexicon): boolean {
  if (lexicon.clausePunish.some((w) => clause.includes(w))) return false;
  for (const v of lexicon.objectVerbs) {
    for (let k = clause.indexOf(v); k >= 0; k = clause.indexOf(v, k + 1)) {
      const rest = clause.slice(k + v.length, k + v.length + 14);
      if (lexicon.objectCues.some((c) => rest.includes(c))) return true;
    }
  }
  return false;
}

/** The guardians a measure of text[s, e) serves. */
export function servedGuardianHits(text: string, s: number, e: number, lexicon: Lexicon): DictHit[] {
  const g = lexicon.guardians;
  const out: DictHit[] = [];
  // Every coordination holds a guardian word: a measure naming none (most of them) is not scanned character by character.
  const span = text.slice(s, e);
  if (!g.guardian.some((w) => span.includes(w))) return out;
  const seen = new Set<number>();
  for (let i = s; i < e; i++) {
    // The start of a guardian coordination: a guardian word (or 其他 + one) not inside another kin word or the ward's name.
    const otherHere = g.other.find((w) => text.startsWith(w, i) && g.guardian.some((x) => text.startsWith(x, i + w.length)));
    if (!otherHere && !g.guardian.some((w) => text.startsWith(w, i))) continue;
    if (i > s && g.notBefore.includes(text[i - 1]!)) continue;
    if (seen.has(i)) continue;
    const list = guardianList(text, i, e, g);
    if (!list.length) continue;
    const end = list[list.length - 1]!.end;
    for (const l of list) seen.add(l.start);
    // What stands before the coordination: a possessive 其 or a 的-phrase of the ward, then the lead or the support verbs.
    const before = text.slice(Math.max(s, i - 24), i);
    // (A 的-phrase of the ward of up to 16 CJK characters, 未成年人的 or 有心理健康问题的未成年学生的, may stand between.)
    const frames = [before];
    if (before.endsWith('其') && !/其[他它余中次]$/.test(before)) frames.push(before.slice(0, -1));
    if (before.endsWith('的')) {
      for (let j = before.length - 2; j >= Math.max(0, before.length - 17); j--) {
        if (!/[\u4e00-\u9fff]/.test(before[j]!)) break;
        frames.push(before.slice(0, j));
      }
    }
    let served = false;
    for (const pre of frames) {
      const lead = LEADS.find((l) => pre.endsWith(l) && !LEAD_BEFORE[l]!.test(pre.slice(0, -l.length)));
      if (lead && serves(clauseAfter(text, end, e, g), lexicon)) served = true;
      // 指导、支持、帮助和监督…父母或者其他监护人履行…: support verbs joined by 、/和/及 right before, a duty verb right after.
      const verbs = /((?:[\u4e00-\u9fff]{2})(?:[、和及](?:[\u4e00-\u9fff]{2}))*)$/.exec(pre)?.[1]?.split(/[、和及]/) ?? [];
      const support = verbs.length > 0 && verbs.every((v) => g.support.includes(v) || g.alsoSupport.includes(v)) && verbs.some((v) => g.support.includes(v));
      if (support && g.duty.some((d) => text.startsWith(d, end))) served = true;
      if (served) break;
    }
    if (!served) continue;
    for (const l of list) out.push({ type: 'TargetGroup', canonical: l.canonical, start: l.start, end: l.end });
  }
  return out;
}
