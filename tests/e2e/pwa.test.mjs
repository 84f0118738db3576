// Installable and offline: the manifest and service worker pass Chrome's installability
// check, a flow completes offline, an update is offered and then used whole, and the app
// works from a sub-path.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, distDir, openApp, serve } from './harness.mjs';
import { answerRedFlags, heading, next, pastRedFlags } from './flow.mjs';
import { copyBuild, copyFiles, makeBuildB, removeFiles } from './deploy.mjs';

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
  const served = await serve({ root: distDir });
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
    assert.ok(manifest.translations.en.name.includes('after a disc herniation'));
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

/** Waits for the update bar, after asking the browser to look for a new worker now. */
async function updateOffered(page) {
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()).catch(() => {}));
  await page.locator('.update-prompt').waitFor({ timeout: 20_000 });
}

/** Presses "Reload" in the update bar and waits for the new version's page. */
async function applyUpdate(page) {
  const reloaded = page.waitForEvent('load');
  await page.click('#update-reload');
  await reloaded;
}

/** Whether the page runs build B (`deploy.mjs` renames its files). */
const runsBuildB = (page) => page.evaluate(() => document.querySelector('link[rel=modulepreload]').href.includes('bbbbbbbb'));

/** Answers part of the history step, where an unsaved person would lose most by a reload. */
async function answerSomeHistory(page) {
  await pastRedFlags(page);
  await page.check('input[name="history.surgery"][value="laser"]');
  await page.fill('#history-since_onset-amount', '１４');
  await page.selectOption('#history-since_onset-unit', 'weeks');
  await page.check('input[name="history.tried.medication"]');
  await page.check('input[name="history.tried.brace"]');
}

async function historyKept(page) {
  assert.equal(await page.evaluate(() => location.hash), '#/history', 'the same screen, and the answers leave the address bar');
  assert.equal(await page.isChecked('input[name="history.surgery"][value="laser"]'), true);
  assert.equal(await page.inputValue('#history-since_onset-amount'), '14');
  assert.equal(await page.inputValue('#history-since_onset-unit'), 'weeks');
  assert.equal(await page.isChecked('input[name="history.tried.medication"]'), true);
  assert.equal(await page.isChecked('input[name="history.tried.brace"]'), true);
}

