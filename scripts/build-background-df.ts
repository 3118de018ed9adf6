// `tsx scripts/build-background-df.ts <LawRefBook/Laws bare git dir> [out]`: the document frequency
// of every content word over the public law mirror, written to ingest/lexicon/background-df.txt.
// The link stage weighs a document's words by it (ingest/link/topic.ts): a word most laws use
// (违反, 罚款, 人民政府) says little about a document's subject; a word few use (献血, 供热) says much.
// Taken from a fixed background corpus, not from the corpus being ingested, so that a corpus of two
// documents (a law and its provincial regulation) is weighed as well as one of ten thousand.
// Left out: every document whose title contains 科学技术 or 科普 (kept for judging the project),
// every document of a gold set in tests/real (their words must not weigh their own links), and the
// mirror's court cases (案例/: not legal texts). Words are cut as the extractor cuts them
// (ingest/extract/segment.ts, content tags, ≥ 2 characters); words of one document only are dropped.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { loadLexicon, DEFAULT_LEXICON_DIR } from '../ingest/lexicon/load.js';
import { segmenter } from '../ingest/extract/segment.js';
import { CONTENT_TAGS } from '../ingest/extract/index.js';

const [gitDir, out = join(DEFAULT_LEXICON_DIR, 'background-df.txt')] = process.argv.slice(2);
if (!gitDir) {
  console.error('usage: tsx scripts/build-background-df.ts <LawRefBook/Laws bare git dir> [out]');
  process.exit(2);
}
const git = (...args: string[]) => execFileSync('git', ['-c', 'core.quotepath=off', '-C', gitDir, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
const commit = git('rev-parse', 'HEAD').trim();
const realDir = join(import.meta.dirname, '..', 'tests', 'real');
const gold = new Set<string>();
for (const dir of ['', ...readdirSync(realDir)]) {
  const p = join(realDir, dir, 'sources.json');
  if (!existsSync(p)) continue;
  for (const f of JSON.parse(readFileSync(p, 'utf8')).files ?? []) gold.add(basename(f.source ?? f.file));
}
const paths = git('ls-tree', '-r', '--name-only', 'HEAD')
  .split('\n')
  .filter((p) => p.endsWith('.md') && !p.startsWith('案例/') && !p.startsWith('scripts/') && !basename(p).startsWith('_'))
  .filter((p) => !/科学技术|科普/.test(basename(p)))
  .filter((p) => !gold.has(basename(p)));
const cut = segmenter(loadLexicon());
const df = new Map<string, number>();
for (const p of paths) {
  const text = git('show', `HEAD:${p}`);
  const seen = new Set<string>();
  for (const t of cut(text)) if (t.word.length >= 2 && CONTENT_TAGS.test(t.tag)) seen.add(t.word);
  for (const w of seen) df.set(w, (df.get(w) ?? 0) + 1);
}
const rows = [...df].filter(([, n]) => n >= 2).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
const header = [
  `# Document frequency of content words over the LawRefBook/Laws mirror (commit ${commit}),`,
  `# made by scripts/build-background-df.ts: ${paths.length} documents (titles with 科学技术 or 科普,`,
  `# the gold sets of tests/real and the court cases left out); words of one document dropped.`,
  `# word<TAB>documents containing it. The first row is the number of documents.`,
  `documents\t${paths.length}`,
];
writeFileSync(out, [...header, ...rows.map(([w, n]) => `${w}\t${n}`)].join('\n') + '\n');
console.log(`background-df: ${paths.length} documents, ${rows.length} words → ${out}`);
