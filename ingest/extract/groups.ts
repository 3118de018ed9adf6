// Target groups with their kind modifier (group-modifiers.txt): a group found by the lexicon or by
// suffix keeps a modifier standing right before it (多次|捐献者 → 多次捐献者, 高等学校|学生 →
// 高等学校学生), and a modifier with bases makes a group of a general noun (适龄|公民 → 适龄公民).
// Modifiers chain once (少数民族|女|干部 → 少数民族女干部). A population noun followed by a role head
// (group-roles.txt) names the role-holders drawn from it (妇女|代表, 职工|代表), unless a follower word
// (group-followers.txt) makes the whole the name of a meeting or scheme (职工代表大会, 村民代表会议).
// Quantifiers and regions are not modifiers (广大, 各类, 全省 go: canonical.ts).
import type { Lexicon } from '../lexicon/load.js';
import { withoutOthersRights } from './recall-heads.js';
import type { DictHit } from './dictionary.js';
import { memoOnLists } from './memo.js';
import { inDefiniens } from './definitions.js';

/** Status words a group drops (在校学生 → 学生, guideline "Canonical name drops … generic modifiers"). */
const STATUS = /(在校|在读|在职|在岗)$/;
/** 适龄 before a group that is one already (适龄未成年人, 适龄女性儿童少年) says when a duty applies, not a kind,
 *  and closes the group's qualifiers (残疾适龄女性儿童少年 is the eligible pool: 女性儿童少年); before a general
 *  noun it still makes a group (适龄|公民, group-modifiers.txt). Session 15. */
const ELIGIBLE = '适龄';

/** A follower word right after `end` (…会议, …最低生活保障): the noun before it is no group. */
export function followedByNonGroup(text: string, end: number, lexicon: Lexicon): boolean {
  return lexicon.groupFollowers.some((w) => text.startsWith(w, end));
}

/** Session 37 (options.ts groupFollowerTrained): a follower word coordinated with a training of the group (公务员|录用考试和初任培训,
 *  X|考录和岗前培训) makes the group the trainees of that training: the noun before it is served, a group after all. */
export function trainedAfterFollower(text: string, end: number, lexicon: Lexicon): boolean {
  const w = lexicon.groupFollowers.filter((x) => text.startsWith(x, end)).sort((a, b) => b.length - a.length)[0];
  if (!w) return false;
  const rest = /^[^，。；、：\n]*/.exec(text.slice(end + w.length, end + w.length + 12))![0];
  return /^[\u4e00-\u9fff]{0,3}[和及与][\u4e00-\u9fff]{0,3}(培训|教育)/.test(rest);
}

function kinds(text: string, groups: DictHit[], lexicon: Lexicon, ownModifier = false): DictHit[] {
  // (Sorted once per lexicon list, not per call: issue 11, session 53.)
  const mods = memoOnLists(lexicon.groupModifiers, kinds, [lexicon.groupModifiers], () => [...lexicon.groupModifiers].sort((a, b) => b.modifier.length - a.modifier.length));
  const out: DictHit[] = [];
  const groupStarts = new Set(groups.map((g) => g.start));
  // Session 51 (options.ts ownModifierEndsSharedKind): the next group of the list opens with a modifier of its own
  // (低收入家庭儿童、城市流动儿童): each item is a kind written whole, so the modifier before this one is not shared.
  const opensWithOwn = (at: number) => mods.some((x) => text.startsWith(x.modifier, at) && (groupStarts.has(at) || groupStarts.has(at + x.modifier.length)));
  for (const h of groups) {
    // A modifier shared by a coordination of groups (农村归侨、侨眷) qualifies the whole list: no kind is read.
    if (text[h.end] === '、' && groupStarts.has(h.end + 1) && !(ownModifier && opensWithOwn(h.end + 1))) continue;
    if (text.startsWith(ELIGIBLE, h.start - ELIGIBLE.length)) continue;
    // A status word between them goes, as it goes from the group (高等学校在校学生 → 高等学校学生).
    const status = STATUS.exec(text.slice(Math.max(0, h.start - 2), h.start))?.[0] ?? '';
    const at = h.start - status.length;
    const m = mods.find((x) => text.startsWith(x.modifier, at - x.modifier.length) && !x.notAfter.includes(text[at - x.modifier.length - 1] ?? ' '));
    if (!m) continue;
    const start = at - m.modifier.length;
    // Nor one that is the second of two modifiers (在职或者离退休国家工作人员: the group itself).
    const conj = /(或者|或|和|与|及|、)$/.exec(text.slice(Math.max(0, start - 2), start))?.[0];
    if (conj) {
      const left = text.slice(Math.max(0, start - conj.length - 6), start - conj.length);
      const modifierEnds = (x: { modifier: string; notAfter: string }) =>
        left.endsWith(x.modifier) && !x.notAfter.includes(left[left.length - x.modifier.length - 1] ?? ' ');
      if (STATUS.test(left) || mods.some(modifierEnds)) continue;
    }
    out.push({ type: 'TargetGroup', canonical: m.modifier + text.slice(h.start, h.end), start, end: h.end });
  }
  return out;
}

/** 妇女|代表, 职工|代表, 妇女|领导干部: role-holders drawn from a population. */
export function roleGroups(text: string, groups: DictHit[], lexicon: Lexicon): DictHit[] {
  const out: DictHit[] = [];
  for (const h of groups) {
    const role = lexicon.groupRoles.find((r) => text.startsWith(r, h.end));
    if (!role || followedByNonGroup(text, h.end + role.length, lexicon)) continue;
    out.push({ type: 'TargetGroup', canonical: text.slice(h.start, h.end) + role, start: h.start, end: h.end + role.length });
  }
  return out;
}

