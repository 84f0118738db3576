// A small static server for the built app, on loopback only. Used by `npm start` and by the
// browser tests. It follows the caching rules of the production configuration in
// deploy/nginx/: files whose names carry a content hash are cached for a year as immutable,
// every other file is revalidated with its ETag (304 when unchanged). It sends the build's
// precompressed .br or .gz copy (compressing once itself only where a copy is missing, as in a
// test's altered build), wasm as application/wasm so the browser compiles it while it
// streams, and the app's Content-Security-Policy with the other security headers
// (`securityHeaders`) on every response. It serves only files inside the root (no ../, no symlinks out, no NUL), answers
// GET and HEAD only, and never shows an error's text. `prefix` serves the app under a
// sub-path such as /tools/hernia/.
import http from 'node:http';
import fs from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';
import crypto from 'node:crypto';
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

/** Features the app never uses, turned off for it and for anything it might frame. */
const PERMISSIONS_POLICY = [
  'accelerometer', 'autoplay', 'camera', 'display-capture', 'geolocation', 'gyroscope', 'magnetometer',
  'microphone', 'midi', 'payment', 'publickey-credentials-get', 'screen-wake-lock', 'serial', 'usb',
  'xr-spatial-tracking', 'browsing-topics',
].map((feature) => `${feature}=()`).join(', ');

/**
 * The headers every response carries (also 404, 400, 405), so another server can copy one list.
 * X-Frame-Options only where it agrees with frame-ancestors: it cannot name several origins,
 * and browsers that know frame-ancestors ignore it anyway.
 */
export function securityHeaders(frameAncestors = "'self'") {
  const frameOptions = { "'self'": 'SAMEORIGIN', "'none'": 'DENY' }[frameAncestors.trim()];
  return {
    'content-security-policy': contentSecurityPolicy(frameAncestors),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    // Ignored over plain http; here so the list is right when copied to an HTTPS host.
    'strict-transport-security': 'max-age=31536000; includeSubDomains',
    'cross-origin-opener-policy': 'same-origin',
    'permissions-policy': PERMISSIONS_POLICY,
    ...(frameOptions ? { 'x-frame-options': frameOptions } : {}),
  };
}

/**
 * Files named after their content hash never change under that name: a year, immutable. Every
 * other file (index.html, service-worker.js, the manifest, the language and content files,
 * embed.js) is revalidated each time. The same rule as deploy/nginx/hernia-aid-app.conf.
 */
export const HASHED_NAME = /-[0-9a-f]{12,}(_bg)?\.(?:js|wasm|css|svg)$/;
export function cacheControl(name) {
  return HASHED_NAME.test(name) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/** True when `file` is `dir` itself or lies below it (not merely a name that starts the same). */
function inside(file, dir) {
  return file === dir || file.startsWith(dir.endsWith(path.sep) ? dir : dir + path.sep);
}

export async function startServer({ root, port = 0, host = '127.0.0.1', headers = {}, prefix = '/', frameAncestors = "'self'", log = null }) {
  const base = path.resolve(root);
  const security = securityHeaders(frameAncestors);
  const compressed = new Map();

  /** The bytes to send and the file's ETag (a digest of its uncompressed bytes). */
  async function body(file, encoding, stat) {
    // Keyed by modification time too, so a file replaced on disk is served fresh.
    const key = `${encoding}:${file}:${stat.mtimeMs}:${stat.size}`;
    if (!compressed.has(key)) {
      const raw = await fs.readFile(file);
      const suffix = { br: '.br', gzip: '.gz' }[encoding];
      // The build's own copy, unless it is older than the file (a file changed after the build).
      const copy = suffix && await fs.stat(file + suffix).catch(() => null);
      const data = copy && copy.mtimeMs >= stat.mtimeMs ? await fs.readFile(file + suffix)
        : encoding === 'br' ? zlib.brotliCompressSync(raw, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } })
          : encoding === 'gzip' ? zlib.gzipSync(raw, { level: 9 }) : raw;
      const etag = `"${crypto.createHash('sha256').update(raw).digest('base64url').slice(0, 22)}${suffix ?? ''}"`;
      compressed.set(key, { data, etag });
    }
    return compressed.get(key);
  }

  /** The real path of `file` (symlinks resolved) if it exists inside the root, else null. */
  async function resolveInside(file) {
    const [real, realBase] = await Promise.all([fs.realpath(file).catch(() => null), fs.realpath(base).catch(() => null)]);
    return real && realBase && inside(real, realBase) ? real : null;
  }

  const server = http.createServer(async (req, res) => {
    // What the log records of this request; its status is set when the answer is.
    let entry = { status: 0 };
    // Short fixed bodies only: never an error's message or stack.
    const plain = (status, text, extra = {}) => {
      entry.status = status;
      res.writeHead(status, {
        ...security, 'content-type': 'text/plain; charset=utf-8', 'content-length': Buffer.byteLength(text), ...extra, ...headers,
      }).end(text);
    };
    try {
      let url;
      try {
        // Parsed as a path even when it starts with //, which would otherwise name a host.
        url = new URL(req.url.startsWith('/') ? `http://localhost${req.url}` : req.url);
      } catch {
        plain(400, 'bad request');
        return;
      }
      entry = { url: url.pathname, headers: req.headers, status: 0 };
      log?.push(entry);
      if (req.method !== 'GET' && req.method !== 'HEAD') { plain(405, 'method not allowed', { allow: 'GET, HEAD' }); return; }
      if (!url.pathname.startsWith(prefix)) { plain(404, 'not found'); return; }
      let relative;
      try {
        relative = decodeURIComponent(url.pathname.slice(prefix.length - 1));
      } catch {
        plain(400, 'bad request');
        return;
      }
      if (relative.includes('\0')) { plain(400, 'bad request'); return; }
      // Decoded %2F can carry ../ past the URL parser, so check the joined path, then the real one.
      let file = path.join(base, relative);
      let real = inside(file, base) ? await resolveInside(file) : null;
      let stat = real ? await fs.stat(real).catch(() => null) : null;
      if (stat?.isDirectory()) {
        file = path.join(file, 'index.html');
        real = await resolveInside(path.join(real, 'index.html'));
        stat = real ? await fs.stat(real).catch(() => null) : null;
      }
      if (!stat?.isFile()) { plain(404, 'not found'); return; }
      const accepts = req.headers['accept-encoding'] ?? '';
      const encoding = /\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : null;
      const { data, etag } = await body(real, encoding ?? 'identity', stat);
      const caching = { etag, 'cache-control': cacheControl(path.basename(file)), vary: 'accept-encoding' };
      if ((req.headers['if-none-match'] ?? '').split(/\s*,\s*/).includes(etag)) {
        entry.status = 304;
        res.writeHead(304, { ...security, ...caching, ...headers }).end();
        return;
      }
      entry.status = 200;
      res.writeHead(200, {
        ...security,
        ...caching,
        'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        'content-length': data.length,
        // The files are public and carry no credentials. A clinic may frame the app with a stricter
        // sandbox (allow-scripts without allow-same-origin); the app's page then has an opaque
        // origin, so its module scripts, wasm and language file are cross-origin requests that
        // need CORS to load.
        'access-control-allow-origin': '*',
        ...(encoding ? { 'content-encoding': encoding } : {}),
        ...headers,
      });
      res.end(req.method === 'HEAD' ? undefined : data);
    } catch (error) {
      console.error(error); // for whoever runs the server; the client gets a fixed text
      if (res.headersSent) res.destroy();
      else plain(500, 'server error');
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

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
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
