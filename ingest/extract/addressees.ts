// Who must act: the bodies a measure names as the ones to carry it out (各省级科协, 各全国学会,
// 中国科协党组、书记处, 各地区各部门, 县级以上人民政府 …), by general forms of administrative
// language kept as data in ingest/lexicon/addressees.txt. A form counts when it is a clause's
// subject (it opens the clause, possibly after the issuer's own name: 中国科协党组、书记处…) or
// follows a verb of mobilising (动员地方科协、全国学会). 本单位/本部门 are not forms: they refer back to
// the clause's subject (动员本单位…的公民). A measure whose every addressee is the
// issuer itself (its 党组, 书记处, 机关各部门) asks nothing of anyone else: downstream it is "not
// applicable", never a gap.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_LEXICON_DIR } from '../lexicon/load.js';

export type AddresseeScope = 'issuer' | 'lower' | 'other';

export interface AddresseeLexicon {
  /** Longest form first. `planOnly`: the units of an organisation's own plan (各部门和单位), the
   *  issuer's in a plan; in a regulation's article they are every unit of the region (lexicon scope `own`). */
  forms: { form: string; scope: AddresseeScope; planOnly?: true }[];
  verbs: string[];
}

export interface Addressee {
  /** As written, with the issuer's name when it precedes the form (中国科协党组、书记处). */
  name: string;
  scope: AddresseeScope;
  span: [number, number];
}

const cache = new Map<string, AddresseeLexicon>();

export function loadAddresseeLexicon(dir = process.env.POLICY_GRAPH_LEXICON ?? DEFAULT_LEXICON_DIR): AddresseeLexicon {
  const cached = cache.get(dir);
  if (cached) return cached;
  const file = join(dir, 'addressees.txt');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    text = readFileSync(join(DEFAULT_LEXICON_DIR, 'addressees.txt'), 'utf8');
  }
  const lex: AddresseeLexicon = { forms: [], verbs: [] };
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const [scope, form] = line.split('|').map((s) => s.trim());
    if (!form) throw new Error(`${file}:${i + 1}: expected "scope | form"`);
    if (scope === 'verb') lex.verbs.push(form);
    else if (scope === 'own') lex.forms.push({ form, scope: 'issuer', planOnly: true });
    else if (scope === 'issuer' || scope === 'lower' || scope === 'other') lex.forms.push({ form, scope });
    else throw new Error(`${file}:${i + 1}: unknown scope "${scope}" (issuer, lower, other, own or verb)`);
  });
  lex.forms.sort((a, b) => b.form.length - a.form.length || (a.form < b.form ? -1 : 1));
  cache.set(dir, lex);
  return lex;
}

const CLAUSE_END = /[。；;！？\n]/;
const ARTICLE = /^\s*第[一二三四五六七八九十百零〇]+条/;
const HEADING = /^\s*(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.．、]|（\d+）|[①-⑳]|第[一二三四五六七八九十百]+条)\s*/;

/**
 * Addressees named in a measure's text. `issuerNames` are the issuer's name and short forms
 * (中国科学技术协会, 中国科协): before a form they make it the issuer's own organ.
 */
export function findAddressees(text: string, issuerNames: string[], lex: AddresseeLexicon = loadAddresseeLexicon()): Addressee[] {
  const out: Addressee[] = [];
  // Made at the first form found (session 59, perf: most measures name none, and these were most of the time).
  let seen: { taken: Uint8Array; names: string[]; clauseStarts: Set<number>; article: boolean } | undefined;
  for (const { form, scope, planOnly } of lex.forms) {
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
      seen ??= clauses(text, issuerNames);
      const { taken, names, clauseStarts, article } = seen;
      if (takenIn(taken, at, at + form.length)) continue;
      // In a regulation's article, 各部门和单位 are the region's, not the issuer's, unless its name precedes them.
      if (planOnly && article && !names.some((n) => text.startsWith(n, at - n.length))) continue;
      // After the issuer's own name (中国科协党组, 召开中国科协常委会…) a form names the issuer's organ anywhere.
      const issuer = scope === 'issuer' ? names.find((n) => text.startsWith(n, at - n.length)) : names.find((n) => text.startsWith(n, at - n.length) && clauseStarts.has(at - n.length));
      const opens = clauseStarts.has(at) || issuer !== undefined;
      const mobilised = lex.verbs.some((v) => text.startsWith(v, at - v.length));
      if (!opens && !mobilised) continue;
      const start = issuer ? at - issuer.length : at;
      for (let k = Math.max(0, start); k < at + form.length; k++) taken[k] = 1;
      out.push({ name: text.slice(start, at + form.length), scope, span: [start, at + form.length] });
    }
  }
  return out.sort((a, b) => a.span[0] - b.span[0]);
}

/** What findAddressees reads around a form: the characters taken by an addressee already found, the issuer's names
 *  longest first, where clauses start (after the heading, after each clause's end) and whether the text is an article. */
function clauses(text: string, issuerNames: string[]): { taken: Uint8Array; names: string[]; clauseStarts: Set<number>; article: boolean } {
  const names = [...issuerNames].filter(Boolean).sort((a, b) => b.length - a.length);
  const clauseStarts = new Set<number>();
  const headingEnd = text.match(HEADING)?.[0].length ?? 0;
  clauseStarts.add(headingEnd);
  for (let i = 0; i < text.length; i++) if (CLAUSE_END.test(text[i])) clauseStarts.add(i + 1);
  return { taken: new Uint8Array(text.length), names, clauseStarts, article: ARTICLE.test(text) };
}

function takenIn(taken: Uint8Array, from: number, to: number): boolean {
  for (let k = from; k < to && k < taken.length; k++) if (taken[k]) return true;
  return false;
}

/** True when the measure names addressees and every one is the issuer itself. */
export function issuerOnly(addressees: Addressee[]): boolean {
  return addressees.length > 0 && addressees.every((a) => a.scope === 'issuer');
}