export function modifiedGroups(text: string, groups: DictHit[], units: { span: [number, number] }[], lexicon: Lexicon, groupBeforeGroup = false, defined: readonly string[] = [], coordinated = false, ownModifier = false): DictHit[] {
  const out: DictHit[] = [];
  // Each unit's text is sliced once, when a modifier the document holds is first looked for in it; a modifier the whole
  // text lacks is in no unit (issue 11, session 45: 143 modifiers each sliced every unit again).
  const bodies: (string | undefined)[] = new Array(units.length);
  for (const { modifier, bases, notAfter } of lexicon.groupModifiers) {
    if (bases.length === 0 || !text.includes(modifier)) continue;
    for (let k = 0; k < units.length; k++) {
      const u = units[k];
      const body = (bodies[k] ??= text.slice(u.span[0], u.span[1]));
      for (let at = body.indexOf(modifier); at >= 0; at = body.indexOf(modifier, at + 1)) {
        const base = bases.find((b) => body.startsWith(b, at + modifier.length));
        if (!base || notAfter.includes(body[at - 1] ?? ' ')) continue;
        const start = u.span[0] + at;
        out.push({ type: 'TargetGroup', canonical: modifier + base, start, end: start + modifier.length + base.length });
        // Session 35: two such modifiers of one base joined before it (卖淫、嫖娼人员) name two groups, the first read over its
        // own characters (as sharedJuveniles reads 少年).
        if (coordinated) {
          const joiner = /(、|和|或者|及)$/.exec(body.slice(Math.max(0, at - 2), at))?.[0];
          const left = joiner ? body.slice(0, at - joiner.length) : '';
          const first = joiner ? lexicon.groupModifiers.find((m) => m.bases.includes(base) && left.endsWith(m.modifier) && !m.notAfter.includes(left[left.length - m.modifier.length - 1] ?? ' ')) : undefined;
          if (first) {
            const s0 = u.span[0] + left.length - first.modifier.length;
            out.push({ type: 'TargetGroup', canonical: first.modifier + base, start: s0, end: s0 + first.modifier.length });
          }
        }
      }
    }
  }
  const all = [...groups, ...out];
  // Session 31: a group right before another group, not after 、, makes a kind of the second (残疾人|职工, 少数民族|考生, 华侨|学生),
  // as a status before a population noun does (tests/gold/README.md, fifth pass); a whole coordination written without 、
  // (妇女儿童工作委员会) names a body and goes with it (bodyAfter, index.ts).
  if (groupBeforeGroup) out.push(...groupKinds(text, groups, defined));
  const first = kinds(text, all, lexicon, ownModifier);
  // One more round: a kind of a kind (少数民族 + 女干部).
  const second = kinds(text, first.concat(out), lexicon, ownModifier).filter((h) => !first.some((f) => f.start === h.start && f.end === h.end));
  return [...out, ...first, ...second].filter((h) => !followedByNonGroup(text, h.end, lexicon));
}

/** A group noun (two characters or more) ending right where another begins, not itself after 、 (归侨、侨眷职工 shares its
 *  modifier): the pair is a kind of the second (残疾人职工). The longest group ending there is the modifier. Two statuses the
 *  law defines apart stay two groups (归侨侨眷, tests/gold/README.md fifth pass). */
function groupKinds(text: string, groups: DictHit[], defined: readonly string[]): DictHit[] {
  const byEnd = new Map<number, DictHit>();
  for (const g of groups) if (!byEnd.has(g.end) || byEnd.get(g.end)!.start > g.start) byEnd.set(g.end, g);
  const out: DictHit[] = [];
  for (const h of groups) {
    const g = byEnd.get(h.start);
    if (!g || g.end - g.start < 2 || text[g.start - 1] === '、') continue;
    if (defined.includes(text.slice(g.start, g.end)) && defined.includes(text.slice(h.start, h.end))) continue;
    out.push({ type: 'TargetGroup', canonical: text.slice(g.start, g.end) + text.slice(h.start, h.end), start: g.start, end: h.end });
  }
  return out;
}

/** The sentence around [start, end): from the last 。；！？ or line break before it to the next one after it. */
function sentenceAround(text: string, start: number, end: number): string {
  let s = start;
  while (s > 0 && !/[。；！？\n]/.test(text[s - 1])) s--;
  let e = end;
  while (e < text.length && !/[。；！？\n]/.test(text[e])) e++;
  return text.slice(s, e);
}

/** Session 32 (criminal-penalties.txt): in a regulation, the groups every mention of which stands in a sentence that sets a
 *  principal criminal penalty (盗窃、抢夺国家机关、军警人员、民兵的枪支…的，处十年以上有期徒刑) are elements of an offence, no
 *  population the text serves; a penalty a party may face (被告人是…未成年人…，或者被告人可能被判处死刑) sets none. */
