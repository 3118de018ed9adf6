// Session 51 (helper extract; issue 13): the party named as the subject of a principle, not as a body that acts. Chinese laws open
// with a clause of principles — 职业教育应当…坚持中国共产党的领导，坚持社会主义办学方向 (上海市职业教育条例 第三条), 在中国共产党领导
// 下 — where the party's leadership is a guiding tenet, like 社会主义办学方向 beside it; the text gives the party no duty, power or
// service (tests/gold/README.md, Entities in a law: the party is read where it acts, 设立中国共产党的组织; random3's 行政复议法 gold and
// education's 上海 gold read 坚持中国共产党的领导 as a principle). Called from index.ts on each Organisation mention (option
// partyPrincipleOut); only the mention is dropped, so a party that also acts elsewhere in the text is still found there.

/** The party's names whose leadership a principle names. */
const PARTY = new Set(['中国共产党', '中共', '党']);
/** After the name: (的 | 对…的) (全面 | 绝对 | 集中统一)? 领导, not a leader or leading organ (领导人, 领导干部, 领导机关 …). */
const LEADERSHIP = /^(?:的|对[^，。；：\n]{1,16}?的)?(?:全面|绝对|集中统一)?领导(?!人|者|干部|机关|机构|班子|小组|职务|成员)/;

/** Whether the mention of the party at text[start, end) is the subject of a principle of leadership (坚持中国共产党的领导). */
export function partyPrinciple(text: string, start: number, end: number, canonical: string): boolean {
  if (!PARTY.has(canonical) && !PARTY.has(text.slice(start, end))) return false;
  return LEADERSHIP.test(text.slice(end, end + 24));
}
