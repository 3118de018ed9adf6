// The parts of a higher article's main provision and which of them a lower article carries (options.mainParts,
// session 42). The link gold's rule of strong and weak (tests/gold/README.md "Strong vs weak", and the session-41
// reading below it) asks whether the lower article carries out the higher's MAIN PROVISION (its first paragraph with
// its items, or the whole of a one-paragraph article) whole: the same actor, the same duty, right, procedure or
// sanction, on the same object; a share of reused characters cannot tell "whole, in other words" from "part, in
// general terms". Chinese legal drafting writes a provision as [scope/condition，] actor + modal (应当/负责/可以 …) +
// duty verb + object: the parts are read by that pattern, from the first sentence of the main provision that bears a
// modal.
// - actor: the noun phrase before the modal (after any condition clause …的， / 在…时，), its level words dropped
//   (国务院, 县级以上地方各级人民政府, 省、自治区、直辖市 …: 国务院民政部门 and 县级以上人民政府民政部门 are the same actor one
//   level apart), cut at its conjunctions (、 和 及 以及 或者); carried when the lower article names one of its nouns.
//   A provision with no named actor (国家鼓励…, 禁止…) has no actor to miss.
// - duty: the verb after each modal of the main provision (adverbs such as 依法, 及时 skipped; a verb-like modal such as
//   负责, 禁止, 鼓励 is its own duty); carried when the lower article has one of them or a paraphrase of one
//   (ingest/lexicon/paraphrases.txt).
// - object: what follows the first duty verb up to the end of its sentence, as character bigrams; carried by the
//   IDF-weighted share of them found in the lower article.
// - condition: the scope or condition clause before the actor (reported, not asked: the gold lets a lower article add
//   conditions or set them in detail).
import { ARTICLE_LABEL } from './article-label.js';
import { articleUnits, hanBigrams, share } from './side-paragraph.js';
import type { PartsRule } from './options.js';

export interface PartsRuleShape {
  /** The modal words that end the actor and open the duty (应当|负责|可以 …). */
  modal: string;
  /** Modals that are duty verbs themselves (负责, 禁止, 鼓励 …). */
  verbModal: string;
  /** Adverbs and prepositions between a modal and its verb, skipped (依法|及时 …). */
  adverbs: string;
  /** Level words dropped from an actor (国务院|县级以上地方各级人民政府 …), and what is left that names no actor (人民政府 alone stays). */
  levels: string;
  /** Words that, left alone after the levels are dropped, name the state as a whole (国家, 各级): no actor to miss. */
  noActor: string;
  /** The conjunctions that cut an actor into its nouns. */
  conjunctions: string;
  /** Prepositions and verbs that end the actor inside its segment (血站对献血者 → 血站; 公民就…申请 → 公民). */
  actorEnd: string;
  /** An actor noun is carried when this share of its character bigrams is found in the lower article. */
  actorShare: number;
  /** A comma segment before the modal that is no subject: an adverbial opening with a preposition or conjunction, or a
   *  condition ending in 的 (在各自职责范围内, 因经济困难没有委托代理人的); the actor is the last other segment. */
  adverbial: string;
  /** A subject naming anyone at all (任何单位和个人不得…): no actor to miss. */
  anyone: string;
  /** A condition or scope clause opening the sentence (…的， / 在…时， / 对…，), dropped before the actor is read. */
  condition: string;
  /** Session 43: the coordinators that cut the first duty's object into its parts (、 和 及 以及 或者 …); optional. */
  objectConjunctions?: string;
}

export interface MainParts {
  /** Each duty of the main provision, one per modal: its verb and its object's bigrams (to the next comma). */
  clauses: { verb: string; object: Set<string> }[];
  actors: string[];
  /** The rule's actorShare, kept with the parts read by it. */
  actorShare: number;
  duties: string[];
  object: Set<string>;
  /** Session 43: the first duty's object read as a list of its coordinated parts (…、…和…/及/以及/或者), each as its
   *  character bigrams, and the list items of the main provision (（一）…；（二）…) as parts too. */
  objectParts: Set<string>[];
  /** Session 44: the text of each object part (objectParts' order), read by the head-noun test (options.mainParts.heads). */
  objectTexts: string[];
  /** Session 44: the parts as the head-noun test reads them (options.mainParts.heads): the first duty's object cut at its
   *  coordinators, a list closed by 等 (A、B、C等D) one part D with A, B, C as its examples, the level list 省、自治区、直辖市
   *  kept whole; the list items marked （一）（二）… only; and the duty verbs that are verbs, not a coverb (将, 通过, 向 …). */
  headParts: { text: string; examples: string[] }[];
  headDuties: string[];
  condition: string;
}

