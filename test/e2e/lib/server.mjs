/**
 * Local servers for the end-to-end run:
 * - a static server on 127.0.0.1 (ephemeral port) for the repo's `sample/` and the e2e fixtures, which
 *   logs every request it receives;
 * - a recording "proxy" that browsers are pointed at for every non-loopback destination: it answers
 *   nothing useful and records the attempt, so any network request leaving the machine is caught.
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

/** Starts the static server. `mounts` maps a URL prefix ("/sample/") to a directory. */
export async function startStatic(mounts) {
  const log = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    log.push({ method: req.method, path: url.pathname, host: req.headers.host ?? '', ua: req.headers['user-agent'] ?? '' });
    for (const [prefix, dir] of Object.entries(mounts)) {
      if (!url.pathname.startsWith(prefix)) continue;
      const rel = normalize(decodeURIComponent(url.pathname.slice(prefix.length)));
      if (rel.startsWith('..') || rel.includes(`${sep}..`)) break;
      try {
        const body = await readFile(join(dir, rel));
        res.writeHead(200, { 'content-type': TYPES[extname(rel)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
        res.end(body);
        return;
      } catch {
        break;
      }
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address();
  return { port, origin: `http://127.0.0.1:${port}`, log, close: () => new Promise((r) => server.close(r)) };
}

/** Starts the recording proxy. Every request or CONNECT it sees is a network attempt off the machine. */
export async function startRecordingProxy() {
  const attempts = [];
  const server = createServer((req, res) => {
    attempts.push({ kind: 'http', target: req.url ?? '', ua: req.headers['user-agent'] ?? '' });
    res.writeHead(403, { 'content-type': 'text/plain' });
    res.end('blocked by e2e proxy');
  });
  server.on('connect', (req, socket) => {
    attempts.push({ kind: 'connect', target: req.url ?? '' });
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address();
  return { port, attempts, close: () => new Promise((r) => { server.closeAllConnections?.(); server.close(r); }) };
}
