// The extractor against each gold set (sample, team-written, real): ingest the set's corpus once,
// score, and fail when any gated category drops below the set's floor (floors-<set>.json). A
// missing or failing pipeline fails every check with its reason.
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluateSet, type SetResult } from './evaluate.js';
import { FLOOR_KEYS, measured, readFloors, type FloorKey } from './floors.js';
import { formatReport } from './format.js';
import { formatLinkScore } from './links.js';
import { SET_IDS, SETS } from './sets.js';

describe.each(SET_IDS.map((id) => [SETS[id].label, SETS[id]] as const))('#quality %s', (_label, set) => {
  let result: SetResult | undefined;
  let failure: Error | undefined;

  beforeAll(async () => {
    try {
      result = await evaluateSet(set, { baseline: false });
      console.log(`${set.label}\n${formatReport(result.score)}${result.links ? '\n' + formatLinkScore(result.links, false, set.links) : ''}`);
    } catch (e) {
      failure = e as Error;
    }
  }, 600_000);

  function scored(): SetResult {
    if (failure) throw failure;
    return result!;
  }

  const floors = readFloors(set.floors);
  const gated = FLOOR_KEYS.filter((k) => floors[k] !== undefined);

  it('ingests the corpus and finds a document for every gold file', () => {
    expect(scored().score.documents.filter((d) => !d.docId).map((d) => d.file)).toEqual([]);
  });

  it('merges every duplicate into the document it copies', () => {
    expect(scored().score.duplicates.filter((d) => !d.merged)).toEqual([]);
  });

  const must = set.linksOnly ? ['implements'] : set.metaOnly ? ['metadata', 'meta.issuer', 'meta.issuedOn', 'meta.level'] : ['Organisation', 'TargetGroup', 'measures', 'metadata'];
  it(set.linksOnly ? 'gates the IMPLEMENTS links (link gold only)' : set.metaOnly ? 'gates the metadata (metadata gold only)' : 'gates at least the entities, measures and metadata', () => {
    expect(gated).toEqual(expect.arrayContaining(must));
  });

  it.each(gated.map((k) => [k] as [FloorKey]))('keeps %s at or above its floor', (key) => {
    expect(measured(scored().score.overall, scored().links?.f1)[key]).toBeGreaterThanOrEqual(floors[key]!);
  });
});
