// Session 37 (helper extract): target groups named as the object a duty serves (ingest/lexicon/group-objects.txt). Chinese
// administrative duties name the served party after a preposition and before the verb of the service: 为旅客和货主提供…服务,
// 对井下作业人员进行安全生产教育和培训, 向已婚育龄人群免费发放安全套, 加强对专职讲解人员的培训. A noun phrase there that ends in a
// person word is a category of persons a measure serves (tests/gold/README.md, TargetGroup), though no lexicon entry or group
// suffix names it. Read on the missed groups of every development draw classified by cause (docs/history/extraction.md,
// Session 37 (extract)).
import type { Lexicon } from '../lexicon/load.js';
import type { DictHit } from './dictionary.js';

const JOINER = /^(、|和|及|以及|或者|与)/;
/** Characters that make the lead the tail of another word (针对, 作为, 方向, 行为, 认为, 面对 …). */
const LEAD_BEFORE: Record<string, RegExp> = {
  对: /[针相核反应面绝校比配]$/,
  对于: /(?!)/,
  为: /[作认行成以更视称分改列人难因较最极甚尤确定]$/,
  向: /[方导面倾意去动趋风志转走指偏流]$/,
};
/** …and the characters that make it the head of one (对象, 对外, 为了, 为主, 向导). */
const LEAD_AFTER: Record<string, RegExp> = {
  对: /^[象外照比口接应称等待立]/,
  对于: /(?!)/,
  为: /^[了主止准由限宜此何期首重要目人本]/,
  向: /^[导往来前后上下着]/,
};
const CJK = /[\u4e00-\u9fff]/;

interface Found {
  start: number;
  end: number;
}

/** The served objects of the text between s and e. `others` are the groups already found: a phrase ending where one of them ends
 *  is left to the rules that found it (their kind modifiers, their canonical names). */
export function servedObjectHits(
  text: string,
  s: number,
  e: number,
  lexicon: Lexicon,
  others: { start: number; end: number; type: string }[],
  words: { starts: { has(p: number): boolean }; ends: { has(p: number): boolean } },
  kindBeforeGroup = false,
  kindCutAcross = false,
  possessive = false,
  declared = false,
): DictHit[] {
  const groups = others.filter((o) => o.type === 'TargetGroup');
  // (Session 50, helper extract2, servedKindBeforeGroup: a kind word of two characters before a group found, the whole the served
  // object — 对新任教师开展岗前规范化培训, 为实习学生和实践教师提供实训场地 — is the kind the duty serves, read whole.)
  // (The phrase is followed at once by a joiner, 等 or the verb of service: 对建造教师住房给予优惠 serves the housing, not the teachers.)
  const verbNext = (q: number) => JOINER.test(text.slice(q, q + 2)) || /^[等（]/.test(text[q] ?? '') || lexicon.objectVerbs.some((v) => text.startsWith(v, q)) || lexicon.objectInsureVerbs.some((v) => text.startsWith(v, q));
  // A generic word of the type (generic-heads.txt: 优秀, 高端, 各类 …) is a quality or a quantifier, not a kind: 对优秀科技人员给予奖励
  // serves 科技人员 (session 44's reading of 高层次优秀人才; the lead, session 50, after the CI found it).
  // (Session 50, helper extract3, servedKindCutAcross: jieba may read the kind's last character and the group's first as one word —
  // 新|任教|师 in 对新任教师开展岗前规范化培训 — so the group then starts inside a word; a word starting at the kind's second
  // character still bounds it.)
  const groupStarts = (g: { start: number }) => words.starts.has(g.start) || (kindCutAcross && words.starts.has(g.start - 1));
  const kindOf = (f: Found) => kindBeforeGroup && f.end - f.start <= 8 && verbNext(f.end) && !lexicon.genericHeads.TargetGroup.has(text.slice(f.start, f.start + 2)) && groups.some((g) => g.end === f.end && g.start - f.start === 2 && groupStarts(g));
  // A phrase overlapping a group another rule found is left to that rule (its kinds and canonical names: 残疾人|自主, 老年人选民).
  // A group that only opens the phrase before a head of two characters or more is its modifier (少数民族|流动人员).
  const headOf = (f: Found) => lexicon.objectHeads.filter((h) => text.slice(f.start, f.end).endsWith(h)).sort((a, b) => b.length - a.length)[0] ?? '';
  const overlapsGroup = (f: Found) => groups.some((g) => g.start < f.end && f.start < g.end && !(g.start === f.start && headOf(f).length >= 2 && g.end <= f.end - headOf(f).length - 1));
  const covered = (f: Found) => others.some((o) => o.type !== 'TargetGroup' && o.start <= f.start && o.end >= f.end && o.end - o.start > f.end - f.start);
  const leads = [...lexicon.objectLeads].sort((a, b) => b.length - a.length);
  const out: DictHit[] = [];
  const seen = new Set<number>();
  for (let i = s; i < e; i++) {
    const lead = leads.find((l) => text.startsWith(l, i));
    if (!lead) continue;
    const before = text.slice(Math.max(s, i - 2), i);
    const after = text.slice(i + lead.length, i + lead.length + 2);
    if (LEAD_BEFORE[lead]?.test(before) || LEAD_AFTER[lead]?.test(after)) continue;
    // (Session 54, servedPossessiveObject: 对其父母或者其他监护人提供家庭教育指导 — a possessive 其 after the lead opens the phrase of
    // the persons served, whose own name follows it.)
    const from = possessive && text[i + lead.length] === '其' && !/^其[他它余中次]/.test(text.slice(i + lead.length, i + lead.length + 2)) ? i + lead.length + 1 : i + lead.length;
    let list = objectList(text, from, e, lead, lexicon);
    // (Session 59, helper extract, servedDeclaredLists: a list closed by 等 and a class noun of persons — 对村级组织成员、村民代表、
    // 村民小组长、网格员、人民调解员等人员的法律知识培训 — declares each item a category of persons, whatever its last word.)
    let byClass = false;
    if (!list.length && declared) {
      list = declaredList(text, from, e, lead, lexicon);
      byClass = list.length > 0;
    }
    for (const f of list) {
      if (seen.has(f.start) || (overlapsGroup(f) && !kindOf(f)) || covered(f)) continue;
      // One word's start to another's end (乡镇人民|政府, 国家安全工|作 are pieces), with one head (业主筹备召开首次业主 is a clause).
      if (!words.starts.has(f.start) || !words.ends.has(f.end)) continue;
      const phrase = text.slice(f.start, f.end);
      if (byClass ? !acceptable(phrase, lexicon, true) : lexicon.objectHeads.some((h) => h.length > 1 && phrase.slice(0, -h.length).includes(h))) continue;
      seen.add(f.start);
      out.push({ type: 'TargetGroup', canonical: text.slice(f.start, f.end), start: f.start, end: f.end });
    }
  }
  return out;
}

