// Session 48 (helper extract; options.ts lawBoundPlatforms): a platform or system a body must set up, described or not, that the
// text then binds by its own name as the subject of a duty — 建立资源汇聚、开放共享、分工协作的科技成果转化公共服务平台 … 科技成果转化
// 公共服务平台应当建立健全…制度 (techtransfer's 上海 text). The duty laid on the name shows it is one platform, not a kind to build;
// the general form of session 45's lawBuiltPlatformDuties (加强X平台建设 only). Checked on every such pair of the free mirror.
import type { DictHit } from './dictionary.js';

/** Verbs of setting a platform up right before it or before a description of it ending in 的. */
const BUILD = '(?:建立健全|建立|建设|搭建|设立|构建|组建|开通|建成)';
/** A platform or system name opening a sentence, an article or a clause, as the subject of 应当. */
const SUBJECT = /(?:^|[。；\n　 ])([\u4e00-\u9fff]{2,18}?(?:平台|系统))应当/g;
/** Words that make a name a list, a description or a class (各类平台, 有关系统), not one platform. */
const NOT_ONE = /[、和及与或的等各类]|^(?:有关|相关|其他|上述|该|本)/;

/** The subject names of a text, read once per text (the rule runs per unit). */
let lastText = '';
let lastNames = new Set<string>();
function subjectNames(text: string): Set<string> {
  if (text !== lastText) {
    lastText = text;
    lastNames = new Set([...text.matchAll(SUBJECT)].map((m) => m[1]!).filter((n) => !NOT_ONE.test(n)));
  }
  return lastNames;
}

/** Each setting-up of a platform (build verb, then at most one description ending 的, then the name) whose name opens a duty
 *  elsewhere in the text (X平台应当…). The name is the subject's as written. Not a name holding a joiner, 的 or a class word. */
export function boundPlatformHits(text: string, from: number, to: number): DictHit[] {
  const hits: DictHit[] = [];
  const span = text.slice(from, to);
  if (!/平台|系统/.test(span)) return hits;
  const names = subjectNames(text);
  for (const name of names) {
    if (!span.includes(name)) continue;
    const escaped = name.replace(/[“”]/g, (c) => `\\${c}`);
    for (const m of span.matchAll(new RegExp(`${BUILD}(?:[^，。；：\\n]{0,30}的)?(${escaped})`, 'g'))) {
      // (The name must start right after the verb or the 的: 建设档案管理机构… has 建设 inside a body's name.)
      const start = from + m.index! + m[0].length - name.length;
      const before = text.slice(start - 1, start);
      if (!/的/.test(before) && !new RegExp(`${BUILD}$`).test(text.slice(Math.max(0, start - 4), start))) continue;
      hits.push({ type: 'Programme', canonical: name, start, end: start + name.length });
    }
  }
  return hits;
}