export interface PartsCarried {
  actor: boolean;
  duty: boolean;
  /** IDF-weighted share of the object's bigrams found in the lower article (1 when the provision has no object). */
  object: number;
  /** The share of the main provision's duties (clauses) carried: the verb or a paraphrase, and half of the object's weight. */
  clauses: number;
  /** How many duties the main provision has. */
  clauseCount: number;
  /** Session 43: how many of the main provision's parts (its distinct duty verbs and its object's coordinated parts) the
   *  lower article carries, and how many there are. */
  partsCarried: number;
  partsCount: number;
}

/** A PartsRule's patterns compiled once (shared with clause-parts.ts, which reads the modal its own way). */
export interface Compiled {
  modal: RegExp;
  verbModal: RegExp;
  adverbs: RegExp;
  levels: RegExp;
  noActor: RegExp;
  conj: RegExp;
  condition: RegExp;
  actorEnd: RegExp;
  adverbial: RegExp;
  anyone: RegExp;
}
const compiled = new WeakMap<PartsRule, Compiled>();
export function compile(r: PartsRule): Compiled {
  let c = compiled.get(r);
  if (!c)
    compiled.set(
      r,
      (c = {
        modal: new RegExp(r.modal),
        verbModal: new RegExp(`^(?:${r.verbModal})$`),
        adverbs: new RegExp(`^(?:${r.adverbs})`),
        levels: new RegExp(r.levels, 'g'),
        noActor: new RegExp(`^(?:${r.noActor})$`),
        conj: new RegExp(r.conjunctions),
        condition: new RegExp(r.condition),
        actorEnd: new RegExp(r.actorEnd),
        adverbial: new RegExp(r.adverbial),
        anyone: new RegExp(r.anyone),
      }),
    );
  return c;
}

/** The main provision of an article: its first paragraph with its list items (the whole of a one-paragraph article). */
export function mainProvision(text: string): string {
  return articleUnits(text.replace(ARTICLE_LABEL, ''))
    .filter((u) => u.paragraph === 0)
    .map((u) => u.text)
    .join('\n');
}

/** Session 44: a coverb or preposition after a modal opens no duty of its own (可以将其…注册, 可以通过…, 可以向…申请). */
const COVERB = /^(?:将|通过|向|按照|依照|对|在|为|由|经|从|把|与|同|就|以|自)/;
/** A list item marked （一）, 1. …: only these are the main provision's items in the head-noun reading. */
const ITEM = /^(?:[（(][一二三四五六七八九十]+[)）]|[0-9]+[.．、])/;
/** The level list of the provinces, one actor, not three parts. */
const PROVINCES = /省、自治区、直辖市/g;
/** The words that close an object after the noun a 等 list names (…等措施予以激励). */
const AFTER_HEAD = /(?:予以|进行|给予|实行|加以|的|，).*$/;

/** The first duty's object as parts: cut at its coordinators, a list closed by 等 one part (its hypernym, with examples). */
function readHeadParts(object: string, conj: RegExp): { text: string; examples: string[] }[] {
  const o = object.replace(PROVINCES, '省');
  const deng = o.lastIndexOf('等');
  if (deng > 0 && deng < o.length - 1) {
    const head = o.slice(deng + 1).replace(AFTER_HEAD, '');
    if (hanBigrams(head).size) return [{ text: head, examples: o.slice(0, deng).split(conj).filter((x) => hanBigrams(x).size > 0) }];
  }
  return o
    .split(conj)
    .filter((x) => hanBigrams(x).size > 0)
    .map((text) => ({ text, examples: [] }));
}