export function offenceOnly(text: string, groups: { canonical: string; span: [number, number] }[], lexicon: Lexicon): Set<string> {
  const all = new Set<string>();
  const elsewhere = new Set<string>();
  // The offence's own penalty clause (…的，处十年以上有期徒刑), not a penalty a party may face (被告人可能被判处死刑).
  const penaltyClause = new RegExp(`的，处[^。；]{0,20}(${lexicon.criminalPenalties.join('|')})`);
  for (const g of groups) {
    all.add(g.canonical);
    if (!penaltyClause.test(sentenceAround(text, g.span[0], g.span[1]))) elsewhere.add(g.canonical);
  }
  return new Set([...all].filter((c) => !elsewhere.has(c)));
}

/** Session 32 (group-standards.txt): in a regulation, the groups every mention of which is the standard a served group is
 *  compared with — after 与 in its clause, before a word of equal treatment (与本市户籍学生享受同等待遇, 与具有本市户籍的适龄儿童、
 *  少年享受同等入学待遇) — are no population the text serves. */
export function standardOnly(text: string, groups: { canonical: string; span: [number, number] }[], lexicon: Lexicon, conditions = false, members: readonly { open: string; close: string }[] = [], enjoyed = false): Set<string> {
  const all = new Set<string>();
  const elsewhere = new Set<string>();
  for (const g of groups) {
    all.add(g.canonical);
    const before = /[^，。；：！？\n]*$/.exec(text.slice(Math.max(0, g.span[0] - 24), g.span[0]))![0];
    const after = /^[^，。；：！？\n]*/.exec(text.slice(g.span[1], g.span[1] + 12))![0];
    // (Session 42, lawEnjoyedStandards; group-standards.txt `lead`: with no 与, the group right after a verb of enjoying and right
    // before the word of equal treatment is the standard too: 享受当地城镇居民同等待遇, 享有本地居民相同待遇.)
    const standard = (before.includes('与') && lexicon.groupStandards.some((w) => {
      const at = after.indexOf(w);
      return at >= 0 && at <= 6;
    })) || (enjoyed && enjoyedPatterns(lexicon.groupStandardLeads).some((l) => l.test(before)) && lexicon.groupStandards.some((w) => lexicon.groupStandardLeads.some((l) => w.startsWith(l)) && after.startsWith(w.slice(2))));
    // Session 35 (conditions): a group named inside a condition another group must meet (志愿者…符合见义勇为人员确认、工伤认定、
    // 烈士评定条件的) is the condition's standard, not a group the text serves.
    const condition = conditions && /符合[^，。；：]*$/.test(before) && /^[^，。；：]{0,20}?(条件|标准)/.test(text.slice(g.span[1], g.span[1] + 24));
    // Session 40 (members, group-members.txt): 属于X的 sorts a group already named by a status X (属于企业职工的，依照…; 属于重点优抚
    // 对象的老年人), 包括X在内的Y names X as a part of Y: X is a condition there. The opener may open a list the mention stands in
    // (属于机关、团体和事业单位职工的; 包括港澳同胞和台湾同胞在内的).
    const member = memberPatterns(members).some((w) => w.before.test(before) && w.after.test(text.slice(g.span[1], g.span[1] + 8 + w.close.length)));
    if (!standard && !condition && !member) elsewhere.add(g.canonical);
  }
  return new Set([...all].filter((c) => !elsewhere.has(c)));
}

/** Session 22 (gold convention: a profession is a group only when the policy serves it): in a regulation, the
 *  staff nouns of group-staff.txt none of whose sentences carries a cue of serving them (group-served.txt) name the
 *  persons who carry out the procedure (采血必须由具有采血资格的医务人员进行; 人民警察应当予以制止), no target group. */
export function staffOnly(text: string, groups: { canonical: string; span: [number, number] }[], lexicon: Lexicon): Set<string> {
  const served = new Set<string>();
  const staff = new Set<string>();
  for (const g of groups) {
    if (!lexicon.staffGroups.has(g.canonical)) continue;
    staff.add(g.canonical);
    const sentence = sentenceAround(text, g.span[0], g.span[1]);
    if (lexicon.servedCues.some((c) => sentence.includes(c))) served.add(g.canonical);
  }
  return new Set([...staff].filter((c) => !served.has(c)));
}

/** The enjoying leads' regexes (group-standards.txt `lead`: 享受当地…, 享有本地…), compiled once per lexicon list (memo.ts). */
function enjoyedPatterns(leads: readonly string[]): RegExp[] {
  return memoOnLists(leads, enjoyedPatterns, [leads as unknown[]], () => leads.map((l) => new RegExp(`${l}(?:当地|本地|所在地|本市|本省)?$`)));
}

/** The member openers' and closers' regexes (group-members.txt), compiled once per lexicon list (memo.ts). */
function memberPatterns(members: readonly { open: string; close: string }[]): { before: RegExp; after: RegExp; close: string }[] {
  return memoOnLists(members, memberPatterns, [members as unknown[]], () =>
    members.map((w) => ({ before: new RegExp(`${w.open}[^，。；：！？\\n]{0,14}$`), after: new RegExp(`^[^，。；：！？\\n]{0,8}?${w.close}`), close: w.close })));
}
/** The carers' lead words (group-carers.txt) as regexes: right before the mention, or before a list it ends. Once per list. */
function leadPatterns(lead: readonly string[]): RegExp[] {
  return memoOnLists(lead, leadPatterns, [lead as unknown[]], () => lead.map((w) => new RegExp(`${w}(?:[\u4e00-\u9fff]{2,4}、)*$`)));
}

