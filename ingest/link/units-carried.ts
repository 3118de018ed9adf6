// Session 58 (helper grading, issue 13): the higher article's duties as a list, and which of them each lower article of a
// row carries. The link gold's strong/weak rule (tests/gold/README.md: strong when the lower article carries the higher's
// main provision whole; weak when it carries one list item or a side paragraph, or the core in part) read structurally:
// the higher article's units are its list items ((一)(二)…) when its first paragraph leads a list of two or more, else its
// paragraphs when it has two or more; a lower article carries a unit when the unit's character bigrams are found in it at
// `carried` of their IDF weight. A row (the lower articles of one lower document linked into one higher article) *shares
// the units out* when this lower article carries some but not all of them and another lower article of the row carries one
// this one does not: each link then carries a part of the higher's duties, and the gold grades each weak (it does not add
// parts up: tests/gold/README.md, session 23).
import { articleUnits, hanBigrams, share } from './side-paragraph.js';

export interface UnitsCarried {
  /** The higher article's units (items of its first paragraph's list, or its paragraphs); 1 when it has no list or paragraphs. */
  units: number;
  /** Indexes of the units this lower article carries. */
  here: number[];
  /** For each other lower article of the row, the units it carries. */
  others: number[][];
  /** This lower article carries 1+ but not every unit, and another lower article of the row carries a unit it does not. */
  split: boolean;
}

export interface UnitsRule {
  /** The share of a unit's IDF-weighted bigrams the lower article must hold to carry it. */
  carried: number;
  /** A unit with fewer bigrams is not counted (a bare lead 县级以上人民政府应当履行下列职责). */
  minBigrams: number;
}

/** The units of a higher article: its first paragraph's list items when 2+, else its paragraphs when 2+, else the article. */
export function higherUnits(higherText: string, rule: UnitsRule): Set<string>[] {
  const us = articleUnits(higherText);
  const items = us.filter((u) => u.item && u.paragraph === 0);
  const paras: string[] = [];
  for (const u of us) paras[u.paragraph] = (paras[u.paragraph] ?? '') + u.text;
  const texts = items.length >= 2 ? items.map((u) => u.text) : paras.filter((p) => p !== undefined);
  return texts.map(hanBigrams).filter((b) => b.size >= rule.minBigrams);
}

export function unitsCarried(higherText: string, lowerText: string, otherLowers: string[], idf: (g: string) => number, rule: UnitsRule = { carried: 0.5, minBigrams: 6 }): UnitsCarried {
  const units = higherUnits(higherText, rule);
  const carriedBy = (t: string) => { const b = hanBigrams(t); return units.map((u, i) => (share(u, b, idf) >= rule.carried ? i : -1)).filter((i) => i >= 0); };
  const here = carriedBy(lowerText);
  const others = otherLowers.map(carriedBy);
  const split = units.length >= 2 && here.length >= 1 && here.length < units.length && others.some((o) => o.some((i) => !here.includes(i)));
  return { units: units.length, here, others, split };
}

/** The pass's rule (ClausePartsPass.unitsSplit): units counted at `n`+; carried by the plain share of their bigrams (the
 *  pass sees the linked articles' texts, not their documents', so no IDF). */
export interface UnitsSplitRule extends UnitsRule {
  n: number;
}

/** Whether this lower article and the others of its row share out the higher article's `n`+ units (UnitsCarried.split). */
export function unitsShared(higherText: string, lowerText: string, otherLowers: string[], rule: UnitsSplitRule): boolean {
  const u = unitsCarried(higherText, lowerText, otherLowers, () => 1, rule);
  return u.units >= rule.n && u.split;
}
