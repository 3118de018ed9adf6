// Synthetic plans with ground truth: national plans per year, provincial plans that carry the
// national measures down and municipal plans that carry the provincial ones, each carried
// measure reworded the way real lower-level plans do (region renamed, numbers changed, clauses
// dropped, inserted and reordered), some left out on purpose (gaps), mixed with local measures.
// Everything follows from the seed (mulberry32), so the same seed gives the same corpus.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { measureId, nodeId } from '../../graph-schema/index.js';
import { mulberry32 } from '../synthetic.js';

export interface Region {
  name: string;
  short: string;
  level: 'province' | 'city';
  parent?: string;
}
export interface Item {
  /** Path as the structure stage writes it: section numeral / item number. */
  path: string;
  text: string;
  /** Path of the measure of the parent plan this one carries down, if any. */
  carries?: string;
}
export interface Plan {
  title: string;
  level: 'national' | 'provincial' | 'municipal';
  region: string;
  year: number;
  issuer: string;
  date: string;
  preamble: string;
  sections: { heading: string; items: Item[] }[];
  /** Title of the plan it carries measures from. */
  parent?: string;
  /** Paths of the parent's measures left out on purpose. */
  omitted: string[];
}

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const LOCAL_CLAUSES = ['结合本地实际', '因地制宜', '突出地方特色', '坚持问题导向', '强化部门协同', '加大财政投入力度', '建立工作台账'];
const ROOT = join(import.meta.dirname, '..', '..');

