// Citation by article number: a regulation that writes 《中华人民共和国国防教育法》第二十八条, 依照《条例》
// 第十条第一款, 分别依照《…法》第三十三条至第三十七条的规定 names the articles it carries out. The cited
// documents are the extract stage's (ingest/extract/citations.ts: the 《…》 span, abbreviations such
// as 《条例》 resolved to the full title); this file reads the article numbers written right after
// that span, finds the cited version the rules allow (rules.ts: level, region chain, not issued
// later; of several versions, the latest allowed one, the one in force) and its articles by number.
// A reference to the document's own articles (本条例第十九条) is not a citation of another document
// and is never read here.
import type { ProcessedDoc } from '../snapshot/types.js';
import { parseChineseNumeral, NUMERAL_CHARS } from '../extract/numerals.js';

export interface ArticleCitation {
  /** The citing document (index in the linker's documents) and unit path. */
  docIndex: number;
  path: string;
  /** Canonical title of the cited document. */
  title: string;
  /** Span in the citing document of 《title》 and the article numbers after it. */
  span: [number, number];
  /** Article numbers, ranges expanded (第三十三条至第三十七条 → 33…37). */
  articles: number[];
  /** The articles of `articles` named only by a later paragraph or an item (第四条第一款第二项): a part of each. */
  parts?: number[];
  /** Chapter numbers instead (《法律援助条例》第三章另有规定的，从其规定 → 3): the measure carries out
   *  something of that chapter, which of its articles the scoring says (options.citedChapters). */
  chapters?: number[];
  /** Session 61 (options.citedUncarried): the form of a citation that names the articles without carrying them out —
   *  `disapplied` (…下列条款的规定不适用于…: (一)商标法第二十八条…), `grounds` (以违反…第X条规定为由, 有违反…第X条规定情形). */
  uncarried?: 'disapplied' | 'grounds';
}

/** Session 61 (helper grounds, issue 13): the forms of a citation that names articles it does not carry out
 *  (options.citedUncarried); regex sources, read over the document text without whitespace around the citation. */
export interface UncarriedForms {
  /** After the citation, in its clause: the cited provisions disapplied (…第X条的规定不适用于…). */
  disappliedAfter: string;
  /** The lead-in (the sentence ending in ：) of the list item holding the citation: the items' provisions disapplied
   *  (商标法和本条例下列条款的规定不适用于办理商标国际注册相关事宜：). */
  disappliedLeadIn: string;
  /** Right before the cited name: a violation named (以违反, 有违反). */
  groundsBefore: string;
  /** After the citation, in its clause: the violation as a ground or a case (…规定为由, …规定情形). */
  groundsAfter: string;
}

/** The form of the citation spanning [start, end) of `text` when it names articles without carrying them out. */
export function uncarriedForm(text: string, start: number, end: number, forms: UncarriedForms): ArticleCitation['uncarried'] {
  const flat = (t: string) => t.replace(/\s+/g, '');
  const after = flat(text.slice(end, end + 120)).split(/[。；]/)[0];
  if (new RegExp(forms.disappliedAfter).test(after)) return 'disapplied';
  // The lead-in of the list the citation is an item of: the last ： before it with no 。 between.
  const back = text.slice(Math.max(0, start - 300), start);
  const colon = back.lastIndexOf('：');
  if (colon >= 0 && !back.slice(colon).includes('。')) {
    const lead = flat(back.slice(0, colon)).split(/[。；]/).pop() ?? '';
    if (new RegExp(forms.disappliedLeadIn).test(lead)) return 'disapplied';
  }
  const before = flat(text.slice(Math.max(0, start - 8), start));
  if (new RegExp(forms.groundsBefore).test(before) && new RegExp(forms.groundsAfter).test(flat(text.slice(end, end + 160)).split(/[，。；：]/)[0])) return 'grounds';
  return undefined;
}