/** The coordinated noun phrases after a lead at p, when the last is followed by a verb of serving (or 的 and a cue after 对). */
function objectList(text: string, p: number, e: number, lead: string, lexicon: Lexicon): Found[] {
  const items: Found[] = [];
  let at = p;
  for (let n = 0; n < 6; n++) {
    const ends = phraseEnds(text, at, e, lexicon);
    if (!ends.length) return [];
    // The longest phrase after which the list goes on or the service follows.
    let next: { item: Found; more: number } | undefined;
    for (const q of ends) {
      const item = { start: at, end: q };
      const joiner = JOINER.exec(text.slice(q, q + 2))?.[0];
      if (joiner && phraseEnds(text, q + joiner.length, e, lexicon).length) {
        next = { item, more: q + joiner.length };
        break;
      }
      if (serviceFollows(text, q, e, lead, lexicon)) {
        items.push(item);
        return items.filter((f) => acceptable(text.slice(f.start, f.end), lexicon));
      }
    }
    if (!next) return [];
    items.push(next.item);
    at = next.more;
  }
  return [];
}

/** Session 59 (helper extract, options.ts servedDeclaredLists): the items of a list after a lead at p closed by 等, an optional
 *  modifier of up to six characters and a `declared |` class noun of persons (group-objects.txt: 人员, 成员, 群体 …), when the
 *  service follows the class noun as it follows a served object (serviceFollows). Chinese drafting names the class a list belongs
 *  to after 等 (A、B、C等人员): the class makes each item a category of persons though its own last word is no person head
 *  (村级组织成员, which a membership's `notEnd |` would refuse elsewhere). Every item a bare run of 2–10 Han characters (no 的);
 *  a list of one item, or any other shape, gives nothing; an item is read where it ends in a person head. */
function declaredList(text: string, p: number, e: number, lead: string, lexicon: Lexicon): Found[] {
  const clause = /^[^，。；：！？\n]*/.exec(text.slice(p, Math.min(e, p + 90)))![0];
  const k = clause.indexOf('等');
  if (k < 0) return [];
  const rest = clause.slice(k + 1);
  const cls = [...lexicon.objectDeclared].sort((a, b) => b.length - a.length);
  let q = -1;
  for (let m = 0; m <= 6 && m < rest.length; m++) {
    if (!CJK.test(rest[m - 1] ?? '中') || rest[m - 1] === '的') break;
    const c = cls.find((w) => rest.startsWith(w, m));
    if (c) {
      q = p + k + 1 + m + c.length;
      break;
    }
  }
  if (q < 0 || !serviceFollows(text, q, e, lead, lexicon)) return [];
  const items: Found[] = [];
  let at = p;
  let n = 0;
  for (const part of clause.slice(0, k).split(/(、|和|以及|及|或者|与)/)) {
    if (/^(、|和|以及|及|或者|与)$/.test(part)) {
      at += part.length;
      continue;
    }
    if (!/^[\u4e00-\u9fff]{2,10}$/.test(part) || part.includes('的')) return [];
    // An item is read only where it ends in a person head (group-objects.txt `head |`, or a `declaredEnd |` word): a status a
    // verb names (刑满释放、解除劳教…等人员: the persons are 刑满释放人员) or a role ending in a bare 人 (学校负责人) is not.
    if ([...lexicon.objectHeads, ...lexicon.objectDeclaredEnds].some((h) => part.endsWith(h))) items.push({ start: at, end: at + part.length });
    n++;
    at += part.length;
  }
  return n >= 2 ? items : [];
}

