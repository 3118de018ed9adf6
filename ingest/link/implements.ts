// IMPLEMENTS: a lower-level measure carries out a higher-level one. Candidates come from three
// inverted indexes (content words, entities, character shingles); the best candidates by those
// cheap signals are aligned (align.ts) so that reused wording becomes passages with spans on
// both sides. The score combines three signals in [0, 1]: aligned reuse beyond boilerplate,
// TF-IDF cosine of content words, and TF-IDF cosine of shared entities (a rare 科普大篷车 weighs
// more than a common 青少年). Verdicts: implements (strong) / partial (weak) / none, by the
// calibrated thresholds of options.ts. Which documents may be linked at all is rules.ts's job.
import { createHash } from 'node:crypto';
import { alignMeasures, MASK, type AlignedPassage, type Prepared } from './align.js';
import type { Genre } from '../../graph-schema/index.js';
import { profileFor, type ArticleRole, type LinkOptions } from './options.js';
import { actorsMeet, nounsMeet, paragraphNouns, stageFactor, subjectNouns } from './actors.js';
import { documentFrequencies, maxDocumentFrequency, tfidfVector, type SparseVector } from './similarity.js';
import { Grow } from './grow.js';
import { hash } from './shingles.js';
import { partitionedPostings, sharedKeys, sharedOrNot, shareTables, type CandidateGate, type Postings, type UnitKeys } from './candidate-index.js';
import { buildPreparedStore, maskedText, preparedOf, type PreparedStore } from './prepared-store.js';
import { nearCutRecord, pairScore, scoreVerdict, selectionFor, selectLinks, type AlignedCandidate, type NearCut, type SelectionFacts } from './select.js';
import { neighbourBest, neighbourCandidate, type NeighbourEntry } from './neighbours.js';
import { priorCandidates, structurePrior, type PriorEntry } from './structure-prior.js';
import { bracketEntry, bracketStep, type BracketEntry } from './order-bracket.js';
import { provisionFloor } from './provision-floor.js';
import { remainderSecond } from './remainder-second.js';
import { unclaimedBest, type UnclaimedEntry } from './unclaimed-best.js';
import { clauseSecond } from './clause-second.js';
import { objectSwaps, type SwapEntry } from './objects.js';
import { headSwaps, type HeadEntry } from './object-heads.js';
import { secondCandidates, secondNeighbours, type SecondEntry } from './second-neighbour.js';
import { firstParagraph, hanBigrams, itemOnly, pairUnitIdf, paragraphsCarried, sideParagraphOnly, unitCarried, unitCounts, type UnitCounts } from './side-paragraph.js';
import { generalOwnOf, liabilityOf, personClasses, type Liability } from './liability.js';
import { substanceCarried, thinlyCarried } from './substance.js';
import { mainParts, partsCarried, partsCarriedByHeads, type MainParts } from './parts.js';
import { articleClauses, clauseCover, type Clause } from './clause-cover.js';
import { paragraphBigrams, paragraphPairScorer } from './paragraph-pair.js';
import { articleBigrams, paragraphApart } from './paragraph-apart.js';
import { itemBests, lowerItems, pairBigramWeights, type ItemSpan } from './item-best.js';
import { BigramMarker, Ids } from './bigram-ids.js';
import { bestCarrier, clauseMatches, clausesOf as clauseSpans, type Clause as PairClause } from './clause-pair.js';
import { ARTICLE_ID, ARTICLE_LABEL } from './article-label.js';
import { citedTexts } from './cited-text.js';
import { ITEM_OPENING } from './item-marks.js';
import { listItemPairs } from './list-items.js';
import { taskItems as bodyTaskItems, taskItemArticles, termFrequencies } from './body-tasks.js';
import { higherArticles, rightsItemArticles, rightsItems } from './rights-list.js';
import { firstChapterOf, generalArticleOf, generalClauses } from './general-encouragement.js';
import { lowerFrequencies, higherTerms, listPairArticles } from './list-pair.js';
import { policyArticle, policyRule, policyRunnersUp } from './policy-runner-up.js';
import { lowerParagraphs, paragraphSeconds, withinReach } from './paragraph-second.js';
import { THESAURUS_MARK, thesaurusTokens, type ThesaurusOptions } from './thesaurus.js';
import { classShares, instrumentsMeet } from './instruments.js';
import { bigramCounts, clauseActs, clauseBigrams, conductBigrams, conductClauses, conductShare } from './conduct.js';
import { finesMeet } from './fine-range.js';
import { actorPattern, dailyMeets, disciplineMeets, namedArticles, penaltyDutyMeets } from './penalty-duty.js';

export { selectionFor } from './select.js';

export interface LinkUnit {
  id: string;
  docIndex: number;
  /** Offset of `text` in its document's cleaned text. */
  offset: number;
  text: string;
  entities: Set<string>;
  /** Content words of the unit (jieba), for TF-IDF similarity. */
  words: string[];
  /** A preamble or a general-heading section (options.frameHeadings): links only to its kind. */
  frame?: boolean;
  /** Units link only within their group (options.penaltyArticles: a law's penalty articles). */
  group?: string;
  /** A penalty article whose first paragraph is a duty or supervision (options.penaltyArticles.dual): it also links to, and
   *  is linked by, units of no group. */
  dual?: boolean;
  /** A unit of a lower document with no penalty part whose group rule is waived as a lower unit
   *  (options.penaltyArticles.open, session 61): it meets higher units of either group. */
  open?: boolean;
  /** The kinds of actor a penalty article sanctions (options.penaltyActors): two penalty articles
   *  link only when their kinds meet. */
  actors?: string[];
  /** The procedure steps the unit names (options.procedureStages), for units of its genres. */
  stages?: string[];
  /** Genre of the unit's document: a lower unit is scored by its genre's profile (options.genres). */
  genre?: Genre;
  /** A framing article of a law (options.articleRoles): some roles never link, some only weakly. */
  role?: ArticleRole;
}

/** Two units' groups meet (options.penaltyArticles): the same group, or a dual penalty article (options.penaltyArticles.dual)
 *  and a unit of no group (a dual higher article only with `higherDual`). */
export function groupsMeet(lower: Pick<LinkUnit, 'group' | 'dual' | 'open'>, higher: Pick<LinkUnit, 'group' | 'dual'>, higherDual = true): boolean {
  return lower.group === higher.group || !!lower.open || (!!lower.dual && !higher.group) || (higherDual && !!higher.dual && !lower.group);
}

export type Verdict = 'implements' | 'partial';

export interface ReuseLink {
  lower: string;
  higher: string;
  verdict: Verdict;
  score: number;
  passages: { lower: [number, number]; higher: [number, number]; text: string; higherText?: string }[];
  sharedEntities: string[];
  signals: { reuse: number; text: number; entities: number };
  /** The lower penalty article names the conduct the higher one sanctions (options.penaltyConduct), or restates it as a
   *  general liability clause for the same persons (options.liabilityRestated, session 45): kept partial whatever the
   *  thresholds, so coverage's replay keeps it. */
  penaltyConduct?: true;
  /** Session 52: a strong link whose lower article meets options.clauseCover.pair's clause test; the link stage's second
   *  pass (pair-median.ts, index.ts linkFromInputs) makes it partial when its document pair's median is high. Not kept on
   *  the edge. */
  pairThin?: true;
}

/** Where a document's units are indexed (`partition`, e.g. its region) and which partitions a
 *  lower document looks in (`chain`: every partition holding a document it may implement). */
export interface LinkScope {
  partition: (docIndex: number) => string;
  chain: (docIndex: number) => string[];
  /** The series a document is an edition of (same issuer level, region and title but for the
   *  year), if any. */
  series?: (docIndex: number) => string | undefined;
  /** The documents whose measures are linked as the lower side (a link thread's range; default:
   *  all). Others are still indexed as candidates, but their own candidates are never looked up. */
  lowers?: (docIndex: number) => boolean;
  /** The cascade rule that refuses a pair of documents (rules.ts RuleVerdict.rule), if any: read by the probes only
   *  (tests/eval/missed-links.ts), so that the eval says which rule refused a gold link. */
  refusal?: (lowerDoc: number, higherDoc: number) => string | undefined;
}

/** One partition: every unit is a candidate of every other (tests, small corpora). */
export const WHOLE_CORPUS: LinkScope = { partition: () => '', chain: () => [''] };

/** Scores every allowed pair found through the indexes; `allowedDocs(lowerDoc, higherDoc)`
 *  applies the cascade rules. Returns the links kept, per lower measure and higher document. */
