// Session 62 (helper closure2, issue 13): the basis closure restricting only the national and central higher documents
// (options.basisClosure.levels, BASIS_CLOSURE_NATIONAL). On a corpus of the test's own words (basis-closure-levels.fixture.ts):
// a province's tendering regulation naming only 招标投标法 in its basis clause loses its links to a national regulation of a
// neighbouring subject (政府采购法实施条例-like), while a city's tendering regulation keeps its links to its province's
// public-resource-trading regulation, which its basis clause does not name — the link session 61's closure over every level
// cut (a city's regulation under its province's text).
import { beforeAll, describe, expect, it } from 'vitest';
import { runIngest } from '../../../ingest/pipeline.js';
import { BASIS_CLOSURE_MEASURED, BASIS_CLOSURE_NATIONAL, type LinkOptions } from '../../../ingest/link/options.js';
import { CORPUS } from './basis-closure-levels.fixture.js';

/** IMPLEMENTS links per document pair (`lower title → higher title`) of the corpus under the closure `rule`. */
async function pairs(rule: LinkOptions['basisClosure']): Promise<Map<string, number>> {
  const { snapshot } = await runIngest({
    inputs: ['in-memory'],
    reader: {
      list: async () => Object.keys(CORPUS).map((name) => ({ path: name, name })),
      read: async (_path, name) => ({ file: name, format: 'txt', encoding: 'utf-8', text: CORPUS[name] }),
    },
    link: { basisClosure: rule },
  });
  const title = new Map(snapshot.nodes.flatMap((n) => (n.attributes.type === 'Document' ? [[n.key, String(n.attributes.name)] as const] : [])));
  const doc = (id: string) => title.get(id.slice(0, id.indexOf('#')))!.replace(/^中华人民共和国/, '');
  const out = new Map<string, number>();
  for (const e of snapshot.edges) {
    if (e.attributes.type !== 'IMPLEMENTS') continue;
    const k = `${doc(e.source)} → ${doc(e.target)}`;
    out.set(k, (out.get(k) ?? 0) + 1);
  }
  return out;
}

describe('basis closure over national and central higher documents only', () => {
  let off: Map<string, number>, national: Map<string, number>, every: Map<string, number>;
  beforeAll(async () => {
    [off, national, every] = [await pairs(null), await pairs(BASIS_CLOSURE_NATIONAL), await pairs(BASIS_CLOSURE_MEASURED)];
  }, 180_000);

  it('without the rule, both tendering regulations link to the national procurement regulation (the wrong cross links)', () => {
    expect(off.get('浙江省招标投标条例 → 政府采购法实施条例')).toBeGreaterThan(0);
    expect(off.get('杭州市招标投标条例 → 政府采购法实施条例')).toBeGreaterThan(0);
  });

  it('refuses the national text the basis clauses never name, and keeps the law they name', () => {
    expect(national.get('浙江省招标投标条例 → 政府采购法实施条例')).toBeUndefined();
    expect(national.get('杭州市招标投标条例 → 政府采购法实施条例')).toBeUndefined();
    expect(national.get('浙江省招标投标条例 → 招标投标法')).toBe(off.get('浙江省招标投标条例 → 招标投标法'));
    expect(national.get('浙江省招标投标条例 → 招标投标法')).toBeGreaterThan(0);
  });

  it('keeps a city → province link whose basis clause names neither the province’s text nor what it names', () => {
    expect(off.get('杭州市招标投标条例 → 浙江省公共资源交易条例')).toBeGreaterThan(0);
    expect(national.get('杭州市招标投标条例 → 浙江省公共资源交易条例')).toBe(off.get('杭州市招标投标条例 → 浙江省公共资源交易条例'));
    expect(national.get('杭州市招标投标条例 → 浙江省招标投标条例')).toBe(off.get('杭州市招标投标条例 → 浙江省招标投标条例'));
    // Session 61's closure over every level cuts it.
    expect(every.get('杭州市招标投标条例 → 浙江省公共资源交易条例')).toBeUndefined();
  });
});
