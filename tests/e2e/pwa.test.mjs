// Installable and offline: the manifest and service worker pass Chrome's installability
// check, a flow completes offline, an update is offered and then used whole, and the app
// works from a sub-path.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, distDir, openApp } from './harness.mjs';
import { startServer } from '../../.ci/server.mjs';
import { answerRedFlags, heading, next } from './flow.mjs';

/** Waits until the service worker controls the page (it claims the page on first install). */
async function controlled(page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20_000 });
}

async function shortFlow(page) {
  await page.click('#start-button');
  await heading(page);
  await answerRedFlags(page);
  for (let step = 0; step < 6; step++) await next(page);
  assert.match(await heading(page), /あなたのまとめ|Your summary/);
}

test('Chrome reports no installability errors', async () => {
  // Installing needs a profile of its own: Chrome never installs from an incognito-like context.
  const served = await startServer({ root: distDir });
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'hernia-aid-profile-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const page = context.pages()[0] ?? await context.newPage();
    await page.goto(served.url);
    await heading(page);
    await controlled(page);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    assert.deepEqual(installabilityErrors, []);
    const manifest = await (await page.request.get(`${served.url}manifest.webmanifest`)).json();
    assert.equal(manifest.display, 'standalone');
    assert.equal(manifest.start_url, './');
    assert.ok(manifest.icons.some((i) => i.purpose === 'maskable'));
    assert.ok(manifest.translations.en.name.includes('decision guide'));
  } finally {
    await context.close();
    await served.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
});

for (const prefix of ['/', '/tools/hernia/']) {
  test(`offline after one visit: reload and complete a flow, in both languages (served at ${prefix})`, async () => {
    const app = await openApp({ prefix });
    const { page } = app;
    try {
      await heading(page);
      await controlled(page);
      assert.ok(await page.evaluate(() => navigator.serviceWorker.controller.scriptURL), 'a worker controls the page');
      await app.context.setOffline(true);
      await page.reload();
      await shortFlow(page);
      await page.click('.lang-switch');
      await page.waitForFunction(() => document.documentElement.lang === 'en');
      assert.match(await heading(page), /Your summary/);
      assert.deepEqual(app.problems.filter((p) => !p.includes('ERR_INTERNET_DISCONNECTED')), []);
      if (prefix !== '/') {
        const scope = await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.scope));
        assert.equal(new URL(scope).pathname, prefix);
        assert.ok(app.requests.every((r) => r.url.startsWith(prefix)), 'every request stays under the sub-path');
      }
    } finally {
      await app.context.setOffline(false);
      await app.close();
    }
  });
}

test('an update is offered quietly, then only the new version is used', async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'hernia-aid-a-'));
  fs.cpSync(distDir, root, { recursive: true });
  const app = await openApp({ root });
  const { page } = app;
  try {
    await heading(page);
    await controlled(page);
    const cacheA = await page.evaluate(() => caches.keys());
    assert.equal(cacheA.length, 1);

    // Build B: different content, so a different cache name.
    fs.appendFileSync(path.join(root, 'en.txt'), '\n# build B\n');
    const worker = path.join(root, 'service-worker.js');
    fs.writeFileSync(worker, fs.readFileSync(worker, 'utf8').replace(/hernia-aid-[0-9a-f]{16}/, 'hernia-aid-bbbbbbbbbbbbbbbb'));

    await page.reload();
    await page.locator('.update-prompt').waitFor({ timeout: 20_000 });
    assert.match(await page.locator('.update-prompt').innerText(), /新しい版があります/);
    assert.equal(await page.locator('.update-prompt').getAttribute('role'), 'status');
    const reloaded = page.waitForEvent('load');
    await page.click('.update-prompt button');
    await reloaded;
    await heading(page);
    assert.deepEqual(await page.evaluate(() => caches.keys()), ['hernia-aid-bbbbbbbbbbbbbbbb'], 'the old cache is gone');
    const english = await page.evaluate(() => fetch('en.txt').then((r) => r.text()));
    assert.ok(english.includes('# build B'), 'the new version\'s files are served');
    assert.equal(await page.locator('.update-prompt').count(), 0);
  } finally {
    await app.close();
    fs.rmSync(root, { recursive: true, force: true });
  }
});
