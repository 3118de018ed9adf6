// The held-out link families (link gold only: heritage 非物质文化遗产, weather 气象灾害防御) are the
// mirror's files, unedited, like the other real sets (sources.test.ts): every corpus file's git blob id
// equals the one sources.json records for its path in LawRefBook/Laws, no reserved document is here,
// and the link gold names only articles of corpus files, never links a lower document to one issued
// after it, and accounts for every lower article.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GoldLinks } from '../eval/links.js';

const blobId = (bytes: Buffer) => createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');

describe.each([
  ['real 非物质文化遗产 link family', new URL('./heritage/', import.meta.url)],
  ['real 气象灾害防御 link family', new URL('./weather/', import.meta.url)],
] as const)('%s', (_name, dir) => {
  const sources = JSON.parse(readFileSync(new URL('sources.json', dir), 'utf8')) as {
    commit: string;
    files: { file: string; source: string; blob: string }[];
  };
  const corpus = readdirSync(new URL('corpus/', dir)).sort();
  const text = (file: string) => readFileSync(new URL(`corpus/${file}`, dir), 'utf8');
  const gold = GoldLinks.parse(JSON.parse(readFileSync(new URL('gold/links.json', dir), 'utf8')));

  it('records the mirror commit and one source per corpus file', () => {
    expect(sources.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(sources.files.map((f) => f.file).sort()).toEqual(corpus);
  });

  it.each(sources.files.map((f) => [f.file, f] as const))('%s has the bytes of the mirror file', (file, f) => {
    expect(f.source.endsWith(`/${file}`)).toBe(true);
    expect(blobId(readFileSync(new URL(`corpus/${file}`, dir)))).toBe(f.blob);
  });

  it('holds none of the documents reserved for judging (科学技术, 科普 in the title)', () => {
    expect(corpus.filter((f) => /科学技术|科普/.test(f))).toEqual([]);
    expect(corpus.map((f) => text(f).split('\n')[0]!).filter((t) => /科学技术|科普/.test(t))).toEqual([]);
  });

  it('annotates pairs of corpus files, each lower issued after its higher (date in the file name)', () => {
    const date = (f: string) => /\((\d{4}-\d{2}-\d{2})\)\.md$/.exec(f)![1]!;
    for (const p of gold.pairs) {
      expect(corpus).toEqual(expect.arrayContaining([p.lower, p.higher]));
      expect(date(p.lower) > date(p.higher), `${p.lower} → ${p.higher}`).toBe(true);
    }
  });

  it('names only articles that are in the texts, within the annotated pairs', () => {
    const article = (ref: string) => {
      const [file, path] = ref.split('#') as [string, string];
      return { file, art: path.split('/').pop()! };
    };
    const inText = (ref: string) => {
      const { file, art } = article(ref);
      return new RegExp(`^${art}[ 　]`, 'm').test(text(file));
    };
    for (const l of gold.links) {
      expect(inText(l.lower), l.lower).toBe(true);
      expect(inText(l.higher), l.higher).toBe(true);
      expect(gold.pairs.some((p) => l.lower.startsWith(`${p.lower}#`) && l.higher.startsWith(`${p.higher}#`)), `${l.lower} → ${l.higher}`).toBe(true);
    }
    for (const u of gold.unlinked) expect(inText(u), u).toBe(true);
  });

  it('accounts for every article of every lower document: linked or listed as unlinked, not both', () => {
    const linked = new Set(gold.links.map((l) => l.lower));
    expect(gold.unlinked.filter((u) => linked.has(u))).toEqual([]);
    for (const lower of new Set(gold.pairs.map((p) => p.lower))) {
      const articles = [...text(lower).matchAll(/^(第[一二三四五六七八九十百]+条)[ 　]/gm)].map((m) => m[1]);
      const named = [...linked, ...gold.unlinked].filter((r) => r.startsWith(`${lower}#`)).map((r) => r.split('/').pop()!.split('#').pop());
      expect(new Set(named), lower).toEqual(new Set(articles));
    }
  });
});
