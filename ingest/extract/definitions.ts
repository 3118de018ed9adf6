// Groups a law defines in its definitions article (guideline: "groups defined in a law's definitions
// article"): 本法所称老年人是指六十周岁以上的公民 → 老年人; 归侨是指回国定居的华侨。华侨是指定居在国外的中国公民
// → 归侨, 华侨. A definiens (up to the next comma or stop) that ends in a person word (…的公民, …的眷属)
// and names no body (…的单位和个人, …的组织) defines a kind of person; the term is then a target group of
// that text wherever it stands. Two defined groups side by side are a coordination (归侨侨眷 → 归侨 +
// 侨眷); a defined group right before another group or a kinship noun makes a kind of it (归侨学生,
// 华侨子女), except after 、 (归侨、侨眷职工 = 归侨 + 侨眷 + 职工). The cues are data: definition-cues.txt.
import type { Lexicon } from '../lexicon/load.js';
import type { DictHit } from './dictionary.js';
import { escapeRegExp as esc } from './regex-words.js';

const alt = (xs: string[]) => [...xs].sort((a, b) => b.length - a.length).map(esc).join('|');

/** The kinds of person the text defines, in the order it defines them. */
export function definedGroups(text: string, units: { span: [number, number] }[], lexicon: Lexicon): string[] {
  const cues = lexicon.definitionCues;
  // A sentence start (an article number, or after 。/；/a line break), an optional opener, the term, the cue.
  const re = new RegExp(
    `(?:^|[。；\\n])(?:第[一二三四五六七八九十百零]+条[\\s　]*)?(?:(${alt(cues.opener)})的?)?([\\u4e00-\\u9fff]{2,8}?)，?(${alt(cues.term)})([^，。；\\n]{2,60})`,
    'g',
  );
  const person = new RegExp(`(?:${alt(cues.person)})(?:等)?$`);
  const thing = new RegExp(alt(cues.thing));
  const refer = new RegExp(`(?:${alt(cues.opener)})的?([\\u4e00-\\u9fff、]{2,16}?)，?(?:${alt(cues.refer)})`, 'g');
  const known = new Set(lexicon.entities.TargetGroup.flatMap((e) => [e.canonical, ...e.aliases]));
  const out: string[] = [];
  const pending: { term: string; definiens: string }[] = [];
  for (const u of units) {
    const body = text.slice(u.span[0], u.span[1]);
    for (const m of body.matchAll(re)) {
      const [, opener, term, cue, definiens] = m;
      // Without an opener only 是指 defines (X指… is too common a verb).
      if (!opener && cue.length < 2) continue;
      if (thing.test(definiens) || lexicon.stopEntities.has(term)) continue;
      // 物业管理，是指业主通过选聘物业服务人…: a term ending in a word of activity names the activity, whatever person its
      // definiens ends in (session 24).
      if (cues.act.some((w) => term.endsWith(w))) continue;
      pending.push({ term, definiens: definiens.replace(/等$/, '') });
    }
    // 本办法所称的归侨和侨眷，依照…规定的范围确定: terms defined by reference, when they are known groups.
    for (const m of body.matchAll(refer)) {
      for (const term of m[1].split(/[和、及与]/)) if (known.has(term) && !out.includes(term)) out.push(term);
    }
  }
  // A definiens ending in a person word, or in a group the text defines too (返乡移民是指…的移民).
  for (let grew = true; grew; ) {
    grew = false;
    for (const { term, definiens } of pending) {
      if (out.includes(term) || !(person.test(definiens) || out.some((d) => definiens.endsWith(d)))) continue;
      out.push(term);
      grew = true;
    }
  }
  return out;
}

/** Every standing of the defined groups in the units (not inside a longer word is left to the caller). */
export function definedHits(text: string, units: { span: [number, number] }[], defined: string[]): DictHit[] {
  const hits: DictHit[] = [];
  const terms = [...defined].sort((a, b) => b.length - a.length);
  for (const u of units) {
    const body = text.slice(u.span[0], u.span[1]);
    const taken: [number, number][] = [];
    for (const t of terms) {
      for (let at = body.indexOf(t); at >= 0; at = body.indexOf(t, at + 1)) {
        if (taken.some(([s, e]) => at < e && s < at + t.length)) continue;
        taken.push([at, at + t.length]);
        hits.push({ type: 'TargetGroup', canonical: t, start: u.span[0] + at, end: u.span[0] + at + t.length });
      }
    }
  }
  return hits;
}

