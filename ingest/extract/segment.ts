// nodejieba with the project's domain dictionary plus every lexicon name, so that names stay
// whole tokens and jieba's POS tags (n, nz, nt, ns, v …) can bound names found by suffix.
import nodejieba from 'nodejieba';
import { join } from 'node:path';
import { DEFAULT_LEXICON_DIR, type Lexicon } from '../lexicon/load.js';
import { memoOnLists } from './memo.js';

// Lexicon names get their own tags so the suffix rules can tell them apart: a target group
// (tg) never sits inside a name; an organisation (nt) does not start a programme's name.
const TAG: Record<string, string> = { Organisation: 'nt', Programme: 'nz', Brand: 'nz', TargetGroup: 'tg' };
let loaded = false;
let inserted = new WeakSet<Lexicon>();

let ownDictionary = false;

/**
 * Puts jieba's own default dictionary back (for the baseline, which must not see the project's
 * words); the next segmenter() call loads the project's again. jieba holds one dictionary per
 * process, so the first call always reloads, whatever an earlier user of the process left.
 */
export function useJiebaOwnDictionary(): void {
  if (ownDictionary) return;
  nodejieba.load();
  ownDictionary = true;
  loaded = false;
  inserted = new WeakSet<Lexicon>();
  tagOf.clear();
}

/** jieba's tag of each word met, under the dictionary loaded now (cleared whenever segment.ts loads a dictionary or inserts
 *  words). jieba's `tag` is its `cut` (with HMM) and then a look-up of each word's tag in the dictionary (cppjieba PosTagger:
 *  the word's own tag, else x, m or eng by its ASCII characters): a function of the word and the dictionary alone. `tag` hands
 *  back an object of two strings per word, built through N-API key by key, `cut` one string per word: cut and this memo give
 *  the same tokens at about half the cost of `tag` (issue 11, session 54: jieba's `tag` was ≈ 40 % of extract). */
const tagOf = new Map<string, string>();
/** Emptied past this many words (a corpus's vocabulary is tens of thousands): the memo's memory stays bounded. */
const TAG_MEMO_MAX = 1 << 20;

/** jieba's tag of `word` alone under the dictionary loaded now, from the memo or by `tag`; undefined when jieba cuts the word
 *  alone into other words (its tag is then not known this way). */
function tagOfWord(word: string): string | undefined {
  let tag = tagOf.get(word);
  if (tag === undefined) {
    const alone = nodejieba.tag(word);
    if (alone.length !== 1 || alone[0]!.word !== word) return undefined;
    if (tagOf.size >= TAG_MEMO_MAX) tagOf.clear();
    tagOf.set(word, (tag = alone[0]!.tag));
  }
  return tag;
}

/** jieba's words of `text` with their tags, each placed after the last (a word not found in the text is passed over), every
 *  start plus `offset`. */
function placed(words: readonly { word: string; tag: string }[], text: string, offset: number): Token[] {
  const out: Token[] = [];
  let pos = 0;
  for (const { word, tag } of words) {
    const start = text.indexOf(word, pos);
    if (start < 0) continue;
    out.push({ word, tag, start: start + offset });
    pos = start + word.length;
  }
  return out;
}

export interface Token {
  word: string;
  tag: string;
  start: number;
}

/** What the ingest loads into jieba: its default main dictionary and HMM model, the project's user dictionary, and
 *  one-line stand-ins for the keyword tables (idf, stop words) that cutting and tagging never read. The bench's raw
 *  `cut` (bench/measure.ts) loads the same. */
export function jiebaDictionaries(): { userDict: string; idfDict: string; stopWordDict: string } {
  return {
    userDict: join(DEFAULT_LEXICON_DIR, 'jieba-user.dict.utf8'),
    idfDict: join(import.meta.dirname, 'jieba-unused.idf.utf8'),
    stopWordDict: join(import.meta.dirname, 'jieba-unused.stop.utf8'),
  };
}

/** Whether this thread holds the project's jieba dictionaries now (segmenter loaded them and nothing put others back). */
export function jiebaLoaded(): boolean {
  return loaded;
}

/** Gives this thread's jieba dictionaries back (≈ 220 MB that nodejieba keeps until its next load): loads a one-word
 *  dictionary, as the pool's threads do before they end (ingest/parallel/worker-task.ts releaseJieba). The next
 *  segmenter() call loads the project's again. Used by the pool when the main thread took files beside its threads
 *  (session 63), so the main thread does not hold them through the link stage. */
