// Session 62 (helper ministry4, issue 13): coverage's threshold replay (coverage/replay.ts) runs options.titleTerm.chapter —
// the chapter carrier and its swap — and clauseCover.pair.scored as the link stage does. On the cosmetics family
// (化妆品生产经营监督管理办法 under 化妆品监督管理条例) ingested with session 62's variant given (heading remit, chapter
// swap, scored median): the licence chapter's 第十四条 and 第十六条 (unlinked) and 第二十三条 (partial only, to 第二十四条) link
// weak into 第二十七条; the replay at the snapshot's own thresholds is the ingest; a snapshot recording the chapter off
// replays as an ingest with it off.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runIngest } from '../../ingest/pipeline.js';
import { CLAUSE_COVER, MINISTRY_CHAPTER_SWAP, MINISTRY_HEADING_REMIT, MINISTRY_TITLE_TERM } from '../../ingest/link/options.js';
import { ingestLinks, own, replayed, withRules } from './replay-harness.js';

const real = (path: string) => fileURLToPath(new URL(`../real/${path}`, import.meta.url));
const inputs = [real('cosmetics/corpus/化妆品监督管理条例(2020-06-16).md'), real('cosmetics/corpus/化妆品生产经营监督管理办法(2021-08-02).md')];
const clauseCover = { ...CLAUSE_COVER, pair: { ...CLAUSE_COVER.pair!, scored: true } };
const rule = { ...MINISTRY_TITLE_TERM, heading: MINISTRY_HEADING_REMIT, chapter: MINISTRY_CHAPTER_SWAP };
const plainRule = { ...MINISTRY_TITLE_TERM, heading: MINISTRY_HEADING_REMIT };
const into27 = (links: string[], article: string) => links.some((l) => l.includes(`/${article} > `) && /第二十七条 partial 0$/.test(l));

describe('coverage’s replay runs the chapter carrier (cosmetics, ingested with titleTerm.chapter.swap given)', () => {
  it('at the snapshot’s own thresholds: the rule’s links as ingested; recorded off, as an ingest with it off', { timeout: 240_000 }, async () => {
    const { snapshot } = await runIngest({ inputs, link: { titleTerm: rule, clauseCover } });
    expect(snapshot.attributes.linkSelection!.rules.titleTerm).toEqual(rule);
    const ingested = ingestLinks(snapshot);
    for (const a of ['第十四条', '第十六条', '第二十三条']) expect(into27(ingested, a)).toBe(true);
    // 第二十三条's partial link to 第二十四条 is given up for the carried article.
    expect(ingested.some((l) => /\/第二十三条 > .*\/第二十四条 /.test(l))).toBe(false);
    expect(replayed(snapshot, own(snapshot))).toEqual(ingested);
    const off = replayed(withRules(snapshot, { titleTerm: plainRule }), own(snapshot));
    expect(into27(off, '第十四条')).toBe(false);
    const { snapshot: plain } = await runIngest({ inputs, link: { titleTerm: plainRule, clauseCover } });
    expect(off).toEqual(ingestLinks(plain));
  });
});
