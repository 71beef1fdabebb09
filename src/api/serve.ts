import type { AddressInfo } from 'node:net';
import { serve as serveNode } from '@hono/node-server';
import type { Hono } from 'hono';

export interface ServeOptions {
  app: Hono;
  /** 0 picks a free port. Default 8080. */
  port?: number;
  /** Default 127.0.0.1: the ledger is local unless asked otherwise. */
  host?: string;
}

export interface RunningServer {
  /** The base URL, e.g. `http://127.0.0.1:8080`. */
  url: string;
  port: number;
  host: string;
  close(): Promise<void>;
}

/**
 * Serves the app over HTTP and resolves once the socket listens.
 *
 * @example
 * const server = await serve({ app: createApp({ store }), port: 0 });
 * console.log(server.url); // http://127.0.0.1:53211
 * await server.close();
 */
export function serve({ app, port = 8080, host = '127.0.0.1' }: ServeOptions): Promise<RunningServer> {
  return new Promise((resolvePromise, reject) => {
    const server = serveNode({ fetch: app.fetch, port, hostname: host }, (info: AddressInfo) => {
      server.off('error', reject);
      const urlHost = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolvePromise({
        url: `http://${urlHost}:${info.port}`,
        port: info.port,
        host: info.address,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            // Keep-alive sockets would hold close() open until they time out.
            if ('closeAllConnections' in server) server.closeAllConnections();
          }),
      });
    });
    server.once('error', reject);
  });
}
