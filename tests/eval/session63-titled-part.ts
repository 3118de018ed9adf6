// Session 63 (helper licence2, issue 13): the ministry-genre development families' gold by the part of the higher text each
// link reaches (its chapter or section and heading, strong/weak), and the parts options.titledPart reads for each pair —
// the table TITLED_PART was written from (ingest/link/options.ts). Reads texts and gold only, no stage of ours but the rule's
// own reading of titles and headings. `npx tsx tests/eval/session63-titled-part.ts [--holders 2]`. Development sets only.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TITLED_PART } from '../../ingest/link/options.js';
import { parentPath, titledParts } from '../../ingest/link/titled-part.js';

const SETS = ['licence', 'leave', 'price', 'cosmetics', 'foodcheck', 'police'];
const root = join(import.meta.dirname, '../real');

/** The headings by unit path and the articles (…#第二章/第二节/第十九条) of a corpus file, read from its markdown. */
function parse(file: string): { headings: Record<string, string>; articles: { id: string; text: string }[] } {
  const headings: Record<string, string> = {};
  const articles: { id: string; text: string }[] = [];
  let [chapter, section] = ['', ''];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const h = line.match(/^#+\s*(第\S+?[章节])\s*(.*)/);
    if (h) {
      if (h[1].endsWith('章')) [chapter, section] = [h[1], ''];
      else section = `${chapter}/${h[1]}`;
      headings[section || chapter] = h[2];
      continue;
    }
    const a = line.match(/^(第\S+?条)\s/);
    const path = section || chapter;
    if (a) articles.push({ id: `#${path ? `${path}/` : ''}${a[1]}`, text: line });
    else if (articles.length && line.trim()) articles[articles.length - 1].text += line;
  }
  return { headings, articles };
}

const holders = Number(process.argv.find((_, i) => process.argv[i - 1] === '--holders')) || undefined;
for (const set of SETS) {
  const gold = JSON.parse(readFileSync(`${root}/${set}/gold/links.json`, 'utf8')) as { pairs: { lower: string; higher: string }[]; links: { lower: string; higher: string; strength: string }[] };
  for (const p of gold.pairs) {
    const { headings, articles } = parse(`${root}/${set}/corpus/${p.higher}`);
    const title = (f: string) => f.replace(/\(.*$/, '');
    const parts = titledParts(title(p.lower), title(p.higher), headings, { ...TITLED_PART, holders }, () => articles);
    console.log(`${set}: ${title(p.lower)} → ${title(p.higher)}; parts read: ${parts?.map((x) => `${x} ${headings[x]}`).join(', ') ?? 'none'}`);
    const count = new Map<string, number>();
    for (const l of gold.links) {
      if (!l.lower.startsWith(`${p.lower}#`) || !l.higher.startsWith(`${p.higher}#`)) continue;
      const path = parentPath(l.higher);
      const k = `${path || '(no chapter)'} ${headings[path] ?? ''} ${l.strength}`;
      count.set(k, (count.get(k) ?? 0) + 1);
    }
    for (const [k, n] of [...count].sort()) console.log(`  ${k}: ${n}`);
  }
}
