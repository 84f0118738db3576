// Making a second build ("B") from the release build, for the update tests, the way a real
// new build differs: other content, other hashed file names, a service worker that lists
// the new files with their digests. A deploy can then copy it over in any order.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { distDir } from './harness.mjs';

/**
 * A copy of a build to change. Without the precompressed .br and .gz copies: a test that
 * changes a file would otherwise be served the old compressed one.
 */
export function copyBuild(from = distDir) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'hernia-aid-build-'));
  fs.cpSync(from, root, { recursive: true, filter: (source) => !/\.(br|gz)$/.test(source) });
  return root;
}

const sha = (algorithm, data, encoding = 'base64') => crypto.createHash(algorithm).update(data).digest(encoding);

/** The service worker's file list recomputed from the files in `root`, under a new cache name. */
function rewriteWorker(root, cacheName) {
  const file = path.join(root, 'service-worker.js');
  const worker = fs.readFileSync(file, 'utf8')
    .replace(/hernia-aid-[0-9a-f]{16}/, cacheName)
    .replace(/\["(\.\/[^"]*)","[A-Za-z0-9+/=]+"\]/g, (_, url) => {
      const onDisk = path.join(root, url === './' ? 'index.html' : url.slice(2));
      const digest = crypto.createHash('sha256').update(fs.readFileSync(onDisk)).digest().subarray(0, 16).toString('base64');
      return `["${url}","${digest}"]`;
    });
  fs.writeFileSync(file, worker);
}

/**
 * Build B in a folder of its own: the wasm and its JS glue renamed (as a new content hash
 * renames them), every reference and integrity hash updated, English marked, and a service
 * worker for exactly these files. Returns the folder and the names it added and dropped.
 */
export function makeBuildB(from = distDir) {
  const root = copyBuild(from);
  const glue = fs.readdirSync(root).find((f) => /^hernia-aid-[0-9a-f]+\.js$/.test(f));
  const oldHash = glue.match(/hernia-aid-([0-9a-f]+)\.js/)[1];
  const newHash = 'b'.repeat(oldHash.length);
  const renamed = fs.readdirSync(root).filter((f) => f.includes(oldHash));
  for (const name of renamed) fs.renameSync(path.join(root, name), path.join(root, name.replace(oldHash, newHash)));
  for (const name of fs.readdirSync(root).filter((f) => /\.(js|html)$/.test(f))) {
    const file = path.join(root, name);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replaceAll(oldHash, newHash));
  }
  const newGlue = glue.replace(oldHash, newHash);
  const integrity = `sha384-${sha('sha384', fs.readFileSync(path.join(root, newGlue)))}`;
  const index = path.join(root, 'index.html');
  fs.writeFileSync(index, fs.readFileSync(index, 'utf8')
    .replace(new RegExp(`(href=["']?\\./${newGlue}["']?[^>]*integrity=["']?)sha384-[A-Za-z0-9+/=]+`), `$1${integrity}`)
    .concat('<!-- build B -->'));
  fs.appendFileSync(path.join(root, 'en.txt'), '\n# build B\n');
  rewriteWorker(root, 'hernia-aid-bbbbbbbbbbbbbbbb');
  return { root, added: renamed.map((n) => n.replace(oldHash, newHash)), dropped: renamed };
}

/**
 * Copies named files of build B over the served folder, dated a little later, as a real deploy
 * comes after the build it replaces: nginx's ETag is the modification time (to the second) and
 * the size, and build B's worker script has the same size as build A's.
 */
export function copyFiles(from, to, names) {
  const later = Date.now() / 1000 + 5;
  for (const name of names) {
    fs.copyFileSync(path.join(from, name), path.join(to, name));
    fs.utimesSync(path.join(to, name), later, later);
  }
}

/** Deletes named files from the served folder. */
export function removeFiles(root, names) {
  for (const name of names) fs.rmSync(path.join(root, name), { force: true });
}
