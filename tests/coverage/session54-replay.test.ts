// Session 54 (helper link, issue 13): coverage's threshold replay (coverage/replay.ts, which the explorer and `npm run report
// -- coverage` run when a user moves the thresholds) runs the bracket by the neighbours' links (options.orderBracket, on since
// this session) after the neighbour rule, by the link stage's own functions (ingest/link/order-bracket.ts bracketEntry and
// bracketStep) on the candidates the snapshot keeps, under the setting the snapshot records. Before, the replay had no such
// step: at the snapshot's own thresholds it lost the bracket's links (teachers, library). docs/history/links.md, session 54.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runIngest } from '../../ingest/pipeline.js';
import { DEFAULT_LINK_OPTIONS, ORDER_BRACKET_GUARDED_MEASURED, type LinkOptions } from '../../ingest/link/options.js';
import { bracketEntry } from '../../ingest/link/order-bracket.js';
import { graphFromSnapshot } from '../../coverage/graph.js';
import { replayedLinks } from '../../coverage/replay.js';
import { ingestLinks, own, replayed, withRules, type T } from './replay-harness.js';

const LAW = 'doc:中华人民共和国公共图书馆法@2018-10-26';
const SH = 'doc:上海市公共图书馆条例@2024-11-28';
const real = (path: string) => fileURLToPath(new URL(`../real/${path}`, import.meta.url));
const inputs = [real('library/corpus/公共图书馆法(2018-10-26).md'), real('library/corpus/上海市公共图书馆条例(2024-11-28).md')];
const withThresholds = (t: T): Partial<LinkOptions> => ({
  thresholds: t,
  genres: Object.fromEntries(Object.entries(DEFAULT_LINK_OPTIONS.genres).map(([g, p]) => [g, { ...p, thresholds: t }])),
});
// 上海市公共图书馆条例 第十四条 (管理制度) → 公共图书馆法 第二十三条 (法人治理结构): a weak gold link under the partial threshold,
// between 第十三条 → 第十九条 and 第十五条 → 第二十四条, the bracket's link (sessions 52 and 53).
const bracketLink = (links: string[]) => links.filter((l) => l.startsWith(`${SH}#第十四条 > `));

describe('the bracket’s entry (bracketEntry): in each higher document not linked into, its best candidate from min under the partial threshold', () => {
  it('on 第十四条’s kind of candidates: the law’s best, not a document the article links into, not one over the threshold', () => {
    const scored = [
      { higher: `${LAW}#第三章/第二十二条`, score: 0.09 },
      { higher: `${LAW}#第三章/第二十三条`, score: 0.097 },
      { higher: 'doc:other#第五条', score: 0.11 },
      { higher: 'doc:third#第二条', score: 0.2 },
    ];
    const rule = ORDER_BRACKET_GUARDED_MEASURED;
    const under = (s: number) => s < 0.13;
    expect(bracketEntry(`${SH}#第十四条`, scored, [], rule, under).ks).toEqual([1, 2]);
    const linked = bracketEntry(`${SH}#第十四条`, scored, [{ higher: 'doc:other#第六条', verdict: 'implements', score: 0.3 }], rule, under);
    expect(linked.ks).toEqual([1]);
    expect(linked.entry).toEqual({ lower: `${SH}#第十四条`, links: ['doc:other#第六条'], candidates: [`${LAW}#第三章/第二十三条`], confident: ['doc:other#第六条'] });
    expect(bracketEntry(`${SH}#第十四条`, scored, [], { ...rule, min: 0.1 }, under).ks).toEqual([2]);
  });
});

describe('coverage’s replay runs the bracket (上海市公共图书馆条例 and 公共图书馆法, ingested with the defaults)', () => {
  it('at the snapshot’s own thresholds: the bracket’s link as ingested (verdict, score), and every link the snapshot’s', { timeout: 180_000 }, async () => {
    expect(DEFAULT_LINK_OPTIONS.orderBracket).toEqual(ORDER_BRACKET_GUARDED_MEASURED);
    const { snapshot } = await runIngest({ inputs });
    expect(snapshot.attributes.linkSelection!.rules.orderBracket).toEqual(ORDER_BRACKET_GUARDED_MEASURED);
    const ingested = ingestLinks(snapshot);
    const [link] = bracketLink(ingested);
    expect(link).toMatch(new RegExp(`^${SH}#第十四条 > ${LAW}#第三章/第二十三条 partial 0\\.\\d+$`));
    expect(Number(link.split(' ').pop())).toBeLessThan(own(snapshot).partial);
    const again = replayed(snapshot, own(snapshot));
    expect(bracketLink(again)).toEqual([link]);
    expect(again).toEqual(ingested);
    // Without the step (the replay before this session, or a snapshot recording the rule off) the link is lost.
    expect(bracketLink(replayed(withRules(snapshot, { orderBracket: null }), own(snapshot)))).toEqual([]);
  });

  it('under moved thresholds: the links ingesting again with them makes, the bracket’s included', { timeout: 180_000 }, async () => {
    const { snapshot } = await runIngest({ inputs });
    const t: T = { implements: 0.2, partial: 0.16 };
    const expected = ingestLinks((await runIngest({ inputs, link: withThresholds(t) })).snapshot);
    expect(replayedLinks(graphFromSnapshot(snapshot), t)!.inexact).toBe(0);
    expect(replayed(snapshot, t)).toEqual(expected);
    expect(bracketLink(expected).length).toBe(1);
  });
});