export function linkMeasures(
  units: LinkUnit[],
  allowedDocs: (lowerDoc: number, higherDoc: number) => boolean,
  boilerplate: string[],
  o: LinkOptions,
  keepAll = false,
  scope: LinkScope = WHOLE_CORPUS,
  /** The higher units each lower unit cites by chapter (cite-links.ts chapterCitations; options.citedChapters):
   *  its links to that document are chosen among them only, whatever their score. */
  chapters?: Map<number, Set<number>>,
  /** Where each lower measure's candidates near the cut go (select.ts nearCutRecord), for coverage to select again. */
  nearCut?: NearCutDraft[],
  /** Session 62 (options.citedOnly, cite-links.ts citedOnlyUnits): the lower units whose provision applies or defines the
   *  articles they cite, with those articles per higher document: in that document they carry the cited articles only. */
  citedOnly?: Map<number, Map<number, Set<number>>>,
  /** Session 63 (options.titledPart, titled-part.ts): whether a lower unit may link a higher unit by the part of the higher
   *  document the lower title names. */
  titledPart?: (li: number, hi: number) => boolean,
): ReuseLink[] {
  const noLink = new Set(o.roleLinks.none);
  const linkable = units.map((u) => !(u.role && noLink.has(u.role)));
  // Roles that link only to their own role (options.roleLinks.onlyWithSame: purpose ↔ purpose).
  const ownRole = new Set(o.roleLinks.onlyWithSame ?? []);
  const rolesMeet = (li: number, hi: number) => {
    const [a, b] = [units[li].role, units[hi].role];
    return a === b || !((a && ownRole.has(a)) || (b && ownRole.has(b)));
  };
  // A law's glossary article (options.glossary: 本法下列用语的含义) is carried out only by a lower article that defines.
  const glossary = o.glossary
    ? { higher: new RegExp(o.glossary.higher), lower: new RegExp(o.glossary.lower), definitions: o.glossary.definitions ? new RegExp(o.glossary.definitions) : undefined }
    : undefined;
  // Session 46 (helper link): an article of definitions only (every sentence matches options.glossary.definitions: 本法所称
  // 科技成果，是指…) is a glossary too.
  const isGlossary = (text: string) => glossary!.higher.test(text) || (!!glossary!.definitions && definitionsOnly(text, glossary!.definitions));
  // Each unit's two answers are read once (-1: not yet): a stored unit's text is decoded again on every read, and this
  // test runs on every candidate pair (issue 11, session 45: a tenth of a link thread's time).
  const glossaryHigher = glossary ? new Int8Array(units.length).fill(-1) : undefined;
  const glossaryLower = glossary ? new Int8Array(units.length).fill(-1) : undefined;
  const glossaryMeets = (li: number, hi: number) =>
    !glossary ||
    (glossaryHigher![hi] < 0 ? (glossaryHigher![hi] = isGlossary(units[hi].text) ? 1 : 0) : glossaryHigher![hi]) === 0 ||
    (glossaryLower![li] < 0 ? (glossaryLower![li] = glossary.lower.test(units[li].text) ? 1 : 0) : glossaryLower![li]) === 1;
  // The first rule that refuses a (lower, higher) pair before any score, in the order the linker applies them; the
  // probes (tests/eval/missed-links.ts) report the same rule, so the eval says why a gold link was refused.
  // options.refusalsOff (calibration, session 56 helper refuse): the unit rules named are waived, and each pair one of them
  // would have refused is told to `recordWaived` (tests/eval/refusals.ts counts what each rule keeps out).
  const waivedRules = new Set<Refusal>(o.refusalsOff ?? []);
  // options.penaltyArticles.dual.higher (session 59): a dual higher article is met by lower articles of no group too.
  const dualHigher = o.penaltyArticles?.dual?.higher ?? true;
  const refuses = (r: Refusal, li: number, hi: number) => {
    if (!waivedRules.has(r)) return true;
    if (waived && !waived.has(`${units[li].id}\t${units[hi].id}`)) waived.set(`${units[li].id}\t${units[hi].id}`, r);
    return false;
  };
  const refusal = (li: number, hi: number): Refusal | undefined => {
    const [a, b] = [units[li].docIndex, units[hi].docIndex];
    if (a === b) return 'same-document';
    if (!linkable[li] && refuses('lower-role', li, hi)) return 'lower-role';
    if (!linkable[hi] && refuses('higher-role', li, hi)) return 'higher-role';
    if (!!units[li].frame !== !!units[hi].frame && refuses('frame', li, hi)) return 'frame';
    if (!groupsMeet(units[li], units[hi], dualHigher) && refuses('group', li, hi)) return 'group';
    if (!rolesMeet(li, hi) && refuses('roles', li, hi)) return 'roles';
    if (!actorsMeet(units[li].actors, units[hi].actors) && refuses('actors', li, hi)) return 'actors';
    if (!allowedDocs(a, b)) return 'documents';
    if (!glossaryMeets(li, hi) && refuses('glossary', li, hi)) return 'glossary';
    const only = citedOnly?.get(li)?.get(b);
    if (only && !only.has(hi) && refuses('cited-only', li, hi)) return 'cited-only';
    if (titledPart && !titledPart(li, hi) && refuses('titled-part', li, hi)) return 'titled-part';
    return undefined;
  };
  const allowed = (li: number, hi: number) => refusal(li, hi) === undefined;
  // With rules waived, the candidate index's unit test is the refusal itself (the documents and the glossary are tested apart).
  const unitWaived = (r: Refusal | undefined) => r === undefined || r === 'same-document' || r === 'documents' || r === 'glossary';
  // A strong link carries a clause (options.strongClause): some clause of the lower unit takes at
  // least `min` of its character bigrams from the higher unit's text.
  const strong = o.strongClause ? { ...o.strongClause, genres: new Set(o.strongClause.genres) } : undefined;
  const carries = (lower: LinkUnit, higherText: string) => !strong || !strong.genres.has(lower.genre ?? 'plan') || clauseCarried(lower.text, higherText) >= strong.min;
  const weakOnly = (lower: LinkUnit, higher: LinkUnit) => !!lower.role && lower.role === higher.role && o.roleLinks.weakWithSame.includes(lower.role);
  // A lower unit of one paragraph linked to a higher unit of several (options.partOfLonger) is strong only from its
  // own threshold. Paragraph and item counts (clauseCount) are read once per unit, when first needed (0: not yet).
  const part = o.partOfLonger ? { implements: o.partOfLonger.implements, genres: new Set(o.partOfLonger.genres) } : undefined;
  const clauseN = part ? new Int32Array(units.length) : undefined;
  const clausesOf = (i: number) => clauseN![i] || (clauseN![i] = clauseCount(units[i].text));
  const wholeEnough = (li: number, hi: number, score: number) => !part || !part.genres.has(units[li].genre ?? 'plan') || score >= part.implements || clausesOf(li) > 1 || clausesOf(hi) < 2;
  // A link carrying only a side paragraph of the higher article (options.sideParagraph) is partial: the units of each
  // document are counted once, when one of its articles is first met on either side of an aligned candidate.
  const side = o.sideParagraph ? { ...o.sideParagraph, genres: new Set(o.sideParagraph.genres), framing: o.sideParagraph.framing ? new RegExp(o.sideParagraph.framing) : undefined, local: o.sideParagraph.local ? new RegExp(o.sideParagraph.local) : undefined } : undefined;
  // A higher article whose first paragraph frames it (a scope or definition sentence, options.sideParagraph.framing) has
  // no main provision there to miss: the side-paragraph test is not applied to it (session 35).
  const framed = (hi: number) => !!side?.framing && side.framing.test(firstParagraph(units[hi].text));
  const counts = new Map<number, UnitCounts>();
  let docUnits: Map<number, number[]> | undefined;
  const countsOf = (d: number) => {
    let c = counts.get(d);
    if (!c) counts.set(d, (c = unitCounts(((docUnits ??= groupByDoc(units)).get(d) ?? []).map((i) => units[i].text))));
    return c;
  };
  // A link from a list of duties carrying the higher article through one item only (options.dutyListItem) is partial.
  const dutyItem = o.dutyListItem && o.dutyListItems ? { lead: new RegExp(o.dutyListItems.lead), genres: new Set(o.dutyListItem.genres) } : undefined;
  const dutyList = new Int8Array(units.length).fill(-1);
  const mainCarried = (li: number, hi: number) => {
    const genre = units[li].genre ?? 'plan';
    const bySide = !!side?.genres.has(genre) && !framed(hi);
    const byItem = !!dutyItem?.genres.has(genre) && (dutyList[li] < 0 ? (dutyList[li] = dutyItem.lead.test(units[li].text.replace(/\s+/g, '')) ? 1 : 0) : dutyList[li]) === 1;
    if (!bySide && !byItem) return true;
    const idf = pairUnitIdf(countsOf(units[li].docIndex), countsOf(units[hi].docIndex));
    const c = paragraphsCarried(units[li].text, units[hi].text, idf);
    return !((bySide && sideParagraphOnly(c, side!)) || (byItem && itemOnly(c)));
  };
  // The best carried unit of the higher article (options.partialFloor.unit), by the two documents' unit IDF, rounded down
  // to 0.001 as the snapshot keeps it (select.ts nearCutRecord), so that coverage's replay selects the same links.
  const floor3 = (x: number) => Math.floor(x * 1000) / 1000;
  // The unit share's setting for a lower genre: the minBigrams of the first rule on of partialFloor.unit, structurePrior and
  // secondNeighbour, and the lowest of their mins.
  const unitRule = (genre: Genre) => {
    const f = o.partialFloor?.unit && o.partialFloor.genres.includes(genre) ? { min: o.partialFloor.min, minBigrams: o.partialFloor.unit.minBigrams } : undefined;
    const s = o.structurePrior?.genres.includes(genre) ? { min: o.structurePrior.min, minBigrams: o.structurePrior.unit.minBigrams } : undefined;
    const n = o.secondNeighbour?.genres.includes(genre) ? { min: o.secondNeighbour.min, minBigrams: o.secondNeighbour.unit.minBigrams } : undefined;
    const on = [f, s, n].filter((x) => x !== undefined);
    return on.length ? { min: Math.min(...on.map((x) => x.min)), minBigrams: on[0].minBigrams } : undefined;
  };
  const unitShare = (li: number, hi: number, minBigrams: number) => floor3(unitCarried(units[li].text, units[hi].text, pairUnitIdf(countsOf(units[li].docIndex), countsOf(units[hi].docIndex)), minBigrams));
  // A link carrying a part of the higher's duties off its main provision (options.thinSubstance) is partial.
  const thin = o.thinSubstance ? { ...o.thinSubstance, genres: new Set(o.thinSubstance.genres), duty: new RegExp(o.thinSubstance.duty) } : undefined;
  const substanceCarriedBy = (li: number, hi: number) => {
    if (!thin?.genres.has(units[li].genre ?? 'plan')) return true;
    const idf = pairUnitIdf(countsOf(units[li].docIndex), countsOf(units[hi].docIndex));
    return !thinlyCarried(substanceCarried(units[li].text, units[hi].text, idf, thin.duty), thin);
  };
  // A link whose lower article names none of the higher main provision's actors and carries little of its object
  // (options.mainParts) is partial; each higher article's parts are read once, when first met.
  const partsOpt = o.mainParts ? { ...o.mainParts, genres: new Set(o.mainParts.genres) } : undefined;
  const partsOf = new Map<number, MainParts>();
  const canonWord = paraphraseMap(o.paraphrases?.classes ?? []);
  const sameWord = (w: string) => canonWord.get(w) ?? w;
  const mainPartsCarried = (li: number, hi: number) => {
    if (!partsOpt?.genres.has(units[li].genre ?? 'plan')) return true;
    const parts = partsOf.get(hi) ?? partsOf.set(hi, mainParts(units[hi].text, partsOpt.rule)).get(hi)!;
    const c = partsCarried(units[li].text, parts, pairUnitIdf(countsOf(units[li].docIndex), countsOf(units[hi].docIndex)), sameWord, partsOpt.counterparts);
    if (partsOpt.object != null && !c.actor && c.object < partsOpt.object) return false;
    // Session 43: the higher's core carried only in part (a clear minority of its duties and object parts).
    if (partsOpt.minority && c.partsCount >= partsOpt.minority.parts && c.partsCarried / c.partsCount < partsOpt.minority.under) return false;
    // Session 44: the same minority test on the parts as reread (coverbs, 等 lists, marked items; heads when given).
    if (partsOpt.reread) {
      const h = partsCarriedByHeads(units[li].text, parts, pairUnitIdf(countsOf(units[li].docIndex), countsOf(units[hi].docIndex)), partsOpt.reread.heads, sameWord);
      if (h.partsCount >= partsOpt.reread.parts && h.partsCarried / h.partsCount < partsOpt.reread.under) return false;
    }
    return true;
  };
  // Session 47 (options.clauseCover): a link whose lower article carries at most one of several clauses of the higher's main
  // provision, and little of their weight, and scores low, is partial; each higher article's clauses are read once.
  const cc = o.clauseCover ? { ...o.clauseCover, genres: new Set(o.clauseCover.genres) } : undefined;
  const higherClauses = new Map<number, Clause[]>();
  const stateOpener = cc?.state ? new RegExp(cc.state.opener) : undefined;
  const clausesCarried = (li: number, hi: number, score: number, outscored: () => boolean) => {
    if (!cc?.genres.has(units[li].genre ?? 'plan')) return true;
    const clausesOf = () => higherClauses.get(hi) ?? higherClauses.set(hi, articleClauses(units[hi].text, cc)).get(hi)!;
    const coverOf = (cl: Clause[]) => clauseCover(cl, [units[li].text], pairUnitIdf(countsOf(units[li].docIndex), countsOf(units[hi].docIndex)), cc.carried);
    // Session 48 (clauseCover.state): a main provision of the state or a government itself, of which the lower article
    // carries one clause at most, is carried in part only, whether or not another candidate outscores the link.
    const st = cc.state;
    // Session 52 (clauseCover.state.noneAnyScore): of such a provision none of whose clauses the lower article carries, at
    // any score (a high score there is the field's words, not the provision restated).
    const anyScore = !!st?.noneAnyScore;
    if (st && stateOpener && (anyScore || st.belowScore === null || score < st.belowScore) && stateOpener.test(units[hi].text.replace(ARTICLE_LABEL, ''))) {
      const cl = clausesOf();
      if (cl.length >= st.clauses) {
        const c = coverOf(cl);
        const low = st.belowScore === null || score < st.belowScore;
        if ((low ? c.carried <= st.maxCarried : c.carried === 0) && c.share < st.under) return false;
      }
    }
    if ((cc.belowScore !== null && score >= cc.belowScore) || (cc.outscored && !outscored())) return true;
    const cl = clausesOf();
    if (cl.length < cc.clauses) return true;
    const c = coverOf(cl);
    return !(c.carried <= cc.maxCarried && c.share < cc.under);
  };
  // Session 52 (options.clauseCover.pair): the clause test of the second pass over a document pair's links (pair-median.ts):
  // the higher's main provision has `clauses`+ clauses, of which the lower article carries at most `maxCarried` and under
  // `under` of their weight. Read per candidate that may be strong; the pass asks the pair's median after every link is made.
  // clauseCover's count (clause-cover.ts) in one loop, stopping at the clause carried past `maxCarried`; the lower article's
  // bigrams read once per lower article (its candidates are met in turn).
  const pairMedian = cc?.pair ?? undefined;
  let thinLower: { li: number; bigrams: Set<string> } | undefined;
  const pairThin = (li: number, hi: number) => {
    if (!pairMedian || !cc!.genres.has(units[li].genre ?? 'plan')) return false;
    const cl = higherClauses.get(hi) ?? higherClauses.set(hi, articleClauses(units[hi].text, cc!)).get(hi)!;
    if (cl.length < pairMedian.clauses) return false;
    if (thinLower?.li !== li) thinLower = { li, bigrams: hanBigrams(units[li].text.replace(ARTICLE_LABEL, '')) };
    const lowerBigrams = thinLower.bigrams;
    const idf = pairUnitIdf(countsOf(units[li].docIndex), countsOf(units[hi].docIndex));
    let [n, w, wc] = [0, 0, 0];
    for (const c of cl) {
      let [d, m] = [0, 0];
      for (const g of c.bigrams) {
        const x = idf(g);
        d += x;
        if (lowerBigrams.has(g)) m += x;
      }
      w += d;
      if (d && m / d >= cc!.carried) {
        if (++n > pairMedian.maxCarried) return false;
        wc += d;
      }
    }
    return (w ? wc / w : 0) < pairMedian.under;
  };
  // A general liability clause restating a higher penalty article that lists conduct or sets sanctions (options.generalLiability)
  // is partial; each penalty unit is read once, when first met.
  const liable = o.generalLiability ? { of: liabilityOf(o.generalLiability), own: generalOwnOf(o.generalLiability), genres: new Set(o.generalLiability.genres) } : undefined;
  const liabilities = new Map<number, Liability>();
  const liabilityAt = (i: number) => liabilities.get(i) ?? liabilities.set(i, liable!.of(units[i].text)).get(i)!;
  // Session 46 (options.generalLiability.strength): the strength test's reading, the boilerplate tail read out, once per unit.
  const generalOwn = new Map<number, boolean>();
  const generalOwnAt = (i: number) => generalOwn.get(i) ?? generalOwn.set(i, liable!.own(units[i].text)).get(i)!;
  const generalOnly = (li: number, hi: number) =>
    !!liable && liable.genres.has(units[li].genre ?? 'plan') && units[li].group === 'penalty' && units[hi].group === 'penalty' && generalOwnAt(li) && liabilityAt(hi).specific;
  // Built once per unit (not per pair): the prepared texts, the TF-IDF term keys and the candidate
  // indexes; by the main thread once for every link thread when the stage runs on threads
  // (withLinkIndexes, ingest/link/parallel.ts), else here.
  const partOf = units.map((u) => scope.partition(u.docIndex));
  // Indexes given for other measures are a bug of the caller (same documents, options and lexicon
  // on both sides), not something to recover from by building a second copy.
  if (given && !fitsUnits(given, units, boilerplate, o, partOf)) throw new Error('link: the shared link indexes were built for other measures, options or lexicon');
  const ix = given ?? buildLinkIndexes(units, boilerplate, o, partOf);
  const { prepared: store, wordKeys, entKeys, shingleKeys, wordIndex, entIndex, shingleIndex } = ix;
  const substance = store.substance;
  // A measure's Prepared object is made from the store when it is aligned: the current lower
  // measure's once, the higher ones' kept while they are met again (the candidates of one lower
  // document's measures are mostly the same few documents' measures), at most PREPARED_CACHE.
  const cache = new Map<number, Prepared>();
  const prep = (i: number) => {
    let p = cache.get(i);
    if (!p) {
      if (cache.size >= PREPARED_CACHE) cache.clear();
      cache.set(i, (p = preparedOf(store, i, units[i].text)));
    }
    return p;
  };
  const scratch = new Int32Array(units.length);
  // Delegation (options.delegation): which units delegate to the provincial level / set what was
  // delegated, read from their text once each, when first met (-1 unknown, 0 no, 1 yes).
  const delegation = o.delegation ? { higher: new RegExp(o.delegation.higher), lower: new RegExp(o.delegation.lower), genres: new Set(o.delegation.genres) } : undefined;
  const [delegates, setsDelegated] = [new Int8Array(units.length).fill(-1), new Int8Array(units.length).fill(-1)];
  // Penalty conduct (options.penaltyConduct): each higher document's penalty articles' bigram counts, when first met.
  const conduct = o.penaltyConduct ? { ...o.penaltyConduct, genres: new Set(o.penaltyConduct.genres), notConductRe: o.penaltyConduct.notConduct ? new RegExp(o.penaltyConduct.notConduct, 'g') : undefined, placeRe: o.penaltyConduct.place ? new RegExp(o.penaltyConduct.place, 'g') : undefined } : undefined;
  const conductActs = new Map<number, Set<string>[]>();
  const conductDf = new Map<number, { df: Map<string, number>; n: number }>();
  const conductLower = new Map<number, Set<string>>();
  const conductHigher = new Map<number, string[][]>();
  const conductNouns = new Map<number, string[]>();
  const conductActors = new Map<number, string[][]>();
  // The condition's own subject, without penaltyActors.nounPhrase's reading: 对违反…的直接责任人员 names the persons sanctioned,
  // not an actor of the condition (options.liabilityRestated).
  const plainActors = o.penaltyActors ? (o.penaltyActors.nounPhrase ? { ...o.penaltyActors, nounPhrase: false } : o.penaltyActors) : undefined;
  // options.liabilityRestated's patterns, compiled once per run, and each article's sanctioned person classes (empty when it
  // gives no 处分) read once, when first met: a higher penalty article is met by every general clause it is a candidate of.
  const restated = o.liabilityRestated
    ? { ...o.liabilityRestated, sanction: new RegExp(o.liabilityRestated.sanction), classes: o.liabilityRestated.persons.map((x) => new RegExp(x)), basis: o.liabilityRestated.basis ? new RegExp(o.liabilityRestated.basis) : undefined }
    : undefined;
  const sanctioned = new Map<number, number[]>();
  const sanctionedClasses = (i: number): number[] => {
    let c = sanctioned.get(i);
    if (c === undefined) {
      const flat = units[i].text.replace(/\s+/g, '');
      sanctioned.set(i, (c = restated!.sanction.test(flat) ? personClasses(flat, restated!.classes) : []));
    }
    return c;
  };
  const conductMet = (li: number, hi: number): boolean => {
    if (!conduct || units[li].group !== 'penalty' || units[hi].group !== 'penalty' || !conduct.genres.has(units[li].genre ?? 'plan')) return false;
    const d = units[hi].docIndex;
    let c = conductDf.get(d);
    if (!c) {
      const texts = ((unitsOfDoc ??= groupByDoc(units)).get(d) ?? []).filter((i) => units[i].group === 'penalty').map((i) => units[i].text);
      conductDf.set(d, (c = { df: bigramCounts(texts), n: texts.length }));
    }
    const df = c.df;
    // (Each article's conduct read once, not once per pair: a lower article meets each higher penalty article of its candidates.)
    const lowerBigrams = conductLower.get(li) ?? conductLower.set(li, conductBigrams(units[li].text, conduct.notConductRe)).get(li)!;
    const higherClauses = conductHigher.get(hi) ?? conductHigher.set(hi, clauseBigrams(units[hi].text, conduct.notConductRe)).get(hi)!;
    const acts = conduct.placeRe ? (conductActs.get(hi) ?? conductActs.set(hi, clauseActs(units[hi].text, conduct.placeRe, conduct.notConductRe)).get(hi)!) : undefined;
    if (conductShare(lowerBigrams, higherClauses, (b) => df.get(b) ?? 0, c.n, conduct, acts) < conduct.min) return false;
    // Session 45: the same conduct of another actor (the respondent's 伪造、篡改统计资料 against the statistics body's) is no
    // restatement: a paragraph of the lower that names conduct (an item under its lead's subject) must sanction no named
    // actor, or one the higher's subject nouns name in part (actors.ts nounsMeet).
    if (!conduct.actors || !o.penaltyActors) return true;
    const rule = o.penaltyActors;
    const lowerActors = conductActors.get(li) ?? conductActors.set(li, paragraphNouns(units[li].text, rule).filter((p) => conductClauses(p.text, conduct.notConductRe).length).map((p) => p.nouns)).get(li)!;
    const higherNouns = conductNouns.get(hi) ?? conductNouns.set(hi, subjectNouns(units[hi].text, rule)).get(hi)!;
    return !lowerActors.length || lowerActors.some((ns) => nounsMeet(ns, higherNouns));
  };
  // Session 52 (helper link2): a pair of penalty articles meets only through the conduct or the duty the lower one punishes
  // (options.penaltyDuty, penalty-duty.ts), not by the fines they share; the pairs penaltyConduct keeps are not read. Each
  // higher document's penalty bigram counts and each lower article's named duty articles read once.
  const duty = o.penaltyDuty ? { ...o.penaltyDuty, genres: new Set(o.penaltyDuty.genres), sanctionRe: new RegExp(o.penaltyDuty.sanction), disciplineRe: o.penaltyDuty.discipline ? { form: new RegExp(o.penaltyDuty.discipline.form), bodies: new RegExp(o.penaltyDuty.discipline.bodies) } : undefined, notConductRe: o.penaltyDuty.notConduct ? new RegExp(o.penaltyDuty.notConduct, 'g') : undefined, actorRe: actorPattern(o.penaltyDuty), dailyRe: o.penaltyDuty.daily ? new RegExp(o.penaltyDuty.daily) : undefined } : undefined;
  const dutyDf = new Map<number, { df: Map<string, number>; n: number }>();
  const dutyNamed = new Map<number, string[]>();
  // The texts of the articles of its own document a penalty article names as the duty it punishes (违反本条例第三十七条规定).
  const namedOf = (i0: number): string[] => {
    const labels = namedArticles(units[i0].text);
    const mine = labels.length ? ((unitsOfDoc ??= groupByDoc(units)).get(units[i0].docIndex) ?? []) : [];
    return mine.filter((i) => labels.some((l) => units[i].id.endsWith(`/${l}`) || units[i].id.endsWith(`#${l}`))).map((i) => units[i].text);
  };
  const dutyRefused = (li: number, hi: number): boolean => {
    if (!duty || units[li].group !== 'penalty' || units[hi].group !== 'penalty' || !duty.genres.has(units[li].genre ?? 'plan')) return false;
    // Session 58 (penaltyDuty.discipline): an officials' discipline article never meets the units' sanction, conduct or not.
    if (duty.disciplineRe && !disciplineMeets(units[li].text, units[hi].text, duty.sanctionRe, duty.disciplineRe.form, duty.disciplineRe.bodies)) return true;
    // Session 60 (penaltyDuty.daily): the daily fine meets only the daily fine, conduct or not.
    if (duty.dailyRe && !dailyMeets(units[li].text, units[hi].text, duty.dailyRe)) return true;
    // Session 63 (penaltyDuty.ranges): fines whose ranges do not overlap are no one penalty, conduct or not.
    if (duty.ranges && !finesMeet(units[li].text, units[hi].text)) return true;
    const d = units[hi].docIndex;
    const c = dutyDf.get(d) ?? dutyDf.set(d, ((texts) => ({ df: bigramCounts(texts), n: texts.length }))(((unitsOfDoc ??= groupByDoc(units)).get(d) ?? []).filter((i) => units[i].group === 'penalty').map((i) => units[i].text))).get(d)!;
    let named = dutyNamed.get(li);
    if (!named) dutyNamed.set(li, (named = namedOf(li)));
    // options.penaltyDuty.bothNamed (session 61): the higher article's named duty articles, read once.
    const higherNamed = duty.bothNamed === undefined ? [] : (dutyNamed.get(hi) ?? dutyNamed.set(hi, namedOf(hi)).get(hi)!);
    if (penaltyDutyMeets(units[li].text, units[hi].text, named, (b) => c.df.get(b) ?? 0, c.n, duty, duty.sanctionRe, duty.notConductRe, duty.actorRe, higherNamed)) return false;
    return !conductMet(li, hi);
  };
  const flag = (a: Int8Array, i: number, re: RegExp) => (a[i] < 0 ? (a[i] = re.test(units[i].text.replace(/\s+/g, '')) ? 1 : 0) : a[i]) === 1;
  // Which documents the current lower document may implement (allowedDocs), asked once per
  // document met among its candidates: candidates of other documents are dropped as they are
  // found, before any score is computed for them.
  // The document's verdict is read by sharedKeys from docOk through docOfUnit, without a call per
  // posting (candidate-index.ts CandidateGate); the unit's only for the documents allowed.
  const docOfUnit = Int32Array.from(units, (u) => u.docIndex);
  const docCount = units.reduce((n, u) => Math.max(n, u.docIndex + 1), 0);
  const docOk = new Int8Array(docCount);
  let docOkFor = -1;
  const mayImplement = (li: number): CandidateGate => {
    const a = units[li].docIndex;
    if (a !== docOkFor) {
      docOkFor = a;
      docOk.fill(-1);
    }
    return {
      docOfUnit,
      docOk,
      doc: (b) => (a !== b && allowedDocs(a, b) ? 1 : 0),
      unit: (hi) => (waivedRules.size ? unitWaived(refusal(li, hi)) : linkable[hi] && !!units[li].frame === !!units[hi].frame && groupsMeet(units[li], units[hi], dualHigher) && rolesMeet(li, hi) && actorsMeet(units[li].actors, units[hi].actors)),
    };
  };
  const chains = new Map<number, string[]>();
  const chainOf = (li: number) => {
    const d = units[li].docIndex;
    return chains.get(d) ?? chains.set(d, scope.chain(d)).get(d)!;
  };

  const profiles = new Map<Genre | undefined, ReturnType<typeof profileFor>>();
  const profile = (u: LinkUnit) => profiles.get(u.genre) ?? profiles.set(u.genre, profileFor(o, u.genre)).get(u.genre)!;
  const pairText = units.some((u) => profile(u).pairIdf) ? pairCosines(units, !!o.pairIdfByGroup, o.paraphrases, o.thesaurus ?? undefined) : undefined;
  const paraPair = o.paragraphPair ? { max: o.paragraphPair.max, genres: new Set(o.paragraphPair.genres), score: paragraphPairScorer(units) } : undefined;

  // Duty lists (options.dutyListItems): the higher units per document and their bigrams, made when first needed.
  const dutyLead = o.dutyListItems ? new RegExp(o.dutyListItems.lead) : undefined;
  // Sentences listing tasks (options.taskListItems): their parts are items of the same rule.
  const taskList = o.dutyListItems && o.taskListItems ? { ...o.taskListItems, closing: new RegExp(o.taskListItems.closing) } : undefined;
  let unitsOfDoc: Map<number, number[]> | undefined;
  const bigramsOf = new Map<number, Set<string>>();
  const itemBigrams = (hi: number) => bigramsOf.get(hi) ?? bigramsOf.set(hi, hanBigrams(units[hi].text.replace(ARTICLE_LABEL, ''))).get(hi)!;
  // Per-item selection (options.perItem): the bigram weights of each document pair, made when first needed.
  const perItem = o.perItem ? { ...o.perItem, genres: new Set(o.perItem.genres) } : undefined;
  const itemWeights = perItem ? pairBigramWeights(units) : undefined;
  // Per-clause selection (options.clausePair): the clauses of each higher unit, made when first needed.
  const clausePair = o.clausePair ? { ...o.clausePair, genres: new Set(o.clausePair.genres) } : undefined;
  const clauseWeights = clausePair ? (itemWeights ?? pairBigramWeights(units)) : undefined;
  const pairClausesOf = new Map<number, PairClause[]>();
  const pairClauses = (hi: number) => pairClausesOf.get(hi) ?? pairClausesOf.set(hi, clauseSpans(units[hi].text, clausePair!.minBigrams, clausePair!.phrases)).get(hi)!;
  // A looser pass of it guarded by policy instruments (options.instrumentPairs, session 49).
  const instrumentPairs = clausePair ? (o.instrumentPairs ?? undefined) : undefined;
  const classSharesOf = new Map<number, Map<string, number>>();
  // One item of a list given an article of its own (options.listItemArticles): per pair of documents, each lower unit's
  // higher units, made when first needed.
  const listRule = o.listItemArticles ? { ...o.listItemArticles, genres: new Set(o.listItemArticles.genres) } : undefined;
  const listPairsOf = new Map<string, Map<number, number[]>>();
  const listPairs = (ld: number, hd: number): Map<number, number[]> => {
    const key = `${ld} ${hd}`;
    const had = listPairsOf.get(key);
    if (had) return had;
    const los = (unitsOfDoc ??= groupByDoc(units)).get(ld) ?? [];
    const his = unitsOfDoc.get(hd) ?? [];
    const found = listItemPairs(los.map((i) => units[i].text), his.map((i) => units[i].text), listRule!);
    const out = new Map([...found].map(([lo, hs]) => [los[lo], hs.map((h) => his[h])]));
    listPairsOf.set(key, out);
    return out;
  };
  // A body's list of tasks (options.taskListTerms): the terms of each higher document, made when first needed.
  const taskRule = o.taskListTerms ? { ...o.taskListTerms, genres: new Set(o.taskListTerms.genres), lead: new RegExp(o.taskListTerms.lead), skipRe: o.taskListTerms.skip ? new RegExp(o.taskListTerms.skip) : undefined } : undefined;
  const termsOf = new Map<number, { his: number[]; terms: ReturnType<typeof termFrequencies> }>();
  const docTerms = (d: number) => {
    const had = termsOf.get(d);
    if (had) return had;
    const his = (unitsOfDoc ??= groupByDoc(units)).get(d) ?? [];
    const made = { his, terms: termFrequencies(his.map((i) => units[i].text), taskRule!.skipRe) };
    termsOf.set(d, made);
    return made;
  };
  // Session 51 (helper link3): a lower list of rights or duties (options.rightsDutyLists): each higher document's
  // articles, made when first needed.
  const rightsRule = o.rightsDutyLists ? { ...o.rightsDutyLists, genreSet: new Set(o.rightsDutyLists.genres), leadRe: new RegExp(o.rightsDutyLists.lead), catchAllRe: new RegExp(o.rightsDutyLists.catchAll), skipRe: o.rightsDutyLists.skip ? new RegExp(o.rightsDutyLists.skip) : undefined } : undefined;
  const rightsHigherOf = new Map<number, { his: number[]; arts: ReturnType<typeof higherArticles> }>();
  const rightsHigher = (d: number) => {
    const had = rightsHigherOf.get(d);
    if (had) return had;
    const his = (unitsOfDoc ??= groupByDoc(units)).get(d) ?? [];
    const first = firstChapterOf(his.map((hi) => units[hi].id));
    // Session 52 (helper link2, rightsDutyLists.penaltySkip): the higher penalty articles (their conduct restates the duties'
    // words: 未按照规定…的) are never named either; the group rule refuses them to an item of a lower duty list.
    const arts = higherArticles(his.map((i) => units[i].text), his.map((hi) => (!!first && (units[hi].id.split('#')[1] ?? '').startsWith(`${first}/`)) || (!!rightsRule!.penaltySkip && units[hi].group === 'penalty')), rightsRule!.skipRe);
    rightsHigherOf.set(d, { his, arts });
    return { his, arts };
  };
  // The encouragement verbs of options.generalEncouragement, compiled once (a lower article without one is not read).
  const encLead = o.generalEncouragement ? new RegExp(o.generalEncouragement.lead) : undefined;
  // Session 52 (helper link): options.policyRunnerUp's patterns, compiled once.
  const policy = o.policyRunnerUp ? { genres: new Set(o.policyRunnerUp.genres), rule: policyRule(o.policyRunnerUp), minShare: o.policyRunnerUp.minShare, general: o.policyRunnerUp.general } : undefined;
  const policyFirst = new Map<number, string | undefined>();
  // Session 53 (helper link3): options.paragraphSecond's patterns, compiled once.
  const second = o.paragraphSecond ? { ...o.paragraphSecond, genreSet: new Set(o.paragraphSecond.genres), back: new RegExp(o.paragraphSecond.back), verbs: new RegExp(o.paragraphSecond.verbs) } : undefined;
  // Session 54 (helper link3): options.paragraphSecond.reach, the other articles of the lower document scored against a
  // higher document (pairText, the text score the selection's pairs are scored by), one lower document's at a time.
  let reachDoc = -1;
  let reachOf = new Map<string, Map<number, number>>();
  const reachScores = (lo: number, d: number): Map<number, number> | undefined => {
    if (!pairText) return undefined;
    if (units[lo].docIndex !== reachDoc) [reachDoc, reachOf] = [units[lo].docIndex, new Map()];
    const key = `${lo}:${d}`;
    return reachOf.get(key) ?? reachOf.set(key, pairText(lo, new Set([d]), allowed)).get(key)!;
  };
  // A list on both sides (options.listPairs): each document's terms, made when first needed.
  const pairRule = o.listPairs ? { ...o.listPairs, genreSet: new Set(o.listPairs.genres) } : undefined;
  const pairHigherOf = new Map<number, { his: number[]; terms: ReturnType<typeof higherTerms> }>();
  const pairHigher = (d: number) => {
    const had = pairHigherOf.get(d);
    if (had) return had;
    const his = (unitsOfDoc ??= groupByDoc(units)).get(d) ?? [];
    const made = { his, terms: higherTerms(his.map((i) => units[i].text), pairRule!) };
    pairHigherOf.set(d, made);
    return made;
  };
  const pairLowerOf = new Map<number, Map<string, number>>();
  const pairLower = (d: number) => pairLowerOf.get(d) ?? pairLowerOf.set(d, lowerFrequencies(((unitsOfDoc ??= groupByDoc(units)).get(d) ?? []).map((i) => units[i].text))).get(d)!;
  // How a lower paragraph credits the higher articles it restates (options.paragraphCredit).
  const credit = o.paragraphCredit ?? undefined;
  // A higher article read with the words of its own articles it names as a class (options.paragraphCitedText).
  const citedMode = o.paragraphCitedText ?? undefined;
  const creditWeights = credit?.idf ? pairBigramWeights(units) : undefined;
  const creditOf = (a: number, b: number): ParagraphCredit | undefined => {
    const base = credit ? { within: credit.within, ...(creditWeights ? { weight: creditWeights(a, b) } : {}), ...(credit.dice ? { dice: credit.dice } : {}), ...(credit.short ? { short: credit.short } : {}) } : undefined;
    return citedMode ? { ...(base ?? { within: 1 }), cited: citedMode } : base;
  };
  const citedOf = new Map<number, Map<number, string>>();
  const citedText = (hi: number): string | undefined => {
    if (!citedMode) return undefined;
    const d = units[hi].docIndex;
    let m = citedOf.get(d);
    if (!m) citedOf.set(d, (m = citedTexts(units, (unitsOfDoc ??= groupByDoc(units)).get(d) ?? [])));
    return m.get(hi);
  };

  // Probed pairs (tests/eval/missed-links.ts, while `recordProbes` runs): why each was or was not aligned.
  const probing = probes ? { units, idOf: new Map(units.map((u, i) => [u.id, i])) } : undefined;
  const links: ReuseLink[] = [];
  // options.neighbourBest: each lower measure's links, in order, and the best candidate's link of one that links to
  // nothing (at most one per measure), for the rule applied after every selection (neighbours.ts).
  const neighbours: NeighbourEntry[] = [];
  const pendingLink = new Map<number, ReuseLink>();
  // options.structurePrior: each lower measure's links and the candidates the rule may keep, for the rule applied after
  // neighbourBest (structure-prior.ts).
  const priors: PriorEntry[] = [];
  // options.orderBracket: each lower measure's links and its candidates, for the rule applied after neighbourBest.
  const brackets: BracketEntry[] = [];
  const bracketLinks: ReuseLink[][] = [];
  const priorLinks: ReuseLink[][] = [];
  // options.provisionFloor: each lower measure of its genres with its candidates, for the rule applied after the bracket
  // to those no step before links (provision-floor.ts).
  const floors: { lower: string; text: string; cands: Scored[]; under: (s: number) => boolean; make: (k: number) => ReuseLink }[] = [];
  // Session 58: options.remainderSecond, each lower measure of its genres with its candidates, for the rule applied after
  // provisionFloor to those linked into a law (remainder-second.ts).
  const remainders: { lower: string; text: string; cands: Scored[]; under: (s: number) => boolean; make: (k: number) => ReuseLink }[] = [];
  // Session 60: options.clauseSecond, each lower measure of its genres with its candidates (clause-second.ts).
  const clauseSeconds: { lower: string; text: string; cands: Scored[]; make: (k: number) => ReuseLink }[] = [];
  // Session 59: options.unclaimedBest, each lower measure of its genres with its candidates (unclaimed-best.ts).
  const unclaimed: (UnclaimedEntry & { under: (s: number) => boolean; make: (k: number) => ReuseLink })[] = [];
  // Session 60: options.objectSwap, each lower measure of its genres with its candidates (objects.ts).
  const swaps: (SwapEntry & { make: (k: number) => ReuseLink })[] = [];
  // Session 61: options.objectHeads, each lower measure of its genres with its near-cut record's candidates (object-heads.ts).
  const headEntries: (Omit<HeadEntry, 'text'> & { make: (k: number) => ReuseLink })[] = [];
  // options.secondNeighbour: each lower measure's links and the second candidates the rule may keep (second-neighbour.ts).
  const seconds: SecondEntry[] = [];
  const secondLinks: ReuseLink[][] = [];
  units.forEach((lower, li) => {
    if ((!linkable[li] && !waivedRules.has('lower-role')) || (scope.lowers && !scope.lowers(lower.docIndex))) return;
    const p = profile(lower);
    let textOf: Map<number, number>;
    const chain = chainOf(li);
    const keep = mayImplement(li);
    const budget = o.maxCandidatePostings;
    const corpusText = exactCosines(li, wordKeys, sharedKeys(li, wordKeys, wordIndex, chain, budget, keep, scratch).keys());
    const entities = exactCosines(li, entKeys, sharedKeys(li, entKeys, entIndex, chain, budget, keep, scratch).keys());
    const shared = sharedKeys(li, shingleKeys, shingleIndex, chain, budget, keep, scratch);
    const found = new Set<number>([...corpusText.keys(), ...entities.keys(), ...shared.keys()]);
    const rank = (text: Map<number, number>, among: Iterable<number>) => {
      const cheap: { hi: number; value: number }[] = [];
      for (const hi of among) {
        if (!allowed(li, hi)) continue;
        const reuseGuess = Math.min(1, (shared.get(hi) ?? 0) / Math.max(1, o.reuseFull * Math.min(substance[li], substance[hi])));
        const value = p.weights.reuse * reuseGuess + p.weights.text * (text.get(hi) ?? 0) + p.weights.entities * (entities.get(hi) ?? 0);
        cheap.push({ hi, value });
      }
      return cheap.sort((a, b) => b.value - a.value || a.hi - b.hi);
    };
    let cheap = rank(corpusText, found);
    if (p.pairIdf && pairText) {
      // The higher documents of the best candidates by the corpus-wide signals are compared
      // measure by measure with the lower one, with the IDF of just those two documents (as a
      // reader comparing them would); at most maxAligned documents, so the cost stays bounded.
      const docs = new Set(cheap.slice(0, o.maxAligned).map((c) => units[c.hi].docIndex));
      const text = pairText(li, docs, allowed);
      cheap = rank(text, new Set([...found, ...text.keys()]));
      textOf = text;
    } else textOf = corpusText;
    // A chapter cited (options.citedChapters): its articles are aligned and scored though the cheap
    // signals ranked them low, and kept whatever their score (the selection below chooses among them).
    const cites = o.citedChapters ? chapters?.get(li) : undefined;
    const citedDocs = new Set([...(cites ?? [])].map((hi) => units[hi].docIndex));
    const toAlign = cheap.slice(0, o.maxAligned);
    if (cites) for (const hi of cites) if (allowed(li, hi) && !toAlign.some((c) => c.hi === hi)) toAlign.push({ hi, value: 0 });
    const genre = lower.genre ?? 'plan';
    const paragraphs = o.paragraphBest?.genres.includes(genre) || o.extraLinksByParagraph?.genres.includes(genre) ? paragraphsOf(lower.text) : undefined;
    const items = o.dutyListItems?.genres.includes(genre) ? (dutyItems(lower.text, dutyLead!) ?? (taskList?.genres.includes(genre) ? taskItems(lower.text, taskList.closing, taskList.minItems) : undefined)) : undefined;
    // Each 款 and 项 of a unit that is not a duty list (options.perItem), when it has two or more.
    const spans: ItemSpan[] = !items && perItem?.genres.has(genre) ? lowerItems(lower.text, 4, perItem.sentences) : [];
    // The item span of each higher measure chosen by an item (per-item links keep the evidence on their item).
    const itemSpan = new Map<string, [number, number]>();
    // Every aligned candidate with its score; the selection (select.ts) chooses the links among them.
    const aligned: Scored[] = [];
    // Every aligned candidate's text per higher document (options.paragraphBest), whatever its score.
    const alignedOf = new Map<number, { id: string; text: string; cited?: string }[]>();
    for (const { hi } of toAlign) {
      if (dutyRefused(li, hi) && !cites?.has(hi)) continue;
      const higher = units[hi];
      if (paragraphs) {
        const cited = citedText(hi);
        (alignedOf.get(higher.docIndex) ?? alignedOf.set(higher.docIndex, []).get(higher.docIndex)!).push({ id: higher.id, text: higher.text, ...(cited ? { cited } : {}) });
      }
      const passages = alignMeasures(prep(li), prep(hi), o.align);
      // Paragraph-pair evidence (options.paragraphPair): the text signal raised to `max` × the best paragraph pair's share.
      const paraText = paraPair && paraPair.genres.has(genre) ? paraPair.max * paraPair.score(li, hi) : 0;
      const signals = {
        reuse: round(Math.min(1, reusedChars(passages) / Math.max(1, o.reuseFull * Math.min(substance[li], substance[hi])))),
        text: round(Math.min(1, Math.max(textOf.get(hi) ?? 0, paraText))),
        entities: round(Math.min(1, entities.get(hi) ?? 0)),
      };
      // Different procedure steps (options.procedureStages): the pair's score is discounted.
      const steps = o.procedureStages ? stageFactor(lower.stages, higher.stages, o.procedureStages.factor) : 1;
      // A lower article setting what the higher one delegates to the provincial level (options.delegation): raised.
      const delegated = delegation && delegation.genres.has(genre) && flag(delegates, hi, delegation.higher) && flag(setsDelegated, li, delegation.lower) ? o.delegation!.factor : 1;
      // A unit of a group compared with its group's IDF (options.pairIdfByGroup): back on the common scale.
      const grouped = o.pairIdfByGroup && p.pairIdf && lower.group && (higher.group || !lower.dual) ? o.pairIdfByGroup.factor : 1;
      const factor = grouped * steps * delegated;
      aligned.push({ hi, higher: higher.id, doc: higher.docIndex, score: pairScore(p.weights, signals, factor), ...(cites?.has(hi) ? { chapter: true } : {}), passages, signals, factor });
    }
    // A lower article whose best candidate in a document delegates to the provincial level (options.delegation.best) is
    // read as setting what was delegated: that candidate raised, unless the lower's own words raised it already.
    const best = delegation && o.delegation!.best && delegation.genres.has(genre) ? o.delegation!.best : undefined;
    if (best) {
      const bestOf = new Map<number, number>();
      aligned.forEach((a, k) => {
        const b = bestOf.get(a.doc);
        if (b === undefined || a.score > aligned[b].score) bestOf.set(a.doc, k);
      });
      for (const k of bestOf.values()) {
        const a = aligned[k];
        if (a.score < best.min || !flag(delegates, a.hi, delegation!.higher) || flag(setsDelegated, li, delegation!.lower)) continue;
        a.factor *= best.factor;
        a.score = pairScore(p.weights, a.signals, a.factor);
      }
    }
    const mayBeStrong = (k: number) => !weakOnly(lower, units[aligned[k].hi]) && carries(lower, units[aligned[k].hi].text) && wholeEnough(li, aligned[k].hi, aligned[k].score) && mainCarried(li, aligned[k].hi) && !generalOnly(li, aligned[k].hi) && substanceCarriedBy(li, aligned[k].hi) && mainPartsCarried(li, aligned[k].hi) && clausesCarried(li, aligned[k].hi, aligned[k].score, () => aligned.some((a, j) => j !== k && a.doc === aligned[k].doc && a.score > aligned[k].score));
    // options.clauseCover.pair's clause test (the second pass, pair-median.ts); only a strong link is ever turned by it.
    const thinAt = pairMedian ? memoByIndex((k: number) => (pairThin(li, aligned[k].hi) ? 1 : 0)) : undefined;
    const itemHi = new Map<string, number>();
    const unitSetting = unitRule(genre);
    // Session 59: options.paragraphApart's reading (paragraph-apart.ts), each candidate against its document's best.
    const apartRule = o.paragraphApart?.genres.includes(genre) ? o.paragraphApart : undefined;
    let apartLines: ReturnType<typeof paragraphBigrams> | undefined;
    const apartOf = apartRule
      ? memoByIndex((k: number) => {
          const lines = (apartLines ??= paragraphBigrams(lower.text));
          const best = aligned.reduce((b, a, j) => (a.doc === aligned[k].doc && (b < 0 || a.score > aligned[b].score || (a.score === aligned[b].score && a.higher.localeCompare(aligned[b].higher) < 0)) ? j : b), -1);
          return best !== k && paragraphApart(lines, articleBigrams(units[aligned[k].hi].text), articleBigrams(units[aligned[best].hi].text), apartRule.margin) ? 1 : 0;
        })
      : undefined;
    const facts: SelectionFacts = {
      ...(apartOf ? { apart: (k: number) => apartOf(k) === 1 } : {}),
      genre,
      ...(o.topKPerClause?.genres.includes(genre) ? { clauses: clauseCount(lower.text) } : {}),
      ...(cites ? { chapterDocs: citedDocs } : {}),
      ...(o.oneEditionPerSeries && scope.series ? { series: scope.series } : {}),
      ...(paragraphs ? { shares: (d: number) => paragraphShares(paragraphs, alignedOf.get(d) ?? [], creditOf(lower.docIndex, d)) } : {}),
      ...(spans.length
        ? {
            items: (d: number) => {
              const cands = aligned.filter((a) => a.doc === d);
              const w = itemWeights!(lower.docIndex, d);
              const bests = itemBests(spans, cands.map((a) => itemBigrams(a.hi)), w, perItem!.min, perItem!.margin);
              const out: { higher: string; score: number }[] = [];
              for (const b of bests) {
                const a = cands[b.k];
                if (a.score < perItem!.minScore || out.some((x) => x.higher === a.higher)) continue;
                itemHi.set(a.higher, a.hi);
                itemSpan.set(a.higher, [spans[b.item].start, spans[b.item].end]);
                out.push({ higher: a.higher, score: a.score });
              }
              return out;
            },
          }
        : {}),
      ...(items
        ? {
            items: (d: number) => {
              const cands = (unitsOfDoc ??= groupByDoc(units)).get(d)!.filter((hi) => allowed(li, hi));
              return itemBest(items, cands.map((hi) => itemBigrams(hi)), o.dutyListItems!.min, o.dutyListItems!.margin).map((k) => {
                const hi = cands[k];
                itemHi.set(units[hi].id, hi);
                return { higher: units[hi].id, score: round(Math.min(1, textOf.get(hi) ?? 0)) };
              });
            },
          }
        : {}),
      mayBeStrong,
      ...(thinAt ? { pairThin: (k: number) => thinAt(k) === 1 } : {}),
      ...(unitSetting ? { unitCarried: memoByIndex((k: number) => (aligned[k].score >= unitSetting.min ? unitShare(li, aligned[k].hi, unitSetting.minBigrams) : 0)) } : {}),
    };
    // Per-clause selection (options.clausePair): each clause of the lower unit keeps its own best article, beside the items
    // of the rules above.
    const lowerClauses = clausePair?.genres.has(genre) && !(clausePair.plainOnly && (lower.role || lower.group || lower.frame)) ? clauseSpans(lower.text, clausePair.minBigrams, clausePair.phrases) : [];
    if (lowerClauses.length > 1) {
      const before = facts.items;
      const memo = new Map<number, { higher: string; score: number }[]>();
      facts.items = (d: number) => {
        const had = memo.get(d);
        if (had) return had;
        const out = before ? [...before(d)] : [];
        const pool: { hi: number; score: number }[] =
          clausePair!.among === 'aligned'
            ? aligned.filter((a) => a.doc === d).map((a) => ({ hi: a.hi, score: a.score }))
            : ((unitsOfDoc ??= groupByDoc(units)).get(d) ?? []).filter((hi) => allowed(li, hi)).map((hi) => ({ hi, score: aligned.find((a) => a.hi === hi)?.score ?? round(Math.min(1, textOf.get(hi) ?? 0)) }));
        const w = clauseWeights!(lower.docIndex, d);
        for (const m of clauseMatches(lowerClauses, pool.map((c) => pairClauses(c.hi)), w, clausePair!)) {
          const c = pool[m.k];
          const id = units[c.hi].id;
          if (c.score < clausePair!.minScore || out.some((x) => x.higher === id)) continue;
          if (clausePair!.mutual && !bestCarrier(lowerClauses[m.clause], pairClauses(c.hi)[m.h], ((unitsOfDoc ??= groupByDoc(units)).get(lower.docIndex) ?? []).flatMap((lo) => (lo === li ? lowerClauses : pairClauses(lo))), w)) continue;
          itemHi.set(id, c.hi);
          itemSpan.set(id, [lowerClauses[m.clause].start, lowerClauses[m.clause].end]);
          out.push({ higher: id, score: c.score });
        }
        // Session 49 (options.instrumentPairs): a looser pass, its matches kept only where the two clauses name one policy
        // instrument and share its field.
        if (instrumentPairs?.genres.includes(genre)) {
          const ip = instrumentPairs;
          for (const m of clauseMatches(lowerClauses, pool.map((c) => pairClauses(c.hi)), w, { ...clausePair!, margin: ip.margin, rare: ip.rare })) {
            const c = pool[m.k];
            const id = units[c.hi].id;
            if (c.score < ip.minScore || out.some((x) => x.higher === id)) continue;
            const [lc, hc] = [lowerClauses[m.clause], pairClauses(c.hi)[m.h]];
            if (!instrumentsMeet(lower.text.slice(lc.start, lc.end), units[c.hi].text.slice(hc.start, hc.end), ip.minField, (cls) => (ip.maxShare ?? 1) < ((classSharesOf.get(d) ?? classSharesOf.set(d, classShares((unitsOfDoc ??= groupByDoc(units)).get(d)!.map((hi) => units[hi].text))).get(d)!).get(cls) ?? 0), ip.fieldIdf === undefined ? undefined : (x) => w(x) >= ip.fieldIdf!)) continue;
            if (clausePair!.mutual && !bestCarrier(lc, hc, ((unitsOfDoc ??= groupByDoc(units)).get(lower.docIndex) ?? []).flatMap((lo) => (lo === li ? lowerClauses : pairClauses(lo))), w)) continue;
            itemHi.set(id, c.hi);
            itemSpan.set(id, [lc.start, lc.end]);
            out.push({ higher: id, score: c.score });
          }
        }
        memo.set(d, out);
        return out;
      };
    }
    // Higher units a rule adds to this article's items (partial links; `list` items the selection keeps only for a lower
    // unit linked to nothing else), each document's made when first asked.
    // `both` (options.rightsDutyLists): an item offered twice, beside the article's links and, marked `list`, for a lower
    // unit no other rule links; one entry of each mark.
    const addItems = (more: (d: number) => Iterable<number>, list: boolean, both = false) => {
      const before = facts.items;
      const memo = new Map<number, { higher: string; score: number; list?: true }[]>();
      facts.items = (d: number) => {
        const had = memo.get(d);
        if (had) return had;
        const out: { higher: string; score: number; list?: true }[] = before ? [...before(d)] : [];
        for (const hi of more(d)) {
          for (const mark of both ? [false, true] : [list]) {
            if (!allowed(li, hi) || out.some((x) => x.higher === units[hi].id && (!both || !!x.list === mark))) continue;
            itemHi.set(units[hi].id, hi);
            out.push({ higher: units[hi].id, score: aligned.find((a) => a.hi === hi)?.score ?? round(Math.min(1, textOf.get(hi) ?? 0)), ...(mark ? { list: true as const } : {}) });
          }
        }
        memo.set(d, out);
        return out;
      };
    };
    // Session 51 (helper link3): a list of rights or duties, each item a higher one-duty article (options.rightsDutyLists),
    // partial, beside the article's own links or, for a lower unit no other rule links, alone.
    const rightsList = rightsRule?.genreSet.has(genre) && !lower.role && !lower.group && !lower.frame ? rightsItems(lower.text, rightsRule.leadRe, rightsRule.catchAllRe) : undefined;
    if (rightsList?.length) {
      addItems((d) => {
        const { his, arts } = rightsHigher(d);
        return rightsItemArticles(rightsList, arts, rightsRule!).map((k) => his[k]);
      }, false, true);
    }
    // A body's list of tasks (options.taskListTerms): each item's article by the higher document's own terms, partial.
    const bodyItems = taskRule?.genres.has(genre) && !lower.role && !lower.group && !lower.frame ? bodyTaskItems(lower.text, taskRule.lead) : undefined;
    if (bodyItems) {
      addItems((d) => {
        const { his, terms } = docTerms(d);
        return taskItemArticles(bodyItems, terms, taskRule!).filter((k) => k >= 0).map((k) => his[k]);
      }, !!taskRule!.orphanOnly);
    }
    // Session 50 (helper link3): a general encouragement of the higher document's first chapter carried by this article's
    // encouragement of the same party (options.generalEncouragement), partial.
    const enc = o.generalEncouragement;
    if (enc?.genres.includes(genre) && !lower.role && !lower.group && !lower.frame && encLead!.test(lower.text)) {
      addItems((d) => {
        const his = (unitsOfDoc ??= groupByDoc(units)).get(d) ?? [];
        // (The higher document's general clauses are read once per document: general-encouragement.ts generalClauses.)
        const k = generalArticleOf(lower.text, () => generalClauses(his, (hi) => units[hi].id, (hi) => units[hi].text, encLead!), enc);
        return k >= 0 ? [his[k]] : [];
      }, !!enc.orphanOnly);
    }
    // Session 52 (helper link): a government's policy article of several paragraphs carrying a second policy article of its
    // law that the per-paragraph widening alone admits (options.policyRunnerUp), partial.
    if (policy && policy.genres.has(genre) && facts.clauses !== undefined && facts.clauses > 1 && !cites && !lower.role && !lower.group && !lower.frame && policyArticle(lower.text, policy.rule.lower, policy.rule.notPolicy)) {
      const { topK, relative } = selectionFor(facts.clauses, p.topK, p.relative, o.topKPerClause);
      addItems((d) => {
        const cands = aligned.filter((a) => a.doc === d).sort((a, b) => b.score - a.score || a.higher.localeCompare(b.higher));
        const shares = policy.minShare !== undefined && facts.shares ? facts.shares(d) : undefined;
        const cut = { partial: p.thresholds.partial, topK, relative, narrowTopK: p.topK, narrowRelative: p.relative, ...(policy.minShare !== undefined ? { minShare: policy.minShare } : {}) };
        // (The law's general provisions, its first chapter, are left out unless `general`.)
        const first = policy.general ? undefined : policyFirst.has(d) ? policyFirst.get(d) : policyFirst.set(d, firstChapterOf(((unitsOfDoc ??= groupByDoc(units)).get(d) ?? []).map((hi) => units[hi].id))).get(d);
        const general = (hi: number) => !!first && (units[hi].id.split('#')[1] ?? '').startsWith(`${first}/`);
        return policyRunnersUp(cands.map((a) => ({ score: a.score, text: units[a.hi].text, share: shares?.get(a.higher) ?? 0, general: general(a.hi) })), cut, policy.rule).map((k) => cands[k].hi);
      }, false);
    }
    // Session 53 (helper link3): a distinct paragraph's own best article of a higher document the article links into, when
    // not the article's first link (options.paragraphSecond), partial.
    if (second?.genreSet.has(genre) && !cites && !lower.role && !lower.group && !lower.frame && lower.text.includes('\n')) {
      const ps = lowerParagraphs(lower.text, second);
      if (ps.length > 1) {
        addItems((d) => {
          const cands = aligned.filter((a) => a.doc === d).sort((a, b) => b.score - a.score || a.higher.localeCompare(b.higher));
          if (!cands.length || cands[0].score < p.thresholds.partial) return [];
          const ks = paragraphSeconds(ps, cands.map((a) => ({ text: units[a.hi].text, score: a.score })), second, second.minScore);
          // The neighbour guard (reach, session 54): a law article other articles of the lower document score too is theirs.
          const reach = second.reach;
          const others = reach && ks.length ? ((unitsOfDoc ??= groupByDoc(units)).get(lower.docIndex) ?? []).filter((lo) => lo !== li && linkable[lo]) : [];
          return ks.filter((k) => !reach || withinReach(others, (lo) => reachScores(lo, d)?.get(cands[k].hi), reach)).map((k) => cands[k].hi);
        }, false);
      }
    }
    // A list on both sides (options.listPairs): each item of the lower article's lists, the article its own terms name.
    if (pairRule?.genreSet.has(genre) && !lower.role && !lower.group && !lower.frame) {
      addItems((d) => {
        const { his, terms } = pairHigher(d);
        return listPairArticles(lower.text, pairLower(lower.docIndex), terms, pairRule!).map((k) => his[k]);
      }, !!pairRule.orphanOnly);
    }
    // One item of a higher list given this article (options.listItemArticles).
    if (listRule?.genres.has(genre) && !lower.role && !lower.group && !lower.frame) addItems((d) => listPairs(lower.docIndex, d).get(li) ?? [], true);
    if (recording) recording.push(selectionRecord(lower, aligned, facts, units, itemHi));
    if (probing) probeLower(probing, li, { refusal, docRule: scope.refusal, found, text: textOf, cheap, toAlign });
    // Session 61: options.objectHeads reads the near-cut record's candidates (the ones coverage's replay has), so the record is
    // made for it whether or not the run keeps records.
    const headRule = o.objectHeads?.genres.includes(genre) && !facts.chapterDocs ? o.objectHeads : undefined;
    if ((nearCut || headRule) && !keepAll && aligned.length) {
      const widened = selectionFor(facts.clauses, p.topK, p.relative, o.topKPerClause).topK;
      const paragraphMin = o.paragraphBest?.genres.includes(genre) ? o.paragraphBest.min : undefined;
      const docBest = o.orderBracket?.genres.includes(genre) && !facts.chapterDocs ? o.orderBracket.min : undefined;
      const docTop = o.provisionFloor?.genres.includes(genre) && !facts.chapterDocs ? { min: o.provisionFloor.min, top: o.provisionFloor.top } : undefined;
      const froms = [o.remainderSecond?.genres.includes(genre) ? o.remainderSecond.min : undefined, o.unclaimedBest?.genres.includes(genre) ? o.unclaimedBest.min : undefined, o.clauseSecond?.genres.includes(genre) ? o.clauseSecond.min : undefined, o.objectSwap?.genres.includes(genre) ? o.objectSwap.min : undefined].filter((x): x is number => x !== undefined);
      const docFrom = froms.length && !facts.chapterDocs ? Math.min(...froms) : undefined;
      const { record, kept } = nearCutRecord(lower.id, aligned, facts, { partial: p.thresholds.partial, topK: widened, ...(paragraphMin !== undefined ? { paragraphMin } : {}), ...(docBest !== undefined ? { docBest } : {}), ...(docTop ? { docTop } : {}), ...(docFrom !== undefined ? { docFrom } : {}) });
      const shared = (hi: number) => [...lower.entities].filter((e) => units[hi].entities.has(e));
      if (nearCut) nearCut.push({ record, lowerDoc: lower.docIndex, shared: kept.map((k) => shared(aligned[k].hi)), itemShared: (record.items ?? []).map(([, its]) => its.map((it) => shared(itemHi.get(it.higher)!))) });
      if (headRule) headEntries.push(headEntry(lower, kept.map((k) => aligned[k]), units));
    }
    // Read once per link: a unit read from shared memory (unit-store.ts) makes its strings when asked.
    const linkOf = (k: number, verdict: Verdict): ReuseLink => ({ ...reuseLink(lower, aligned[k], units[aligned[k].hi], verdict), ...(verdict === 'implements' && thinAt?.(k) === 1 ? { pairThin: true as const } : {}) });
    if (keepAll) {
      // Every aligned candidate, per higher document (by index), by score.
      const ks = aligned.map((_, k) => k).sort((a, b) => aligned[a].doc - aligned[b].doc || aligned[b].score - aligned[a].score || aligned[a].higher.localeCompare(aligned[b].higher));
      for (const k of ks) links.push(linkOf(k, aligned[k].score >= p.thresholds.implements && mayBeStrong(k) ? 'implements' : 'partial'));
      return;
    }
    const chosen = selectLinks(aligned, facts, p, o);
    // A higher penalty article whose conduct the lower penalty article names (options.penaltyConduct) is kept, partial,
    // from `floor`, though the cut left it out; no other candidate moves.
    // Every such pair is marked (its link, chosen or added, carries penaltyConduct), so that coverage's replay adds it under
    // any thresholds the selection leaves it out at.
    const conducted = new Set<number>();
    if (conduct && lower.group === 'penalty' && conduct.genres.has(genre))
      aligned.forEach((a, k) => {
        if (a.score < conduct.floor || !conductMet(li, a.hi)) return;
        conducted.add(k);
        if (!chosen.some((c) => c.k === k)) chosen.push({ k, higher: a.higher, doc: a.doc, score: a.score, verdict: 'partial' });
      });
    // A general liability clause restating the higher penalty articles that sanction the same persons alike
    // (options.liabilityRestated): kept partial from `floor`, marked as a conduct match is (replay keeps it).
    if (restated && liable && lower.group === 'penalty' && restated.genres.includes(genre) && liabilityAt(li).general) {
      // Only a clause that names no actor of its own condition (对违反…的有关领导人或直接责任人员，依法给予行政处分): an article
      // whose subject is an actor (血站违反…, 人民政府及其有关部门违反…) sanctions that actor's conduct, not the higher's persons.
      // A leading basis clause (违反本条例规定，) is read past (restated.basis): the actor named after it is the condition's.
      const { basis } = restated;
      const subjectText = (t: string) => (basis ? t.split(/\n/).map((q) => q.replace(/\s+/g, '').replace(ARTICLE_LABEL, '').replace(basis, '')).join('\n') : t);
      const general = !plainActors || subjectNouns(subjectText(units[li].text), plainActors).length === 0;
      const mine = general ? sanctionedClasses(li) : [];
      if (mine.length)
        aligned.forEach((a, k) => {
          if (a.score < restated.floor || units[a.hi].group !== 'penalty') return;
          if (!sanctionedClasses(a.hi).some((c) => mine.includes(c))) return;
          conducted.add(k);
          if (!chosen.some((c) => c.k === k)) chosen.push({ k, higher: a.higher, doc: a.doc, score: a.score, verdict: 'partial' });
        });
    }
    if (o.neighbourBest?.genres.includes(genre)) {
      const k = chosen.length ? -1 : neighbourCandidate(aligned, o.neighbourBest);
      if (k >= 0) pendingLink.set(neighbours.length, linkOf(k, 'partial'));
      neighbours.push({ doc: lower.docIndex, linked: new Set(chosen.map((c) => c.higher)), ...(k >= 0 ? { best: aligned[k].higher } : {}) });
    }
    // Session 52 (helper link3): options.orderBracket's entries (order-bracket.ts): the selection's links and, in each higher
    // document not linked into, the best aligned candidate from `min` under the partial threshold (no unit test).
    // (bracketEntry: the same entry coverage's replay makes from the snapshot's candidates.)
    if (o.orderBracket?.genres.includes(genre) && !facts.chapterDocs) {
      const { entry, ks } = bracketEntry(lower.id, aligned, chosen, o.orderBracket, (s) => scoreVerdict(s, p.thresholds) === null);
      brackets.push(entry);
      bracketLinks.push(ks.map((k) => linkOf(k, 'partial')));
    }
    // Session 55 (helper link): options.provisionFloor's entries, decided after the bracket (provision-floor.ts).
    if (o.provisionFloor?.genres.includes(genre) && !facts.chapterDocs && aligned.length) {
      floors.push({ lower: lower.id, text: lower.text, cands: aligned, under: (s) => scoreVerdict(s, p.thresholds) === null, make: (k) => linkOf(k, 'partial') });
    }
    if (o.remainderSecond?.genres.includes(genre) && !facts.chapterDocs && aligned.length) {
      remainders.push({ lower: lower.id, text: lower.text, cands: aligned, under: (s) => scoreVerdict(s, p.thresholds) === null, make: (k) => linkOf(k, 'partial') });
    }
    if (o.clauseSecond?.genres.includes(genre) && !facts.chapterDocs && aligned.length) {
      clauseSeconds.push({ lower: lower.id, text: lower.text, cands: aligned, make: (k) => linkOf(k, 'partial') });
    }
    if (o.unclaimedBest?.genres.includes(genre) && !facts.chapterDocs && aligned.length) {
      unclaimed.push({ lower: lower.id, text: lower.text, cands: aligned, under: (s) => scoreVerdict(s, p.thresholds) === null, make: (k) => linkOf(k, 'partial') });
    }
    if (o.objectSwap?.genres.includes(genre) && !facts.chapterDocs && aligned.length) {
      swaps.push({ lower: lower.id, text: lower.text, cands: aligned, make: (k) => linkOf(k, 'partial') });
    }
    if (o.structurePrior?.genres.includes(genre) && !facts.chapterDocs) {
      const linkedDocs = new Set(chosen.map((c) => c.doc));
      const ks = priorCandidates(aligned, linkedDocs, o.structurePrior, (s) => scoreVerdict(s, p.thresholds) === null, (k) => facts.unitCarried?.(k) ?? 0);
      priors.push({ lower: lower.id, links: chosen.map((c) => ({ higher: c.higher, strong: c.verdict === 'implements' })), candidates: ks.map((k) => aligned[k].higher) });
      priorLinks.push(ks.map((k) => linkOf(k, 'partial')));
    }
    if (o.secondNeighbour?.genres.includes(genre) && chosen.length) {
      const ks = secondCandidates(aligned, new Set(chosen.map((c) => c.higher)), new Set(chosen.map((c) => c.doc)), o.secondNeighbour, (k) => facts.unitCarried?.(k) ?? 0);
      seconds.push({ lower: lower.id, links: chosen.map((c) => c.higher), candidates: ks.map((k) => aligned[k].higher), ...(o.secondNeighbour.adjacent ? { adjacent: o.secondNeighbour.adjacent } : {}) });
      secondLinks.push(ks.map((k) => linkOf(k, 'partial')));
    }
    for (const c of chosen) {
      if (c.k >= 0) {
        links.push(conducted.has(c.k) ? { ...linkOf(c.k, c.verdict), penaltyConduct: true } : linkOf(c.k, c.verdict));
        continue;
      }
      // A duty list item's article (options.dutyListItems): aligned for its evidence, scored by its wording.
      const hi = itemHi.get(c.higher)!;
      const higher = units[hi];
      const all = alignMeasures(prep(li), prep(hi), o.align);
      // A per-item link (options.perItem): the passages on its item, if any fall there.
      const span = itemSpan.get(c.higher);
      const onItem = span ? all.filter((p) => p.lower[0] < span[1] && p.lower[1] > span[0]) : [];
      const passages = onItem.length ? onItem : all;
      const higherEntities = higher.entities;
      links.push({
        lower: lower.id,
        higher: higher.id,
        verdict: 'partial',
        score: c.score,
        passages: passages.map((p) => ({ lower: [lower.offset + p.lower[0], lower.offset + p.lower[1]], higher: [higher.offset + p.higher[0], higher.offset + p.higher[1]], text: p.text })),
        sharedEntities: [...lower.entities].filter((e) => higherEntities.has(e)).sort(),
        signals: { reuse: 0, text: c.score, entities: round(Math.min(1, entities.get(hi) ?? 0)) },
      });
    }
  });
  for (const i of neighbourBest(neighbours)) links.push(pendingLink.get(i)!);
  if (brackets.length) {
    // options.orderBracket, after neighbourBest (whose links count as the selection's): order-bracket.ts bracketStep, the
    // step coverage's replay runs too.
    for (const [i, j] of bracketStep(brackets, links, o.orderBracket!)) links.push(bracketLinks[i][j]);
  }
  if (floors.length) {
    // options.provisionFloor, after the bracket: a lower measure no step before links admits the candidate whose main
    // provision it names most (provision-floor.ts), as coverage's replay runs it.
    const linkedLowers = new Set(links.map((l) => l.lower));
    for (const f of floors) {
      if (linkedLowers.has(f.lower)) continue;
      const hiOf = new Map(f.cands.map((a) => [a.higher, a.hi]));
      for (const k of provisionFloor(f.text, f.cands, (h) => units[hiOf.get(h)!]?.text, o.provisionFloor!, f.under)) links.push(f.make(k));
    }
  }
  // The passes below (remainderSecond, clauseSecond, unclaimedBest, objectSwap) read a measure's document and text by id,
  // each document's articles and each lower measure's links so far (the index and the articles made when first asked for).
  let unitIndex: Map<string, number> | undefined;
  const unitOfId = (h: string): LinkUnit | undefined => units[(unitIndex ??= new Map(units.map((u, i) => [u.id, i]))).get(h) ?? -1];
  const docOfId = (h: string) => unitOfId(h)?.docIndex ?? -1;
  const textOfId = (h: string) => unitOfId(h)?.text ?? '';
  let lawArticles: Map<number, { id: string; text: string }[]> | undefined;
  const articlesOfDoc = (d: number): { id: string; text: string }[] => {
    if (!lawArticles) {
      lawArticles = new Map();
      for (const u of units) if (ARTICLE_ID.test(u.id)) (lawArticles.get(u.docIndex) ?? lawArticles.set(u.docIndex, []).get(u.docIndex)!).push({ id: u.id, text: u.text });
    }
    return lawArticles.get(d) ?? [];
  };
  const linksByLower = () => {
    const out = new Map<string, string[]>();
    for (const l of links) (out.get(l.lower) ?? out.set(l.lower, []).get(l.lower)!).push(l.higher);
    return out;
  };
  if (remainders.length) {
    // Session 58: options.remainderSecond, after provisionFloor: in a law the lower measure links into, the best article of
    // a unit the first link does not carry (remainder-second.ts), as coverage's replay runs it.
    const linksOf = linksByLower();
    for (const r of remainders) {
      const ls = linksOf.get(r.lower);
      if (!ls) continue;
      for (const k of remainderSecond(r.text, r.cands, ls, docOfId, articlesOfDoc, o.remainderSecond!, r.under)) links.push(r.make(k));
    }
  }
  if (clauseSeconds.length) {
    // Session 60: options.clauseSecond, after remainderSecond: in a law the lower measure links into, the article a clause of
    // the lower measure carries with an act the first link lacks (clause-second.ts), as coverage's replay runs it.
    const linksOf = linksByLower();
    for (const r of clauseSeconds) {
      const ls = linksOf.get(r.lower);
      if (!ls) continue;
      for (const k of clauseSecond(r.text, r.cands, ls, docOfId, articlesOfDoc, o.clauseSecond!)) links.push(r.make(k));
    }
  }
  if (unclaimed.length) {
    // Session 59: options.unclaimedBest, after remainderSecond: a lower measure linking nothing in a law its document links
    // into, paired with its best article there that no measure of its document links (unclaimed-best.ts), as coverage's
    // replay runs it.
    const adds = unclaimedBest(unclaimed, links, docOfId, textOfId, o.unclaimedBest!, (s, e) => unclaimed[e].under(s));
    for (const [e, k] of adds) links.push(unclaimed[e].make(k));
  }
  if (swaps.length) {
    // Session 60: options.objectSwap, after unclaimedBest: a single link outside the neighbours' bracket into an article
    // another measure of the lower document links, replaced by a next candidate inside the bracket that holds more of the
    // lower measure's objects (objects.ts objectSwaps), as coverage's replay runs it.
    for (const [e, k, from] of objectSwaps(swaps, links, docOfId, textOfId, (d) => articlesOfDoc(d as number).map((a) => a.text), o.objectSwap!)) {
      const at = links.findIndex((l) => l.lower === swaps[e].lower && l.higher === from);
      if (at >= 0) links.splice(at, 1, swaps[e].make(k));
    }
  }
  if (headEntries.length) {
    // Session 61: options.objectHeads, after objectSwap: a single link whose article matches none of the lower measure's
    // object heads, replaced by a near runner-up whose objects match one and whose text names more of them
    // (object-heads.ts headSwaps), as coverage's replay runs it.
    for (const [e, k, from] of headSwaps(headEntries.map((h) => ({ ...h, text: textOfId(h.lower) })), links, docOfId, textOfId, o.objectHeads!)) {
      const at = links.findIndex((l) => l.lower === headEntries[e].lower && l.higher === from);
      if (at >= 0) links.splice(at, 1, headEntries[e].make(k));
    }
  }
  if (priors.length) {
    // The neighbour rule's links count as the selection's (partial) links of their lower measure.
    const byLower = new Map(priors.map((e, i) => [e.lower, i]));
    for (const l of links) {
      const i = byLower.get(l.lower);
      if (i !== undefined && !priors[i].links.some((x) => x.higher === l.higher)) priors[i].links.push({ higher: l.higher, strong: l.verdict === 'implements' });
    }
    for (const [i, j] of structurePrior(priors, o.structurePrior!.reach)) links.push(priorLinks[i][j]);
  }
  const linkedPairs = seconds.length ? new Set(links.map((l) => `${l.lower}>${l.higher}`)) : undefined;
  for (const [i, j] of secondNeighbours(seconds)) if (!linkedPairs!.has(`${seconds[i].lower}>${seconds[i].candidates[j]}`)) links.push(secondLinks[i][j]);
  return links;
}

