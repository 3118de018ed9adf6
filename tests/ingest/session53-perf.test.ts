// Session 53 (helper perf, issue 11): engine-only savings in the extract pass whose results must be those of the code before.
// The regexes and sorted lists some rules made per unit are made once per lexicon list (memo.ts): a list that grows is read
// again. issuedMateHits reads the issuedHits extract has just made for the unit; regionBoundHits and coordinatedRegionHits
// share one walk of the region names per unit; suffixHits' table of tokens is a view of one buffer; findChineseNumerals' regex
// is compiled once. The whole snapshot of corpus/, tests/real/corpus, tests/real/promotion2 and gen-corpus 1,000 was compared
// byte for byte before and after (docs/history/performance.md, session 53); these tests keep the invariants that rests on.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coordinatedRegionHits, regionBoundHits } from '../../ingest/extract/dictionary.js';
import { issuedHits, networkHits, systemEntryHits, systemHits } from '../../ingest/extract/discover.js';
import { extract } from '../../ingest/extract/index.js';
import { issuedMateHits } from '../../ingest/extract/issued-mates.js';
import { findChineseNumerals } from '../../ingest/extract/numerals.js';
import { loadLexicon } from '../../ingest/lexicon/load.js';
import { clean } from '../../ingest/clean/index.js';
import { structure } from '../../ingest/structure/index.js';

const lexicon = loadLexicon();
/** 二〇二五, 三十六, 百分之八十, 二至三: value, upper bound of a range, percent. */
const EXPECTED_NUMERALS = [[2025, undefined, false], [36, undefined, false], [80, undefined, true], [2, 3, false]];
const realTexts = (dir: string) => readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f)).map((f) => ({ path: join(dir, f), text: readFileSync(join(dir, f), 'utf8') }));

describe('issuedMateHits reads the unit’s issued schemes given by extract (session 53)', () => {
  const text = '县级以上人民政府应当定期发布科技成果目录、科技成果转化项目指南和技术需求清单，引导企业转化。';
  it('gives the same lists whether it scans the unit itself or is handed issuedHits’ hits', () => {
    const own = issuedMateHits(text, 0, text.length, lexicon, true, true);
    const handed = issuedMateHits(text, 0, text.length, lexicon, true, true, issuedHits(text, 0, text.length, lexicon, true, true));
    expect(own.map((h) => h.canonical)).toEqual(['科技成果转化项目指南', '技术需求清单']);
    expect(handed).toEqual(own);
  });
  it('reads the chain after the hits it is handed, not after a scan of its own', () => {
    // Handed no scheme, it finds no mate: the unit is not scanned a second time.
    expect(issuedMateHits(text, 0, text.length, lexicon, true, true, [])).toEqual([]);
  });
  it('gives on every law of tests/real/corpus what it gives scanning alone', () => {
    let n = 0;
    for (const { text: t } of [...realTexts('tests/real/corpus'), ...realTexts('tests/real/hightech/corpus')]) {
      for (let s = 0; s < t.length; s += 400) {
        const e = Math.min(t.length, s + 400);
        const own = issuedMateHits(t, s, e, lexicon, true, true);
        expect(issuedMateHits(t, s, e, lexicon, true, true, issuedHits(t, s, e, lexicon, true, true))).toEqual(own);
        n += own.length;
      }
    }
    expect(n).toBeGreaterThan(0);
  });
});

describe('regexes made once per lexicon list are made again when the list changes (session 53)', () => {
  it('systemHits, systemEntryHits and networkHits read a head or cue added to a loaded lexicon', () => {
    const lex = loadLexicon();
    const text = '省人民政府应当建立全省统一的危险化学品追溯台账，并建立健全全省气象灾害观测网络。';
    expect(systemHits(text, 0, text.length, lex).map((h) => h.canonical)).toEqual([]);
    lex.designations.systems.push('追溯台账');
    expect(systemHits(text, 0, text.length, lex).map((h) => h.canonical)).toEqual(['危险化学品追溯台账']);
    expect(networkHits(text, 0, text.length, lex, {}).map((h) => h.canonical)).toEqual([]);
    lex.designations.networks.push('观测网络');
    expect(networkHits(text, 0, text.length, lex, { 省: '山东省' }).map((h) => h.canonical)).toEqual(['山东省气象灾害观测网络']);
    const entry = '单位应当录入危险化学品追溯台账，';
    const before = systemEntryHits(entry, 0, entry.length, lex, {}).length;
    lex.designations.systemEntries.push('录入');
    expect(systemEntryHits(entry, 0, entry.length, lex, {}).length).toBeGreaterThanOrEqual(before);
  });
});

describe('shared scans and buffers do not leak between units (session 53)', () => {
  it('coordinatedRegionHits reads its own unit after regionBoundHits read another of the same length', () => {
    const a = '郑州、洛阳、新乡市人民政府应当';
    const b = '济南、青岛、淄博市人民政府应当';
    expect(a.length).toBe(b.length);
    regionBoundHits(a, 0, a.length, undefined, lexicon);
    const fresh = coordinatedRegionHits(b, 0, b.length, lexicon).map((h) => h.canonical);
    expect(fresh).toEqual(['青岛市人民政府', '济南市人民政府']);
    regionBoundHits(b, 0, b.length, undefined, lexicon);
    expect(coordinatedRegionHits(b, 0, b.length, lexicon).map((h) => h.canonical)).toEqual(fresh);
  });

  it('findChineseNumerals gives the same numbers called again, and inside a loop over another call', () => {
    const t = '到二〇二五年，建成三十六个基地，覆盖百分之八十的县，每县二至三名';
    const once = findChineseNumerals(t);
    expect(once.map((m) => [m.value, m.valueMax, m.percent])).toEqual(EXPECTED_NUMERALS);
    for (const _ of findChineseNumerals('一、二、三')) expect(findChineseNumerals(t)).toEqual(once);
  });

  it('extract gives a short law the same mentions before and after a law with units longer than the buffer', () => {
    const docs = realTexts('tests/real/corpus');
    const read = (path: string, text: string) => structure(path, clean(text, lexicon), lexicon)!;
    const short = docs.reduce((a, b) => (a.text.length <= b.text.length ? a : b));
    const first = extract(read(short.path, short.text), lexicon);
    // One unit of 9,000 characters (the buffer starts at 4,096) read in between.
    const long = `${short.text}\n\n第九十九条 ${'省人民政府应当建立健全全省统一的科技成果转化公共服务平台，培养技术经纪人、技术经理人等科技成果转化人才；'.repeat(180)}`;
    const longDoc = read(short.path, long);
    expect(Math.max(...longDoc.units.map((u) => u.span[1] - u.span[0]))).toBeGreaterThan(9000);
    expect(extract(longDoc, lexicon).mentions.length).toBeGreaterThan(first.mentions.length);
    const again = extract(read(short.path, short.text), lexicon);
    expect(again).toEqual(first);
  });
});
