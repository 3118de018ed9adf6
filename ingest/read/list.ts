// Which files an ingest run reads: the inputs, with directories expanded recursively and zip
// archives of documents expanded into their members (archive.ts).
import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { DEFAULT_LIMITS, type IngestLimits } from '../guard.js';
import { archiveMembers, isArchiveName, MEMBER_SEPARATOR } from './archive.js';

/**
 * Corpus folders carry a README describing them (ours does): a file named README.md or readme.* met
 * while walking a directory is documentation, not a source. Given explicitly, it is read like any file.
 */
const README = /^readme(\..*)?$/i;

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A file, or the documents of an archive as `<archive>!/<member>`. An archive that cannot be listed
 * (damaged, too many entries) or holds no document stays itself, so the read stage names its reason;
 * a zip that is one document (a .docx named .zip) is read as a file.
 */
function expand(path: string, limits: IngestLimits): string[] {
  if (!isArchiveName(path)) return [path];
  try {
    const members = archiveMembers(path, limits);
    return members?.length ? members.map((m) => `${path}${MEMBER_SEPARATOR}${m.name}`) : [path];
  } catch {
    return [path];
  }
}

async function walk(dir: string, seen: Set<string>, out: string[], limits: IngestLimits): Promise<void> {
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
    if (isDir) await walk(path, seen, out, limits);
    else if (!README.test(entry.name)) out.push(...expand(path, limits));
  }
}

/**
 * Files to read, in a deterministic order: inputs in the order given, each directory's files sorted.
 * Inputs that do not exist are kept, so the read stage reports them (not-found) like any bad file.
 */
export async function listSources(inputs: string[], limits: IngestLimits = DEFAULT_LIMITS): Promise<string[]> {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const input of inputs) {
    const info = await stat(input).catch(() => undefined);
    if (info?.isDirectory()) await walk(input, seen, out, limits);
    else if (info?.isFile()) out.push(...expand(input, limits));
    else out.push(input);
  }
  return [...new Set(out)];
}
