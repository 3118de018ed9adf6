// Named-place reach (options.namedPlace; session 39). A regulation of one named place (a reservoir, river, lake, bay,
// island or mountain: 信阳南湾水库, 曹娥江, 温瑞塘河, 黄河河道, 崂山) carries out its province's and the nation's general
// laws, but not another place's regulation, and a general regulation of another city does not carry it out: on session 38's
// whole-mirror snapshot such a provincial regulation drew about 230 links from other cities' general regulations, each read
// wrong (the shared wording is the general water or scenery law both restate).

export interface NamedPlaceRule {
  /** A place's head word (水库, 湖, 河 …); the place is its name (1 to `maxName` characters) and the head, at the start of
   *  the title once the document's own region (and its short form) is dropped. */
  head: string;
  maxName: number;
  /** Generic words that look like a named place (河湖, 内河, 矿山, 海岛, 河流 …): a match of it (with the next character) is no place. */
  generic: string;
  /** Whether a general regulation (no place of its own) is refused too when the higher document is a place's. */
  general: boolean;
}

const compiled = new WeakMap<NamedPlaceRule, { place: RegExp; generic: RegExp }>();
function compile(rule: NamedPlaceRule) {
  let c = compiled.get(rule);
  if (!c) compiled.set(rule, (c = { place: new RegExp(`^([\\u4e00-\\u9fff]{1,${rule.maxName}}?(?:${rule.head}))`), generic: new RegExp(rule.generic) }));
  return c;
}

const REGION_SUFFIX = /(?:省|市|自治区|特别行政区|地区|自治州|盟|区|县)$/;

/** The named place a title is about (its name and head), or undefined: the title without leading marks (#), 中华人民共和国 and without its
 *  own regions (regionChain's names, each also without its suffix: 河南省 and 河南) at the start. */
export function placeOf(title: string | undefined, regionChain: string[], rule: NamedPlaceRule): string | undefined {
  if (!title) return undefined;
  const c = compile(rule);
  // A markdown heading's marks (# 标题) and spaces before the title are no part of it.
  let t = title.replace(/^[^\u4e00-\u9fff]+/, '').replace(/^中华人民共和国/, '');
  const names = regionChain.flatMap((r) => [r, r.replace(REGION_SUFFIX, '')]).filter((r) => r.length >= 2).sort((a, b) => b.length - a.length);
  for (let again = true; again; ) {
    again = false;
    for (const r of names) if (t.startsWith(r)) { t = t.slice(r.length); again = true; }
  }
  const m = t.match(c.place);
  if (!m) return undefined;
  if (c.generic.test(t.slice(0, m[1].length + 1))) return undefined;
  return m[1];
}

/** Whether two places are one (信阳南湾 of 河南省信阳南湾水库… and 南湾 of a 信阳市 text: one name holds the other). */
export function samePlace(a: string, b: string): boolean {
  return a.includes(b) || b.includes(a);
}
