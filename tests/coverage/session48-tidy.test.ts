// Session 48 (helper tidy, issue 13): the forms a lower document carries a higher one's entities under (CARRIES) for a
// pair with no edge — two documents coverage does not compare (the gap view's free choice) or a snapshot written before
// session 47 — computed on demand by the same module as the ingest's edges (coverage/forms.ts pairForms), in the
// report, the server's gap-view answer and the coverage rows. On the sample corpus: 2024年湖北省科协科普工作要点 carries
// 吉林省科协2020年科普工作要点's 科普大讲堂 as 荆楚科普大讲堂 (two provincial plans: no link, no edge), and 吉林 carries
// the 2020 national plan's 科技人才 as 乡村科技人才 (one of the sample's two CARRIES edges).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EdgeOf, Snapshot } from '../../graph-schema/index.js';
import { entityRows, graphFromSnapshot, GROUP_TYPES, lowerDocuments, pairCoverage, PROGRAMME_TYPES } from '../../coverage/index.js';
import { carriesEdges, formsFromAnswer, gapForms, pairForms, type GapForm } from '../../coverage/forms.js';
import { runIngest } from '../../ingest/pipeline.js';
import { coverageReport } from '../../scripts/report.js';
import { createApp, serve, type Served } from '../../web/server/index.js';

const JILIN = 'doc:吉林省科协2020年科普工作要点';
const HUBEI = 'doc:2024年湖北省科协科普工作要点';
const NATIONAL = 'doc:中国科协2020年科普工作要点';
const EDGE = `CARRIES|${JILIN}|group:科技人才`;

let snapshot: Snapshot;
let server: Served;
let dir: string;

