// `npm run eval [-- --snapshot out/snapshot.json] [--json] [--verbose] [--gold <dir>] [--corpus <dir>]`:
// ingests corpus/ (or reads a snapshot), scores it against tests/gold/, prints the table; exit 1
// when below a floor. `--gold tests/heldout/gold --corpus tests/heldout/corpus` scores another gold
// set (the held-out one): its figures are reported, not gated by floors.json, and IMPLEMENTS links
// are scored only when that directory holds its own links.json.
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { defineCommand, runMain } from 'citty';
import { collect } from './collect.js';
import { EvalError } from './errors.js';
import { readFloors, measured, FLOOR_KEYS } from './floors.js';
import { formatReport } from './format.js';
import { GOLD_DIR, loadGold } from './gold.js';
import { scoreCorpus } from './score.js';
import { ingestSnapshot, readSnapshot, ROOT } from './snapshot-source.js';
import { formatLinkSetReport, linkSetReport, readGoldLinks, type LinkSetReport } from './links.js';

const DEFAULT_GOLD = fileURLToPath(GOLD_DIR);
const DEFAULT_CORPUS = resolve(ROOT, 'corpus');

/** A directory argument, resolved against the working directory; it must exist. */
function directory(arg: string, what: string): string {
  const dir = resolve(process.cwd(), arg);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new EvalError('bad-arguments', `eval: ${what} directory ${dir} does not exist`);
  }
  return dir;
}

const sameDir = (a: string, b: string) => resolve(a) === resolve(b);

const main = defineCommand({
  meta: { name: 'eval', description: 'Score the extraction against hand-made gold (tests/gold/ unless --gold)' },
  args: {
    snapshot: { type: 'string', description: 'score this snapshot file instead of running ingest on the corpus' },
    gold: { type: 'string', description: 'gold directory (default tests/gold); floors apply to the default only', default: 'tests/gold' },
    corpus: { type: 'string', description: 'corpus directory to ingest (default corpus)', default: 'corpus' },
    json: { type: 'boolean', description: 'print the scores as JSON', default: false },
    verbose: { type: 'boolean', description: 'list missed and spurious items per document', default: false },
  },
  async run({ args }) {
    try {
      // Relative defaults are the project's own directories, wherever the command is run from.
      const goldDir = args.gold === 'tests/gold' ? DEFAULT_GOLD : directory(args.gold, 'gold');
      const corpusDir = args.corpus === 'corpus' ? DEFAULT_CORPUS : directory(args.corpus, 'corpus');
      const isDefaultGold = sameDir(goldDir, DEFAULT_GOLD);

      const gold = await loadGold(goldDir);
      if (gold.documents.length === 0) {
        throw new EvalError('bad-arguments', `eval: gold directory ${goldDir} holds no per-document gold files`);
      }
      const snapshot = args.snapshot ? await readSnapshot(args.snapshot) : await ingestSnapshot([corpusDir]);
      const score = scoreCorpus(gold, collect(snapshot));

      // IMPLEMENTS gold: tests/gold/links.json for the default set; another set only if it has one.
      const linksFile = join(goldDir, 'links.json');
      const linkSet: LinkSetReport | undefined =
        isDefaultGold || existsSync(linksFile) ? linkSetReport(readGoldLinks(pathToFileURL(linksFile)), snapshot, isDefaultGold ? 'tests/gold/links.json' : linksFile) : undefined;
      const links = linkSet?.linker;

      console.log(
        args.json
          ? JSON.stringify({ gold: goldDir, corpus: args.snapshot ? undefined : corpusDir, ...score, links, linkSet }, null, 2)
          : formatReport(score, { verbose: args.verbose }) +
              '\n' +
              (linkSet ? formatLinkSetReport(linkSet, args.verbose) : `\nIMPLEMENTS links: not scored (no ${linksFile})`),
      );

      // Floors gate the default gold set only: other sets (held-out) are measured, not gated.
      if (!isDefaultGold) return;
      const floors = readFloors();
      const got = measured(score.overall, links?.f1);
      const below = FLOOR_KEYS.filter((k) => got[k] < floors[k]);
      if (below.length) {
        console.error(`eval: below floor: ${below.map((k) => `${k} ${got[k].toFixed(2)} < ${floors[k]}`).join(', ')}`);
        process.exitCode = 1;
      }
    } catch (e) {
      if (!(e instanceof EvalError)) throw e;
      console.error(e.message);
      process.exitCode = 2;
    }
  },
});

runMain(main);
