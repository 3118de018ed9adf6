// Session 55 (helper link, issue 13): a lower article that links to nothing admits the law article whose main provision it
// names most (options.provisionFloor, ingest/link/provision-floor.ts; measured on the dev sets and left off: docs/history/
// links.md, session 55). On the real tourism pair: 郑州市旅游业管理条例 第十二条 (市、县（市、区）人民政府应当根据当地旅游发展的需要，
// 安排专项资金用于发展当地旅游业) restates 旅游法 第二十四条's funds in its own words, a weak gold link scored 0.109, under the
// partial threshold; no other article of 郑州's is admitted by the rule (every other unlinked article's best-named candidate
// is refused). Coverage's threshold replay runs the same step at the snapshot's own thresholds.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runIngest } from '../../../ingest/pipeline.js';
import { DEFAULT_LINK_OPTIONS, PROVISION_FLOOR_MEASURED } from '../../../ingest/link/options.js';
import { provisionFloor, provisionNamed } from '../../../ingest/link/provision-floor.js';
import type { Snapshot } from '../../../graph-schema/index.js';
import { graphFromSnapshot } from '../../../coverage/graph.js';
import { replayedLinks } from '../../../coverage/replay.js';

const LAW = 'doc:中华人民共和国旅游法@2018-10-26';
const ZZ = 'doc:郑州市旅游业管理条例@2021-11-27';
const real = (path: string) => fileURLToPath(new URL(`../../real/${path}`, import.meta.url));
const inputs = [real('tourism/corpus/旅游法(2018-10-26).md'), real('tourism/corpus/郑州市旅游业管理条例(2022-01-01).md')];
const edges = (s: Snapshot) =>
  s.edges.flatMap((e) => (e.attributes.type === 'IMPLEMENTS' ? [`${e.source} > ${e.target} ${e.attributes.verdict} ${e.attributes.score}`] : [])).sort();
const textOf = (s: Snapshot, id: string) => {
  const n = s.nodes.find((x) => x.key === id);
  return n?.attributes.type === 'Measure' ? n.attributes.text : undefined;
};
const ingest = (provisionFloor: typeof PROVISION_FLOOR_MEASURED | null) => runIngest({ inputs, link: { provisionFloor } });

describe('provisionFloor on the tourism pair (旅游法 → 郑州市旅游业管理条例)', () => {
  it('is off by default', () => {
    expect(DEFAULT_LINK_OPTIONS.provisionFloor).toBeNull();
  });

  it('admits 第十二条 → 第二十四条 (partial) and nothing else; without the rule the article links to nothing', { timeout: 180_000 }, async () => {
    const [off, on] = [edges((await ingest(null)).snapshot), edges((await ingest(PROVISION_FLOOR_MEASURED)).snapshot)];
    const added = on.filter((e) => !off.includes(e));
    expect(added).toEqual([`${ZZ}#第二章/第十二条 > ${LAW}#第三章/第二十四条 partial 0.109`]);
    expect(off.filter((e) => e.startsWith(`${ZZ}#第二章/第十二条 >`))).toEqual([]);
    expect(off.filter((e) => !on.includes(e))).toEqual([]);
  });

  it('chooses by the parts named, not the score: 第二十四条 over 第十二条’s best-scored (false) candidate 第十八条; 第七条 → 第四条 refused', async () => {
    const { snapshot } = await ingest(null);
    const lower = textOf(snapshot, `${ZZ}#第二章/第十二条`)!;
    const text = (h: string) => textOf(snapshot, h);
    const r = provisionNamed(lower, text(`${LAW}#第三章/第二十四条`)!, PROVISION_FLOOR_MEASURED.reading);
    expect(r.duties).toBeGreaterThanOrEqual(2);
    expect(r.named).toBeGreaterThanOrEqual(1);
    expect(r.actorsNamed).toBeGreaterThanOrEqual(1);
    // 第十二条's three best candidates in the law as ingested: 第十八条 0.113 (no gold link), 第二十四条 0.109 (gold), 第二十六条 0.107.
    const cands = [
      { higher: `${LAW}#第三章/第十八条`, doc: 0, score: 0.113 },
      { higher: `${LAW}#第三章/第二十四条`, doc: 0, score: 0.109 },
      { higher: `${LAW}#第三章/第二十六条`, doc: 0, score: 0.107 },
    ];
    const under = (s: number) => s < 0.13;
    expect(provisionNamed(lower, text(cands[0].higher)!, PROVISION_FLOOR_MEASURED.reading).share).toBeLessThan(r.share);
    expect(provisionFloor(lower, cands, text, PROVISION_FLOOR_MEASURED, under)).toEqual([1]);
    // Not over the partial threshold, not under `min`.
    expect(provisionFloor(lower, cands, text, PROVISION_FLOOR_MEASURED, () => false)).toEqual([]);
    expect(provisionFloor(lower, cands, text, { ...PROVISION_FLOOR_MEASURED, min: 0.11 }, under)).toEqual([]);
    // 第七条's best, 第四条 at 0.128 (no gold link): one of its four duties named, under half.
    const seventh = textOf(snapshot, `${ZZ}#第一章/第七条`)!;
    expect(provisionFloor(seventh, [{ higher: `${LAW}#第一章/第四条`, doc: 0, score: 0.128 }], text, PROVISION_FLOOR_MEASURED, under)).toEqual([]);
  });

  it('coverage’s replay at the snapshot’s own thresholds gives the rule’s link, and loses it when the snapshot records no rule', { timeout: 180_000 }, async () => {
    const { snapshot } = await ingest(PROVISION_FLOOR_MEASURED);
    const th = snapshot.attributes.linkThresholds!;
    const t = { implements: th.byGenre?.regulation?.implements ?? th.implements, partial: th.byGenre?.regulation?.partial ?? th.partial };
    const replay = (s: Snapshot) => [...replayedLinks(graphFromSnapshot(s), t)!.into].flatMap(([h, ls]) => ls.map((l) => `${l.source} > ${h} ${l.verdict} ${l.score}`)).sort();
    expect(replay(snapshot)).toEqual(edges(snapshot));
    const without: Snapshot = { ...snapshot, attributes: { ...snapshot.attributes, linkSelection: { ...snapshot.attributes.linkSelection!, rules: { ...snapshot.attributes.linkSelection!.rules, provisionFloor: null } } } };
    expect(replay(without)).not.toContain(`${ZZ}#第二章/第十二条 > ${LAW}#第三章/第二十四条 partial 0.109`);
  });
});
