// What the explorer page is built from (vite follows imports out of web/src into coverage/,
// graph-schema/ and the region table): `npm start` rebuilds web/dist when any of these is newer,
// and the browser tests cache their build by these files' content. Before session 21 `npm start`
// looked at web/src and web/index.html only, and served a page with the old coverage/ rules.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const PAGE_INPUTS = ['web/src', 'web/index.html', 'web/vite.config.ts', 'coverage', 'graph-schema', 'ingest/lexicon/regions.iso.json', 'package-lock.json'];

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return readdirSync(path, { withFileTypes: true }).reduce((m, e) => Math.max(m, newest(join(path, e.name))), 0);
}

/** True when `<root>/web/dist/index.html` is missing or older than any page input. */
export function pageIsStale(root: string): boolean {
  const index = join(root, 'web', 'dist', 'index.html');
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  return PAGE_INPUTS.some((input) => newest(join(root, input)) > built);
}
