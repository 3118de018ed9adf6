// `npm run ingest -- <dir or files…> --out <snapshot.json>`: parses flags, calls runIngest,
// prints the report; exit 1 when any file failed (the good ones are still in the snapshot), exit 2
// when the snapshot could not be written (one line saying where and why; the previous one is kept).
import { defineCommand, runMain } from 'citty';
import cliProgress from 'cli-progress';
import { OutputError } from './errors.js';
import { existsSync } from 'node:fs';
import { ingestToFile } from './pipeline.js';
import { formatReport } from './report.js';

const main = defineCommand({
  meta: { name: 'ingest', description: 'Read policy documents and write a graph snapshot' },
  args: {
    inputs: { type: 'positional', description: 'files or directories (recursive)', required: false, default: 'corpus' },
    out: { type: 'string', description: 'snapshot path', default: 'out/snapshot.json' },
    quiet: { type: 'boolean', description: 'no progress bar', default: false },
    workers: { type: 'string', description: 'worker threads for read → extract (default: every core for a few megabytes of input or more, else the main thread)' },
    'link-workers': { type: 'string', description: 'worker threads for the link stage (default: every core above 4,000 measures, else 1; the threads share one copy of the linker\'s indexes, each holds its own working memory)' },
    'file-timeout': { type: 'string', description: 'seconds one file may take through read → extract (default 60, or POLICY_GRAPH_FILE_TIMEOUT_S)' },
  },
  async run({ args }) {
    const inputs = [args.inputs, ...(args._ ?? [])].filter((x, i, a) => x && a.indexOf(x) === i) as string[];
    // A mistyped folder must not replace a good snapshot with an empty one: when no input exists, nothing is written.
    if (!inputs.some((input) => existsSync(input))) {
      console.error(`ingest: no such file or directory: ${inputs.join(', ')}; nothing was written (${args.out} is left as it was)`);
      process.exitCode = 2;
      return;
    }
    const bar = args.quiet || !process.stderr.isTTY ? undefined : new cliProgress.SingleBar(
      { format: 'ingest [{bar}] {value}/{total} {file}', clearOnComplete: true, stream: process.stderr },
      cliProgress.Presets.shades_classic,
    );
    let started = false;
    try {
      const { report } = await ingestToFile({
        inputs,
        out: args.out,
        workers: args.workers ? Number(args.workers) : undefined,
        linkWorkers: args['link-workers'] ? Number(args['link-workers']) : undefined,
        ...(Number(args['file-timeout']) > 0 ? { limits: { maxFileMs: Number(args['file-timeout']) * 1000 } } : {}),
        onProgress: ({ done, total, file }) => {
          if (!bar) return;
          if (!started) {
            bar.start(total, 0, { file });
            started = true;
          }
          bar.update(done, { file });
        },
      });
      bar?.stop();
      console.log(formatReport(report));
      if (report.failed.length > 0) process.exitCode = 1;
    } catch (e) {
      bar?.stop();
      // One line, no stack trace (POLICY_GRAPH_DEBUG=1 shows it).
      console.error(e instanceof OutputError ? `ingest: ${e.message}` : `ingest: failed: ${(e as Error)?.message ?? e}`);
      if (process.env.POLICY_GRAPH_DEBUG) console.error(e);
      process.exitCode = 2;
    }
  },
});

runMain(main);
