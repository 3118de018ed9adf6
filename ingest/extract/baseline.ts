// A trivial baseline for organisations, to show the rules pull their weight: every word jieba's own
// dictionary tags `nt` (organisation name), as written, nothing else — no lexicon, no region, no
// canonical form. The eval can print it beside the extractor's figures.
import nodejieba from 'nodejieba';
import { useJiebaOwnDictionary } from './segment.js';

export interface NtWord {
  word: string;
  /** [start, end) in the text given. */
  span: [number, number];
}

/**
 * The `nt`-tagged words of `text` under jieba's default dictionary, in order (repeats kept).
 * jieba holds one dictionary per process and the project's tags every lexicon name `nt`, so the
 * baseline switches jieba back to its own dictionary first (the extractor switches back on its next
 * call; alternating costs a reload each way, so run all baseline calls together).
 */
export function jiebaNtWords(text: string): NtWord[] {
  useJiebaOwnDictionary();
  const out: NtWord[] = [];
  let pos = 0;
  for (const { word, tag } of nodejieba.tag(text)) {
    const start = text.indexOf(word, pos);
    if (start < 0) continue;
    pos = start + word.length;
    if (tag === 'nt') out.push({ word, span: [start, pos] });
  }
  return out;
}

/** The baseline's organisation names for a text: the distinct `nt` words (a per-document set). */
export function jiebaNtOrganisations(text: string): string[] {
  return [...new Set(jiebaNtWords(text).map((w) => w.word))];
}
