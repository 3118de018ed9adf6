// Session 37 (plans): our metadata against the mirror's own record, where no gold reaches. The LawRefBook/Laws mirror
// names most files with a date (…条例(2019-10-10).md) and files them by kind and place (DLC/浙江地方法规/地方性法规/浙江/…
// for a province's and its cities' regulations; 法律 by branch, 行政法规, 司法解释, 部门规章/<ministry> for national ones).
// What the name's date is (read on headers, session 37): the day the version was PUBLISHED (公布) — for a law or a
// province's regulation the day its last amendment or adoption was voted and announced (most often the same day), for a
// city's regulation a few days to weeks after the province's approval, for a 国务院令 the day of the order, for a 司法解释
// the day of its 公告. Our issuedOn is, by the gold's convention, the date of the text's last history event (approval for a
// city) or its promulgation: so a few days before the name's date is agreement, not an error.
// This script runs read → clean → structure only (metadata is the structure stage's) and compares, per document:
//   date:   same (= the name's date) / lag (0–92 days before it: approval then publication) / year (same year otherwise) /
//           differ / missing (we have none, the text prints a date in its head) / none (neither we nor the head has one:
//           null by the gold's convention) / nameless (the name carries no date);
//   level:  national folders → central or national; DLC → provincial, municipal or county;
//   region: national folders → 全国; DLC → the folder's province or a place inside it;
//   issuer: DLC → a body of the folder's province or of a place inside it (its name opens with the place); national
//           folders → a body named without a province's or city's place (国务院, 全国人民代表大会常务委员会, 公安部).
// Our code never reads the name's date for issuedOn (structure/file-date.ts keeps it apart as fileDate); only this scan does.
// Reserved paths and held-out titles are dropped before anything is read (as structure-scan.ts).
// `npx tsx scripts/metadata-scan.ts <mirror folder> [--files list.txt] [--out result.json] [--sample class]`
import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadLexicon, type Lexicon } from '../ingest/lexicon/load.js';
import { fileNameDate } from '../ingest/structure/file-date.js';
import { regionByName, regionPrefix } from '../ingest/lexicon/regions.js';
import type { StructuredDoc } from '../ingest/structure/types.js';
import { mirrorDocuments, option } from './structure-scan.js';

/** Days between a publication date and an approval may reach three months (a city regulation's 公告 after approval). */
const LAG_DAYS = 92;

export type DateClass = 'same' | 'lag' | 'year' | 'differ' | 'missing' | 'none' | 'nameless';
export type Verdict = 'agree' | 'differ' | 'missing';

/** The folder a file is counted under: DLC/<province>, or the top folder (部门规章 with its ministry). */
export function folderOf(rel: string): string {
  const parts = rel.split('/');
  if (parts[0] === 'DLC') return `DLC/${parts[3] ?? parts[1]}`;
  return parts.length > 2 && parts[0] === '部门规章' ? `部门规章` : parts[0];
}

