// A second law article carried by another paragraph of a lower article already linked (options.paragraphSecond, session
// 53 helper link3, issue 13). A provincial regulation often restates several articles of its law in one article, one
// paragraph each, and each paragraph with its own actor and its own duty (广东动物防疫 第三条: the government's
// leadership, the department's supervision, the other departments' duties, the townships' and the residents'
// committees' tasks, four paragraphs each carrying a different article of 动物防疫法; 河南人民防空 articles whose second
// paragraph gives another body another duty). The linker scores the article as a whole: its first link is the law
// article its longest or most specific paragraph restates, and a second article another paragraph restates is cut by
// the relative cut or the top-k, or, when the per-paragraph widening admits it, kept by options.extraLinksByParagraph only
// when some paragraph matches it best with a share ≥ its min.
// How this rule differs from extraLinksByParagraph: that rule filters the widening (a candidate already within the widened
// top-k and relative cut is kept only when some paragraph's best); it never adds a candidate the widening leaves out, and it
// does not ask whether the paragraph is one of its own. This rule adds, per paragraph, the paragraph's own best article
// of a higher document the lower article already links into, whatever its rank, when (1) the paragraph is distinct: it
// does not open by referring back (前款, 本条, 上述, 其 …) and it has its own actor or its own verb (its opening subject, or
// the verb after its first modal, differs from the first paragraph's), (2) its best article differs from the article's
// first link (the best candidate of that document), (3) the paragraph's share of bigrams found in it reaches `min` and
// beats the paragraph's second best by `margin`, and (4) the pair scores at least `minScore`. Pure over texts.
import { ARTICLE_LABEL } from './article-label.js';
import { hanBigrams } from './side-paragraph.js';

export interface ParagraphSecondRule {
  /** A paragraph opening that refers back to the article's earlier text (not a paragraph of its own). */
  back: RegExp;
  /** The markers that end a paragraph's opening subject (modals and the first verbs of a duty). */
  verbs: RegExp;
  distinct: 'subject' | 'either' | 'none';
  min: number;
  margin: number;
  minBigrams: number;
  /** Session 54 (helper link3): an actor is a plain noun phrase: a paragraph whose opening subject holds a comma (a
   *  condition, purpose or time clause before its verb: …的，…; 因…需要，…; 编制…规划，…) is no paragraph of its own. */
  plainActor?: boolean;
}

/** A lower paragraph: its text, its bigrams, its opening subject and verb. */
export interface LowerParagraph {
  text: string;
  bigrams: Set<string>;
  subject: string;
  verb: string;
  back: boolean;
}

/** The paragraphs (lines) of a lower article, its label left out, each read for the rule. */
export function lowerParagraphs(text: string, rule: Pick<ParagraphSecondRule, 'back' | 'verbs'>): LowerParagraph[] {
  const lines = text.replace(ARTICLE_LABEL, '').split('\n').map((l) => l.replace(/^[\s　]+/, '').trim()).filter(Boolean);
  return lines.map((l) => {
    const m = rule.verbs.exec(l);
    const at = m && m.index <= 24 ? m.index : -1;
    const subject = at >= 0 ? l.slice(0, at) : '';
    const verb = at >= 0 ? l.slice(at, at + m![0].length + 2) : l.slice(0, 4);
    return { text: l, bigrams: hanBigrams(l), subject, verb, back: rule.back.test(l) };
  });
}

/** Whether paragraph `i` (> 0) is one of its own: no reference back, and (by `distinct`) its own subject or verb. */
export function distinctParagraph(ps: LowerParagraph[], i: number, distinct: ParagraphSecondRule['distinct'], plainActor = false): boolean {
  const p = ps[i];
  if (i === 0 || p.back) return false;
  if (distinct === 'none') return true;
  const first = ps[0];
  if (plainActor && /[，,]/.test(p.subject)) return false;
  const ownSubject = p.subject !== '' && p.subject !== first.subject;
  if (distinct === 'subject') return ownSubject;
  return ownSubject || p.verb !== first.verb;
}

/** The candidates (indexes into `cands`, one higher document's, best score first) the rule adds: for each distinct
 *  paragraph of at least `minBigrams` bigrams, its best candidate by the share of its bigrams found in the candidate's
 *  text, when that share reaches `min`, beats the second best by `margin`, the candidate is not the first (cands[0]) and
 *  scores at least `minScore`. */
export function paragraphSeconds(ps: LowerParagraph[], cands: { text: string; score: number }[], rule: ParagraphSecondRule, minScore: number): number[] {
  if (ps.length < 2 || cands.length < 2) return [];
  const texts = cands.map((c) => hanBigrams(c.text.replace(ARTICLE_LABEL, '')));
  const out = new Set<number>();
  ps.forEach((p, i) => {
    if (p.bigrams.size < rule.minBigrams || !distinctParagraph(ps, i, rule.distinct, !!rule.plainActor)) return;
    let [best, first, second] = [-1, 0, 0];
    texts.forEach((t, k) => {
      let n = 0;
      for (const x of p.bigrams) if (t.has(x)) n++;
      const s = n / p.bigrams.size;
      if (s > first) [best, first, second] = [k, s, first];
      else if (s > second) second = s;
    });
    if (best <= 0 || first < rule.min || first - second < rule.margin || cands[best].score < minScore) return;
    out.add(best);
  });
  return [...out].sort((a, b) => a - b);
}

/** Session 54 (helper link3): the neighbour guard (options.paragraphSecond.reach). A law article that several articles of
 *  the lower document resemble (a general duty, a department's supervision, a disclosure or penalty article) is the best
 *  match of many paragraphs and no paragraph's own; the rule's link is kept only when at most `max` other articles of
 *  the lower document score that law article from `min` (`scoreOf(lo)`: the pair's score of lower article lo, undefined
 *  when not compared). */
export function withinReach(others: readonly number[], scoreOf: (lo: number) => number | undefined, reach: { min: number; max: number }): boolean {
  let n = 0;
  for (const lo of others) if ((scoreOf(lo) ?? 0) >= reach.min && ++n > reach.max) return false;
  return true;
}
