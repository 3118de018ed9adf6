// Subject of a document, for the link stage's document-pair gate (options.subjectGate): a
// provincial 供热条例 does not carry out a 文物保护条例, however alike their liability articles read
// (违反本条例规定…责令改正…罚款). Each document gets a signature: its `terms` content words of
// highest weight, weight = (1 + ln tf) × idf, idf from a fixed background corpus (the law mirror's
// document frequencies, ingest/lexicon/background-df.txt), unit length. Two documents are on one
// subject when their signatures' cosine reaches the gate's `minCosine`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_LEXICON_DIR } from '../lexicon/load.js';

/** A document's subject signature: term ids (ascending) and their weights (unit length). */
export interface Signature {
  terms: number[];
  weights: number[];
}

export interface BackgroundDf {
  documents: number;
  df: Map<string, number>;
}

const backgrounds = new Map<string, BackgroundDf>();

/** The background document frequencies of a lexicon folder (read once per folder). */
export function backgroundDf(dir: string = DEFAULT_LEXICON_DIR): BackgroundDf {
  let b = backgrounds.get(dir);
  if (b) return b;
  b = { documents: 1, df: new Map() };
  let text = '';
  try {
    text = readFileSync(join(dir, 'background-df.txt'), 'utf8');
  } catch {
    // A lexicon folder without the table: every word weighs the same (idf 1).
  }
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const tab = line.indexOf('\t');
    const [word, n] = [line.slice(0, tab), Number(line.slice(tab + 1))];
    if (word === 'documents') b.documents = n;
    else b.df.set(word, n);
  }
  backgrounds.set(dir, b);
  return b;
}

/** A document's content words with their weight, (1 + ln tf) × background idf, highest first (ties by
 *  the word: the same order whatever the input order). */
export function weightedTerms(words: string[], background: BackgroundDf): (readonly [string, number])[] {
  const maxIdf = Math.log(background.documents + 1);
  const tf = new Map<string, number>();
  for (const w of words) tf.set(w, (tf.get(w) ?? 0) + 1);
  const weighted = [...tf].map(([w, n]) => {
    const df = background.df.get(w);
    const idf = background.df.size ? (df === undefined ? maxIdf : Math.log((background.documents + 1) / (df + 1))) : 1;
    return [w, (1 + Math.log(n)) * idf] as const;
  });
  return weighted.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/** The first `n` of weightedTerms(words, background), in its order, without sorting every word
 *  (session 51, perf: the full sort of a document's few thousand words, for the 10 or 50 the two
 *  callers keep, was 2–3 % of a gen-corpus ingest). The order is total (weight, then the word; the
 *  words are distinct), so the first n are one list whatever the method: the same weights, computed
 *  by the same expression, kept in a sorted array of at most n entries. */
export function topWeightedTerms(words: string[], background: BackgroundDf, n: number): (readonly [string, number])[] {
  if (n <= 0) return [];
  const maxIdf = Math.log(background.documents + 1);
  const tf = new Map<string, number>();
  for (const w of words) tf.set(w, (tf.get(w) ?? 0) + 1);
  const top: (readonly [string, number])[] = [];
  // weightedTerms' comparator below 0: a comes first.
  const before = (a: readonly [string, number], b: readonly [string, number]) => {
    const d = b[1] - a[1];
    return d ? d < 0 : a[0] < b[0];
  };
  for (const [w, count] of tf) {
    const df = background.df.get(w);
    const idf = background.df.size ? (df === undefined ? maxIdf : Math.log((background.documents + 1) / (df + 1))) : 1;
    const e = [w, (1 + Math.log(count)) * idf] as const;
    if (top.length === n && !before(e, top[n - 1])) continue;
    let k = top.length === n ? n - 1 : top.length;
    while (k > 0 && before(e, top[k - 1])) {
      top[k] = top[k - 1];
      k--;
    }
    top[k] = e;
  }
  return top;
}

/** Words a document's Document node shows as its subject (graph-schema `subject`): the first of its
 *  signature, for a reader and for Cypher (what is this document about; which documents share it). */
export const SUBJECT_WORDS_SHOWN = 10;

/** The `n` words that weigh most in a document's subject. */
export function subjectWords(words: string[], background: BackgroundDf, n = SUBJECT_WORDS_SHOWN): string[] {
  return topWeightedTerms(words, background, n).map(([w]) => w);
}

/** Signatures of documents given each one's content words; term ids are shared across documents. */
export function signatures(docsWords: Iterable<string[]>, background: BackgroundDf, terms: number): Signature[] {
  const ids = new Map<string, number>();
  const out: Signature[] = [];
  for (const words of docsWords) {
    const top = topWeightedTerms(words, background, terms);
    const norm = Math.sqrt(top.reduce((s, [, x]) => s + x * x, 0)) || 1;
    const pairs = top.map(([w, x]) => {
      let id = ids.get(w);
      if (id === undefined) ids.set(w, (id = ids.size));
      return [id, x / norm] as const;
    });
    pairs.sort((a, b) => a[0] - b[0]);
    out.push({ terms: pairs.map((p) => p[0]), weights: pairs.map((p) => p[1]) });
  }
  return out;
}

/** Cosine of two signatures (a merge of their sorted term ids). */
export function subjectCosine(a: Signature, b: Signature): number {
  let [i, j, s] = [0, 0, 0];
  while (i < a.terms.length && j < b.terms.length) {
    if (a.terms[i] === b.terms[j]) s += a.weights[i++] * b.weights[j++];
    else if (a.terms[i] < b.terms[j]) i++;
    else j++;
  }
  return s;
}
