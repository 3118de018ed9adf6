// Session 60 (helper ministry2, issue 13): the third class of the ministry-rule genre tabulated — a department's rule
// setting out in many articles what one article of the higher text says in a line. For each missed gold link of the named
// dev link sets (default: the four of the genre, price, leave, cosmetics, foodcheck) on a base tag of dev-cache.ts
// (`npx tsx tests/eval/ministry.ts` makes it): its score (or — when never aligned: cap), and what could name its higher
// article: that article delegates to a department (DELEGATES), a 4-character run of the lower document's title (its genre
// words left out, none of the higher title: TITLE TERM) or of the heading of the lower article's chapter (HEADING TERM) is
// in it, and in how many of the higher document's non-penalty articles that term is. Held-out sets are refused.
// `npx tsx tests/eval/ministry-table.ts [--base h60m2-base] [--sets a,b]`
import type { Snapshot } from '../../graph-schema/index.js';
import { DEFAULT_LINK_OPTIONS } from '../../ingest/link/options.js';
import { articleKey, loadDev } from './dev-cache.js';
import { measureKeys, scoreLinks } from './links.js';
import type { SetId } from './sets.js';

/** A higher article that leaves its detail to a department's rule (按照…部门的规定, 由…部门制定/规定, 具体办法由…制定). */
export const DELEGATES = /按照[^，。；]{0,24}(?:部门|国务院)[^，。；]{0,8}的规定|由[^，。；]{0,24}(?:国务院|部门)[^，。；]{0,12}(?:制定|规定)|具体办法由|实施办法|另行制定/;
const GENRE = /实施|办法|规定|条例|细则|若干|中华人民共和国/g;

/** 4-character runs of a title or heading (genre words cut), none in `other` (the higher title). */
export function runsOf(title: string, other = ''): string[] {
  const core = title.replace(/^第[一二三四五六七八九十]+[章节]\s*/, '').replace(/\s+/g, '').replace(GENRE, '|');
  const out = new Set<string>();
  for (let i = 0; i + 4 <= core.length; i++) {
    const g = core.slice(i, i + 4);
    if (!/[|《》]/.test(g) && !other.includes(g)) out.add(g);
  }
  return [...out];
}

type Node = Snapshot['nodes'][number];

async function main() {
  const arg = (name: string) => process.argv.find((_, i) => process.argv[i - 1] === name);
  const sets = (arg('--sets')?.split(',') ?? ['price', 'leave', 'cosmetics', 'foodcheck']) as SetId[];
  const base = arg('--base') ?? 'h60m2-base';
  const pen = new RegExp(DEFAULT_LINK_OPTIONS.penaltyArticles!.text);
  for (const id of sets) {
    const { gold, snapshot: s, cands } = await loadDev(id, {}, base);
    const byId = new Map<string, Node>(s.nodes.map((n) => [n.key, n]));
    const idOf = new Map<string, string>();
    for (const [mid, ks] of measureKeys(s)) for (const k of ks) idOf.set(articleKey(k), mid);
    const score = new Map<string, number>();
    for (const r of cands.records) for (const c of r.candidates) score.set(`${r.lower}\t${c.higher}`, c.score);
    const a = (n: Node | undefined) => (n?.attributes ?? {}) as Record<string, any>;
    const docName = (mid: string) => a(byId.get(mid.split('#')[0])).name as string;
    const leaves = (doc: string) => s.nodes.filter((n) => a(n).type === 'Measure' && a(n).docId === doc && a(n).leaf && /条$/.test(a(n).path));
    const chapterName = (mid: string) => {
      const p = a(byId.get(mid)).path as string;
      const ch = p.split('/').find((x) => /章$/.test(x));
      const doc = mid.split('#')[0];
      const node = ch ? s.nodes.find((n) => a(n).docId === doc && a(n).path === ch) : undefined;
      return (a(node).name as string | undefined) ?? '';
    };
    const r = scoreLinks(gold, s);
    console.log(`\n== ${id}: ${r.falseNegatives.length} misses`);
    console.log('lower > higher | score | delegates | title term in higher (articles holding it) | heading term in higher (articles)');
    for (const key of r.falseNegatives) {
      const [lk, hk] = key.split('>');
      const [lo, hi] = [idOf.get(lk), idOf.get(hk)];
      if (!lo || !hi) { console.log(`${key} | structure`); continue; }
      const sc = score.get(`${lo}\t${hi}`);
      const htext = (a(byId.get(hi)).text as string).replace(/\s+/g, '');
      const hdoc = hi.split('#')[0];
      const free = leaves(hdoc).filter((n) => !pen.test((a(n).text as string).replace(/\s+/g, '')) && !/法律责任|罚则/.test(a(n).path));
      const holders = (terms: string[]) => {
        const inHi = terms.filter((t) => htext.includes(t));
        const n = free.filter((x) => terms.some((t) => (a(x).text as string).includes(t))).length;
        return inHi.length ? `${inHi.join(',')} (${n})` : `no (${n})`;
      };
      const title = runsOf(docName(lo), docName(hi));
      const head = runsOf(chapterName(lo), docName(hi));
      const tail = (k: string) => k.split('#')[1];
      console.log(`${tail(lk)} > ${tail(hk)} | ${sc === undefined ? '—' : sc.toFixed(3)} | ${DELEGATES.test(htext) ? 'yes' : 'no'} | ${holders(title)} | ${head.length ? holders(head) : 'no heading'}`);
    }
  }
}

if (process.argv[1]?.endsWith('ministry-table.ts')) void main();
