// Session 63 (helper penalty7, issue 13): the development false links and misses that involve a liability article (lower or
// higher), by the reading that decided them, from a cached ingest of each set (dev-cache.ts; held-out sets refused there).
// `npx tsx tests/eval/session63-penalty.ts [--sets a,b] [--tag t] [--opts '{…}'] [--misses dir] [--list]`
// A liability article: under a 法律责任/罚则 chapter or with a sanction form (session61-falselinks.ts SANCTION). For each pair:
//   kind      pp (both liability), p→d (a lower liability article to a higher article of no liability), d→p (the other way)
//   named     the lower article names the duty it punishes (违反本条例第X条: penalty-duty.ts namedArticles)
//   duty      where the named duty stands: `law` (a named article has a gold link into the law), `own` (no named article has one:
//             the lower text created the duty), `-` (none named)
//   stage     for a miss, recall5's stage (session59-misses.ts output, --misses dir), when present
import { existsSync, readFileSync } from 'node:fs';
import { falseLinks63 } from './session63-falselinks.js';
import { measureKeys, scoreLinks } from './links.js';
import { loadDev, articleKey as ak } from './dev-cache.js';
import { EVERY_DEV_LINK_SET } from './missed-links.js';
import { SANCTION } from './session61-falselinks.js';
import { namedArticles } from '../../ingest/link/penalty-duty.js';
import type { LinkOptions } from '../../ingest/link/options.js';
import type { SetId } from './sets.js';

const CHAPTER = /法律责任|罚则/;
interface Row { set: string; what: 'FP' | 'FN'; kind: string; named: boolean; duty: string; stage: string; strong: boolean; lower: string; higher: string; lt: string; ht: string }

async function main() {
  const arg = (name: string) => process.argv.find((_, i) => process.argv[i - 1] === name);
  const sets = (arg('--sets')?.split(',') ?? EVERY_DEV_LINK_SET) as SetId[];
  const opts = arg('--opts') ? (JSON.parse(arg('--opts')!) as Partial<LinkOptions>) : {};
  const tag = arg('--tag') ?? 'h63p7-base';
  const missDir = arg('--misses');
  const rows: Row[] = [];
  for (const id of sets) {
    const d = await loadDev(id, opts, tag);
    const keys = measureKeys(d.snapshot);
    const byKey = new Map<string, { text: string; path: string }>();
    for (const n of d.snapshot.nodes) if (n.attributes.type === 'Measure') for (const k of keys.get(n.key) ?? []) byKey.set(ak(k), { text: n.attributes.text, path: n.attributes.path });
    const liab = (k: string) => { const u = byKey.get(k); return !!u && (CHAPTER.test(u.path) || SANCTION.test(u.text.replace(/\s+/g, ''))); };
    const goldInto = new Set(d.gold.links.map((l) => `${ak(l.lower)}>${ak(l.higher).split('#')[0]}`));
    const strong = new Set(d.gold.links.filter((l) => l.strength === 'strong').map((l) => `${ak(l.lower)}>${ak(l.higher)}`));
    const stages = new Map<string, string>();
    if (missDir && existsSync(`${missDir}/${id}.json`)) for (const m of JSON.parse(readFileSync(`${missDir}/${id}.json`, 'utf8')) as { lower: string; higher: string; stage: string }[]) stages.set(`${ak(m.lower)}>${ak(m.higher)}`, m.stage);
    const push = (what: 'FP' | 'FN', lo: string, hi: string) => {
      const [l, h] = [liab(lo), liab(hi)];
      if (!l && !h) return;
      const lt = byKey.get(lo)?.text ?? '';
      const named = namedArticles(lt);
      const doc = lo.split('#')[0];
      const namedKeys = named.map((a) => [...byKey.keys()].find((k) => k.startsWith(`${doc}#`) && k.endsWith(a))).filter(Boolean) as string[];
      const duty = !named.length ? '-' : namedKeys.some((k) => goldInto.has(`${k}>${hi.split('#')[0]}`)) ? 'law' : 'own';
      rows.push({ set: id, what, kind: l && h ? 'pp' : l ? 'p→d' : 'd→p', named: named.length > 0, duty, stage: stages.get(`${lo}>${hi}`) ?? '', strong: strong.has(`${lo}>${hi}`), lower: lo, higher: hi, lt, ht: byKey.get(hi)?.text ?? '' });
    };
    for (const f of falseLinks63(id, d).links) push('FP', f.lower, f.higher);
    for (const x of scoreLinks(d.gold, d.snapshot).falseNegatives) { const [lo, hi] = x.split('>'); push('FN', lo, hi); }
  }
  const count = (f: (r: Row) => string) => { const m = new Map<string, number>(); for (const r of rows) m.set(f(r), (m.get(f(r)) ?? 0) + 1); return [...m].sort((a, b) => b[1] - a[1]); };
  for (const [k, n] of count((r) => `${r.what} ${r.kind} named:${r.named ? 'y' : 'n'} duty:${r.duty}${r.what === 'FN' ? ` ${r.stage || '?'}` : ''}`)) console.log(`${String(n).padStart(4)}  ${k}`);
  console.log('by set:', count((r) => `${r.what} ${r.set}`).map(([k, n]) => `${k} ${n}`).join(', '));
  if (process.argv.includes('--list'))
    for (const r of rows) console.log(`\n[${r.set}] ${r.what} ${r.kind} ${r.duty} ${r.stage}${r.strong ? ' strong' : ''} ${r.lower} → ${r.higher.split('#')[1]}\n  L: ${r.lt.replace(/\s+/g, ' ').slice(0, 220)}\n  H: ${r.ht.replace(/\s+/g, ' ').slice(0, 220)}`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
