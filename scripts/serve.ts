/** A static server on 127.0.0.1 (a free port) for the demo article, fixture pages and ../shared/corpus/html. */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

const ROOTS: Record<string, string> = {
  demo: resolve('demo'),
  pages: resolve('tests/fixtures/pages'),
  corpus: resolve('../shared/corpus/html'),
  data: resolve('tests/fixtures/data'),
};
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.json': 'application/json', '.css': 'text/css', '.csv': 'text/csv' };

export interface StaticServer {
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

/** `host` is another loopback address for a site the extension has no permission for yet (127.0.0.2). */
export async function serve(extra: Record<string, (res: import('node:http').ServerResponse) => void> = {}, host = '127.0.0.1'): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (extra[path]) return extra[path](res);
    const [, root, ...rest] = path.split('/');
    const base = root === undefined ? undefined : ROOTS[root];
    const file = base && normalize(join(base, ...rest));
    if (!file || !file.startsWith(base) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    let body: Buffer | string = readFileSync(file);
    // Saved real pages run their scripts against a network they cannot reach, and some then blank
    // or rewrite themselves at random moments; served without them, the pages hold still for tests.
    if (root === 'corpus' && extname(file) === '.html') body = body.toString('utf8').replace(/<script\b[\s\S]*?<\/script\s*>/gi, '');
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
  });
  await new Promise<void>((ok) => server.listen(0, host, ok));
  const { port } = server.address() as { port: number };
  const origin = `http://${host}:${port}`;
  return { origin, url: (p) => `${origin}${p}`, close: () => new Promise((ok) => server.close(() => ok())) };
}
