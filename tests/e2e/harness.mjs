// Shared set-up for the browser tests: the release build served on loopback, and Debian's
// Chromium driven by playwright-core. Every page records console errors and page errors,
// so a test can assert that the app logged none.
import { chromium } from 'playwright-core';
import path from 'node:path';
import fs from 'node:fs';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../.ci/server.mjs';
import { startNginx } from '../../.ci/nginx.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, '../..');
export const distDir = path.join(repoRoot, 'dist');
export const screenshotDir = path.join(repoRoot, 'target', 'screenshots');

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export function launch() {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/**
 * The server the browser tests run against: the bundled one (`.ci/server.mjs`), or with
 * HERNIA_SERVER=nginx Debian's nginx with the production configuration in deploy/nginx/.
 */
export const SERVER = process.env.HERNIA_SERVER === 'nginx' ? 'nginx' : 'bundled';
export function serve(options) {
  return SERVER === 'nginx' ? startNginx(options) : startServer(options);
}

/** Serves a build (the release build by default) and opens it in a fresh browser. */
export async function openApp({ width = 1280, height = 900, root = distDir, prefix = '/', frameAncestors, path: at = '' } = {}) {
  if (!fs.existsSync(path.join(root, 'index.html'))) {
    throw new Error(`${root}/index.html is missing: run the release build first (npm test does)`);
  }
  const log = [];
  const served = await serve({ root, prefix, frameAncestors, log });
  const browser = await launch();
  const context = await browser.newContext({ viewport: { width, height }, locale: 'ja-JP' });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (msg) => { if (msg.type() === 'error') problems.push(`console: ${msg.text()}`); });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  // A request cut off by a new navigation (a reload) is not a failure of the app.
  page.on('requestfailed', (req) => {
    if (!req.failure()?.errorText.includes('ERR_ABORTED')) problems.push(`request failed: ${req.url()}`);
  });
  page.on('response', (res) => { if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`); });
  await page.goto(served.url + at);
  return {
    page, browser, context, url: served.url, origin: served.origin, problems,
    /** Every request the server answered so far: `url` (the path) and `status`. */
    get requests() { return served.requests?.() ?? log; },
    async screenshot(name) {
      fs.mkdirSync(screenshotDir, { recursive: true });
      await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
    },
    async close() {
      await browser.close();
      await served.close();
    },
  };
}

// Evaluated through the DevTools protocol, which the page's CSP (no inline script) does not govern.
const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core on the whole page: no violation of WCAG 2.2 AA or best practice. */
export async function axe(page, where) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () =>
    // eslint-disable-next-line no-undef
    window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } }));
  const found = result.violations.map((v) => `${where}: ${v.id} (${v.impact}) ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  assert.deepEqual(found, [], found.join('\n'));
}
