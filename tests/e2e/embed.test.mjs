// The one-line embed on a clinic's page, served from a second loopback origin.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { distDir, launch } from './harness.mjs';
import { startServer } from '../../.ci/server.mjs';

async function hostServer() {
  let html = '';
  const server = http.createServer((req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${server.address().port}`, setPage: (page) => { html = page; }, close: () => new Promise((r) => server.close(r)) };
}

test('a clinic page embeds the widget: it renders, resizes, ignores strangers and leaves the host alone', async () => {
  const host = await hostServer();
  const app = await startServer({ root: distDir, frameAncestors: `'self' ${host.origin}` });
  host.setPage(`<!doctype html><html lang="ja"><head><title>Clinic</title>
    <style>body { font: 18px serif; margin: 20px; } .clinic { color: rgb(120, 0, 0); }</style></head>
    <body><h1 class="clinic">さくら整形外科</h1><p class="clinic" id="before">診療案内</p>
    <script src="${app.url}embed.js" data-lang="ja" data-provider-name="さくら整形外科" data-provider-url="https://clinic.example/" async></script>
    <p class="clinic" id="after">アクセス</p></body></html>`);
  const browser = await launch();
  const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  try {
    await page.goto(host.origin);
    const hostStyle = () => page.evaluate(() => ({
      sheets: document.styleSheets.length,
      color: getComputedStyle(document.getElementById('before')).color,
      font: getComputedStyle(document.body).fontFamily,
      children: document.body.children.length,
    }));
    const iframe = page.locator('iframe');
    await iframe.waitFor();
    assert.equal(await iframe.getAttribute('loading'), 'lazy');
    assert.match(await iframe.getAttribute('title'), /ガイド/);
    assert.match(await iframe.getAttribute('sandbox'), /allow-scripts/);
    assert.ok((await iframe.getAttribute('src')).startsWith(`${app.url}#/?embed=1`));
    assert.equal(await page.evaluate(() => document.getElementById('before').nextElementSibling.tagName), 'SCRIPT');
    assert.equal(await page.evaluate(() => document.querySelector('script[src$="embed.js"]').nextElementSibling.tagName), 'IFRAME');

    const frame = page.frameLocator('iframe');
    await frame.locator('html[data-app-ready]').waitFor({ state: 'attached' });
    await frame.locator('#screen-heading').waitFor();
    assert.match(await frame.locator('#screen-heading').innerText(), /治療を選ぶ前に/);
    assert.equal(await frame.locator('.app.embedded').count(), 1, 'compact embed mode');
    assert.equal(await frame.locator('.app-title').isVisible(), false, 'no app chrome');
    assert.match(await frame.locator('aside.provider').innerText(), /このツールの提供者について[\s\S]*さくら整形外科/);
    assert.equal(await frame.locator('main aside.provider, .options-section .provider').count(), 0, 'the provider is never inside the content');

    const heightOf = () => iframe.evaluate((f) => f.getBoundingClientRect().height);
    const contentHeight = () => frame.locator('body').evaluate((b) => b.scrollHeight);
    await page.waitForFunction(() => document.querySelector('iframe').style.height !== '640px');
    const startHeight = await heightOf();
    assert.ok(Math.abs(startHeight - await contentHeight()) <= 2, 'the frame fits the start screen');
    await frame.locator('#start-button').click();
    await frame.locator('input[name="red_flags.saddle_numbness"]').first().waitFor();
    await page.waitForFunction((h) => document.querySelector('iframe').getBoundingClientRect().height > h + 200, startHeight);
    const stepHeight = await heightOf();
    assert.ok(Math.abs(stepHeight - await contentHeight()) <= 2, `the frame grows with the step (${startHeight} → ${stepHeight})`);

    // Messages from the host's own origin (not the app) are ignored; the app's are clamped.
    await page.evaluate(() => window.postMessage({ type: 'hernia-aid:height', height: 40 }, '*'));
    await page.waitForTimeout(200);
    assert.equal(await heightOf(), stepHeight);
    await frame.locator('body').evaluate(() => parent.postMessage({ type: 'hernia-aid:height', height: 10 }, '*'));
    await page.waitForFunction(() => document.querySelector('iframe').style.height === '320px');

    const after = await hostStyle();
    assert.deepEqual(after, { sheets: 1, color: 'rgb(120, 0, 0)', font: 'serif', children: 5 }, 'host layout untouched');
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
    await app.close();
    await host.close();
  }
});

test('the app refuses to be framed by a site its policy does not name', async () => {
  const host = await hostServer();
  const app = await startServer({ root: distDir }); // frame-ancestors 'self' only
  host.setPage(`<!doctype html><html><body><script src="${app.url}embed.js" async></script></body></html>`);
  const browser = await launch();
  const page = await browser.newPage();
  try {
    await page.goto(host.origin);
    await page.locator('iframe').waitFor();
    await page.waitForTimeout(1500);
    const frame = page.frames().find((f) => f !== page.mainFrame());
    const rendered = frame ? await frame.locator('#screen-heading').count().catch(() => 0) : 0;
    assert.equal(rendered, 0, 'blocked by frame-ancestors');
  } finally {
    await browser.close();
    await app.close();
    await host.close();
  }
});