/** A lower measure's candidates near the cut (select.ts nearCutRecord) with the entities each candidate and duty
 *  item shares with it, for the link stage to mark the links it drops after the selection (options.expiredPlans). */
export interface NearCutDraft {
  record: Omit<NearCut, 'dropped'>;
  lowerDoc: number;
  shared: string[][];
  itemShared: string[][][];
}

/** An aligned candidate of the lower unit being linked, with what a link to it is made of. */
type Scored = AlignedCandidate & { hi: number; passages: AlignedPassage[]; signals: ReuseLink['signals']; factor: number };

/** The link of a lower unit to one aligned candidate, with its evidence passages (linkMeasures' linkOf; pairThin apart). */
function reuseLink(lower: LinkUnit, a: Scored, higher: LinkUnit, verdict: Verdict): ReuseLink {
  const [higherText, higherEntities] = [higher.text, higher.entities];
  return {
    lower: lower.id,
    higher: a.higher,
    verdict,
    score: a.score,
    passages: a.passages.map((p) => ({
      lower: [lower.offset + p.lower[0], lower.offset + p.lower[1]],
      higher: [higher.offset + p.higher[0], higher.offset + p.higher[1]],
      text: p.text,
      ...(higherText.slice(p.higher[0], p.higher[1]) !== p.text ? { higherText: higherText.slice(p.higher[0], p.higher[1]) } : {}),
    })),
    sharedEntities: [...lower.entities].filter((e) => higherEntities.has(e)).sort(),
    signals: a.signals,
  };
}