export function releaseMainJieba(): void {
  const tiny = join(import.meta.dirname, '..', 'parallel', 'jieba-release.dict.utf8');
  const unused = jiebaDictionaries();
  nodejieba.load({ dict: tiny, userDict: tiny, idfDict: unused.idfDict, stopWordDict: unused.stopWordDict });
  loaded = false;
  ownDictionary = false;
  inserted = new WeakSet<Lexicon>();
  tagOf.clear();
}

export function segmenter(lexicon: Lexicon): (text: string, offset?: number) => Token[] {
  if (!loaded) {
    // Keyword extraction (idf, stop words) is never used: one-line stand-ins instead of jieba's
    // 6 MB idf table save seconds per thread; tagging and cutting are unchanged.
    nodejieba.load(jiebaDictionaries());
    loaded = true;
    ownDictionary = false;
    tagOf.clear();
  }
  if (!inserted.has(lexicon)) {
    for (const [type, entries] of Object.entries(lexicon.entities)) {
      for (const e of entries) {
        for (const n of [e.canonical, ...e.aliases]) {
          const w = n.replace(/[“”《》]/g, '');
          if (w.length >= 2 && !/\s/.test(w)) nodejieba.insertWord(w, TAG[type]);
        }
      }
    }
    inserted.add(lexicon);
    tagOf.clear();
  }
  // `offset` is added to every start (a unit's tokens placed in its document's text without a mapped copy; session 54).
  // jieba's `tag(text)` made as `cut(text, true)` and each word's tag from the memo (one token object a word); a word jieba cuts
  // alone into other words sends the text to `tag` itself, as before.
  return (text: string, offset = 0) => {
    const out: Token[] = [];
    let pos = 0;
    for (const word of nodejieba.cut(text, true) as string[]) {
      const tag = tagOfWord(word);
      if (tag === undefined) return placed(nodejieba.tag(text), text, offset);
      const start = text.indexOf(word, pos);
      if (start < 0) continue;
      out.push({ word, tag, start: start + offset });
      pos = start + word.length;
    }
    return out;
  };
}

/** jieba's compounds of a group noun and the verb done to it (人才培养, 人才引进): the split parts, made
 *  once per word. A part is split off when the compound starts with a group suffix of two or more
 *  characters and jieba reads the rest alone as a verb. */
const fusedParts = new WeakMap<string[], Map<readonly string[], Map<string, [string, string] | null>>>();
const NO_TEAMS: readonly string[] = [];
/** Session 43 (options.ts groupTeamSplit): the team of a group (人才|队伍 in 加强科普人才队伍建设), split off as a verb is. */
export const GROUP_TEAMS: readonly string[] = ['队伍'];

/**
 * Splits such compounds into the group noun and the rest, which keeps the compound's tag (消防技术|人才培养 →
 * 消防技术|人才|培养), so that a group found by its suffix (…人才) ends where a token ends, and a programme name
 * grows over the rest as it grew over the compound (科技后备人才培养促进行动). Used for discovery only: the words a measure is
 * compared by keep jieba's tokens. Session 18 (the open item of session 17: 慈善人才培养).
 */
export function splitFused(tokens: Token[], groupSuffixes: string[], teams: readonly string[] = NO_TEAMS, talentVerbs = false, innovationTalent = false): Token[] {
  const split = splitHeadFirst(tokens, groupSuffixes, teams);
  return talentVerbs ? splitTalentVerbs(split, innovationTalent) : split;
}

/** Session 47 (helper extract; options.ts innovationTalent): 创新 before 人才 is the talent's field, not a verb done to it —
 *  创新人才 (jieba-user.dict.utf8), trained, recruited and housed in the innovation3 set's 北京 text, as 创新创业人才 and 科技创新人才
 *  are (the gold's reading); jieba tags 创新 alone v, so splitTalentVerbs would cut the word it reads whole. */
const TALENT_FIELD_VERBS = new Set(['创新']);
/** …but not in a sentence that lists the aims of an innovation policy (培育创新主体，完善创新体系，培养创新人才，优化创新环境; 创新主体
 *  活跃、创新人才集聚、创新能力突出): a slogan of the same 创新 words, where the innovation gold reads no group. */
const INNOVATION_SLOGAN = /创新(?:主体|体系|能力|环境|生态|资源|氛围|文化)/;
const SENTENCE_END = /^[。；！？\n]$/;
/** …nor where 创新 governs a regime of talent work that follows (创新人才引进与流动机制, 创新人才培养、引进模式, 创新人才服务机制: the free
 *  mirror's 山东 and 海南 texts): the verb of reforming it. */
