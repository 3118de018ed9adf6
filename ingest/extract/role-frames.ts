// Session 59 (helper tgprecision; issue 13, options.ts lawRoleFramesOut): in a regulation, a role, a post or an official named in a
// frame that serves nobody — a post filled (配备专职教师, with no service it delivers in its sentence), persons consulted (听取专家、
// 企业家等的意见), officials audited or held to a duty list (主要领导干部经济责任审计, 领导干部…履职清单制度) — names no group there (group-frames.txt; tests/gold/README.md,
// decisions of sessions 35 and 57). Only the mention goes: the group stays where another mention of it is read.
import type { Lexicon } from '../lexicon/load.js';
import type { Mention } from './types.js';

const CLAUSE_BEFORE = /[^，。；：！？\n]*$/;
const CLAUSE_AFTER = /^[^，。；：！？\n]*/;
const SENTENCE_AFTER = /^[^。；\n]*/;
/** Characters a staffing verb may stand before the persons (担任兼职研究人员或者|兼职教师). */
const STAFF_REACH = 10;

export function roleFrameMentions(text: string, groups: Mention[], lexicon: Lexicon): Set<number> {
  const f = lexicon.groupFrames;
  const out = new Set<number>();
  for (const m of groups) {
    const [s, e] = m.span;
    const before = CLAUSE_BEFORE.exec(text.slice(Math.max(0, s - 40), s))![0];
    const after = CLAUSE_AFTER.exec(text.slice(e, e + 60))![0];
    const sentence = SENTENCE_AFTER.exec(text.slice(e, e + 120))![0];
    const near = (v: string) => {
      const k = before.lastIndexOf(v);
      if (k < 0) return false;
      const between = before.slice(k + v.length);
      return between.length <= STAFF_REACH && !/[的为对向由]/.test(between);
    };
    // 配备专职教师 (no 担任: group-frames.txt).
    // Not a quota for a population (配备妇女领导干部) nor a post named by the service it delivers (心理健康教育辅导员).
    const servesByName = f.quota.some((w) => m.surface.startsWith(w)) || f.servicePost.some((w) => m.surface.endsWith(w));
    const staffed = f.staff.some(near) && !servesByName && !f.deliver.some((w) => sentence.includes(w));
    const consulted = f.consult.some((v) => before.includes(v)) && f.opinion.some((w) => after.includes(w));
    const accountable = f.account.some((w) => after.includes(w));
    if (staffed || consulted || accountable) out.add(s);
  }
  return out;
}
