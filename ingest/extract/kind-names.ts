// Session 52 (helper extract2; issue 13): names that are kinds, not one body or system (ingest/lexicon/kind-names.txt).
// - 广播电视台（站）应当… (options.ts orgBracketedKindOut): a body's name followed by a bracketed one-character head of the same kind's
//   other form names every station of the kind, no one body.
// - 构建与台湾地区高等教育合作交流平台 (abstractExchangePlatformOut): a platform named by the aims of exchange and cooperation only is
//   the guideline's abstract 交流合作平台.
import type { Lexicon } from '../lexicon/load.js';
import { memoOnLists } from './memo.js';
import { wordAlternation as alt } from './regex-words.js';

const bracketRegex = (lexicon: Lexicon) =>
  memoOnLists(lexicon, bracketRegex, [lexicon.kindNames.alternatives], () => new RegExp(`^[（(]${alt(lexicon.kindNames.alternatives)}[）)]`));

/** Whether the body name ending at `end` is followed by a bracketed alternative head (广播电视台|（站）). */
export function bracketedKind(text: string, end: number, lexicon: Lexicon): boolean {
  return bracketRegex(lexicon).test(text.slice(end, end + 3));
}

/** Whether the programme `canonical` is a platform named by exchange and cooperation only (…合作交流平台). */
export function abstractExchangePlatform(canonical: string, lexicon: Lexicon): boolean {
  return lexicon.kindNames.abstractPlatforms.some((h) => canonical.endsWith(h));
}
