// Session 54 (helper verdict, issue 13): the clause-part reading of a higher article's main provision. Session 53's census
// of the 'partial called implemented' rows (docs/history/links.md) found the gold's readers grading a lower article weak
// when it names only some of the main provision's PARTS — its actors (subjects), its duties (verb phrases) and their
// objects — and every share-of-characters reading since session 47 turning gold-strong links in proportion. This module
// reads the parts from the drafting structure, not from characters:
// - the main provision is the first paragraph with its items (parts.ts mainProvision), cut into sentences at 。；：;
// - in a sentence with a modal (应当 / 负责 / 可以 / 鼓励 …, MAIN_PARTS_RULE.modal, not one followed by 的 as in
//   直接负责的主管人员), the actor phrase is the subject before the first modal (its condition clause …的， / 在…时， and
//   adverbial segments dropped, parts.ts's rule), cut at 、/和/及/以及/或者/与 into actor nouns, each with its level words
//   dropped (县级以上人民政府 and 各级人民政府 both read 人民政府; 国家 / 国务院 / 任何单位和个人 name no actor to miss);
// - the duties are the comma clauses from the modal on: the first one's verb is the modal itself when it is a duty verb
//   (负责, 鼓励 …) or the two characters after it (adverbs 依法 / 及时 … skipped); each later comma clause opening with a
//   verb, not a coverb (将 / 通过 / 对 …), is a duty of its own; a duty's object head is its last noun (parts.ts headNoun);
// - a sentence opening with the state itself and no modal (国家建立…，完善…) is read as duties with no actor, and the
//   provision's list items (（一）…) as one duty each.
// A lower article names an actor by the noun itself, half of its bigrams, or a counterpart (ingest/lexicon/
// actor-counterparts.txt: 人民政府 = 政府, 行政部门 = 主管部门 …), and a duty by its verb (or its paraphrase or part-heads
// verb class) together with its object head (or a noun of its class); a duty with no object head by its verb alone.
import { ARTICLE_LABEL } from './article-label.js';
import { hanBigrams, share } from './side-paragraph.js';
import { compile as compileParts, headNoun, mainProvision, type Compiled, type Counterparts, type PartHeads } from './parts.js';
import type { PartsRule } from './options.js';
import { unitsShared, type UnitsSplitRule } from './units-carried.js';
import { actsShort, supervisionOnly, type ActorSupervisionRule, type ActsShortRule } from './acts.js';

export interface Duty {
  /** The duty verb (two characters, or the verb-like modal 负责 / 鼓励 …). */
  verb: string;
  /** The head noun of its object ('' when none is read). */
  head: string;
  /** The clause it was read from. */
  text: string;
  /** Read from a list item （一）… of the provision. */
  item?: boolean;
}
export interface ClauseParts {
  actors: string[];
  duties: Duty[];
}

/** The opener of a sentence naming the state itself with no modal (国家建立… / 国务院制定…): its duties have no actor. */
const STATE_OPENER = /^(?:国家|国务院|各级人民政府|县级以上(?:地方)?(?:各级)?人民政府)(?=[\u4e00-\u9fff])/;
/** A coverb or preposition opening a clause: no duty of its own (parts.ts COVERB, with the conjunctions of a clause). */
const COVERB = /^(?:将|通过|向|按照|依照|依据|对|在|为|由|经|从|把|与|同|就|以|自|及|和|或|但|其|所|使|给|使之|确保|保证|做到|不|的|被|除)/;
/** Words joining a further duty to the clause before (并及时…, 必要时提供…): dropped before its verb is read. */
const JOIN = /^(?:并且|并|同时|还|必要时|另外)/;
/** A lead of a list of conducts or cases. */
const CONDUCT_LIST = /下列(?:[\u4e00-\u9fff]{0,4})(?:行为|情形|情况|情节)之一/;
const ITEM = /^(?:[（(][一二三四五六七八九十]+[)）]|[0-9]+[.．、])/;

/** parts.ts's compiled rule, with the modal read globally and not before 的 (直接负责的主管人员 names no duty). */
const cache = new WeakMap<PartsRule, Compiled>();
function compileBase(r: PartsRule): Compiled {
  let c = cache.get(r);
  if (!c) cache.set(r, (c = { ...compileParts(r), modal: new RegExp(`(?:${r.modal})(?!的)`, 'g') }));
  return c;
}
/** Session 56: the compiled rule with the reading's drafting words (ClauseReading's optional fields); without them the
 *  session-54 / 55 rule as it was. */
