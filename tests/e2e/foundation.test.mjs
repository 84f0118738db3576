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

// The first module is the start page alone (ARCHITECTURE.md, "Two modules"): every screen after
// it is the whole app's, which the start page asks for as soon as it runs.
test('leaving the start page: at once when the whole app is there, else a waiting screen, and a retry if it cannot be loaded', async () => {
  const { chromium } = await import('playwright-core');
  const { CHROMIUM_ARGS, distDir } = await import('./harness.mjs');
  const { startServer } = await import('../../.ci/server.mjs');
  const served = await startServer({ root: distDir });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const problems = [];
  try {
    // The whole app arrived: the start link opens the first step in the same click, with no
    // waiting screen ever drawn.
    const page = await browser.newPage();
    page.on('pageerror', (e) => problems.push(String(e)));
    await page.goto(served.url);
    await page.waitForSelector('html[data-app-ready]', { state: 'attached' });
    await page.waitForFunction(() => window.herniaAid?.loaded !== undefined);
    await page.evaluate(() => {
      window.sawWaiting = false;
      new MutationObserver(() => { window.sawWaiting ||= Boolean(document.querySelector('.waiting')); })
        .observe(document.body, { childList: true, subtree: true });
    });
    await page.click('#start-button');
    await page.locator('input[name="red_flags.saddle_numbness"]').first().waitFor();
    assert.equal(await page.evaluate(() => window.sawWaiting), false, 'no waiting screen when the whole app is there');
    await page.close();

    // Not there yet: About waits with its heading and a note, then opens.
    const slow = await browser.newPage({ serviceWorkers: 'block' });
    slow.on('pageerror', (e) => problems.push(String(e)));
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    await slow.route('**/full-app-*_bg.wasm', async (route) => { await held; await route.continue(); });
    await slow.goto(served.url);
    await slow.waitForSelector('html[data-app-ready]', { state: 'attached' });
    await slow.click('#footer-about');
    await slow.locator('.waiting').waitFor();
    assert.match(await slow.locator('h1').innerText(), /このガイドについて/);
    assert.match(await slow.locator('.waiting').innerText(), /読み込んでいます/);
    release();
    await slow.waitForFunction(() => document.querySelector('h1')?.innerText.includes('このガイドについて') && !document.querySelector('.waiting'));
    assert.equal(await slow.evaluate(() => location.hash), '#/about');
    await slow.getByRole('button', { name: '前の画面に戻る' }).click();
    await slow.locator('#start-button').waitFor();
    await slow.close();

    // Cannot be loaded (offline before it was ever cached): the step says so, and "try again"
    // opens it once it can be loaded.
    // (The service worker, which Playwright's routes do not reach, would cache it meanwhile.)
    const broken = await browser.newPage({ serviceWorkers: 'block' });
    broken.on('pageerror', (e) => problems.push(String(e)));
    await broken.route('**/full-app-*', (route) => route.abort());
    await broken.goto(served.url);
    await broken.waitForSelector('html[data-app-ready]', { state: 'attached' });
    await broken.click('#start-button');
    await broken.locator('#later-retry').waitFor();
    assert.match(await broken.locator('h1').innerText(), /受診が必要なサイン/);
    assert.match(await broken.locator('.waiting').innerText(), /読み込めませんでした/);
    await broken.unroute('**/full-app-*');
    await broken.click('#later-retry');
    await broken.locator('input[name="red_flags.saddle_numbness"]').first().waitFor();
    assert.equal(await broken.evaluate(() => location.hash), '#/red-flags');
    await broken.close();

    // The language switch too: it waits, says when it failed, "back" returns to the start page,
    // and pressing it again tries again.
    const english = await browser.newPage({ serviceWorkers: 'block' });
    english.on('pageerror', (e) => problems.push(String(e)));
    await english.route('**/full-app-*', (route) => route.abort());
    await english.goto(served.url);
    await english.waitForSelector('html[data-app-ready]', { state: 'attached' });
    await english.click('.lang-switch');
    await english.locator('#later-retry').waitFor();
    assert.match(await english.locator('h1').innerText(), /治療を選ぶ前に/);
    await english.goBack();
    await english.locator('#start-button').waitFor();
    assert.equal(await english.locator('.waiting').count(), 0, 'back on the start page');
    await english.unroute('**/full-app-*');
    await english.click('.lang-switch');
    await english.waitForFunction(() => document.documentElement.lang === 'en');
    assert.match(await english.locator('h1').innerText(), /Sort out your thoughts/);
    await english.close();

    // The whole app there, but the words About shows not yet: the page stays whole until
    // they arrive, never blank.
    const words = await browser.newPage();
    words.on('pageerror', (e) => problems.push(String(e)));
    let releaseWords;
    const wordsHeld = new Promise((resolve) => { releaseWords = resolve; });
    await words.route('**/ja.txt', async (route) => { await wordsHeld; await route.continue(); });
    await words.goto(served.url);
    await words.waitForFunction(() => window.herniaAid?.loaded !== undefined);
    await words.click('#footer-about');
    await words.waitForTimeout(300);
    assert.equal(await words.locator('main h1').count(), 1, 'a page is shown while the words load');
    releaseWords();
    await words.waitForFunction(() => document.querySelector('h1')?.innerText.includes('このガイドについて') && !document.querySelector('.waiting'));
    await words.close();
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
    await served.close();
  }
});
