// Session 59 (helper grading2, issue 13): the act reading with its actor (acts.ts readActs with options.ts ACTOR_CLASSES:
// who does each act — a government, a department, the regulated unit, a person, everyone) tabulated on the development link
// gold, for the strong links we make (gold strong / weak / none): the link's class by the law article's acts and the lower
// article's — the same act by the same actor, the same act by another actor only, the law's act of a unit or person carried
// only as a department's or government's supervision (no act shared, the lower reads a supervise act of a public body),
// none — and the law article's main actor against the lower's. `--rules` replays grading rules on the classes (a strong link
// made partial in a copy of the snapshot, the coverage verdicts right counted again: session46-verdict.ts rightWith, as
// session59-acts.ts --rules). `npx tsx tests/eval/session59-actors.ts [--tag h59g2-base] [--sets a,b] [--rules] [--samples N]`.
// Held-out sets are refused (dev-cache.ts).
import { DEV_REGULATION_SETS, loadDev } from './dev-cache.js';
import { edgesOf, ruleGrid, type Edge } from './session46-verdict.js';
import { readActs, sameAct, type Act } from '../../ingest/link/acts.js';
import { ACT_READING, ACTOR_CLASSES } from '../../ingest/link/options.js';
import type { SetId } from './sets.js';

const arg = (n: string) => { const i = process.argv.indexOf(n); return i > 0 ? process.argv[i + 1] : undefined; };
const memo = new Map<string, Act[]>();
export const actsOf = (t: string) => memo.get(t) ?? memo.set(t, readActs(t, ACT_READING, ACTOR_CLASSES)).get(t)!;
const PUBLIC = new Set(['department', 'government']);

/** The class of a link by its two articles' acts and actors. */
export function actorClass(h: Act[], l: Act[]): string {
  if (!h.length) return 'no acts read';
  const pairs = h.flatMap((a) => l.filter((b) => sameAct(a, b)).map((b) => [a, b] as const));
  if (pairs.some(([a, b]) => a.actor && a.actor === b.actor)) return 'same act, same actor';
  if (pairs.some(([a, b]) => !a.actor || !b.actor)) return 'same act, actor unread';
  if (pairs.length) return 'same act, other actor';
  const privateActs = h.some((a) => a.actor && !PUBLIC.has(a.actor));
  if (privateActs && l.some((b) => b.cls === 'supervise' && PUBLIC.has(b.actor ?? ''))) return 'supervision of the law\'s actor';
  return 'none carried';
}
/** The commonest actor of an article's acts ('' when none read). */
export function mainActor(xs: Act[]): string {
  const n = new Map<string, number>();
  for (const a of xs) if (a.actor) n.set(a.actor, (n.get(a.actor) ?? 0) + 1);
  return [...n].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
}
/** The share of the law article's acts the lower carries by the same actor. */
export function sameActorShare(h: Act[], l: Act[]): number {
  return h.length ? h.filter((a) => l.some((b) => sameAct(a, b) && a.actor === b.actor)).length / h.length : 0;
}

type Tab = Map<string, Map<string, [number, number, number]>>;
const G = { strong: 0, weak: 1, none: 2 } as const;
function bump(t: Tab, row: string, set: string, g: Edge['grade']) {
  const r = t.get(row) ?? t.set(row, new Map()).get(row)!;
  for (const k of [set, 'all']) { const c = r.get(k) ?? r.set(k, [0, 0, 0]).get(k)!; c[G[g]]++; }
}

const tag = arg('--tag') ?? 'h59g2-base';
const sets = (arg('--sets')?.split(',') ?? DEV_REGULATION_SETS) as SetId[];

async function table() {
  const T: Tab = new Map();
  const samples: string[] = [];
  const nSample = +(arg('--samples') ?? 0);
  for (const id of sets) {
    const d = await loadDev(id, {}, tag);
    for (const e of edgesOf(d, true)) {
      if (e.partial) continue;
      const [h, l] = [actsOf(e.higherText), actsOf(e.lowerText)];
      const k = actorClass(h, l);
      bump(T, `strong: ${k}`, id, e.grade);
      if (e.score < 0.25) bump(T, `strong <0.25: ${k}`, id, e.grade);
      if (e.score < 0.25) bump(T, `strong <0.25: H ${mainActor(h) || '-'} / L ${mainActor(l) || '-'}`, id, e.grade);
      const s = sameActorShare(h, l);
      if (e.score < 0.25 && h.length >= 2) bump(T, `strong <0.25, 2+ acts: same-actor share ${s === 0 ? '0' : s < 0.5 ? '<1/2' : s < 1 ? '1/2..<1' : 'all'}`, id, e.grade);
      if (nSample && samples.length < nSample && e.score < 0.25 && (k === 'supervision of the law\'s actor' || k === 'same act, other actor'))
        samples.push(`${id} ${e.grade} ${e.score.toFixed(2)} ${k}\n  H ${h.map((a) => `${a.actor}:${a.verb}→${a.head}`).join(' ')}\n  L ${l.map((a) => `${a.actor}:${a.verb}→${a.head}`).join(' ')}\n  H: ${e.higherText.replace(/\s+/g, ' ').slice(0, 150)}\n  L: ${e.lowerText.replace(/\s+/g, ' ').slice(0, 150)}`);
    }
  }
  console.log(`## strong links by actor class (cells: gold strong / weak / none; % weak+none)`);
  console.log(['row'.padEnd(52), 'all'.padStart(16), ...sets.map((s) => s.slice(0, 7).padStart(9))].join(''));
  for (const [row, per] of [...T].sort(([a], [b]) => a.localeCompare(b))) {
    const cell = (k: string) => { const c = per.get(k); return c ? `${c[0]}/${c[1]}/${c[2]}` : '-'; };
    const a = per.get('all')!;
    console.log([row.padEnd(52), `${cell('all')} ${Math.round((100 * (a[1] + a[2])) / (a[0] + a[1] + a[2] || 1))}%`.padStart(16), ...sets.map((s) => cell(s).padStart(9))].join(''));
  }
  for (const s of samples) console.log(s);
}

