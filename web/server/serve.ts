// Starts an app on a port (0 picks a free one, for tests) and hands back its URL and a closer.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';

export interface Served {
  url: string;
  close(): Promise<void>;
}

export function serve(app: Express, opts: { port: number; host?: string }): Promise<Served> {
  const host = opts.host ?? '127.0.0.1';
  const server = createServer(app);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, host, () => {
      server.off('error', reject);
      const { port } = server.address() as AddressInfo;
      const shown = host.includes(':') ? `[${host}]` : host;
      resolve({
        url: `http://${shown}:${port}`,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((err) => (err ? fail(err) : done()));
            // Keep-alive sockets from a browser would hold close() open.
            server.closeAllConnections();
          }),
      });
    });
  });
}
