// Session 51 (helper link, issue 13): does a reader's cue for the promotion families' orphan misses separate gold from
// non-gold before any rule is built? A lower article the snapshot links to nothing (an orphan) carries, by the gold, an
// article of the law it shares one specific word with (广东乡村振兴 第二十五条 普及卫生厕所 → 乡村振兴促进法 第三十七条 …推广卫生
// 厕所…; 北京中小企业 第二十三条 …发行债券… → 中小企业促进法 第十八条 …债券市场…); or one in the chapter of the same title (第三章
// 融资促进 ↔ 第三章 资金支持 is no match; 第四章 市场开拓 ↔ 第六章 市场开拓 is). Each reading below names at most one higher
// article per orphan lower article and higher document; the pairs it names are counted gold / not per set (a rule adding
// partial links raises a set's F1 only where its gold share passes F1/2).
//   terms     the lower article's words of the law (a Han substring, 2 to 6 characters, that is a word of the background
//             table ingest/lexicon/background-df.txt found in at most `bgMax` of its documents) in at most `maxDf` of the
//             higher document's articles (and `lowerDf` of the lower document's); each votes 1/df for the articles holding
//             it; the best article kept when its vote reaches `min` and beats the second's by `margin`
//             (--first: the lower article's first sentence only; --list: the word inside a 、 list of the higher article;
//             --umbrella: only higher articles opening 国家 / 国务院 / 各级人民政府 / 县级以上…人民政府; --agree: the voted
//             article is also the lower article's best recorded candidate; --mutual: the lower article is the
//             voted article's best recorded lower article; --min-score: its recorded score at least this)
//   chapter   (--chapter) the higher chapter whose title shares a bigram with the lower article's chapter title (总则, 附则,
//             管理, 保障, 促进, 服务… left out), when exactly one does; its best recorded candidate of the lower article, kept
//             from --min-score and (--terms k) sharing at least k words of the law as above
//   title     (--title) each bigram of the lower article's chapter title (the generic words above left out) that the lower
//             article holds and at most `maxDf` higher articles hold: each such article named
// `npx tsx tests/eval/session51-link.ts [--sets a,b] [--tag t] [--rows] [--max-df n] [--lower-df n] [--bg-max n]
// [--min v] [--margin v] [--first] [--list] [--umbrella] [--agree] [--mutual] [--min-score s] [--chapter [--terms k]] [--title]`. The cache tag
// (default h51l-base) comes from `links-grid.ts --fresh --tag …` with the same sets. Dev sets only (dev-cache.ts).
import { readFileSync } from 'node:fs';
import type { Snapshot } from '../../graph-schema/index.js';
import { articleKey, DEV_REGULATION_SETS, loadDev } from './dev-cache.js';
import { SETS, type SetId } from './sets.js';

interface Article {
  key: string;
  text: string;
  chapter: string;
}

/** The articles of a corpus markdown file, each with the title of its chapter ('' outside one). */
export function readArticles(file: string): Article[] {
  const out: Article[] = [];
  const name = file.split('/').pop()!;
  let chapter = '';
  let open = false;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const l = line.replace(/\u200b/g, '').trim();
    if (!l) continue;
    if (l.startsWith('#')) {
      const c = /第[一二三四五六七八九十]+章[\s　]*(.*)$/.exec(l);
      if (c) chapter = c[1].replace(/[\s　]/g, '');
      else if (/^##/.test(l) && !/第.+节/.test(l)) chapter = '';
      open = false;
      continue;
    }
    const m = /^(第[一二三四五六七八九十百零]+条)[\s　]/.exec(l);
    if (m) {
      out.push({ key: `${name}#${m[1]}`, text: l.slice(m[0].length), chapter });
      open = true;
    } else if (open) out[out.length - 1].text += '\n' + l;
  }
  return out;
}

let background: Map<string, number> | undefined;
function backgroundWords(): Map<string, number> {
  if (background) return background;
  background = new Map();
  const file = new URL('../../ingest/lexicon/background-df.txt', import.meta.url);
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [w, c] = line.split('\t');
    if (/^[\u4e00-\u9fff]+$/.test(w)) background.set(w, Number(c));
  }
  return background;
}

/** The words of the background table in a text (Han substrings of 2 to 6 characters) found in at most `bgMax` documents. */
export function lawWords(text: string, bgMax: number): Set<string> {
  const bg = backgroundWords();
  const out = new Set<string>();
  for (const run of text.match(/[\u4e00-\u9fff]+/g) ?? [])
    for (let n = 2; n <= 6; n++)
      for (let i = 0; i + n <= run.length; i++) {
        const w = run.slice(i, i + n);
        const c = bg.get(w);
        if (c !== undefined && c <= bgMax) out.add(w);
      }
  return out;
}

