// Cited documents: every 《…》 (nested 《…〈…〉…》 included) whose title ends in a document type
// (意见, 方案, 纲要 …), abbreviations defined after it (以下简称《意见》) resolved for the rest of
// the document, and the issuer named right before it. Other 《…》 (columns, journals) are brands.
import type { Lexicon } from '../lexicon/load.js';
import { canonicalTitle, closingBracket } from '../structure/title.js';
import type { Citation } from './types.js';
import type { DictHit } from './dictionary.js';

// (Session 35 (plans): the short title may be quoted too, （以下简称“《总体方案》”）.)
const ABBREVIATION = /^[（(]\s*(?:以下)?简称\s*[“"]?[《“]([^《》“”"]{1,20})[》”][”"]?\s*[)）]/;
const TRAILING_PAREN = /[（(][^（()）]*[)）]$/;

export function isDocumentTitle(title: string, lexicon: Lexicon): boolean {
  const bare = title.replace(TRAILING_PAREN, '').replace(/[“”]/g, '');
  return lexicon.docTypes.some((t) => bare.endsWith(t)) || RULES_OF_WORK.test(bare);
}

/** A body's rules of work or list of duties cited in 《》 (《水旱灾害统计报表制度》, 《防汛组织与工作制度》, 《…成员单位职责》): management
 *  rules, a document the gold guideline counts (session 32 (plans), a real county 应急预案's 编制依据). Four characters at least
 *  before the word, so that a bare 《制度》 is not one. */
const RULES_OF_WORK = /^[\u4e00-\u9fff（）()、]{4,40}(?:制度|职责)$/;

/** A 《…》 title no journal, paper or column has: a proposal's 关于… or the state's own name opening it (《关于统一计量制度的
 *  命令》, 《中华人民共和国法定计量单位》 were read as organisations; session 45, free mirror texts of the science genre). */
const NOT_AN_OUTLET = /^(关于|中华人民共和国)/;

export interface CitationScan {
  citations: Citation[];
  /** 《…》 that are not documents: columns, journals, books → Brand mentions. */
  others: DictHit[];
  abbreviations: Record<string, string>;
}

export function scanCitations(
  text: string,
  units: { path: string; span: [number, number] }[],
  ownTitle: string,
  lexicon: Lexicon,
  issuerAt: (end: number) => string[],
): CitationScan {
  const citations: Citation[] = [];
  const others: DictHit[] = [];
  const abbreviations: Record<string, string> = {};
  // Titles nested in a title come after the direct citations: a document cited directly somewhere,
  // with its issuer, is first met there (its node takes that issuer and level).
  const nested: Citation[] = [];
  for (const u of units) {
    let i = text.indexOf('《', u.span[0]);
    while (i >= 0 && i < u.span[1]) {
      const close = closingBracket(text, i);
      if (close < 0 || close >= u.span[1]) {
        i = text.indexOf('《', i + 1);
        continue;
      }
      // <…> is how some texts write the nested 〈…〉 (关于修改<中华人民共和国…法>的决定).
      const title = (canonicalTitle(text.slice(i + 1, close).replace(/</g, '〈').replace(/>/g, '〉')));
      const span: [number, number] = [i, close + 1];
      const abbr = text.slice(close + 1, close + 20).match(ABBREVIATION);
      // 本《实施细则》, 本《方案》: the document itself, named by its kind (session 32 (plans), a real notice of 2003); and the
      // notice that wraps it, quoted on a page's title line (《某市人民政府关于印发X的通知》 over the text of X).
      if (text[i - 1] === '本' || ownWrapper(title, ownTitle)) {
        i = text.indexOf('《', close + 1);
        continue;
      }
      if (abbreviations[title]) {
        citations.push({ path: u.path, title: abbreviations[title], span, via: 'abbreviation', issuers: [] });
      } else if (isDocumentTitle(title, lexicon)) {
        if (abbr) abbreviations[abbr[1]] = title;
        if (!sameTitle(title, ownTitle)) {
          citations.push({ path: u.path, title, span, via: 'title', issuers: issuerAt(i) });
        }
        // The documents named inside: 《关于修改〈浙江省…条例〉等六件地方性法规的决定》 cites that 条例 too.
        for (const [at, end] of nestedTitles(text, i + 1, close)) {
          const inner = (canonicalTitle(text.slice(at + 1, end - 1).replace(/</g, '〈').replace(/>/g, '〉')));
          if (!sameTitle(inner, ownTitle) && isDocumentTitle(inner, lexicon)) {
            nested.push({ path: u.path, title: inner, span: [at, end], via: 'title', issuers: [] });
          }
        }
      } else if (lexicon.instrumentSuffixes.some((x) => title.replace(/[（(][^）)]*[）)]$/, '').endsWith(x))) {
        // 《归侨证》, 《行政处罚决定书》, 《…名录》, 《刑法修正案（七）》: an instrument (a certificate, form, list,
        // contract, standard), neither a cited document nor an outlet.
      } else if (title.length >= 2 && title.length <= 20 && !NOT_AN_OUTLET.test(title)) {
        // A column or programme (合办《求证·科学》专栏) is a brand; a journal or paper is an organisation.
        const after = text.slice(close + 1, close + 4);
        const before = text.slice(Math.max(0, i - 3), i);
        const column = /^(、?《[^》]*》)*(专栏|栏目|节目|周末版|系列|频道|专题)/.test(after) || /(合办|开设|开办|推出|制作)$/.test(before);
        others.push({ type: column ? 'Brand' : 'Organisation', canonical: title, start: i, end: close + 1 });
      }
      // The 《X》 inside a definition (以下简称《X》) is not a citation of its own.
      i = text.indexOf('《', close + 1 + (abbr ? abbr[0].length : 0));
    }
  }
  // A title whose opening 《 the text lost (根据中华人民共和国传染病防治法》《…》, …、突发公共卫生事件应急条例》、…): from the
  // clause's start or the verb of basis to the stray 》 (session 32 (plans), two real county 应急预案 pages).
  for (const u of units) {
    let depth = 0;
    for (let j = u.span[0]; j < u.span[1]; j++) {
      const c = text[j];
      if (c === '《') depth++;
      else if (c === '》') {
        if (depth > 0) {
          depth--;
          continue;
        }
        const before = text.slice(Math.max(u.span[0], j - 60), j);
        const m = before.match(STRAY_TITLE);
        if (!m) continue;
        const words = m[1]!.replace(BASIS_VERB, '');
        const title = canonicalTitle(words);
        if (title.length >= 4 && isDocumentTitle(title, lexicon) && !sameTitle(title, ownTitle)) citations.push({ path: u.path, title, span: [j - words.length, j + 1], via: 'title', issuers: [] });
      }
    }
  }
  // 《归侨侨眷权益保护法》 where the text also cites 《中华人民共和国归侨侨眷权益保护法》: the same law.
  const all = [...citations, ...nested];
  const titles = new Set(all.map((c) => c.title));
  for (const c of all) if (titles.has(fullLawTitle(c.title))) c.title = fullLawTitle(c.title);
  return { citations: all, others, abbreviations };
}

