// Trunk's post-build hook, run on the staged build before it becomes dist/:
// 0. builds the whole app beside Trunk's first module (ARCHITECTURE.md, "Two modules"): the
//    same crate with its default features, through wasm-bindgen and wasm-opt with the flags
//    index.html gives Trunk, under content-hashed names;
// 1. minifies wasm-bindgen's JS glue (Trunk's own minifier cannot parse it) and updates its
//    integrity hash in index.html;
// 2. puts the first screen, rendered natively by the same components (`--bin prerender`),
//    into the page, so it shows and its start link works before the wasm arrives;
// 3. moves Trunk's inline module loader into a hashed file, with the service-worker
//    registration after it, so the page runs under `script-src 'self'` with no inline script;
// 4. writes service-worker.js, precaching every file of this build in a cache named after
//    the build's content hash;
// 5. writes a brotli (.br) and a gzip (.gz) copy next to every text and wasm file, at the
//    highest levels, so no web server compresses at request time (deploy/nginx serves them).
import fs from 'node:fs';
import zlib from 'node:zlib';
import path from 'node:path';
import crypto from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { minify } from 'terser';

const stage = process.env.TRUNK_STAGING_DIR;
if (!stage) throw new Error('run by Trunk as a post_build hook (TRUNK_STAGING_DIR is unset)');
const here = path.dirname(new URL(import.meta.url).pathname);
const hash = (data) => crypto.createHash('sha256').update(data).digest('hex');

const indexPath = path.join(stage, 'index.html');
let html = fs.readFileSync(indexPath, 'utf8');
const root = path.resolve(here, '..');
const release = process.env.TRUNK_PROFILE === 'release';

