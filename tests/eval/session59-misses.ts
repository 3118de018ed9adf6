// Session 59 (helper recall3, issue 13): every gold link the linker misses on the development link sets, in one class by
// where it was lost (missed-links.ts's stage) and where its lower article stands in the law:
//   stage     not-found (no candidate: the candidate index never offers the pair; structure counted with it), below-weak
//             (offered, scored under the partial threshold), or lost to a cap or rule (cap, rule:<r>, relative, top-k,
//             paragraph, same-level, selection: named)
//   position  second (the lower article already links a gold article of the law: this one would be a second link),
//             wrong:<how> (the lower article links into the law, none of its links gold: how the linked article stands to
//             the gold one — neighbour (article number ±1), chapter (the same chapter), sanction (the linked article names
//             a sanction formula, REMAINDER_SANCTIONS), other), unlinked (no link into the law; `elsewhere` when it links
//             another document)
// Each set is ingested with its gold pairs probed (missed-links.ts) and once more through dev-cache.ts (tag), whose
// snapshot and records give the links and scores. `npx tsx tests/eval/session59-misses.ts [--sets a,b] [--tag t]
// [--out dir] [--by-set] [--rows]`: per set a JSON file of the misses in `out` (read back when present), then the tables
// (`--by-set`: one row per set, the brief's classes A–E as columns). Held-out sets are refused (missed-links.ts).
import { mkdirSync, writeFileSync, existsSync, readFileSync } from 'node:fs';
import { EVERY_DEV_LINK_SET, missedLinks, type Miss } from './missed-links.js';
import { articleKey, loadDev } from './dev-cache.js';
import { measureKeys } from './links.js';
import { articleNumber } from '../../ingest/link/structure-prior.js';
import { REMAINDER_SANCTIONS } from '../../ingest/link/options.js';
import type { SetId } from './sets.js';

export interface ClassedMiss extends Miss {
  stage: string;
  position: string;
  /** The miss's score when it was aligned (below-weak and the selection classes), else undefined. */
  score?: number;
  /** The gold article's rank among the lower article's candidates in the law (1 = its best), when scored. */
  rank?: number;
  /** The law articles the lower article links (article keys). */
  linked: string[];
}

const SANCTION = new RegExp(REMAINDER_SANCTIONS.join('|'));
const chapterOf = (path: string) => /^(第[^/]+章)\//.exec(path)?.[1];

export async function classify(id: SetId, tag: string): Promise<ClassedMiss[]> {
  const { misses } = await missedLinks(id, {}, tag);
  const d = await loadDev(id, {}, tag);
  const s = d.snapshot;
  const idOf = new Map<string, string>();
  for (const [mid, ks] of measureKeys(s)) for (const k of ks) idOf.set(articleKey(k), mid);
  const keyOf = new Map([...idOf].map(([k, mid]) => [mid, k]));
  const meas = new Map<string, { docId: string; path: string; text: string }>();
  for (const n of s.nodes) if (n.attributes.type === 'Measure') meas.set(n.key, n.attributes as { docId: string; path: string; text: string });
  const links = new Map<string, string[]>();
  for (const e of s.edges) if (e.attributes.type === 'IMPLEMENTS') (links.get(e.source) ?? links.set(e.source, []).get(e.source)!).push(e.target);
  const goldOf = new Set(d.gold.links.map((l) => `${articleKey(l.lower)}>${articleKey(l.higher)}`));
  const recOf = new Map(d.cands.records.map((r) => [r.lower, r]));
  return misses.map((m) => {
    const [lo, hi] = [idOf.get(m.lower), idOf.get(m.higher)];
    const stage = m.cls === 'structure' || m.cls === 'not-found' ? 'not-found' : m.cls === 'below-weak' ? 'below-weak' : m.cls === 'rule' ? `rule:${m.detail}` : m.cls;
    if (!lo || !hi) return { ...m, stage, position: 'unlinked', linked: [] };
    const law = meas.get(hi)!.docId;
    const all = links.get(lo) ?? [];
    const inLaw = all.filter((h) => meas.get(h)?.docId === law);
    const linked = inLaw.map((h) => keyOf.get(h) ?? h);
    let position: string;
    if (!inLaw.length) position = all.length ? 'unlinked:elsewhere' : 'unlinked';
    else if (linked.some((k) => goldOf.has(`${m.lower}>${k}`))) position = 'second';
    else {
      const [gn, gc] = [articleNumber(hi), chapterOf(meas.get(hi)!.path)];
      const how = (h: string) => {
        const x = meas.get(h)!;
        const n = articleNumber(h);
        if (n !== undefined && gn !== undefined && Math.abs(n - gn) === 1) return 'neighbour';
        if (SANCTION.test(x.text) && !SANCTION.test(meas.get(hi)!.text)) return 'sanction';
        if (gc && chapterOf(x.path) === gc) return 'chapter';
        return 'other';
      };
      const order = ['neighbour', 'sanction', 'chapter', 'other'];
      position = `wrong:${inLaw.map(how).sort((a, b) => order.indexOf(a) - order.indexOf(b))[0]}`;
    }
    const r = recOf.get(lo);
    const c = r?.candidates.find((x) => x.higher === hi);
    const rank = c ? r!.candidates.filter((x) => meas.get(x.higher)?.docId === law && x.score > c.score).length + 1 : undefined;
    return { ...m, stage, position, score: c?.score, rank, linked };
  });
}

