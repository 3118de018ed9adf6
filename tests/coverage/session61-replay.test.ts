// Session 61 (helper ministry3, issue 13): coverage's threshold replay (coverage/replay.ts) runs options.titleTerm.heading
// (ingest/link/title-term.ts) as the link stage does, on the chapter headings it reads off the snapshot's chapter measures;
// the bare-title citations (options.citedBareTitles) are made before the candidates are recorded, so the replay keeps them.
// On the foodcheck family (食品生产经营监督检查管理办法 under 食品安全法) ingested with both given: the procedure chapter's
// unlinked articles link into 第一百一十条 by the heading, 第四十九条 → 第一百三十三条 by its bare citation; the replay at the
// snapshot's own thresholds is the ingest; a snapshot recording the heading off replays as an ingest with it off.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runIngest } from '../../ingest/pipeline.js';
import { MINISTRY_HEADING_TERM, MINISTRY_TITLE_TERM } from '../../ingest/link/options.js';
import { ingestLinks, own, replayed, withRules } from './replay-harness.js';

const real = (path: string) => fileURLToPath(new URL(`../real/${path}`, import.meta.url));
const inputs = [real('foodcheck/corpus/食品安全法(2021-04-29).md'), real('foodcheck/corpus/食品生产经营监督检查管理办法(2021-12-24).md')];
const headingLinks = (links: string[]) => links.filter((l) => /第一百一十条 partial 0$/.test(l) && l.includes('监督检查管理办法'));
const rule = { ...MINISTRY_TITLE_TERM, heading: MINISTRY_HEADING_TERM };

describe('coverage’s replay runs the heading term (foodcheck, ingested with titleTerm.heading and citedBareTitles given)', () => {
  it('at the snapshot’s own thresholds: the rule’s links as ingested; recorded off, as an ingest with it off', { timeout: 240_000 }, async () => {
    const { snapshot } = await runIngest({ inputs, link: { titleTerm: rule, citedBareTitles: true } });
    expect(snapshot.attributes.linkSelection!.rules.titleTerm).toEqual(rule);
    const ingested = ingestLinks(snapshot);
    // The procedure steps 第二十三条 (inspectors) and 第二十四条 (papers) link into 第一百一十条 by the heading only.
    const head = headingLinks(ingested);
    expect(head.some((l) => l.includes('/第二十三条 > '))).toBe(true);
    expect(head.some((l) => l.includes('/第二十四条 > '))).toBe(true);
    // 第四十九条 names 食品安全法第一百三十三条第一款 without the title's marks: a strong cited link.
    expect(ingested.some((l) => /\/第四十九条 > .*\/第一百三十三条 implements/.test(l))).toBe(true);
    expect(replayed(snapshot, own(snapshot))).toEqual(ingested);
    const off = replayed(withRules(snapshot, { titleTerm: MINISTRY_TITLE_TERM }), own(snapshot));
    expect(headingLinks(off).filter((l) => /\/第二十[三四]条 > /.test(l))).toEqual([]);
    const { snapshot: plain } = await runIngest({ inputs, link: { titleTerm: MINISTRY_TITLE_TERM, citedBareTitles: true } });
    expect(off).toEqual(ingestLinks(plain));
  });
});
