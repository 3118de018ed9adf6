// `npm run eval [-- --snapshot out/snapshot.json] [--json] [--verbose]`: ingests corpus/ (or reads
// a snapshot), scores it against tests/gold/, prints the table; exit 1 when below a floor.
import { defineCommand, runMain } from 'citty';
import { collect } from './collect.js';
import { EvalError } from './errors.js';
import { readFloors, measured, FLOOR_KEYS } from './floors.js';
import { formatReport } from './format.js';
import { loadGold } from './gold.js';
import { scoreCorpus } from './score.js';
import { ingestSnapshot, readSnapshot } from './snapshot-source.js';
import { formatLinkScore, readGoldLinks, scoreLinks } from './links.js';

const main = defineCommand({
  meta: { name: 'eval', description: 'Score the extraction against the hand-made gold in tests/gold/' },
  args: {
    snapshot: { type: 'string', description: 'score this snapshot file instead of running ingest on corpus/' },
    json: { type: 'boolean', description: 'print the scores as JSON', default: false },
    verbose: { type: 'boolean', description: 'list missed and spurious items per document', default: false },
  },
  async run({ args }) {
    try {
      const gold = await loadGold();
      const snapshot = args.snapshot ? await readSnapshot(args.snapshot) : await ingestSnapshot();
      const score = scoreCorpus(gold, collect(snapshot));
      const links = scoreLinks(readGoldLinks(), snapshot);
      console.log(
        args.json
          ? JSON.stringify({ ...score, links }, null, 2)
          : formatReport(score, { verbose: args.verbose }) + '\n' + formatLinkScore(links, args.verbose),
      );
      const floors = readFloors();
      const got = measured(score.overall, links.f1);
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