/** options.objectHeads' entry for a lower unit: its near-cut record's candidates (`picks`, in the record's order) and the
 *  partial link to one of them. Made outside linkMeasures' per-unit scope so that it holds those candidates only, not the
 *  unit's whole candidate list (memory: the entries live until the pass after objectSwap). */
function headEntry(lower: LinkUnit, picks: Scored[], units: LinkUnit[]): Omit<HeadEntry, 'text'> & { make: (k: number) => ReuseLink } {
  return { lower: lower.id, cands: picks.map((a) => ({ higher: a.higher, score: a.score })), make: (k) => reuseLink(lower, picks[k], units[picks[k].hi], 'partial') };
}

/** What the selection of one lower measure was given (select.ts), with every rule's facts computed, so that
 *  the calibration (tests/eval/links.ts) can select again under other weights and thresholds. */
export interface SelectionRecord {
  lower: string;
  lowerDoc: number;
  genre: Genre;
  clauses?: number;
  chapterDocs?: number[];
  /** `thin`: options.clauseCover.pair's clause test met (pair-median.ts). */
  candidates: (AlignedCandidate & { signals: ReuseLink['signals']; factor: number; strong: boolean; thin?: true; sharedEntities: string[]; unit?: number })[];
  series: [number, string][];
  shares?: [number, [string, number][]][];
  items?: [number, { higher: string; score: number; sharedEntities: string[] }[]][];
  /** Higher measures whose link the link stage drops after the selection (options.expiredPlans), set by linkFromInputs. */
  dropped?: string[];
}

