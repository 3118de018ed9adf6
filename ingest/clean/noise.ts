// Page chrome, CMS footers and SEO spam lines: recognised by the lexicon's noise rules and by
// shape (a site title bar: three or more parts joined by _ or |, no sentence punctuation).
import type { Lexicon } from '../lexicon/load.js';

const SENTENCE = /[。；！？]/;

export function noiseKind(line: string, lexicon: Lexicon): string | undefined {
  const l = line.trim();
  if (l.length === 0 || SENTENCE.test(l) || l.length > 160) return undefined;
  const parts = l.split(/[_|｜]/).filter((p) => p.trim().length > 0);
  if (parts.length >= 3 && !/[，、]/.test(l)) return 'title-bar';
  for (const rule of lexicon.noise) {
    if (rule.re.test(l)) return rule.kind;
  }
  return undefined;
}
