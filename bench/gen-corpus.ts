// `npm run gen-corpus -- --docs N --seed S --out <dir>`: writes N synthetic plans (national,
// provincial, municipal; many regions and years; mixed formats and encodings) into <dir>/docs/
// and, beside them, <dir>/planted.json: the IMPLEMENTS links the generator planted and the
// measures left out on purpose. Ingest <dir>/docs.
// Same arguments, same bytes.
import { defineCommand, runMain } from 'citty';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encode, EXTENSION, formatFor, type Format } from './gen/formats.js';
import { planCorpus, planText, plantedTruth } from './gen/plans.js';
import { mulberry32, sentencePool } from './synthetic.js';

export interface GeneratedCorpus {
  dir: string;
  files: number;
  bytes: number;
  characters: number;
  formats: Record<Format, number>;
  planted: { links: number; gaps: number };
}

export async function generateCorpus(docs: number, seed: number, out: string): Promise<GeneratedCorpus> {
  const pool = sentencePool(join(import.meta.dirname, '..', 'corpus'));
  const plans = planCorpus(docs, seed, pool);
  const pickFormat = mulberry32(seed ^ 0x5eed);
  const docsDir = join(out, 'docs');
  mkdirSync(docsDir, { recursive: true });
  const formats: Record<Format, number> = { 'txt-utf8': 0, 'txt-gbk': 0, html: 0, docx: 0 };
  let bytes = 0;
  let characters = 0;
  const documents = [];
  for (const [i, plan] of plans.entries()) {
    const format = formatFor(pickFormat());
    const text = planText(plan);
    const file = `${String(i).padStart(5, '0')}-${plan.level}.${EXTENSION[format]}`;
    const data = await encode(format, plan.title, text);
    writeFileSync(join(docsDir, file), data);
    formats[format]++;
    bytes += data.length;
    characters += text.length;
    documents.push({ file, format, title: plan.title, level: plan.level, region: plan.region, year: plan.year, parent: plan.parent ?? null });
  }
  const truth = plantedTruth(plans);
  writeFileSync(
    join(out, 'planted.json'),
    JSON.stringify({ generator: 'bench/gen-corpus.ts', docs, seed, documents, links: truth.links, gaps: truth.gaps }, null, 1) + '\n',
  );
  return { dir: docsDir, files: plans.length, bytes, characters, formats, planted: { links: truth.links.length, gaps: truth.gaps.length } };
}

const main = defineCommand({
  meta: { name: 'gen-corpus', description: 'Write a synthetic corpus of plans with planted IMPLEMENTS links and gaps' },
  args: {
    docs: { type: 'string', description: 'number of documents', default: '100' },
    seed: { type: 'string', description: 'seed of the generator', default: '1' },
    out: { type: 'string', description: 'output folder', required: true },
  },
  async run({ args }) {
    const docs = Number(args.docs);
    const seed = Number(args.seed);
    if (!Number.isInteger(docs) || docs < 1 || !Number.isInteger(seed)) {
      console.error('gen-corpus: --docs must be a positive integer and --seed an integer');
      process.exitCode = 2;
      return;
    }
    const result = await generateCorpus(docs, seed, args.out);
    console.log(JSON.stringify(result));
  },
});

if (import.meta.url === `file://${process.argv[1]}`) runMain(main);
