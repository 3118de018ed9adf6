// A general Chinese thesaurus for the pair score (options.thesaurus, session 48, issue 13): the synonym rows of
// 同义词词林扩展版 (ingest/lexicon/cilin-synonyms.txt; HIT-SCIR's thesaurus as HanLP ships it, Apache-2.0). A promotion law's
// provinces restate its duties in words of their own (扶持 for 支持, 放款 for 贷款): a jieba word of a unit that the thesaurus
// knows adds its class's token (¤ and the class code, cut to `level` characters) to the unit's words, so that the pair
// TF-IDF (implements.ts pairCosines) meets two words of one class, at `weight` of what the word itself would count.
import { readFileSync } from 'node:fs';

/** The mark of a thesaurus class token in a unit's words (no word, bigram (·) or term class (§) starts with it). */
export const THESAURUS_MARK = '¤';

export interface ThesaurusOptions {
  /** The genres of the units whose words get the tokens. */
  genres: string[];
  /** The length of the class code kept: 7 (the atomic synonym row, Hi36A01: the 8-character code without its '=') or 5 (the
   *  rows of one small class, level 4 of the thesaurus: 扶持 Hi36A01 and 支持 Hi36A11 meet in Hi36A). */
  level: 5 | 7;
  /** How much a class token counts in the pair TF-IDF against a word (its TF-IDF weight multiplied by this). */
  weight: number;
  /** Words shorter than this are not looked up. */
  minLength: number;
  /** A word in more classes than this (at `level`) is too ambiguous: not looked up. */
  maxClasses: number;
  /** A class token meets only where the two units write the class in different words (扶持 / 支持), not where both write
   *  the same word, which meets as itself (implements.ts pairCosines). */
  distinct?: boolean;
  /** 'tokens' (the default): the class tokens join the unit's words (and so the candidate index and the pair vectors);
   *  'soft': no token; the pair score adds, for each word of the lower unit the higher does not write, the product of its
   *  weight and that of the higher unit's best word of the same class the lower does not write, times `weight`. */
  mode?: 'tokens' | 'soft';
  /** 'soft' only: the lower unit's word is one the higher document never writes, the higher's one the lower document never
   *  writes (each document's own wording, not a word both use); 'lower': the lower unit's word only. */
  unseen?: boolean | 'lower';
  /** Words never looked up (the family's everyday words of administration: 国家, 人民政府 …). */
  stop?: string[];
}

/** word → its class codes (7 characters: the row's code without its '='), from the synonym rows of `url`. */
export function readThesaurus(url: URL): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of readFileSync(url, 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [code, ...words] = line.trim().split(/\s+/);
    if (!/^[A-Z][a-z]\d\d[A-Z]\d\d=$/.test(code)) continue;
    for (const w of words) {
      const cs = out.get(w) ?? out.set(w, []).get(w)!;
      if (!cs.includes(code.slice(0, 7))) cs.push(code.slice(0, 7));
    }
  }
  return out;
}

let loaded: Map<string, string[]> | undefined;
/** The vendored thesaurus, read once. */
export function cilin(): Map<string, string[]> {
  return (loaded ??= readThesaurus(new URL('../lexicon/cilin-synonyms.txt', import.meta.url)));
}

/** The class tokens of a unit's jieba words (one per occurrence and class), under options `o`. */
export function thesaurusTokens(words: string[], o: ThesaurusOptions, thesaurus: Map<string, string[]> = cilin()): string[] {
  const stop = new Set(o.stop ?? []);
  const out: string[] = [];
  for (const w of words) {
    if (w.length < o.minLength || stop.has(w) || !/^[\u4e00-\u9fff]+$/.test(w)) continue;
    const codes = thesaurus.get(w);
    if (!codes) continue;
    const classes = [...new Set(codes.map((c) => c.slice(0, o.level)))];
    if (classes.length > o.maxClasses) continue;
    for (const c of classes) out.push(`${THESAURUS_MARK}${c}`);
  }
  return out;
}
