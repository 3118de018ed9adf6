// Session 50 (helper extract; issue 13): a platform or system named inside a definition's definiens (本条例所称信息基础设施，是指
// 通信网、…、公共大数据平台、云计算基础设施…) is a member of the class being defined, a kind, not one system a body sets up or must
// use: the text says what a term covers, it lays no duty on a named system. Read in free mirror texts (杭州市智慧经济促进条例's
// 公共大数据平台, session 49 helper extract3's one loss; 定制客运，是指…经营者依托电子商务平台发布…). Called from discover.ts suffixHits.

import { inDefiniens as definiensAt } from './definitions.js';

/** Whether a system's name starting at `start` stands inside a definiens: 是指 (or 指的是) earlier in its sentence (up to 。；, a line
 *  end, 160 characters back), option lawDefiniensSystems. The test is definitions.ts inDefiniens's (session 51 helper tidy: one
 *  helper with groups.ts definiensOnly). */
export function inDefiniens(text: string, start: number): boolean {
  return definiensAt(text, start, 'sentence');
}
