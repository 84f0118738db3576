// The loopback server on its own (no browser, no build): it serves only files inside its root,
// answers bad requests without leaking errors, and sends the security headers on every response.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { startServer, securityHeaders, contentSecurityPolicy } from '../../.ci/server.mjs';

const SECRET = 'the sibling folder must never be served';
const SCRIPT = `export const text = ${JSON.stringify('decision aid '.repeat(200))};\n`;
const EXPECTED = {
  'content-security-policy': contentSecurityPolicy("'self'"),
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'cross-origin-opener-policy': 'same-origin',
  'permissions-policy': 'accelerometer=(), autoplay=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), '
    + 'magnetometer=(), microphone=(), midi=(), payment=(), publickey-credentials-get=(), screen-wake-lock=(), serial=(), '
    + 'usb=(), xr-spatial-tracking=(), browsing-topics=()',
  'x-frame-options': 'SAMEORIGIN',
};

let tmp; let name; let root; let sub;
before(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'hernia-server-'));
  name = path.basename(tmp);
  await fs.mkdir(`${tmp}-private`);
  await fs.writeFile(`${tmp}-private/secret.txt`, SECRET);
  await fs.writeFile(path.join(tmp, 'index.html'), '<!doctype html><title>aid</title>');
  await fs.writeFile(path.join(tmp, 'app.js'), SCRIPT);
  await fs.symlink(`${tmp}-private/secret.txt`, path.join(tmp, 'link.txt'));
  root = await startServer({ root: tmp });
  sub = await startServer({ root: tmp, prefix: '/tools/hernia/' });
});
after(async () => {
  await Promise.all([root?.close(), sub?.close()]);
  await Promise.all([tmp, `${tmp}-private`].map((dir) => fs.rm(dir, { recursive: true, force: true })));
});

/** A request with the path exactly as written (fetch would normalise `..`). */
function raw(served, rawPath, { method = 'GET', headers = {} } = {}) {
  return new Promise((resolve, reject) => {
    const { port } = served.server.address();
    http.request({ host: '127.0.0.1', port, path: rawPath, method, headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c)).on('end', () =>
        resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject).end();
  });
}

function assertSecurityHeaders(res, where) {
  for (const [header, value] of Object.entries(EXPECTED)) assert.equal(res.headers[header], value, `${where}: ${header}`);
}

test('only files inside the root: no sibling folder, no symlink out, no NUL', async () => {
  for (const at of [`/..%2F${name}-private%2Fsecret.txt`, `/..%2f..%2f${path.basename(os.tmpdir())}%2F${name}-private%2Fsecret.txt`,
    `/%2e%2e/${name}-private/secret.txt`, '/link.txt']) {
    const res = await raw(root, at);
    assert.ok([403, 404].includes(res.status), `${at} → ${res.status}`);
    assert.ok(!res.body.toString().includes(SECRET), `${at} leaked the secret`);
  }
  assert.equal((await raw(root, '/index.html%00.txt')).status, 400);
});

test('a malformed path is 400 without the error text; other methods are 405', async () => {
  for (const at of ['/%E0%A4%A', '/%', '/%zz']) {
    const res = await raw(root, at);
    assert.equal(res.status, 400, at);
    assert.equal(res.body.toString(), 'bad request');
    assertSecurityHeaders(res, `400 ${at}`);
  }
  for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS']) {
    const res = await raw(root, '/index.html', { method });
    assert.equal(res.status, 405, method);
    assert.equal(res.headers.allow, 'GET, HEAD');
    assert.doesNotMatch(res.body.toString(), /Error|at /);
    assertSecurityHeaders(res, `405 ${method}`);
  }
});

test('security headers on every response; CORS only on files', async () => {
  const ok = await raw(root, '/');
  assert.equal(ok.status, 200);
  assert.equal(ok.body.toString(), '<!doctype html><title>aid</title>');
  assertSecurityHeaders(ok, '200');
  assert.equal(ok.headers['access-control-allow-origin'], '*');
  const missing = await raw(root, '/nothing-here.js');
  assert.equal(missing.status, 404);
  assertSecurityHeaders(missing, '404');
  assert.equal(missing.headers['access-control-allow-origin'], undefined);
  const head = await raw(root, '/app.js', { method: 'HEAD' });
  assert.deepEqual([head.status, head.body.length, Number(head.headers['content-length'])], [200, 0, Buffer.byteLength(SCRIPT)]);
});

