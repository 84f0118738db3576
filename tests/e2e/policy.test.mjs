// Privacy and security: every flow runs under the Content-Security-Policy (the test server
// sends it on every response, so all browser tests run under it); here every request is
// recorded and checked to be same-origin, no cookie is set, and nothing is stored until the
// person turns on "remember my answers", which they can also undo.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp } from './harness.mjs';
import { afterSurgeryWithAccident, heading, openAllParts } from './flow.mjs';

async function storageOf(page) {
  return page.evaluate(async () => ({
    local: Object.keys(localStorage),
    session: Object.keys(sessionStorage),
    indexedDb: (await indexedDB.databases()).map((d) => d.name),
    cookie: document.cookie,
  }));
}

test('every request stays on the app origin, no cookies, no storage before opting in', async () => {
  const app = await openApp({ width: 1280 });
  const { page } = app;
  const urls = [];
  const warnings = [];
  page.on('request', (request) => urls.push(request.url()));
  page.on('console', (message) => { if (message.type() === 'warning') warnings.push(message.text()); });
  try {
    const response = await page.reload();
    const csp = response.headers()['content-security-policy'];
    assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
    assert.match(csp, /style-src 'self'(;|$)/);
    assert.match(csp, /connect-src 'self'/);
    assert.match(csp, /frame-ancestors/);
    const headers = response.headers();
    assert.equal(headers['cross-origin-opener-policy'], 'same-origin');
    assert.match(headers['permissions-policy'], /camera=\(\), .*geolocation=\(\), .*microphone=\(\), .*payment=\(\)/);
    assert.match(headers['strict-transport-security'], /max-age=\d+/);
    assert.equal(headers['x-frame-options'], 'SAMEORIGIN', "only while frame-ancestors is 'self'");
    await heading(page);
    assert.deepEqual(warnings.filter((w) => /integrity|preload|Permissions-Policy/i.test(w)), [], 'no warning about the page\'s own markup or headers');
    await afterSurgeryWithAccident(page);
    await page.click('.lang-switch');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.url });
    await page.click('button:has-text("Copy link")');
    await page.locator('.status-message').waitFor();
    await page.emulateMedia({ media: 'print' });
    await page.emulateMedia({ media: 'screen' });

    const foreign = urls.filter((u) => new URL(u).origin !== app.origin);
    assert.deepEqual(foreign, [], 'no request leaves the app origin');
    assert.ok(urls.every((u) => !/[12]\.[nyu]\./.test(new URL(u).search)), 'answers never travel in a request');
    assert.deepEqual(await page.context().cookies(), []);
    assert.deepEqual(await storageOf(page), { local: [], session: [], indexedDb: [], cookie: '' });
    // The offline cache holds this build's files and nothing of the person's.
    const cached = await page.evaluate(async () => {
      const names = await caches.keys();
      const requests = (await Promise.all(names.map(async (n) => (await caches.open(n)).keys()))).flat();
      return requests.map((r) => new URL(r.url).pathname + new URL(r.url).search + new URL(r.url).hash);
    });
    assert.ok(cached.length > 5 && cached.every((p) => /^\/[\w.-]*$/.test(p)), cached.join(' '));
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('remembering answers is opt-in, survives a reload, can be deleted, and unreadable data is kept', async () => {
  const app = await openApp({ width: 1280 });
  const { page } = app;
  try {
    await heading(page);
    await afterSurgeryWithAccident(page);
    assert.deepEqual((await storageOf(page)).local, []);
    assert.equal(await page.isChecked('#remember'), false, 'off by default');
    await page.check('#remember');
    await page.waitForFunction(() => localStorage.getItem('hernia-aid.answers') !== null);
    await page.check('input[name="decision.leaning"][value="surgery"]');
    await page.waitForFunction(() => /\.s(\.[a-z]*){4}~/.test(localStorage.getItem('hernia-aid.answers')));

    await page.goto(app.url);
    await page.evaluate(() => { location.hash = '#/results'; });
    await page.waitForFunction(() => location.hash === '#/results');
    await openAllParts(page);
    assert.equal(await page.isChecked('input[name="decision.leaning"][value="surgery"]'), true, 'answers came back');
    assert.equal(await page.isChecked('#remember'), true);

    await page.click('#forget');
    await page.waitForFunction(() => localStorage.length === 0);
    assert.equal(await page.isChecked('#remember'), false);
    assert.equal(await page.isChecked('input[name="decision.leaning"][value="surgery"]'), true, 'forgetting keeps the screen');

    await page.evaluate(() => localStorage.setItem('hernia-aid.answers', '1.y.broken~zzz'));
    await page.reload();
    await page.locator('.notice[role=alert]').waitFor();
    assert.match(await page.locator('.notice').innerText(), /開けませんでした[\s\S]*消さずに残してあります/);
    assert.equal(await page.evaluate(() => localStorage.getItem('hernia-aid.answers')), '1.y.broken~zzz', 'kept until the person deletes it');
    await heading(page);
    await openAllParts(page);
    assert.equal(await page.isChecked('input[name="decision.leaning"][value="surgery"]'), false, 'a fresh start, not a crash');
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});
