// Traditional → simplified (opencc-js, phrase-aware) and inline pinyin removal: 中國(guó) → 中国.
import * as OpenCC from 'opencc-js';
import type { MappedText } from './mapped-text.js';

let converter: ((s: string) => string) | undefined;
export function toSimplified(s: string): string {
  const convert = (converter ??= fastConverter() ?? OpenCC.Converter({ from: 'hk', to: 'cn' }));
  return convert(s);
}

// Session 28 (perf): opencc's hk → cn conversion, the same steps over the same dictionaries, but a position whose
// character starts no entry of a step's dictionary is passed over with one table read instead of opencc's trie
// look-up by code point (most characters of a simplified text start none): traditionalShare converted every
// document's first 20,000 ideographs, half of the clean stage in a one-thread profile of gen-corpus 1,000.
// opencc's Converter for hk → cn (opencc-js 1.4 `Converter`, config hk2s) is: the normalisation chain's
// converter, then the segmentation dictionary cuts the text (a longest match is a segment, the text between
// matches one segment), and each segment goes through the conversion chain's dictionaries in turn; a dictionary
// group is one Trie loaded with loadDictGroup. A string holding a surrogate or an ideographic description
// character (where opencc steps by more than one code unit) takes opencc's own Trie methods. Falls back to
// opencc's Converter when the config or a trie is not as expected (another opencc-js version).
// tests/ingest/clean/fast-convert.test.ts compares with opencc's Converter.
type Trie = InstanceType<typeof OpenCC.Trie>;
interface Step {
  trie: Trie;
  /** 1 for every UTF-16 code that starts an entry. */
  starts: Uint8Array;
}
const SLOW_STEP = /[\ud800-\udfff\u2ff0-\u2fff]/;

function stepOf(group: unknown): Step | undefined {
  if (!Array.isArray(group)) return undefined;
  const trie = new OpenCC.Trie();
  trie.loadDictGroup(group as Parameters<Trie['loadDictGroup']>[0]);
  const root = (trie as unknown as { map?: unknown }).map;
  if (!(root instanceof Map)) return undefined;
  const starts = new Uint8Array(65536);
  for (const code of root.keys()) {
    if (typeof code !== 'number') return undefined;
    if (code < 65536) starts[code] = 1;
  }
  return { trie, starts };
}

export function fastConverter(): ((s: string) => string) | undefined {
  const config = (OpenCC.Locale as unknown as { configs?: Record<string, { segmentation?: unknown; conversionChain?: unknown; normalizationChain?: unknown }> }).configs?.hk2s;
  if (!config || !Array.isArray(config.conversionChain) || !Array.isArray(config.normalizationChain) || !Array.isArray(config.segmentation)) return undefined;
  if (!(config.segmentation as unknown[]).every((d) => typeof d === 'string')) return undefined;
  const norm = (config.normalizationChain as unknown[]).map(stepOf);
  const seg = stepOf(config.segmentation);
  const chain = (config.conversionChain as unknown[]).map(stepOf);
  if (!seg || norm.some((x) => !x) || chain.some((x) => !x)) return undefined;
  return (text: string) => {
    let t = text;
    for (const st of norm as Step[]) t = scan(st, t, true).join('');
    return segments(seg, t)
      .map((piece) => {
        let x = piece;
        for (const st of chain as Step[]) x = scan(st, x, true).join('');
        return x;
      })
      .join('');
  };
}

/** Trie.convert (values) or Trie.segment (matched text) as pieces. */
function scan(st: Step, s: string, values: boolean): string[] {
  if (SLOW_STEP.test(s)) return values ? [st.trie.convert(s)] : st.trie.segment(s);
  const { trie, starts } = st;
  const out: string[] = [];
  const n = s.length;
  let pending = -1;
  for (let i = 0; i < n; ) {
    if (starts[s.charCodeAt(i)] === 0) {
      if (pending < 0) pending = i;
      i++;
      continue;
    }
    const m = trie.matchPrefix(s, i);
    if (!m) {
      if (pending < 0) pending = i;
      i++;
      continue;
    }
    if (pending >= 0) {
      out.push(s.slice(pending, i));
      pending = -1;
    }
    out.push(values ? m.value : s.slice(i, m.end));
    i = m.end;
  }
  if (pending >= 0) out.push(s.slice(pending, n));
  return out;
}

