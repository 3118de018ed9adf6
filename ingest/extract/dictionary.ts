// Dictionary pass: longest match of every lexicon name and alias (quotes ignored), plus the
// region-bound short forms of a provincial document: 省科协 → 吉林省科协, 省文明办 → 吉林省文明办.
import type { EntityType } from '../../graph-schema/index.js';
import type { Lexicon } from '../lexicon/load.js';
import { regionByName } from '../lexicon/regions.js';
import { NameTrie } from './name-trie.js';

export interface DictHit {
  type: EntityType;
  canonical: string;
  start: number;
  end: number;
  /** The name is the thing's own, kept as written: no region completed (session 46, zoneBodyAsWritten: a development zone
   *  named by its place's short form, 郑州国家高新技术产业开发区管理委员会, is not 郑州市…). */
  asWritten?: boolean;
}

export interface Dictionary {
  byFirst: Map<string, { surface: string; type: EntityType; canonical: string }[]>;
  /** The same lists keyed by the first UTF-16 code unit (no one-character string per position). */
  byCode?: Map<number, { surface: string; type: EntityType; canonical: string }[]>;
  /** Every surface in one trie, each with its first entry in byFirst's order (the one the lists'
   *  longest-first scan took). */
  trie?: NameTrie<{ type: EntityType; canonical: string }>;
}

const cache = new WeakMap<Lexicon, Dictionary>();
const tries = new WeakMap<Dictionary, NameTrie<{ type: EntityType; canonical: string }>>();

function trieOf(dict: Dictionary): NameTrie<{ type: EntityType; canonical: string }> {
  let t = dict.trie ?? tries.get(dict);
  if (!t) {
    t = new NameTrie();
    for (const list of dict.byFirst.values()) for (const c of list) t.add(c.surface, { type: c.type, canonical: c.canonical });
    tries.set(dict, t);
  }
  return t;
}

