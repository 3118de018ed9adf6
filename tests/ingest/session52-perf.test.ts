// Session 52 (helper perf, issue 11): two costs of an ingest that changed no output.
// 1. A link thread loads its own bundle (ingest/parallel/link-task.ts), without the readers' packages and nodejieba
//    that the per-file bundle evaluates as a thread starts and that a link thread never calls, and with zod inside.
// 2. The streamed snapshot's CARRIES step reads a lower document's text alone from the spill file (DocSpill.text),
//    not the whole document a second time.
import { readFileSync, rmSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { linkWorkerBundle, workerBundle } from '../../ingest/parallel/bundle.js';
import { DocSpill, wholeDoc, wholeText } from '../../ingest/snapshot/spill.js';
import type { ProcessedDoc } from '../../ingest/snapshot/types.js';
import { ingestToFile, runIngest } from '../../ingest/pipeline.js';

const dir = mkdtempSync(join(tmpdir(), 'pg-s52-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The packages a bundle imports (bare or by file URL), by name. */
function packagesOf(file: string): Set<string> {
  const code = readFileSync(file, 'utf8');
  const names = new Set<string>();
  for (const m of code.matchAll(/(?:^|\n)\s*import\s[^;]*?from\s*"([^"]+)"/g)) {
    const spec = m[1];
    if (spec.startsWith('node:')) continue;
    const inModules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(spec);
    names.add(inModules ? inModules[1] : spec);
  }
  return names;
}

describe('a link thread loads the linker only', () => {
  it('the link bundle imports neither nodejieba nor a reader package; the per-file bundle does', async () => {
    const link = await linkWorkerBundle();
    const perFile = await workerBundle();
    expect(link).toBeTruthy();
    expect(perFile).toBeTruthy();
    const linkPackages = packagesOf(link!);
    const filePackages = packagesOf(perFile!);
    // What a thread running the per-file bundle evaluates as it starts (the check that the parser sees imports).
    expect(filePackages.has('nodejieba')).toBe(true);
    for (const p of ['nodejieba', 'undici', 'mammoth', 'jschardet', 'xlsx', 'cheerio', 'iconv-lite']) expect(linkPackages.has(p), p).toBe(false);
    // No package at all: zod is inside (a thread out of memory while Node instantiated an imported package aborted the
    // process; bundle.ts INSIDE_LINK).
    expect([...linkPackages]).toEqual([]);
  }, 60_000);
});

/** A document as the pipeline spills it, with only what forLinking reads besides its text. */
function doc(text: string): ProcessedDoc {
  return {
    sources: [{ file: 'x.txt' }],
    clean: { text, origin: Array.from({ length: text.length }, (_, i) => i), dropped: [], traditional: false, pinyinRemoved: 0 },
    doc: { title: 't', text, units: [] },
    extraction: { mentions: [], citations: [], targets: [], abbreviations: [], words: {} },
  } as unknown as ProcessedDoc;
}

describe('the spilled text read alone', () => {
  it('DocSpill.text(i) is the text of the spilled document get(i), for every line, whatever its characters', () => {
    const texts = [
      '第一条 为了规范科技成果转化活动，制定本条例。\n第二条 本条例适用于本省。',
      '',
      'quotes " and \\ backslashes, \u2028 line and \u2029 paragraph separators, tab\tand \u0000 nul',
      'a lone surrogate \ud800 and a pair 𠀋 and emoji 😀，全角（括号）',
      '附件：\r\n1.《某某办法》\r\n'.repeat(200),
    ];
    const spill = new DocSpill(dir);
    try {
      const copies = texts.map((t) => spill.put(doc(t)));
      // Read back out of order: each line's offsets are its own.
      for (const i of [4, 0, 3, 1, 2, 2, 0]) {
        expect(spill.text(i)).toBe(spill.get(i).doc.text);
        expect(spill.text(i)).toBe(texts[i]);
        expect(wholeText(copies[i], spill)).toBe(wholeDoc(copies[i], spill).doc.text);
      }
      // Nothing spilled: the copy's own text.
      const held = doc('不落盘的文本');
      expect(wholeText(held, undefined)).toBe('不落盘的文本');
    } finally {
      spill.close();
    }
  });

  it('the streamed snapshot has the same CARRIES edges (places, sentences) as the in-memory build, on a real set', async () => {
    // tests/real/techtransfer-trial: 4 CARRIES edges (session 47).
    const inputs = ['tests/real/techtransfer-trial/corpus'];
    await ingestToFile({ inputs, out: join(dir, 'streamed.json'), workers: 1, linkWorkers: 1 });
    const held = await runIngest({ inputs, out: join(dir, 'held.json'), workers: 1, linkWorkers: 1, spill: false });
    const streamed = readFileSync(join(dir, 'streamed.json'), 'utf8');
    expect(streamed).toBe(readFileSync(join(dir, 'held.json'), 'utf8'));
    const carries = (JSON.parse(streamed) as { edges: { attributes: { type: string } }[] }).edges.filter((e) => e.attributes.type === 'CARRIES');
    expect(carries.length).toBeGreaterThan(0);
    expect(held.report.documents).toBeGreaterThan(0);
  }, 240_000);
});
