// Regexes built from lexicon word lists (session 51, lead: the same two helpers had been copied into five rule modules).
/** `s` with the regex metacharacters escaped, to match literally. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A non-capturing alternation of `words`, each literal, in their order; none: a group that never matches. */
export const wordAlternation = (words: string[]): string => (words.length ? `(?:${words.map(escapeRegExp).join('|')})` : '(?!)');
