// Session 63 (helper verdict3): graded long-lower readings summed from session63-graded.ts's per-pair table (JSON on stdin
// or the file named). Per reading: the verdicts right against the base (longLower off) and against LONG_LOWER_63 (60, 0.22),
// and the sets down against LONG_LOWER_63. A threshold between grid points is read at the grid point under it.
// `node tests/eval/session63-graded-grid.mjs pairs.json [--chars]`.
import { readFileSync } from 'node:fs';
const { grid, pairs } = JSON.parse(readFileSync(process.argv[2] ?? 0, 'utf8'));
const chars = process.argv.includes('--chars');
const col = (t) => { let i = 0; for (let j = 0; j < grid.length; j++) if (grid[j] <= t + 1e-9) i = j; return i; };
const right = (f) => { const per = {}; for (const p of pairs) { const t = f(chars ? p.chars : p.nL); per[p.set] = (per[p.set] ?? 0) + p.right[col(t)]; } return per; };
const sum = (o) => Object.values(o).reduce((a, b) => a + b, 0);
const base = right(() => 0), ref = right((n) => (n >= 60 ? 0.22 : 0));
const show = (name, f) => {
  const r = right(f);
  const down = Object.keys(r).filter((s) => r[s] < ref[s]).map((s) => `${s}${r[s] - ref[s]}`);
  const up = Object.keys(r).filter((s) => r[s] > ref[s]).map((s) => `${s}+${r[s] - ref[s]}`);
  return { name, tot: sum(r), vsBase: sum(r) - sum(base), vsRef: sum(r) - sum(ref), down, up };
};
const res = [];
const T = grid.filter((t) => t > 0);
const Ns = chars ? [2000, 3000, 4000, 5000, 6000, 7000, 8000, 9000, 10000, 12000, 14000, 16000] : [30, 35, 40, 45, 50, 54, 56, 58, 60, 65, 70, 80, 90, 100];
for (const N of Ns) for (const t of T) res.push(show(`step ${N} ${t}`, (n) => (n >= N ? t : 0)));
for (const N of Ns) for (const t of T) for (const M of Ns.filter((m) => m < N)) for (const u of T.filter((u) => u < t)) {
  res.push(show(`two ${M} ${u} | ${N} ${t}`, (n) => (n >= N ? t : n >= M ? u : 0)));
  res.push(show(`ramp ${M} ${u} → ${N} ${t}`, (n) => (n >= N ? t : n >= M ? u + ((t - u) * (n - M)) / (N - M) : 0)));
}
const base0 = show('off', () => 0), ref0 = show('ref 60 0.22', (n) => (n >= 60 ? 0.22 : 0));
console.log('off', base0.tot, '| ref', ref0.tot);
for (const k of ['step', 'two', 'ramp']) {
  console.log(`---- ${k}: best with no set down against the reference`);
  for (const x of res.filter((x) => x.name.startsWith(k) && x.down.length === 0).sort((a, b) => b.tot - a.tot).slice(0, 12)) console.log(x.name, x.tot, `vsRef ${x.vsRef}`, x.up.join(' '));
  console.log(`---- ${k}: best overall`);
  for (const x of res.filter((x) => x.name.startsWith(k)).sort((a, b) => b.tot - a.tot).slice(0, 6)) console.log(x.name, x.tot, `vsRef ${x.vsRef}`, 'down', x.down.join(' '), 'up', x.up.join(' '));
}
