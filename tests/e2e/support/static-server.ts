/**
 * A small static web server the offline and update journeys control themselves: they stop it to
 * take the network away for real (context.setOffline does not stop the service worker's own
 * requests), and point it at another build to publish a new version.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.json': 'application/json',
  '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

export class StaticServer {
  #server: Server | undefined;
  readonly #sockets = new Set<Socket>();
  #port = 0;
  /** The build being served; change it to publish another version. */
  root: string;
  /** How many requests were answered: lets a test show that the server really was not asked. */
  requests = 0;

  constructor(root: string) {
    this.root = resolve(root);
  }

  get origin(): string {
    return `http://127.0.0.1:${this.#port}`;
  }

  /** Starts on a free port (or the port it had before, so the origin and its data stay). */
  async start(): Promise<string> {
    const server = createServer(async (request, response) => {
      this.requests += 1;
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
      const file = normalize(join(this.root, path === '/' ? 'index.html' : path));
      if (!file.startsWith(this.root)) {
        response.writeHead(403).end();
        return;
      }
      try {
        const body = await readFile(file);
        response.writeHead(200, {
          'Content-Type': types[extname(file)] ?? 'application/octet-stream',
          'Cache-Control': 'no-cache',
        });
        response.end(body);
      } catch {
        response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      }
    });
    server.on('connection', (socket) => {
      this.#sockets.add(socket);
      socket.on('close', () => this.#sockets.delete(socket));
    });
    await new Promise<void>((done) => server.listen(this.#port, '127.0.0.1', done));
    this.#port = (server.address() as AddressInfo).port;
    this.#server = server;
    return this.origin;
  }

  /** Stops answering at once, open keep-alive connections included. */
  async stop(): Promise<void> {
    const server = this.#server;
    if (!server) return;
    this.#server = undefined;
    for (const socket of this.#sockets) socket.destroy();
    await new Promise<void>((done) => server.close(() => done()));
  }
}
