// Trunk's post-build hook, run on the staged build before it becomes dist/:
// 1. moves Trunk's inline module loader into a hashed file, with the service-worker
//    registration after it, so the page runs under `script-src 'self'` with no inline script;
// 2. writes service-worker.js, precaching every file of this build in a cache named after
//    the build's content hash.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';

const stage = process.env.TRUNK_STAGING_DIR;
if (!stage) throw new Error('run by Trunk as a post_build hook (TRUNK_STAGING_DIR is unset)');
const here = path.dirname(new URL(import.meta.url).pathname);
const hash = (data) => crypto.createHash('sha256').update(data).digest('hex');

const indexPath = path.join(stage, 'index.html');
let html = fs.readFileSync(indexPath, 'utf8');
const inline = html.match(/<script type="module">([\s\S]*?)<\/script>/);
if (!inline) throw new Error('no inline loader found in index.html');
const register = fs.readFileSync(path.join(here, 'pwa-register.js'), 'utf8');
const loader = `${inline[1].trim()}\n\n${register}`;
const loaderName = `loader-${hash(loader).slice(0, 16)}.js`;
fs.writeFileSync(path.join(stage, loaderName), loader);
html = html.replace(inline[0], `<script type="module" src="./${loaderName}"></script>`);
fs.writeFileSync(indexPath, html);

const files = fs.readdirSync(stage, { recursive: true })
  .filter((f) => fs.statSync(path.join(stage, f)).isFile() && f !== 'service-worker.js')
  .sort();
const buildHash = hash(files.map((f) => f + '\0' + hash(fs.readFileSync(path.join(stage, f)))).join('\n')).slice(0, 16);
const template = fs.readFileSync(path.join(here, 'service-worker.template.js'), 'utf8');
fs.writeFileSync(path.join(stage, 'service-worker.js'), template
  .replace('__CACHE__', `hernia-aid-${buildHash}`)
  .replace('__FILES__', JSON.stringify(['./', ...files.map((f) => `./${f}`)])));
console.log(`post-build: ${loaderName}, service worker for ${files.length} files, cache hernia-aid-${buildHash}`);