const days = (a: string, b: string) => (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86400000;

/** A date printed in the head of the text (title to first article or chapter). */
function headDate(doc: StructuredDoc): boolean {
  const first = doc.units.find((u) => u.kind !== 'preamble' && u.kind !== 'notice')?.span[0] ?? Math.min(doc.text.length, 600);
  return /(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[一二〇○零]{4}年[一二三四五六七八九十]+月/.test(doc.text.slice(doc.titleSpan[1], first));
}

export function dateClass(ours: string | undefined, name: string | undefined, printed: boolean): DateClass {
  if (!name) return 'nameless';
  if (!ours) return printed ? 'missing' : 'none';
  if (ours === name) return 'same';
  const d = days(ours, name);
  if (d >= 0 && d <= LAG_DAYS) return 'lag';
  return ours.slice(0, 4) === name.slice(0, 4) ? 'year' : 'differ';
}

function within(region: string, province: string, lexicon: Lexicon): boolean {
  for (let r = regionByName(region, lexicon), i = 0; r && i < 5; r = r.parent ? regionByName(r.parent, lexicon) : undefined, i++) {
    if (r.name === province || r.short.includes(province)) return true;
  }
  return false;
}

export function issuerVerdict(rel: string, issuer: string | undefined, lexicon: Lexicon): Verdict {
  if (!issuer) return 'missing';
  const place = regionPrefix(issuer.replace(/^(中共|中国共产党)/, ''), lexicon)?.region.name;
  if (!rel.startsWith('DLC/')) return place === undefined ? 'agree' : 'differ';
  return place !== undefined && within(place, rel.split('/')[3], lexicon) ? 'agree' : 'differ';
}

export function placeVerdicts(rel: string, level: string | undefined, region: string | undefined, lexicon: Lexicon): { level: Verdict; region: Verdict } {
  const local = rel.startsWith('DLC/');
  const province = local ? rel.split('/')[3] : '全国';
  const lv: Verdict = !level ? 'missing' : (local ? ['provincial', 'municipal', 'county'] : ['central', 'national']).includes(level) ? 'agree' : 'differ';
  const rg: Verdict = !region ? 'missing' : local ? (within(region, province, lexicon) ? 'agree' : 'differ') : region === '全国' ? 'agree' : 'differ';
  return { level: lv, region: rg };
}

/** Head lines (title to the first unit) that open with a date our history, issuedOn and 施行 reading left unread. */
export function unreadHeadLines(doc: StructuredDoc): string[] {
  const first = doc.units.find((u) => u.kind !== 'notice')?.span[0] ?? Math.min(doc.text.length, 600);
  const read = new Set([...doc.history.map((h) => h.date), doc.issuedOn].filter(Boolean));
  return doc.text
    .slice(doc.titleSpan[1], first)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => {
      const m = l.match(/^[（(]?\s*((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/);
      if (!m || /^[（(]?\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:起)?(?:施行|实施|生效)/.test(l)) return false;
      const iso = `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
      return !read.has(iso);
    });
}

interface Row { unread?: string[]; file: string; folder: string; issuedOn?: string; nameDate?: string; date: DateClass; level: Verdict; region: Verdict; issuerOk: Verdict; ourLevel?: string; ourRegion?: string; issuer?: string }

async function main() {
  const args = process.argv.slice(2);
  const opt = (k: string) => option(args, k);
  const lexicon = loadLexicon();
  const rows: Row[] = [];
  for await (const { rel, doc } of mirrorDocuments(args, lexicon)) {
    const nameDate = fileNameDate(rel);
    const v = placeVerdicts(rel, doc.level, doc.region, lexicon);
    const unread = unreadHeadLines(doc);
    rows.push({ ...(unread.length ? { unread } : {}), file: rel, folder: folderOf(rel), issuedOn: doc.issuedOn, nameDate, date: dateClass(doc.issuedOn, nameDate, headDate(doc)), issuerOk: issuerVerdict(rel, doc.issuer, lexicon), level: v.level, region: v.region, ourLevel: doc.level, ourRegion: doc.region, issuer: doc.issuer });
  }
  const folders = [...new Set(rows.map((r) => r.folder))].sort((a, b) => rows.filter((r) => r.folder === b).length - rows.filter((r) => r.folder === a).length);
  const DATES: DateClass[] = ['same', 'lag', 'year', 'differ', 'missing', 'none', 'nameless'];
  console.log(`${rows.length} documents`);
  console.log(['folder'.padEnd(12), 'docs', ...DATES, '| level ok/differ/missing', '| region ok/differ/missing', '| issuer ok/differ/missing'].join(' '));
  const line = (name: string, rs: Row[]) => {
    const c = (k: keyof Row, v: string) => rs.filter((r) => r[k] === v).length;
    console.log([name.padEnd(12), String(rs.length).padStart(4), ...DATES.map((d) => String(c('date', d)).padStart(d.length)), '|', `${c('level', 'agree')}/${c('level', 'differ')}/${c('level', 'missing')}`.padStart(22), '|', `${c('region', 'agree')}/${c('region', 'differ')}/${c('region', 'missing')}`.padStart(24), '|', `${c('issuerOk', 'agree')}/${c('issuerOk', 'differ')}/${c('issuerOk', 'missing')}`.padStart(24)].join(' '));
  };
  for (const f of folders) line(f, rows.filter((r) => r.folder === f));
  line('TOTAL', rows);
  console.log(`head date lines left unread: ${rows.reduce((n, r) => n + (r.unread?.length ?? 0), 0)} in ${rows.filter((r) => r.unread).length} documents`);
  const out = opt('--out');
  if (out) writeFileSync(out, JSON.stringify(rows, null, 1));
  const sample = opt('--sample');
  if (sample) {
    const [k, v] = sample.split('=') as [keyof Row, string];
    if (sample === 'unread') for (const r of rows.filter((x) => x.unread).slice(0, 80)) console.log(r.file, r.issuedOn ?? '-', JSON.stringify(r.unread!.map((l) => l.slice(0, 90))));
    for (const r of rows.filter((x) => x[k] === v).slice(0, 60)) console.log(r.file, r.issuedOn ?? '-', r.nameDate ?? '-', r.ourLevel ?? '-', r.ourRegion ?? '-', r.issuer ?? '-');
  }
}

if (process.argv[1]?.endsWith('metadata-scan.ts')) await main();
