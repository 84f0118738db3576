// The same-day level, as a person meets it: straight after the step whose answers call for being
// seen today comes its own screen (where to go, tappable phone links, what to say), then a banner
// on every later screen, the results with their reasons and the safety net, and the printout.
// Each case raises it from a different step, in both languages, at phone and desktop widths.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axe, openApp } from './harness.mjs';
import { answerRedFlags, heading, next, openAllParts } from './flow.mjs';

const CASES = [
  {
    name: 'not sure about saddle numbness', lang: 'ja', width: 360,
    redFlags: { saddle_numbness: 'not_sure' }, raisedOn: '#/red-flags', then: '#/history',
    listed: /股の間やおしりのまわりのしびれが、新しく出た・悪くなった.*:わからない/,
  },
  {
    name: 'fever two weeks after an operation', lang: 'en', width: 1280,
    redFlags: { fever_unwell: 'yes' }, raisedOn: '#/history', then: '#/symptoms',
    async history(page) {
      await page.check('input[name="history.surgery"][value="discectomy_microscopic"]');
      await page.fill('#history-since_surgery-amount', '2');
      await page.selectOption('#history-since_surgery-unit', 'weeks');
      await page.check('input[name="history.wound_problem"][value="no"]');
    },
    listed: /Fever, or feeling very unwell: Yes/,
  },
  {
    name: 'weakness getting worse, said on the symptoms step', lang: 'ja', width: 1280,
    redFlags: {}, raisedOn: '#/symptoms', then: '#/body',
    async symptoms(page) {
      await page.check('input[name="symptoms.kinds.weakness"]');
      await page.check('input[name="symptoms.pain"][value="10"]');
      await page.check('input[name="symptoms.course"][value="worse"]');
    },
    listed: /症状:力が入りにくい[\s\S]*最近の変化:悪くなっている/,
  },
  {
    name: 'leg weakness getting worse', lang: 'en', width: 360,
    redFlags: { worsening_weakness: 'yes' }, raisedOn: '#/red-flags', then: '#/history',
    listed: /Leg weakness that is getting worse: Yes/,
  },
];

const SAME_DAY = { ja: /今日のうちに医師の診察/, en: /Be seen by a doctor today/ };
const SAFETY = { ja: /すぐに助けを求めるとき/, en: /When to get help at once/ };

for (const c of CASES) {
  test(`same-day path: ${c.name} (${c.lang}, ${c.width} px)`, async () => {
    const app = await openApp({ width: c.width, height: 800 });
    const { page } = app;
    const banner = page.locator('.live-region .urgency-banner.same_day');
    try {
      await heading(page);
      if (c.lang === 'en') await page.click('.lang-switch');
      await page.waitForFunction((l) => document.documentElement.lang === l, c.lang);
      await page.click('#start-button');
      await heading(page);
      await answerRedFlags(page, c.redFlags);
      await next(page);
      // The steps up to the one that raises the level; none before it leads to the same-day screen.
      if (c.raisedOn !== '#/red-flags') {
        assert.equal(await page.evaluate(() => location.hash), '#/history');
        await c.history?.(page);
        if (c.raisedOn === '#/symptoms') {
          await next(page);
          assert.equal(await page.evaluate(() => location.hash), '#/symptoms');
          await c.symptoms(page);
        }
        await next(page);
      }
      assert.equal(await page.evaluate(() => location.hash), '#/same-day', `the same-day screen follows ${c.raisedOn}`);
      assert.match(await heading(page), SAME_DAY[c.lang]);
      const screen = page.locator('.warning.same_day');
      assert.match(await screen.innerText(), c.listed, 'the answers that led here are listed');
      assert.match(await screen.innerText(), /#7119/);
      const links = await screen.locator('a.call-button').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      assert.deepEqual(links, ['tel:%237119', 'tel:119'], 'the advice line and 119, tappable');
      for (const link of await screen.locator('a.call-button').all()) {
        const box = await link.boundingBox();
        assert.ok(box.height >= 44 && box.width >= 44, 'phone links are large enough to tap');
      }
      await axe(page, `same-day screen (${c.lang})`);
      await app.screenshot(`same-day-${c.lang}-${c.width}-${c.raisedOn.slice(2)}`);

      // The browser's back button returns to the step that raised it; continuing leads past it.
      await page.goBack();
      await page.waitForFunction((h) => location.hash === h, c.raisedOn);
      await next(page);
      assert.equal(await page.evaluate(() => location.hash), '#/same-day');
      await page.click('.warning button');
      await page.waitForFunction((h) => location.hash === h && document.activeElement?.id === 'screen-heading', c.then);

      // The banner on every later screen, the results included, with a tel: link.
      while (await page.evaluate(() => location.hash) !== '#/results') {
        assert.equal(await banner.count(), 1, `banner on ${await page.evaluate(() => location.hash)}`);
        assert.match(await banner.innerText(), SAME_DAY[c.lang]);
        await next(page);
      }
      assert.equal(await banner.count(), 1, 'the same box opens the results');
      assert.equal(await banner.locator('a[href="tel:119"]').count(), 1);
      assert.match(await banner.innerText(), c.listed, 'with the answers behind it');
      assert.match(await page.locator('.results-head .safety-net').innerText(), SAFETY[c.lang]);
      await openAllParts(page);
      assert.equal(await page.locator('.options-section .option-card').count(), 8, 'every option still shown');
      await axe(page, `results (${c.lang})`);

      await page.emulateMedia({ media: 'print' });
      const printed = await page.locator('.print-summary').innerText();
      assert.match(printed, SAME_DAY[c.lang], 'the printout says to be seen today');
      assert.match(printed, SAFETY[c.lang], 'and carries the safety net');
      await page.emulateMedia({ media: 'screen' });
      assert.deepEqual(app.problems, []);
    } finally {
      await app.close();
    }
  });
}
