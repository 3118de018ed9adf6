// `npm start` rebuilds the page when anything it is built from changed, also outside web/src: the
// coverage rules (coverage/) are bundled into the page's matrix and gap view.
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pageIsStale } from '../../web/server/page-inputs.js';

describe('page staleness', () => {
  const root = mkdtempSync(join(tmpdir(), 'pg-page-inputs-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const file = (path: string, secondsAgo: number) => {
    const p = join(root, path);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, 'x');
    const t = Date.now() / 1000 - secondsAgo;
    utimesSync(p, t, t);
  };

  it('a built page newer than every input is fresh; a newer coverage/ or graph-schema/ file makes it stale', () => {
    file('web/src/main.tsx', 300);
    file('web/index.html', 300);
    file('coverage/index.ts', 300);
    file('graph-schema/nodes.ts', 300);
    file('web/dist/index.html', 100);
    expect(pageIsStale(root)).toBe(false);
    file('coverage/index.ts', 10);
    expect(pageIsStale(root)).toBe(true);
    file('web/dist/index.html', 5);
    file('graph-schema/nodes.ts', 1);
    expect(pageIsStale(root)).toBe(true);
  });

  it('no built page is stale', () => {
    rmSync(join(root, 'web/dist'), { recursive: true, force: true });
    expect(pageIsStale(root)).toBe(true);
  });
});
