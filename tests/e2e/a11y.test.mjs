// Accessibility: axe-core finds no violations on any screen in either language, a person can
// finish by keyboard alone, and the layout holds at 320 px and at 200 % zoom.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axe, openApp } from './harness.mjs';
import { answerRedFlags, heading, next } from './flow.mjs';

for (const lang of ['ja', 'en']) {
  test(`axe-core finds no violations on any screen (${lang})`, async () => {
    const app = await openApp({ width: 1280 });
    const { page } = app;
    try {
      await heading(page);
      if (lang === 'en') await page.click('.lang-switch');
      await page.waitForFunction((l) => document.documentElement.lang === l, lang);
      await axe(page, 'start');
      await page.click('#start-button');
      await heading(page);
      await axe(page, 'red flags (empty)');
      await answerRedFlags(page, { saddle_numbness: 'yes' });
      await next(page);
      await axe(page, 'emergency');
      await page.click('.emergency button');
      await page.waitForFunction(() => document.activeElement?.id === 'screen-heading' && location.hash === '#/history');
      await page.check('input[name="history.surgery"][value="laser"]');
      await axe(page, 'history');
      await next(page);
      await page.fill('#history-since_onset-amount', 'abc').catch(() => {});
      await axe(page, 'symptoms');
      await next(page);
      await axe(page, 'body');
      await next(page);
      await page.check('.include input');
      await axe(page, 'accident');
      await next(page);
      await page.check('input[name="values.low_cost"][value="4"]');
      await axe(page, 'values');
      await next(page);
      await axe(page, 'results (wide)');
      await page.setViewportSize({ width: 360, height: 800 });
      await axe(page, 'results (phone)');
      assert.deepEqual(app.problems, []);
    } finally {
      await app.close();
    }
  });
}

test('the whole flow by keyboard alone', async () => {
  const app = await openApp({ width: 1280 });
  const { page } = app;
  const press = async (key, times = 1) => { for (let i = 0; i < times; i++) await page.keyboard.press(key); };
  const focused = () => page.evaluate(() => {
    const el = document.activeElement;
    return `${el?.tagName.toLowerCase()}${el?.id ? '#' + el.id : ''}${el?.name ? '[' + el.name + ']' : ''}:${el?.textContent?.trim().slice(0, 20) ?? ''}`;
  });
  /** Tabs forward until the focused element matches, within a bound. */
  async function tabTo(pattern) {
    for (let i = 0; i < 80; i++) {
      if (pattern.test(await focused())) return;
      await press('Tab');
    }
    throw new Error(`never reached ${pattern}; last ${await focused()}`);
  }
  try {
    await heading(page);
    await tabTo(/a#start-button/);
    await press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'screen-heading' && location.hash === '#/red-flags');
    // The first red flag: Tab into the group, arrow to "no", which selects it.
    await tabTo(/input\[red_flags\.saddle_numbness\]/);
    await press('ArrowRight');
    assert.equal(await page.isChecked('input[name="red_flags.saddle_numbness"][value="no"]'), true);
    for (const step of ['history', 'symptoms', 'body', 'accident', 'values', 'results']) {
      await tabTo(/button:(次へ|結果を見る)/);
      await press('Enter');
      await page.waitForFunction((s) => document.activeElement?.id === 'screen-heading' && location.hash === `#/${s}`, step);
      if (step === 'symptoms') {
        await tabTo(/input\[symptoms\.areas\.lower_back\]/);
        await press('Space');
        assert.equal(await page.isChecked('input[name="symptoms.areas.lower_back"]'), true);
      }
    }
    assert.match(await heading(page), /あなたのまとめ/);
    // On the results, an option is switched and the leaning chosen by keyboard too.
    await page.setViewportSize({ width: 360, height: 800 });
    // The sections open from the index, by keyboard too.
    await tabTo(/button#open-all/);
    await press('Enter');
    await tabTo(/button:手術をしない治療/);
    await press('Enter');
    assert.match(await page.locator('.option-card:visible h3').innerText(), /保存療法/);
    await tabTo(/input\[decision\.leaning\]/);
    await press('Space');
    assert.equal(await page.isChecked('input[name="decision.leaning"][value="watchful_waiting"]'), true);
    // Focus is always visible: the focused control draws an outline.
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
    assert.notEqual(outline, 'none');
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('320 px wide and 200 % zoom: no sideways scrolling, nothing cut off', async () => {
  for (const [width, zoom] of [[320, 1], [640, 2]]) {
    const app = await openApp({ width: Math.round(width / zoom), height: 700 });
    const { page } = app;
    try {
      await heading(page);
      for (const step of ['red-flags', 'history', 'symptoms', 'values', 'results']) {
        await page.evaluate((s) => { location.hash = `#/${s}`; }, step);
        await page.waitForFunction((s) => location.hash === `#/${s}` && document.activeElement?.id === 'screen-heading', step);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `${step} at ${width}px/${zoom * 100}%: ${overflow}px sideways`);
      }
      await app.screenshot(`results-${width}px-zoom${zoom * 100}`);
    } finally {
      await app.close();
    }
  }
});
