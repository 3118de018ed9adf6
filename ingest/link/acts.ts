// Session 59 (helper act, issue 13): the "act reading" — what a clause does to what. The linker compared words and
// clauses; session 58 found one cause under three classes of error (gold-weak links called strong that carry the law
// article's core in part, second law articles of a linked lower article unreached, sanction links meeting on a place or an
// actor word only): none of them reads the act. This module reads an article's acts as (verb class, object head) pairs:
// - a duty verb of the drafting lexicon (ingest/lexicon/act-verbs.txt, options.ts ACT_READING: 建立 / 制定 / 组织 / 监督 /
//   公布 / 报告 / 审批 / 登记 / 处罚 … by class) in a clause governed by a modal (应当 / 必须 / 不得 / 禁止 / 负责 / 可以 …),
//   or a state opener (国家建立… / 县级以上人民政府组织…), or opening a list item, or in a sanction sentence (…的，由…责令改正，
//   处…罚款: its sanction verbs);
// - its object: the text after the verb to the next verb of the lexicon or the clause's end (a verb list 监督、检查 shares
//   the object after its last verb; 对X进行监督检查 takes X), its head noun its last two characters (parts.ts headNoun).
// Two acts are the same when their classes are equal and their heads are (or one has none). Pure: no Node builtin (coverage's
// replay may import it).
import { ARTICLE_LABEL } from './article-label.js';
import { headNoun } from './parts.js';

export interface Act {
  /** The verb as written and its class (the lexicon's class name). */
  verb: string;
  cls: string;
  /** The head noun of its object ('' when none is read). */
  head: string;
  /** What governs it: a modal, a state opener, a list item, a sanction sentence. */
  by: 'modal' | 'state' | 'item' | 'sanction' | 'conduct';
  /** Session 59 (helper grading2): who does it, by class of actor (ActorClasses: a government, a department, the regulated
   *  unit, a person, everyone); '' when unread. Read only when readActs is given the actor classes. */
  actor?: string;
}

/** Session 59 (helper grading2): the classes of actor of Chinese law drafting, as data: [class, regex source of the head
 *  noun]; the subject of a duty sentence (the words before its modal, or a state / actor opener, or a sanction article's
 *  condition) is classed by its last head noun that one of them matches (生产经营单位的主要负责人 → a person; 负有…职责的部门
 *  → a department); the first class whose pattern matches the whole subject wins when it is marked `whole` (任何单位和个人). */
export interface ActorClasses {
  /** Subjects read whole first (任何单位和个人 / 单位和个人: everyone). */
  whole: [string, string][];
  /** Head nouns, by class. */
  heads: [string, string][];
  /** A coverb or clause opener ending the subject (对 / 向 / 在 / 按照 …) when it comes after a head noun. */
  end: string;
}

export interface ActReading {
  /** `class: verb verb …` lines (act-verbs.txt), parsed by readActVerbs. */
  classes: [string, string[]][];
  /** The modals that govern a duty clause: a regex source. */
  modal: string;
  /** A sentence opened by the state or a government with no modal (国家建立…): a regex source. */
  state: string;
  /** A sanction sentence (…的，…处…罚款 / 责令…): a regex source; its conduct (the condition before …的，) and its
   *  sanction-class verbs are acts with no modal. */
  sanction: string;
  /** The tail of an actor noun opening a declarative sentence with no modal (…统计机构和有关部门建立健全…, …主管部门负责…):
   *  the verb of the lexicon right after it opens the sentence's acts (a regex source of alternatives). */
  actor: string;
}

