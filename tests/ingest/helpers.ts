// Runs the pure stages on one corpus file, for tests of structure, extract and link.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { clean } from '../../ingest/clean/index.js';
import { structure } from '../../ingest/structure/index.js';
import { extract } from '../../ingest/extract/index.js';
import { loadLexicon } from '../../ingest/lexicon/load.js';

export const lexicon = loadLexicon();
export const CORPUS = join(import.meta.dirname, '../../corpus');

export function structured(file: string, text = readFileSync(join(CORPUS, file), 'utf8')) {
  const doc = structure(file, clean(text, lexicon), lexicon);
  if (!doc) throw new Error(`no structure in ${file}`);
  return doc;
}

export function extracted(file: string, text?: string) {
  const doc = structured(file, text);
  return { doc, ...extract(doc, lexicon) };
}

type Structured = ReturnType<typeof structured>;

/** A law's text of one's own making, structured: a title line, a blank line, the body. */
export const lawOf = (title: string) => (body: string): Structured => structured('x.txt', `${title}\n\n${body}`);

/** The chapters of a structured text as `path name` (第二章 规划). */
export const chaptersOf = (doc: Structured): string[] => doc.units.filter((u) => u.kind === 'chapter').map((u) => `${u.path} ${u.name}`);

/** The text of the unit at `path`. */
export const unitText = (doc: Structured, path: string): string => {
  const u = doc.units.find((x) => x.path === path)!;
  return doc.text.slice(u.span[0], u.span[1]);
};