type C = Compiled & { state: RegExp; coverbs: RegExp | null; unit: RegExp | null; numberTail: RegExp | null; coverbVerb: RegExp | null; coverbLight: RegExp | null; encouraged: { verbs: RegExp; open: RegExp } | null; timeClause: RegExp | null };
const cache56 = new WeakMap<PartsRule, WeakMap<object, C>>();
const NO_READING = {};
function compile(r: PartsRule, reading?: ClauseReading | null): C {
  const key = reading ?? NO_READING;
  const byReading = cache56.get(r) ?? cache56.set(r, new WeakMap()).get(r)!;
  let c = byReading.get(key);
  if (!c) {
    const base = compileBase(r);
    const x = reading ?? undefined;
    c = {
      ...base,
      adverbs: x?.beforeVerb ? new RegExp(`^(?:${r.adverbs}|${x.beforeVerb})`) : base.adverbs,
      state: x?.stateNot ? new RegExp(`^(?:国家(?!${x.stateNot})|国务院|各级人民政府|县级以上(?:地方)?(?:各级)?人民政府)(?=[\u4e00-\u9fff])`) : STATE_OPENER,
      coverbs: x?.coverbs ? new RegExp(`^(?:${x.coverbs})`) : null,
      unit: x?.unit ? new RegExp(x.unit, 'g') : null,
      numberTail: x?.numberTail ? new RegExp(`(?:${x.numberTail})$`) : null,
      // Session 57: the verb closing a coverb phrase (向社会公开…, 对居民进行…), within `reach` characters of the coverb.
      coverbVerb: x?.coverbPhrase ? new RegExp(`^(?:${x.coverbPhrase.open})[^，,；;。]{1,${x.coverbPhrase.reach}}?(${x.coverbPhrase.verbs})`) : null,
      encouraged: x?.coverbPhrase?.encouraged ? { verbs: new RegExp(`^(?:${x.coverbPhrase.encouraged.verbs})$`), open: new RegExp(`^(?:${x.coverbPhrase.encouraged.open})`) } : null,
      coverbLight: x?.coverbPhrase?.light ? new RegExp(`^(?:${x.coverbPhrase.light})$`) : null,
      // Session 57: a time clause with its actor inside (…部门接到事故报告后，): the actor ends before its verb.
      timeClause: x?.timeClause ? new RegExp(`^(.{2,}?)(?:${x.timeClause})[^，,]*(?:后|时)$`) : null,
    };
    byReading.set(key, c);
  }
  return c;
}
/** Session 56: the first modal of a text outside the units (负有…职责的部门 names an actor, not a duty of 监督管理). */
function modalOf(s: string, c: C): RegExpExecArray | null {
  const masked = c.unit ? s.replace(c.unit, (u) => '\u3007'.repeat(u.length)) : s;
  const m = new RegExp(c.modal.source).exec(masked);
  if (m) m[0] = s.slice(m.index, m.index + m[0].length);
  return m;
}

const skipAdverbs = (s: string, adverbs: RegExp) => {
  for (let a = adverbs.exec(s); a && a[0]; a = adverbs.exec(s)) s = s.slice(a[0].length);
  return s;
};
const han2 = (s: string) => /^[\u4e00-\u9fff]{2}$/.test(s);

/** Session 55 (helper verdict): three readings of the drafting the session-54 reader missed, as data
 *  (options.ts CLAUSE_READING; absent from a pass: the session-54 reading). */
