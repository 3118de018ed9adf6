// Extract stage: a structured document → entity mentions, cited documents and numeric targets,
// each with the unit it sits in and its span. Pure apart from jieba's loaded dictionary.
import type { Lexicon } from '../lexicon/load.js';
import type { StructuredDoc } from '../structure/types.js';
import type { Extraction, Mention } from './types.js';
import { dictionary, dictionaryHits, regionBoundHits, type DictHit } from './dictionary.js';
import { enumerationHits, quotedHits, suffixHits } from './discover.js';
import { scanCitations } from './citations.js';
import { findTargets } from './targets.js';
import { resolveOverlaps, type SourcedHit } from './resolve.js';
import { segmenter } from './segment.js';
import { canonicalEntity, lexiconEntry } from './canonical.js';

export type { Extraction, Mention, Citation, ExtractedTarget } from './types.js';

/** jieba tags of the words that carry a measure's content: nouns, verbs, names, idioms. */
const CONTENT_TAGS = /^(n|v|vn|nz|nt|ns|tg|j|l|eng)/;

export function extract(doc: StructuredDoc, lexicon: Lexicon): Extraction {
  const { text } = doc;
  const dict = dictionary(lexicon);
  const cut = segmenter(lexicon);
  const units = doc.units;

  const candidates: SourcedHit[] = [];
  const words: Record<string, string[]> = {};
  for (const u of units) {
    const [s, e] = u.span;
    const add = (hits: DictHit[], rank: number) => candidates.push(...hits.map((h) => ({ ...h, rank })));
    const tokens = cut(text.slice(s, e)).map((t) => ({ ...t, start: t.start + s }));
    words[u.path] = tokens.filter((t) => t.word.length >= 2 && CONTENT_TAGS.test(t.tag)).map((t) => t.word);
    // A lexicon name must end where a word ends: 农业农村部 is not in 农业农村部门.
    const wordEnds = new Set(tokens.map((t) => t.start + t.word.length));
    add(
      dictionaryHits(text, s, e, dict)
        .filter((h) => wordEnds.has(h.end) || /[”》]/.test(text[h.end - 1]))
        // 科学家精神 is a spirit, not scientists.
        .filter((h) => !(h.type === 'TargetGroup' && text.startsWith('精神', h.end))),
      0,
    );
    add(regionBoundHits(text, s, e, doc.region, lexicon), 1);
    add(quotedHits(text, s, e, lexicon), 2);
    add(enumerationHits(text, s, e, lexicon, tokens), 3);
    add(suffixHits(tokens, text, lexicon), 3);
  }

  const orgEndingAt = new Map(candidates.filter((c) => c.type === 'Organisation').map((c) => [c.end, c]));
  const issuerAt = (i: number): string[] => {
    const out: string[] = [];
    let end = i;
    for (let hop = 0; hop < 4; hop++) {
      const h = orgEndingAt.get(end);
      if (!h) break;
      out.unshift(canonicalEntity(h, lexicon, doc.region));
      if (!/[、和与及]/.test(text[h.start - 1] ?? '')) break;
      end = h.start - 1;
    }
    return out;
  };
  const scan = scanCitations(text, units, doc.title, lexicon, issuerAt);
  candidates.push(...scan.others.map((h) => ({ ...h, rank: 2 })));

  // Names inside a cited document's title belong to the title, not to the measure.
  const titleSpans = scan.citations.filter((c) => c.via === 'title').map((c) => c.span);
  const outside = (h: DictHit) => !titleSpans.some(([s, e]) => h.start > s && h.end < e);
  const unitAt = (pos: number) => units.find((u) => pos >= u.span[0] && pos < u.span[1]);

  // A rule-found name must not end inside quotation marks (北京行动 in “北京行动路线图”).
  const quotes = [...text.matchAll(/“[^“”\n]{1,30}”/g)].map((m) => [m.index!, m.index! + m[0].length]);
  const notCutByQuote = (h: SourcedHit) => h.rank < 2 ? true : !quotes.some(([s, e]) => h.end > s + 1 && h.end < e - 1);
  const mentions: Mention[] = [];
  for (const h of resolveOverlaps(candidates.filter(outside).filter(notCutByQuote))) {
    const known = lexiconEntry(h.canonical, lexicon);
    const canonical = known?.canonical ?? canonicalEntity(h, lexicon, doc.region);
    const type = known?.type ?? h.type;
    if (lexicon.stopEntities.has(canonical)) continue;
    const u = unitAt(h.start);
    if (!u) continue;
    mentions.push({ path: u.path, type, canonical, surface: text.slice(h.start, h.end), span: [h.start, h.end] });
  }
  const targets = units.flatMap((u) => findTargets(text, u, lexicon));
  return { mentions, citations: scan.citations, targets, abbreviations: scan.abbreviations, words };
}
