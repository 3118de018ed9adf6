// Session 61 (helper grounds, issue 13): a chapter that sets out one article of the higher text (options.chapterArticle).
// A 实施条例 often gives a whole chapter to the 具体办法 one article of its law leaves to it, and opens that chapter by
// naming the article (商标法实施条例 第五章 马德里商标国际注册, 第三十四条 商标法第二十一条规定的商标国际注册，是指… — 商标法
// 第二十一条 …具体办法由国务院规定). The chapter's later articles each set one part of that procedure in words the law's line
// does not have (马德里, 国际局, 领土延伸): under the weak threshold. So: when the first article of a chapter of the lower
// document cites by number exactly one article of a higher document, and that article delegates its details (`delegation`),
// every later article of the chapter that links nothing in that higher document links weak to it.
// Pure: no Node builtins (coverage's replay imports it).
import { parseChineseNumeral } from '../extract/numerals.js';

/** The rule's setting (LinkOptions.chapterArticle). */
export interface ChapterArticleRule {
  /** The cited article leaves its details to another text (a regex source over its text without whitespace). */
  delegation: string;
}

/** The chapter path and the article number of a measure id (…#第五章/第三十四条), when it is an article in a chapter. */
export function chapterPlace(id: string): { chapter: string; article: number } | undefined {
  const m = id.match(/#((?:[^#]*\/)?第[^/#]+章)(?:\/第[^/#]+节)?\/第([^/#]+)条$/);
  return m ? { chapter: `${id.slice(0, id.indexOf('#'))}#${m[1]}`, article: parseChineseNumeral(m[2]) ?? 0 } : undefined;
}

/** The weak links the rule adds: [lower article, higher article] pairs. `links` are every link made so far (a cited one
 *  flagged `citedArticle`); `articles` every leaf article's id; `textOf` a measure's text; `docOf` its document. */
export function chapterArticleLinks<D>(
  links: readonly { lower: string; higher: string; citedArticle?: boolean }[],
  articles: readonly string[],
  textOf: (m: string) => string | undefined,
  docOf: (m: string) => D | undefined,
  rule: ChapterArticleRule,
): [string, string][] {
  const delegation = new RegExp(rule.delegation);
  // Each chapter's articles in order.
  const chapters = new Map<string, { id: string; article: number }[]>();
  for (const id of articles) {
    const p = chapterPlace(id);
    if (p) (chapters.get(p.chapter) ?? chapters.set(p.chapter, []).get(p.chapter)!).push({ id, article: p.article });
  }
  const cited = new Map<string, string[]>();
  const linked = new Set<string>();
  for (const l of links) {
    const hd = docOf(l.higher);
    linked.add(`${l.lower}>${String(hd)}`);
    if (l.citedArticle) (cited.get(l.lower) ?? cited.set(l.lower, []).get(l.lower)!).push(l.higher);
  }
  const out: [string, string][] = [];
  for (const list of chapters.values()) {
    if (list.length < 2) continue;
    list.sort((a, b) => a.article - b.article);
    const first = list[0].id;
    const byDoc = new Map<D | undefined, Set<string>>();
    for (const h of cited.get(first) ?? []) (byDoc.get(docOf(h)) ?? byDoc.set(docOf(h), new Set()).get(docOf(h))!).add(h);
    for (const [hd, hs] of byDoc) {
      if (hd === undefined || hs.size !== 1) continue;
      const [h] = [...hs];
      if (!delegation.test((textOf(h) ?? '').replace(/\s+/g, ''))) continue;
      for (const x of list.slice(1)) if (!linked.has(`${x.id}>${String(hd)}`)) out.push([x.id, h]);
    }
  }
  return out;
}
