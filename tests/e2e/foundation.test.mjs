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
      await heading.waitFor();
      assert.equal(await page.getAttribute('html', 'lang'), 'ja');
      assert.match(await heading.innerText(), /治療を選ぶ前に/);
      assert.match(await page.title(), /ガイド/);
      await app.screenshot(`start-ja-${width}`);

      await page.getByRole('button', { name: '表示言語を英語に切り替える' }).click();
      await page.waitForFunction(() => document.documentElement.lang === 'en');
      assert.match(await heading.innerText(), /Sort out your thoughts/);
      assert.match(await page.title(), /decision guide/);
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