export interface ClauseReading {
  /** A segment after ； with no modal of its own continues the duties of the segment before it (the modal of the first
   *  clause governs the clauses after ；: 各级人民政府应当发挥…；引导…；统筹…), unless it opens with one of these (a
   *  condition …的， / …后，, a coverb, an actor of its own): a regex source; null: not read (session 54). */
  continued: string | null;
  /** A passive 应当由…作出: after the modal, 由 and the actor, a noun ending in one of these tails (a further tail within
   *  four characters extends it: 由县级以上人民政府民政部门作出); the actor is that noun (its modifiers before 的
   *  dropped), not the subject before the modal: a regex source; null: not read (session 54). */
  passiveTails: string | null;
  /** Verbs with no object of their own in a passive (作出, 进行 …): the duty's object is the subject before the modal. */
  lightVerbs: string;
  /** An actor list closed by 等 and a class noun (广播、电视、报刊、网络等媒体) is one actor, the class (cut at 和 / 、
   *  when several: 等部门和单位), not each example. */
  dengClass: boolean;
  /** Session 56 (helper verdict): four more drafting patterns; absent: session 55's reading. Words after 国家 that make it
   *  no state opener (国家机关、事业单位…开展…所需的经费 names actors, not the state): a regex source. */
  stateNot?: string;
  /** Adverbs of manner, and coverb phrases naming a partner, between a modal and its verb (应当由应急管理部门书面报告…,
   *  定期公布, 立即报告, 应当会同有关部门制定…), besides the rule's adverbs: skipped before the verb is read. */
  beforeVerb?: string;
  /** Coverbs opening a clause followed by another (应当根据各自的特点，采取…): the clause is the manner, no duty of its own. */
  coverbs?: string;
  /** A relative clause naming an actor by its duty or its trade (负有安全生产监督管理职责的部门, 从事动物饲养、屠宰…等活动的单位):
   *  one unit of the actor phrase, no modal read inside it, no conjunction or 等 list cutting it: a regex source. */
  unit?: string;
  /** A number phrase closing the noun after 由 (由每个居民小组选举代表二至三人…): a count of persons, not an actor: no passive. */
  numberTail?: string;
  /** Session 57 (helper verdict): a coverb phrase opening a duty clause (应当定期向社会公开…, 结合…，对居民、村民进行国防教育,
   *  应当将…纳入…): the duty's verb is the first of `verbs` within `reach` characters after a coverb of `open` (regex
   *  sources); absent: session 56's reading (a clause opening with a coverb reads no duty). `light`: the verbs of these
   *  that only carry a verbal noun (对教师进行培训, 予以表彰): the duty is its object, named by that noun alone.
   *  `encouraged`: after a duty of these verbs (鼓励 / 支持 …), a clause opening with one of these coverbs (为…提供…) is the
   *  encouraged party's activity, no duty of the provision's actor. */
  coverbPhrase?: { open: string; verbs: string; reach: number; light?: string; encouraged?: { verbs: string; open: string } };
  /** Session 57: the verbs of a time clause holding the actor before the modal (负有…职责的部门接到事故报告后，应当…): the
   *  actor is the phrase before the verb (a regex source); absent: session 56's reading (the clause read as the actor). */
  timeClause?: string;
}
/** A list of examples closed by 等 before its class noun (文化、新闻、出版等|部门): two or more items joined by 、 (not
 *  across 和 / 及 / 与, which join whole actors), the 等 not that of 高等 / 中等 / 同等 / 平等 or 等级. */
const DENG_LIST = /(?:[^、和及与，,]+、)+[^、和及与，,]*?(?<![高中初同平均对])等(?!级)(?=[\u4e00-\u9fff]{2})/g;
interface Reading {
  continued: RegExp | null;
  passive: RegExp | null;
  light: RegExp;
  dengClass: boolean;
}
const readings = new WeakMap<ClauseReading, Reading>();
function compileReading(r: ClauseReading | null | undefined): Reading | null {
  if (!r) return null;
  let x = readings.get(r);
  if (!x) {
    const t = r.passiveTails;
    readings.set(
      r,
      (x = {
        continued: r.continued === null ? null : new RegExp(r.continued),
        passive: t === null ? null : new RegExp(`^由((?:[^，,]{0,16}?(?:${t}))(?:[^，,]{0,4}?(?:${t}))*)`),
        light: new RegExp(`^(?:${r.lightVerbs})`),
        dengClass: r.dengClass,
      }),
    );
  }
  return x;
}