/** Session 40 (group-carers.txt; tests/gold/README.md, decisions of session 35): in a regulation, the kin nouns that carry a
 *  dependant's care (赡养人, 扶养人) none of whose mentions stands right after a `lead |` verb of protecting them (保障赡养人探亲
 *  休假的权利) or inside a clause opened by a `for |` word and closed by a `give |` word after it (为老年人随配偶或者赡养人迁徙提供
 *  条件) are only obliged, parties of an agreement or conditions of the dependant's benefit (无赡养人和扶养人的老年人): no target
 *  group. */
export function carersUnserved(text: string, groups: { canonical: string; span: [number, number] }[], lexicon: Lexicon): Set<string> {
  const { carer, lead, for: fore, give } = lexicon.carers ?? { carer: [], lead: [], for: [], give: [] };
  const all = new Set<string>();
  const served = new Set<string>();
  for (const g of groups) {
    if (!carer.includes(g.canonical)) continue;
    all.add(g.canonical);
    const before = /[^，。；：！？\n]*$/.exec(text.slice(Math.max(0, g.span[0] - 30), g.span[0]))![0];
    const after = /^[^，。；：！？\n]*/.exec(text.slice(g.span[1], g.span[1] + 30))![0];
    // (The lead right before, or before a list the mention ends: 保障赡养人、扶养人….)
    const led = leadPatterns(lead).some((re) => re.test(before));
    const provided = fore.some((w) => before.includes(w)) && give.some((w) => after.includes(w));
    if (led || provided) served.add(g.canonical);
  }
  return new Set([...all].filter((c) => !served.has(c)));
}

/** Session 23 (gold convention: residents are a group where the text serves them): in a regulation, the residents' words
 *  of group-residents.txt none of whose mentions follows right after a lead of serving them (对居民…进行国防教育,
 *  组织居民开展…) are only mentioned (干扰居民生活, 视同本地居民), no target group. */
export function residentsOnlyMentioned(text: string, groups: { canonical: string; span: [number, number] }[], lexicon: Lexicon): Set<string> {
  const served = new Set<string>();
  const residents = new Set<string>();
  for (const g of groups) {
    if (!lexicon.residentGroups.has(g.canonical)) continue;
    residents.add(g.canonical);
    // The lead may stand a few characters before, in the same phrase (对本地区的居民、村民开展国防教育).
    const before = text.slice(Math.max(0, g.span[0] - 12), g.span[0]);
    if (lexicon.residentLeads.some((w) => new RegExp(`${w}[^，。；：、！？\\n]{0,6}$`).test(before))) served.add(g.canonical);
  }
  return new Set([...residents].filter((c) => !served.has(c)));
}

/** Session 33 (tests/gold/README.md "Decisions of session 33", group-workers.txt): the mentions written as a body's or a trade's
 *  workers (从业人员, 员工 = 职工) that neither follow right after a lead of serving them (对本单位从业人员进行…培训, 组织员工…) nor
 *  have a cue of serving them after them in their clause (group-served.txt and the file's `cue |` words: 从业人员的考核, 员工的
 *  分流、安置) are only mentioned, counted or obliged (中介服务企业及其从业人员，应当依法…): the starts of those mentions. A mention
 *  of the same canonical written otherwise (职工) is left alone. */
export function unservedWorkerMentions(text: string, groups: { span: [number, number] }[], lexicon: Lexicon): Set<number> {
  const out = new Set<number>();
  const cues = [...lexicon.servedCues, ...lexicon.workerCues];
  // The lead right before the noun, or before the employer's own words (对本单位的从业人员, 组织本企业员工): a lead further
  // back is often a noun (…自治组织在员工或者邻里之间); 组织 is a lead as a verb only (应当组织本单位从业人员…, （五）组织本单位
  // 员工…), not at the end of a noun (社会组织从业人员). One pattern for all the leads, built once per text.
  const lead = !lexicon.workerLeads.length ? /(?!)/ : new RegExp(`(?:${lexicon.workerLeads.map((w) => `${w === '组织' ? '(?:^|[应当负责定期并和及、，；）)])' : ''}${w}`).join('|')})(?:本单位|本企业|本机关|所属|其)?的?$`);
  for (const g of groups) {
    if (!lexicon.workerGroups.has(text.slice(g.span[0], g.span[1]))) continue;
    const before = text.slice(Math.max(0, g.span[0] - 12), g.span[0]);
    const led = lead.test(before);
    // A cue after the mention, in its clause (从业人员的考核, 师生、员工的分流、安置): a cue elsewhere in the sentence is often a
    // body's name (教育行政部门…为有残疾的师生、员工提供…) or serves someone else.
    const after = /^[^，。；！？\n]*/.exec(text.slice(g.span[1], g.span[1] + 30))![0];
    if (!led && !cues.some((c) => after.includes(c))) out.add(g.span[0]);
  }
  return out;
}

/** Session 29 (group-parties.txt): a population word listed by 、 right after a party of a procedure, or after such a listed
 *  word, is a party too (犯罪嫌疑人、被告人、服刑人员). */
export function partyListed(text: string, start: number, lexicon: Lexicon): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  const list = /(?:^|[，。；：\n])([^，。；：\n]*)$/.exec(before)?.[1] ?? before;
  const items = list.split('、');
  if (items.length < 2) return false;
  return items.slice(0, -1).some((item) => lexicon.groupParties.some((p) => item.endsWith(p)));
}

