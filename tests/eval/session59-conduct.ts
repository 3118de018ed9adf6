// Session 59 (helper precision2, issue 13): the links of the dev link sets that options.penaltyConduct alone keeps — present
// with the given options, gone with penaltyConduct null — each with its gold status (FALSE, weak, strong), and the count of
// links the snapshot marks `penaltyConduct` (kept or chosen anyway). Both ingests through dev-cache.ts (tags under /tmp).
// `npx tsx tests/eval/session59-conduct.ts [--tag t] [--measured] [--fresh]`: --measured scores session 44/45's setting
// (PENALTY_CONDUCT_MEASURED, the table session 59 started from) instead of the default. Held-out sets are refused.
import { loadDev } from './dev-cache.js';
import { EVERY_DEV_LINK_SET } from './missed-links.js';
import { scoreLinks } from './links.js';
import { PENALTY_CONDUCT_MEASURED, type LinkOptions } from '../../ingest/link/options.js';

const articleKey = (k: string) => k.replace(/#(?:第[^/#]+章\/)?(?:第[^/#]+节\/)?(第[^/#]+条)$/, '#$1');
const short = (k: string) => k.replace(/[^>]*\//g, '').replace(/\.(md|txt)#/g, '#').replace(/\(\d{4}-\d\d-\d\d\)/g, '');

async function main() {
  const arg = (name: string) => process.argv.find((_, i) => process.argv[i - 1] === name);
  const measured = process.argv.includes('--measured');
  const fresh = process.argv.includes('--fresh');
  const tag = arg('--tag') ?? (measured ? 'h59-conduct-measured' : 'h59-conduct-default');
  const opts: Partial<LinkOptions> = measured ? { penaltyConduct: PENALTY_CONDUCT_MEASURED } : {};
  let [marked, kept, keptFalse] = [0, 0, 0];
  for (const id of EVERY_DEV_LINK_SET) {
    const on = await loadDev(id, opts, tag, fresh);
    const off = await loadDev(id, { ...opts, penaltyConduct: null }, `${tag}-off`, fresh);
    const gold = new Map(on.gold.links.map((l) => [`${articleKey(l.lower)}>${articleKey(l.higher)}`, l.strength]));
    marked += on.snapshot.edges.filter((e) => e.attributes.type === 'IMPLEMENTS' && (e.attributes as { penaltyConduct?: boolean }).penaltyConduct).length;
    const [a, b] = [scoreLinks(on.gold, on.snapshot), scoreLinks(off.gold, off.snapshot)];
    const predicted = (s: typeof a) => new Set([...s.falsePositives, ...on.gold.links.map((l) => `${articleKey(l.lower)}>${articleKey(l.higher)}`).filter((k) => !s.falseNegatives.includes(k))]);
    const [pa, pb] = [predicted(a), predicted(b)];
    for (const k of [...pa].filter((x) => !pb.has(x)).sort()) {
      const g = gold.get(k) ?? 'FALSE';
      kept++;
      if (g === 'FALSE') keptFalse++;
      console.log(`${id.padEnd(12)} ${g.padEnd(6)} ${short(k)}`);
    }
    for (const k of [...pb].filter((x) => !pa.has(x)).sort()) console.log(`${id.padEnd(12)} (only without the rule: ${gold.get(k) ?? 'FALSE'}) ${short(k)}`);
  }
  console.log(`marked penaltyConduct ${marked}; kept by the rule alone ${kept} (${keptFalse} false, ${kept - keptFalse} gold)`);
}

void main();
