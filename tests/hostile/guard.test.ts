// Per-document bounds and the policy-structure guard (ingest/guard.ts), through the pipeline: text
// over the character or line limit and documents over the measure limit are refused with
// too-long; text with no Chinese policy structure becomes no Document; the sample corpus and the
// team-written documents all pass.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, notAPolicyDocument, textOverLimits } from '../../ingest/guard.js';
import { runIngest } from '../../ingest/pipeline.js';
import { clean } from '../../ingest/clean/index.js';
import { structure } from '../../ingest/structure/index.js';
import { loadLexicon } from '../../ingest/lexicon/load.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const lexicon = loadLexicon();

/** The pipeline on texts given by name, no files: what each became. */
async function ingestTexts(texts: Record<string, string>, limits?: Partial<typeof DEFAULT_LIMITS>) {
  const { report } = await runIngest({
    inputs: Object.keys(texts),
    lexicon,
    limits,
    reader: {
      list: async () => Object.keys(texts).map((name) => ({ path: name, name })),
      read: async (_p, name) => ({ file: name, format: 'txt', encoding: 'utf-8', text: texts[name] }),
    },
  });
  return report;
}

describe('per-document bounds', () => {
  it('a single line over the character limit is refused before clean (a 45 MB line took 158 s and 8.9 GB)', async () => {
    const t = performance.now();
    const report = await ingestTexts({ 'one-line.txt': '关于印发《某省科普工作方案》的通知\n' + '加强科普工作，提升公民科学素质。'.repeat(40_000) });
    expect(report.documents).toBe(0);
    expect(report.failed).toEqual([expect.objectContaining({ file: 'one-line.txt', reason: 'too-long', message: expect.stringMatching(/640,018 characters, over the limit of 500,000 per document/) })]);
    expect(performance.now() - t).toBeLessThan(10_000);
  });

  it('more lines than the limit are refused', () => {
    expect(textOverLimits('科普\n'.repeat(60_000), DEFAULT_LIMITS)).toMatch(/more than 50,000 lines/);
    expect(textOverLimits('科普\n'.repeat(40_000), DEFAULT_LIMITS)).toBeUndefined();
  });

  it('more numbered units than the measure limit are refused after structure, before extraction', async () => {
    const articles = Array.from({ length: 6000 }, (_, i) => `第${i + 1}条 加强科普工作。`).join('\n');
    const report = await ingestTexts({ 'many.txt': `某省科普条例\n${articles}` });
    expect(report.documents).toBe(0);
    expect(report.failed[0]).toMatchObject({ reason: 'too-long', stage: 'structure', message: expect.stringMatching(/6,00\d numbered units, over the limit of 5,000 measures/) });
  });

  it('limits are options: a lower character limit refuses what the default accepts', async () => {
    const plan = readFileSync(join(ROOT, 'corpus/001_d87d61ca0788070b.txt'), 'utf8');
    expect((await ingestTexts({ 'p.txt': plan }, { maxChars: 1000 })).failed[0]?.reason).toBe('too-long');
  });
});

describe('no Chinese policy structure, no Document', () => {
  it('English text with numbered headings and Chinese prose are refused as no-structure; a plan beside them goes in', async () => {
    const report = await ingestTexts({
      'english.txt': 'Annual Report on Public Science Outreach\n\n1. Overview\nThe programme reached many schools.\n2. Outlook\nMore events are planned.\n',
      'prose.txt': '春天来了\n\n小河边的柳树发芽了，燕子从南方飞回来。孩子们在田野里放风筝。\n',
      'plan.txt': readFileSync(join(ROOT, 'tests/team-written/corpus/h03.txt'), 'utf8'),
    });
    expect(report.failed.map((f) => [f.file, f.reason])).toEqual([
      ['english.txt', 'no-structure'],
      ['prose.txt', 'no-structure'],
    ]);
    expect(report.failed[0].message).toMatch(/not Chinese text/);
    expect(report.failed[1].message).toMatch(/no policy structure/);
    expect(report.documents).toBe(1);
  });

  it('every document of the sample corpus and the team-written set passes the guard', () => {
    const dirs = ['corpus', 'tests/team-written/corpus'];
    let n = 0;
    for (const d of dirs) {
      for (const f of readdirSync(join(ROOT, d)).filter((x) => x.endsWith('.txt'))) {
        const doc = structure(f, clean(readFileSync(join(ROOT, d, f), 'utf8'), lexicon), lexicon);
        expect(doc, f).toBeDefined();
        expect(notAPolicyDocument(doc!, lexicon, DEFAULT_LIMITS), f).toBeUndefined();
        n++;
      }
    }
    expect(n).toBeGreaterThanOrEqual(9);
  });

  it('a short regulation with articles and a notice with only a document-type title pass', () => {
    const reg = structure('r.txt', clean('某市养犬管理规定\n第一条 为了规范养犬行为，制定本规定。\n第二条 本规定自公布之日起施行。\n', lexicon), lexicon)!;
    expect(notAPolicyDocument(reg, lexicon, DEFAULT_LIMITS)).toBeUndefined();
    const notice = structure('n.txt', clean('关于做好2024年全国科普日活动的通知\n各有关单位：请按要求做好活动组织工作。\n', lexicon), lexicon)!;
    expect(notAPolicyDocument(notice, lexicon, DEFAULT_LIMITS)).toBeUndefined();
  });

  it('a 通告 and a 决议 with no numbered items and no number pass: kinds of official document (公文处理工作条例 art. 8)', () => {
    for (const text of [
      '某某市人民政府关于禁止燃放烟花爆竹的通告\n为保障公共安全，现就有关事项通告如下：本市行政区域内全年禁止燃放烟花爆竹。\n',
      '某某市人民代表大会常务委员会关于加强生态环境保护的决议\n为推进生态文明建设，市人大常委会作出如下决议：全市各级人民政府应当加强生态环境保护。\n',
    ]) {
      const doc = structure('t.txt', clean(text, lexicon), lexicon)!;
      expect(notAPolicyDocument(doc, lexicon, DEFAULT_LIMITS)).toBeUndefined();
    }
  });
});