const N = `[${NUMERAL_CHARS}]+`;
/** 第X条, optionally 第Y款/第Z项 (第（Z）项) under it. */
const ARTICLE = new RegExp(`^第(${N})条(?:第(${N})款)?(?:第[（(]?(${N})[)）]?项)?`);
/** Between two article numbers: a list (、和及或者以及), a range (至/到), or one number's paragraph. */
const JOIN = /^(?:、|，|,|和|及|以及|或者|或|与)/;
const RANGE = /^(?:至|到|—|－|-)/;
/** A range wider than this is not read as a list of articles (a typo or a chapter's span). */
export const MAX_RANGE = 20;

/** Article numbers written right after a cited title ending at `at` (the character after 》). */
export function articlesAfter(text: string, at: number): { articles: number[]; end: number; parts: number[] } {
  const articles: number[] = [];
  // Articles named only by a later paragraph or by an item (第四条第一款第二项, 第十条第二款): a part of the article.
  const parts = new Set<number>();
  const whole = new Set<number>();
  let i = at;
  let pendingRange = false;
  for (;;) {
    const m = text.slice(i, i + 40).match(ARTICLE);
    if (!m) break;
    const n = parseChineseNumeral(m[1]);
    if (n === undefined || n <= 0) break;
    if (pendingRange && articles.length) {
      const from = articles[articles.length - 1];
      if (n > from && n - from <= MAX_RANGE) for (let k = from + 1; k < n; k++) articles.push(k);
    }
    articles.push(n);
    const paragraph = m[2] ? parseChineseNumeral(m[2]) : undefined;
    ((paragraph !== undefined && paragraph > 1) || m[3] ? parts : whole).add(n);
    i += m[0].length;
    const rest = text.slice(i, i + 4);
    const range = rest.match(RANGE);
    const join = rest.match(JOIN);
    const sep = range ?? join;
    if (!sep || !text.slice(i + sep[0].length).startsWith('第')) break;
    pendingRange = !!range;
    i += sep[0].length;
  }
  return { articles: [...new Set(articles)], end: articles.length ? i : at, parts: [...parts].filter((n) => !whole.has(n)) };
}

/** 第X章 (one chapter, or several joined like articles) written right after a cited title ending at `at`. */
const CHAPTER = new RegExp(`^第(${N})章`);
export function chaptersAfter(text: string, at: number): { chapters: number[]; end: number } {
  const chapters: number[] = [];
  let i = at;
  for (;;) {
    const m = text.slice(i, i + 12).match(CHAPTER);
    const n = m ? parseChineseNumeral(m[1]) : undefined;
    if (!m || n === undefined || n <= 0) break;
    chapters.push(n);
    i += m[0].length;
    const join = text.slice(i, i + 4).match(JOIN);
    if (!join || !text.slice(i + join[0].length).startsWith('第')) break;
    i += join[0].length;
  }
  return { chapters: [...new Set(chapters)], end: i };
}

/** The names a cited title goes by without its marks (options.citedBareTitles): the title, and the title without its
 *  中华人民共和国 when three characters or more are left (食品安全法, 劳动法). */
export function bareNames(title: string): string[] {
  const t = title.replace(/\s+/g, '');
  const cut = t.replace(/^中华人民共和国/, '');
  return cut !== t && cut.length >= 3 ? [t, cut] : [t];
}

/** The character before a bare title (options.citedBareTitles): not a Han character, or the last of a citing word (依照,
 *  按照, 根据, 依据, 违反, 符合, 适用, 执行, 及, 和, 与, 或, 存在, 认定为, 属于, 由, 经, 对, 是, 有, 即): so that the tail of
 *  another title (高等教育法 after 教育法 was cited; 海洋环境保护法 after 环境保护法) is not read as the cited one. */
export const BARE_BEFORE = /^(?:[^\u4e00-\u9fff]|[照据反合用行及和与或在为于由经对是有按依即])$/;

