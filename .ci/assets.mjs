// The first-load assets of a build: index.html and everything it references that the
// browser fetches while loading (scripts, wasm, styles, icons, manifest). Shared by the
// size-budget test and the benchmark, so both count the same files.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export function firstLoadAssets(dist) {
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  const referenced = new Set(['index.html']);
  for (const match of html.matchAll(/(?:href|src)="\.?\/?([^"#?]+)"/g)) {
    const file = match[1];
    if (fs.existsSync(path.join(dist, file))) referenced.add(file);
  }
  // The wasm is loaded by the JS glue, not named as an attribute.
  for (const match of html.matchAll(/['"]\.?\/?([^'"]+_bg\.wasm)['"]/g)) referenced.add(match[1]);
  const extra = ['service-worker.js'].filter((f) => fs.existsSync(path.join(dist, f)));
  return [...referenced, ...extra].map((file) => {
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
