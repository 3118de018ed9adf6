// The clause-part reading (ingest/link/clause-parts.ts, options.clauseParts, session 54 helper verdict, issue 13; on by
// default: ingest/link/options.ts CLAUSE_PARTS_MEASURED). Real texts of the rural family (tests/real/rural): 乡村振兴促进法
// 第十九条 lays five duties on 各级人民政府 (发挥…优势, 支持…乡村产业的发展, 支持…的建设, 鼓励企业获得…认证, 增强…竞争力); 广东省乡村振兴促进条例
// 第七条 restates the first (发挥当地乡村资源优势) and 第十六条 two others (统筹…市场建设, 支持…出口); the gold grades both weak
// ("the main provision in part"), so the row is partial, and the linker without the pass has both links strong (0.19, 0.22).
import { describe, expect, it } from 'vitest';
import { clauseParts, clausePartsLinks, partsNamed, partsShort } from '../../../ingest/link/clause-parts.js';
import { CLAUSE_PARTS_MEASURED, DEFAULT_LINK_OPTIONS } from '../../../ingest/link/options.js';
import { runIngest } from '../../../ingest/pipeline.js';
import { loadLexicon } from '../../../ingest/lexicon/load.js';
import { article, real } from './real-article.js';
import type { Genre, Snapshot } from '../../../graph-schema/index.js';
import { graphFromSnapshot } from '../../../coverage/graph.js';
import { replayedLinks } from '../../../coverage/replay.js';
import { recordedIngest, select, type Selection } from '../../eval/links.js';
import { profileFor } from '../../../ingest/link/options.js';
import { SETS } from '../../eval/sets.js';

const LAW = 'rural/corpus/乡村振兴促进法(2021-04-29).md';
const GD = 'rural/corpus/广东省乡村振兴促进条例(2022-06-01).md';
const P = CLAUSE_PARTS_MEASURED;
const same = new Map<string, string>();
for (const [f, ...r] of P.paraphrases) for (const w of r) same.set(w, f);
const lex = { counterparts: P.counterparts, heads: P.heads, same: (w: string) => same.get(w) ?? w };

describe('the parts of a main provision (clause-parts.ts)', () => {
  const law19 = clauseParts(article(LAW, '第十九条'), P.parts);
  it('reads the actor with its level words dropped and a duty per comma clause opening with a verb', () => {
    expect(law19.actors).toEqual(['人民政府']);
    const duties = law19.duties.map((d) => `${d.verb}+${d.head}`);
    expect(duties).toContain('发挥+优势');
    expect(duties).toContain('鼓励+认证');
    expect(duties.length).toBeGreaterThanOrEqual(4);
  });
  it('says which duties each lower article names; neither names two thirds of them', () => {
    const a7 = partsNamed(article(GD, '第七条'), law19, lex);
    const a16 = partsNamed(article(GD, '第十六条'), law19, lex);
    expect(a7.actors).toEqual([true]);
    expect(a7.duties.filter(Boolean).length).toBe(1);
    expect(a16.duties.filter(Boolean).length).toBe(2);
    // The other article names a duty this one does not: the main provision split among the province's articles.
    expect(a16.duties.some((x, i) => x && !a7.duties[i])).toBe(true);
    expect(partsShort(law19, [a7, a16], P)).toBe(true);
    expect(partsShort(law19, [a16, a7], P)).toBe(true);
    // Without another linked article of the row the split reading does not act.
    expect(partsShort(law19, [a7], P)).toBe(false);
  });
});

describe('the pass (clausePartsLinks)', () => {
  const texts = new Map([
    ['L#19', article(LAW, '第十九条')],
    ['G#7', article(GD, '第七条')],
    ['G#16', article(GD, '第十六条')],
  ]);
  const docOf = (m: string) => m.split('#')[0];
  const run = (links: { lower: string; higher: string; score: number; verdict: string; citedArticle?: boolean }[], pass = P) =>
    [...clausePartsLinks(links, (m) => texts.get(m), docOf, () => 'regulation', pass)].sort();
  const row = [
    { lower: 'G#7', higher: 'L#19', score: 0.191, verdict: 'implements' },
    { lower: 'G#16', higher: 'L#19', score: 0.219, verdict: 'implements' },
  ];
  it('makes both strong links of the row partial', () => expect(run(row)).toEqual([0, 1]));
  it('not a link at or over maxScore, not one by article number, not a lower unit of another genre', () => {
    expect(run(row, { ...P, maxScore: 0.2 })).toEqual([0]);
    expect(run([row[0], { ...row[1], citedArticle: true }])).toEqual([0]);
    expect([...clausePartsLinks(row, (m) => texts.get(m), docOf, () => 'plan', P)]).toEqual([]);
  });
  // Session 55: the default pass is this rule with the reader's readings (CLAUSE_PARTS_READ, session55-verdict.test.ts).
  it('is on by default, as measured', () => expect(DEFAULT_LINK_OPTIONS.clauseParts).toMatchObject({ ...CLAUSE_PARTS_MEASURED }));
});

