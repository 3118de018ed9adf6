// Session 59 (helper tgprecision; issue 13, options.ts groupRegimeHeadsOut): a population noun right before the head of a regime, a
// scheme, a service or a body (group-regimes.txt: 人才|评价, 法官|联络点, 职工|疗休养, 驾驶人员|人身意外伤害险,
// 消费者|权益保护组织) is part of that name, not a group served (tests/gold/README.md, "Entities in a law"). A population coordinated
// inside the same name (妇女|儿童|工作委员会) is part of it too: a group mention followed at once by another group mention whose
// name continues into such a head, or into a head of group-followers.txt, is dropped with it. Only the mention goes: the group stays
// where another mention of it is read.
import type { Lexicon } from '../lexicon/load.js';
import type { Mention } from './types.js';

/** The span starts of the target-group mentions that open the name of a regime, a scheme, a service or a body. */
export function regimeHeadMentions(text: string, groups: Mention[], lexicon: Lexicon): Set<number> {
  const r = lexicon.groupRegimes;
  const heads = [...r.regime, ...r.service, ...r.body];
  const byStart = new Map<number, Mention>();
  for (const m of groups) if (!byStart.has(m.span[0]) || byStart.get(m.span[0])!.span[1] < m.span[1]) byStart.set(m.span[0], m);
  const headAt = (at: number) => heads.some((h) => text.startsWith(h, at));
  const followerAt = (at: number) => lexicon.groupFollowers.some((w) => text.startsWith(w, at));
  const out = new Set<number>();
  for (const m of groups) {
    let end = m.span[1];
    if (headAt(end)) {
      out.add(m.span[0]);
      continue;
    }
    // 妇女|儿童|工作委员会: up to two more groups written into the same name, no joiner between.
    for (let k = 0; k < 2; k++) {
      const next = byStart.get(end);
      if (!next) break;
      end = next.span[1];
      if (headAt(end) || followerAt(end)) {
        out.add(m.span[0]);
        break;
      }
    }
  }
  return out;
}