/** The actor nouns of a subject phrase, level words dropped; none for the state, anyone, or an adverbial. */
function actorNouns(head: string, c: C, rd: Reading | null = null): string[] {
  // Session 56: the units (负有…职责的 / 从事…活动的) held whole while the phrase is cut, restored in the nouns.
  const units: string[] = [];
  if (c.unit) head = head.replace(c.unit, (u) => String.fromCharCode(0xe000 + units.push(u) - 1));
  const restore = (n: string) => (units.length ? n.replace(/[\ue000-\ue0ff]/g, (k) => units[k.charCodeAt(0) - 0xe000]) : n);
  const cond = c.condition.exec(head);
  if (cond) head = head.slice(cond[0].length);
  const segs = head.split(/[，,]/).filter((x) => x && !c.adverbial.test(x));
  let subject = (segs[segs.length - 1] ?? '').replace(/[（(][^）)]*[）)]/g, '');
  if (c.anyone.test(subject)) return [];
  // Session 57: X接到…后 / X发现…时 before the modal: the actor is X.
  const tc = c.timeClause?.exec(subject);
  if (tc) subject = tc[1];
  const end = c.actorEnd.exec(subject.slice(2));
  if (end) subject = subject.slice(0, end.index + 2);
  // Session 55: a list closed by 等 and its class noun(s): the class, once (its examples are not parts to miss).
  if (rd?.dengClass) subject = subject.replace(DENG_LIST, '');
  return subject
    .split(c.conj)
    .map((n) => (c.noActor.test(n) ? '' : restore(n).replace(c.levels, '')))
    .filter((n) => n.length >= 2 && !c.noActor.test(n));
}

/** The duties of the clauses from a modal (or a state opener) on: the first clause's verb, then each comma clause that
 *  opens with a verb. */
function dutiesOf(rest: string, modal: string, c: C, rd: Reading | null = null, actors?: string[]): Duty[] {
  const out: Duty[] = [];
  const clauses = rest.split(/[，,]/);
  clauses.forEach((cl, j) => {
    let t = skipAdverbs(cl.replace(JOIN, ''), c.adverbs);
    // A later clause with a modal of its own: its duty is read after that modal.
    const m = j > 0 ? modalOf(t, c) : null;
    // Session 55: … and a passive (采血必须由…医务人员进行) read with its actor after 由.
    const pv = m && m.index <= 12 && rd ? passiveParts(t.slice(0, m.index), skipAdverbs(t.slice(m.index + m[0].length), c.adverbs), c, rd) : null;
    if (pv) {
      for (const a of pv.actors) if (actors && !actors.includes(a)) actors.push(a);
      out.push(...pv.duties);
      return;
    }
    let verb: string;
    if (j === 0 && modal && c.verbModal.test(modal)) verb = modal;
    else if (m && m.index <= 12) {
      t = skipAdverbs(t.slice(m.index + m[0].length), c.adverbs);
      verb = c.verbModal.test(m[0]) ? m[0] : t.slice(0, 2);
      if (!c.verbModal.test(m[0])) t = t.slice(2);
    } else {
      // Session 56: a manner clause (根据…，) before the clause of the duty.
      if (c.coverbs && j < clauses.length - 1 && c.coverbs.test(t)) return;
      // Session 57: a coverb phrase before the verb of the duty (向社会公开…, 对学生进行…, 将…纳入…): the verb after it.
      const cv = c.coverbVerb?.exec(t);
      // … not a 为… clause after an encouragement (鼓励创办…机构，为…提供…服务): the encouraged party's activity.
      if (cv && !(c.encouraged && out.some((d) => c.encouraged!.verbs.test(d.verb)) && c.encouraged.open.test(t))) {
        t = t.slice(cv[0].length);
        // 进行 / 予以 … with a verbal noun (对教师进行培训): the duty is named by its object alone.
        verb = c.coverbLight?.test(cv[1]) ? '' : cv[1];
        out.push({ verb, head: headNoun(t), text: cl });
        return;
      }
      if (j > 0 && (COVERB.test(t) || t.replace(/[^\u4e00-\u9fff]/g, '').length < 4)) return;
      if (COVERB.test(t)) return;
      verb = t.slice(0, 2);
      t = t.slice(2);
    }
    if (!han2(verb) && !c.verbModal.test(verb)) return;
    out.push({ verb, head: headNoun(t), text: cl });
  });
  return out;
}

/** Session 55: a passive 由…<verb> after a modal: the actor noun after 由 and the duties from its verb on, the light
 *  verb's object the subject before the modal. Null when the text after the modal is not a passive. */