const verdictOf = (s: Snapshot, lower: string, higher: string) => {
  const text = new Map(s.nodes.flatMap((n) => (n.attributes.type === 'Measure' ? [[n.key, n.attributes.text.replace(/\s+/g, '')]] : [])));
  const e = s.edges.find((x) => x.attributes.type === 'IMPLEMENTS' && text.get(x.source)?.startsWith(lower) && text.get(x.target)?.startsWith(higher));
  return e?.attributes.type === 'IMPLEMENTS' ? e.attributes.verdict : undefined;
};

describe('the rural family ingested (乡村振兴促进法 and 广东省乡村振兴促进条例)', () => {
  it('the option turns 广东 第七条 and 第十六条 → 法 第十九条 partial, as the gold grades them', async () => {
    const inputs = [real(LAW), real(GD)];
    const off = (await runIngest({ inputs, lexicon: loadLexicon(), link: { clauseParts: null } })).snapshot;
    const on = (await runIngest({ inputs, lexicon: loadLexicon(), link: { clauseParts: CLAUSE_PARTS_MEASURED } })).snapshot;
    for (const lower of ['第七条各级人民政府应当发挥当地乡村资源优势', '第十六条县级以上人民政府应当组织协调']) {
      expect(verdictOf(off, lower, '第十九条各级人民政府应当发挥农村资源')).toBe('implements');
      expect(verdictOf(on, lower, '第十九条各级人民政府应当发挥农村资源')).toBe('partial');
    }
  }, 240_000);
});

const ingestLinks = (s: Snapshot) =>
  s.edges.flatMap((e) => (e.attributes.type === 'IMPLEMENTS' ? [`${e.source} > ${e.target} ${e.attributes.verdict} ${e.attributes.score}`] : [])).sort();
const replayed = (s: Snapshot, t: { implements: number; partial: number }) =>
  [...replayedLinks(graphFromSnapshot(s), t)!.into].flatMap(([higher, ls]) => ls.map((l) => `${l.source} > ${higher} ${l.verdict} ${l.score}`)).sort();
const withRules = (s: Snapshot, rules: Record<string, unknown>): Snapshot => ({
  ...s,
  attributes: { ...s.attributes, linkSelection: { ...s.attributes.linkSelection!, rules: { ...s.attributes.linkSelection!.rules, ...rules } } },
});

describe('the pass replayed (the rural family, three documents, the pass on)', () => {
  it('coverage at the snapshot’s thresholds and the calibration give the snapshot’s links and verdicts', async () => {
    const on = { clauseParts: CLAUSE_PARTS_MEASURED };
    const { snapshot, cands } = await recordedIngest(SETS.rural.corpus, on);
    const own = ingestLinks(snapshot);
    expect(snapshot.attributes.linkSelection!.rules.clauseParts).toBeTruthy();
    const th = snapshot.attributes.linkThresholds!;
    const t = { implements: (th.byGenre?.regulation ?? th).implements, partial: (th.byGenre?.regulation ?? th).partial };
    expect(replayed(snapshot, t)).toEqual(own);
    // Without the pass the replay differs (the check proves something).
    expect(replayed(withRules(snapshot, { clauseParts: null }), t)).not.toEqual(own);
    const sel = (genre: Genre): Selection => {
      const p = profileFor(DEFAULT_LINK_OPTIONS, genre);
      return { weights: p.weights, partial: p.thresholds.partial, implements: p.thresholds.implements, relative: p.relative, topK: p.topK, clauseParts: CLAUSE_PARTS_MEASURED };
    };
    const calibrated = (s: (g: Genre) => Selection) => select(cands, s).map((l) => `${l.lower} > ${l.higher} ${l.verdict} ${l.score}`).sort();
    expect(calibrated(sel)).toEqual(own);
    expect(calibrated((g) => ({ ...sel(g), clauseParts: null }))).not.toEqual(own);
  }, 300_000);
});