const TALENT_REGIME = /^[\u4e00-\u9fff、]{0,8}?(?:机制|模式|体制|制度|方式)/;

/** The words after token i, up to `n` characters. */
function textAfter(tokens: Token[], i: number, n: number): string {
  let out = '';
  for (let k = i + 1; k < tokens.length && out.length < n; k++) out += tokens[k].word;
  return out.slice(0, n);
}

/** The text of the sentence around token i (from the tokens themselves). */
function sentenceOf(tokens: Token[], i: number): string {
  let a = i;
  while (a > 0 && !SENTENCE_END.test(tokens[a - 1].word)) a--;
  let b = i;
  while (b + 1 < tokens.length && !SENTENCE_END.test(tokens[b + 1].word)) b++;
  return tokens.slice(a, b + 1).map((t) => t.word).join('');
}

/** Session 45 (helper extract2; options.ts talentVerbSplit): jieba's compounds of a verb and 人才, the act done to talent (柔性|
 *  引进人才/l → 引进|人才, 培养人才), split into the verb (tagged v) and 人才, so that the group found by its suffix does not open at the
 *  verb (柔性引进人才 is talent recruited flexibly: bare 人才, no group). Only 人才: talent is named by its field, never by a verb,
 *  whereas 统计人员, 执法人员, 从业人员 name professions by the verb of their work. Made once per word. */
const talentParts = new Map<string, [string, string] | null>();
const TALENT = '人才';
function splitTalentVerbs(tokens: Token[], innovationTalent = false): Token[] {
  const out: Token[] = [];
  for (const [i, t] of tokens.entries()) {
    if (t.word.length <= TALENT.length || !t.word.endsWith(TALENT) || (innovationTalent && TALENT_FIELD_VERBS.has(t.word.slice(0, -TALENT.length)) && !INNOVATION_SLOGAN.test(sentenceOf(tokens, i)) && !TALENT_REGIME.test(textAfter(tokens, i, 12)))) {
      out.push(t);
      continue;
    }
    let parts = talentParts.get(t.word);
    if (parts === undefined) {
      const front = t.word.slice(0, -TALENT.length);
      const tagged = nodejieba.tag(front);
      parts = tagged.length === 1 && tagged[0].tag === 'v' ? [front, TALENT] : null;
      talentParts.set(t.word, parts);
    }
    if (!parts) out.push(t);
    else out.push({ word: parts[0], tag: 'v', start: t.start }, { word: parts[1], tag: 'n', start: t.start + parts[0].length });
  }
  return out;
}

function splitHeadFirst(tokens: Token[], groupSuffixes: string[], teams: readonly string[]): Token[] {
  // The heads, their shortest splittable length and first characters: made once per lexicon list (memo.ts), not per unit
  // (issue 11, session 53).
  const { heads, shortest, firsts } = memoOnLists(groupSuffixes, splitHeadFirst, [groupSuffixes], () => {
    const heads = groupSuffixes.filter((s) => s.length >= 2);
    return { heads, shortest: heads.reduce((n, h) => Math.min(n, h.length), Infinity) + 2, firsts: new Set(heads.map((h) => h.charCodeAt(0))) };
  });
  let byTeams = fusedParts.get(groupSuffixes);
  if (!byTeams) fusedParts.set(groupSuffixes, (byTeams = new Map()));
  let cache = byTeams.get(teams);
  if (!cache) byTeams.set(teams, (cache = new Map()));
  // A word can be split only when it is at least a head and two more characters long and starts with a
  // head's first character: every other word is passed on without a look-up in the cache (session 26,
  // perf: the look-up of every token of the corpus, each a new string from jieba, was 6 % of extract).
  const out: Token[] = [];
  for (const t of tokens) {
    if (t.word.length < shortest || !firsts.has(t.word.charCodeAt(0))) {
      out.push(t);
      continue;
    }
    let parts = cache.get(t.word);
    if (parts === undefined) {
      parts = null;
      const head = heads.find((h) => t.word.length >= h.length + 2 && t.word.startsWith(h));
      if (head) {
        const rest = t.word.slice(head.length);
        const tagged = nodejieba.tag(rest);
        if ((tagged.length === 1 && /^v/.test(tagged[0].tag)) || teams.includes(rest)) parts = [head, rest];
      }
      cache.set(t.word, parts);
    }
    if (!parts) {
      out.push(t);
      continue;
    }
    out.push({ word: parts[0], tag: 'n', start: t.start }, { word: parts[1], tag: t.tag, start: t.start + parts[0].length });
  }
  return out;
}
