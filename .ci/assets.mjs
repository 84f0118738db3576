// The first-load assets of a build: index.html and everything it references that the
// browser fetches while loading (scripts, wasm, styles, icons, manifest). Shared by the
// size-budget test and the benchmark, so both count the same files.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/** The whole app's files (glue and wasm), built beside the first module by `.ci/post-build.mjs`. */
export const isFullApp = (file) => /^full-app-[0-9a-f]+(_bg\.wasm|\.js)$/.test(file);

export function firstLoadAssets(dist) {
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  const referenced = new Set(['index.html']);
  const exists = (file) => fs.existsSync(path.join(dist, file)) && fs.statSync(path.join(dist, file)).isFile();
  // Attribute values, quoted or not (the release build minifies the HTML).
  for (const match of html.matchAll(/(?:href|src)=(?:"([^"]+)"|([^\s>]+))/g)) {
    const file = (match[1] ?? match[2]).replace(/^\.?\//, '').split(/[?#]/)[0];
    if (exists(file)) referenced.add(file);
  }
  // Files the loader scripts name (the wasm is fetched by the loader, not by an attribute),
  // but the whole app's: it loads after the first screen (ARCHITECTURE.md, "Two modules").
  for (const script of [...referenced].filter((f) => f.endsWith('.js'))) {
    const source = fs.readFileSync(path.join(dist, script), 'utf8');
    for (const match of source.matchAll(/['"]\.\/([^'"]+)['"]/g)) if (exists(match[1]) && !isFullApp(match[1])) referenced.add(match[1]);
  }
  // The service worker the loader registers: fetched on the first visit too.
  if (exists('service-worker.js')) referenced.add('service-worker.js');
  return [...referenced].map((file) => {
    const raw = fs.readFileSync(path.join(dist, file));
    return {
      file,
      raw: raw.length,
      gzip: zlib.gzipSync(raw, { level: 9 }).length,
      brotli: zlib.brotliCompressSync(raw, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
  });
}

/** The budget for everything a first visit fetches before its service worker, brotli-compressed.
 * #14 asks for 125 KB; the first load is about 73 KB since the first module became the start page
 * alone, and on the phone profile each KB costs about 5 ms of the "app running ≤ 3× a static page"
 * target, so the test holds it to 80 KB. */
export const FIRST_LOAD_BROTLI_BUDGET = 80_000;

/**
 * Everything a first visit transfers: the first load, then what the service worker caches
 * (every file of the build, once), each as the server sends it (its .br copy, or as is).
 */
export function wholeFirstVisit(dist) {
  return fs.readdirSync(dist).filter((f) => !/\.(br|gz)$/.test(f) && fs.statSync(path.join(dist, f)).isFile()).map((file) => {
    const br = path.join(dist, `${file}.br`);
    return { file, sent: fs.statSync(fs.existsSync(br) ? br : path.join(dist, file)).size };
  });
}

/** The first load's brotli bytes by kind, as the benchmark prints them. */
export function splitByKind(assets) {
  const kind = (file) => file.endsWith('.wasm') ? 'wasm' : /^(hernia-aid|full-app)-.*\.js$/.test(file) ? 'glue' : file.endsWith('.css') ? 'css'
    : file.endsWith('.html') ? 'html' : file.endsWith('.js') ? 'loader and worker' : 'icon and manifest';
  const split = {};
  for (const a of assets) split[kind(a.file)] = (split[kind(a.file)] ?? 0) + a.brotli;
  return split;
}