/** The words of a title before a stray 》: after the clause's mark, no bracket inside; a verb of basis before it (根据, 依据 …) is
 *  not the title's. */
const STRAY_TITLE = /(?:^|[、，,。；;：:（(\n])\s*([^《》〈〉、，,。；;：:（()\n]{4,60})$/;
const BASIS_VERB = /^(?:根据|依据|依照|按照|参照|贯彻落实|贯彻|落实)/;

/** Spans [open, close + 1) of the titles nested one level inside text[from, to): the 〈…〉 (or 《…》,
 *  <…>) of 关于修改〈X〉、〈Y〉的决定, not the titles nested deeper inside those. */
function nestedTitles(text: string, from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  let depth = 0;
  let open = -1;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === '〈' || c === '《' || c === '<') {
      if (depth === 0) open = i;
      depth++;
    } else if ((c === '〉' || c === '》' || c === '>') && depth > 0) {
      depth--;
      if (depth === 0 && i - open > 2) out.push([open, i + 1]);
    }
  }
  return out;
}

/** The notice that transmits the document itself, naming it without its place (…关于印发X的通知 for 某市X). */
function ownWrapper(title: string, ownTitle: string): boolean {
  const m = title.replace(/[《》〈〉]/g, '').match(/(?:印发|转发|发布)(.{4,})的通知$/);
  if (!m) return false;
  const inner = m[1]!;
  const own = ownTitle.replace(/[《》〈〉]/g, '');
  // (Only the title without its place: a notice of the same title as written is another body's, 某省…印发《X》的通知.)
  // (And the notice opens with that place: 国务院办公厅关于印发2016年政务公开工作要点的通知 is not 北京市2016年…要点's.)
  const place = own.slice(0, own.length - inner.length);
  return own.length > inner.length && own.endsWith(inner) && place.length <= 6 && title.replace(/[《》〈〉]/g, '').startsWith(place);
}

/** The same title with or without its nested brackets (北京市实施中华人民共和国…法办法 = 北京市实施《中华人民共和国…法》办法). */
function sameTitle(a: string, b: string): boolean {
  // (Written with another dash or spaces, …规划(2021-2025 年) for …规划（2021—2025年）, it is still the same: session 33 (plans),
  // a real city's 规划 that names itself so in its preamble.)
  const bare = (s: string) => s.replace(/[《》〈〉\s]/g, '').replace(/[—–\-－~～]/g, '—').replace(/[（(]/g, '（').replace(/[)）]/g, '）');
  // A yearly plan's notice may print its year outside the brackets (2023年《区〈政府工作报告〉…方案》已报经…同意): the
  // title without its leading year is still its own (session 30, a real district page).
  const yearless = (s: string) => bare(s).replace(/^(19|20)\d{2}年度?/, '');
  return bare(a) === bare(b) || (yearless(a) !== bare(a)) !== (yearless(b) !== bare(b)) && yearless(a) === yearless(b);
}

/** The full title of a national law cited by its short one, when only the state's name is left out
 *  (《归侨侨眷权益保护法》 → 中华人民共和国归侨侨眷权益保护法); used when the text cites the full title too. Not 办法,
 *  方法, and not a title that starts with a region (…省…法 is no national law). */
export function fullLawTitle(title: string): string {
  if (!/^[\u4e00-\u9fff]{1,16}法$/.test(title) || /(办法|方法|做法)$/.test(title)) return title;
  if (/^(中华人民共和国|[\u4e00-\u9fff]{1,8}?(省|市|自治区|特别行政区|自治州|县))/.test(title)) return title;
  return `中华人民共和国${title}`;
}