// 0. The whole app.
const fullApp = (() => {
  const run = (command, args) => execFileSync(command, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  run('cargo', ['build', '--quiet', '--locked', ...(release ? ['--release'] : []), '--target', 'wasm32-unknown-unknown', '--bin', 'hernia-aid']);
  const built = path.join(root, 'target', 'wasm32-unknown-unknown', release ? 'release' : 'debug', 'hernia-aid.wasm');
  const out = fs.mkdtempSync(path.join(stage, '..', 'full-app-'));
  try {
    run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', out, '--out-name', 'full-app', built]);
    if (fs.existsSync(path.join(out, 'snippets'))) throw new Error('the whole app uses JS snippets: copy them too');
    const wasmIn = path.join(out, 'full-app_bg.wasm');
    if (release) {
      const source = fs.readFileSync(path.join(root, 'index.html'), 'utf8');
      const level = source.match(/data-wasm-opt="(\w+)"/)?.[1];
      const params = source.match(/data-wasm-opt-params="([^"]*)"/)?.[1];
      if (!level || params === undefined) throw new Error('index.html names no wasm-opt level and parameters');
      run('wasm-opt', [`-O${level}`, ...params.trim().split(/\s+/), wasmIn, '-o', wasmIn]);
    }
    const wasm = fs.readFileSync(wasmIn);
    const glue = fs.readFileSync(path.join(out, 'full-app.js'), 'utf8');
    const name = `full-app-${hash(Buffer.concat([wasm, Buffer.from(glue)])).slice(0, 16)}`;
    fs.writeFileSync(path.join(stage, `${name}_bg.wasm`), wasm);
    fs.writeFileSync(path.join(stage, `${name}.js`), glue);
    console.log(`post-build: the whole app, ${name} (${wasm.length} B wasm)`);
    return { glue: `./${name}.js`, wasm: `./${name}_bg.wasm` };
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
})();

/**
 * wasm-bindgen names each function the wasm imports from its glue after the function and a hash
 * (`__wbg_addEventListener_847fd86b8c33ec43`), once in the wasm and once in the glue: about
 * 2.5 KB of brotli on the first load, mostly the hashes, which do not compress. Renames them `$a`,
 * `$b` … in both, and returns the glue; throws if a name is not exactly once in the glue's import
 * object, so a change in wasm-bindgen's output fails the build instead of the page.
 */
function shortenImports(wasmFile, glue) {
  const wasm = fs.readFileSync(wasmFile);
  let at = 8;
  const leb = () => { let value = 0; let shift = 0; let byte; do { byte = wasm[at++]; value += (byte & 0x7f) * 2 ** shift; shift += 7; } while (byte & 0x80); return value; };
  const encode = (n) => { const out = []; do { let byte = n & 0x7f; n = Math.floor(n / 128); if (n) byte |= 0x80; out.push(byte); } while (n); return Buffer.from(out); };
  const name = (text) => Buffer.concat([encode(Buffer.byteLength(text)), Buffer.from(text)]);
  const parts = [wasm.subarray(0, 8)];
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const short = (i) => (i < letters.length ? letters[i] : short(Math.floor(i / letters.length) - 1) + letters[i % letters.length]);
  let renamed = 0;
  while (at < wasm.length) {
    const start = at;
    const id = wasm[at++];
    const size = leb();
    const end = at + size;
    if (id !== 2) { parts.push(wasm.subarray(start, end)); at = end; continue; }
    const entries = [encode(leb())];
    while (at < end) {
      const readName = () => { const length = leb(); const text = wasm.subarray(at, at + length).toString(); at += length; return text; };
      const module = readName();
      let field = readName();
      const descStart = at;
      const kind = wasm[at++];
      if (kind === 0) leb();
      else if (kind === 1) { at++; const flags = wasm[at++]; leb(); if (flags & 1) leb(); }
      else if (kind === 2) { const flags = wasm[at++]; leb(); if (flags & 1) leb(); }
      else if (kind === 3) at += 2;
      else if (kind === 4) { at++; leb(); }
      else throw new Error(`post-build: unknown import kind ${kind} in ${wasmFile}`);
      if (module.endsWith('_bg.js') && /^__wb/.test(field)) {
        const key = new RegExp(`(?<![\\w$])${field}:`, 'g');
        const found = glue.match(key)?.length ?? 0;
        if (found !== 1) throw new Error(`post-build: import ${field} is in the glue ${found} times, not once`);
        // `$` first: terser's short names never start with it, so no other key or ternary matches.
        const to = `$${short(renamed++)}`;
        if (new RegExp(`(?<![\\w$])\\${to}:`).test(glue)) throw new Error(`post-build: the glue already has a key ${to}`);
        glue = glue.replace(key, () => `${to}:`);
        field = to;
      }
      entries.push(name(module), name(field), wasm.subarray(descStart, at));
    }
    const body = Buffer.concat(entries);
    parts.push(Buffer.from([2]), encode(body.length), body);
  }
  fs.writeFileSync(wasmFile, Buffer.concat(parts));
  return glue;
}

if (release) {
  for (const glue of fs.readdirSync(stage).filter((f) => /^(hernia-aid|full-app)-[0-9a-f]+\.js$/.test(f))) {
    const file = path.join(stage, glue);
    const before = fs.readFileSync(file, 'utf8');
    const minified = (await minify(before, { module: true, compress: { passes: 2 }, mangle: true })).code;
    const code = shortenImports(path.join(stage, glue.replace(/\.js$/, '_bg.wasm')), minified);
    fs.writeFileSync(file, code);
    const integrity = `sha384-${crypto.createHash('sha384').update(code).digest('base64')}`;
    html = html.replace(new RegExp(`(href=["']?\\./${glue}["']?[^>]*integrity=["']?)sha384-[A-Za-z0-9+/=]+`), `$1${integrity}`)
      .replace(new RegExp(`(integrity=["']?)sha384-[A-Za-z0-9+/=]+(["']?[^>]*href=["']?\\./${glue})`), `$1${integrity}$2`);
    console.log(`post-build: minified ${glue} from ${before.length} to ${code.length} bytes`);
  }
}
// Chromium ignores `integrity` on a `preload` of the wasm (and warns on every load): the
// loader fetches it, and the service worker checks every file's hash when it installs.
html = html.replace(/(<link\b[^>]*_bg\.wasm[^>]*?)\s+integrity=["']?sha384-[A-Za-z0-9+/=]+["']?/, '$1');
// A frame sandboxed without allow-same-origin has an opaque origin, so the app's own files
// are cross-origin there: checked files must then be fetched with CORS, or SRI refuses them.
html = html.replace(/<link\b(?![^>]*\bcrossorigin\b)([^>]*\bintegrity=)/g, '<link crossorigin$1');
const firstScreen = execFileSync('cargo', ['run', '--quiet', '--locked', '--features', 'prerender', '--bin', 'prerender'], {
  cwd: path.resolve(here, '..'), encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'],
});
if (!firstScreen.includes('id="start-button"')) throw new Error('the prerendered first screen has no start link');
html = html.replace(/<body>/, `<body><div id="prerender">${firstScreen}</div>`);

const inline = html.match(/<script type="?module"?>([\s\S]*?)<\/script>/);
if (!inline) throw new Error('no inline loader found in index.html');
const register = fs.readFileSync(path.join(here, 'pwa-register.js'), 'utf8');
const small = async (code) => (await minify(code, { module: true, compress: { passes: 2 }, mangle: true })).code;
// The app starts only once the browser has recorded the prerendered first screen as the largest
// paint (or, where it does not report that, after two frames; never more than 500 ms): it then
// takes over a screen already shown and measured, so the largest paint is the page's own HTML
// and never waits for the wasm. (Started at once, it removed that screen before the browser
// reported it, and the app's copy counted instead.) The wasm downloads meanwhile (its preload).
const paintFirst = `await new Promise((started) => {
  setTimeout(started, 500);
  if (PerformanceObserver.supportedEntryTypes?.includes('largest-contentful-paint')) {
    new PerformanceObserver(started).observe({ type: 'largest-contentful-paint', buffered: true });
  } else {
    requestAnimationFrame(() => requestAnimationFrame(started));
  }
});`;
// Trunk's loader, `import init, * as bindings from './glue.js'; const wasm = await init({
// module_or_path: './…_bg.wasm' }); …`, starts the first module, which draws the start page. This
// one also loads the whole app: on standby as soon as the first module runs, for it to hand over
// to when the person leaves the start page (read by `platform::handover`), or at once for any
// other address; if that fails (offline and never cached), the first module starts and says so,
// with a retry.
// The start page's addresses (`ui::route`): no screen, and nothing the first module hands on
// (answers, English, an update reload's state, knowledge-check replies); embed parameters and
// `lang=ja` (which embed.js always sets) stay.
const START_PAGE = /^(#\/?)?(\?(?!(.*&)?(a=|resume=|k=|lang=(?!ja(&|$)))).*)?$/;
const firstWasm = inline[1].match(/module_or_path:\s*['"](\.\/[^'"]+_bg\.wasm)['"]/)?.[1];
const firstImport = inline[1].trim().match(/^import\b[^;]+;/)?.[0];
if (!firstWasm || !firstImport) throw new Error('the inline loader has changed: no import or wasm path found');
const appStart = `${firstImport}
let fullApp;
let fullCompiled;
// Compiled while it downloads, like the first module (\`null\` if that fails: init then fetches it).
const compileFull = () => fullCompiled ||= WebAssembly.compileStreaming(fetch(${JSON.stringify(fullApp.wasm)})).catch(() => null);
const loadFullApp = (standby) => fullApp ||= Promise.all([import(${JSON.stringify(fullApp.glue)}), compileFull()]).then(async ([full, compiled]) => {
  window.herniaAid.standby = standby;
  await full.default({ module_or_path: compiled ?? ${JSON.stringify(fullApp.wasm)} });
  if (standby) window.herniaAid.loaded = full;
  return full;
}).catch((error) => { fullApp = undefined; fullCompiled = undefined; throw error; });
window.herniaAid = {
  fullApp: () => loadFullApp(true),
  // Asked by the first module as soon as it runs: every screen after the start page is the whole app's.
  ahead: () => (window.requestIdleCallback || setTimeout)(() => loadFullApp(true).catch(() => {})),
};
const elsewhere = !${START_PAGE}.test(location.hash);
// Compiled while it downloads and while the first screen paints, not after: on a phone that is
// most of the time between the wasm's arrival and the app running.
const firstCompiled = elsewhere ? null : WebAssembly.compileStreaming(fetch(${JSON.stringify(firstWasm)})).catch(() => null);
// Every screen after the start page is the whole app's: its download follows the first module's
// at once, so a quick tap on the start link waits as little as it can.
firstCompiled?.then(() => compileFull());
${paintFirst}
const startFirst = async () => {
  await init({ module_or_path: (await firstCompiled) ?? ${JSON.stringify(firstWasm)} });
};
if (elsewhere) await loadFullApp(false).catch(startFirst);
else await startFirst();`;
const loader = await small(`${appStart}\n\n${register}`);
const loaderName = `loader-${hash(loader).slice(0, 16)}.js`;
fs.writeFileSync(path.join(stage, loaderName), loader);
html = html.replace(inline[0], `<script type="module" src="./${loaderName}"></script>`);
fs.writeFileSync(indexPath, html);

const files = fs.readdirSync(stage, { recursive: true })
  // index.html is precached once, as './' (the worker answers every navigation with it).
  .filter((f) => fs.statSync(path.join(stage, f)).isFile() && !['service-worker.js', 'index.html'].includes(f) && !/\.(br|gz)$/.test(f))
  .sort();
// The first 128 bits of each file's SHA-256: enough to tell two builds' files apart, half the bytes.
const digest = (file) => crypto.createHash('sha256').update(fs.readFileSync(path.join(stage, file))).digest().subarray(0, 16).toString('base64');
const entries = [['./', digest('index.html')], ...files.map((f) => [`./${f}`, digest(f)])];
const buildHash = hash(entries.map(([url, d]) => `${url}\0${d}`).join('\n')).slice(0, 16);
const template = fs.readFileSync(path.join(here, 'service-worker.template.js'), 'utf8');
fs.writeFileSync(path.join(stage, 'service-worker.js'), await small(template
  .replace('__CACHE__', `hernia-aid-${buildHash}`)
  .replace('__FILES__', JSON.stringify(entries))));
console.log(`post-build: ${loaderName}, service worker for ${files.length} files, cache hernia-aid-${buildHash}`);

// 5. Precompressed copies, written last so the worker's list and the copies match the files.
const COMPRESSIBLE = /\.(html|js|mjs|css|wasm|txt|svg|json|webmanifest)$/;
let compressedCount = 0;
for (const file of fs.readdirSync(stage, { recursive: true }).filter((f) => COMPRESSIBLE.test(f))) {
  const full = path.join(stage, file);
  const raw = fs.readFileSync(full);
  fs.writeFileSync(`${full}.br`, zlib.brotliCompressSync(raw, { params: {
    [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
  } }));
  fs.writeFileSync(`${full}.gz`, zlib.gzipSync(raw, { level: 9 }));
  compressedCount++;
}
console.log(`post-build: .br and .gz written for ${compressedCount} files`);
