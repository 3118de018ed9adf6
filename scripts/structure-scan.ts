// Session 36 (plans): structure anomalies over a folder of laws and regulations (the LawRefBook/Laws mirror) where no
// gold reaches. Runs read → clean → structure only (no extraction, no linking) and counts, per document:
//   skip / repeat / back  — article numbers (第N条) skipped, repeated or going back (之一 articles are not counted);
//   chapterOrder / chapterBare — chapters out of order, or a chapter unit not numbered 第N章;
//   heldHeading — a measure whose text holds another article's or chapter's heading on a line of its own (a missed split);
//   heldPart    — a measure whose text holds a part's title line after its first line (二、移交、撤销、脱钩企业破产案件的处理: a
//                 title, no sentence) — a 司法解释's part read into the article before it (session 39), or an article's own
//                 unpunctuated clause;
//   long        — a measure over LONG characters;
//   fewMeasures — a document with 0 or 1 measure;
//   annex       — a measure that holds an attachment's or table's text (a line 附件 / 附表 …);
//   signature   — a measure that ends with a date line or a signature line (the closing of the text read into it).
// Documents whose path names 科学技术 or 科普 are dropped before anything is read, and so is every document whose title
// is in a held-out set's sources.json. `npx tsx scripts/structure-scan.ts <mirror folder> [--files list.txt]
// [--out result.json] [--sample class]`: the counts per class, and the documents of each class.
import { readFileSync, writeFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, basename } from 'node:path';
import { loadLexicon, type Lexicon } from '../ingest/lexicon/load.js';
import { readSource } from '../ingest/read/index.js';
import { clean } from '../ingest/clean/index.js';
import { structure } from '../ingest/structure/index.js';
import { chineseNumeral } from '../ingest/structure/numbering.js';
import { isDateLine } from '../ingest/structure/dates.js';
import type { StructuredDoc, Unit } from '../ingest/structure/types.js';

export const RESERVED = /科学技术|科普/;
/** A measure this long (characters) is counted as a missed split. */
const LONG = 3000;
/** Held-out sets (extraction, metadata, link): their documents are never read. */
const HELD_OUT = ['randome-heldout', 'randomf-heldout', 'disability', 'random-heldout', 'random2-heldout', 'kinds-heldout', 'random3-heldout', 'overseas', 'heritage', 'weather', 'familyviolence', 'buildingenergy', 'language', 'earthquake', 'coop', 'agrimach', 'employment', 'cleanprod', 'ecommerce', 'wetland',
  'renewable',
  'audit',
  'consumer',
  'foodwaste',
  'deputies',
  'equipment',
  'quality',
  'marine',
  'land',
  'registration',
  'seaarea',
  'air',
  'secrets',
  'procurement',
  'soilwater',
  'ruralroads',
  'devices',
  'seed',
  'fishery',
  'promotion-heldout', 'promotion-heldout2', 'decisions-heldout'];

export const CLASSES = ['skip', 'repeat', 'back', 'chapterOrder', 'chapterBare', 'heldHeading', 'heldPart', 'long', 'fewMeasures', 'annex', 'signature'] as const;
export type AnomalyClass = (typeof CLASSES)[number];

export const titleOf = (file: string) => basename(file).replace(/\.[a-z]+$/i, '').replace(/[（(]\d{4}-\d{2}-\d{2}[)）]$/, '');

export function heldOutTitles(root: string): Set<string> {
  const out = new Set<string>();
  for (const set of HELD_OUT) {
    const j = JSON.parse(readFileSync(join(root, 'tests/real', set, 'sources.json'), 'utf8')) as { files: { file: string; source?: string }[] };
    for (const f of j.files) out.add(titleOf(f.source ?? f.file));
  }
  return out;
}