/** The brief's classes, one per miss: A no candidate; B under the floor with the lower article unlinked in the law; C a cap
 *  or rule (which); D a second link of a lower article already linking a gold article of the law; E a wrong target (how). */
export const briefClass = (m: ClassedMiss) =>
  m.stage === 'not-found' ? 'A' : m.position === 'second' ? 'D' : m.position.startsWith('wrong') ? `E:${m.position.slice(6)}` : m.stage === 'below-weak' ? 'B' : `C:${m.stage}`;

/** One row per set: the brief's classes as columns (C summed, its stages listed below the table). */
function bySet(all: ClassedMiss[], sets: string[]) {
  const cols = ['A', 'B', 'C', 'D', 'E:neighbour', 'E:chapter', 'E:sanction', 'E:other'];
  const col = (m: ClassedMiss) => (briefClass(m).startsWith('C:') ? 'C' : briefClass(m));
  console.log(`| set | ${cols.join(' | ')} | missed | strong |`);
  console.log(`|${['', ...cols, '', ''].map(() => '---').join('|')}|`);
  for (const s of [...sets, 'all']) {
    const xs = all.filter((m) => s === 'all' || m.set === s);
    console.log(`| ${s} | ${cols.map((c) => xs.filter((m) => col(m) === c).length).join(' | ')} | ${xs.length} | ${xs.filter((m) => m.strong).length} |`);
  }
  const cs = all.filter((m) => col(m) === 'C');
  console.log(`C by stage: ${[...new Set(cs.map((m) => m.stage))].map((st) => `${st} ${cs.filter((m) => m.stage === st).length}`).join(', ')}`);
  const ds = all.filter((m) => col(m) === 'D');
  console.log(`D by stage: ${[...new Set(ds.map((m) => m.stage))].map((st) => `${st} ${ds.filter((m) => m.stage === st).length}`).join(', ')}`);
}

function tables(all: ClassedMiss[], sets: string[]) {
  const group = (m: ClassedMiss) => (m.stage === 'not-found' ? 'A no candidate' : m.position === 'second' ? 'D second of a linked article' : m.position.startsWith('wrong') ? `E wrong target (${m.position.slice(6)})` : m.stage === 'below-weak' ? 'B under the floor, unlinked in the law' : `C cap or rule (${m.stage})`);
  const groups = [...new Set(all.map(group))].sort();
  const head = ['class', ...sets, 'all', 'strong'];
  console.log(`| ${head.join(' | ')} |`);
  console.log(`|${head.map(() => '---').join('|')}|`);
  for (const g of groups) {
    const xs = all.filter((m) => group(m) === g);
    console.log(`| ${[g, ...sets.map((s) => xs.filter((m) => m.set === s).length), xs.length, xs.filter((m) => m.strong).length].join(' | ')} |`);
  }
  console.log(`| ${['missed, all', ...sets.map((s) => all.filter((m) => m.set === s).length), all.length, all.filter((m) => m.strong).length].join(' | ')} |`);
  console.log('\nstage × position');
  const stages = [...new Set(all.map((m) => m.stage.replace(/^rule:.*/, 'rule')))].sort();
  const positions = [...new Set(all.map((m) => m.position))].sort();
  console.log(`| stage | ${positions.join(' | ')} | all |`);
  for (const st of stages) {
    const xs = all.filter((m) => m.stage.replace(/^rule:.*/, 'rule') === st);
    console.log(`| ${st} | ${positions.map((p) => xs.filter((m) => m.position === p).length).join(' | ')} | ${xs.length} |`);
  }
  const bw = all.filter((m) => m.stage === 'below-weak');
  console.log('\nbelow-weak by position: rank 1 in the law / score ≥ 0.10 / ≥ 0.08');
  for (const p of positions) {
    const xs = bw.filter((m) => m.position === p);
    if (xs.length) console.log(`  ${p}: ${xs.length}; rank 1 ${xs.filter((m) => m.rank === 1).length}; ≥0.10 ${xs.filter((m) => (m.score ?? 0) >= 0.1).length}; ≥0.08 ${xs.filter((m) => (m.score ?? 0) >= 0.08).length}`);
  }
}

async function main() {
  const arg = (name: string) => process.argv.find((_, i) => process.argv[i - 1] === name);
  const sets = (arg('--sets')?.split(',') ?? EVERY_DEV_LINK_SET) as SetId[];
  const tag = arg('--tag') ?? 'h59r3-base';
  const out = arg('--out') ?? '/tmp/h59recall3/misses';
  mkdirSync(out, { recursive: true });
  const all: ClassedMiss[] = [];
  for (const id of sets) {
    const file = `${out}/${id}.json`;
    const xs = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as ClassedMiss[]) : await classify(id, tag);
    writeFileSync(file, JSON.stringify(xs, null, 1));
    all.push(...xs);
    console.error(`${id}: ${xs.length} misses`);
  }
  if (process.argv.includes('--by-set')) bySet(all, sets);
  else tables(all, sets);
  if (process.argv.includes('--rows')) for (const m of all) console.log(`${m.set}\t${m.stage}\t${m.position}\t${m.strong ? 'strong' : 'weak'}\t${m.lower} > ${m.higher}\t${m.score ?? ''}\t${m.rank ?? ''}\t${m.linked.join(' ')}`);
}

if (process.argv[1]?.endsWith('session59-misses.ts')) void main();
