// Session 60 (helper ministry2, issue 13): coverage's threshold replay (coverage/replay.ts) runs options.titleTerm's pass
// (ingest/link/title-term.ts) after siblingSecond's, as the link stage does, under the setting the snapshot records. On the
// price family (明码标价和禁止价格欺诈规定 under 价格法) ingested with the rule on (MINISTRY_TITLE_TERM, the default since this session; with session 62's chapter carrier since, MINISTRY_TITLE_TERM_62): the
// rule's weak links into 价格法 第十三条 are in the snapshot, the replay at the snapshot's own thresholds is the ingest, and a
// snapshot recording the rule off replays without them.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runIngest } from '../../ingest/pipeline.js';
import { DEFAULT_LINK_OPTIONS, MINISTRY_TITLE_TERM_62_ACT } from '../../ingest/link/options.js';
import { ingestLinks, own, replayed, withRules } from './replay-harness.js';

const real = (path: string) => fileURLToPath(new URL(`../real/${path}`, import.meta.url));
const inputs = [real('price/corpus/价格法(1997-12-29).md'), real('price/corpus/明码标价和禁止价格欺诈规定(2022-04-14).md')];
const termLinks = (links: string[]) => links.filter((l) => /[#/]第十三条 partial 0$/.test(l) && l.includes('明码标价和禁止价格欺诈规定'));

describe('coverage’s replay runs the title-term pass (price, ingested with the defaults: options.titleTerm on)', () => {
  it('at the snapshot’s own thresholds: the rule’s links as ingested, and every link the snapshot’s; recorded off, none', { timeout: 180_000 }, async () => {
    // Session 62: the default reads the holder's act too (MINISTRY_TITLE_TERM_62_ACT); price's holder, 第十三条, holds its term after 应当.
    expect(DEFAULT_LINK_OPTIONS.titleTerm).toEqual(MINISTRY_TITLE_TERM_62_ACT);
    const { snapshot } = await runIngest({ inputs });
    expect(snapshot.attributes.linkSelection!.rules.titleTerm).toEqual(MINISTRY_TITLE_TERM_62_ACT);
    const ingested = ingestLinks(snapshot);
    // The marking articles 第六条 and 第九条 (a case and a form of 明码标价) link into 第十三条 by the rule only.
    const term = termLinks(ingested);
    expect(term.some((l) => l.includes('#第九条 > '))).toBe(true);
    expect(term.some((l) => l.includes('#第六条 > '))).toBe(true);
    const again = replayed(snapshot, own(snapshot));
    expect(again).toEqual(ingested);
    const off = replayed(withRules(snapshot, { titleTerm: null }), own(snapshot));
    expect(termLinks(off).filter((l) => /#第(六|九)条 > /.test(l))).toEqual([]);
    const { snapshot: plain } = await runIngest({ inputs, link: { titleTerm: null } });
    expect(off).toEqual(ingestLinks(plain));
  });
});
