// Which files an ingest run reads: the inputs, with directories expanded recursively.
import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Corpus folders carry a README describing them (ours does): a file named README.md or readme.* met
 * while walking a directory is documentation, not a source. Given explicitly, it is read like any file.
 */
const README = /^readme(\..*)?$/i;

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

async function walk(dir: string, seen: Set<string>, out: string[]): Promise<void> {
  const real = await realpath(dir);
  if (seen.has(real)) return; // a symlink loop
  seen.add(real);
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    out.push(dir); // reported by readSource as unreadable, never silently lost
    return;
  }
  // Code-unit order, not locale order: the same tree lists the same way on every machine.
  for (const entry of entries.sort((a, b) => byCodeUnit(a.name, b.name))) {
    if (entry.name.startsWith('.')) continue; // hidden files: .DS_Store, editor swap files, .git
    const path = join(dir, entry.name);
    const isDir = entry.isDirectory() || (entry.isSymbolicLink() && (await stat(path).catch(() => undefined))?.isDirectory());
    if (isDir) await walk(path, seen, out);
    else if (!README.test(entry.name)) out.push(path);
  }
}

/**
 * Files to read, in a deterministic order: inputs in the order given, each directory's files sorted.
 * Inputs that do not exist are kept, so the read stage reports them (not-found) like any bad file.
 */
export async function listSources(inputs: string[]): Promise<string[]> {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const input of inputs) {
    const info = await stat(input).catch(() => undefined);
    if (info?.isDirectory()) await walk(input, seen, out);
    else out.push(input);
  }
  return [...new Set(out)];
}
