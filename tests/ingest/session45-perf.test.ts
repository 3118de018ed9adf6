// Session 45 (perf helper): engine-only speed changes whose results must be those of the code before.
// namedMatches (ingest/extract/dictionary.ts) finds a region name by a trie walk and the edition and body by a sticky
// pattern from the name's end; before, one alternation of every region name, longest first, was tried at every position
// a name can start. Both are run here on the same texts and must give the same matches.
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jammerSpans } from '../../ingest/clean/noise.js';
import { chapterArticleBreaks } from '../../ingest/clean/reline.js';
import { SPACE_BETWEEN_WIDE } from '../../ingest/clean/width.js';
import { namedMatches, regionBoundHits } from '../../ingest/extract/dictionary.js';
import { positions } from '../../ingest/extract/index.js';
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

// The clean stage's patterns as they were before session 45, kept verbatim: the new ones ask a cheap necessary condition
// first (a space or tab where SPACE_BETWEEN_WIDE matches, 第…条 where a chapter's first article breaks, a token pair
// where a forum filler runs) and must match exactly where these did.
const WIDE = '[\\u3400-\\u9fff\\u3000-\\u303f\\uff00-\\uffef“”‘’《》〈〉]';
const ARTICLE_LABEL = '^[ \\t]*(?:#+[ \\t]*)?第[零〇一二两三四五六七八九十百千\\d]+条(?:之[一二三四五六七八九十]+)?';
const SPACE_BEFORE = new RegExp(
  `(?<=${WIDE})(?<!${ARTICLE_LABEL}) +|(?<=${ARTICLE_LABEL} ) +|(?<=\\S)(?<!${ARTICLE_LABEL}) +(?=${WIDE})| +(?=\\t)|(?<=\\t) +|^[ \\t]+|[ \\t]+$`,
  'gm',
);
const N = '[一二三四五六七八九十百零〇]+';
const CHAPTER_BEFORE = new RegExp(`(?<=^[ \\t\u3000]*第${N}[章节][ \\t\u3000]*[\u4e00-\u9fff、][\u4e00-\u9fff、 \\t\u3000]{0,19})(?=第${N}条)`, 'gm');
const TOKEN = '[!-~！（）：；，？]{1,5}';
const LAST = '[!-~！（）：；，？]{0,4}[!-~！）：；，？]';
const JAMMER_BEFORE = new RegExp(`(?:^|(?<=[\\u3400-\\u9fff。，；：！？）”]))[ \\t]*(?![：；，？！）])(?:${TOKEN}[ \\t]){3,}${LAST}(?=[ \\t]*$|[ \\t]*[（\\u3400-\\u9fff])`, 'gm');
const MIXED = /^(?=.*[A-Za-z])(?=.*[^A-Za-z]).+$/;
const jammerBefore = (text: string) =>
  [...text.matchAll(JAMMER_BEFORE)].filter((m) => m[0].trim().split(/[ \t]+/).filter((t) => MIXED.test(t)).length >= 3).map((m) => [m.index!, m.index! + m[0].length]);
const spans = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => [m.index!, m[0].length]);