/** Session 29 (read on the spent randomo-heldout's 杭州 法律援助 条例; gold convention of session 24, "a defined activity is no
 *  group", and randomo's reading): in a regulation, the population words every mention of which stands in the definiens of a
 *  definition — after 是指 with no comma between (法律援助人员，是指…实施法律援助的律师、公证员、基层法律服务工作者、司法鉴定人) — only
 *  say what the defined term covers: no group the text serves. The term itself (before 是指) is read as before. */
export function definiensOnly(text: string, groups: { canonical: string; span: [number, number] }[], included = false): Set<string> {
  const outside = new Set<string>();
  const all = new Set<string>();
  for (const g of groups) {
    all.add(g.canonical);
    // (By the comma-free stretch before it: 老年人是指六十周岁以上的公民，国家保障老年人… reads the second 老年人 outside. Session
    // 44, lawIncludedDefiniens: the definiens may list what a term covers after 所称…，包括 — 本条例所称…做出重要贡献的人员，包括
    // 职务科技成果完成人和…科技人员 — the clause opened by 包括 in the sentence of the 所称. The test is definitions.ts inDefiniens's,
    // its clause scope, since session 51's helper tidy.)
    if (!inDefiniens(text, g.span[0], 'clause', included)) outside.add(g.canonical);
  }
  return new Set([...all].filter((c) => !outside.has(c)));
}

/** 村（居）民, 居（村）民: two population nouns sharing their head, the second's first character in brackets (Chinese drafting
 *  compresses 村民和居民 so). Each part that is a target group of the lexicon is read over the whole span, so that the
 *  residents' rule and the body filter judge it as they judge the bare noun; 村（居）民委员会 (a body: `bodyAfter`) and a
 *  follower word (group-followers.txt) make none. Session 28, read on the spent randomp-heldout (新乡: 教育引导村（居）民) and
 *  the dev texts (对村（居）民开展国防教育, 组织、动员居（村）民). */
export function bracketedCoordinations(text: string, s: number, e: number, lexicon: Lexicon, bodyAfter: RegExp): DictHit[] {
  const known = knownGroups(lexicon.entities.TargetGroup);
  const out: DictHit[] = [];
  for (const m of text.slice(s, e).matchAll(/([\u4e00-\u9fff])[（(]([\u4e00-\u9fff])[）)]([\u4e00-\u9fff]{1,3})/g)) {
    const start = s + m.index!;
    for (let k = m[3].length; k >= 1; k--) {
      const head = m[3].slice(0, k);
      const parts = [m[1] + head, m[2] + head];
      if (!parts.every((p) => known.has(p))) continue;
      const end = start + m[0].length - (m[3].length - k);
      if (bodyAfter.test(text.slice(end, end + 6)) || followedByNonGroup(text, end, lexicon)) break;
      // (Each part over its own characters, 村 and 居）民, so that the two are two mentions that do not overlap.)
      out.push({ type: 'TargetGroup', canonical: parts[0], start, end: start + 1 }, { type: 'TargetGroup', canonical: parts[1], start: start + 2, end });
      break;
    }
  }
  return out;
}

// The lexicon's target-group names as a set, made once per lexicon list (session 29, perf: made for every unit it was
// the largest allocation of the ingest, 293 of 8,255 MB sampled on gen-corpus 1,000, and 615 ms of self time).
// Made again when the list's length changed (a lexicon is not edited after loading; a test's may be).
const groupNames = new WeakMap<readonly { canonical: string }[], { length: number; names: Set<string> }>();
function knownGroups(groups: readonly { canonical: string }[]): Set<string> {
  let made = groupNames.get(groups);
  if (!made || made.length !== groups.length) groupNames.set(groups, (made = { length: groups.length, names: new Set(groups.map((x) => x.canonical)) }));
  return made.names;
}

/** Session 30 (read on the real set's 重庆 国防教育 条例, unseen's 宁波 and 泰安 献血 条例 and the spent randomp-heldout's 北京 志愿服务
 *  条例, whose golds read it alike): the staff of state organs named first in a coordination of kinds of body that shares one
 *  工作人员 (国家机关、社会团体、事业单位的工作人员; 国家机关、国有企业事业单位工作人员) are 国家机关工作人员, the one group of that list the
 *  guideline names (the others are kinds of body, whose staff group-stops.txt drops). Not where the bodies and their staff
 *  are two parties (国家机关、企事业单位及其工作人员违反本条例…). */
export function stateOrganStaffHits(text: string, from: number, to: number): DictHit[] {
  const hits: DictHit[] = [];
  for (const m of text.slice(from, to).matchAll(STATE_ORGAN_STAFF)) {
    if (/及其|和其|或者其/.test(m[0])) continue;
    hits.push({ type: 'TargetGroup', canonical: '国家机关工作人员', start: from + m.index!, end: from + m.index! + m[0].length });
  }
  return hits;
}
const STATE_ORGAN_STAFF = /国家机关(?:、[\u4e00-\u9fff]{2,10}){1,4}的?工作人员/g;

/** Joins of a coordination of groups (献血者和用血者, 精神病患者、智障者). */
const COORDINATION = /^(?:、|和|及|与|或者|或|以及)$/;

/** Session 31 (group-agents.txt): in a regulation, the agent nouns found by the suffix 者 (`agents`, none a lexicon group)
 *  that name a party of the procedure rather than a population it serves (供货者名称, 移植者应当保证其成活, 检举揭发非法收费者).
 *  An agent is served where one of its sentences carries a cue of serving (group-served.txt and the `cue |` words), where a
 *  mention follows a lead of serving (the residents' and the `lead |` words: 保证受术者的安全), where it is a kind of a group the
 *  document keeps (多次献血者 of 献血者), or where it is coordinated with a kept group (保障献血者和用血者…; 精神病患者、智障者、
 *  学龄前儿童 …), the kept set growing until it no longer changes. The others are returned. */
