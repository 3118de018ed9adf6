// Session 52 (helper extract2; issue 13; options.ts lawRegionSetUpCommittees, lawOwnJoinedCommittees): two shapes of a committee a
// regulation names as its region's own that the earlier committee rules miss, read on the promotion2 set's 上海 texts.
// - 本市设立高等教育投入评估咨询委员会，… (上海 高等教育促进条例 第四十一条): the region as the subject of 设立/成立 opening its clause
//   (as region-set-up.ts reads 本市设立…奖/平台), then a committee's name ending its phrase: the one body the text sets up, read bare
//   as written. The free mirror writes its advisory and expert committees so (本市设立优化营商环境咨询委员会, 本市成立食品安全专家委员会).
// - 市学习型社会建设与终身教育促进委员会负责… (上海 终身教育促进条例 第四条): the region's short form alone opening a clause or after a
//   verb of submitting (committee-cues.txt `submit`), a name joining two aims by 与, the second ending in a committee's function
//   (促进, 指导, 协调) before 委员会: the region's own committee (tests/gold/README.md rule 2: 市… → 上海市…). guidance-committees.ts
//   reads the unjoined names (市全民阅读指导委员会) and refuses a joiner, which in most names lists two bodies.
// The words are lexicon data (ingest/lexicon/set-up-committees.txt); the grammar (the clause opening, the names' lengths) stays here.
import type { Lexicon } from '../lexicon/load.js';
import type { DictHit } from './dictionary.js';
import { memoOnLists } from './memo.js';
import { wordAlternation as alt } from './regex-words.js';

const setUpRegex = (lexicon: Lexicon) => {
  const c = lexicon.setUpCommittees;
  return memoOnLists(lexicon, setUpRegex, [c.regions, c.setUps], () =>
    new RegExp(`(?<=^|[。；，：\\n\\s　])(${alt(c.regions)})(?:${alt(c.setUps)})([\\u4e00-\\u9fff]{4,20}?委员会)(?![\\u4e00-\\u9fff])`, 'g'));
};

const joinedRegex = (lexicon: Lexicon) => {
  const c = lexicon.setUpCommittees;
  const submits = lexicon.committeeCues.submits;
  return memoOnLists(lexicon, joinedRegex, [c.joiners, c.functions, submits], () =>
    new RegExp(`(?:(?<=^|[。；，：\\n\\s　])|(?<=${alt(submits)}))([市省])([\\u4e00-\\u9fff]{3,10}?(?:${alt(c.joiners)})[\\u4e00-\\u9fff]{3,10}?${alt(c.functions)}委员会)`, 'g'));
};

/** 本市设立…委员会: the committees the region sets up in the text from..to, bare as written. */
export function regionSetUpCommitteeHits(text: string, from: number, to: number, lexicon: Lexicon): DictHit[] {
  const hits: DictHit[] = [];
  const span = text.slice(from, to);
  if (!span.includes('委员会')) return hits;
  for (const m of span.matchAll(setUpRegex(lexicon))) {
    const name = m[2]!;
    if (/[的、，]/.test(name)) continue;
    const end = from + m.index! + m[0].length;
    hits.push({ type: 'Organisation', canonical: name, start: end - name.length, end, asWritten: true });
  }
  return hits;
}

/** 市A与B促进委员会: the region's own committees with a joined name in the text from..to, canonical with the region's name. */
export function ownJoinedCommitteeHits(text: string, from: number, to: number, local: Record<string, string | undefined>, lexicon: Lexicon): DictHit[] {
  const hits: DictHit[] = [];
  const span = text.slice(from, to);
  if (!span.includes('委员会')) return hits;
  for (const m of span.matchAll(joinedRegex(lexicon))) {
    const owner = local[m[1]!];
    const name = m[2]!;
    // One joiner, no other list word, no level or government word opening it (市和区县…, 市人民代表大会…).
    if (!owner || /[的和及或、等]/.test(name) || /^(?:级|县|区|人民|政府)/.test(name) || lexicon.setUpCommittees.joiners.filter((j) => name.includes(j)).length !== 1) continue;
    const start = from + m.index!;
    hits.push({ type: 'Organisation', canonical: owner + name, start, end: start + m[0].length });
  }
  return hits;
}