test('x-frame-options only where it agrees with frame-ancestors', async () => {
  assert.equal(securityHeaders("'self'")['x-frame-options'], 'SAMEORIGIN');
  assert.equal(securityHeaders("'none'")['x-frame-options'], 'DENY');
  assert.equal(securityHeaders("'self' https://clinic.example")['x-frame-options'], undefined);
  const clinic = await startServer({ root: tmp, frameAncestors: "'self' https://clinic.example" });
  const res = await raw(clinic, '/').finally(clinic.close);
  assert.equal(res.headers['x-frame-options'], undefined);
  assert.match(res.headers['content-security-policy'], /frame-ancestors 'self' https:\/\/clinic\.example$/);
});

test('brotli when asked, else gzip, else as is', async () => {
  const br = await raw(root, '/app.js', { headers: { 'accept-encoding': 'gzip, deflate, br' } });
  assert.equal(br.headers['content-encoding'], 'br');
  assert.equal(br.headers['content-type'], 'text/javascript; charset=utf-8');
  assert.equal(zlib.brotliDecompressSync(br.body).toString(), SCRIPT);
  const gzip = await raw(root, '/app.js', { headers: { 'accept-encoding': 'gzip' } });
  assert.equal(gzip.headers['content-encoding'], 'gzip');
  assert.equal(zlib.gunzipSync(gzip.body).toString(), SCRIPT);
  const plain = await raw(root, '/app.js');
  assert.deepEqual([plain.headers['content-encoding'], plain.body.toString()], [undefined, SCRIPT]);
});

test('a sub-path prefix serves the app there and nothing outside it', async () => {
  for (const at of ['/tools/hernia/', '/tools/hernia/index.html']) assert.equal((await raw(sub, at)).status, 200, at);
  for (const at of ['/index.html', '/tools/index.html', '/tools/hernia', `/tools/hernia/..%2F${name}-private%2Fsecret.txt`]) {
    const res = await raw(sub, at);
    assert.equal(res.status, 404, at);
    assertSecurityHeaders(res, `404 ${at}`);
  }
});

test('the caching rules of deploy/nginx: hashed names immutable, the rest revalidated by ETag', async () => {
  const hashed = 'app-0123456789abcdef.js';
  await fs.writeFile(path.join(tmp, hashed), SCRIPT);
  try {
    const immutable = await raw(root, `/${hashed}`);
    assert.equal(immutable.headers['cache-control'], 'public, max-age=31536000, immutable');
    for (const at of ['/', '/app.js']) {
      const first = await raw(root, at, { headers: { 'accept-encoding': 'br' } });
      assert.equal(first.headers['cache-control'], 'no-cache', at);
      assert.ok(first.headers.etag, `${at} has an ETag`);
      const again = await raw(root, at, { headers: { 'accept-encoding': 'br', 'if-none-match': first.headers.etag } });
      assert.equal(again.status, 304, `${at}: unchanged means 304`);
      assert.equal(again.body.length, 0);
      assertSecurityHeaders(again, `304 ${at}`);
      // The ETag names the encoding too: a gzip copy is another representation.
      const gzip = await raw(root, at, { headers: { 'accept-encoding': 'gzip', 'if-none-match': first.headers.etag } });
      assert.equal(gzip.status, 200, `${at}: another encoding is not the same representation`);
    }
    // A changed file gets a new ETag.
    const before = (await raw(root, '/app.js')).headers.etag;
    await fs.writeFile(path.join(tmp, 'app.js'), `${SCRIPT}// changed\n`);
    const after = await raw(root, '/app.js', { headers: { 'if-none-match': before } });
    assert.equal(after.status, 200);
    assert.notEqual(after.headers.etag, before);
  } finally {
    await fs.writeFile(path.join(tmp, 'app.js'), SCRIPT);
    await fs.rm(path.join(tmp, hashed));
  }
});

test('the build\'s precompressed copy is sent when it is current, never a stale one', async () => {
  const copy = Buffer.from('not what brotli of app.js would give');
  await fs.writeFile(path.join(tmp, 'app.js.br'), zlib.brotliCompressSync(copy));
  try {
    // Written after app.js: current, so sent as it is.
    const current = await raw(root, '/app.js', { headers: { 'accept-encoding': 'br' } });
    assert.equal(zlib.brotliDecompressSync(current.body).toString(), copy.toString());
    // app.js changed after its copy: the copy is stale and the file itself is compressed.
    await new Promise((r) => setTimeout(r, 20));
    await fs.writeFile(path.join(tmp, 'app.js'), SCRIPT);
    const fresh = await raw(root, '/app.js', { headers: { 'accept-encoding': 'br' } });
    assert.equal(zlib.brotliDecompressSync(fresh.body).toString(), SCRIPT);
  } finally {
    await fs.rm(path.join(tmp, 'app.js.br'));
  }
});
