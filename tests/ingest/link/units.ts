// A regulation's article as the linker sees it, for the link tests that build their units by hand: its text, its
// bigram words (withBigrams), no entities, genre regulation.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unitMaker, withBigrams } from '../../../ingest/link/index.js';
import { linkMeasures, type LinkUnit } from '../../../ingest/link/implements.js';
import { CLAUSE_COVER, linkOptions, type LinkOptions } from '../../../ingest/link/options.js';
import type { ProcessedDoc } from '../../../ingest/snapshot/types.js';

export const regulationUnit = (id: string, docIndex: number, text: string): LinkUnit => ({
  id,
  docIndex,
  offset: 0,
  text,
  entities: new Set(),
  words: withBigrams([], text, true),
  genre: 'regulation',
});

/** Options that score a regulation pair by its text alone, keep one link an article (topK 1) and switch off the
 *  per-clause and per-paragraph selections (options.clausePair, options.listItemArticles, options.taskListTerms, options.listPairs and options.rightsDutyLists too, unless `rule` sets them), so a test sees what one item
 *  rule adds (`rule`: that rule's setting). */
export const textOnlyRegulation = (rule: Partial<LinkOptions>) =>
  linkOptions({
    clausePair: null,
    listItemArticles: null,
    taskListTerms: null,
    generalEncouragement: null,
    listPairs: null,
    rightsDutyLists: null,
    ...rule,
    topKPerClause: null,
    paragraphBest: null,
    procedureStages: null,
    genres: { regulation: { weights: { reuse: 0, text: 1, entities: 0 }, thresholds: { implements: 0.9, partial: 0.05 }, relative: 0.8, topK: 1, pairIdf: true } },
  });

/** A regulation of `articles` (第1条, 第2条 … one a line) as the ingest hands it to the linker, without entities. Its
 *  segmented words: none (the linker's bigrams alone), or each article cut by `cut` (e.g. the lexicon's segmenter). */
export function articlesDoc(articles: string[], cut?: (text: string) => { word: string }[]): ProcessedDoc {
  let at = 0;
  const words: Record<string, string[]> = {};
  const units = articles.map((a, i) => {
    const u = { path: `第${i + 1}条`, name: `第${i + 1}条`, kind: 'article', leaf: true, span: [at, at + a.length] as [number, number] };
    if (cut) words[u.path] = cut(a).map((t) => t.word);
    at += a.length + 1;
    return u;
  });
  return { sources: [], doc: { text: articles.join('\n'), genre: 'regulation', units }, extraction: { words, mentions: [] } } as unknown as ProcessedDoc;
}

/** Options that score a regulation pair by its text alone over the pair's IDF (implements from 0.9, every score kept, ten
 *  links an article) with the paragraph, stage and per-clause selections off: a pair score test sees what `rule` (the
 *  setting of the one option it tests) adds to the score. */
export const pairScoreOnly = (rule: Partial<LinkOptions>) =>
  linkOptions({ ...rule, paragraphPair: null, procedureStages: null, topKPerClause: null, paragraphBest: null, genres: { regulation: { weights: { reuse: 0, text: 1, entities: 0 }, thresholds: { implements: 0.9, partial: 0 }, relative: 0, topK: 10, pairIdf: true } } });

/** Every link score between the articles of a lower regulation (`prov`, 第N条) and a law (`law`), by `prov#第N条>law#第M条`
 *  (unit ids); `cut` as articlesDoc's. */
export const pairScores = (o: LinkOptions, law: string[], lower: string[], cut?: (text: string) => { word: string }[]) => {
  const make = unitMaker([], o);
  const units: LinkUnit[] = [...make(articlesDoc(law, cut), 0, 'law'), ...make(articlesDoc(lower, cut), 1, 'prov')];
  const out = new Map<string, number>();
  for (const l of linkMeasures(units, (lowerDoc, higherDoc) => lowerDoc === 1 && higherDoc === 0, [], o, true)) out.set(`${l.lower}>${l.higher}`, l.score);
  return out;
};

/** An article of a regulation set beside the article a test links, so that the two documents' unit IDF weighs their
 *  shared bigrams. */
export const OTHER_ARTICLE = '第二条 本条例自公布之日起施行。';

/** The link from `lower` (prov#l) to `higher` (law#h), each document holding one more article (`besideHigher`,
 *  `besideLower`; OTHER_ARTICLE unless given), scored by text alone, strong from 0.05, two links an article, with
 *  options.clauseCover set to `clauseCover` (the clause coverage tests). */
export function clauseCoverLink(clauseCover: typeof CLAUSE_COVER | null, higher: string, lower: string, besideHigher = OTHER_ARTICLE, besideLower = OTHER_ARTICLE): ReturnType<typeof linkMeasures>[number] | undefined {
  const o = linkOptions({
    clauseCover,
    topKPerClause: null,
    paragraphBest: null,
    procedureStages: null,
    genres: { regulation: { weights: { reuse: 0, text: 1, entities: 0 }, thresholds: { implements: 0.05, partial: 0.05 }, relative: 0, topK: 2, pairIdf: false } },
  });
  const units = [regulationUnit('law#h', 0, higher), regulationUnit('law#x', 0, besideHigher), regulationUnit('prov#l', 1, lower), regulationUnit('prov#x', 1, besideLower)];
  return linkMeasures(units, (l, h) => l === 1 && h === 0, [], o).find((l) => l.lower === 'prov#l' && l.higher === 'law#h');
}

/** The articles (第…条 … up to the next) of each law and regulation of tests/real/corpus, as link units, one document each
 *  (the perf tests of sessions 55 and 56 compare the link thread's helpers with their references over them). */
export function realCorpusUnits(): { units: LinkUnit[]; docs: string[] } {
  const dir = 'tests/real/corpus';
  const docs = readdirSync(dir).filter((f) => f.endsWith('.md')).sort();
  const units: LinkUnit[] = [];
  docs.forEach((f, d) => {
    const text = readFileSync(join(dir, f), 'utf8');
    const articles = text.split(/\n(?=第[一二三四五六七八九十百零]+条)/).filter((a) => /^第[一二三四五六七八九十百零]+条/.test(a));
    articles.forEach((a, k) => units.push(regulationUnit(`${d}:${k}`, d, a.trim())));
  });
  return { units, docs };
}
