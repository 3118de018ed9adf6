// Session 45 (perf helper): engine-only speed changes whose results must be those of the code before.
// namedMatches (ingest/extract/dictionary.ts) finds a region name by a trie walk and the edition and body by a sticky
// pattern from the name's end; before, one alternation of every region name, longest first, was tried at every position
// a name can start. Both are run here on the same texts and must give the same matches.
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { namedMatches, regionBoundHits } from '../../ingest/extract/dictionary.js';
import { NameTrie } from '../../ingest/extract/name-trie.js';
import { loadLexicon } from '../../ingest/lexicon/load.js';

const lexicon = loadLexicon();
const EDITION = '(?:第[一二三四五六七八九十百零]+届)?';
const longest = (xs: string[]) => [...new Set(xs)].sort((a, b) => b.length - a.length).join('|');
const owner = new Map<string, string>();
for (const r of lexicon.regions) {
  if (r.level === 'country') continue;
  for (const f of [r.name, ...r.short]) if (f.length >= 2 && !owner.has(f)) owner.set(f, r.name);
}
const gov = longest(lexicon.govSuffixes);
const names = new NameTrie<true>();
for (const n of owner.keys()) names.add(n, true);
const pattern = { names, rest: new RegExp(`${EDITION}(委(?:${gov})?|(?:${gov}))`, 'y'), owner };
// The alternation as it was (session 20's sticky scan: every match non-empty, the scan resumes after it).
const before = new RegExp(`(${longest([...owner.keys()])})${EDITION}(委(?:${gov})?|(?:${gov}))`, 'g');
const old = (text: string) => [...text.matchAll(before)].map((m) => ({ index: m.index!, name: m[1], body: m[2], length: m[0].length }));
const now = (text: string) => [...namedMatches(text, pattern)];

describe('namedMatches (session 45, perf)', () => {
  it('reads a region name, its edition and its body (the longest name that a body follows)', () => {
    expect(now('经山东省第十三届人民代表大会常务委员会批准，由济南市人民政府负责')).toEqual(old('经山东省第十三届人民代表大会常务委员会批准，由济南市人民政府负责'));
    expect(now('山东省人民政府').map((m) => [m.name, m.body])).toEqual([['山东省', '人民政府']]);
    const hits = regionBoundHits('由济南市人民政府负责', 0, 10, undefined, lexicon);
    expect(hits.map((h) => [h.canonical, h.start, h.end])).toEqual([['济南市人民政府', 1, 8]]);
  });

  it('tries the longest name first, a shorter one only when the body does not follow the longer', () => {
    // A made-up pattern where the order decides (no two names of today's lexicon do): 北京市 + 政府 before 北京 + 市政府.
    const trie = new NameTrie<true>();
    for (const n of ['北京', '北京市', '北京市海淀']) trie.add(n, true);
    const p = { names: trie, rest: /(市政府|政府)/y, owner: new Map<string, string>() };
    const alt = /(北京市海淀|北京市|北京)(市政府|政府)/g;
    for (const t of ['北京市政府', '北京市海淀政府', '北京市海淀区政府', '北京政府和北京市政府']) {
      expect([...namedMatches(t, p)]).toEqual([...t.matchAll(alt)].map((m) => ({ index: m.index!, name: m[1], body: m[2], length: m[0].length })));
    }
    expect([...namedMatches('北京市政府', p)].map((m) => m.name)).toEqual(['北京市']);
  });

  it('gives the alternation’s matches on every file of corpus/ and tests/real/corpus', () => {
    const dirs = ['corpus', 'tests/real/corpus'];
    let n = 0;
    for (const d of dirs) {
      for (const f of readdirSync(d).filter((x) => /\.(txt|md)$/.test(x))) {
        const text = readFileSync(join(d, f), 'utf8');
        const a = now(text);
        n += a.length;
        expect(a).toEqual(old(text));
      }
    }
    expect(n).toBeGreaterThan(20);
  });

  it('gives the alternation’s matches on texts of region names, their pieces, editions and bodies', () => {
    const keys = [...owner.keys()];
    const bodies = [...lexicon.govSuffixes];
    const piece = fc.oneof(
      fc.constantFrom(...keys),
      fc.tuple(fc.constantFrom(...keys), fc.nat()).map(([s, k]) => s.slice(0, 1 + (k % s.length))),
      fc.constantFrom(...bodies),
      fc.tuple(fc.constantFrom(...bodies), fc.nat()).map(([s, k]) => s.slice(0, 1 + (k % s.length))),
      fc.constantFrom('第十三届', '第三届', '委', '省', '市', '县', '的', '和', '，', '。', '\n'),
    );
    const text = fc.array(piece, { minLength: 1, maxLength: 30 }).map((xs) => xs.join(''));
    let matched = 0;
    fc.assert(
      fc.property(text, (t) => {
        const a = now(t);
        matched += a.length;
        expect(a).toEqual(old(t));
      }),
      { numRuns: 2000 },
    );
    expect(matched).toBeGreaterThan(500);
  });
});
