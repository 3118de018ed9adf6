// Names not in the lexicon, found by shape: a run of name-like jieba tokens ending in an
// organisation or programme suffix (…科协, …学会, …行动, …工程, …大赛), and quoted names
// (“…”) classified by their suffix. Lexicons cover the known; these rules cover the unseen.
import type { EntityType } from '../../graph-schema/index.js';
import type { Lexicon } from '../lexicon/load.js';
import type { Token } from './segment.js';
import type { DictHit } from './dictionary.js';

/** jieba tags that may sit inside a name: nouns, places, organisations, other proper nouns,
 *  verbal nouns, abbreviations, numerals (第35届 is cut off later), Latin letters. */
const NAME_TAGS = /^(n|nr|ns|nt|nz|nw|vn|j|l|eng|an|b)$/;
const NAME_CHARS = /^[\u4e00-\u9fffA-Za-z0-9·]+$/;
const MAX_NAME = 18;

export function suffixHits(tokens: Token[], text: string, lexicon: Lexicon): DictHit[] {
  const hits: DictHit[] = [];
  if (tokens.length === 0) return hits;
  const from = tokens[0].start;
  const to = tokens[tokens.length - 1].start + tokens[tokens.length - 1].word.length;
  // Which token covers each character, so a suffix found inside a token (物理学|会) extends from
  // the start of that token.
  const tokenAt = new Int32Array(to - from).fill(-1);
  tokens.forEach((t, i) => tokenAt.fill(i, t.start - from, t.start - from + t.word.length));
  const rules: { type: EntityType; suffixes: string[] }[] = [
    { type: 'Organisation', suffixes: [...lexicon.orgSuffixes].sort((a, b) => b.length - a.length) },
    { type: 'Programme', suffixes: [...lexicon.programmeSuffixes].sort((a, b) => b.length - a.length) },
  ];
  const body = text.slice(from, to);
  const ends = new Set<number>();
  for (const rule of rules) {
    for (const suffix of rule.suffixes) {
      for (let at = body.indexOf(suffix); at >= 0; at = body.indexOf(suffix, at + 1)) {
        const end = from + at + suffix.length;
        const last = tokens[tokenAt[end - 1 - from]];
        // The suffix must end a token (科协 in 科协组织 does; 学会 in 学会议 does not).
        if (ends.has(end) || !last || last.start + last.word.length !== end) continue;
        let j = tokenAt[at];
        let verbs = 0;
        while (j > 0 && takesLeft(tokens, j, end, rule.type, verbs)) {
          if (tokens[j - 1].tag === 'v') verbs++;
          j--;
        }
        const start = Math.min(tokens[j].start, from + at);
        const name = text.slice(start, end);
        if (name.length <= suffix.length + 1 || lexicon.stopEntities.has(name) || !NAME_CHARS.test(name)) continue;
        ends.add(end);
        hits.push({ type: rule.type, canonical: name, start, end });
      }
    }
  }
  return hits;
}

/** Whether the token left of tokens[j] belongs to the name: a name-like token, or (in a
 *  programme, once) a verb between two name-like tokens (科学素质 提升 工程, 科技 助力 … 行动). */
function takesLeft(tokens: Token[], j: number, end: number, type: EntityType, verbs: number): boolean {
  const prev = tokens[j - 1];
  if (prev.start + prev.word.length !== tokens[j].start) return false;
  if (end - prev.start > MAX_NAME || !NAME_CHARS.test(prev.word)) return false;
  if (type === 'Programme' && prev.tag === 'nt') return false;
  if (NAME_TAGS.test(prev.tag) || (type === 'Programme' && prev.tag === 'tg')) return true;
  if (type === 'Organisation' || verbs > 0) return false;
  const before = tokens[j - 2];
  return prev.tag === 'v' && before !== undefined && NAME_TAGS.test(before.tag) && NAME_CHARS.test(before.word) && before.start + before.word.length === prev.start;
}

const QUOTED = /“([^“”，。；、：！？\s]{2,16})”/g;

/** “…” names: classified by suffix; other quoted phrases (slogans like “两个维护”) are skipped. */
export function quotedHits(text: string, from: number, to: number, lexicon: Lexicon): DictHit[] {
  const hits: DictHit[] = [];
  for (const m of text.slice(from, to).matchAll(QUOTED)) {
    const inner = m[1];
    const start = from + m.index!;
    const after = text.slice(start + m[0].length, start + m[0].length + 2);
    let type: EntityType | undefined;
    if (lexicon.orgSuffixes.some((s) => inner.endsWith(s))) type = 'Organisation';
    else if (lexicon.programmeSuffixes.some((s) => inner.endsWith(s))) type = 'Programme';
    else if (/^(品牌|系列|活动|栏目|平台)/.test(after) && !/^[\d一二三四五六七八九十]/.test(inner)) type = 'Brand';
    if (type) hits.push({ type, canonical: inner, start, end: start + m[0].length });
  }
  return hits;
}
