// Links across subjects: every set's documents ingested as ONE corpus, as a user ingests a region's
// whole law database. Each set is a family on one subject (献血, 法律援助, 全民健身 …; the real set holds
// three, told apart by their titles below), so an IMPLEMENTS link between documents of two families
// is wrong by construction: a city's 志愿服务条例 does not carry out the 老年人权益保障法. The gold
// sets, each ingested alone, never see this error; this count does (issue 13, session 17).
// Session 50 (helper replay): a link across families whose lower document cites the higher one (the snapshot's CITES
// edges: 上海市公共图书馆条例 names 公共文化服务保障法 first in its basis clause, 第一条 根据《…》) is counted apart: by the
// document's own word a law it carries out, so not wrong by construction. The 1 % check is on the others.
import { readdirSync } from 'node:fs';
import { basename } from 'node:path';
import type { Snapshot } from '../../graph-schema/index.js';
import { laterLinks } from './links.js';
import { titleKey } from '../../ingest/link/basis.js';
import { SETS, type SetId } from './sets.js';
import { ingestSnapshot } from './snapshot-source.js';

/** Sets of one subject each (team-written documents are left out: not scraped). */
export const MIXED_SETS: SetId[] = ['sample', 'real', 'unseen', 'legalaid', 'overseas', 'elderly', 'women', 'minors', 'fitness', 'charity', 'fire', 'disability', 'heritage', 'weather', 'residents', 'teachers', 'statistics', 'incometax', 'familyviolence', 'buildingenergy', 'language', 'earthquake', 'coop', 'civildefence', 'techtransfer', 'standards', 'sme', 'rural', 'culture',
  'library',
  'tourism',
  'investment',
  'mental',
  // volunteer (session 51) is left out: its three files are the real set's own (志愿服务条例 and the 河南, 山东 条例, the
  // same blobs), already here as the real set's 志愿服务 family; listed twice they would be ingested twice and a file
  // name would map to two families.
  'safety',
  'animal',
  'wildlife',
  'tendering',
  'mineral',
  'water',
  'soil',
  'flood',
  'drugs',
  'archives',
  'leave',
  'price',
  'cosmetics',
  'foodcheck',
  'labour',
  'trademark',
  'traffic',
  // police (session 61) is left out: its law file is traffic's own (道路交通安全法(2021-04-29).md, the same blob), already
  // here as traffic's; listed twice it would be ingested twice and the file name would map to two families.
  // licence (session 62) is left out: its 实施条例 carries traffic's law (道路交通安全法), and traffic's 山东 办法 and 聊城 条例
  // and licence's two 公安部 rules name both: one cascade, not two subjects, so its links across the two families are right
  // (5.2 % of the corpus's links, all cited, against the test's 2 % bound). With it the corpus first failed in a link thread
  // ("reading 'level'": the title-term pass added a link whose higher article no other link of the thread's part named;
  // fixed, ingest/link/index.ts, tests/ingest/link/session62-parts.test.ts).
  'agrimach', 'employment', 'cleanprod', 'ecommerce', 'wetland',
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
  'fishery'];

/** The real set's three families (tests/real/README.md, its table of pairs), by a title word. */
const REAL_FAMILIES = ['国防教育', '农业技术推广', '志愿服务'];

export interface MixedReport {
  documents: number;
  links: number;
  /** Links whose two documents belong to different families. */
  crossLinks: number;
  /** Of those, links whose lower document cites the higher one (a CITES edge from it or one of its measures to a text of
   *  that title): by the document's own word a law it carries out. */
  citedCrossLinks: number;
  /** The document pairs of those links, most links first: [lower, higher, links, the lower cites the higher]. */
  crossPairs: [string, string, number, boolean][];
  /** Links whose lower document was issued before its higher one (session 37: the mixed run checks it too). */
  later: number;
}

export function familyOf(set: SetId, file: string): string {
  if (set !== 'real') return set;
  return `real:${REAL_FAMILIES.find((f) => file.includes(f)) ?? file}`;
}

export async function mixedReport(sets: SetId[] = MIXED_SETS, snapshot?: Snapshot): Promise<MixedReport> {
  const familyOfFile = new Map<string, string>();
  for (const id of sets) for (const f of readdirSync(SETS[id].corpus)) familyOfFile.set(f, familyOf(id, f));
  const s = snapshot ?? (await ingestSnapshot(sets.map((id) => SETS[id].corpus)));
  const family = new Map<string, string>();
  const name = new Map<string, string>();
  for (const n of s.nodes) {
    const a = n.attributes;
    if (a.type !== 'Document' || !a.inCorpus) continue;
    family.set(n.key, familyOfFile.get(basename(a.sources[0] ?? '')) ?? `?${n.key}`);
    name.set(n.key, a.name);
  }
  // A measure's key starts with its document's key (graph-schema measureId: `<doc>#<path>`).
  const docOf = (measure: string) => measure.slice(0, measure.indexOf('#'));
  // The titles each lower document cites (its own CITES edges and its measures'), by titleKey: any text of that title.
  const cites = new Map<string, Set<string>>();
  const names = new Map(s.nodes.flatMap((n) => (n.attributes.type === 'Document' ? [[n.key, titleKey(n.attributes.name)] as const] : [])));
  for (const e of s.edges) {
    if (e.attributes.type !== 'CITES') continue;
    const from = e.source.includes('#') ? docOf(e.source) : e.source;
    const title = names.get(e.target);
    if (title) (cites.get(from) ?? cites.set(from, new Set()).get(from)!).add(title);
  }
  const pairs = new Map<string, number>();
  let links = 0;
  for (const e of s.edges) {
    if (e.attributes.type !== 'IMPLEMENTS') continue;
    links++;
    const [lo, hi] = [docOf(e.source), docOf(e.target)];
    if (family.get(lo) === family.get(hi)) continue;
    const key = `${name.get(lo)}\t${name.get(hi)}`;
    pairs.set(key, (pairs.get(key) ?? 0) + 1);
  }
  const cited = new Set<string>();
  for (const e of s.edges) {
    if (e.attributes.type !== 'IMPLEMENTS') continue;
    const [lo, hi] = [docOf(e.source), docOf(e.target)];
    if (family.get(lo) !== family.get(hi) && cites.get(lo)?.has(names.get(hi)!)) cited.add(`${name.get(lo)}\t${name.get(hi)}`);
  }
  const crossPairs = [...pairs].map(([k, n]) => [...k.split('\t'), n, cited.has(k)] as [string, string, number, boolean]).sort((a, b) => b[2] - a[2]);
  const sum = (ps: typeof crossPairs) => ps.reduce((t, p) => t + p[2], 0);
  return { documents: family.size, links, crossLinks: sum(crossPairs), citedCrossLinks: sum(crossPairs.filter((p) => p[3])), crossPairs, later: laterLinks(s).length };
}

export function formatMixed(r: MixedReport): string {
  const lines = [
    `== mixed: the ${MIXED_SETS.length} sets' ${r.documents} documents ingested as one corpus`,
    `IMPLEMENTS links: ${r.links}; between documents of different families: ${r.crossLinks}, of which the lower document cites the higher one ${r.citedCrossLinks} and the others (each one wrong) ${r.crossLinks - r.citedCrossLinks}; to a later document: ${r.later}`,
  ];
  for (const [lo, hi, n, c] of r.crossPairs.slice(0, 5)) lines.push(`  ${n} ${lo} → ${hi}${c ? ' (cited)' : ''}`);
  return lines.join('\n');
}
