// Session 49 (helper extract2; options.ts lawGuidedBuilders): a list, platform or system a body guides or supports third parties to set
// up — 指导和规范有关行业协会建立重点商标保护名录, 支持企业建设各类工业互联网平台 — is each builder's own, a kind: no one programme of the
// text (as session 24 reads 鼓励… before a system, discover.ts KIND_OF_SYSTEM). Read on the hightech set's 广东 知识产权保护条例 第十七条;
// 3,045 free mirror texts: three such phrases, each a kind (支持企业建立…物流信息管理系统, 引导企业建立…物流配送系统).

/** The builder a body steers (协会, 商会, 企业, 社会组织, 单位), after the steering verb, right before the verb that sets the thing up. */
const GUIDED = /(?:指导|引导|支持|鼓励|推动)(?:和规范|和支持|和引导)?(?:有关|相关|各类)?[\u4e00-\u9fff]{0,6}(?:协会|商会|企业|社会组织|单位)(?:建立|建设|设立)(?:健全|完善|和完善)?$/;

/** Whether the name starting at `start` is set up by a steered third party: the text of its clause before it ends in GUIDED. */
export function guidedBuilder(text: string, start: number): boolean {
  const clause = /[^，。；：！？\n]*$/.exec(text.slice(Math.max(0, start - 40), start))![0];
  return GUIDED.test(clause);
}