/** The actor, duty verbs, object and condition of a higher article's main provision. */
export function mainParts(higherText: string, rule: PartsRule): MainParts {
  const c = compile(rule);
  const main = mainProvision(higherText).replace(/\s+/g, '');
  const sentences = main.split(/[。；;：:]/).filter(Boolean);
  const duties: string[] = [];
  const clauses: MainParts['clauses'] = [];
  let actors: string[] = [];
  let object = new Set<string>();
  let condition = '';
  let objectParts: Set<string>[] = [];
  let objectTexts: string[] = [];
  let headParts: MainParts['headParts'] = [];
  const headDuties: string[] = [];
  let first = true;
  const objConj = new RegExp(rule.objectConjunctions ?? '、|以及|及其|及|和|或者|与|并且|并');
  for (const [i, s] of sentences.entries()) {
    const global = new RegExp(c.modal.source, 'g');
    let m: RegExpExecArray | null;
    while ((m = global.exec(s))) {
      const modal = m[0];
      let rest = s.slice(m.index + modal.length);
      for (let a = c.adverbs.exec(rest); a && a[0]; a = c.adverbs.exec(rest)) rest = rest.slice(a[0].length);
      const verb = c.verbModal.test(modal) ? modal : rest.slice(0, 2);
      if (/^[\u4e00-\u9fff]{2}$/.test(verb) && !duties.includes(verb)) duties.push(verb);
      if (/^[\u4e00-\u9fff]{2}$/.test(verb) && !COVERB.test(verb) && !headDuties.includes(verb)) headDuties.push(verb);
      if (/^[\u4e00-\u9fff]{2}$/.test(verb)) clauses.push({ verb, object: hanBigrams((c.verbModal.test(modal) ? rest : rest.slice(2)).split(/[，,]/)[0]) });
      if (first) {
        first = false;
        let head = s.slice(0, m.index);
        const cond = c.condition.exec(head);
        if (cond) {
          condition = cond[0];
          head = head.slice(cond[0].length);
        }
        const segs = head.split(/[，,]/).filter((x) => x && !c.adverbial.test(x));
        let subject = (segs[segs.length - 1] ?? '').replace(/[（(][^）)]*[）)]/g, '');
        if (c.anyone.test(subject)) subject = '';
        const end = c.actorEnd.exec(subject.slice(2));
        if (end) subject = subject.slice(0, end.index + 2);
        // The actor is read from the provision's first sentence only: a later sentence's subject is not the provision's.
        actors = (i > 0 ? '' : subject)
          .split(c.conj)
          .map((n) => (c.noActor.test(n) ? '' : n.replace(c.levels, '')))
          .filter((n) => n.length >= 2 && !c.noActor.test(n));
        object = hanBigrams((c.verbModal.test(modal) ? rest : rest.slice(2)).split(/[，,]/).slice(0, 2).join('，'));
        objectTexts = (c.verbModal.test(modal) ? rest : rest.slice(2))
          .split(/[，,]/)[0]
          .split(objConj)
          .filter((x) => hanBigrams(x).size > 0);
        objectParts = objectTexts.map((x) => hanBigrams(x));
        headParts = readHeadParts((c.verbModal.test(modal) ? rest : rest.slice(2)).split(/[，,]/)[0], objConj);
      }
    }
  }
  // The main provision's list items (sentences after the first with no modal of their own) are parts of its object.
  if (!first)
    for (const s of sentences.slice(1)) {
      if (c.modal.test(s)) continue;
      const t = s.replace(/^[（(][一二三四五六七八九十]+[)）]/, '');
      const b = hanBigrams(t);
      if (b.size) {
        objectParts.push(b);
        objectTexts.push(t);
      }
      if (ITEM.test(s) && b.size) headParts.push({ text: t, examples: [] });
    }
  return { clauses, actors, actorShare: rule.actorShare, duties, object, objectParts, objectTexts, headParts, headDuties, condition };
}

/** Session 43: the actor-counterpart lexicon (ingest/lexicon/actor-counterparts.txt): an actor noun and the other names a
 *  lower article gives the same actor (a short form, a person noun for a condition phrase). */
export type Counterparts = Map<string, string[]> | [string, string[]][];
export function readCounterparts(text: string): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const line of text.split('\n')) {
    const l = line.replace(/#.*/, '').trim();
    if (!l.includes('=')) continue;
    const [a, b] = l.split('=').map((x) => x.trim());
    const others = b.split('|').map((x) => x.trim()).filter(Boolean);
    for (const k of a.split('|').map((x) => x.trim()).filter(Boolean)) m.set(k, [...(m.get(k) ?? []), ...others]);
  }
  return m;
}

/** Which parts of `parts` the lower article carries; `same` maps a word to its paraphrase class's first word;
 *  `counterparts` (session 43) the other names of an actor noun (a noun containing the key counts). */