beforeAll(async () => {
  snapshot = (await runIngest({ inputs: ['corpus'] })).snapshot;
  server = await serve(createApp({ snapshot, cypher: null, cypherOff: 'off in this test' }), { port: 0 });
  dir = await mkdtemp(join(tmpdir(), 'session48-tidy-'));
}, 120_000);
afterAll(async () => {
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('forms of a pair with no CARRIES edge, computed on demand', () => {
  it('gives a pair coverage does not compare its forms, with each place’s measure, span and sentence', () => {
    const g = graphFromSnapshot(snapshot);
    expect(lowerDocuments(g, JILIN).map((d) => d.id)).not.toContain(HUBEI);
    expect(g.hasEdge(`CARRIES|${HUBEI}|prog:科普大讲堂`)).toBe(false);
    // Without the forms, the entity nodes only: 湖北 mentions no 科普大讲堂.
    expect(entityRows(g, JILIN, HUBEI, PROGRAMME_TYPES).find((r) => r.id === 'prog:科普大讲堂')).toMatchObject({ carried: false, lowerMentions: 0 });
    const forms = pairForms(g, JILIN, HUBEI);
    const form = forms.get('prog:科普大讲堂')!;
    expect(form).toMatchObject({ type: 'CARRIES', as: ['荆楚科普大讲堂'], count: 1 });
    const text = (g.getNodeAttributes(HUBEI) as { text: string }).text;
    const [place] = form.places;
    // The lower entity's mention, as the extractor spans it (its quotes included).
    expect(text.slice(place.span[0], place.span[1])).toContain('荆楚科普大讲堂');
    expect(text.slice(place.sentence[0], place.sentence[1])).toMatch(/荆楚科普大讲堂.*。$/u);
    expect((g.getNodeAttributes(place.measure) as { docId: string }).docId).toBe(HUBEI);
    const row = pairCoverage(g, JILIN, HUBEI, undefined, forms).programmes.find((r) => r.id === 'prog:科普大讲堂');
    expect(row).toMatchObject({ carried: true, lowerMentions: 1, carriedAs: ['荆楚科普大讲堂'], carriedPlaces: form.places });
  });

  it('finds nothing the ingest did not write for a pair it compares: the same function, the same forms', () => {
    const g = graphFromSnapshot(snapshot);
    for (const h of g.filterNodes((_id, a) => a.type === 'Document' && a.inCorpus === true)) {
      for (const l of lowerDocuments(g, h)) expect(pairForms(g, h, l.id), `${h} → ${l.id}`).toEqual(new Map());
    }
    // And the ingest's edge is what pairForms gives on the snapshot without it (a snapshot written before session 47).
    const before = graphFromSnapshot({ ...snapshot, edges: snapshot.edges.filter((e) => e.attributes.type !== 'CARRIES') });
    const edge = snapshot.edges.find((e) => e.key === EDGE)!;
    expect(pairForms(before, NATIONAL, JILIN).get('group:科技人才')).toEqual(edge.attributes);
    expect(carriesEdges(before).map((e) => e.key)).toEqual(snapshot.edges.filter((e) => e.attributes.type === 'CARRIES').map((e) => e.key));
  });

  it('the report reads a snapshot written before session 47 as one written after it (吉林 carries 科技人才 as 乡村科技人才)', async () => {
    const old = join(dir, 'before-47.json');
    await writeFile(old, JSON.stringify({ ...snapshot, edges: snapshot.edges.filter((e) => e.attributes.type !== 'CARRIES') }));
    const now = join(dir, 'now.json');
    await writeFile(now, JSON.stringify(snapshot));
    const args = { directive: NATIONAL, lower: JILIN, format: 'table' as const };
    const table = await coverageReport({ ...args, snapshot: old });
    expect(table).toContain('carried as 乡村科技人才');
    expect(table).toBe(await coverageReport({ ...args, snapshot: now }));
    const json = JSON.parse(await coverageReport({ ...args, format: 'json', snapshot: old })) as { pairs: { groups: { id: string; carriedPlaces?: unknown }[] }[] };
    const places = (snapshot.edges.find((e) => e.key === EDGE)!.attributes as EdgeOf<'CARRIES'>).places;
    expect(json.pairs[0].groups.find((r) => r.id === 'group:科技人才')?.carriedPlaces).toEqual(places);
  });

  it('the report compares a pair coverage does not compare side by side, as the gap view does, saying it is no column', async () => {
    const path = join(dir, 'now-free.json');
    await writeFile(path, JSON.stringify(snapshot));
    const table = await coverageReport({ directive: JILIN, lower: HUBEI, format: 'table', snapshot: path });
    expect(table.split('\n')[0]).toContain('is no column of 吉林省科协2020年科普工作要点');
    expect(table).toMatch(/科普大讲堂\s+carried as 荆楚科普大讲堂/u);
    const json = JSON.parse(await coverageReport({ directive: JILIN, lower: HUBEI, format: 'json', snapshot: path })) as { compared: boolean; pair: { programmes: { id: string; carried: boolean }[] } };
    expect(json.compared).toBe(false);
    expect(json.pair.programmes.find((r) => r.id === 'prog:科普大讲堂')?.carried).toBe(true);
    // With a region the selection stays the directive's columns there, as before.
    expect(await coverageReport({ directive: JILIN, lower: HUBEI, region: '湖北省', format: 'table', snapshot: path })).toContain('no lower document in 湖北省');
  });

  it('the server sends the gap view a free pair’s forms with its passages, which the page’s coverage reads', async () => {
    const res = await fetch(`${server.url}/api/gap-passages?higher=${encodeURIComponent(JILIN)}&lower=${encodeURIComponent(HUBEI)}`);
    expect(res.status).toBe(200);
    const { forms } = (await res.json()) as { forms: GapForm[] };
    const g = graphFromSnapshot(snapshot);
    expect(forms).toEqual(gapForms(pairForms(g, JILIN, HUBEI)));
    expect(forms.find((f) => f.entity === 'prog:科普大讲堂')).toMatchObject({ as: ['荆楚科普大讲堂'], count: 1 });
    // The page's graph holds no texts: the rows read the server's forms.
    const summary = pairCoverage(g, JILIN, HUBEI, undefined, formsFromAnswer(forms)).summary;
    expect(summary.programmesMissing).toBe(pairCoverage(g, JILIN, HUBEI).summary.programmesMissing - forms.filter((f) => f.entity.startsWith('prog:')).length);
    // A compared pair's forms are its edges: the answer adds none.
    const compared = await fetch(`${server.url}/api/gap-passages?higher=${encodeURIComponent(NATIONAL)}&lower=${encodeURIComponent(JILIN)}`);
    expect(((await compared.json()) as { forms: GapForm[] }).forms).toEqual([]);
    expect(entityRows(g, NATIONAL, JILIN, GROUP_TYPES).find((r) => r.id === 'group:科技人才')).toMatchObject({ carried: true, carriedAs: ['乡村科技人才'] });
  });
});