export function agentsOnlyMentioned(
  text: string,
  agents: { canonical: string; span: [number, number] }[],
  others: { canonical: string; span: [number, number] }[],
  lexicon: Lexicon,
): Set<string> {
  const names = new Set(agents.map((a) => a.canonical));
  const bySentence = staffOnly(text, agents, { ...lexicon, staffGroups: names, servedCues: [...lexicon.servedCues, ...lexicon.agentCues] });
  const byLead = residentsOnlyMentioned(text, agents, { ...lexicon, residentGroups: names, residentLeads: [...lexicon.residentLeads, ...lexicon.agentLeads] });
  const unserved = new Set([...bySentence].filter((a) => byLead.has(a)));
  const kept = [...others, ...agents.filter((a) => !unserved.has(a.canonical))];
  const joined = (a: { span: [number, number] }, k: { span: [number, number] }) =>
    (k.span[1] <= a.span[0] && COORDINATION.test(text.slice(k.span[1], a.span[0]))) || (a.span[1] <= k.span[0] && COORDINATION.test(text.slice(a.span[1], k.span[0])));
  for (let changed = true; changed; ) {
    changed = false;
    for (const a of [...unserved]) {
      const mentions = agents.filter((m) => m.canonical === a);
      if (kept.some((k) => (k.canonical !== a && a.endsWith(k.canonical)) || mentions.some((m) => joined(m, k)))) {
        unserved.delete(a);
        kept.push(...mentions);
        changed = true;
      }
    }
  }
  return unserved;
}

/** Session 34 (group-clause.txt; the gold's TargetGroup is a category of persons a measure serves, educates, trains,
 *  recognises or mobilises, not one that is only the subject that must act or the party punished): in a regulation, the groups
 *  (canonical) every mention of which is obliged or punished by its sentence. A mention is obliged where
 *  - the rest of its clause, or of its clause and the next when the subject ends at a comma (…等窗口行业工作人员，应当…), reaches a
 *    `modal |` word (应当, 必须, 不得 …) with no `cue |` word before it or in the duty's clause (民兵的国防教育应当…; …应当具备…国防知识:
 *    a duty to learn is education), and no `lead |` word between (X应当对Y…: the duty is X's, but so it is here); or
 *  - a `breach |` word follows it in its clause and a `punish |` word later in its sentence (驾驶人拒绝接受罚款处罚的); or
 *  - a `lead |` word stands before it in its clause and a `punish |` word after it in its sentence (对…人员处…罚款).
 *  A mention inside an entity of another type (青年志愿者 in 中国青年志愿者服务日) is never obliged. Every group is judged, the
 *  staff, residents, workers and agents too (measured: applying it to them changes no dev figure, so it is one test for all,
 *  after theirs). The first kind (a duty) is read only with `duties`
 *  (options.ts lawDutyGroupsOut: off in session 34, on since the gold decision of session 35; its subject tests are session 35's). */
