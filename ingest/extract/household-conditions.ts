// Session 54 (helper extract, issue 13): a group named only as the member that qualifies a household (有重度残疾老年人的家庭,
// 对寄养孤儿的家庭提供家庭教育指导服务) is the household's condition, not a population the text serves (tests/gold/README.md, decision
// of session 35 on conditions; promotion3's README). Words in ingest/lexicon/household-cues.txt.
import type { Lexicon } from '../lexicon/load.js';

/** The canonical names of the groups every mention of which stands between a holder verb and 的…家庭 in its clause. */
export function householdConditionsOnly(text: string, groups: { canonical: string; span: [number, number] }[], lexicon: Lexicon): Set<string> {
  const { holders, households } = lexicon.householdCues;
  if (!holders.length || !households.length) return new Set();
  const holder = new RegExp(`(?:^|[^所具享拥])(?:${holders.map(esc).join('|')})(?![关])[^，。；：！？\\n有的]{0,12}$`);
  const household = new RegExp(`^的[^，。；：！？\\n、的]{0,8}?(?:${households.map(esc).join('|')})`);
  const all = new Set<string>();
  const elsewhere = new Set<string>();
  for (const g of groups) {
    all.add(g.canonical);
    const before = /[^，。；：！？\n]*$/.exec(text.slice(Math.max(0, g.span[0] - 16), g.span[0]))![0];
    const after = text.slice(g.span[1], g.span[1] + 12);
    if (!(holder.test(before) && household.test(after))) elsewhere.add(g.canonical);
  }
  return new Set([...all].filter((c) => !elsewhere.has(c)));
}

function esc(w: string): string {
  return w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