/** Where linkMeasures records each selection while `recordSelections` runs (calibration only). */
let recording: SelectionRecord[] | undefined;
/** The records made so far while `recordSelections` runs, else undefined. */
export const selectionRecords = (): SelectionRecord[] | undefined => recording;
export async function recordSelections<T>(out: SelectionRecord[], run: () => Promise<T>): Promise<T> {
  recording = out;
  try {
    return await run();
  } finally {
    recording = undefined;
  }
}

function selectionRecord(lower: LinkUnit, aligned: Scored[], f: SelectionFacts, units: LinkUnit[], itemHi: Map<string, number>): SelectionRecord {
  const docs = [...new Set(aligned.map((a) => a.doc))].sort((a, b) => a - b);
  const shared = (hi: number) => [...lower.entities].filter((e) => units[hi].entities.has(e)).sort();
  return {
    lower: lower.id,
    lowerDoc: lower.docIndex,
    genre: f.genre,
    ...(f.clauses !== undefined ? { clauses: f.clauses } : {}),
    ...(f.chapterDocs ? { chapterDocs: [...f.chapterDocs] } : {}),
    candidates: aligned.map((a, k) => {
      const unit = f.unitCarried?.(k);
      return { higher: a.higher, doc: a.doc, score: a.score, ...(a.chapter ? { chapter: true } : {}), signals: a.signals, factor: a.factor, strong: f.mayBeStrong(k), ...(f.pairThin?.(k) ? { thin: true as const } : {}), sharedEntities: shared(a.hi), ...(unit ? { unit } : {}) };
    }),
    series: f.series ? docs.flatMap((d) => (f.series!(d) === undefined ? [] : [[d, f.series!(d)!] as [number, string]])) : [],
    ...(f.shares ? { shares: docs.map((d) => [d, [...f.shares!(d)]] as [number, [string, number][]]) } : {}),
    ...(f.items ? { items: docs.map((d) => [d, f.items!(d).map((it) => ({ ...it, sharedEntities: shared(itemHi.get(it.higher)!) }))] as [number, { higher: string; score: number; sharedEntities: string[] }[]]) } : {}),
  };
}

