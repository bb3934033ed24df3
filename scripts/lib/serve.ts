/** This module serves a folder over HTTP on 127.0.0.1 (a free port) for demos, tests and benchmarks. */
import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  readonly origin: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** The port to listen on; 0 (the default) for a free one. */
  readonly port?: number;
  /** Extra response headers for HTML documents (e.g. a CSP that blocks the pages' scripts). */
  readonly htmlHeaders?: Record<string, string>;
  /** Milliseconds to hold back the answer for a path (`/style.css`), as a slow network would. */
  readonly delays?: Record<string, number>;
}

export async function serveFolder(folder: string, options: ServeOptions = {}): Promise<StaticServer> {
  const { port = 0, htmlHeaders = {}, delays = {} } = options;
  const root = resolve(folder);
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const delay = delays[path] ?? 0;
    if (delay > 0) setTimeout(() => answer(path, response), delay);
    else answer(path, response);
  });
  function answer(path: string, response: ServerResponse): void {
    let file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) {
      response.writeHead(403).end();
      return;
    }
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      statSync(file);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    response.writeHead(200, { 'content-type': type, ...(extname(file) === '.html' ? htmlHeaders : {}) });
    createReadStream(file).pipe(response);
  }
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  const { port: actual } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${actual}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