function passiveParts(subject: string, rest: string, c: C, rd: Reading): ClauseParts | null {
  const m = rd.passive?.exec(rest);
  if (!m || c.numberTail?.test(m[1])) return null;
  const noun = m[1].slice(m[1].lastIndexOf('的') + 1).replace(c.levels, '');
  const actors = noun.length >= 2 && !c.noActor.test(noun) ? [noun] : [];
  const duties = dutiesOf(skipAdverbs(rest.slice(m[0].length), c.adverbs), '', c);
  const object = headNoun(subject.replace(c.condition, ''));
  if (duties[0] && rd.light.test(duties[0].verb) && !duties[0].head) duties[0] = { ...duties[0], head: object };
  return { actors, duties };
}

/** The actors and duties of a higher article's main provision (`reading`: session 55's readings, absent: session 54's). */
export function clauseParts(higherText: string, rule: PartsRule, reading?: ClauseReading | null): ClauseParts {
  const c = compile(rule, reading);
  const rd = compileReading(reading);
  const main = mainProvision(higherText).replace(/\s+/g, '');
  const actors: string[] = [];
  const duties: Duty[] = [];
  const addDuty = (d: Duty) => {
    if (!duties.some((x) => x.verb === d.verb && x.head === d.head)) duties.push(d);
  };
  // A list of conducts or cases (有下列行为之一的 …) is the condition of a sanction or a measure, not its duties.
  const conductList = CONDUCT_LIST.test(main);
  // Session 55: whether the segment before (after 。 none) read duties a following ；-segment with no modal continues.
  let carry = false;
  for (const seg of main.split(/([。；;：:\n])/)) {
    if (!seg || /^[。；;：:\n]$/.test(seg)) {
      if (seg !== '；' && seg !== ';') carry = false;
      continue;
    }
    const raw = seg;
    const item = ITEM.test(raw);
    if (item && conductList) continue;
    const s = raw.replace(ITEM, '');
    const m = modalOf(s, c);
    if (m && !item) {
      const rest = skipAdverbs(s.slice(m.index + m[0].length), c.adverbs);
      const passive = rd ? passiveParts(s.slice(0, m.index), rest, c, rd) : null;
      const own = passive ? passive.actors : actorNouns(s.slice(0, m.index), c, rd);
      for (const a of own) if (!actors.includes(a)) actors.push(a);
      (passive ? passive.duties : dutiesOf(rest, m[0], c, rd, actors)).forEach(addDuty);
      carry = true;
    } else if (item) {
      // Session 56: an item that is a manner word alone (（四）因地制宜，…) keeps it as its verb.
      const t0 = skipAdverbs(s, c.adverbs);
      const t = /^[，,]/.test(t0) ? s : t0;
      if (hanBigrams(t).size) addDuty({ verb: COVERB.test(t) ? '' : t.slice(0, 2), head: headNoun(t.split(/[，,]/)[0]), text: s, item: true });
    } else {
      const st = c.state.exec(s);
      if (st) {
        dutiesOf(skipAdverbs(s.slice(st[0].length), c.adverbs), '', c).forEach(addDuty);
        carry = true;
      } else if (carry && rd?.continued && !rd.continued.test(s) && !COVERB.test(s)) {
        // A duty continued after ；: read as the clauses after the modal before it are.
        dutiesOf(skipAdverbs(s.replace(JOIN, ''), c.adverbs), '', c).forEach(addDuty);
      } else carry = false;
    }
  }
  return { actors, duties };
}

/** How a lower article names parts: the counterparts of an actor noun, the paraphrase classes and part-heads classes. */
export interface NamingLexicon {
  counterparts: Counterparts;
  heads: PartHeads | null;
  /** A word's paraphrase class (its first word); identity when none. */
  same?: (w: string) => string;
}

type LexiconSource = Pick<ClausePartsPass, 'counterparts' | 'heads' | 'paraphrases'>;
const lexicons = new WeakMap<LexiconSource, NamingLexicon>();
/** A pass's naming lexicon (its paraphrase classes read once per options object): the one builder of clausePartsLinks,
 *  unnamed-second.ts and provision-floor.ts. */
