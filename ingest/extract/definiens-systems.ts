// Session 50 (helper extract; issue 13): a platform or system named inside a definition's definiens (本条例所称信息基础设施，是指
// 通信网、…、公共大数据平台、云计算基础设施…) is a member of the class being defined, a kind, not one system a body sets up or must
// use: the text says what a term covers, it lays no duty on a named system. Read in free mirror texts (杭州市智慧经济促进条例's
// 公共大数据平台, session 49 helper extract3's one loss; 定制客运，是指…经营者依托电子商务平台发布…). Called from discover.ts suffixHits.

/** The cue of a definiens: the defined term's 是指 (or 指的是), after which the clause lists what the term covers. */
const DEFINIENS = /是指|指的是/;
/** How far back the sentence is read. */
const REACH = 160;

/** Whether a system's name starting at `start` stands inside a definiens: 是指 earlier in its sentence (up to 。；, a line end or a
 *  （一）-style item's start), option lawDefiniensSystems. */
export function inDefiniens(text: string, start: number): boolean {
  const sentence = text.slice(Math.max(0, start - REACH), start).split(/[。；\n]/).pop() ?? '';
  return DEFINIENS.test(sentence);
}