/** The rules that refuse a (lower, higher) pair of units before any score (linkMeasures `refusal`), in the order they
 *  are applied: the same document, a role that never links (lower, higher), frame, penalty group, roles, actors
 *  (addressee), the documents' cascade rules (rules.ts; which one in ProbeRecord.rule), glossary. */
export type Refusal = 'same-document' | 'lower-role' | 'higher-role' | 'frame' | 'group' | 'roles' | 'actors' | 'documents' | 'glossary' | 'cited-only' | 'titled-part';

/** Where the pipeline stands with a probed (lower, higher) pair (tests/eval/missed-links.ts): refused by a rule (the
 *  first `Refusal` of linkMeasures, the very test the linker applies), never a candidate of the inverted indexes (nor
 *  of the pair's own text cosine), found but ranked below the `maxAligned` cap, or aligned (the selection record then
 *  tells its score and the cut). Calibration only: made while `recordProbes` runs. */
export interface ProbeRecord {
  lower: string;
  higher: string;
  stage: 'no-unit' | Refusal | 'not-found' | 'cap' | 'aligned';
  /** For stage 'documents': the cascade rule that refused the documents (LinkScope.refusal: level, region, reach,
   *  date, version, subject), when the scope tells it. */
  rule?: string;
  /** Its rank among the lower unit's ranked candidates (0 = best), when found. */
  rank?: number;
  /** How many candidates were ranked. */
  ranked?: number;
}

let waived: Map<string, Refusal> | undefined;
/** Runs `run` with the pairs a rule of options.refusalsOff would have refused told in `out` (lower id, tab, higher id →
 *  the rule waived). Calibration only (tests/eval/refusals.ts, session 56 helper refuse). */