export function dictionary(lexicon: Lexicon): Dictionary {
  let d = cache.get(lexicon);
  if (d) return d;
  const byFirst: Dictionary['byFirst'] = new Map();
  for (const [type, entries] of Object.entries(lexicon.entities) as [EntityType, Lexicon['entities'][EntityType]][]) {
    for (const e of entries) {
      for (const surface of new Set([e.canonical, ...e.aliases].map((s) => s.replace(/[“”]/g, '')))) {
        if (surface.length < 2) continue;
        const list = byFirst.get(surface[0]) ?? [];
        list.push({ surface, type, canonical: e.canonical });
        byFirst.set(surface[0], list);
      }
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.surface.length - a.surface.length);
  d = { byFirst, byCode: new Map([...byFirst].map(([k, v]) => [k.charCodeAt(0), v])) };
  d.trie = trieOf(d);
  cache.set(lexicon, d);
  return d;
}

/** Longest-match scan; quotation marks inside a name (“科普中国”品牌) are skipped over. One walk down the
 *  trie per position (session 27, perf; before, every name starting with the position's character
 *  was compared, longest first: the same hits, tests/ingest/extract/dictionary-trie.test.ts). */
export function dictionaryHits(text: string, from: number, to: number, dict: Dictionary): DictHit[] {
  const hits: DictHit[] = [];
  const trie = trieOf(dict);
  // The deepest name ending on the walk from i is the longest that matches there.
  let best = -1;
  let bestEnd = -1;
  const deepest = (node: number, end: number) => {
    best = node;
    bestEnd = end;
  };
  let i = from;
  while (i < to) {
    let hit: DictHit | undefined;
    best = -1;
    walkNames(text, i, to, trie, deepest);
    if (best >= 0) {
      const v = trie.value(best)!;
      hit = { type: v.type, canonical: v.canonical, start: i, end: closingQuote(text, i, bestEnd) };
    }
    // 联合国家卫生健康委: a longer name that starts inside the hit and runs past it wins over the hit (联合国 | 国家卫生健康委;
    // session 23, when international organisations joined the lexicon).
    if (hit && overlapped(text, hit, to, trie)) hit = undefined;
    if (hit) {
      hits.push(hit);
      i = hit.end;
    } else i++;
  }
  return hits;
}

/**
 * The walk down the trie from text[i], a quotation mark inside a name skipped: `found(node, end)` at every lexicon
 * name that ends on it, until it returns true. The one walk of the scan and of the overlap check.
 */
function walkNames<V>(text: string, i: number, to: number, trie: NameTrie<V>, found: (node: number, end: number) => boolean | void): void {
  let node = 0;
  for (let j = i; j < to; ) {
    const c = text.charCodeAt(j);
    const next = trie.child(node, c);
    if (next >= 0) {
      node = next;
      j++;
      if (trie.value(node) !== undefined && found(node, j)) return;
    } else if ((c === 0x201c || c === 0x201d) && j > i) j++;
    else break;
  }
}

/** Whether a name longer than the hit's span starts inside the hit and ends past it. */
function overlapped(text: string, hit: DictHit, to: number, trie: NameTrie<unknown>): boolean {
  const span = hit.end - hit.start;
  let longer = false;
  for (let i = hit.start + 1; i < hit.end && !longer; i++) {
    walkNames(text, i, to, trie, (node, j) => (longer = trie.depth(node) > span && closingQuote(text, i, j) > hit.end));
  }
  return longer;
}

/** A name's end after its last character: past a closing quote when the name holds the opening one. */
function closingQuote(text: string, start: number, j: number): number {
  // Code units compared, not one-character strings (issue 11 profile); “ is U+201C, ” U+201D.
  if (text.charCodeAt(j) === 0x201d && text.lastIndexOf('“', j) >= start) j++;
  return j;
}

/** Region-bound bodies: 省科协 / 市科协 / 本市人民政府 / 省委宣传部 in a document of a region → that
 *  region's body; and bodies after an explicit region name, with the congress's edition dropped
 *  (山东省第十三届人民代表大会常务委员会 → 山东省人民代表大会常务委员会, shortened later). */
/** Whose 省/本省/市/本市/自治区 a document means: in a city's document 省科协 is the province's; in a
 *  province's 市科协 names no one city, except in a municipality under the central government
 *  (上海市: 市人民政府 is 上海市人民政府). */
export function localOwners(regionName: string | undefined, lexicon: Lexicon): Record<string, string | undefined> {
  const region = regionName ? regionByName(regionName, lexicon) : undefined;
  const province = region?.level === 'province' ? region.name : region?.level === 'city' ? region.parent ?? undefined : undefined;
  const city = region?.level === 'city' || (region?.level === 'province' && region.name.endsWith('市')) ? region.name : undefined;
  return {
    省: province?.endsWith('省') ? province : undefined,
    本省: province?.endsWith('省') ? province : undefined,
    市: city,
    本市: city,
    自治区: province?.endsWith('自治区') ? province : undefined,
    本自治区: province?.endsWith('自治区') ? province : undefined,
  };
}

export function regionBoundHits(
  text: string,
  from: number,
  to: number,
  regionName: string | undefined,
  lexicon: Lexicon,
): DictHit[] {
  const local = localOwners(regionName, lexicon);
  const { re, named } = patterns(lexicon);
  const hits: DictHit[] = [];
  const slice = text.slice(from, to);
  for (const m of stickyMatches(slice, re)) {
    const owner = local[m[1]];
    if (!owner) continue;
    const start = from + m.index!;
    hits.push({ type: 'Organisation', canonical: `${owner}${m[2]}`, start, end: start + m[0].length });
  }
  for (const m of namedMatchesOf(slice, named)) {
    const owner = named.owner.get(m.name);
    if (!owner) continue;
    const start = from + m.index;
    hits.push({ type: 'Organisation', canonical: `${owner}${m.body}`, start, end: start + m.length });
  }
  return hits;
}

/** Session 45 (helper extract2; options.ts coordinatedRegionBodies): named places coordinated before one body of the last
 *  (郑州、洛阳、新乡市人民政府: the level word and the body shared, as 高校院所科协 → 高校科协 + 院所科协 and the zones of
 *  zoneBodyHits) name one body each: 郑州市人民政府, 洛阳市人民政府. Each item before the last named body must be a region of the
 *  lexicon of the same level as the last one's owner (a short form of it: 郑州 of 郑州市), joined by 、 (和, 及 before the last). */
export function coordinatedRegionHits(text: string, from: number, to: number, lexicon: Lexicon): DictHit[] {
  const { named } = patterns(lexicon);
  const hits: DictHit[] = [];
  const slice = text.slice(from, to);
  // (The region names as namedMatches finds them: a trie walk, session 45's perf change of the alternation; the walk regionBoundHits
  // made over the same unit, session 53.)
  for (const m of namedMatchesOf(slice, named)) {
    const owner = named.owner.get(m.name);
    const level = owner ? regionByName(owner, lexicon)?.level : undefined;
    if (!owner || !level) continue;
    // (The last item must carry the level word the others share: 新乡市 of 新乡市人民政府, not a bare 新乡.)
    if (!/[市省县区]$/.test(m.name)) continue;
    let at = m.index;
    for (;;) {
      const j = /(、|和|及)$/.exec(slice.slice(Math.max(0, at - 1), at))?.[1];
      if (!j) break;
      const item = /[\u4e00-\u9fff]{2,6}$/.exec(slice.slice(Math.max(0, at - j.length - 6), at - j.length))?.[0];
      if (!item) break;
      // The longest tail of the run before the joiner that is a short form of a region of the same level.
      let found = '';
      for (let k = 0; k <= item.length - 2 && !found; k++) {
        const form = item.slice(k);
        const o = named.owner.get(form);
        if (o && o !== owner && regionByName(o, lexicon)?.level === level && !/[市省县区]$/.test(form)) found = form;
      }
      if (!found) break;
      const start = from + at - j.length - found.length;
      hits.push({ type: 'Organisation', canonical: `${named.owner.get(found)}${m.body}`, start, end: start + found.length });
      at = at - j.length - found.length;
      if (j !== '、') break;
    }
  }
  return hits;
}

/** A global pattern with the code units its matches can start with, tried (sticky) only there. */
interface Starting {
  sticky: RegExp;
  first: Uint8Array;
}

/** The matches `text.matchAll(global)` gives (every match here is non-empty), found by trying the
 *  sticky pattern only where a match can start: the two long alternations searched from every
 *  position of every unit were a top item of the extract profile (issue 11). */
function* stickyMatches(text: string, p: Starting): Generator<RegExpExecArray> {
  const { sticky, first } = p;
  for (let i = 0; i < text.length; ) {
    if (first[text.charCodeAt(i)] !== 1) {
      i++;
      continue;
    }
    sticky.lastIndex = i;
    const m = sticky.exec(text);
    if (m && m[0].length > 0) {
      yield m;
      i += m[0].length;
    } else i++;
  }
}

/** A region name, then the edition and body the sticky `rest` matches from its end. */
export interface NamedPattern {
  names: NameTrie<true>;
  rest: RegExp;
  owner: Map<string, string>;
}

/** The matches of `(name1|name2|…)rest` (the names longest first, as `patterns` joins them) that `stickyMatches` gives,
 *  found by one walk down a trie of the names at each position and the sticky `rest` tried from each name's end, the
 *  longest name first: the alternation of ≈ 3,700 region names tried at every position a name can start was the top
 *  regex of the extract profile (issue 11, session 45: 814 ms of 19.8 s of extract over gen-corpus 1,000 twice). The
 *  names hold no pattern syntax (plain ideographs), so a name matches as text. */
export function* namedMatches(text: string, p: NamedPattern): Generator<{ index: number; name: string; body: string; length: number }> {
  const { names, rest } = p;
  const ends: number[] = [];
  for (let i = 0; i < text.length; ) {
    let node = names.child(0, text.charCodeAt(i));
    if (node < 0) {
      i++;
      continue;
    }
    ends.length = 0;
    for (let j = i + 1; ; j++) {
      if (names.value(node) !== undefined) ends.push(j);
      if (j >= text.length) break;
      node = names.child(node, text.charCodeAt(j));
      if (node < 0) break;
    }
    let found: { index: number; name: string; body: string; length: number } | undefined;
    for (let k = ends.length - 1; k >= 0 && !found; k--) {
      rest.lastIndex = ends[k];
      const r = rest.exec(text);
      if (r) found = { index: i, name: text.slice(i, ends[k]), body: r[1], length: ends[k] - i + r[0].length };
    }
    if (found) {
      yield found;
      i += found.length;
    } else i++;
  }
}

type NamedMatch = { index: number; name: string; body: string; length: number };
/** The last unit's walk: its text, pattern and matches. */
let lastNamed: { text: string; p: NamedPattern; found: readonly NamedMatch[] } | undefined;

/** `[...namedMatches(text, p)]`, the walk made once for a unit that regionBoundHits and coordinatedRegionHits both read (the same
 *  slice of the same unit, one after the other: issue 11, session 53; namedMatches was the extract stage's fourth function). The
 *  matches are read, never changed, by both. */
function namedMatchesOf(text: string, p: NamedPattern): readonly NamedMatch[] {
  if (lastNamed && lastNamed.p === p && lastNamed.text === text) return lastNamed.found;
  const found = [...namedMatches(text, p)];
  lastNamed = { text, p, found };
  return found;
}

function starting(source: string, starts: string[]): Starting {
  const first = new Uint8Array(0x10000);
  for (const w of starts) if (w.length > 0) first[w.charCodeAt(0)] = 1;
  return { sticky: new RegExp(source, 'y'), first };
}

const EDITION = '(?:第[一二三四五六七八九十百零]+届)?';
const patternCache = new WeakMap<Lexicon, { re: Starting; named: NamedPattern }>();

function patterns(lexicon: Lexicon) {
  let p = patternCache.get(lexicon);
  if (p) return p;
  const longest = (xs: string[]) => [...new Set(xs)].sort((a, b) => b.length - a.length).join('|');
  const all = longest([...lexicon.orgSuffixes, ...lexicon.govSuffixes]);
  const gov = longest(lexicon.govSuffixes);
  // Not after 全/各/我/外/该/级/辖 (全省, 各市, 外省市, 直辖市 are no one region), nor after a 的 that makes a class of
  // regions (设区的市, 所在地的市, 当地的市); after another 的 the region's own body is meant (省人民代表大会选举的|省人民检察院
  // 检察长: session 20, read on tests/real/randomx-heldout, spent).
  const LOCAL = ['本自治区', '本省', '本市', '自治区', '省', '市'];
  const re = starting(`(?<![全本各我外该级辖])(?<![^选任命举产生批准设立]的)(${LOCAL.join('|')})${EDITION}(委(?:${all})?|(?:${all}))`, LOCAL);
  const owner = new Map<string, string>();
  for (const r of lexicon.regions) {
    if (r.level === 'country') continue;
    for (const f of [r.name, ...r.short]) if (f.length >= 2 && !owner.has(f)) owner.set(f, r.name);
  }
  // `(${longest([...owner.keys()])})${EDITION}(委(?:${gov})?|(?:${gov}))` as a trie of the names and the sticky rest.
  const names = new NameTrie<true>();
  for (const name of owner.keys()) names.add(name, true);
  p = { re, named: { names, rest: new RegExp(`${EDITION}(委(?:${gov})?|(?:${gov}))`, 'y'), owner } };
  patternCache.set(lexicon, p);
  return p;
}
