// Session 58 (helper extract; issue 13, options.ts lawListedBrands): the names a law or regulation itself lists as its region's
// brands (tests/gold/README.md, Brand; promotion5's README: "the names a text itself lists as brands (…等文化旅游品牌, …等农业品牌资源)
// or designates as the region's image are Brands"). Three drafting frames, read on the sentence (brand-lists.txt holds the words):
// - an enumeration opened by a brand-building verb (打造, 培育, 依托 …) and closed by 等 + a field word (≤ 6 characters) + a brand
//   class noun that is the phrase's head (品牌, 品牌资源): 打造先哲先儒、百代文宗、商隐故里、乐圣之乡等文化旅游品牌; 依托中国优质小麦之都、
//   “四大怀药”产品、清化姜等农业品牌资源 (a quoted item's class noun, 产品, is not part of the name). Every item must be a bare run of Han
//   characters or a quoted name, or the list is not read. 等品牌活动, 等品牌展会, 等品牌工作 end in another head: not read;
// - an enumeration closed by 等 + a field word + a festival class noun (节会, 节庆): the items that end in 节 are festivals, Brands
//   (…、云台山旅游节、焦作红叶节等旅游节会); the others (…交流大赛) are left to the programme rules;
// - a quoted name declared the region's image: “太极胜地、山水焦作”是本市旅游形象 (the name as written inside the quotes).
import type { Lexicon } from '../lexicon/load.js';
import type { DictHit } from './dictionary.js';

const HAN = /\p{Script=Han}/u;
const CLAUSE_END = /[，。；：！？\n]/;
/** A bare item: Han characters only (a name of 2–12 characters). */
const BARE_ITEM = /^\p{Script=Han}{2,12}$/u;
/** A quoted item, with an optional class noun after the quotes (checked against itemClass). */
const QUOTED_ITEM = /^[“「"]([^”」"]{2,12})[”」"](\p{Script=Han}{0,2})$/u;

/** The class word (of `classes`) that closes a list at the 等 at k: 等 + a field word of ≤ 6 Han characters + the class, the class
 *  the phrase's head (no Han character after it) when `headOnly`. Returns the end of the phrase, or -1. */
function closingClass(text: string, k: number, e: number, classes: readonly string[], headOnly = true): number {
  for (let f = 0; f <= 6; f++) {
    const at = k + 1 + f;
    if (at > e) break;
    if (f > 0 && !HAN.test(text[at - 1] ?? '')) break;
    for (const c of [...classes].sort((a, b) => b.length - a.length)) {
      if (!text.startsWith(c, at) || at + c.length > e) continue;
      const field = text.slice(k + 1, at);
      if (classes.some((x) => field.includes(x))) continue;
      if (headOnly && HAN.test(text[at + c.length] ?? '')) continue;
      return at + c.length;
    }
  }
  return -1;
}

/** The start of the clause holding k (after the last ，。；： before it, not before s). */
function clauseStart(text: string, s: number, k: number): number {
  let c = k;
  while (c > s && !CLAUSE_END.test(text[c - 1]!)) c--;
  return c;
}

/** The list's items between `from` and k (the 等), each as its name's span, or undefined when one item is no name. */
function items(text: string, from: number, k: number, itemClass: readonly string[]): { start: number; end: number; name: string }[] | undefined {
  const out: { start: number; end: number; name: string }[] = [];
  let at = from;
  for (const raw of text.slice(from, k).split('、')) {
    const q = raw.match(QUOTED_ITEM);
    if (q && (!q[2] || itemClass.includes(q[2]))) {
      const start = at + raw.indexOf(q[1]!);
      out.push({ start, end: start + q[1]!.length, name: q[1]! });
    } else if (BARE_ITEM.test(raw)) {
      out.push({ start: at, end: at + raw.length, name: raw });
    } else return undefined;
    at += raw.length + 1;
  }
  return out;
}

/** Where the list after the last opener verb of the clause begins, or -1. */
function afterOpener(text: string, c: number, k: number, openers: readonly string[]): number {
  // Searched within the clause only, so a text of many lists costs its clauses' length, not the text's length per list.
  const clause = text.slice(c, k);
  let best = -1;
  for (const o of openers) {
    const i = clause.lastIndexOf(o, clause.length - 1);
    if (i >= 0 && c + i + o.length < k) best = Math.max(best, c + i + o.length);
  }
  return best;
}

export function listedBrandHits(text: string, s: number, e: number, lexicon: Lexicon): DictHit[] {
  const b = lexicon.brandLists;
  const out: DictHit[] = [];
  // The unit's own text is searched, never the text after it: a unit with no 等 (or no quoted name) costs its own length, not the
  // rest of the document's, so a long text costs the sum of its units.
  const unit = text.slice(s, e);
  for (let j = unit.indexOf('等'); j >= 0; j = unit.indexOf('等', j + 1)) {
    const k = s + j;
    const c = clauseStart(text, s, k);
    if (closingClass(text, k, e, b.class) >= 0) {
      const from = afterOpener(text, c, k, b.opener);
      const list = from >= 0 ? items(text, from, k, b.itemClass) : undefined;
      for (const it of list ?? []) out.push({ type: 'Brand', canonical: it.name, start: it.start, end: it.end });
      continue;
    }
    // (A festival class may go on: 等旅游节会提高…, 等节庆活动: the items' 节 is what makes them festivals.)
    if (closingClass(text, k, e, b.festivalClass, false) >= 0) {
      // The festivals of the list: items ending in a festival word; the first item only after an opener verb (鼓励和支持, 举办 …
      // stand before it otherwise).
      const from = afterOpener(text, c, k, b.opener);
      const raws = text.slice(c, k).split('、');
      let at = c;
      raws.forEach((raw, n) => {
        let start = at;
        let name = raw;
        if (n === 0) {
          if (from < 0) name = '';
          else {
            start = from;
            name = text.slice(from, at + raw.length);
          }
        }
        if (BARE_ITEM.test(name) && b.festival.some((f) => name.endsWith(f)) && name.length > 2) out.push({ type: 'Brand', canonical: name, start, end: start + name.length });
        at += raw.length + 1;
      });
    }
  }
  // “…”是本市旅游形象: the quoted name declared the region's image.
  // A match opens inside the unit and may close up to its longest length (19 characters) after it, as when the whole text was searched.
  const quoted = /[“「]([^”」\n]{2,16})[”」](?:是|为)/gu;
  const reach = text.slice(s, Math.min(text.length, e + 19));
  for (let m = quoted.exec(reach); m && m.index < e - s; m = quoted.exec(reach)) {
    const index = s + m.index;
    let at = index + m[0].length;
    const own = b.own.find((w) => text.startsWith(w, at));
    if (own) at += own.length;
    let f = 0;
    while (f <= 4 && HAN.test(text[at + f] ?? '') && !b.image.some((w) => text.startsWith(w, at + f))) f++;
    if (f > 4 || !b.image.some((w) => text.startsWith(w, at + f))) continue;
    const start = index + 1;
    out.push({ type: 'Brand', canonical: m[1]!, start, end: start + m[1]!.length });
  }
  return out;
}
