// A small static server for the built app, on loopback only. Used by `npm start` and by the
// browser tests. It compresses each file once (brotli, else gzip), sends wasm as
// application/wasm so the browser compiles it while it streams, and sends the app's
// Content-Security-Policy. `prefix` serves the app under a sub-path such as /tools/hernia/.
import http from 'node:http';
import fs from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';
import { pathToFileURL } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/** The policy the app runs under: its own origin only, no inline script, no plugins. */
export function contentSecurityPolicy(frameAncestors = "'self'") {
  return [
    "default-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", "style-src 'self'", "connect-src 'self'",
    "img-src 'self'", "manifest-src 'self'", "worker-src 'self'", "object-src 'none'", "base-uri 'self'",
    "form-action 'none'", `frame-ancestors ${frameAncestors}`,
  ].join('; ');
}

export async function startServer({ root, port = 0, host = '127.0.0.1', headers = {}, prefix = '/', frameAncestors = "'self'", log = null }) {
  const base = path.resolve(root);
  const compressed = new Map();

  async function body(file, encoding, stat) {
    // Keyed by modification time too, so a file replaced on disk is served fresh.
    const key = `${encoding}:${file}:${stat.mtimeMs}:${stat.size}`;
    if (!compressed.has(key)) {
      const raw = await fs.readFile(file);
      compressed.set(key,
        encoding === 'br' ? zlib.brotliCompressSync(raw, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } })
          : encoding === 'gzip' ? zlib.gzipSync(raw, { level: 9 }) : raw);
    }
    return compressed.get(key);
  }

  const server = http.createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://localhost');
      log?.push({ url: url.pathname, headers: req.headers });
      if (!url.pathname.startsWith(prefix)) { res.writeHead(404, { 'content-type': 'text/plain' }).end('not found'); return; }
      let file = path.join(base, decodeURIComponent(url.pathname.slice(prefix.length - 1)));
      if (!file.startsWith(base)) { res.writeHead(403).end(); return; }
      let stat = await fs.stat(file).catch(() => null);
      if (stat?.isDirectory()) {
        file = path.join(file, 'index.html');
        stat = await fs.stat(file).catch(() => null);
      }
      if (!stat) { res.writeHead(404, { 'content-type': 'text/plain' }).end('not found'); return; }
      const accepts = req.headers['accept-encoding'] ?? '';
      const encoding = /\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : null;
      const data = await body(file, encoding ?? 'identity', stat);
      res.writeHead(200, {
        'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
        'content-security-policy': contentSecurityPolicy(frameAncestors),
        ...(encoding ? { 'content-encoding': encoding, vary: 'accept-encoding' } : {}),
        ...headers,
      });
      res.end(req.method === 'HEAD' ? undefined : data);
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
    }
  });
  await new Promise((resolve) => server.listen(port, host, resolve));
  const address = server.address();
  const origin = `http://${host}:${address.port}`;
  return {
    server, origin, url: `${origin}${prefix}`,
    close: () => new Promise((r) => { server.closeAllConnections?.(); server.close(r); }),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  const { url } = await startServer({
    root: arg('root', 'dist'), port: Number(arg('port', 8080)), prefix: arg('prefix', '/'),
    frameAncestors: arg('frame-ancestors', "'self'"),
  });
  console.log(`Ready: the app is served at ${url} (Ctrl+C stops it)`);
}