export function partsCarried(lowerText: string, parts: MainParts, idf: (g: string) => number, same: (w: string) => string = (w) => w, counterparts?: Counterparts): PartsCarried {
  const lower = lowerText.replace(ARTICLE_LABEL, '').replace(/\s+/g, '');
  const lowerBigrams = hanBigrams(lower);
  const named = (a: string) => {
    if (!counterparts) return false;
    for (const [k, others] of counterparts) if (a.includes(k) && others.some((o) => lower.includes(o))) return true;
    return false;
  };
  const actor = !parts.actors.length || parts.actors.some((a) => lower.includes(a) || share(hanBigrams(a), lowerBigrams, () => 1) >= parts.actorShare || named(a));
  // The lower article's bigrams by paraphrase class, once: a verb is carried as itself or as a word of its class.
  const lowerClasses = new Set([...lowerBigrams].map(same));
  const has = (v: string) => lower.includes(v) || lowerClasses.has(same(v));
  const duty = !parts.duties.length || parts.duties.some(has);
  const object = parts.object.size ? share(parts.object, lowerBigrams, idf) : 1;
  const carried = parts.clauses.filter((cl) => has(cl.verb) && (!cl.object.size || share(cl.object, lowerBigrams, idf) >= 0.5)).length;
  const objCarried = parts.objectParts.filter((b) => share(b, lowerBigrams, idf) >= 0.5).length;
  const dutyCarried = parts.duties.filter(has).length;
  return {
    actor,
    duty,
    object,
    clauses: parts.clauses.length ? carried / parts.clauses.length : 1,
    clauseCount: parts.clauses.length,
    partsCarried: objCarried + dutyCarried,
    partsCount: parts.objectParts.length + parts.duties.length,
  };
}

/** Session 44: the part-heads lexicon (ingest/lexicon/part-heads.txt): verb classes and head-noun classes. */
export interface PartHeads {
  verbs: string[][];
  nouns: string[][];
}
export function readPartHeads(text: string): PartHeads {
  const out: PartHeads = { verbs: [], nouns: [] };
  for (const line of text.split('\n')) {
    const m = /^(verb|noun):(.*)$/.exec(line.replace(/#.*/, '').trim());
    if (!m) continue;
    const words = m[2].split('|').map((w) => w.trim()).filter(Boolean);
    if (words.length) (m[1] === 'verb' ? out.verbs : out.nouns).push(words);
  }
  return out;
}

/** Generic tails dropped before a part's head noun is read (…工作, …事项, …有关情况 name no thing of their own). */
const GENERIC_TAIL = /(?:的|等|工作|事项|活动|有关|相关|各项|各种)+$/;
/** The head noun of a part: its last two characters, generic tails dropped. */
export function headNoun(part: string): string {
  const t = part.replace(/[^\u4e00-\u9fff]/g, '').replace(GENERIC_TAIL, '');
  return t.length >= 2 ? t.slice(-2) : '';
}

/** Session 44: which parts of the main provision (its session-44 reading: headParts, headDuties) the lower article
 *  carries. A part is carried by half of its bigrams' IDF weight, or, given the part-heads lexicon, by its head noun (or a
 *  noun of its class) with its opening verb (or a verb of its class) when it opens with one; a 等 list by its hypernym or
 *  half of its examples; a duty verb by itself, its paraphrase class or (given the lexicon) its verb class. */
export function partsCarriedByHeads(lowerText: string, parts: MainParts, idf: (g: string) => number, heads: PartHeads | null, same: (w: string) => string = (w) => w): { partsCarried: number; partsCount: number } {
  const lower = lowerText.replace(ARTICLE_LABEL, '').replace(/\s+/g, '');
  const lowerBigrams = hanBigrams(lower);
  const lowerClasses = new Set([...lowerBigrams].map(same));
  const classOf = (w: string, classes: string[][]) => classes.find((c) => c.includes(w)) ?? [w];
  const verbIn = (v: string) => lower.includes(v) || lowerClasses.has(same(v)) || (!!heads && classOf(v, heads.verbs).some((x) => lower.includes(x)));
  const carried = (p: string): boolean => {
    if (share(hanBigrams(p), lowerBigrams, idf) >= 0.5) return true;
    if (!heads) return false;
    const head = headNoun(p);
    const v = heads.verbs.flat().find((w) => p.startsWith(w));
    return !!head && classOf(head, heads.nouns).some((x) => lower.includes(x)) && (!v || verbIn(v));
  };
  const objCarried = parts.headParts.filter((p) => carried(p.text) || (p.examples.length > 0 && p.examples.filter(carried).length * 2 >= p.examples.length)).length;
  const dutyCarried = parts.headDuties.filter(verbIn).length;
  return { partsCarried: objCarried + dutyCarried, partsCount: parts.headParts.length + parts.headDuties.length };
}
