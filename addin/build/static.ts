/**
 * A minimal static file handler for the add-in's build output: used by the https development server and by the
 * browser test's loopback http server. Only files under the root are served; a request the handler cannot make
 * sense of (a malformed percent-escape, a NUL byte, a path outside the root) is answered with an error status,
 * and the server goes on serving.
 */
import { createReadStream, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

function reply(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' }).end(text);
}

/** The decoded path of a request URL, or null when it is malformed (bad escape, NUL byte). */
function requestPath(url: string | undefined): string | null {
  try {
    const path = decodeURIComponent(new URL(url ?? '/', 'http://localhost').pathname);
    return path.includes('\0') ? null : path;
  } catch {
    return null;
  }
}

/** Size of the regular file at `file`, or -1. */
function fileSize(file: string): number {
  try {
    const stat = statSync(file);
    return stat.isFile() ? stat.size : -1;
  } catch {
    return -1;
  }
}

/** A request handler serving files under `root` (index: taskpane.html). */
export function staticHandler(root: string): (req: IncomingMessage, res: ServerResponse) => void {
  const base = normalize(root + sep);
  return (req, res) => {
    const path = requestPath(req.url);
    if (path === null) {
      reply(res, 400, 'bad request: malformed URL');
      return;
    }
    const file = normalize(join(base, path === '/' ? 'taskpane.html' : path));
    const size = file.startsWith(base) ? fileSize(file) : -1;
    if (size < 0) {
      reply(res, 404, `not found: ${path}`);
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': size,
      'cache-control': 'no-store',
    });
    // A file removed between stat and read (a rebuild) ends this response, not the server.
    createReadStream(file).on('error', () => res.destroy()).pipe(res);
  };
}