/** Ends q (longest first) of a phrase of 2–12 CJK characters from `at` that ends in a person head. */
export function phraseEnds(text: string, at: number, e: number, lexicon: Lexicon): number[] {
  const out: number[] = [];
  for (let q = at + 2; q <= Math.min(e, at + 12); q++) {
    const ch = text[q - 1];
    if (!CJK.test(ch) || /[的和及与或]/.test(ch)) break;
    if (lexicon.objectHeads.some((h) => text.slice(at, q).endsWith(h))) out.push(q);
  }
  return out.reverse();
}

/** After the last phrase (at q): 等 and a bracket may follow, then up to eight characters of adverb (免费, 有针对性地) and a verb of
 *  serving whose clause holds a cue (提供 after 为 or 向 serves by itself) and no sanction; or, after 对, 的 and a cue word. */
function serviceFollows(text: string, q: number, e: number, lead: string, lexicon: Lexicon): boolean {
  let r = q;
  if (text[r] === '等') r++;
  const bracket = /^（[^）]{0,12}）/.exec(text.slice(r, r + 16));
  if (bracket) r += bracket[0].length;
  const clause = /^[^，。；：！？\n]*/.exec(text.slice(r, Math.min(e, r + 60)))![0];
  const cued = (s: string) => lexicon.objectCues.some((c) => s.includes(c)) && !lexicon.clausePunish.some((w) => s.includes(w));
  if ((lead === '对' || lead === '对于') && clause.startsWith('的')) return cued(clause.slice(1, 9));
  // (Session 51, helper extract: 为实习学生投保实习责任保险 — an `insure |` verb after 为 serves when its clause holds an `insureCue |` word.)
  if (lead === '为') {
    for (const v of lexicon.objectInsureVerbs) {
      const k = clause.indexOf(v);
      if (k < 0 || k > 8 || clause.slice(0, k).includes('的')) continue;
      if (lexicon.objectInsureCues.some((c) => clause.slice(k + v.length).includes(c)) && !lexicon.clausePunish.some((w) => clause.includes(w))) return true;
    }
  }
  for (const v of lexicon.objectVerbs) {
    const k = clause.indexOf(v);
    if (k < 0 || k > 8 || clause.slice(0, k).includes('的')) continue;
    if (v === '提供' && (lead === '为' || lead === '向')) return !lexicon.clausePunish.some((w) => clause.includes(w));
    if (cued(clause.slice(k + v.length))) return true;
  }
  return false;
}

/** Not a determiner's, an anaphor's or the staff's phrase (有关人员, 该人员, 工作人员), the general public or a party. */
export function acceptable(phrase: string, lexicon: Lexicon, declared = false): boolean {
  if (lexicon.objectStops.some((w) => phrase.startsWith(w))) return false;
  // (Session 39: nor a verb jieba tags as a noun, or a noun of no person: 核定劳动者, 权利人员; group-objects.txt `notOpen`.)
  if (lexicon.objectNotOpens.some((w) => phrase.startsWith(w))) return false;
  // A membership of a body (筹备组成员, 候补委员) is a role; a counted phrase (三个以上对象) no category.
  // (Session 59: an item of a list its class noun declares persons, 村级组织成员、…等人员, is read though it ends in 成员.)
  if (!declared && lexicon.objectNotEnds.some((w) => phrase.endsWith(w))) return false;
  if (/[0-9０-９一二三四五六七八九十两几][个名人]|以上|以下/.test(phrase)) return false;
  // A kind another rule reads from its modifier (见义勇为|人员: group-modifiers.txt `modifier | base`) is left to it.
  if (lexicon.groupModifiers.some((m) => m.bases.some((b) => phrase === m.modifier + b))) return false;
  if (lexicon.stopEntities.has(phrase)) return false;
  if (lexicon.groupParties.some((w) => phrase.endsWith(w))) return false;
  if (phrase.endsWith('者') && lexicon.agentStops.some((w) => phrase.slice(0, -1).endsWith(w))) return false;
  return true;
}
