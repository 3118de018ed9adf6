// Synthetic corpora for benchmarks: plans assembled from the sample corpus's own sentences
// (deterministic PRNG), so that sizes grow without the copies being duplicates of each other.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PROVINCES = ['河北', '山西', '辽宁', '吉林', '黑龙江', '江苏', '浙江', '安徽', '福建', '江西', '山东', '河南', '湖北', '湖南', '广东', '海南', '四川', '贵州', '云南', '陕西', '甘肃', '青海'];
const SECTIONS = ['一', '二', '三', '四', '五', '六'];

export function sentencePool(corpusDir: string): string[] {
  const pool = new Set<string>();
  for (const f of readdirSync(corpusDir).filter((x) => x.endsWith('.txt')).sort()) {
    for (const s of readFileSync(join(corpusDir, f), 'utf8').split(/(?<=。)|\n/)) {
      const t = s.trim().replace(/^\d+[.、]/, '');
      if (t.length >= 15 && t.length <= 200 && t.endsWith('。') && !/[\u00c0-\u024f]|\(/.test(t)) pool.add(t);
    }
  }
  return [...pool];
}

/** The i-th synthetic plan: a provincial or national title, 3–6 sections of 2–5 items each. */
export function syntheticPlan(i: number, pool: string[]): { name: string; text: string } {
  const rnd = mulberry32(i + 1);
  const pick = () => pool[Math.floor(rnd() * pool.length)];
  const national = i % 10 === 0;
  const year = 2018 + (i % 7);
  const issuer = national ? `中国科协` : `${PROVINCES[i % PROVINCES.length]}省科协`;
  const title = `${issuer}${year}年科普工作要点（第${i}号）`;
  const lines = [title, `${year}年，${pick()}`];
  let item = 1;
  const nSections = 3 + Math.floor(rnd() * 4);
  for (let s = 0; s < nSections; s++) {
    lines.push(`${SECTIONS[s]}、${pick().slice(0, 18).replace(/[，。]/g, '')}`);
    const nItems = 2 + Math.floor(rnd() * 4);
    for (let k = 0; k < nItems; k++) lines.push(`${item++}.${pick()}${pick()}${rnd() < 0.3 ? `全年举办活动不少于${10 + Math.floor(rnd() * 90)}场。` : ''}`);
  }
  return { name: `synthetic-${String(i).padStart(5, '0')}.txt`, text: lines.join('\n') + '\n' };
}