export function namingLexicon(pass: LexiconSource): NamingLexicon {
  let lex = lexicons.get(pass);
  if (!lex) {
    const same = new Map<string, string>();
    for (const [first, ...rest] of pass.paraphrases) for (const w of rest) same.set(w, first);
    lexicons.set(pass, (lex = { counterparts: pass.counterparts, heads: pass.heads, same: (w) => same.get(w) ?? w }));
  }
  return lex;
}

/** Which of the parts a lower article names: per actor and per duty, true when named. */
export function partsNamed(lowerText: string, parts: ClauseParts, lex: NamingLexicon): { actors: boolean[]; duties: boolean[] } {
  const lower = lowerText.replace(ARTICLE_LABEL, '').replace(/\s+/g, '');
  const lb = hanBigrams(lower);
  const same = lex.same ?? ((w: string) => w);
  const classes = new Set([...lb].map(same));
  const classOf = (w: string, cs: string[][] | undefined) => cs?.find((x) => x.includes(w)) ?? [w];
  const actor = (a: string) => {
    if (lower.includes(a) || share(hanBigrams(a), lb, () => 1) >= 0.5) return true;
    for (const [k, others] of lex.counterparts) if (a.includes(k) && others.some((o) => lower.includes(o))) return true;
    return false;
  };
  const verb = (v: string) => !v || lower.includes(v) || classes.has(same(v)) || classOf(v, lex.heads?.verbs).some((x) => lower.includes(x));
  const head = (h: string) => !h || classOf(h, lex.heads?.nouns).some((x) => lower.includes(x));
  return { actors: parts.actors.map(actor), duties: parts.duties.map((d) => verb(d.verb) && head(d.head)) };
}

/** Session 54: the row reading as a rule. A strong link is partial when the main provision has at least `n` parts of the
 *  kinds read (`actors`, `duties`, or both counted together) and the lower articles read (`scope`: this link's lower
 *  article alone, or every linked lower article of the row together) name under `under` of them (a share, 0–1). */
export interface ClausePartsRule {
  kinds: 'actors' | 'duties' | 'both';
  scope: 'here' | 'row';
  n: number;
  under: number;
  /** Count the provision's list items as duties (default true). */
  items?: boolean;
  /** Only when the row's other linked lower articles name at least this many parts this one does not (the main provision
   *  split among lower articles; 0 or absent: not asked). */
  elsewhere?: number;
}

/** Whether the rule makes a link partial, given the parts named by each lower article read (the link's own first). */
export function partsShort(parts: ClauseParts, named: { actors: boolean[]; duties: boolean[] }[], rule: ClausePartsRule): boolean {
  const read = rule.scope === 'here' ? named.slice(0, 1) : named;
  const keep = (k: 'actors' | 'duties', i: number) => k === 'actors' || rule.items !== false || !parts.duties[i].item;
  const flagsOf = (xs: typeof named) => {
    const any = (k: 'actors' | 'duties') => parts[k].map((_, i) => xs.some((x) => x[k][i])).filter((_, i) => keep(k, i));
    return rule.kinds === 'both' ? [...any('actors'), ...any('duties')] : any(rule.kinds);
  };
  const flags = flagsOf(read);
  if (flags.length < rule.n) return false;
  if (rule.elsewhere) {
    const others = flagsOf(named.slice(1));
    if (others.filter((x, i) => x && !flagsOf(named.slice(0, 1))[i]).length < rule.elsewhere) return false;
  }
  return flags.filter(Boolean).length < rule.under * flags.length;
}

/** Session 54: the pass as a link option (LinkOptions.clauseParts): the rule, the score under which it acts (a
 *  restatement in other words scores high), the lower genres, and the naming lexicon as data (coverage can run it). */