/** A short name declared right after a cited title without quotes: 《中华人民共和国慈善法》（以下简称慈善法）. */
const BARE_ABBREVIATION = /^[（(]\s*(?:以下)?简称\s*([\u4e00-\u9fff]{2,12})\s*[)）]/;

/** Every citation of another document's articles by number, in every document: after a cited title
 *  (《…》第十条), and after a short name the document declared for one (以下简称慈善法 … 慈善法第九条规定的
 *  条件: the 实施办法 form of 立法技术规范, where the law is named by its short name without brackets). */
export function articleCitations(docs: ProcessedDoc[], bareTitles = false, uncarried?: UncarriedForms | null): ArticleCitation[] {
  const out: ArticleCitation[] = [];
  const form = (text: string, span: [number, number]) => {
    const f = uncarried ? uncarriedForm(text, span[0], span[1], uncarried) : undefined;
    return f ? { uncarried: f } : {};
  };
  docs.forEach((d, docIndex) => {
    const text = d.doc.text;
    const short = new Map<string, string>();
    // The short names the document declared (以下简称…): read wherever they stand, as before session 61.
    const declared = new Set<string>();
    for (const c of d.extraction.citations) {
      if (c.title === d.doc.title) continue;
      const bare = text.slice(c.span[1], c.span[1] + 20).match(BARE_ABBREVIATION);
      if (bare) {
        short.set(bare[1], c.title);
        declared.add(bare[1]);
      }
      // options.citedBareTitles: a text cited once in 《》 is named again by its title without the marks, or without its
      // 中华人民共和国 (…依照食品安全法第一百三十三条第一款的规定…; …化妆品监督管理条例第六十一条第二款规定的…).
      if (bareTitles) for (const name of bareNames(c.title)) if (!short.has(name)) short.set(name, c.title);
      const { articles, end, parts } = articlesAfter(text, c.span[1]);
      if (articles.length) out.push({ docIndex, path: c.path, title: c.title, span: [c.span[0], end], articles, ...(parts.length ? { parts } : {}), ...form(text, [c.span[0], end]) });
      else {
        const { chapters, end } = chaptersAfter(text, c.span[1]);
        if (chapters.length) out.push({ docIndex, path: c.path, title: c.title, span: [c.span[0], end], articles: [], chapters });
      }
    }
    if (!short.size) return;
    const leaves = d.doc.units.filter((u) => u.leaf && u.kind !== 'notice');
    // Each place read once: 中华人民共和国食品安全法第九条 holds both bare names of one title.
    const read = new Set<string>();
    for (const [name, title] of short) {
      for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
        if (text[at - 1] === '《') continue; // 《慈善法》第九条: read above, as a title
        const { articles, end, parts } = articlesAfter(text, at + name.length);
        const unit = leaves.find((u) => u.span[0] <= at && at < u.span[1]);
        if (!articles.length || !unit || read.has(`${title}@${end}`)) continue;
        if (bareTitles && at > 0 && !BARE_BEFORE.test(text[at - 1]) && !declared.has(name)) continue;
        read.add(`${title}@${end}`);
        out.push({ docIndex, path: unit.path, title, span: [at, end], articles, ...(parts.length ? { parts } : {}), ...form(text, [at, end]) });
      }
    }
  });
  return out;
}

/** The chapter number of a unit path's 第X章 segment (第四章/第二十八条 → 4). */
export function chapterNumber(path: string): number | undefined {
  const m = path.match(new RegExp(`(?:^|/)第(${N})章(?:/|$)`));
  return m ? parseChineseNumeral(m[1]) : undefined;
}

/** The article number of a unit path's last 第X条 segment (第四章/第二十八条 → 28). */
export function articleNumber(path: string): number | undefined {
  const m = path.match(new RegExp(`(?:^|/)第(${N})条(?:/|$)`));
  return m ? parseChineseNumeral(m[1]) : undefined;
}