const GENERIC_TITLE = /总则|附则|法律责任|监督|管理|保障|促进|工作|其他|服务/g;
const UMBRELLA = /^(?:国家|国务院|各级人民政府|地方各级人民政府|县级以上(?:地方)?(?:各级)?人民政府)/;
const titleBigrams = (c: string) => {
  const out = new Set<string>();
  for (const run of c.replace(GENERIC_TITLE, '|').split('|')) for (let i = 0; i + 2 <= run.length; i++) out.add(run.slice(i, i + 2));
  return out;
};

export interface Reading {
  maxDf: number;
  lowerDf: number;
  bgMax: number;
  min: number;
  margin: number;
  first: boolean;
  list: boolean;
  umbrella: boolean;
  agree: boolean;
  mutual: boolean;
  minScore: number;
  chapter: boolean;
  title: boolean;
  terms: number;
}

export interface Row {
  set: string;
  lower: string;
  higher: string;
  gold: boolean;
  score: number;
  why: string;
}

/** The pairs a reading names on one dev set (a cached ingest under `tag`), never one the snapshot links. */
export async function readingRows(id: SetId, r: Reading, tag: string): Promise<Row[]> {
  const set = SETS[id];
  const d = await loadDev(id, {}, tag);
  const gold = new Set(d.gold.links.map((l) => `${articleKey(l.lower)}>${articleKey(l.higher)}`));
  const snap: Snapshot = d.snapshot;
  const sourceOf = new Map<string, string>();
  for (const n of snap.nodes) if (n.attributes.type === 'Document') sourceOf.set(n.key, ((n.attributes as { sources?: string[] }).sources ?? [n.key])[0]);
  const keyOf = (x: string) => {
    const [doc, rest] = x.split('#');
    return articleKey(`${sourceOf.get(doc) ?? doc}#${rest}`);
  };
  const linked = new Set<string>();
  const linkedLower = new Set<string>();
  for (const e of snap.edges)
    if (e.attributes?.type === 'IMPLEMENTS') {
      linked.add(`${keyOf(e.source)}>${keyOf(e.target)}`);
      linkedLower.add(keyOf(e.source));
    }
  const score = new Map<string, number>();
  const bestOf = new Map<string, string>();
  // The best recorded lower article of each higher article (`mutual`).
  const bestLower = new Map<string, [string, number]>();
  for (const rec of d.cands.records)
    for (const c of rec.candidates) {
      // Per lower document: a link never depends on which other documents are ingested.
      const h = `${keyOf(rec.lower).split('#')[0]}|${keyOf(c.higher)}`;
      const had = bestLower.get(h);
      if (!had || c.score > had[1]) bestLower.set(h, [keyOf(rec.lower), c.score]);
    }
  for (const rec of d.cands.records) {
    let top = -1;
    for (const c of rec.candidates) {
      score.set(`${keyOf(rec.lower)}>${keyOf(c.higher)}`, c.score);
      if (c.score > top) {
        top = c.score;
        bestOf.set(keyOf(rec.lower), keyOf(c.higher));
      }
    }
  }
  const dir = set.corpus;
  const rows: Row[] = [];
  for (const p of d.gold.pairs) {
    let lo: Article[], hi: Article[];
    try {
      [lo, hi] = [readArticles(`${dir}/${p.lower}`), readArticles(`${dir}/${p.higher}`)];
    } catch {
      continue;
    }
    const hw = hi.map((a) => lawWords(a.text, r.bgMax));
    const df = new Map<string, number>();
    for (const ws of hw) for (const w of ws) df.set(w, (df.get(w) ?? 0) + 1);
    const lw = lo.map((a) => lawWords(r.first ? a.text.split(/[。\n]/)[0] : a.text, r.bgMax));
    const ldf = new Map<string, number>();
    for (const ws of lo.map((a) => lawWords(a.text, r.bgMax))) for (const w of ws) ldf.set(w, (ldf.get(w) ?? 0) + 1);
    const items = hi.map((a) => a.text.split(/[，；。：\n]/).filter((c) => (c.match(/、/g) ?? []).length >= 2).flatMap((c) => c.split('、')));
    const chapters = [...new Set(hi.map((h) => h.chapter).filter(Boolean))];
    const isTerm = (w: string) => (df.get(w) ?? 0) >= 1 && df.get(w)! <= r.maxDf && (ldf.get(w) ?? 0) <= r.lowerDf;
    lo.forEach((a, li) => {
      const lower = articleKey(a.key);
      if (linkedLower.has(lower)) return;
      let k = -1;
      let why = '';
      if (r.title) {
        // The lower chapter's title words (bigrams, generic ones left out) in at most `maxDf` higher articles, also in the
        // lower article: each such higher article named (several may be).
        const ks = new Set<number>();
        const words: string[] = [];
        for (const b of titleBigrams(a.chapter)) {
          if (!a.text.includes(b)) continue;
          const holders = hi.map((h, j) => (h.text.includes(b) ? j : -1)).filter((j) => j >= 0);
          if (!holders.length || holders.length > r.maxDf) continue;
          words.push(b);
          for (const j of holders) ks.add(j);
        }
        for (const j of ks) {
          const key = `${lower}>${articleKey(hi[j].key)}`;
          if (linked.has(key)) continue;
          const sc = score.get(key) ?? -1;
          if (sc < r.minScore) continue;
          rows.push({ set: id, lower, higher: articleKey(hi[j].key), gold: gold.has(key), score: sc, why: `${a.chapter}: ${words.join(' ')}` });
        }
        return;
      }
      if (r.chapter) {
        const tb = titleBigrams(a.chapter);
        const ms = a.chapter ? chapters.filter((c) => [...titleBigrams(c)].some((x) => tb.has(x))) : [];
        if (ms.length !== 1) return;
        let top = -1;
        hi.forEach((h, j) => {
          const v = score.get(`${lower}>${articleKey(h.key)}`) ?? -1;
          if (h.chapter === ms[0] && v > top) [k, top] = [j, v];
        });
        if (k < 0) return;
        const shared = [...lw[li]].filter((w) => hw[k].has(w) && isTerm(w));
        if (shared.length < r.terms) return;
        why = `${a.chapter} → ${ms[0]}: ${shared.join(' ')}`;
      } else {
        const votes = new Map<number, string[]>();
        for (const w of lw[li]) {
          if (!isTerm(w)) continue;
          hw.forEach((ws, j) => {
            if (!ws.has(w) || (r.umbrella && !UMBRELLA.test(hi[j].text)) || (r.list && !items[j].some((it) => it.includes(w)))) return;
            (votes.get(j) ?? votes.set(j, []).get(j)!).push(w);
          });
        }
        const ranked = [...votes].map(([j, ws]) => ({ j, ws, v: ws.reduce((t, w) => t + 1 / df.get(w)!, 0) })).sort((x, y) => y.v - x.v);
        if (!ranked.length) return;
        const [b1, b2] = ranked;
        if (b1.v < r.min - 1e-9 || b1.v - (b2?.v ?? 0) < r.margin - 1e-9) return;
        k = b1.j;
        why = `vote ${b1.v.toFixed(2)} / ${(b2?.v ?? 0).toFixed(2)}: ${b1.ws.join(' ')}`;
      }
      const higher = articleKey(hi[k].key);
      const key = `${lower}>${higher}`;
      if (linked.has(key)) return;
      const sc = score.get(key) ?? -1;
      if (sc < r.minScore) return;
      if (r.agree && bestOf.get(lower) !== higher) return;
      if (r.mutual && bestLower.get(`${lower.split('#')[0]}|${higher}`)?.[0] !== lower) return;
      rows.push({ set: id, lower, higher, gold: gold.has(key), score: sc, why });
    });
  }
  return rows;
}