export async function recordWaived<T>(out: Map<string, Refusal>, run: () => Promise<T>): Promise<T> {
  waived = out;
  try {
    return await run();
  } finally {
    waived = undefined;
  }
}

let probes: { pairs: Map<string, string[]>; out: ProbeRecord[] } | undefined;
/** Runs `run` with the pairs of `pairs` (lower id → higher ids) probed: linkMeasures says in `out` where each stands. */
export async function recordProbes<T>(pairs: Map<string, string[]>, out: ProbeRecord[], run: () => Promise<T>): Promise<T> {
  probes = { pairs, out };
  try {
    return await run();
  } finally {
    probes = undefined;
  }
}

function probeLower(
  ctx: { units: LinkUnit[]; idOf: Map<string, number> },
  li: number,
  s: {
    refusal: (li: number, hi: number) => Refusal | undefined;
    docRule?: (lowerDoc: number, higherDoc: number) => string | undefined;
    found: Set<number>;
    text: Map<number, number>;
    cheap: { hi: number }[];
    toAlign: { hi: number }[];
  },
) {
  const { units } = ctx;
  const lower = units[li];
  for (const higher of probes!.pairs.get(lower.id) ?? []) {
    const hi = ctx.idOf.get(higher);
    const put = (stage: ProbeRecord['stage'], extra: Partial<ProbeRecord> = {}) => probes!.out.push({ lower: lower.id, higher, stage, ...extra });
    const refused = hi === undefined ? undefined : s.refusal(li, hi);
    const rule = refused === 'documents' ? s.docRule?.(lower.docIndex, units[hi!].docIndex) : undefined;
    if (hi === undefined) put('no-unit');
    else if (refused) put(refused, rule ? { rule } : {});
    else if (s.toAlign.some((c) => c.hi === hi)) put('aligned', { rank: s.cheap.findIndex((c) => c.hi === hi), ranked: s.cheap.length });
    else if (!s.found.has(hi) && !s.text.has(hi)) put('not-found');
    else put('cap', { rank: s.cheap.findIndex((c) => c.hi === hi), ranked: s.cheap.length });
  }
}

/** TF-IDF cosine of a lower unit with every unit of each higher document it reaches, the IDF taken
 *  over the two documents' units only (Salton & Buckley's weighting within the pair, like a reader
 *  comparing two texts: a word common to both documents says nothing, a word of two articles
 *  says a lot). Document frequencies are counted once per document. */
function pairCosines(units: LinkUnit[], byGroup = false, paraphrases?: LinkOptions['paraphrases'], thesaurus?: ThesaurusOptions) {
  const classWeight = thesaurus?.weight ?? 1;
  // options.thesaurus.distinct: a class token meets only where the two units write the class in different words (扶持 /
  // 支持), not where both write the same word (the word itself already meets): the words of each class of a unit.
  const classWords = new Map<number, Map<string, Set<string>>>();
  const wordsOfClasses = (i: number) => {
    let m = classWords.get(i);
    if (m) return m;
    classWords.set(i, (m = new Map()));
    if (!thesaurus!.genres.includes(units[i].genre ?? 'plan')) return m;
    for (const x of units[i].words) {
      const c0 = x.charCodeAt(0);
      if (c0 === CLASS_MARK || c0 === TERM_MARK || c0 === BIGRAM_MARK) continue;
      for (const t of thesaurusTokens([x], thesaurus!)) (m.get(t) ?? m.set(t, new Set()).get(t)!).add(x);
    }
    return m;
  };
  // options.thesaurus, mode 'soft': the unit vectors stay the words' own; a word of the lower unit that the higher one does not
  // write meets a word of the same class that the higher writes and the lower does not (扶持 / 支持), for the product of the
  // two words' weights (the best such word of the higher unit), `weight` of it (a soft cosine).
  // With `unseen`, the lower word is one the higher document never writes and the higher word one the lower never writes
  // (a document's own wording restated, not a word both use); with `unseen` 'lower', the lower word only.
  const writes = (d: number, x: string) => [...ofDoc(d).tfs.values()].some((tf) => tf.has(x));
  const softDot = (li: number, lv: SparseVector, hi: number, hv: SparseVector) => {
    const [a, b] = [wordsOfClasses(li), wordsOfClasses(hi)];
    let sum = 0;
    for (const [c, as] of a) {
      const bs = b.get(c);
      if (!bs) continue;
      for (const x of as) {
        const vx = lv.get(x);
        if (vx === undefined || hv.has(x)) continue;
        if (thesaurus!.unseen && writes(units[hi].docIndex, x)) continue;
        let best = 0;
        for (const y of bs) if (y !== x && !lv.has(y) && !(thesaurus!.unseen === true && writes(units[li].docIndex, y))) best = Math.max(best, hv.get(y) ?? 0);
        sum += vx * best;
      }
    }
    return sum;
  };
  const differ = (li: number, hi: number, w: string) => {
    const [a, b] = [wordsOfClasses(li).get(w), wordsOfClasses(hi).get(w)];
    if (!a || !b) return true;
    for (const x of a) if (b.has(x)) return false;
    return true;
  };
  // options.paraphrases: a word of a class (a jieba word or a marked bigram) counts as the class's first word.
  const canon = paraphrases ? paraphraseMap(paraphrases.classes) : undefined;
  const canonOf = (i: number) => (canon && paraphrases!.genres.includes(units[i].genre ?? 'plan') ? canon : undefined);
  // options.pairIdfByGroup: document frequencies counted among the units of the same group only
  // (a penalty article against the two documents' penalty articles).
  const groupOf = (i: number) => (byGroup && units[i].group ? units[i].group! : '');
  const byDoc = new Map<number, number[]>();
  units.forEach((u, i) => (byDoc.get(u.docIndex) ?? byDoc.set(u.docIndex, []).get(u.docIndex)!).push(i));
  // Each document's term frequencies (per unit) and document frequencies, made when the document
  // is first compared and kept for the next lower documents while at most PAIR_CACHE units' are
  // held (issue 11: made for every unit of the corpus at once, they were a link thread's largest
  // structure on a corpus of regulations). The same counts: the same vectors.
  let cached = new Map<number, { tfs: Map<number, Map<string, number>>; df: Map<string, Map<string, number>>; size: Map<string, number> }>();
  let cachedUnits = 0;
  const ofDoc = (d: number) => {
    let c = cached.get(d);
    if (c) return c;
    const us = byDoc.get(d)!;
    if (cachedUnits + us.length > PAIR_CACHE) [cached, cachedUnits] = [new Map(), 0];
    const tfs = new Map<number, Map<string, number>>();
    for (const i of us) {
      const tf = new Map<string, number>();
      const c = canonOf(i);
      for (const x of units[i].words) {
        const w = c?.get(x) ?? x;
        tf.set(w, (tf.get(w) ?? 0) + 1);
      }
      tfs.set(i, tf);
    }
    const df = new Map<string, Map<string, number>>();
    const size = new Map<string, number>();
    for (const i of us) {
      // A unit of no group counts among all of the document's units (as without byGroup).
      for (const g of new Set([groupOf(i), ...(byGroup && units[i].group ? [''] : [])])) {
        const dg = df.get(g) ?? df.set(g, new Map()).get(g)!;
        size.set(g, (size.get(g) ?? 0) + 1);
        for (const w of tfs.get(i)!.keys()) dg.set(w, (dg.get(w) ?? 0) + 1);
      }
    }
    cached.set(d, (c = { tfs, df, size }));
    cachedUnits += us.length;
    return c;
  };
  const vector = (i: number, a: number, b: number): SparseVector => {
    const [ca, cb, g] = [ofDoc(a), ofDoc(b), groupOf(i)];
    const [da, db] = [ca.df.get(g) ?? new Map<string, number>(), cb.df.get(g) ?? new Map<string, number>()];
    const n = (ca.size.get(g) ?? 0) + (cb.size.get(g) ?? 0);
    const v: SparseVector = new Map();
    let norm = 0;
    for (const [w, f] of ca.tfs.get(i)!) {
      // A term class's token (options.termClasses, §) counts only when the other document holds the class too: a class
      // on one side only is no wording met, and would only lengthen the unit's vector.
      if (w.charCodeAt(0) === TERM_MARK && !db.has(w)) continue;
      // A thesaurus class's token (options.thesaurus, ¤) likewise, and it counts `classWeight` of a word.
      const cls = w.charCodeAt(0) === CLASS_MARK;
      if (cls && !db.has(w)) continue;
      // Within a group (byGroup) the count is smoothed (n + 1): two documents with one penalty
      // article each still compare them.
      const x = (cls ? classWeight : 1) * (1 + Math.log(f)) * Math.log((g ? n + 1 : n) / ((da.get(w) ?? 0) + (db.get(w) ?? 0)));
      if (x <= 0) continue;
      v.set(w, x);
      norm += x * x;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [w, x] of v) v.set(w, x / norm);
    return v;
  };
  // Vectors of a higher document's units in the pair with the current lower document (the lower
  // units come in document order, so one lower document's pairs are cached at a time).
  // Session 56 (issue 11): the dot product by term id (bigram-ids.ts) — the lower vector marked in a table, each higher vector's
  // ids and values read against it — instead of a Map.get per lower term; the products are summed in the lower vector's order, as
  // before, so the same doubles (the ranking's dot product ≈ 6 % of the link thread on the law mirror).
  let cachedLower = -1;
  let cache = new Map<number, { hv: SparseVector[]; ids: Int32Array[]; ys: Float64Array[] }>();
  return (li: number, docs: Set<number>, allowed: (li: number, hi: number) => boolean): Map<number, number> => {
    const ld = units[li].docIndex;
    if (ld !== cachedLower) [cachedLower, cache] = [ld, new Map()];
    const out = new Map<number, number>();
    for (const hd of docs) {
      let h = cache.get(hd);
      if (!h) {
        const hv = byDoc.get(hd)!.map((hi) => vector(hi, hd, ld));
        cache.set(hd, (h = { hv, ids: hv.map((v) => termIds.of([...v.keys()])), ys: hv.map((v) => Float64Array.from(v.values())) }));
      }
      const { hv, ids, ys } = h;
      const lv = vector(li, ld, hd);
      const lw = [...lv.keys()];
      const lx = Float64Array.from(lv.values());
      const lIds = termIds.of(lw);
      dotMarker.mark(lIds);
      byDoc.get(hd)!.forEach((hi, k) => {
        if (!allowed(li, hi)) return;
        let dot = 0;
        if (dotMarker.hitValues(ids[k], ys[k]) > 0) {
          const { hit, value, stamp } = dotMarker;
          for (let i = 0; i < lx.length; i++) {
            if (hit[i] !== stamp) continue;
            if (thesaurus?.distinct && lw[i].charCodeAt(0) === CLASS_MARK && !differ(li, hi, lw[i])) continue;
            dot += lx[i] * value[i];
          }
        }
        if (thesaurus?.mode === 'soft') dot += classWeight * softDot(li, lv, hi, hv[k]);
        if (dot > 0) out.set(hi, dot);
      });
      dotMarker.unmark(lIds);
    }
    return out;
  };
}

// The ranking's terms as ids (their own space: clause-pair.ts keeps the bigrams') and the dot product's marker
const termIds = new Ids();
const dotMarker = new BigramMarker(termIds);
const TERM_MARK = '§'.charCodeAt(0);
const CLASS_MARK = THESAURUS_MARK.charCodeAt(0);
const BIGRAM_MARK = '·'.charCodeAt(0);

/** Each word of a paraphrase class, and each two-character one as a marked character bigram (·告知,
 *  ingest/link/index.ts withBigrams), mapped to the class's first word. */
export function paraphraseMap(classes: string[][]): Map<string, string> {
  const out = new Map<string, string>();
  for (const [first, ...rest] of classes) {
    for (const w of rest) {
      out.set(w, first);
      if (w.length === 2 && first.length === 2) out.set(`·${w}`, `·${first}`);
    }
  }
  return out;
}

/** Paragraphs (lines) and numbered items ((一), 1.) of a unit's text: an item written inside a
 *  paragraph counts apart, one opening its own line once. */
export function clauseCount(text: string): number {
  const lines = text.split(/\n/).map((l) => l.trim()).filter(Boolean);
  const item = /（[一二三四五六七八九十]+）|(?:^|[：:；;。])\s*\d{1,2}[.．、]/g;
  const inline = lines.reduce((n, l) => n + (l.match(item) ?? []).filter((m, i) => i > 0 || !l.startsWith(m.trim())).length, 0);
  return Math.max(1, lines.length + inline);
}

/** The largest share of one lower clause's character bigrams (a sentence or paragraph, split at
 *  。；; and line ends, of at least four characters) found in the higher text, the articles' own labels
 *  (第七条) left out: how much of its wording the lower unit's most carried clause takes from the higher. */
export function clauseCarried(lowerText: string, higherText: string): number {
  const higher = hanBigrams(higherText.replace(ARTICLE_LABEL, ''));
  let best = 0;
  for (const clause of lowerText.replace(ARTICLE_LABEL, '').split(/[。；;\n]/)) {
    const b = hanBigrams(clause);
    if (b.size < 3) continue;
    let n = 0;
    for (const x of b) if (higher.has(x)) n++;
    best = Math.max(best, n / b.size);
  }
  return best;
}

/** The paragraphs (lines) of a unit of several, each as its character bigrams (at least three), the
 *  article's label left out; undefined for a unit of one paragraph. */
export function paragraphsOf(text: string): Set<string>[] | undefined {
  const out = text.replace(ARTICLE_LABEL, '').split('\n').map(hanBigrams).filter((b) => b.size >= 3);
  return out.length > 1 ? out : undefined;
}

/** The items （一）（二）… of a duty list (an article whose first paragraph matches `lead`: 县级以上人民政府履行下列
 *  消防工作职责：), each as its character bigrams (at least four); undefined for any other unit. */
export function dutyItems(text: string, lead: RegExp): Set<string>[] | undefined {
  const lines = text.replace(ARTICLE_LABEL, '').split('\n').map((l) => l.trim()).filter(Boolean);
  if (!lines.length || !lead.test(lines[0])) return undefined;
  const out = lines.filter((l) => ITEM_OPENING.test(l)).map((l) => hanBigrams(l.replace(ITEM_OPENING, ''))).filter((b) => b.size >= 4);
  return out.length ? out : undefined;
}

/** The parts of the sentences of a unit that list tasks or regimes (options.taskListItems: a clause, split at ，；。：
 *  and line ends, whose text before `closing` (等制度, 等工作 …) has at least `minItems` parts separated by 、), each
 *  part after the first as its character bigrams (at least four); undefined when no sentence does. */
export function taskItems(text: string, closing: RegExp, minItems: number): Set<string>[] | undefined {
  const out: Set<string>[] = [];
  for (const clause of text.replace(ARTICLE_LABEL, '').split(/[，,；;。：:\n]/)) {
    const m = closing.exec(clause);
    if (!m) continue;
    const parts = clause.slice(0, m.index).split('、');
    if (parts.length < minItems) continue;
    for (const part of parts.slice(1)) {
      const b = hanBigrams(part);
      if (b.size >= 4) out.push(b);
    }
  }
  return out.length ? out : undefined;
}

/** The candidates (indexes) that are some item's best match by the share of its bigrams in their text,
 *  when the share reaches `min` and beats the item's second best by `margin` (the item names one of them). */
