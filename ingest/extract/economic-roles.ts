// Session 59 (helper extract; issue 13, options.ts lawServedEconomicRoles, off): an economic role (投资者) is a TargetGroup where the
// text encourages, attracts, serves or protects it (tests/gold/README.md, decisions of session 23), not where it is only a party
// regulated, an owner or an applicant's condition. Read on the frame of its clause (group-economic.txt), not on the word: a `lead |`
// word before it in its clause with at most 16 characters between and no modal (鼓励社会资本和境外投资者参与…), or a `protect |` verb
// before it and a `right |` word after it (保护投资者合法权益), or a `right |` word after it followed by a `protect |` verb
// (…投资者的投资、投资收益和其他合法权益受法律保护).
import type { Lexicon } from '../lexicon/load.js';
import type { DictHit } from './dictionary.js';

const CLAUSE_END = /[，。；：！？\n]/;
/** 为 as the tail of another word (作为, 认为, 成为 …), as served.ts reads it. */
const WEI_BEFORE = /[作认行成以更视称分改列人难因较最极甚尤确定]$/;
const MODAL = /应当|不得|必须|应|须/;

export function economicRoleHits(text: string, s: number, e: number, lexicon: Lexicon): DictHit[] {
  const g = lexicon.economicRoles;
  const out: DictHit[] = [];
  for (const role of g.role) {
    for (let p = text.indexOf(role, s); p >= 0 && p + role.length <= e; p = text.indexOf(role, p + 1)) {
      const end = p + role.length;
      if (g.notAfter.some((w) => text.startsWith(w, end))) continue;
      let c = p;
      while (c > s && !CLAUSE_END.test(text[c - 1]!)) c--;
      const before = text.slice(c, p);
      const after = /^[^，。；：！？\n]*/.exec(text.slice(end, Math.min(e, end + 40)))![0];
      const led = g.lead.some((w) => {
        const k = before.lastIndexOf(w);
        if (k < 0) return false;
        const between = before.slice(k + w.length);
        if (between.length > 16 || MODAL.test(between)) return false;
        return !(w === '为' && WEI_BEFORE.test(before.slice(0, k)));
      });
      const protectedBefore = g.protect.some((w) => {
        const k = before.lastIndexOf(w);
        return k >= 0 && before.length - k - w.length <= 12 && g.right.some((r) => after.slice(0, 12).includes(r));
      });
      const protectedAfter = g.right.some((r) => {
        const k = after.indexOf(r);
        return k >= 0 && g.protect.some((w) => after.slice(k + r.length).includes(w));
      });
      if (led || protectedBefore || protectedAfter) out.push({ type: 'TargetGroup', canonical: role, start: p, end });
    }
  }
  return out;
}