/** Kinds of a defined group: the group right before another group (归侨|学生) or a kinship noun (华侨|子女). */
export function definedKinds(text: string, groups: DictHit[], defined: string[], lexicon: Lexicon): DictHit[] {
  const isDefined = (h: DictHit) => defined.includes(text.slice(h.start, h.end));
  const startsAt = new Map(groups.map((g) => [g.start, g]));
  const out: DictHit[] = [];
  for (const h of groups.filter(isDefined)) {
    // 归侨、侨眷职工: the noun after the coordination belongs to all of it.
    const before = text.slice(Math.max(0, h.start - 9), h.start);
    if (defined.some((d) => new RegExp(`${esc(d)}[、和及与]$`).test(before))) continue;
    const next = startsAt.get(h.end);
    const kin = lexicon.definitionCues.kin.find((k) => text.startsWith(k, h.end));
    const end = next && !isDefined(next) ? next.end : kin ? h.end + kin.length : undefined;
    if (end === undefined) continue;
    out.push({ type: 'TargetGroup', canonical: text.slice(h.start, end), start: h.start, end });
  }
  return out;
}

/** A group found by suffix that starts with a defined group after 、 is that coordination's common noun:
 *  归侨、侨眷自费留学人员 → 侨眷 + 自费留学人员. Returns the candidates with such heads cut off. */
export function cutCoordinated<T extends DictHit>(text: string, groups: T[], defined: string[]): T[] {
  return groups.map((g) => {
    if (g.type !== 'TargetGroup') return g;
    const d = defined.find((x) => text.startsWith(x, g.start) && g.end - g.start > x.length + 1);
    if (!d || !defined.some((x) => text.slice(0, g.start).endsWith(`${x}、`))) return g;
    return { ...g, start: g.start + d.length, canonical: text.slice(g.start + d.length, g.end) };
  });
}

/** Session 51 (helper tidy, issue 13): whether a position stands inside a definition's definiens, the one test of discover.ts's
 *  systems (definiens-systems.ts, session 50, option lawDefiniensSystems) and groups.ts's population words (definiensOnly,
 *  session 29). The text before the position is cut at the scope's stops; the definiens cue must stand in what is left.
 *  - `sentence` (the systems'): 是指 or 指的是 earlier in the sentence, 160 characters back at most, up to 。；or a line end
 *    (本条例所称信息基础设施，是指通信网、…、公共大数据平台: the platform is a member of the class defined).
 *  - `clause` (the groups'): 是指 with no comma between, 80 characters back at most (法律援助人员，是指…实施法律援助的律师、公证员;
 *    老年人是指六十周岁以上的公民，国家保障老年人… reads the second 老年人 outside).
 *  With `included` (option lawIncludedDefiniens, session 44) a clause opened by 包括 in the sentence of a 所称 is a definiens
 *  too: 本条例所称…做出重要贡献的人员，包括职务科技成果完成人和…科技人员. */
export function inDefiniens(text: string, at: number, scope: DefiniensScope = 'sentence', included = false): boolean {
  const { reach, stops, cue } = DEFINIENS_SCOPES[scope];
  if (cue.test(textBefore(text, at, reach, stops))) return true;
  return included && /^包括/.test(textBefore(text, at, 80, /[，。；\n]/)) && /所称[^，]+，包括[^，]*$/.test(textBefore(text, at, 120, /[。；\n]/));
}

/** How far back a definiens is read: a sentence or a clause. */
export type DefiniensScope = 'sentence' | 'clause';

const DEFINIENS_SCOPES: Record<DefiniensScope, { reach: number; stops: RegExp; cue: RegExp }> = {
  sentence: { reach: 160, stops: /[。；\n]/, cue: /是指|指的是/ },
  clause: { reach: 80, stops: /[，。；\n]/, cue: /是指/ },
};

/** The text before `at`, at most `reach` characters back, from the last of `stops`. */
function textBefore(text: string, at: number, reach: number, stops: RegExp): string {
  return text.slice(Math.max(0, at - reach), at).split(stops).pop() ?? '';
}