export function readRegions(): Region[] {
  const out: Region[] = [];
  for (const line of readFileSync(join(ROOT, 'ingest', 'lexicon', 'regions.txt'), 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [name, level, parent, short] = line.split('|').map((s) => s.trim());
    if (level !== 'province' && level !== 'city') continue;
    out.push({ name, short: short || name.replace(/(省|市|自治区|壮族自治区|回族自治区|维吾尔自治区)$/, ''), level, parent: parent === '-' ? undefined : parent });
  }
  return out;
}

/** The plans of a corpus of `docs` documents: per year a national plan, then every province's,
 *  then every city's (a city's province always comes first in the same year). */
export function planCorpus(docs: number, seed: number, pool: string[]): Plan[] {
  const regions = readRegions();
  const provinces = regions.filter((r) => r.level === 'province');
  const cities = regions.filter((r) => r.level === 'city' && provinces.some((p) => p.name === r.parent));
  const perYear = 1 + provinces.length + cities.length;
  const rnd = mulberry32(seed);
  // National measures and local measures come from disjoint halves of the sentence pool, so a
  // local measure shares no passage with a national one except by the planted carrying-down.
  const nationalPool = pool.filter((_, i) => i % 2 === 0);
  const localPool = pool.filter((_, i) => i % 2 === 1);
  const plans: Plan[] = [];
  const byTitle = new Map<string, Plan>();
  for (let i = 0; i < docs; i++) {
    const year = 2000 + Math.floor(i / perYear);
    const slot = i % perYear;
    let plan: Plan;
    if (slot === 0) plan = nationalPlan(year, rnd, nationalPool);
    else {
      const region = slot <= provinces.length ? provinces[slot - 1] : cities[slot - 1 - provinces.length];
      const parentTitle = region.level === 'province' ? nationalTitle(year) : regionalTitle(regions.find((r) => r.name === region.parent)!, year);
      const parent = byTitle.get(parentTitle) ?? byTitle.get(nationalTitle(year))!;
      plan = lowerPlan(parent, region, year, rnd, localPool);
    }
    plans.push(plan);
    byTitle.set(plan.title, plan);
  }
  return plans;
}

const nationalTitle = (year: number) => `中国科协${year}年科普工作要点`;
const regionalTitle = (r: Region, year: number) => `${r.name}科协${year}年科普工作要点`;

function nationalPlan(year: number, rnd: () => number, pool: string[]): Plan {
  const pick = () => pool[Math.floor(rnd() * pool.length)];
  const sections: Plan['sections'] = [];
  const nSections = 4 + Math.floor(rnd() * 3);
  for (let s = 0; s < nSections; s++) {
    const items: Item[] = [];
    const nItems = 3 + Math.floor(rnd() * 3);
    for (let k = 0; k < nItems; k++) items.push({ path: `${NUMERALS[s]}/${k + 1}`, text: `${pick()}${pick()}` });
    sections.push({ heading: heading(pick()), items });
  }
  return {
    title: nationalTitle(year),
    level: 'national',
    region: '全国',
    year,
    issuer: '中国科协科学技术普及部',
    date: `${year}年3月${1 + Math.floor(rnd() * 27)}日`,
    preamble: `${year}年科普工作的总体要求是：${pick()}`,
    sections,
    omitted: [],
  };
}

/** A date of `year` 1–90 days after the parent's (28-day months, at most 12月28日): a lower plan is
 *  issued after the plan it carries down, as in real cascades, so every planted link is one the
 *  linker's date rule allows (before, a city's plan was dated independently of its province's and
 *  21–47 % of the planted links pointed to a plan issued later). */
function dateAfter(parentDate: string, year: number, rnd: () => number): string {
  const m = /(\d+)年(\d+)月(\d+)日/.exec(parentDate);
  const start = m ? (Number(m[2]) - 1) * 28 + Number(m[3]) : 0;
  const day = Math.min(12 * 28, start + 1 + Math.floor(rnd() * 90));
  return `${year}年${Math.floor((day - 1) / 28) + 1}月${((day - 1) % 28) + 1}日`;
}

function lowerPlan(parent: Plan, region: Region, year: number, rnd: () => number, pool: string[]): Plan {
  const pick = () => pool[Math.floor(rnd() * pool.length)];
  const omitted: string[] = [];
  const sections: Plan['sections'] = [];
  for (const [s, section] of parent.sections.entries()) {
    const items: Item[] = [];
    for (const item of section.items) {
      if (rnd() < 0.2) {
        omitted.push(item.path);
        continue;
      }
      items.push({ path: '', text: rework(item.text, region, rnd), carries: item.path });
    }
    // Local measures, placed anywhere in the section.
    const nLocal = rnd() < 0.5 ? 1 : Math.floor(rnd() * 3);
    for (let k = 0; k < nLocal; k++) items.splice(Math.floor(rnd() * (items.length + 1)), 0, { path: '', text: `${pick()}${pick()}` });
    if (items.length === 0) continue;
    items.forEach((it, k) => (it.path = `${NUMERALS[sections.length]}/${k + 1}`));
    sections.push({ heading: section.heading.replace(/全国/g, `全${region.level === 'province' ? '省' : '市'}`), items });
    void s;
  }
  return {
    title: regionalTitle(region, year),
    level: region.level === 'province' ? 'provincial' : 'municipal',
    region: region.name,
    year,
    issuer: `${region.name}科学技术协会`,
    date: dateAfter(parent.date, year, rnd),
    preamble: `${year}年${region.name}科协科普工作的总体要求是：${pick()}`,
    sections,
    parent: parent.title,
    omitted,
  };
}

/** A carried measure as a lower level writes it. */
export function rework(text: string, region: Region, rnd: () => number): string {
  const own = region.level === 'province' ? '省' : '市';
  let t = text
    .replace(/全国/g, `全${own}`)
    .replace(/各省、自治区、直辖市/g, `各${region.level === 'province' ? '市（州）' : '区县'}`)
    .replace(/中国科协/g, `${own}科协`);
  // Numbers scaled down for a smaller jurisdiction (years left alone).
  t = t.replace(/\d+(?![年\d])/g, (n) => String(Math.max(1, Math.round(Number(n) * (0.1 + rnd() * 0.4)))));
  const sentences = t.split(/(?<=。)/).filter(Boolean);
  const out = sentences.map((sentence) => {
    const clauses = sentence.replace(/。$/, '').split('，');
    if (clauses.length >= 3 && rnd() < 0.3) clauses.splice(1 + Math.floor(rnd() * (clauses.length - 1)), 1); // drop
    if (clauses.length >= 2 && rnd() < 0.3) {
      const i = Math.floor(rnd() * (clauses.length - 1)); // reorder two neighbours
      [clauses[i], clauses[i + 1]] = [clauses[i + 1], clauses[i]];
    }
    if (rnd() < 0.3) clauses.splice(Math.floor(rnd() * (clauses.length + 1)), 0, LOCAL_CLAUSES[Math.floor(rnd() * LOCAL_CLAUSES.length)]); // insert
    return `${clauses.join('，')}。`;
  });
  return `${rnd() < 0.5 ? `${region.short}要` : ''}${out.join('')}`;
}

function heading(sentence: string): string {
  return sentence.slice(0, 16).replace(/[，。、；：“”《》（）]/g, '');
}

/** The plan as plain text, in the shape of the sample's plans. */
export function planText(plan: Plan): string {
  const lines = [plan.title, '', plan.preamble];
  for (const [s, section] of plan.sections.entries()) {
    lines.push(`${NUMERALS[s]}、${section.heading}`);
    for (const [k, item] of section.items.entries()) lines.push(`${k + 1}.${item.text}`);
  }
  lines.push('', plan.issuer, plan.date);
  return lines.join('\n') + '\n';
}

/** Planted IMPLEMENTS links (lower measure id → higher measure id) and gaps, by snapshot ids. */
export function plantedTruth(plans: Plan[]): { links: { lower: string; higher: string }[]; gaps: { lowerDoc: string; higher: string }[] } {
  const docId = (title: string) => nodeId('Document', title);
  const links: { lower: string; higher: string }[] = [];
  const gaps: { lowerDoc: string; higher: string }[] = [];
  for (const plan of plans) {
    if (!plan.parent) continue;
    for (const section of plan.sections) {
      for (const item of section.items) {
        if (item.carries) links.push({ lower: measureId(docId(plan.title), item.path), higher: measureId(docId(plan.parent), item.carries) });
      }
    }
    for (const path of plan.omitted) gaps.push({ lowerDoc: docId(plan.title), higher: measureId(docId(plan.parent), path) });
  }
  return { links, gaps };
}
