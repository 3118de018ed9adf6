// Session 53 (helper extract; issue 13; options.ts lawRewardedStaff): the staff of a kind of body named by its field, where a reward
// share rewards them — 承担科技成果转化的技术转移机构工作人员和管理人员获得奖励的份额不低于奖励总额的百分之五 (the share clause of 促进科技
// 成果转化法 第四十五条, restated by the 促进科技成果转化 and 科技创新促进 regulations of provinces and cities). Rewarded, they are served
// (tests/gold/README.md TargetGroup), though group-stops.txt reads 机构 staff as a role elsewhere (法律援助机构工作人员). The persons
// are read in the clause before the reward word (reward-cues.txt `reward`), as the conjuncts its joiners (`joiner`, 、) divide, each
// after its last 的: a field of two to eight characters, a `body` word, (工作)人员. A bare or determined head (管理人员, 相关机构工作人员)
// is none. Called from index.ts in a regulation.
import type { Lexicon } from '../lexicon/load.js';
import type { DictHit } from './dictionary.js';
import { memoOnLists } from './memo.js';
import { wordAlternation as alt } from './regex-words.js';

/** A determiner opening the field: no one field (相关, 有关 …). */
const DETERMINER = /^(?:相关|有关|其他|其它|各类|各级|该|本)/;

const regexes = (lexicon: Lexicon) => {
  const c = lexicon.rewardCues;
  return memoOnLists(lexicon, regexes, [c.rewards, c.bodies, c.joiners], () => ({
    REWARD: new RegExp(alt(c.rewards), 'g'),
    JOINER: new RegExp(`(?:${alt(c.joiners)}|、)`, 'g'),
    STAFF: new RegExp(`^([\\u4e00-\\u9fff]{2,8}?)${alt(c.bodies)}(?:工作)?人员$`),
  }));
};

export function rewardedStaffHits(text: string, s: number, e: number, lexicon: Lexicon): DictHit[] {
  const out: DictHit[] = [];
  if (!lexicon.rewardCues.rewards.length) return out;
  const { REWARD, JOINER, STAFF } = regexes(lexicon);
  const unit = text.slice(s, e);
  for (const m of unit.matchAll(REWARD)) {
    const p = m.index!;
    const from = Math.max(0, ...['，', '。', '；', '：', ',', ';', '\n'].map((c) => unit.lastIndexOf(c, p - 1) + 1));
    const clause = unit.slice(from, p);
    // The conjuncts, each with its offset in the unit.
    let at = 0;
    const parts: { start: number; name: string }[] = [];
    for (const j of clause.matchAll(JOINER)) {
      parts.push({ start: from + at, name: clause.slice(at, j.index!) });
      at = j.index! + j[0].length;
    }
    parts.push({ start: from + at, name: clause.slice(at) });
    for (const part of parts) {
      const k = part.name.lastIndexOf('的') + 1;
      const name = part.name.slice(k);
      const staff = STAFF.exec(name);
      if (!staff || DETERMINER.test(name)) continue;
      const start = s + part.start + k;
      out.push({ type: 'TargetGroup', canonical: name, start, end: start + name.length });
    }
  }
  return out;
}
