// What `npm start` ingests: the files and folders given after `--` (`npm start -- ~/laws/消防`),
// else POLICY_GRAPH_CORPUS, else the sample corpus. Before session 21 the arguments were ignored
// and `npm start -- <folder>` silently served the sample corpus.
import { join } from 'node:path';

export function startInputs(args: string[], env: NodeJS.ProcessEnv, root: string): { inputs: string[] } | { error: string } {
  const flag = args.find((a) => a.startsWith('-'));
  if (flag) return { error: `unknown option ${flag}; usage: npm start [-- <files or folders…>] (port and the rest: see README "Configuration")` };
  if (args.length) return { inputs: args };
  return { inputs: [env.POLICY_GRAPH_CORPUS ?? join(root, 'corpus')] };
}