describe('the clean stage’s patterns (session 45, perf)', () => {
  const piece = fc.constantFrom(
    '第一章', '第二节', '总则', '总  则', '第一条', '第十条之一', '第3条', '# ', '## ', ' ', '  ', '\t', '\u3000', '\n', '\r\n',
    '为了', '老年人', '、', '。', '，', '：', '（', '）', '“', '”', '《', '》', 'g8', 'a%', 'Y.', '7', '{', 'h*', 'AB', 'word', '2025', '年', '１２',
  );
  const text = fc.array(piece, { minLength: 1, maxLength: 40 }).map((xs) => xs.join(''));

  it('SPACE_BETWEEN_WIDE matches where the pattern before did', () => {
    let found = 0;
    expect(spans(SPACE_BETWEEN_WIDE, '第十四条  老年人 享有\t 权利 。 Latin words  stay ')).toEqual(spans(SPACE_BEFORE, '第十四条  老年人 享有\t 权利 。 Latin words  stay '));
    fc.assert(
      fc.property(text, (t) => {
        const got = spans(SPACE_BETWEEN_WIDE, t);
        found += got.length;
        expect(got).toEqual(spans(SPACE_BEFORE, t));
      }),
      { numRuns: 3000 },
    );
    expect(found).toBeGreaterThan(500);
  });

  // Lines near the shape the patterns look for, pieces of it left out or doubled.
  const heading = fc
    .tuple(
      fc.constantFrom('', ' ', '\u3000', '\t', '# '),
      fc.constantFrom('第一章', '第十二章', '第三节', '第一', '章', '第1章'),
      fc.constantFrom('', ' ', '  ', '\u3000'),
      fc.array(fc.constantFrom('总', '则', ' ', '、', '法律责任', '附', '，', 'A'), { maxLength: 12 }).map((xs) => xs.join('')),
      fc.constantFrom('第一条', '第二十条', '第条', '第一', '条', ''),
      fc.constantFrom('', ' 为了', '为了', '\n第二条'),
    )
    .map((xs) => xs.join(''));
  const filler = fc
    .tuple(
      fc.constantFrom('', '妇委会：', '通知', '。', '（一）', ' '),
      fc.array(fc.constantFrom('7', '{', 'g8', 's:', 'a%', 'i/', 'Y.', 'n2', 'AB', '12', '（', 'h*', '！', '：'), { minLength: 1, maxLength: 8 }).chain((ts) =>
        fc.array(fc.constantFrom(' ', ' ', '\t', '  '), { minLength: ts.length, maxLength: ts.length }).map((ws) => ts.map((t, k) => t + ws[k]).join('').trimEnd()),
      ),
      fc.constantFrom('', ' ', '（四）', '各', '。', '\n'),
    )
    .map((xs) => xs.join(''));
  const lines = (one: fc.Arbitrary<string>) => fc.array(fc.oneof(one, text), { minLength: 1, maxLength: 6 }).map((xs) => xs.join('\n'));

  it('chapterArticleBreaks breaks where the pattern before did', () => {
    let found = 0;
    expect(chapterArticleBreaks('第一章 总  则第一条 为了')).toEqual([8]);
    fc.assert(
      fc.property(lines(heading), (t) => {
        const got = chapterArticleBreaks(t);
        found += got.length;
        expect(got).toEqual([...t.matchAll(CHAPTER_BEFORE)].map((m) => m.index!));
      }),
      { numRuns: 3000 },
    );
    expect(found).toBeGreaterThan(50);
  });

  it('jammerSpans finds the spans the pattern before did', () => {
    let found = 0;
    expect(jammerSpans('妇委会：7 { g8 s: a% i/ Y. n2\n')).toEqual(jammerBefore('妇委会：7 { g8 s: a% i/ Y. n2\n'));
    expect(jammerSpans('妇委会：7 { g8 s: a% i/ Y. n2\n').length).toBe(1);
    fc.assert(
      fc.property(lines(filler), (t) => {
        const got = jammerSpans(t);
        found += got.length;
        expect(got).toEqual(jammerBefore(t));
      }),
      { numRuns: 3000 },
    );
    expect(found).toBeGreaterThan(50);
  });
});

describe('positions over one array per document (session 45, perf)', () => {
  it('holds a unit’s own starts and ends only, whatever the units read before marked', () => {
    const marks = new Uint8Array(21);
    const a = positions(marks, 1, [0, 3, 5, 9], 0, 10);
    expect([...Array(21).keys()].filter((p) => a.has(p))).toEqual([0, 3, 5, 9]);
    const b = positions(marks, 2, [2, 3, 11], 0, 10);
    // the second set (another bit) leaves the first as it was
    expect([...Array(21).keys()].filter((p) => a.has(p))).toEqual([0, 3, 5, 9]);
    expect([...Array(21).keys()].filter((p) => b.has(p))).toEqual([2, 3]);
    // the next unit, overlapping the first: its sets hold none of the first unit's positions
    const c = positions(marks, 1, [8, 12, 20], 6, 20);
    expect([...Array(21).keys()].filter((p) => c.has(p))).toEqual([8, 12, 20]);
    const d = positions(marks, 2, [], 6, 20);
    expect([...Array(21).keys()].filter((p) => d.has(p))).toEqual([]);
  });
});
