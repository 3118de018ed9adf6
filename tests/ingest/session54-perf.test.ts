// Session 54 (helper perf, issue 11): jieba's `tag` of a unit is made as jieba's `cut` (with HMM) and a memo of each word's
// tag under the dictionary loaded now. cppjieba's Tag is that Cut and a look-up of each word's tag in the dictionary (the
// word's own tag, else x, m or eng by its ASCII characters), so the tokens are those of `tag`; `tag` built an object of two
// strings per word through N-API, `cut` one string. The memo is emptied whenever segment.ts loads a dictionary or inserts a
// lexicon's names. The whole snapshot of corpus/, tests/real/corpus, tests/real/promotion2 and gen-corpus 1,000 was compared
// byte for byte before and after (docs/history/performance.md, session 54); these tests keep the invariants that rests on.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import nodejieba from 'nodejieba';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { segmenter, useJiebaOwnDictionary, type Token } from '../../ingest/extract/segment.js';
import { loadLexicon, type Lexicon } from '../../ingest/lexicon/load.js';
import { clean } from '../../ingest/clean/index.js';
import { structure } from '../../ingest/structure/index.js';

const lexicon = loadLexicon();
const realTexts = (dir: string) => readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f)).map((f) => ({ path: join(dir, f), text: readFileSync(join(dir, f), 'utf8') }));

/** The tokens as segment.ts made them before session 54: jieba's `tag` of the text, each word placed after the last. */
function byTag(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  let pos = 0;
  for (const { word, tag } of nodejieba.tag(text)) {
    const start = text.indexOf(word, pos);
    if (start < 0) continue;
    out.push({ word, tag, start: start + offset });
    pos = start + word.length;
  }
  return out;
}

/** Every unit's text of the development laws and plans under tests/real (structured as the ingest does), with its start. */
function units(): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  for (const dir of ['tests/real/corpus', 'tests/real/promotion2/corpus', 'corpus']) {
    for (const { path, text } of realTexts(dir)) {
      const doc = structure(path, clean(text, lexicon), lexicon);
      if (!doc) continue;
      for (const u of doc.units) out.push({ text: doc.text.slice(u.span[0], u.span[1]), start: u.span[0] });
    }
  }
  return out;
}

describe('a unit’s tokens are jieba’s tag of it, made from cut and each word’s tag (session 54)', () => {
  afterAll(() => vi.restoreAllMocks());
  it('gives every unit of tests/real/corpus, promotion2 and corpus/ the tokens jieba’s tag gives, placed at the unit’s start', () => {
    const cut = segmenter(lexicon);
    const all = units();
    expect(all.length).toBeGreaterThan(500);
    let words = 0;
    for (const u of all) {
      const tokens = cut(u.text, u.start);
      expect(tokens).toEqual(byTag(u.text, u.start));
      words += tokens.length;
    }
    // Texts with digits, Latin letters, full-width and ASCII punctuation, brackets and line breaks among them.
    expect(words).toBeGreaterThan(50_000);
    const mixed = '2025年，全省R&D经费投入强度达到2.5%以上（含5G基站3,000个）；“科普中国”App。\n第十条';
    expect(cut(mixed)).toEqual(byTag(mixed));
  });
  it('tags a unit met again without jieba’s tag: each word’s tag is read from the memo', () => {
    const cut = segmenter(lexicon);
    const text = '县级以上人民政府应当加强科普人才队伍建设，支持科学技术协会开展青少年科技教育活动。';
    const first = cut(text);
    const tag = vi.spyOn(nodejieba, 'tag');
    expect(cut(text)).toEqual(first);
    expect(tag).not.toHaveBeenCalled();
    tag.mockRestore();
  });
  it('tags a word anew after a lexicon inserts it into jieba’s dictionary with its own tag', () => {
    const cut = segmenter(lexicon);
    const text = '市气象台发布预警信息。';
    const before = cut(text).find((t) => t.word === '气象台');
    expect(before).toBeDefined();
    expect(before?.tag).not.toBe('nt');
    // A lexicon naming 气象台 as an organisation: segment.ts inserts it tagged nt, and the memo's tag of it goes.
    const org = { ...lexicon.entities.Organisation[0]!, canonical: '气象台', aliases: [] };
    const more: Lexicon = { ...lexicon, entities: { ...lexicon.entities, Organisation: [...lexicon.entities.Organisation, org] } };
    expect(segmenter(more)(text).find((t) => t.word === '气象台')?.tag).toBe('nt');
    expect(segmenter(more)(text)).toEqual(byTag(text));
    // jieba's own dictionary put back, then the project's again (without the inserted word): the tag jieba gives it there.
    useJiebaOwnDictionary();
    expect(segmenter(lexicon)(text).find((t) => t.word === '气象台')?.tag).toBe(before?.tag);
    expect(segmenter(lexicon)(text)).toEqual(byTag(text));
  });
});