export function readActVerbs(text: string): [string, string[]][] {
  return text
    .split('\n')
    .map((l) => l.replace(/#.*/, '').trim())
    .filter((l) => l.includes(':'))
    .map((l) => {
      const [c, vs] = l.split(':');
      return [c.trim(), vs.trim().split(/\s+/).filter(Boolean)];
    });
}

interface Compiled {
  verbs: RegExp;
  classOf: Map<string, string>;
  modal: RegExp;
  state: RegExp;
  sanction: RegExp;
  actor: RegExp;
}
const compiled = new WeakMap<ActReading, Compiled>();
function compile(r: ActReading): Compiled {
  let c = compiled.get(r);
  if (!c) {
    const classOf = new Map<string, string>();
    for (const [cls, vs] of r.classes) for (const v of vs) if (!classOf.has(v)) classOf.set(v, cls);
    const all = [...classOf.keys()].sort((a, b) => b.length - a.length);
    compiled.set(r, (c = { verbs: new RegExp(all.join('|'), 'g'), classOf, modal: new RegExp(r.modal), state: new RegExp(r.state), sanction: new RegExp(r.sanction), actor: new RegExp(`^[^，,]{0,30}?(?:${r.actor})(?=${all.join('|')})`) }));
  }
  return c;
}

const ITEM = /^(?:[（(][一二三四五六七八九十]+[)）]|[0-9]+[.．、])/;
/** Words before a clause's verb that name no act: joins, adverbs of manner and time (clause-parts' adverbs and JOIN). */
const LEAD = /^(?:并且|并|同时|还|必要时|另外|依法|及时|积极|认真|严格|切实|主动|如实|自觉|共同|统一|逐步|优先|定期|立即|按照规定|按规定|每年|加强|进一步|负责|做好|擅自|强行|随意|非法|私自|故意|另行|自行|分别)+/;
/** Light verbs whose object is the act's verb as a noun (进行监督检查, 实施监督管理, 予以公布). */
const LIGHT = /^(?:进行|实施|予以|给予|加以|开展|实行|组织)/;
/** The opener of a conduct in a sanction article's condition (未取得…, 擅自设置…, 拒绝…, 违反…规定): the verb after it. */
const CONDUCT = /^(?:违反[^，,]*?规定|未按照?[^，,]{0,12}?规定|未经[^，,]{0,12}?|未|不按照?[^，,]{0,12}?规定|不|擅自|拒绝|拒不|非法|以[^，,]{1,12}?手段)/;

/** The act a clause opens with: a lexicon verb (after joins and adverbs, or after a coverb phrase), its chain of verbs
 *  (监督、检查 / 建立健全) sharing the object that follows, the object's head noun; or, given `anyVerb`, the clause's first
 *  two characters as a verb of its own class (不得排放… / 禁止倾倒…: what a prohibition names is not a duty verb). */
function clauseActs(clause: string, by: Act['by'], c: Compiled, anyVerb: boolean, only?: string): Act[] {
  let t = clause.replace(/[^\u4e00-\u9fff]+$/, '').replace(LEAD, '');
  let coverbHead = '';
  const at = (s: string) => { c.verbs.lastIndex = 0; const m = new RegExp(`^(?:${c.verbs.source})`).exec(s); return m ? m[0] : ''; };
  if (!at(t)) {
    // A place or time phrase (在…内 / 在…时): the verb after its locative.
    const loc = /^(?:在[^，,]{1,30}?(?:范围内|以外|以内|期间|之前|之后|内|中|上|外|时|前|后)|以[^，,]{1,20}?(?:名义|方式|手段|形式))/.exec(t);
    const cv = /^(?:对|向|为|按照|依照|依据|根据|通过|将|与|同|从|由|会同|把|就)/.exec(t);
    if (loc) t = t.slice(loc[0].length).replace(LEAD, '');
    else if (cv) {
      // A coverb phrase: the first lexicon verb within 30 characters after the coverb; an object coverb's (对 / 将 / 把 /
      // 就) phrase is the act's object when the verb has none of its own.
      const re = new RegExp(c.verbs.source, 'g');
      let m: RegExpExecArray | null;
      let found = -1;
      while ((m = re.exec(t)) && m.index <= 30) if (m.index > cv[0].length) { found = m.index; break; }
      if (found < 0) return [];
      if (/^(?:对|将|把|就)$/.test(cv[0])) coverbHead = headNoun(t.slice(cv[0].length, found).replace(/(?:进行|实施|予以|给予|加以|的)+$/, ''));
      t = t.slice(found);
    }
    if (by === 'sanction' && /^处/.test(t)) return [{ verb: '处', cls: 'sanction', head: headNoun(t), by }];
  }
  // A light verb before a verb of the lexicon (实施监督检查, 进行登记): the act is the verb after it.
  const light = LIGHT.exec(t);
  if (light && at(t.slice(light[0].length))) t = t.slice(light[0].length);
  // The chain of verbs sharing the object: a verb joined by 、 / 和 / 及 / 并 / 或者, or one of the first verb's class
  // written on (建立健全, 监督检查); a verb of another class written on, or the last word when no coverb phrase gave the
  // object (编制规划, not 对X进行监督检查), is a noun of the object (保护规划).
  const verbs: string[] = [];
  let joined = true;
  for (let v = at(t); v; v = at(t)) {
    if (verbs.length && !joined && c.classOf.get(v) !== c.classOf.get(verbs[0])) break;
    if (verbs.length && t.length === v.length && !coverbHead) break;
    verbs.push(v);
    t = t.slice(v.length);
    const j = /^(?:、|和|及|并|与|或者)/.exec(t);
    joined = !!j;
    if (j) t = t.slice(j[0].length);
  }
  if (!verbs.length) {
    if (!anyVerb || !/^[\u4e00-\u9fff]{2}/.test(t)) return [];
    verbs.push(t.slice(0, 2));
    t = t.slice(2);
  }
  const head = headNoun(t) || coverbHead;
  const out: Act[] = [];
  for (const v of verbs) {
    const cls = c.classOf.get(v) ?? `v:${v}`;
    if (only && cls !== only) continue;
    if (!out.some((a) => a.cls === cls)) out.push({ verb: v, cls, head, by });
  }
  return out;
}

/** The acts of the clauses of a text governed by one modal / opener: its first clause (any verb after a prohibition), then
 *  each comma clause opening with a lexicon verb. */
function actsIn(text: string, by: Act['by'], c: Compiled, firstAny: boolean, only?: string): Act[] {
  return text.split(/[，,]/).flatMap((cl, j) => clauseActs(cl, by, c, j === 0 && firstAny, only));
}
/** The acts of an article (its label dropped): per sentence (。；：, list items), the clauses after its first modal, a
 *  state sentence's, an item's, or a sanction sentence's conduct (before …的，, by any verb) and its sanction verbs. */
export function readActs(articleText: string, reading: ActReading, actors?: ActorClasses): Act[] {
  const c = compile(reading);
  const text = articleText.replace(ARTICLE_LABEL, '').replace(/[ \t\u3000]+/g, '');
  const acts: Act[] = [];
  // Without the actor classes an act has no actor field (session 59 helper act's reading, unchanged).
  let actor = '';
  const add = (xs: Act[], who = actor) => { for (const a of xs) if (!acts.some((b) => b.cls === a.cls && b.head === a.head && (b.actor ?? '') === (actors ? who : ''))) acts.push(actors ? { ...a, actor: who } : a); };
  for (const seg of text.split(/[。；;：:\n]/)) {
    if (!seg) continue;
    // A list item's acts are its lead sentence's actor's (生产经营单位应当履行下列职责：（一）…).
    if (ITEM.test(seg)) { add(actsIn(seg.replace(ITEM, ''), 'item', c, false)); continue; }
    const k = seg.search(/的[，,]/);
    if (c.sanction.test(seg) && k >= 0) {
      // The conduct: each clause of the condition, after its opener (未 / 擅自 / 违反…规定); its actor the condition's subject.
      const who = actors ? actorOf(seg.slice(0, k), actors) : '';
      if (who) actor = who;
      for (const cl of seg.slice(0, k).split(/[，,]/)) {
        const o = CONDUCT.exec(cl);
        add(clauseActs(o ? cl.slice(o[0].length) : cl, 'conduct', c, !!o), who);
      }
      // The sanction: a department's act (由…部门责令 / 处…).
      add(actsIn(seg.slice(k + 2).replace(/^由[^，,]*?(?=责令|处|给予|依法|没收|吊销)/, ''), 'sanction', c, false, 'sanction'), actors ? actorOf(seg.slice(k + 2).match(/^由([^，,]*?)(?=责令|处|给予|依法|没收|吊销)/)?.[1] ?? '部门', actors) || 'department' : '');
      continue;
    }
    const m = c.modal.exec(seg);
    if (m) {
      if (actors) actor = actorOf(seg.slice(0, m.index), actors) || actor;
      add(actsIn(seg.slice(m.index + m[0].length), 'modal', c, /不得|禁止|严禁/.test(m[0])));
      continue;
    }
    const st = c.state.exec(seg) ?? c.actor.exec(seg);
    if (st) {
      if (actors) actor = actorOf(st[0], actors) || actor;
      add(actsIn(seg.slice(st[0].length), 'state', c, false));
    }
  }
  return acts;
}

const actorCompiled = new WeakMap<ActorClasses, { whole: [string, RegExp][]; heads: RegExp; classOf: [string, RegExp][]; end: RegExp }>();
/** The class of a sentence's subject (the words before its modal): '' when no head noun of the classes is read. Of the comma
 *  clauses before the modal, the last that names a head (对…行为，任何单位和个人有权…); its words to a coverb after the
 *  head (生产经营单位对重大危险源… → 生产经营单位); its last head noun. */
export function actorOf(subject: string, actors: ActorClasses): string {
  let c = actorCompiled.get(actors);
  if (!c) {
    c = { whole: actors.whole.map(([k, r]) => [k, new RegExp(r)]), heads: new RegExp(actors.heads.map(([, r]) => `(?:${r})`).join('|'), 'g'), classOf: actors.heads.map(([k, r]) => [k, new RegExp(`^(?:${r})$`)]), end: new RegExp(actors.end) };
    actorCompiled.set(actors, c);
  }
  const clauses = subject.split(/[，,]/).filter((x) => { c!.heads.lastIndex = 0; return c!.heads.test(x); });
  let t = clauses[clauses.length - 1];
  if (!t) return '';
  for (const [k, re] of c.whole) if (re.test(t)) return k;
  // The subject ends at a coverb that follows a head noun (…单位对… / …部门在…).
  c.heads.lastIndex = 0;
  const first = c.heads.exec(t);
  if (first) {
    const rest = t.slice(first.index + first[0].length);
    const e = c.end.exec(rest);
    if (e) t = t.slice(0, first.index + first[0].length + e.index);
  }
  let last = '';
  c.heads.lastIndex = 0;
  for (let m = c.heads.exec(t); m; m = c.heads.exec(t)) last = m[0];
  return c.classOf.find(([, re]) => re.test(last))?.[0] ?? '';
}

/** Two acts are the same: one class, one head (or either head unread). */
export const sameAct = (a: Act, b: Act) => a.cls === b.cls && (a.head === b.head || !a.head || !b.head);

/** The share of the higher article's acts the lower article's acts carry (null when the higher reads none); given the
 *  lower article's text, an act is carried too by a lower act of its class when the text names its head anywhere (制定…措施
 *  for 制定…规范 in a text that names 规范 elsewhere). */
export function actShare(higher: Act[], lower: Act[], lowerText?: string): number | null {
  if (!higher.length) return null;
  const carried = (h: Act) => lower.some((l) => sameAct(h, l) || (!!lowerText && l.cls === h.cls && lowerText.includes(h.head)));
  return higher.filter(carried).length / higher.length;
}

/** Whether the two articles share an act (any); `strict`: heads both read and equal. */
export function shareAct(higher: Act[], lower: Act[], strict = false): boolean {
  return higher.some((h) => lower.some((l) => h.cls === l.cls && (strict ? !!h.head && h.head === l.head : sameAct(h, l))));
}

/** The grading rule (ClausePartsPass.actsShort): a strong link is partial when the higher article reads `n`+ acts and the
 *  lower article carries none of them (one class, one head: sameAct). Measured on the dev link gold (session 59,
 *  tests/eval/session59-acts.ts): of the strong links we make, a higher article of 4+ acts none of which the lower carries is
 *  gold-weak more often than not (the lower carries the article's topic or a side clause, not its acts). */
export interface ActsShortRule {
  n: number;
  reading: ActReading;
}
export function actsShort(higherText: string, lowerText: string, rule: ActsShortRule): boolean {
  const h = readActs(higherText, rule.reading);
  return h.length >= rule.n && actShare(h, readActs(lowerText, rule.reading)) === 0;
}

/** Session 59 (helper grading2): the supervision grading (ClausePartsPass.actorSupervision): a strong link is partial when
 *  the law article reads `n`+ acts, one of them a unit's, a person's or everyone's (not a government's or a department's),
 *  the lower article carries none of them (sameAct, any actor), and the lower reads a supervise act (督促 / 检查 / 监督 …)
 *  of a government or a department: the law's duty on the regulated party carried only as the public body's supervision
 *  of it (安全生产法 第四十条 ← 北京市安全生产条例 第四十五条, gold weak). Measured on the dev link gold
 *  (tests/eval/session59-actors.ts). */
export interface ActorSupervisionRule {
  n: number;
  reading: ActReading;
  actors: ActorClasses;
  /** The actor classes of public bodies (their acts are duties of office, their supervise acts supervision). */
  public: string[];
  /** The act class of supervision (act-verbs.txt). */
  supervise: string;
}
export function supervisionOnly(higherText: string, lowerText: string, rule: ActorSupervisionRule): boolean {
  const h = readActs(higherText, rule.reading, rule.actors);
  if (h.length < rule.n || !h.some((a) => a.actor && !rule.public.includes(a.actor))) return false;
  const l = readActs(lowerText, rule.reading, rule.actors);
  return !h.some((a) => l.some((b) => sameAct(a, b))) && l.some((b) => b.cls === rule.supervise && rule.public.includes(b.actor ?? ''));
}
