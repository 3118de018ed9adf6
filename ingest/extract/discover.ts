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
  const rules: { type: EntityType; suffixes: string[] }[] = [
    { type: 'Organisation', suffixes: lexicon.orgSuffixes },
    { type: 'Programme', suffixes: lexicon.programmeSuffixes },
  ];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    for (const rule of rules) {
      const suffix = rule.suffixes.find((s) => t.word.endsWith(s));
      if (!suffix || !NAME_CHARS.test(t.word)) continue;
      // Extend left over name-like tokens.
      let j = i;
      while (j > 0) {
        const prev = tokens[j - 1];
        const joined = t.start + t.word.length - prev.start;
        if (joined > MAX_NAME || !NAME_TAGS.test(prev.tag) || !NAME_CHARS.test(prev.word) || prev.start + prev.word.length !== tokens[j].start) break;
        j--;
      }
      const start = tokens[j].start;
      const end = t.start + t.word.length;
      const name = text.slice(start, end);
      // A bare suffix (学会, 行动, 计划) is a common noun, not a name.
      if (name.length <= suffix.length + 1 || lexicon.stopEntities.has(name)) continue;
      hits.push({ type: rule.type, canonical: name, start, end });
      break;
    }
  }
  return hits;
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
