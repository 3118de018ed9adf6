// Trivial baselines beside each entity type (see baseline-jieba.ts for the rules): run on each
// scored document's cleaned text in a child process, scored against the same gold by the same
// scorer. "Rules that do not clearly beat such baselines are not pulling their weight."
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { EntityType, Snapshot } from '../../graph-schema/index.js';
import { ENTITY_TYPES } from '../../graph-schema/index.js';
import { EvalError } from './errors.js';
import type { GoldDocument } from './gold-schema.js';
import { addCounts, prf, ZERO, type Prf } from './match.js';
import { goldNames, scoreNames } from './score.js';
import { baseName } from './collect.js';

const WORKER = fileURLToPath(new URL('./baseline-jieba.ts', import.meta.url));

export const BASELINE_RULES: Record<EntityType, string> = {
  Organisation: "jieba's own nt tag",
  Programme: 'words ending in 计划/工程/行动/项目/活动/大赛/竞赛/平台, and “quoted” spans',
  TargetGroup: 'jieba nouns ending in a person character (人/者/员/民/生/师/工/士/兵/童/女/属)',
  Brand: "jieba's own nz tag",
};

/** Names per type for each text, from a process whose nodejieba has only its default dictionary. */
export function runBaseline(texts: string[]): Record<EntityType, string[]>[] {
  const r = spawnSync(process.execPath, ['--import', 'tsx', WORKER], {
    input: JSON.stringify(texts),
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (r.status !== 0) {
    throw new EvalError('pipeline-failed', `eval: the baseline process failed: ${(r.stderr || r.error?.message || '').split('\n')[0]}`);
  }
  return JSON.parse(r.stdout) as Record<EntityType, string[]>[];
}

/** Per gold document (by file) the baseline's P/R/F1 per type; documents without text count as empty. */
export function scoreBaseline(gold: GoldDocument[], snapshot: Snapshot): Map<string, Record<EntityType, Prf>> {
  const textOf = new Map<string, string>();
  for (const n of snapshot.nodes) {
    const a = n.attributes;
    if (a.type !== 'Document' || !a.inCorpus) continue;
    for (const s of a.sources) textOf.set(baseName(s), a.text ?? '');
  }
  const texts = gold.map((g) => textOf.get(g.file) ?? '');
  const names = runBaseline(texts);
  return new Map(
    gold.map((g, i) => [
      g.file,
      Object.fromEntries(
        ENTITY_TYPES.map((t) => [t, prf(scoreNames(goldNames(g.entities[t], g.aliases), names[i]![t]))]),
      ) as Record<EntityType, Prf>,
    ]),
  );
}

/** Micro-averaged baseline per type over the given files. */
export function baselineTotals(perDoc: Map<string, Record<EntityType, Prf>>, files: string[]): Record<EntityType, Prf> {
  return Object.fromEntries(
    ENTITY_TYPES.map((t) => [t, prf(files.map((f) => perDoc.get(f)?.[t] ?? ZERO).reduce(addCounts, ZERO))]),
  ) as Record<EntityType, Prf>;
}
