// How much of the higher article's substance a lower article carries, and where the reused passages fall
// (options.thinSubstance, session 40). The link gold calls a link weak when the lower article carries only a side
// paragraph, one item or a part of the higher article's duties (tests/gold/README.md "Strong vs weak"). Read per clause:
// the higher article is cut into clauses (。；) under its paragraphs (articleUnits: items under their lead paragraph);
// its duty-bearing clauses (应当, 不得, 负责 …: `duty`) are its substance, its framing sentences not. `cover` is the
// IDF-weighted share of the substance's character bigrams found in the lower article; `inFirst` the part of everything
// the lower carries of the higher (by the same weight) that lies in the higher's first paragraph.
import { ARTICLE_LABEL } from './article-label.js';
import { articleUnits, hanBigrams, share } from './side-paragraph.js';

export interface SubstanceCarried {
  /** IDF-weighted share of the higher's duty-bearing clauses (all its clauses when none bears a duty) carried. */
  cover: number;
  /** Of the weight carried over all the higher's clauses, the part in its first paragraph (1 when nothing is carried). */
  inFirst: number;
}

interface Clause {
  bigrams: Set<string>;
  paragraph: number;
  duty: boolean;
}

function clausesOf(text: string, duty: RegExp): Clause[] {
  const out: Clause[] = [];
  for (const u of articleUnits(text.replace(ARTICLE_LABEL, '')))
    for (const c of u.text.split(/[。；;]/)) {
      const bigrams = hanBigrams(c);
      if (bigrams.size >= 4) out.push({ bigrams, paragraph: u.paragraph, duty: duty.test(c) });
    }
  return out;
}

/** What the lower article carries of the higher's substance, with `idf` weighing a bigram (side-paragraph.ts pairUnitIdf). */
export function substanceCarried(lowerText: string, higherText: string, idf: (g: string) => number, duty: RegExp): SubstanceCarried {
  const lower = hanBigrams(lowerText.replace(ARTICLE_LABEL, ''));
  const clauses = clausesOf(higherText, duty);
  const substance = clauses.some((c) => c.duty) ? clauses.filter((c) => c.duty) : clauses;
  const weight = (b: Set<string>) => {
    let w = 0;
    for (const g of b) w += idf(g);
    return w;
  };
  let [carried, total, first, all] = [0, 0, 0, 0];
  for (const c of clauses) {
    const [w, s] = [weight(c.bigrams), share(c.bigrams, lower, idf)];
    all += s * w;
    if (c.paragraph === 0) first += s * w;
  }
  for (const c of substance) {
    const w = weight(c.bigrams);
    carried += share(c.bigrams, lower, idf) * w;
    total += w;
  }
  return { cover: total ? carried / total : 0, inFirst: all ? first / all : 1 };
}

/** Whether a link carries the higher article thinly: under `cover` of its substance, and mostly outside its first
 *  paragraph (under `inFirst` of what it carries) — a part of the higher's duties, off its main provision. */
export function thinlyCarried(c: SubstanceCarried, o: { cover: number; inFirst: number }): boolean {
  return c.cover < o.cover && c.inFirst < o.inFirst;
}