for (const firstVisit of [false, true]) {
  test(`an update reload keeps the answers and screen, with nothing stored (${firstVisit ? 'a tab opened on the first visit' : 'a returning visit'})`, async () => {
    const root = copyBuild();
    const app = await openApp({ root });
    const { page } = app;
    try {
      await heading(page);
      await controlled(page);
      if (!firstVisit) {
        await page.reload();
        await heading(page);
        assert.ok(await page.evaluate(() => navigator.serviceWorker.controller !== null), 'controlled from the start');
      }
      await answerSomeHistory(page);
      const b = makeBuildB(root);
      copyFiles(b.root, root, fs.readdirSync(b.root));
      await updateOffered(page);
      assert.match(await page.locator('.update-prompt').innerText(), /新しい版があります/);
      assert.equal(await page.locator('.update-prompt').getAttribute('role'), 'status');
      await applyUpdate(page);
      await heading(page);
      assert.equal(await runsBuildB(page), true, 'build B runs');
      await historyKept(page);
      assert.deepEqual(await page.evaluate(() => caches.keys()), [`hernia-aid-bbbbbbbbbbbbbbbb@${app.url}`], 'the old cache is gone');
      assert.ok((await page.evaluate(() => fetch('en.txt').then((r) => r.text()))).includes('# build B'), 'the new version\'s files are served');
      assert.deepEqual(await page.evaluate(() => Object.keys(localStorage)), [], 'nothing stored to carry the answers');
      assert.equal(await page.locator('.update-prompt').count(), 0);
      assert.deepEqual(app.problems, []);
    } finally {
      await app.close();
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
}

test('an update switches every open tab whole, and each keeps its own answers', async () => {
  const root = copyBuild();
  const app = await openApp({ root });
  const first = app.page;
  try {
    await heading(first);
    await controlled(first);
    const second = await app.context.newPage();
    await second.goto(app.url);
    await heading(second);
    await answerSomeHistory(first);
    await pastRedFlags(second);
    await second.check('input[name="history.surgery"][value="none"]');
    fs.cpSync(makeBuildB(root).root, root, { recursive: true });
    await updateOffered(first);
    await second.locator('.update-prompt').waitFor({ timeout: 20_000 });
    const reloads = [first.waitForEvent('load'), second.waitForEvent('load')];
    await first.click('#update-reload');
    await Promise.all(reloads);
    for (const page of [first, second]) {
      await heading(page);
      assert.equal(await runsBuildB(page), true, 'build B in every tab');
    }
    await historyKept(first);
    assert.equal(await second.evaluate(() => location.hash), '#/history');
    assert.equal(await second.isChecked('input[name="history.surgery"][value="none"]'), true, 'the other tab keeps its own answers');
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
    fs.rmSync(root, { recursive: true, force: true });
  }
});

test('a deploy that is not atomic never leaves a broken page: old until the new build is whole, then new', async () => {
  const root = copyBuild();
  const app = await openApp({ root });
  const { page } = app;
  const b = makeBuildB(root);
  try {
    await heading(page);
    await controlled(page);
    // Step 1: the new hashed files and the new worker arrive while index.html is still the old one.
    copyFiles(b.root, root, fs.readdirSync(b.root).filter((name) => name !== 'index.html'));
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()).catch(() => {}));
    await page.waitForTimeout(1500);
    assert.equal(await page.locator('.update-prompt').count(), 0, 'a build whose index.html is not yet there is not installed');
    // Step 2: index.html is replaced and the old files are deleted at once.
    copyFiles(b.root, root, ['index.html']);
    removeFiles(root, b.dropped);
    await page.reload();
    await heading(page);
    assert.equal(await runsBuildB(page), false, 'still the old build, whole');
    await page.click('#start-button');
    await heading(page);
    await updateOffered(page);
    await applyUpdate(page);
    assert.match(await heading(page), /受診が必要なサイン/, 'the new build opens where the person was');
    assert.equal(await runsBuildB(page), true);
    assert.deepEqual(app.problems, [], 'no request for a deleted file');
  } finally {
    await app.close();
    fs.rmSync(root, { recursive: true, force: true });
    fs.rmSync(b.root, { recursive: true, force: true });
  }
});

test('an update interrupted mid-install (the server goes away) leaves the page running one version whole', async () => {
  const root = copyBuild();
  const served = await serve({ root });
  const port = new URL(served.origin).port;
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  let server = served;
  try {
    await page.goto(served.url);
    await heading(page);
    await controlled(page);
    await answerSomeHistory(page);
    const b = makeBuildB(root);
    copyFiles(b.root, root, fs.readdirSync(b.root));
    // The worker starts fetching build B, and the server disappears under it.
    const update = page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()).catch(() => {}));
    await server.close();
    await update;
    await page.waitForTimeout(1000);
    await historyKept(page);
    await next(page);
    assert.match(await heading(page), /今の症状/, 'the running version goes on, offline');
    // The server comes back: the page either is offered the update or keeps running A; never a mix.
    server = await serve({ root, port: Number(port) });
    await page.reload();
    await heading(page);
    await updateOffered(page);
    await applyUpdate(page);
    assert.match(await heading(page), /今の症状/);
    assert.deepEqual(await page.evaluate(() => caches.keys()), [`hernia-aid-bbbbbbbbbbbbbbbb@${served.url}`]);
    assert.deepEqual(errors, []);
    fs.rmSync(b.root, { recursive: true, force: true });
  } finally {
    await browser.close();
    await server.close();
    fs.rmSync(root, { recursive: true, force: true });
  }
});

test('a first visit downloads each file once, the worker\'s precache included; a second visit only revalidates', async () => {
  const app = await openApp({ width: 1280 });
  const { page } = app;
  try {
    await heading(page);
    await controlled(page);
    // The worker has cached the whole build, and the page has read its later files.
    await page.waitForFunction(() => caches.keys().then(async (keys) => keys.length === 1 && (await (await caches.open(keys[0])).keys()).length > 10));
    await page.waitForTimeout(500);
    const fetched = app.requests.filter((r) => r.status === 200).map((r) => r.url);
    const twice = fetched.filter((url, i) => fetched.indexOf(url) !== i);
    assert.deepEqual(twice, [], 'no file is downloaded twice');
    const cached = await page.evaluate(() => caches.keys().then(async (keys) => (await (await caches.open(keys[0])).keys()).map((r) => new URL(r.url).pathname)));
    for (const url of cached) assert.ok(fetched.includes(url), `${url} was downloaded once`);
    // A second visit: the worker answers; the network sees revalidations only (the worker's
    // update check), never a whole file again.
    const before = app.requests.length;
    const again = await app.context.newPage();
    await again.goto(app.url);
    await heading(again);
    await again.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    await again.waitForTimeout(500);
    const second = app.requests.slice(before);
    assert.deepEqual(second.filter((r) => r.status !== 304), [], `second visit: ${JSON.stringify(second)}`);
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});
