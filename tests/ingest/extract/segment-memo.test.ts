// The segmenter remembers the texts it tagged (segment.ts, session 23): a text tagged again gives
// what jieba gives, as fresh tokens, and never what another dictionary gave.
import nodejieba from 'nodejieba';
import { describe, expect, it } from 'vitest';
import { segmenter, useJiebaOwnDictionary } from '../../../ingest/extract/segment.js';
import { loadLexicon } from '../../../ingest/lexicon/load.js';

// Written for this test; 科协 is a name of the project's lexicon, not of jieba's own dictionary.
const TEXT = '依托吉林省科协大讲堂开展科普宣传，组织青年志愿者服务队进社区。';
const plain = (tokens: { word: string; tag: string }[]) => tokens.map((t) => `${t.word}/${t.tag}`);

describe('segmenter memo', () => {
  const lexicon = loadLexicon();

  it('gives a text tagged again the same tokens, as new objects a caller may change', () => {
    const cut = segmenter(lexicon);
    const first = cut(TEXT);
    const again = cut(TEXT);
    expect(again).toEqual(first);
    expect(again).not.toBe(first);
    again[0].word = '改';
    again.pop();
    // From a slice of a longer text too (the extractor's case).
    expect(cut(`前言${TEXT}`.slice(2))).toEqual(first);
    expect(plain(first)).toEqual(plain(nodejieba.tag(TEXT)));
  });

  it('forgets when jieba changes dictionary, so a segmenter made earlier tags with the dictionary in use', () => {
    const cut = segmenter(lexicon);
    const project = plain(cut(TEXT));
    useJiebaOwnDictionary();
    const own = plain(nodejieba.tag(TEXT));
    expect(own).not.toEqual(project); // the two dictionaries differ on this text
    expect(plain(cut(TEXT))).toEqual(own);
    expect(plain(segmenter(lexicon)(TEXT))).toEqual(project);
  });
});
