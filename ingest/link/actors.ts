// Who a penalty article sanctions (options.penaltyActors), and which procedure steps an article
// names (options.procedureStages). Chinese liability articles put the
// sanctioned actor first, as the subject of the condition clause (律师有下列情形之一的，…;
// 法律援助机构违反本条例规定…的，…; 司法行政部门工作人员在…中滥用职权…的，…): the subject runs up to the
// first verb of the condition. Its coordinated nouns (、 及其 以及 和 或者) are classed by their head
// (the last characters: 部门/机关 a public body, 人员/人/者/师 a person, 机构/单位/所 an organisation),
// so two penalty articles aimed at different kinds of actor, a lawyer and the officials who
// supervise lawyers, are told apart although they share the sanction wording.
import type { LinkOptions } from './options.js';

type Rule = NonNullable<LinkOptions['penaltyActors']>;

const compiled = new WeakMap<Rule, { verb: RegExp; conj: RegExp; lead: RegExp; skip: RegExp; classes: { name: string; re: RegExp }[]; staff: RegExp }>();
function compile(rule: Rule) {
  let c = compiled.get(rule);
  if (!c) {
    c = {
      verb: new RegExp(rule.subjectEnd),
      conj: new RegExp(rule.conjunctions, 'g'),
      lead: new RegExp(rule.lead),
      skip: new RegExp(rule.skip),
      classes: rule.classes.map((k) => ({ name: k.name, re: new RegExp(k.head) })),
      staff: new RegExp(rule.staff),
    };
    compiled.set(rule, c);
  }
  return c;
}

/** The subject of one paragraph's condition clause: from its start (after the article number); none for an item
 *  of a list (a condition) or a heading to the first verb or punctuation. Empty when the paragraph opens with a verb. */
export function conditionSubject(paragraph: string, rule: Rule): string {
  const c = compile(rule);
  const t = paragraph.replace(/\s+/g, '').replace(c.lead, '');
  if (c.skip.test(t)) return '';
  const stop = t.search(c.verb);
  if (stop === 0 && rule.nounPhrase) {
    // 利用财政资金设立的科技项目的承担者未依照…: the head after the relative clause's last 的, to the next verb.
    const first = t.split(/[，,；;。：:、]/)[0];
    const at = first.lastIndexOf('的');
    if (at < 0 || at === first.length - 1) return '';
    const rest = first.slice(at + 1);
    const end = rest.search(c.verb);
    return end < 0 ? rest : rest.slice(0, end);
  }
  const head = stop < 0 ? t : t.slice(0, stop);
  return head.split(/[，,；;。：:]/)[0];
}

/** The kinds of actor a penalty article sanctions, sorted; empty when none is recognised (then the
 *  article may link to any penalty article). Each paragraph's subject counts. */
export function penaltyActors(text: string, rule: Rule): string[] {
  const c = compile(rule);
  const out = new Set<string>();
  for (const paragraph of text.split(/\n/)) {
    const subject = conditionSubject(paragraph, rule);
    if (!subject) continue;
    let previous: string | undefined;
    for (const noun of subject.split(c.conj).filter(Boolean)) {
      // 其工作人员 / 工作人员 after a body: the staff of that body (a public body's staff are public officials).
      const kind = c.staff.test(noun) && previous === rule.staffOf ? rule.staffOf : c.classes.find((k) => k.re.test(noun))?.name;
      if (kind) out.add(kind);
      previous = kind;
    }
  }
  return [...out].sort();
}

/** The nouns a penalty article's condition subjects name (each paragraph's, split at the conjunctions), in order: 企业事业组织,
 *  个体工商户 for 企业事业组织、个体工商户有下列违法行为之一的. Empty when no paragraph opens with a subject. */
export function subjectNouns(text: string, rule: Rule): string[] {
  const c = compile(rule);
  return text.split(/\n/).flatMap((p) => conditionSubject(p, rule).split(c.conj).filter(Boolean));
}

/** Each paragraph of an article with the nouns of the subject it sanctions: its own condition subject's, or for an item of a
 *  list (（一）…的；) its lead paragraph's (企业事业组织、个体工商户有下列违法行为之一的：…（二）伪造、篡改统计资料的). */
export function paragraphNouns(text: string, rule: Rule): { text: string; nouns: string[] }[] {
  const c = compile(rule);
  const out: { text: string; nouns: string[] }[] = [];
  let lead: string[] = [];
  for (const p of text.split(/\n/)) {
    if (!p.trim()) continue;
    const item = c.skip.test(p.replace(/\s+/g, '').replace(c.lead, ''));
    const nouns = item ? lead : conditionSubject(p, rule).split(c.conj).filter(Boolean);
    if (!item) lead = nouns;
    out.push({ text: p, nouns });
  }
  return out;
}

/** The level words an actor's name may open with (县级以上, 地方各级): no word of the actor itself. */
const LEVEL_BIGRAMS = new Set(['县级', '级以', '以上', '地方', '各级', '本级', '上级']);

/** Two articles' subject nouns name one actor in part: a noun of each shares a bigram (level words aside), 企业事业组织 and
 *  企业事业单位; 企业事业组织 and 统计机构 do not. True when either names none (nothing to tell them apart). */
export function nounsMeet(a: string[], b: string[]): boolean {
  if (!a.length || !b.length) return true;
  const grams = (ns: string[]) => {
    const out = new Set<string>();
    for (const n of ns) for (const [run] of n.matchAll(/[\u4e00-\u9fff]+/g)) for (let i = 0; i + 1 < run.length; i++) if (!LEVEL_BIGRAMS.has(run.slice(i, i + 2))) out.add(run.slice(i, i + 2));
    return out;
  };
  const ga = grams(a);
  for (const g of grams(b)) if (ga.has(g)) return true;
  return false;
}

/** Two penalty articles may link when either has no recognised actor or they share a kind. */
export function actorsMeet(a: string[] | undefined, b: string[] | undefined): boolean {
  if (!a?.length || !b?.length) return true;
  return a.some((x) => b.includes(x));
}

/** The procedure steps an article's text names (options.procedureStages), sorted. */
export function procedureStages(text: string, rule: NonNullable<LinkOptions['procedureStages']>): string[] {
  return stagePatterns(rule).filter((st) => st.re.test(text)).map((st) => st.name).sort();
}

/** The stages' patterns compiled once per rule, as the actor rule's are (not once per article). */
const stagesCompiled = new WeakMap<NonNullable<LinkOptions['procedureStages']>, { name: string; re: RegExp }[]>();
function stagePatterns(rule: NonNullable<LinkOptions['procedureStages']>) {
  let c = stagesCompiled.get(rule);
  if (!c) stagesCompiled.set(rule, (c = rule.stages.map((st) => ({ name: st.name, re: new RegExp(st.pattern) }))));
  return c;
}

/** The factor on a pair's score: `factor` when both articles' steps are known and none is shared. */
export function stageFactor(a: string[] | undefined, b: string[] | undefined, factor: number): number {
  if (!a?.length || !b?.length) return 1;
  return a.some((x) => b.includes(x)) ? 1 : factor;
}