export interface ClausePartsPass extends ClausePartsRule {
  genres: string[];
  maxScore: number;
  parts: PartsRule;
  counterparts: [string, string[]][];
  heads: PartHeads | null;
  paraphrases: string[][];
  /** Session 55: the reader's readings (ClauseReading); absent or null: session 54's reader. */
  reading?: ClauseReading | null;
  /** Session 58 (helper grading): the higher article's duties shared out among the row's lower articles (units-carried.ts):
   *  a strong link under `maxScore` is partial too when the higher has `n`+ units (list items, else paragraphs), this lower
   *  article carries some but not all of them and another lower article of the row carries one it does not. Absent or
   *  null: off (a snapshot recorded without it replays as before). */
  unitsSplit?: UnitsSplitRule | null;
  /** Session 59 (helper act): the act reading (acts.ts): a strong link under `maxScore` is partial too when the higher
   *  article reads `n`+ acts (verb class × object head) and this lower article carries none of them. Absent or null: off. */
  actsShort?: ActsShortRule | null;
  /** Session 59 (helper grading2): the act reading with its actor (acts.ts supervisionOnly): a strong link under
   *  `maxScore` is partial too when the law article reads `n`+ acts, one of a unit / person / everyone, the lower carries
   *  none of them and reads a government's or department's supervise act. Absent or null: off (older snapshots replay as
   *  before). */
  actorSupervision?: ActorSupervisionRule | null;
}

/** The links the pass makes partial (their indexes): strong, not by article number, of a lower unit of the pass's genres,
 *  under `maxScore`, whose lower article names under `under` of the main provision's `n`+ parts while another linked lower
 *  article of the same row (the same higher article, the same lower document; partial links too) names `elsewhere`+ parts
 *  it does not. A second pass over the link stage's links, once every link of the pair is made (as pair-median.ts). */
export function clausePartsLinks<T extends { lower: string; higher: string; score: number; verdict?: string; citedArticle?: boolean }>(
  links: readonly T[],
  textOf: (measure: string) => string | undefined,
  docOf: (measure: string) => string | number | undefined,
  genreOf: (measure: string) => string | undefined,
  pass: ClausePartsPass,
): Set<number> {
  const out = new Set<number>();
  const acts = (l: T) => l.verdict === 'implements' && !l.citedArticle && l.score < pass.maxScore && pass.genres.includes(genreOf(l.lower) ?? 'plan');
  if (!links.some(acts)) return out;
  const lex = namingLexicon(pass);
  const rows = new Map<string, number[]>();
  links.forEach((l, i) => {
    const k = `${l.higher}\n${docOf(l.lower)}`;
    (rows.get(k) ?? rows.set(k, []).get(k)!).push(i);
  });
  const partsOf = new Map<string, ClauseParts>();
  const named = new Map<number, { actors: boolean[]; duties: boolean[] }>();
  links.forEach((l, i) => {
    if (!acts(l)) return;
    const ht = textOf(l.higher) ?? '';
    const parts = partsOf.get(l.higher) ?? partsOf.set(l.higher, clauseParts(ht, pass.parts, pass.reading)).get(l.higher)!;
    const nm = (j: number) => named.get(j) ?? named.set(j, partsNamed(textOf(links[j].lower) ?? '', parts, lex)).get(j)!;
    const row = rows.get(`${l.higher}\n${docOf(l.lower)}`)!;
    if (partsShort(parts, [nm(i), ...row.filter((j) => j !== i).map(nm)], pass)) out.add(i);
    else if (pass.unitsSplit && unitsShared(ht, textOf(l.lower) ?? '', row.filter((j) => j !== i).map((j) => textOf(links[j].lower) ?? ''), pass.unitsSplit)) out.add(i);
    else if (pass.actsShort && actsShort(ht, textOf(l.lower) ?? '', pass.actsShort)) out.add(i);
    else if (pass.actorSupervision && supervisionOnly(ht, textOf(l.lower) ?? '', pass.actorSupervision)) out.add(i);
  });
  return out;
}

/** Session 54: the pass as coverage's threshold replay (coverage/replay.ts) and the calibration run it, on links whose
 *  `partial` indexes the pair pass has already made partial; none when the snapshot records no pass. */
export function replayClauseParts<T extends { lower: string; higher: string; score: number; verdict?: string; citedArticle?: boolean }>(
  links: readonly T[],
  partial: ReadonlySet<number>,
  pass: ClausePartsPass | null | undefined,
  textOf: (measure: string) => string | undefined,
  docOf: (measure: string) => string | number | undefined,
  genreOf: (measure: string) => string | undefined,
): Set<number> {
  if (!pass) return new Set();
  return clausePartsLinks(links.map((l, i) => (partial.has(i) ? { ...l, verdict: 'partial' } : l)), textOf, docOf, genreOf, pass);
}