const ARTICLE_LINE = /^\s*(?:#+\s*)?第[零〇一二两三四五六七八九十百千\d]+条(?:之[一二三四五六七八九十]+)?[\s　]/;
const CHAPTER_LINE = /^\s*(?:#+\s*)?第[零〇一二两三四五六七八九十百\d]+章[\s　]/;
const PART_LINE = /^\s*(?:#+\s*)?(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)[^。；;：:，,、]{1,40}$/;
const ANNEX_LINE = /^\s*(?:#+\s*)?(?:附件|附表)\s*[一二三四五六七八九十\d]*\s*[:：]?\s*$|^\s*(?:#+\s*)?(?:附件|附表)[一二三四五六七八九十\d]+[\s　]/;
const SIGNATURE_LINE = /^\s*(?:[\u4e00-\u9fff]{2,30}(?:人民代表大会常务委员会|人民政府|委员会|国务院|人民法院|人民检察院|办公厅|部|局|署))\s*$/;

const numberOf = (label: string, word: '条' | '章') => {
  const m = label.match(new RegExp(`第([零〇一二两三四五六七八九十百千\\d]+)${word}(之[一二三四五六七八九十]+)?`));
  if (!m) return undefined;
  return { n: /\d/.test(m[1]) ? Number(m[1]) : chineseNumeral(m[1]), sub: m[2] !== undefined };
};

/** The anomalies of one structured document: class → details. */
export function anomalies(doc: StructuredDoc): Partial<Record<AnomalyClass, string[]>> {
  const out: Partial<Record<AnomalyClass, string[]>> = {};
  const add = (c: AnomalyClass, d: string) => (out[c] ??= []).push(d);
  const units = doc.units;
  const last = (u: Unit) => u.path.split('/').pop()!;
  const measures = units.filter((u) => u.leaf && u.kind !== 'notice');
  if (measures.length <= 1) add('fewMeasures', `${measures.length} measures`);
  let prev: number | undefined;
  for (const u of units.filter((x) => x.kind === 'article')) {
    const a = numberOf(last(u), '条');
    if (!a || a.n === undefined || a.sub) continue;
    if (prev !== undefined) {
      if (a.n === prev) add('repeat', last(u));
      else if (a.n < prev) add('back', `${prev} → ${last(u)}`);
      else if (a.n > prev + 1) add('skip', `${prev} → ${last(u)}`);
    }
    prev = a.n;
  }
  let prevCh: number | undefined;
  for (const u of units.filter((x) => x.kind === 'chapter')) {
    // A code's 编 and 分编 (刑法, 刑事诉讼法): its chapters are numbered again from 第一章 (session 37).
    if (/^第.+编$/.test(last(u))) {
      prevCh = undefined;
      continue;
    }
    const c = numberOf(last(u), '章');
    if (!c || c.n === undefined) {
      add('chapterBare', last(u));
      continue;
    }
    if (prevCh !== undefined && c.n !== prevCh + 1) add('chapterOrder', `${prevCh} → ${last(u)}`);
    prevCh = c.n;
  }
  for (const u of measures) {
    const text = doc.text.slice(u.span[0], u.span[1]);
    const lines = text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
    if (lines.slice(1).some((l) => ARTICLE_LINE.test(l + ' ') || CHAPTER_LINE.test(l + ' '))) add('heldHeading', last(u));
    if (lines.slice(1).some((l) => PART_LINE.test(l) && !/。/.test(l))) add('heldPart', last(u));
    if (text.length > LONG) add('long', `${last(u)} (${text.length})`);
    if (lines.slice(1).some((l) => ANNEX_LINE.test(l))) add('annex', last(u));
    const end = lines[lines.length - 1] ?? '';
    if (lines.length > 1 && (isDateLine(end) || SIGNATURE_LINE.test(end))) add('signature', `${last(u)}: ${end.slice(0, 30)}`);
  }
  return out;
}

export function list(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir)) {
    if (RESERVED.test(e)) continue;
    const p = join(dir, e);
    if (statSync(p).isDirectory()) out.push(...list(p));
    else if (/\.(md|txt)$/i.test(e)) out.push(p);
  }
  return out;
}

/** The command line's `--name value`. */
export const option = (args: string[], k: string): string | undefined => (args.includes(k) ? args[args.indexOf(k) + 1] : undefined);

/** The mirror's documents under `args[0]` (or those of `--files list.txt`), reserved paths and held-out titles dropped
 *  before anything is read, each read → cleaned → structured (no extraction, no linking); a file the pipeline rejects is
 *  not counted. Shared by this scan and metadata-scan.ts. */
export async function* mirrorDocuments(args: string[], lexicon: Lexicon = loadLexicon()): AsyncGenerator<{ rel: string; doc: StructuredDoc }> {
  const dir = args[0];
  const held = heldOutTitles(process.cwd());
  const listed = option(args, '--files');
  const files = (listed ? readFileSync(listed, 'utf8').split('\n').filter(Boolean).map((f) => join(dir, f)) : list(dir)).filter((f) => !RESERVED.test(f) && !held.has(titleOf(f)));
  for (const f of files) {
    const rel = relative(dir, f);
    let doc: StructuredDoc | undefined;
    try {
      doc = structure(rel, clean((await readSource(f, { root: dir })).text, lexicon), lexicon) ?? undefined;
    } catch {
      continue;
    }
    if (doc) yield { rel, doc };
  }
}

async function main() {
  const args = process.argv.slice(2);
  const opt = (k: string) => option(args, k);
  const rows: { file: string; measures: number; anomalies: Partial<Record<AnomalyClass, string[]>> }[] = [];
  for await (const { rel, doc } of mirrorDocuments(args)) {
    rows.push({ file: rel, measures: doc.units.filter((u) => u.leaf && u.kind !== 'notice').length, anomalies: anomalies(doc) });
  }
  const counts = Object.fromEntries(CLASSES.map((c) => [c, { docs: rows.filter((r) => r.anomalies[c]).length, items: rows.reduce((s, r) => s + (r.anomalies[c]?.length ?? 0), 0) }]));
  console.log(`${rows.length} documents`);
  for (const c of CLASSES) console.log(`${c.padEnd(14)} docs ${String(counts[c].docs).padStart(5)}  items ${String(counts[c].items).padStart(6)}`);
  const out = opt('--out');
  if (out) writeFileSync(out, JSON.stringify({ documents: rows.length, counts, rows }, null, 1));
  const sample = opt('--sample');
  if (sample) for (const r of rows.filter((x) => x.anomalies[sample as AnomalyClass]).slice(0, 40)) console.log(r.file, JSON.stringify(r.anomalies[sample as AnomalyClass]!.slice(0, 4)));
}

if (process.argv[1]?.endsWith('structure-scan.ts')) await main();