export function obligedOnlyGroups(
  text: string,
  groups: { canonical: string; span: [number, number] }[],
  lexicon: Lexicon,
  reach: number,
  others: { span: [number, number] }[] = [],
  duties = false,
  /** The regulation's own subject, whole (discover.ts lawSubject's first word: 法律援助 of 山东省法律援助条例), session 35. */
  subject: string[] = [],
  /** Session 37 (options.ts lawDutyGrammar): 有…的义务 is a duty, and a group before 所在 is a modifier, neither served nor obliged. */
  grammar = false,
  /** Session 48 (options.ts officeActsObliged): an act in office (group-clause.txt `office |`: 依法执行公务) is a duty's predicate, and
   *  受法律保护 after it protects the act, no cue. */
  offices = false,
  /** Session 48 (helper extract3; options.ts conditionClauseObliged): the duty may follow the subject's activity and a condition
   *  clause closed by 的 (X从事…，知悉…的，负有…义务) where the group opens its clause (opensClause) and the condition names no person
   *  of its own (a character of group-clause.txt `person |`, session 49; 收件人…验视确认…的，应当予以签收: the recipient's duty, not the postman's); a cue word right before 义务 (保护义务) is
   *  the duty's content, no cue, and only the duty's own clause is read for cues (…应当遵守企业技术秘密保护的有关规定: the matter). */
  conditions = false,
  /** Session 49 (helper extract3; options.ts otherPartyCueOut): rights a person noun owns (旅客的合法权益) are no cue. */
  othersRights = false,
): Set<string> {
  const free = new Set<string>();
  const modals = offices ? [...lexicon.clauseModals, ...lexicon.clauseOffices] : lexicon.clauseModals;
  const all = new Set<string>();
  const first = (s: string, words: string[]) => Math.min(...words.map((w) => s.indexOf(w)).filter((i) => i >= 0), Infinity);
  // The words are read with every group's name masked: 教育 in 教育工作者 is no cue, 处 in 办事处 no sanction.
  const chars = [...text].length === text.length ? text.split('') : null;
  if (chars) for (const o of [...groups, ...others]) for (let i = o.span[0]; i < o.span[1]; i++) chars[i] = '＿';
  const masked = chars ? chars.join('') : text;
  for (const g of groups) {
    all.add(g.canonical);
    if (free.has(g.canonical)) continue;
    if (others.some((o) => o.span[0] <= g.span[0] && o.span[1] >= g.span[1] && o.span[1] - o.span[0] > g.span[1] - g.span[0])) {
      free.add(g.canonical);
      continue;
    }
    const before = /[^，。；：！？\n]*$/.exec(masked.slice(Math.max(0, g.span[0] - reach), g.span[0]))![0];
    // Session 37: a group right before 所在 (赡养人所在单位, 违法人员所在地): the group names whose body or place, a modifier.
    if (grammar && text.startsWith('所在', g.span[1])) continue;
    const sentence = /^[^。；！？\n]*/.exec(masked.slice(g.span[1], g.span[1] + 120))![0];
    const clauseEnd = sentence.search(/[，：]/);
    const clause = clauseEnd < 0 ? sentence : sentence.slice(0, clauseEnd);
    // The subject may end at a comma: the duty then opens the next clause.
    const nextClause = clauseEnd < 0 ? '' : /^[^，：]*/.exec(sentence.slice(clauseEnd + 1))![0];
    const modalIn = (s: string) => firstModal(s, modals);
    const cued = (s: string) => first(s, lexicon.clauseCues) < Infinity;
    let duty = '';
    let upTo = '';
    let owed = false;
    let conditioned = false;
    if (modalIn(clause) < Infinity) {
      upTo = clause.slice(0, modalIn(clause));
      duty = clause.slice(modalIn(clause));
    } else if (modalIn(nextClause) === 0) {
      upTo = clause;
      duty = nextClause;
    } else if (conditions && modalIn(clause) === Infinity && /的$/.test(nextClause) && clause !== '' && !nextClause.includes('＿') && !lexicon.clausePersons.some((w) => nextClause.includes(w)) && opensClause(masked, g.span[0]) && modalIn(afterCondition(sentence, clauseEnd, nextClause)) === 0) {
      upTo = clause;
      duty = afterCondition(sentence, clauseEnd, nextClause);
      conditioned = true;
    } else if (grammar) {
      // Session 37: 有…的义务 is a duty as 有义务 is (赡养人对患病的老年人有提供医疗费用的义务), 有 its modal.
      // (The 对 of its object may stand between: X对Y有…的义务 is X's duty.)
      const m = /^([^有]*)有[^有]{1,24}的义务/.exec(clause);
      if (m) {
        upTo = m[1];
        duty = clause.slice(m[1].length);
        owed = true;
      }
    }
    // Session 35: the group must be the duty's subject. A verb that takes it as its object before it in its clause (国家机关招考|
    // 公务员…时，不得…: the duty is the employer's; `object |` words) or a duty passed on by 由 (精神病患者…应当由其监护人…陪同: the
    // guardian's) leaves it free.
    // The whole clause before it counts (对进入本市兴办企业和从事其他合法经营活动的外地少数民族人员，应当…: 对 opens its clause).
    const clauseBefore = /[^，。；：！？\n]*$/.exec(masked.slice(Math.max(0, g.span[0] - 60), g.span[0]))![0];
    const objectOf = first(clauseBefore, lexicon.clauseObjects) < Infinity || first(clauseBefore, lexicon.clauseLeads) < Infinity;
    const passedOn = /^(应当|应|必须|须)由/.test(duty);
    // A group inside the modifier of another subject (女职工集中的用人单位应当…) is not the duty's subject.
    const modifies = /的(?!＿)[\u4e00-\u9fff]+$/.test(upTo);
    // A duty to do the regulation's own work (执业律师…应当履行法律援助义务) enlists the group as the policy's workforce.
    const enlisted = subject.some((w) => duty.includes(w));
    // A cue anywhere in the duty's sentence (…临床服务人员，应当依照执业医师法…取得…资格).
    const inOffice = offices && lexicon.clauseOffices.some((w) => duty.startsWith(w));
    const dutySentence = duty === '' ? '' : sentence.slice(sentence.indexOf(duty.slice(0, 6))).replace(inOffice ? /受法律(?:保护|保障)/g : /(?!)/, '');
    // (Session 49, helper extract3, otherPartyCueOut: 维护…旅客的合法权益 — another party's rights are no cue for the duty's subject.)
    const content = (s: string) => {
      const own = othersRights ? withoutOthersRights(s) : s;
      return conditioned ? own.replace(new RegExp(`(?:${lexicon.clauseCues.join('|')})义务`, 'g'), '义务') : own;
    };
    const dutyOnly = duty !== '' && !objectOf && !passedOn && !modifies && !enlisted && upTo.length <= reach * 2 && !cued(upTo) && !cued(content(duty)) && (conditioned || !cued(content(dutySentence))) && (owed || first(upTo, lexicon.clauseLeads) === Infinity);
    const punishAt = first(sentence, lexicon.clausePunish);
    // (Session 39, lawDutyGrammar: a subject closed by a comma breaches in the next clause: 负责…的国家工作人员，在…工作中玩忽职守….)
    const breach = (first(clause, lexicon.clauseBreaches) < Infinity || (grammar && clause === '' && first(nextClause, lexicon.clauseBreaches) < Infinity)) && punishAt < Infinity;
    const sanctioned = first(before, lexicon.clauseLeads) < Infinity && punishAt < Infinity;
    if (!(duties && dutyOnly) && !breach && !sanctioned) free.add(g.canonical);
  }
  return new Set([...all].filter((c) => !free.has(c)));
}