function segments(st: Step, s: string): string[] {
  return scan(st, s, false);
}

const NOT_CJK = /[^\u3400-\u9fff]+/g;

/** Share of CJK characters that t2s conversion changes: ~0 for simplified text, >5% for traditional. */
export function traditionalShare(text: string): number {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  // The ideographs as one string (one UTF-16 unit each: no surrogates in U+3400–U+9FFF), compared
  // by code unit: an array of one-character strings per document was most of this function's time.
  const cjk = sample.replace(NOT_CJK, '');
  if (cjk.length === 0) return 0;
  const conv = toSimplified(cjk);
  let changed = 0;
  for (let i = 0; i < cjk.length; i++) if (i >= conv.length || conv.charCodeAt(i) !== cjk.charCodeAt(i)) changed++;
  return changed / cjk.length;
}

/**
 * Converts line by line; when opencc changes a line's length (a phrase mapping of different
 * length) that line falls back to character-wise conversion so every character keeps its origin.
 */
/** Variant forms opencc's hk → cn leaves as they are, one character each (陜西 for 陕西, 擧 for 举, the compatibility
 *  forms 淸 靑 吿 郞 姸 of 清 青 告 郎 妍). Session 32 (plans): a real county page printed 《陜西省…应急预案》, and the
 *  cited title kept its 陜. */
const VARIANTS: Record<string, string> = { 陜: '陕', 擧: '举', 淸: '清', 靑: '青', 吿: '告', 郞: '郎', 姸: '妍' };
const VARIANT = new RegExp(`[${Object.keys(VARIANTS).join('')}]`);
export function simplifyVariants(t: MappedText): MappedText {
  return VARIANT.test(t.text) ? t.mapChars((c) => VARIANTS[c] ?? c) : t;
}

export function convertToSimplified(t: MappedText): MappedText {
  const out: string[] = [];
  let start = 0;
  const chars = t.chars;
  for (let i = 0; i <= chars.length; i++) {
    if (i === chars.length || chars[i] === '\n') {
      const line = chars.slice(start, i);
      const conv = Array.from(toSimplified(line.join('')));
      if (conv.length === line.length) out.push(...conv);
      else for (const c of line) out.push(Array.from(toSimplified(c))[0] ?? c);
      if (i < chars.length) out.push('\n');
      start = i + 1;
    }
  }
  return t.mapChars((_c, i) => out[i]);
}

const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ';
/** A CJK character followed by a pinyin syllable in half- or full-width brackets. */
const PINYIN_ANNOTATION = new RegExp(
  `([\\u3400-\\u9fff])[(（]([a-z${TONED}]{1,6})[)）]`,
  'g',
);
const HAS_TONE = new RegExp(`[${TONED}]`);

/**
 * Removes inline pinyin. An annotation without a tone mark (de, ma) is only removed when the
 * text carries many toned ones, so that a lone "(a)" in ordinary text is left alone.
 */
export function removePinyin(t: MappedText): { text: MappedText; removed: number } {
  const text = t.text;
  const matches = [...text.matchAll(PINYIN_ANNOTATION)];
  const toned = matches.filter((m) => HAS_TONE.test(m[2])).length;
  if (toned === 0) return { text: t, removed: 0 };
  const dense = toned >= 5;
  const filtered = new RegExp(
    `(?<=[\\u3400-\\u9fff])[(（](${dense ? `[a-z${TONED}]{1,6}` : `[a-z${TONED}]*[${TONED}][a-z${TONED}]*`})[)）]`,
    'g',
  );
  const removed = (text.match(filtered) ?? []).length;
  return { text: t.remove(filtered), removed };
}

