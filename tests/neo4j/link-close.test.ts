// Ctrl-C while the link is still connecting: the stop is not followed by a "Cypher is off …
// retrying" line (session 21's walk printed one after "stopping …").
import { createServer, type Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { freePort } from '../../neo4j/free-port.js';
import { createNeo4jLink } from '../../neo4j/link.js';

describe('neo4j link close', () => {
  it('a connection that fails because of the stop logs nothing after close()', async () => {
    // A server that accepts and never answers: the attempt is under way when the stop comes.
    const sockets: Socket[] = [];
    const silent = createServer((s) => sockets.push(s));
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    const { port } = silent.address() as { port: number };
    const lines: string[] = [];
    const link = createNeo4jLink({
      dataDir: '/nonexistent',
      env: { NEO4J_URI: `bolt://127.0.0.1:${port}`, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: 'x' },
      log: (l) => lines.push(l),
      probeMs: 300,
      retryMs: 50,
    });
    await new Promise((r) => setTimeout(r, 100));
    await link.close();
    await new Promise((r) => setTimeout(r, 200));
    for (const s of sockets) s.destroy();
    silent.close();
    expect(lines.filter((l) => /Cypher is off/.test(l))).toEqual([]);
  });

  it('the same failure without a stop is reported (the test above can fail)', async () => {
    const port = await freePort();
    const lines: string[] = [];
    const link = createNeo4jLink({
      dataDir: '/nonexistent',
      env: { NEO4J_URI: `bolt://127.0.0.1:${port}`, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: 'x' },
      log: (l) => lines.push(l),
      retryMs: 60_000,
    });
    await expect.poll(() => lines.some((l) => /Cypher is off/.test(l)), { timeout: 10_000 }).toBe(true);
    await link.close();
  });
});