/** Session 48 (helper extract3): a group that opens its clause, alone or after co-subjects joined to it (罪犯、劳教人员…; a list item's
 *  label before), is the clause's subject; one after a verb (发现人民法院审判人员…有…的，应当…) is the verb's object. */
function opensClause(masked: string, at: number): boolean {
  const before = /[^，。；：！？\n]*$/.exec(masked.slice(Math.max(0, at - 60), at))![0].replace(/^\s*(?:第[一二三四五六七八九十百]+条\s*)?(?:[（(][一二三四五六七八九十]+[)）])?/, '');
  return before === '' || /[、和及与]$|或者$/.test(before);
}

/** Session 48 (helper extract3): the clause after a condition clause closed by 的 that follows the subject's own clause. */
function afterCondition(sentence: string, clauseEnd: number, nextClause: string): string {
  if (clauseEnd < 0) return '';
  const at = clauseEnd + 1 + nextClause.length;
  if (!/^[，]/.test(sentence.slice(at))) return '';
  return /^[^，：]*/.exec(sentence.slice(at + 1))![0];
}

/** The first position of a `modal |` word in `s`, a single-character 应 or 须 inside a word not counted (session 35: 加入应急献血
 *  预备队 holds no duty, nor 相应, 适应, 供应, 应用, 无须). */
function firstModal(s: string, modals: string[]): number {
  let best = Infinity;
  for (const w of modals) {
    for (let i = s.indexOf(w); i >= 0 && i < best; i = s.indexOf(w, i + 1)) {
      if (w === '应' && (/^[急用对聘届征运变收付缴试诉]/.test(s.slice(i + 1)) || /[相响适供反对答理顺回呼感效]$/.test(s.slice(0, i)))) continue;
      if (w === '须' && (/^知/.test(s.slice(i + 1)) || /[无毋]$/.test(s.slice(0, i)))) continue;
      best = i;
      break;
    }
  }
  return best;
}

/** Session 34 (read on the spent randomj-heldout's 重庆 残疾人保障 条例 with the dev golds of randomo's 浙江 义务教育 and randomq's 北京
 *  残疾人保障 办法, which list 残疾少年 and 适龄少年 beside 残疾儿童 and 适龄儿童): in the idiom 儿童、少年 (儿童和少年) of the laws on
 *  minors, the modifier of a kind of 儿童 (残疾, 适龄) is shared by 少年: 残疾儿童、少年 names 残疾儿童 and 残疾少年, read over the
 *  characters of 少年. A bare 儿童、少年 names no kind. */
export function sharedJuveniles(text: string, groups: DictHit[]): DictHit[] {
  const out: DictHit[] = [];
  const seen = new Set<number>();
  for (const h of groups) {
    if (h.type !== 'TargetGroup' || !h.canonical.endsWith('儿童') || h.canonical === '儿童' || seen.has(h.end)) continue;
    const m = /^(、|和|及)少年/.exec(text.slice(h.end, h.end + 3));
    if (!m) continue;
    seen.add(h.end);
    const start = h.end + m[1].length;
    out.push({ type: 'TargetGroup', canonical: h.canonical.slice(0, -2) + '少年', start, end: start + 2 });
  }
  return out;
}

/** Session 46 (options.ts pairedStatuses; group-pairs.txt): two statuses written as one word (华人华侨) name both; before a person
 *  head (a field of at most four characters, then a `head`: 华人华侨专业人士) they name both kinds of that head, 华人专业人士 and
 *  华侨专业人士. The first part's mention spans its characters only, the last one's runs to the head's end (as the coordinated
 *  bodies of dictionary.ts coordinatedRegionHits), so the lexicon's 华侨 inside the pair gives way to the longer kind. */
/** memo.ts key of pairedStatusHits' head pattern. */
const pairHeadPattern = {};

export function pairedStatusHits(text: string, from: number, to: number, lexicon: Lexicon): DictHit[] {
  const { pairs, heads } = lexicon.groupPairs ?? { pairs: [], heads: [] };
  const hits: DictHit[] = [];
  if (!pairs.length) return hits;
  const span = text.slice(from, to);
  // (Made once per list of heads, not per unit: issue 11, session 53.)
  const headRe = heads.length ? memoOnLists(heads, pairHeadPattern, [heads], () => new RegExp(`^[\\u4e00-\\u9fff]{0,4}?(?:${heads.join('|')})(?![\\u4e00-\\u9fff]*(?:机构|组织|协会|中心|委员会|部门))`)) : undefined;
  for (const { word, parts } of pairs) {
    for (let at = span.indexOf(word); at >= 0; at = span.indexOf(word, at + word.length)) {
      const head = headRe?.exec(span.slice(at + word.length, at + word.length + 12))?.[0] ?? '';
      // (华侨华人社团, 华人华侨联合会: the pair names the members of a kind of body, no group.)
      if (!head && /^(?:社团|团体|商会|组织|机构|协会|联合会|联谊会)/.test(span.slice(at + word.length))) continue;
      let pos = from + at;
      parts.forEach((part, k) => {
        const last = k === parts.length - 1;
        hits.push({ type: 'TargetGroup', canonical: part + head, start: pos, end: pos + part.length + (last ? head.length : 0) });
        pos += part.length;
      });
    }
  }
  return hits;
}
