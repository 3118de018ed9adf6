// The gold files themselves: they parse, they are consistent, and what they name is in the text.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENTITY_TYPES } from '../../graph-schema/index.js';
import { loadGoldFiles, resolveGold } from './gold.js';
import { isPointer, type GoldDocument } from './gold-schema.js';
import { normaliseName } from './normalise.js';
import { ROOT } from './snapshot-source.js';
import { SET_IDS, SETS } from './sets.js';

const files = await loadGoldFiles();
const gold = resolveGold(files.map((f) => f.gold));
// Every set's gold is checked the same way against its own corpus (sets.ts).
const allSets = await Promise.all(
  SET_IDS.map(async (id) => {
    const set = SETS[id];
    const docs = resolveGold((await loadGoldFiles(set.gold)).map((f) => f.gold)).documents;
    return docs.map((g) => [`${id}/${g.file}`, g, (file: string) => readFileSync(join(set.corpus, file), 'utf8')] as const);
  }),
).then((a) => a.flat());
const inText = (text: string) => {
  const t = normaliseName(text);
  // A title printed over two Markdown heading lines (# 中华人民共和国民法典 / # 侵权责任编) is one name.
  const headings = normaliseName(text.replace(/\n#+\s*/g, ''));
  return (s: string) => t.includes(normaliseName(s)) || headings.includes(normaliseName(s));
};
const names = (g: GoldDocument) => ENTITY_TYPES.flatMap((t) => g.entities[t].map((name) => ({ type: t, name })));

describe('gold files', () => {
  it('has one gold file for every corpus text file', () => {
    const corpus = readdirSync(resolve(ROOT, 'corpus')).filter((f) => f.endsWith('.txt')).sort();
    expect(files.map((f) => f.gold.file).sort()).toEqual(corpus);
  });

  it('names each gold file after the corpus file it annotates', () => {
    for (const f of files) expect(f.path.endsWith(f.gold.file.replace(/\.txt$/, '.json'))).toBe(true);
  });

  it('skips gold files of other kinds, such as links.json', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gold-'));
    writeFileSync(join(dir, '002_x.json'), JSON.stringify({ file: '002_x.txt', sameAs: '003_y.txt' }));
    writeFileSync(join(dir, 'links.json'), JSON.stringify({ pairs: [], links: [] }));
    expect((await loadGoldFiles(dir)).map((f) => f.gold.file)).toEqual(['002_x.txt']);
  });

  it('points every duplicate at a gold document', () => {
    for (const p of files.map((f) => f.gold).filter(isPointer)) {
      expect(gold.documents.map((d) => d.file)).toContain(p.sameAs);
    }
  });
});

describe.each(allSets)('gold %s', (_file, g, textOf) => {
  const corpusText = textOf;
  const has = inText(corpusText(g.file));

  it('has no duplicate names within a type', () => {
    for (const t of ENTITY_TYPES) {
      const normalised = g.entities[t].map(normaliseName);
      expect(normalised.filter((n, i) => normalised.indexOf(n) !== i), t).toEqual([]);
    }
  });

  it('puts no name in two types', () => {
    const all = names(g).map((n) => normaliseName(n.name));
    expect(all.filter((n, i) => all.indexOf(n) !== i)).toEqual([]);
  });

  it('keys aliases by entity names of the document (or by its issuer and history bodies)', () => {
    const bodies = [g.document.issuer, ...(g.document.history ?? []).map((h) => h.by)].filter((b): b is string => !!b);
    const known = new Set([...names(g).map((n) => n.name), ...bodies]);
    expect(Object.keys(g.aliases).filter((k) => !known.has(k))).toEqual([]);
  });

  it('uses no alias that is another entity’s canonical name', () => {
    const canonical = new Set(names(g).map((n) => normaliseName(n.name)));
    const clashes = Object.entries(g.aliases).flatMap(([k, as]) =>
      as.filter((a) => normaliseName(a) !== normaliseName(k) && canonical.has(normaliseName(a))),
    );
    expect(clashes).toEqual([]);
  });

  it('annotates only entities whose name or an alias occurs in the text', () => {
    const absent = names(g).filter((n) => ![n.name, ...(g.aliases[n.name] ?? [])].some(has));
    expect(absent).toEqual([]);
  });

  it('cites only titles that occur in the text', () => {
    const absent = g.citedDocuments.filter(
      (c) => ![c.name, ...(c.aliases ?? []), ...(c.abbreviation ? [`《${c.abbreviation}》`] : [])].some(has),
    );
    expect(absent).toEqual([]);
  });

  it('reads every target from a fragment of the text that holds its value', () => {
    const bad = g.targets.filter((t) => !has(t.text) || !/[\d一二三四五六七八九十百千万两]/.test(t.text.normalize('NFKC')));
    expect(bad).toEqual([]);
  });

  it('takes the document name and number from the text', () => {
    expect(has(g.document.name)).toBe(true);
    if (g.document.docNumber) expect(has(g.document.docNumber)).toBe(true);
  });

  it('finds every measure path’s numbering in the text', () => {
    const text = corpusText(g.file).normalize('NFKC');
    const lines = text.split('\n').map((l) => l.trim());
    const missing = g.measures.paths.filter((path) => {
      const parts = path.normalize('NFKC').split('/');
      const last = parts[parts.length - 1]!;
      if (/^\d+$/.test(last)) return !lines.some((l) => new RegExp(`^${last}[.、]`).test(l));
      if (last.startsWith('(')) return !lines.some((l) => l.startsWith(last));
      if (last.endsWith('条')) return !lines.some((l) => new RegExp(`^${last}\\s`).test(l));
      return !lines.some((l) => l.startsWith(`${last}、`));
    });
    expect(missing).toEqual([]);
  });
});

describe.each(allSets.filter(([, g]) => g.document.history !== undefined))('regulation gold %s', (_file, g, textOf) => {
  // Full-width digits (２０１２年１２月３日, a ministry's rule) are the same date.
  const text = textOf(g.file).normalize('NFKC');
  it('lists its history oldest first, each date written in the text', () => {
    const h = g.document.history ?? [];
    expect(h.map((e) => e.date)).toEqual([...h.map((e) => e.date)].sort());
    const dates = h.filter((e) => {
      const [y, m, d] = e.date.split('-').map(Number);
      return !text.includes(`${y}年${m}月${d}日`);
    });
    expect(dates).toEqual([]);
  });

  it('dates the version by its last history event, or leaves it null when none is printed', () => {
    const h = g.document.history ?? [];
    if (h.length === 0) expect(g.document.issuedOn).toBeNull();
    else expect(g.document.issuedOn! >= h[h.length - 1]!.date).toBe(true);
    // Undated, the year is null unless the document's own number prints it (法释〔2022〕16号 → 2022).
    const numberYear = g.document.docNumber?.match(/〔(\d{4})〕/)?.[1];
    expect(g.document.year).toBe(g.document.issuedOn ? Number(g.document.issuedOn.slice(0, 4)) : numberYear ? Number(numberYear) : null);
  });

  it('numbers its articles 第一条 … in order, each once', () => {
    const articles = g.measures.paths.map((p) => p.split('/').pop()!);
    expect(new Set(articles).size).toBe(articles.length);
  });
});
