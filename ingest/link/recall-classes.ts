// Session 57 (helper recall, issue 13): paraphrase classes of public-administration drafting for the gold links scored
// under the weak threshold (ingest/lexicon/recall-classes.txt; options.recallClasses). A class is a set of words the
// drafting of laws and their local regulations uses for one thing (标识 | 标志: a sign; 补贴 | 补助 | 资助: a grant), each
// seen across the gold misses of two or more dev link families (docs/history/links.md, session 57). The classes are read
// like options.termClasses' (ingest/link/index.ts termMatcher: a term found as a string adds the class's token § to the
// unit's words, counted in the pair TF-IDF only when the other document holds the class too), under termClasses' genres and
// weight: this module only adds its rows to those classes, so a class of either file is matched the same way.
import { readFileSync } from 'node:fs';
import type { LinkOptions } from './options.js';

/** A class file: one class a line, its terms split by |, # to the end of a line a comment (options.ts's readParaphrases
 *  is this function: defined here so that options.ts may import this module). */
export function readClasses(url: URL): string[][] {
  return readFileSync(url, 'utf8')
    .split('\n')
    .map((l) => l.replace(/#.*/, '').trim())
    .filter(Boolean)
    .map((l) => l.split('|').map((w) => w.trim()).filter(Boolean))
    .filter((c) => c.length > 1);
}

/** The classes of ingest/lexicon/recall-classes.txt (session 57, options.recallClasses). */
export const RECALL_CLASSES = readClasses(new URL('../lexicon/recall-classes.txt', import.meta.url));

/** The term classes a unit's text is matched against: options.termClasses' rows, then options.recallClasses' (when both are
 *  on; recallClasses rides on termClasses' genres and weight and does nothing without it). */
export function termClassRows(options: Partial<Pick<LinkOptions, 'termClasses' | 'recallClasses'>>): string[][] {
  const base = options.termClasses?.classes ?? [];
  return options.recallClasses ? [...base, ...options.recallClasses.classes] : base;
}
