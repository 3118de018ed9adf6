// The dictionary pass (ingest/extract/dictionary.ts) walks one trie of every lexicon name since session 27 (perf).
// Its hits must be those of the scan before, kept here verbatim: at each position every name starting with
// that character, longest first, quotation marks inside a name skipped, a longer name starting inside a hit
// and running past it winning over the hit.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dictionary, dictionaryHits, type DictHit, type Dictionary } from '../../../ingest/extract/dictionary.js';
import { NameTrie } from '../../../ingest/extract/name-trie.js';
import { loadLexicon } from '../../../ingest/lexicon/load.js';

const lexicon = loadLexicon();
const dict = dictionary(lexicon);
const surfaces = [...dict.byFirst.values()].flat().map((c) => c.surface);
/** Two names run together where the end of one is the start of the other (联合国 + 国家卫生健康委 → 联合国家卫生健康委):
 *  where a longer name starting inside a hit decides. */
const joins = (() => {
  const byPrefix = new Map<string, string[]>();
  for (const b of surfaces) for (let k = 1; k < Math.min(b.length, 4); k++) byPrefix.set(b.slice(0, k), [...(byPrefix.get(b.slice(0, k)) ?? []), b]);
  const out: string[] = [];
  for (const a of surfaces) {
    for (let k = 1; k < Math.min(a.length, 4); k++) {
      const bs = byPrefix.get(a.slice(a.length - k)) ?? [];
      for (let x = 0; x < bs.length && x < 3; x++) out.push(a + bs[x].slice(k));
    }
  }
  return out.length > 0 ? out : surfaces;
})();

describe('dictionaryHits over the trie', () => {
  it('gives the hits of the per-name scan on texts made of lexicon names, their pieces, quotes and other characters', () => {
    const piece = fc.oneof(
      fc.constantFrom(...surfaces),
      fc.constantFrom(...joins),
      // a name cut short or run on: prefixes and names sharing their start are what the two scans could read differently
      fc.tuple(fc.constantFrom(...surfaces), fc.nat()).map(([s, k]) => s.slice(0, 1 + (k % s.length))),
      fc.constantFrom('“', '”', '“', '”', '和', '的', '省', '市', '国家', '中国', '联合', '，', '。', '\n'),
    );
    const text = fc.array(piece, { minLength: 1, maxLength: 30 }).map((xs) => xs.join(''));
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (t, a, b) => {
        const from = a % (t.length + 1);
        const to = from + (b % (t.length - from + 1));
        expect(dictionaryHits(t, from, to, dict)).toEqual(refDictionaryHits(t, from, to, dict));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads the cases the scan was written for', () => {
    const canon = (t: string) => dictionaryHits(t, 0, t.length, dict).map((h) => [t.slice(h.start, h.end), h.canonical]);
    expect(canon('用好“科普中国”APP')).toEqual(refDictionaryHits('用好“科普中国”APP', 0, 13, dict).map((h) => ['用好“科普中国”APP'.slice(h.start, h.end), h.canonical]));
    // 联合国家卫生健康委: 国家卫生健康委 runs past 联合国, so 联合国 is no hit there.
    expect(canon('联合国家卫生健康委').map(([s]) => s)).not.toContain('联合国');
  });

  it('keeps the first value of a word added twice, and walks only the words added', () => {
    const t = new NameTrie<number>();
    t.add('科协', 1);
    t.add('科协', 2);
    t.add('科学', 3);
    const k = t.child(0, '科'.charCodeAt(0));
    expect(t.value(k)).toBeUndefined();
    expect(t.value(t.child(k, '协'.charCodeAt(0)))).toBe(1);
    expect(t.depth(t.child(k, '学'.charCodeAt(0)))).toBe(2);
    expect(t.child(k, '普'.charCodeAt(0))).toBe(-1);
  });
});

/** dictionaryHits before session 27, verbatim. */
function refDictionaryHits(text: string, from: number, to: number, dict: Dictionary): DictHit[] {
  const hits: DictHit[] = [];
  let i = from;
  const byCode = dict.byCode ?? new Map([...dict.byFirst].map(([k, v]) => [k.charCodeAt(0), v]));
  while (i < to) {
    const list = byCode.get(text.charCodeAt(i));
    let hit: DictHit | undefined;
    if (list) {
      for (const cand of list) {
        const end = matchAt(text, i, to, cand.surface);
        if (end > 0) {
          hit = { type: cand.type, canonical: cand.canonical, start: i, end };
          break;
        }
      }
    }
    if (hit && overlapped(text, hit, to, byCode)) hit = undefined;
    if (hit) {
      hits.push(hit);
      i = hit.end;
    } else i++;
  }
  return hits;
}

function overlapped(text: string, hit: DictHit, to: number, byCode: Map<number, { surface: string }[]>): boolean {
  for (let j = hit.start + 1; j < hit.end; j++) {
    for (const cand of byCode.get(text.charCodeAt(j)) ?? []) {
      if (cand.surface.length <= hit.end - hit.start) break;
      const end = matchAt(text, j, to, cand.surface);
      if (end > hit.end) return true;
    }
  }
  return false;
}

function matchAt(text: string, i: number, to: number, surface: string): number {
  let k = 0;
  let j = i;
  while (k < surface.length && j < to) {
    const c = text.charCodeAt(j);
    if (c === surface.charCodeAt(k)) {
      j++;
      k++;
    } else if ((c === 0x201c || c === 0x201d) && j > i) j++;
    else return -1;
  }
  if (k < surface.length) return -1;
  if (text.charCodeAt(j) === 0x201d && text.lastIndexOf('“', j) >= i) j++;
  return j;
}
