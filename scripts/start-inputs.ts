// What `npm start` ingests: the files and folders given after `--` (`npm start -- ~/laws/消防`),
// else POLICY_GRAPH_CORPUS, else the sample corpus. Before session 21 the arguments were ignored
// and `npm start -- <folder>` silently served the sample corpus.
import { join, resolve } from 'node:path';

export function startInputs(args: string[], env: NodeJS.ProcessEnv, root: string): { inputs: string[] } | { error: string } {
  const flag = args.find((a) => a.startsWith('-'));
  if (flag) return { error: `unknown option ${flag}; usage: npm start [-- <files or folders…>] (port and the rest: see README "Configuration")` };
  if (args.length) return { inputs: args };
  return { inputs: [env.POLICY_GRAPH_CORPUS ?? join(root, 'corpus')] };
}

/** Where the local Neo4j keeps its store and credentials: POLICY_GRAPH_DATA, else `data/neo4j` of the checkout
 *  (two checkouts or a test run beside a user's server need their own). */
export function neo4jDataDir(env: NodeJS.ProcessEnv, root: string): string {
  return env.POLICY_GRAPH_DATA ? resolve(env.POLICY_GRAPH_DATA) : join(root, 'data', 'neo4j');
}
