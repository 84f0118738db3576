// The first-load assets of a build: index.html and everything it references that the
// browser fetches while loading (scripts, wasm, styles, icons, manifest). Shared by the
// size-budget test and the benchmark, so both count the same files.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export function firstLoadAssets(dist) {
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  const referenced = new Set(['index.html']);
  const exists = (file) => fs.existsSync(path.join(dist, file)) && fs.statSync(path.join(dist, file)).isFile();
  // Attribute values, quoted or not (the release build minifies the HTML).
  for (const match of html.matchAll(/(?:href|src)=(?:"([^"]+)"|([^\s>]+))/g)) {
    const file = (match[1] ?? match[2]).replace(/^\.?\//, '').split(/[?#]/)[0];
    if (exists(file)) referenced.add(file);
  }
  // Files the loader scripts name (the wasm is fetched by the loader, not by an attribute).
  for (const script of [...referenced].filter((f) => f.endsWith('.js'))) {
    const source = fs.readFileSync(path.join(dist, script), 'utf8');
    for (const match of source.matchAll(/['"]\.\/([^'"]+)['"]/g)) if (exists(match[1])) referenced.add(match[1]);
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

/** The budget for everything a first visit transfers, brotli-compressed (issue: performance). */
export const FIRST_LOAD_BROTLI_BUDGET = 150_000;
