// Session 49 (helper link, issue 13): policy instruments (政策工具) read as classes. A promotion law's article applies one
// instrument (funds, finance, tax, land, talent, information, services, procurement, planning, standards, evaluation,
// publicity, cooperation, demonstration) to a field, and a province restates it with its own instrument words and its own
// field words; the classes of ingest/lexicon/policy-instruments.txt name the instrument whatever the words (Rothwell and
// Zegveld's supply / environment / demand tools, the 政策工具 of Chinese public-policy writing). This module reads the
// lexicon and finds the classes a text names.
import { readFileSync } from 'node:fs';

/** One class: its name and terms. */
export interface InstrumentClass {
  name: string;
  terms: string[];
}

/** The classes of a lexicon file (`name: term | term | …`, `#` comments). */
export function readInstrumentClasses(url: URL): InstrumentClass[] {
  return readFileSync(url, 'utf8')
    .split('\n')
    .map((l) => l.replace(/#.*/, '').trim())
    .filter(Boolean)
    .map((l) => {
      const at = l.indexOf(':');
      if (at < 0) throw new Error(`policy-instruments: no class name in "${l}"`);
      return { name: l.slice(0, at).trim(), terms: l.slice(at + 1).split('|').map((t) => t.trim()).filter(Boolean) };
    });
}

/** ingest/lexicon/policy-instruments.txt. */
export const INSTRUMENT_CLASSES = readInstrumentClasses(new URL('../lexicon/policy-instruments.txt', import.meta.url));

/** The instrument terms a text holds, each with its class, in text order; at each place the longest term (财政资金 is not
 *  read again as 资金). A term listed under two classes counts for the first. */
export function instrumentMatcher(classes: InstrumentClass[]): (text: string) => { term: string; cls: string; at: number }[] {
  const classOf = new Map<string, string>();
  for (const c of classes) for (const t of c.terms) if (!classOf.has(t)) classOf.set(t, c.name);
  const terms = [...classOf.keys()].sort((a, b) => b.length - a.length);
  if (!terms.length) return () => [];
  const re = new RegExp(terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  return (text) => [...text.matchAll(re)].map((m) => ({ term: m[0], cls: classOf.get(m[0])!, at: m.index! }));
}

/** A clause of an article (cut at `cut`) with the instrument classes and terms it names and its field bigrams: its Han
 *  bigrams once the instrument terms are taken out (the field the instrument is applied to). */
export interface InstrumentClause {
  classes: Set<string>;
  terms: Set<string>;
  field: Set<string>;
}

const LABEL = /^\s*第[一二三四五六七八九十百零〇]+条(?:之[一二三四五六七八九十]+)?/;

/** The clauses of an article, each with its instruments and field bigrams (the article label left out). */
export function instrumentClauses(text: string, cut: RegExp, match = defaultMatcher()): InstrumentClause[] {
  const out: InstrumentClause[] = [];
  for (const part of text.replace(LABEL, '').split(cut)) {
    const found = match(part);
    let rest = part;
    for (const f of found) rest = rest.split(f.term).join('｜');
    out.push({ classes: new Set(found.map((f) => f.cls)), terms: new Set(found.map((f) => f.term)), field: hanBigrams(rest) });
  }
  return out;
}

/** An article's dominant instrument: the class with the most term occurrences, when it has at least `min` of them and
 *  more than any other class. */
export function dominantClass(text: string, min = 2, match = defaultMatcher()): string | undefined {
  const n = new Map<string, number>();
  for (const f of match(text.replace(LABEL, ''))) n.set(f.cls, (n.get(f.cls) ?? 0) + 1);
  const xs = [...n].sort((a, b) => b[1] - a[1]);
  if (!xs.length || xs[0][1] < min || (xs[1] && xs[1][1] === xs[0][1])) return undefined;
  return xs[0][0];
}

let matcher: ReturnType<typeof instrumentMatcher> | undefined;
function defaultMatcher() {
  return (matcher ??= instrumentMatcher(INSTRUMENT_CLASSES));
}

function hanBigrams(text: string): Set<string> {
  const out = new Set<string>();
  for (const run of text.split(/[^\u4e00-\u9fff]+/)) for (let i = 0; i + 1 < run.length; i++) out.add(run.slice(i, i + 2));
  return out;
}

/** The classes as rows of options.termClasses (the first entry, 工具<name>, is the class's token and never a term of a
 *  text): how session 49 measured the instruments as a soft signal in the pair TF-IDF, beside the five term classes. */
export const INSTRUMENT_TERM_CLASSES: string[][] = INSTRUMENT_CLASSES.map((c) => [`工具${c.name}`, ...c.terms]);

/** options.instrumentPairs (session 49): whether two clauses name one instrument class and share at least `minField` of
 *  their field bigrams (each clause's Han bigrams once its instrument terms are taken out): the same instrument applied to
 *  the same field. A class `subject` says is the higher document's subject (统计 in 统计法) is no instrument there; with
 *  `rare`, only the field bigrams it passes count. */
export function instrumentsMeet(
  lowerClause: string,
  higherClause: string,
  minField: number,
  subject: (cls: string) => boolean = () => false,
  /** Only field bigrams this says are rare count (the two documents' common wording is no field). */
  rare: (bigram: string) => boolean = () => true,
  match = defaultMatcher(),
): boolean {
  const [a, b] = [instrumentClauses(lowerClause, NO_CUT, match)[0], instrumentClauses(higherClause, NO_CUT, match)[0]];
  if (!a || !b || ![...a.classes].some((c) => b.classes.has(c) && !subject(c))) return false;
  let n = 0;
  for (const x of a.field) if (b.field.has(x) && rare(x) && ++n >= minField) return true;
  return false;
}
const NO_CUT = /(?!)/;

/** The share of a document's articles (texts) that name each class. */
export function classShares(texts: string[], match = defaultMatcher()): Map<string, number> {
  const n = new Map<string, number>();
  for (const t of texts) for (const c of new Set(match(t).map((f) => f.cls))) n.set(c, (n.get(c) ?? 0) + 1);
  return new Map([...n].map(([c, k]) => [c, k / Math.max(1, texts.length)]));
}
