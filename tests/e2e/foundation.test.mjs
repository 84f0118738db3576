// The app loads from the release build, speaks Japanese first, and switches language both ways.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp } from './harness.mjs';

for (const width of [360, 1280]) {
  test(`first screen in Japanese, switch to English and back (${width} px)`, async () => {
    const app = await openApp({ width });
    const { page } = app;
    try {
      const heading = page.locator('h1');
      await page.waitForSelector('html[data-app-ready]', { state: 'attached' });
      await heading.waitFor();
      assert.equal(await page.getAttribute('html', 'lang'), 'ja');
      assert.match(await heading.innerText(), /治療を選ぶ前に/);
      assert.match(await page.title(), /ガイド/);
      await app.screenshot(`start-ja-${width}`);

      await page.getByRole('button', { name: '表示言語を英語に切り替える' }).click();
      await page.waitForFunction(() => document.documentElement.lang === 'en');
      assert.match(await heading.innerText(), /Sort out your thoughts/);
      assert.match(await page.title(), /after a disc herniation: a guide/);
      await app.screenshot(`start-en-${width}`);

      await page.getByRole('button', { name: 'switch the language to Japanese' }).click();
      await page.waitForFunction(() => document.documentElement.lang === 'ja');
      assert.match(await heading.innerText(), /治療を選ぶ前に/);

      assert.deepEqual(app.problems, [], 'the page logged errors');
    } finally {
      await app.close();
    }
  });
}

test('the first screen is in the page before the wasm, and its start link already works', async () => {
  const { chromium } = await import('playwright-core');
  const { CHROMIUM_ARGS, distDir } = await import('./harness.mjs');
  const { startServer } = await import('../../.ci/server.mjs');
  const served = await startServer({ root: distDir });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    // Hold the wasm back: what shows until then is the prerendered screen.
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    await page.route('**/*_bg.wasm', async (route) => { await held; await route.continue(); });
    await page.goto(served.url);
    assert.match(await page.locator('#prerender h1').innerText(), /治療を選ぶ前に/);
    assert.equal(await page.locator('html[data-app-ready]').count(), 0);
    await page.click('#start-button');
    assert.equal(await page.evaluate(() => location.hash), '#/red-flags');
    release();
    await page.waitForSelector('html[data-app-ready]', { state: 'attached' });
    await page.waitForFunction(() => document.activeElement?.id === 'screen-heading');
    assert.match(await page.locator('h1').innerText(), /受診が必要なサイン/, 'the app opens the step the early click chose');
    assert.equal(await page.locator('#prerender').count(), 0, 'the static copy is gone');
    assert.equal(await page.locator('h1').count(), 1);
  } finally {
    await browser.close();
    await served.close();
  }
});