export function itemBest(items: Set<string>[], candidates: Set<string>[], min: number, margin: number): number[] {
  const out = new Set<number>();
  for (const item of items) {
    let [best, first, second] = [-1, 0, 0];
    candidates.forEach((c, i) => {
      let n = 0;
      for (const x of item) if (c.has(x)) n++;
      const share = n / item.size;
      if (share > first) [best, first, second] = [i, share, first];
      else if (share > second) second = share;
    });
    if (best >= 0 && first >= min && first - second >= margin) out.add(best);
  }
  return [...out];
}

function groupByDoc(units: LinkUnit[]): Map<number, number[]> {
  const out = new Map<number, number[]>();
  units.forEach((u, i) => (out.get(u.docIndex) ?? out.set(u.docIndex, []).get(u.docIndex)!).push(i));
  return out;
}

/** The candidates (ids) that are some paragraph's best match by the share of its bigrams found in
 *  their text, when that share reaches `min`. */
export function paragraphBest(paragraphs: Set<string>[], candidates: { id: string; text: string }[], min: number): Set<string> {
  return sharesAtLeast(paragraphShares(paragraphs, candidates), min);
}

/** The candidates of paragraphShares whose share reaches `min`. */
function sharesAtLeast(shares: Map<string, number>, min: number): Set<string> {
  return new Set([...shares].filter(([, share]) => share >= min).map(([id]) => id));
}

/** Each candidate (id) that is some paragraph's best match by the share of the paragraph's bigrams
 *  found in its text, with the largest such share. */
export function paragraphShares(paragraphs: Set<string>[], candidates: { id: string; text: string; cited?: string }[], credit?: ParagraphCredit): Map<string, number> {
  const texts = candidates.map((c) => hanBigrams(c.text.replace(ARTICLE_LABEL, '')));
  // options.paragraphCitedText: each candidate read with the articles it names as a class ('replace': instead of its own
  // words alone; 'also': the paragraph's best by each reading credited).
  const withCited = credit?.cited ? candidates.map((c, i) => (c.cited ? hanBigrams(c.text.replace(ARTICLE_LABEL, '') + '\n' + c.cited) : texts[i])) : undefined;
  const citedOnly = credit?.cited ? candidates.map((c) => (c.cited ? hanBigrams(c.cited) : undefined)) : undefined;
  const w = credit?.weight ?? (() => 1);
  const sizes: number[] = [];
  const out = new Map<string, number>();
  for (const para of paragraphs) {
    let total = 0;
    for (const x of para) total += w(x);
    if (total <= 0) continue;
    const shared = texts.map((t) => {
      let n = 0;
      for (const x of para) if (t.has(x)) n += w(x);
      return n;
    });
    const dice = () => shared.map((n, i) => (2 * n) / (total + (sizes[i] ??= weighed(texts[i], w))));
    // options.paragraphCredit.dice: the Dice coefficient instead of the share ('instead'), or besides it ('also').
    const measures = credit?.dice === 'instead' ? [dice()] : credit?.dice === 'also' ? [shared.map((n) => n / total), dice()] : [shared.map((n) => n / total)];
    if (withCited) {
      // The expanded reading counts only when the paragraph carries the citing article's own words too: `ownMin` of its
      // bigrams found in them and in none of the cited articles (not the cited class alone, restated).
      const cited = withCited.map((t, i) => {
        const c = citedOnly![i];
        if (c) {
          let own = 0;
          for (const x of para) if (texts[i].has(x) && !c.has(x)) own += w(x);
          if (own / total < credit!.cited!.ownMin) return shared[i] / total;
        }
        let n = 0;
        for (const x of para) if (t.has(x)) n += w(x);
        return n / total;
      });
      if (credit!.cited!.mode === 'replace') measures[0] = cited;
      else measures.push(cited);
    }
    const give = (i: number, share: number) => out.set(candidates[i].id, Math.max(share, out.get(candidates[i].id) ?? 0));
    for (const shares of measures) creditBest(shares, credit?.within ?? 1, give);
    // options.paragraphCredit.short: the paragraph's best by Dice is credited too (with its Dice, or with the share best's
    // share) when it is a short article beside the best by share (at most `ratio` × its bigrams) and its Dice reaches
    // `margin` × the latter's.
    if (credit?.short && credit.dice !== 'instead') {
      const byShare = argMax(shared);
      const d = dice();
      const byDice = argMax(d);
      if (byShare >= 0 && byDice >= 0 && byDice !== byShare && sizes[byDice] <= credit.short.ratio * sizes[byShare] && d[byDice] >= credit.short.margin * d[byShare]) give(byDice, credit.short.value === 'share' ? shared[byShare] / total : d[byDice]);
    }
  }
  return out;
}

/** The paragraph's best candidate by `shares` and (options.paragraphCredit.within under 1) every candidate within
 *  `within` × the best, each credited with its own share. */
function creditBest(shares: number[], within: number, give: (i: number, share: number) => void): void {
  let best = -1;
  shares.forEach((share, i) => {
    if (share > (best >= 0 ? shares[best] : 0)) best = i;
  });
  if (best < 0) return;
  shares.forEach((share, i) => {
    if (i === best || (within < 1 && share > 0 && share >= within * shares[best])) give(i, share);
  });
}

/** The index of the largest value (the first of equals), -1 when none is above 0. */
function argMax(xs: number[]): number {
  let best = -1;
  xs.forEach((x, i) => {
    if (x > (best >= 0 ? xs[best] : 0)) best = i;
  });
  return best;
}

/** How a paragraph credits candidates (options.paragraphCredit): those within `within` × its best share, by bigrams
 *  weighted by `weight` (IDF over the two documents' articles), by share or Dice coefficient; the plain best by default. */
export interface ParagraphCredit {
  within: number;
  weight?: (x: string) => number;
  /** The Dice coefficient of the paragraph's and the candidate's bigrams instead of the paragraph's share, or besides it
   *  (the best by each measure credited, a candidate with the larger). */
  dice?: 'instead' | 'also';
  /** The Dice best credited too when it is short beside the share best (options.paragraphCredit.short). */
  short?: { ratio: number; margin: number; value?: 'dice' | 'share' };
  /** Candidates read with the articles they name as a class (options.paragraphCitedText). */
  cited?: { mode: 'replace' | 'also'; ownMin: number };
}

function weighed(bigrams: Set<string>, w: (x: string) => number): number {
  let n = 0;
  for (const x of bigrams) n += w(x);
  return n;
}

function reusedChars(passages: AlignedPassage[]): number {
  return passages.reduce((n, p) => n + p.matched, 0);
}

/** Shingles of unmasked characters only: boilerplate and punctuation never make a candidate. */
function unitShingles(masked: string, k: number): Uint32Array {
  const out = new Set<number>();
  let run = 0;
  for (let i = 0; i < masked.length; i++) {
    run = masked[i] === MASK ? 0 : run + 1;
    if (run >= k) out.add(hash(masked, i - k + 1, i + 1));
  }
  return Uint32Array.from(out);
}

/** Units whose term counts pairCosines keeps at once (their documents compared again with the next
 *  lower documents: the same few higher laws). */
const PAIR_CACHE = 20_000;

/** Higher measures' Prepared objects kept at once while one lower document is linked. */
const PREPARED_CACHE = 20_000;

type TermKeys = UnitKeys & { weights: Float64Array };

/** What linkMeasures builds once per run before it scores: every typed array, none of it a
 *  per-unit object, so that it can live in shared memory and be read by every link thread. */
export interface LinkIndexes {
  /** Which units, options and partitions these were built for (indexFingerprint). */
  fingerprint: string;
  prepared: PreparedStore;
  wordKeys: TermKeys;
  entKeys: TermKeys;
  shingleKeys: UnitKeys;
  wordIndex: Map<string, Postings>;
  entIndex: Map<string, Postings>;
  shingleIndex: Map<string, Postings>;
}

/** What LinkIndexes depends on: the units (id, text, entities), the boilerplate, the options read
 *  while building, and each unit's partition. Not the words: they are the extract stage's words of
 *  the same texts, and a link thread may be sent the documents without them
 *  (ingest/link/parallel.ts: nothing in the thread reads them then). */
export function indexFingerprint(units: LinkUnit[], boilerplate: string[], o: LinkOptions, partOf: string[]): string {
  const h = createHash('sha256');
  h.update(JSON.stringify([boilerplate, o.maxDfShare, o.shingle, o.maxPostings]));
  units.forEach((u, i) => h.update(`\u0001${u.id}\u0000${partOf[i]}\u0000${u.text}\u0000${[...u.entities].join(' ')}`));
  return h.digest('hex');
}

/** The prepared texts, term keys and candidate indexes of a link run (in shared memory when
 *  `shared`: then every typed array's buffer is a SharedArrayBuffer). */
export function buildLinkIndexes(units: LinkUnit[], boilerplate: string[], o: LinkOptions, partOf: string[], shared = false): LinkIndexes {
  const prepared = buildPreparedStore(units.map((u) => u.text), boilerplate, shared);
  // Vectors keep every term but the too common ones (maxDfShare): a term's weight must not depend
  // on how many other regions' documents the corpus holds. The indexes used to find candidates
  // are kept per partition (a region: the documents a lower one may implement are on its region
  // chain), and a posting list longer than maxPostings within a partition is skipped there, so
  // the candidates of a unit do not thin out as documents of other regions are added.
  // Compact indexes (candidate-index.ts): typed arrays, over-long lists dropped as they are built,
  // made one unit at a time and, when `shared`, straight into shared memory (no second copy).
  const n = units.length;
  const wordKeys = termKeys(n, (u) => units[u].words, o.maxDfShare, shared);
  const entKeys = termKeys(n, (u) => [...units[u].entities], 0.3, shared);
  const shingleKeys = keysOf(n, (u) => unitShingles(maskedText(prepared, u), o.shingle), shared);
  const wordIndex = partitionedPostings(wordKeys, partOf, o.maxPostings, shared);
  const entIndex = partitionedPostings(entKeys, partOf, o.maxPostings, shared);
  const shingleIndex = partitionedPostings(shingleKeys, partOf, o.maxPostings, shared);
  if (shared) {
    // sharedKeys' key tables and postings' documents made here once for every link task of every thread (session 58;
    // candidate-index.ts shareTables): the docOfUnit linkMeasures makes from the same measures.
    const docOfUnit = sharedOrNot(Int32Array, n, true);
    for (let u = 0; u < n; u++) docOfUnit[u] = units[u].docIndex;
    for (const index of [wordIndex, entIndex, shingleIndex]) shareTables(index, docOfUnit);
  }
  return {
    fingerprint: shared ? indexFingerprint(units, boilerplate, o, partOf) : '',
    prepared,
    wordKeys,
    entKeys,
    shingleKeys,
    wordIndex,
    entIndex,
    shingleIndex,
  };
}

/** The last indexes found to fit a units array (its identity), with what else the fingerprint
 *  covers: a link thread's tasks of one run share one units array (ingest/parallel/link-task.ts),
 *  so the fingerprint (a hash of every measure's text) is computed once per thread, not per task. */
let fitted: { ix: string; units: LinkUnit[]; rest: string; partOf: string[] } | undefined;

function fitsUnits(ix: LinkIndexes, units: LinkUnit[], boilerplate: string[], o: LinkOptions, partOf: string[]): boolean {
  const rest = JSON.stringify([boilerplate, o.maxDfShare, o.shingle, o.maxPostings]);
  const f = fitted;
  if (f && f.ix === ix.fingerprint && f.units === units && f.rest === rest && f.partOf.length === partOf.length && f.partOf.every((p, i) => p === partOf[i])) return true;
  if (ix.fingerprint !== indexFingerprint(units, boilerplate, o, partOf)) return false;
  fitted = { ix: ix.fingerprint, units, rest, partOf };
  return true;
}

/** Indexes built beforehand (by the main thread, in shared memory) for the linkMeasures calls
 *  `run` makes: used when they were built for the same units, options and partitions. */
let given: LinkIndexes | undefined;
export function withLinkIndexes<T>(ix: LinkIndexes | undefined, run: () => T): T {
  given = ix;
  try {
    return run();
  } finally {
    given = undefined;
  }
}

/** Each unit's TF-IDF vector (similarity.ts) as sorted term ids (one id per distinct term of the
 *  corpus, in the order the vectors first meet them) with their weights (`weights` runs beside
 *  `keys`): the index keys and a cosine by a merge walk, no string look-ups. One unit's vector at a
 *  time (issue 11: the vectors of every unit at once, one Map and one [id, weight] pair per term,
 *  were ≈ 1 GB of the main thread's heap at 10,000 documents); the same ids and weights. */
function termKeys(n: number, termsOf: (u: number) => string[], maxDfShare: number, shared: boolean): TermKeys {
  const df = documentFrequencies(n, termsOf);
  const maxDf = maxDocumentFrequency(n, maxDfShare, Infinity);
  const ids = new Map<string, number>();
  const keys = new Grow(Uint32Array);
  const weights = new Grow(Float64Array);
  const offsets = sharedOrNot(Uint32Array, n + 1, shared);
  for (let u = 0; u < n; u++) {
    const pairs = [...tfidfVector(termsOf(u), df, n, maxDf, 1)].map(([t, w]) => [ids.get(t) ?? ids.set(t, ids.size).get(t)!, w] as const).sort((a, b) => a[0] - b[0]);
    for (const [k, w] of pairs) {
      keys.push(k);
      weights.push(w);
    }
    offsets[u + 1] = keys.length;
  }
  return { keys: keys.done(shared), offsets, weights: weights.done(shared) };
}

/** Keys per unit (`keysOf(u)`) as one flat array with offsets, made one unit at a time. */
function keysOf(n: number, keysOfUnit: (u: number) => ArrayLike<number>, shared: boolean): UnitKeys {
  const keys = new Grow(Uint32Array);
  const offsets = sharedOrNot(Uint32Array, n + 1, shared);
  for (let u = 0; u < n; u++) {
    const k = keysOfUnit(u);
    for (let i = 0; i < k.length; i++) keys.push(k[i]);
    offsets[u + 1] = keys.length;
  }
  return { keys: keys.done(shared), offsets };
}

/** The full cosine of unit i with each candidate (every shared term, capped lists included). */
function exactCosines(i: number, v: TermKeys, among: Iterable<number>): Map<number, number> {
  const out = new Map<number, number>();
  const { keys, weights, offsets } = v;
  const [is, ie] = [offsets[i], offsets[i + 1]];
  for (const j of among) {
    let dot = 0;
    for (let a = is, b = offsets[j], be = offsets[j + 1]; a < ie && b < be; ) {
      if (keys[a] === keys[b]) dot += weights[a++] * weights[b++];
      else if (keys[a] < keys[b]) a++;
      else b++;
    }
    if (dot > 0) out.set(j, dot);
  }
  return out;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** A function of a candidate's index computed once per index (partialFloor.unit's share reads both articles' units; the floor
 *  and the record each ask for it). */
function memoByIndex(f: (k: number) => number): (k: number) => number {
  const seen = new Map<number, number>();
  return (k) => seen.get(k) ?? seen.set(k, f(k)).get(k)!;
}

/** Session 46 (helper link): whether every sentence of an article (its number dropped; sentences end at 。 or ；) matches
 *  `definition` (options.glossary.definitions): an article of definitions only. */
export function definitionsOnly(text: string, definition: RegExp): boolean {
  const sentences = text.replace(/\s+/g, '').replace(/^第[一二三四五六七八九十百零〇]+条/, '').split(/[。；]/).filter(Boolean);
  return sentences.length > 0 && sentences.every((x) => definition.test(x));
}
