// Session 63 (helper recall6, issue 13): recall5's class D read by what the lower article does. For every lower article of a
// development link set that links into a law, each candidate of that law not linked, scoring from --min (0.06), is gold (a
// class-D miss: the pair is a gold link) or false (the lower article's gold in that law is elsewhere, or it has none), and
// counted by: the lower article's shape (several paragraphs / items or one), the clause reading (its sentences, cut at 。；：,
// or parts, also at ，、; from 4 bigrams): whether some clause has the candidate as its strict best article of the law, and
// how much of that clause the first link's article holds (≤ 0.1, ≤ 0.3, more), and the score band.
// `npx tsx tests/eval/session63-class-d.ts [--tag h63r6-base] [--sets a,b] [--min 0.06]`. Held-out sets refused (dev-cache.ts).
import { articleKey, loadDev } from './dev-cache.js';
import { measureKeys } from './links.js';
import { EVERY_DEV_LINK_SET } from './missed-links.js';
import { paragraphClauses, type ClauseCut } from '../../ingest/link/clauses.js';
import { articleUnits, hanBigrams } from '../../ingest/link/side-paragraph.js';
import { ARTICLE_LABEL } from '../../ingest/link/article-label.js';
import { shareIn } from '../../ingest/link/remainder-second.js';
import type { SetId } from './sets.js';

const arg = (name: string) => process.argv.find((_, i) => process.argv[i - 1] === name);
const sets = (arg('--sets')?.split(',') ?? EVERY_DEV_LINK_SET) as SetId[];
const tag = arg('--tag') ?? 'h63r6-base';
const min = Number(arg('--min') ?? 0.06);
const BANDS = ['≥0.12', '0.10', '0.08', '0.06'];
const ORDER = ['share≥0.6, first ≤0.1', 'share≥0.6, first ≤0.3', 'share<0.6, first ≤0.1', 'share<0.6, first ≤0.3', 'share≥0.6, first >0.3', 'share<0.6, first >0.3', 'no clause'];
type Row = { gold: boolean; multi: boolean; band: string; sent: string; parts: string; unit: string };
const rows: Row[] = [];
const bandOf = (s: number) => (s >= 0.12 ? '≥0.12' : s >= 0.1 ? '0.10' : s >= 0.08 ? '0.08' : '0.06');
for (const id of sets) {
  const d = await loadDev(id, {}, tag);
  const s = d.snapshot;
  const key = new Map([...measureKeys(s)].map(([m, ks]) => [m, articleKey(ks[0] ?? m)]));
  const K = (m: string) => key.get(m) ?? m;
  const textOf = new Map<string, string>();
  for (const n of s.nodes) if (n.attributes.type === 'Measure') textOf.set(n.key, (n.attributes as { text: string }).text);
  const lawArts = new Map<string, { id: string; b: Set<string> }[]>();
  for (const [m, t] of textOf) {
    const doc = m.split('#')[0];
    (lawArts.get(doc) ?? lawArts.set(doc, []).get(doc)!).push({ id: m, b: hanBigrams(t.replace(ARTICLE_LABEL, '')) });
  }
  const gold = new Set(d.gold.links.map((l) => `${articleKey(l.lower)}>${articleKey(l.higher)}`));
  const linked = new Map<string, Map<string, number>>();
  for (const e of s.edges) if (e.attributes.type === 'IMPLEMENTS') (linked.get(e.source) ?? linked.set(e.source, new Map()).get(e.source)!).set(e.target, (e.attributes as { score?: number }).score ?? 1);
  for (const r of d.cands.records) {
    const mine = linked.get(r.lower);
    if (!mine) continue;
    const text = (textOf.get(r.lower) ?? '').replace(ARTICLE_LABEL, '');
    const multi = articleUnits(text).length > 1;
    for (const c of r.candidates) {
      const hd = c.higher.split('#')[0];
      if (mine.has(c.higher) || c.score < min) continue;
      const inLaw = [...mine].filter(([h]) => h.startsWith(hd + '#')).sort((a, b) => b[1] - a[1]);
      if (!inLaw.length) continue;
      const law = lawArts.get(hd) ?? [];
      const first = law.find((a) => a.id === inLaw[0][0])?.b ?? new Set<string>();
      const reading = (clauses: Set<string>[]) => {
        let best = 'no clause';
        for (const cb of clauses) {
          let [bid, bs, tie] = ['', 0, false];
          for (const a of law) {
            const v = shareIn(cb, a.b);
            if (v > bs) [bid, bs, tie] = [a.id, v, false];
            else if (v === bs && v > 0) tie = true;
          }
          if (tie || bid !== c.higher) continue;
          const f = shareIn(cb, first);
          const r = (bs >= 0.6 ? 'share≥0.6, ' : 'share<0.6, ') + (f <= 0.1 ? 'first ≤0.1' : f <= 0.3 ? 'first ≤0.3' : 'first >0.3');
          if (ORDER.indexOf(r) < ORDER.indexOf(best)) best = r;
        }
        return best;
      };
      const cut = (k: ClauseCut) => paragraphClauses(text, { cut: k, minBigrams: 4 }).map((x) => x.bigrams);
      rows.push({ gold: gold.has(`${K(r.lower)}>${K(c.higher)}`), multi, band: bandOf(c.score), sent: reading(cut('sentences')), parts: reading(cut('parts')), unit: reading(articleUnits(text).map((u) => hanBigrams(u.text)).filter((b) => b.size >= 4)) });
    }
  }
}
const t = (xs: Row[]) => `${xs.filter((x) => x.gold).length}/${xs.filter((x) => !x.gold).length}`;
for (const [name, f] of [['unit', (x: Row) => x.unit], ['sentence', (x: Row) => x.sent], ['part', (x: Row) => x.parts]] as [string, (x: Row) => string][]) {
  console.log(`\n${name} reading: gold/false by band (${BANDS.join(' | ')}), lower article of several units | of one`);
  for (const v of ORDER)
    console.log(`| ${v} | ${BANDS.map((b) => t(rows.filter((x) => f(x) === v && x.band === b && x.multi))).join(' | ')} | ${BANDS.map((b) => t(rows.filter((x) => f(x) === v && x.band === b && !x.multi))).join(' | ')} |`);
}
console.log(`\nall: ${t(rows)}`);