async function main() {
  const arg = (name: string) => process.argv.find((_, i) => process.argv[i - 1] === name);
  const num = (name: string, dflt: number) => (arg(name) === undefined ? dflt : Number(arg(name)));
  const flag = (name: string) => process.argv.includes(name);
  const sets = (arg('--sets')?.split(',') ?? DEV_REGULATION_SETS) as SetId[];
  const r: Reading = {
    maxDf: num('--max-df', 1),
    lowerDf: num('--lower-df', 99),
    bgMax: num('--bg-max', 300),
    min: num('--min', 1),
    margin: num('--margin', 1),
    first: flag('--first'),
    list: flag('--list'),
    umbrella: flag('--umbrella'),
    agree: flag('--agree'),
    mutual: flag('--mutual'),
    minScore: num('--min-score', -9),
    chapter: flag('--chapter'),
    title: flag('--title'),
    terms: num('--terms', 0),
  };
  let [g, n] = [0, 0];
  const per: string[] = [];
  for (const id of sets) {
    const rows = await readingRows(id, r, arg('--tag') ?? 'h51l-base');
    const gs = rows.filter((x) => x.gold).length;
    [g, n] = [g + gs, n + rows.length - gs];
    if (rows.length) per.push(`${id} ${gs}/${rows.length - gs}`);
    if (flag('--rows')) for (const x of rows) console.log(`${x.set}\t${x.gold ? 'GOLD' : 'not'}\t${x.lower.replace(/\(\d{4}-\d\d-\d\d\)\.md/, '')} > ${x.higher.replace(/\(\d{4}-\d\d-\d\d\)\.md/, '')}\t${x.score}\t${x.why}`);
  }
  console.log(`gold / not: ${g} / ${n} (${per.join(', ')})`);
}

if (import.meta.url === `file://${process.argv[1]}`) void main();
