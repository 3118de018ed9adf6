// Session 61 (helper grounds, issue 13): coverage's threshold replay (coverage/replay.ts) and the calibration replay
// (tests/eval/links.ts select) run options.chapterArticle (ingest/link/chapter-article.ts) as the link stage does; the
// uncarried citations (options.citedUncarried) are dropped before the candidates are recorded, so both replays keep that.
// On the trademark family (商标法实施条例 under 商标法) ingested with both given: the Madrid chapter's articles link weak into
// 商标法 第二十一条, 第五十条 (…下列条款的规定不适用于…) and 第五十二条 (有违反商标法第十条…规定情形) cite nothing; each replay at the
// snapshot's own thresholds is the ingest; a snapshot recording the chapter rule off replays as an ingest with it off.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runIngest } from '../../ingest/pipeline.js';
import { CHAPTER_ARTICLE, DEFAULT_LINK_OPTIONS, UNCARRIED_CITATIONS, profileFor } from '../../ingest/link/options.js';
import type { Genre } from '../../graph-schema/index.js';
import { recordedIngest, select, type Selection } from '../eval/links.js';
import { ingestLinks, own, replayed, withRules } from './replay-harness.js';

const real = (path: string) => fileURLToPath(new URL(`../real/${path}`, import.meta.url));
const corpus = real('trademark/corpus/');
const inputs = [real('trademark/corpus/商标法(2019-04-23).md'), real('trademark/corpus/商标法实施条例(2014-04-29).md')];
const madrid = (links: string[]) => links.filter((l) => /#第五章\/第[^ ]+条 > .*商标法@[^#]+#第一章\/第二十一条 partial 0$/.test(l));
const on = { citedUncarried: UNCARRIED_CITATIONS, chapterArticle: CHAPTER_ARTICLE };

describe('the chapter rule and the uncarried citations replayed (trademark, ingested with both given)', () => {
  it('coverage’s replay at the snapshot’s own thresholds is the ingest; recorded off, as an ingest with it off', { timeout: 240_000 }, async () => {
    const { snapshot } = await runIngest({ inputs, link: on });
    expect(snapshot.attributes.linkSelection!.rules.chapterArticle).toEqual(CHAPTER_ARTICLE);
    const ingested = ingestLinks(snapshot);
    // The Madrid chapter (第三十五条 … 第四十九条) into 商标法 第二十一条 by the rule.
    expect(madrid(ingested).some((l) => l.includes('/第三十五条 > '))).toBe(true);
    expect(madrid(ingested).some((l) => l.includes('/第四十四条 > '))).toBe(true);
    // 第五十条 disapplies 商标法 第二十八条; 第五十二条 names 第十条 as a ground: neither is a link.
    expect(ingested.some((l) => /\/第五十条 > .*\/第二十八条 /.test(l))).toBe(false);
    expect(ingested.some((l) => /\/第五十二条 > .*\/第十条 /.test(l))).toBe(false);
    expect(replayed(snapshot, own(snapshot))).toEqual(ingested);
    const off = replayed(withRules(snapshot, { chapterArticle: null }), own(snapshot));
    expect(madrid(off)).toEqual([]);
    const { snapshot: plain } = await runIngest({ inputs, link: { citedUncarried: UNCARRIED_CITATIONS, chapterArticle: null } });
    expect(off).toEqual(ingestLinks(plain));
  });
  it('the calibration replay of the recorded candidates is the ingest', { timeout: 240_000 }, async () => {
    const { snapshot, cands } = await recordedIngest(corpus, on);
    const given = (genre: Genre): Selection => {
      const p = profileFor(DEFAULT_LINK_OPTIONS, genre);
      return { weights: p.weights, partial: p.thresholds.partial, implements: p.thresholds.implements, relative: p.relative, topK: p.topK, chapterArticle: CHAPTER_ARTICLE };
    };
    expect(select(cands, given).map((l) => `${l.lower} > ${l.higher} ${l.verdict} ${l.score}`).sort()).toEqual(ingestLinks(snapshot));
  });
});
