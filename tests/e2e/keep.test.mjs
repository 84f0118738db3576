// Keep and share with nothing on a server: the copy-link round trip, a broken link, print.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp } from './harness.mjs';
import { afterSurgeryWithAccident, heading, openAllParts } from './flow.mjs';

test('copy link round trip restores the exact state; a broken link keeps the answers', async () => {
  const app = await openApp({ width: 1280 });
  const { page } = app;
  try {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.url });
    await afterSurgeryWithAccident(page);
    await page.check('input[name="decision.leaning"][value="conservative"]');
    await page.check('input[name="decision.sure.sure"][value="no"]');
    const before = await page.locator('main').innerText();
    await page.click('button:has-text("リンクをコピー")');
    await page.locator('.status-message').waitFor();
    assert.match(await page.locator('.status-message').innerText(), /コピーしました/);
    const link = await page.inputValue('#share-link');
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);
    const url = new URL(link);
    assert.equal(url.search, '', 'answers never go in the query string');
    assert.match(url.hash, /^#\/results\?a=4\.[0-9a-z._]+~[0-9a-z]+&lang=ja$/);

    // Open the link in a fresh page: nothing stored, so only the link can restore it.
    const fresh = await page.context().newPage();
    await fresh.goto(link);
    assert.match(await heading(fresh), /あなたのまとめ/);
    await openAllParts(fresh);
    assert.equal(await fresh.isChecked('input[name="decision.leaning"][value="conservative"]'), true);
    assert.equal(await fresh.isChecked('input[name="decision.sure.sure"][value="no"]'), true);
    assert.equal(await fresh.locator('main').innerText(), before);
    assert.equal(await fresh.evaluate(() => location.hash), '#/results', 'the answers leave the address bar once read');

    // The same link cut short: a clear message, and the answers on screen stay.
    await fresh.evaluate((hash) => { location.hash = hash; }, url.hash.replace(/~[0-9a-z]+&/, '~0&'));
    await fresh.locator('.notice[role=alert]').waitFor();
    assert.match(await fresh.locator('.notice').innerText(), /読み取れませんでした[\s\S]*今の答えはそのまま/);
    assert.equal(await fresh.locator('main').innerText(), before);
    await app.screenshot('broken-link-notice-1280');
    await fresh.click('.notice button');
    assert.equal(await fresh.locator('.notice').count(), 0);

    // A broken link opened cold starts fresh, with the message.
    const cold = await page.context().newPage();
    await cold.goto(`${app.url}#/results?a=1.zz~nope`);
    await cold.locator('.notice[role=alert]').waitFor();
    assert.match(await heading(cold), /治療を選ぶ前に/);
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('print gives a clean summary without navigation, on at most two A4 pages', async () => {
  const app = await openApp({ width: 1280 });
  const { page } = app;
  try {
    await afterSurgeryWithAccident(page);
    await page.check('input[name="decision.leaning"][value="not_sure"]');
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('.print-summary').isVisible(), true);
    for (const hidden of ['.app-header', '.results-head', '.options-section', '.keep', '.app-footer']) {
      assert.equal(await page.locator(hidden).isVisible(), false, `${hidden} is not printed`);
    }
    const text = await page.locator('.print-summary').innerText();
    for (const part of ['医師と話すためのまとめ', '作成日:20', '次の受診で', 'ヘルニアの再発', '医師に聞きたいこと',
      '今の気持ち', 'まだわからない', 'あなたの答え', '腰の手術:ヘルニアを取る手術(顕微鏡を使う)', '参考にした資料']) {
      assert.ok(text.includes(part), `the summary has ${part}`);
    }
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    assert.ok(pages >= 1 && pages <= 2, `the summary prints on ${pages} pages`);
    const fs = await import('node:fs');
    fs.mkdirSync('target/screenshots', { recursive: true });
    fs.writeFileSync('target/screenshots/summary.pdf', pdf);
  } finally {
    await app.close();
  }
});