type Rule = (e: Edge) => boolean;
export function actorRules(): Record<string, Rule> {
  const R: Record<string, Rule> = {};
  const k = (e: Edge) => actorClass(actsOf(e.higherText), actsOf(e.lowerText));
  for (const sc of [0.2, 0.25, 0.3, Infinity]) {
    R[`S supervision, score<${sc}`] = (e) => e.score < sc && k(e) === 'supervision of the law\'s actor';
    R[`O other actor only, score<${sc}`] = (e) => e.score < sc && k(e) === 'same act, other actor';
    R[`SO supervision or other actor, score<${sc}`] = (e) => e.score < sc && ['supervision of the law\'s actor', 'same act, other actor'].includes(k(e));
    for (const n of [2, 3]) {
      R[`S${n} supervision, ${n}+ acts, score<${sc}`] = (e) => e.score < sc && actsOf(e.higherText).length >= n && k(e) === 'supervision of the law\'s actor';
      R[`SO${n} supervision or other actor, ${n}+ acts, score<${sc}`] = (e) => e.score < sc && actsOf(e.higherText).length >= n && ['supervision of the law\'s actor', 'same act, other actor'].includes(k(e));
      R[`V${n} law's main actor private, none carried by it, lower's public supervision, ${n}+ acts, score<${sc}`] = (e) => {
        const [h, l] = [actsOf(e.higherText), actsOf(e.lowerText)];
        return e.score < sc && h.length >= n && !!mainActor(h) && !PUBLIC.has(mainActor(h)) && sameActorShare(h, l) === 0 && l.some((b) => b.cls === 'supervise' && PUBLIC.has(b.actor ?? ''));
      };
      R[`W${n} supervision, the lower naming the law's actor class, ${n}+ acts, score<${sc}`] = (e) => {
        const [h, l] = [actsOf(e.higherText), actsOf(e.lowerText)];
        return e.score < sc && h.length >= n && k(e) === 'supervision of the law\'s actor' && h.some((a) => a.actor && !PUBLIC.has(a.actor) && l.some((b) => b.cls === 'supervise' && PUBLIC.has(b.actor ?? '')));
      };
      R[`Q${n} supervision, or the law's unit act carried only by a public body, ${n}+ acts, score<${sc}`] = (e) => {
        const [h, l] = [actsOf(e.higherText), actsOf(e.lowerText)];
        if (e.score >= sc || h.length < n) return false;
        if (k(e) === 'supervision of the law\'s actor') return true;
        const pairs = h.flatMap((a) => l.filter((b) => sameAct(a, b)).map((b) => [a, b] as const));
        return k(e) === 'same act, other actor' && pairs.every(([a, b]) => !PUBLIC.has(a.actor ?? '') && PUBLIC.has(b.actor ?? ''));
      };
      R[`P${n} private law actor, public lower, none same-actor, ${n}+ acts, score<${sc}`] = (e) => {
        const [h, l] = [actsOf(e.higherText), actsOf(e.lowerText)];
        return e.score < sc && h.length >= n && !PUBLIC.has(mainActor(h)) && !!mainActor(h) && PUBLIC.has(mainActor(l)) && sameActorShare(h, l) === 0;
      };
    }
  }
  // Helper act's act-share grading (4+ law acts, none carried, under 0.25; off: two sets down) split by the law's main actor.
  for (const n of [3, 4]) for (const who of ['public', 'private', 'unread']) {
    R[`A${n} ${n}+ acts none carried, law's main actor ${who}, score<0.25`] = (e) => {
      const [h, l] = [actsOf(e.higherText), actsOf(e.lowerText)];
      const m = mainActor(h);
      const cls = !m ? 'unread' : PUBLIC.has(m) ? 'public' : 'private';
      return e.score < 0.25 && h.length >= n && cls === who && !h.some((a) => l.some((b) => sameAct(a, b)));
    };
  }
  for (const n of [3, 4]) for (const lw of ['public', 'private', 'unread']) {
    R[`B${n} ${n}+ acts none carried, law's main actor public, lower's ${lw}, score<0.25`] = (e) => {
      const [h, l] = [actsOf(e.higherText), actsOf(e.lowerText)];
      const m = mainActor(l);
      const cls = !m ? 'unread' : PUBLIC.has(m) ? 'public' : 'private';
      return e.score < 0.25 && h.length >= n && PUBLIC.has(mainActor(h)) && cls === lw && !h.some((a) => l.some((b) => sameAct(a, b)));
    };
  }
  return R;
}

async function rules() {
  await ruleGrid(sets, tag, actorRules(), arg('--only'), 64, 10);
}

if (process.argv[1]?.endsWith('session59-actors.ts')) void (process.argv.includes('--rules') ? rules() : table());
