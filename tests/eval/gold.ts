// Reading the gold files (the one place the eval touches tests/gold/) and resolving duplicates:
// a pointer file (002 → 003) is scored through the document it points to.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { GoldFile, isMetaOnly, isPointer, type GoldDocument, type GoldPointer } from './gold-schema.js';
import { EvalError } from './errors.js';

export const GOLD_DIR = new URL('../gold/', import.meta.url);

export interface GoldSet {
  documents: GoldDocument[];
  pointers: GoldPointer[];
  /** Files whose gold is metadata only: their extraction categories are not scored. */
  metaOnly?: Set<string>;
}

export async function loadGoldFiles(dir: string | URL = GOLD_DIR): Promise<{ path: string; gold: GoldFile }[]> {
  const path = typeof dir === 'string' ? dir : fileURLToPath(dir);
  const names = (await readdir(path)).filter((n) => n.endsWith('.json')).sort();
  const out: { path: string; gold: GoldFile }[] = [];
  for (const name of names) {
    const file = join(path, name);
    let json: unknown;
    try {
      json = JSON.parse(await readFile(file, 'utf8'));
    } catch (cause) {
      throw new EvalError('invalid-gold', `eval: gold file ${file} is not valid JSON`, { cause });
    }
    // Other gold kinds live beside the per-document files (links.json: IMPLEMENTS pairs).
    if (!isDocumentGold(json)) continue;
    const parsed = GoldFile.safeParse(json);
    if (!parsed.success) {
      throw new EvalError('invalid-gold', `eval: gold file ${file} does not match the gold schema:\n${z.prettifyError(parsed.error)}`);
    }
    out.push({ path: file, gold: parsed.data });
  }
  return out;
}

/** A per-document gold file (annotation or duplicate pointer) names its corpus file in `file`. */
function isDocumentGold(json: unknown): boolean {
  return typeof json === 'object' && json !== null && 'file' in json;
}

/** Splits documents from pointers and checks every pointer lands on a document. */
export function resolveGold(files: GoldFile[]): GoldSet {
  const metaOnly = new Set(files.filter(isMetaOnly).map((g) => g.file));
  // A metadata-only gold is a document with nothing to extract; the scorer leaves those categories out.
  const documents = files
    .filter((g) => !isPointer(g))
    .map((g): GoldDocument => (isMetaOnly(g) ? { file: g.file, document: g.document, aliases: g.aliases ?? {}, ...NO_EXTRACTION } : (g as GoldDocument)));
  const pointers = files.filter(isPointer);
  const known = new Set(documents.map((d) => d.file));
  for (const p of pointers) {
    if (!known.has(p.sameAs)) {
      throw new EvalError('invalid-gold', `eval: gold pointer ${p.file} points to ${p.sameAs}, which has no gold document`);
    }
  }
  return metaOnly.size ? { documents, pointers, metaOnly } : { documents, pointers };
}

const NO_EXTRACTION = {
  measures: { count: 0, paths: [] },
  entities: { Organisation: [], Programme: [], TargetGroup: [], Brand: [] },
  citedDocuments: [],
  targets: [],
} satisfies Omit<GoldDocument, 'file' | 'document' | 'aliases'>;

export async function loadGold(dir: string | URL = GOLD_DIR): Promise<GoldSet> {
  return resolveGold((await loadGoldFiles(dir)).map((f) => f.gold));
}
