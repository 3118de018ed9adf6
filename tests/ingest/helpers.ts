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
