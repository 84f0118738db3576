// The one-line embed on a clinic's page, served from a second loopback origin under the
// clinic's own strict CSP: the whole flow inside the frame, what the host can learn, forged
// messages, the snippet in <head>, a stricter sandbox, and embed parameters at the top level.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { distDir, launch, screenshotDir, serve } from './harness.mjs';
import { afterSurgeryWithAccident, answerRedFlags, heading, next, RED_FLAGS } from './flow.mjs';

// `HEIGHT_STEPS` in src/platform/embed.rs: the only heights the host may see (and the clamp).
const HEIGHT_STEPS = [1600, 2100, 2700, 3500, 4600, 6000, 7800, 10100, 13100, 17000, 22100, 28700, 37300];

/** A clinic's site: its page, its stylesheet, and a strict policy that allows only the app. */
async function clinic(app) {
  let html = '';
  const server = http.createServer((req, res) => {
    if (req.url === '/clinic.css') {
      res.writeHead(200, { 'content-type': 'text/css' }).end('body { font: 18px serif; margin: 20px; } .clinic { color: rgb(120, 0, 0); }');
      return;
    }
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': `default-src 'none'; script-src ${app.origin}; style-src 'self'; frame-src ${app.origin}`,
    }).end(html);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    setPage: (page) => { html = page; },
    close: () => new Promise((r) => { server.closeAllConnections?.(); server.close(r); }),
  };
}

const snippet = (app, extra = '') =>
  `<script src="${app.url}embed.js" data-lang="ja" data-provider-name="さくら整形外科" data-provider-url="https://clinic.example/" ${extra} async></script>`;

const clinicPage = (app, { head = '', body = snippet(app) } = {}) => `<!doctype html><html lang="ja"><head><title>Clinic</title>
  <link rel="stylesheet" href="/clinic.css">${head}</head>
  <body><h1 class="clinic">さくら整形外科</h1><p class="clinic" id="before">診療案内</p>
  ${body}
  <p class="clinic" id="after">アクセス</p></body></html>`;

/** Opens the clinic's page with the app allowed to be framed by it. */
async function embedded({ width = 1000, page: pageOf = clinicPage, frameAncestors } = {}) {
  const appServer = await serve({ root: distDir, frameAncestors: frameAncestors ?? "'self' http://127.0.0.1:*" });
  const host = await clinic(appServer);
  host.setPage(pageOf(appServer));
  const browser = await launch();
  const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'ja-JP' });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  await page.goto(host.origin);
  const iframe = page.locator('iframe');
  await iframe.waitFor({ state: 'attached' });
  const frame = await (await iframe.elementHandle()).contentFrame();
  return {
    page, frame, iframe, problems, app: appServer, host, context,
    frameHeight: () => iframe.evaluate((f) => f.getBoundingClientRect().height),
    contentHeight: () => frame.locator('body').evaluate((b) => b.scrollHeight),
    async close() {
      await browser.close();
      await appServer.close();
      await host.close();
    },
  };
}

/** The red-flag step by keyboard alone: Tab to each question, an arrow key to "no". */
async function redFlagsByKeyboard(page, frame) {
  const focused = () => frame.evaluate(() => {
    const el = document.activeElement;
    return { tag: el?.tagName, name: el?.getAttribute('name'), value: el?.value, id: el?.id };
  });
  for (const name of RED_FLAGS) {
    for (let i = 0; ; i++) {
      assert.ok(i < 20, `Tab never reached ${name}`);
      await page.keyboard.press('Tab');
      const now = await focused();
      if (now.name === name) break;
    }
    assert.equal((await focused()).value, 'yes', 'the first choice takes focus');
    await page.keyboard.press('ArrowDown');
    assert.equal(await frame.isChecked(`input[name="${name}"][value="no"]`), true, `${name}: no`);
  }
  for (let i = 0; (await focused()).id !== 'next-button'; i++) {
    assert.ok(i < 20, 'Tab never reached the next button');
    await page.keyboard.press('Tab');
  }
  const before = await frame.evaluate(() => location.hash);
  await page.keyboard.press('Enter');
  await frame.waitForFunction((b) => location.hash !== b && document.activeElement?.id === 'screen-heading', before);
}

for (const width of [360, 1280]) {
  test(`the whole flow inside a clinic's page, by keyboard and mouse, under the clinic's CSP (${width} px)`, async () => {
    const e = await embedded({ width });
    const { page, frame } = e;
    const heights = [];
    try {
      await frame.locator('html[data-app-ready]').waitFor({ state: 'attached', timeout: 30_000 });
      assert.equal(await frame.locator('.app.embedded').count(), 1, 'compact embed mode');
      // The sandbox README documents, token for token: no forms, no top navigation.
      assert.deepEqual((await e.iframe.getAttribute('sandbox')).split(' ').sort(), ['allow-modals', 'allow-popups',
        'allow-popups-to-escape-sandbox', 'allow-same-origin', 'allow-scripts', 'allow-top-navigation-to-custom-protocols']);
      assert.match(await frame.locator('aside.provider').innerText(), /このツールの提供者について[\s\S]*さくら整形外科/);
      assert.equal(await frame.locator('main aside.provider').count(), 0, 'the provider is never inside the content');
      const settled = async () => {
        await page.waitForFunction(() => document.querySelector('iframe').style.height !== '640px');
        await page.waitForTimeout(150);
        const h = await e.frameHeight();
        assert.ok(HEIGHT_STEPS.includes(h), `the host sees only coarse heights (${h})`);
        assert.ok(h >= await e.contentHeight(), 'the frame shows all of the app');
        heights.push(h);
        return h;
      };
      await settled();

      // Keyboard: start, then every red-flag question.
      await frame.focus('#start-button');
      await page.keyboard.press('Enter');
      await heading(frame);
      await redFlagsByKeyboard(page, frame);
      assert.match(await heading(frame), /これまでの経過/);
      const afterRedFlags = await settled();

      // Mouse for the rest: every step to the results (the shared path starts from the start screen).
      await frame.evaluate(() => { location.hash = '#/'; });
      await heading(frame);
      await afterSurgeryWithAccident(frame);
      assert.match(await heading(frame), /あなたのまとめ/);
      assert.equal(await frame.locator('.option-card').count(), 8);
      const atResults = await settled();
      assert.ok(atResults >= afterRedFlags);
      for (let i = 1; i < heights.length; i++) assert.ok(heights[i] >= heights[i - 1], `the frame never shrinks (${heights})`);

      // The knowledge check and a hard term's meaning work inside the frame too (the sandbox has
      // no forms; the popover is the browser's own).
      await frame.check('input[name="knowledge-0"][value="0"]');
      assert.match(await frame.locator('.knowledge-question').first().locator('.knowledge-feedback').innerText(), /^資料のとおりです。/);
      const term = frame.locator('.results button.term:visible').first();
      await term.scrollIntoViewIfNeeded();
      await term.click();
      const meaning = frame.locator('.term-meaning:popover-open');
      await meaning.waitFor();
      // Just below the tapped term, not in the middle of the frame (as tall as the whole app).
      const [termBox, meaningBox] = [await term.boundingBox(), await meaning.boundingBox()];
      assert.ok(meaningBox.y >= termBox.y + termBox.height && meaningBox.y - (termBox.y + termBox.height) < 40,
        `the meaning opens under its term (term ends at ${termBox.y + termBox.height}, meaning starts at ${meaningBox.y})`);
      await meaning.locator('button').click();
      assert.equal(await frame.locator('.term-meaning:popover-open').count(), 0, 'its button closes it in the frame');

      // Print, copy link, remember, the language switch: all inside the frame.
      await frame.click('button:has-text("印刷する")');
      await page.emulateMedia({ media: 'print' });
      assert.equal(await frame.locator('.print-summary').isVisible(), true);
      await page.emulateMedia({ media: 'screen' });
      await e.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: e.app.origin });
      await frame.click('button:has-text("リンクをコピー")');
      await frame.locator('#share-link').waitFor();
      const link = await frame.inputValue('#share-link');
      assert.match(link, new RegExp(`^${e.app.url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}#/results\\?a=4\\.`));
      await frame.check('#remember');
      await frame.waitForFunction(() => localStorage.getItem('hernia-aid.answers') !== null);
      await frame.click('.lang-switch');
      await frame.waitForFunction(() => document.documentElement.lang === 'en');
      assert.match(await heading(frame), /Your summary/);
      if (width === 360) {
        assert.equal(await frame.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), true, 'no sideways scrolling');
      }
      await page.screenshot({ path: `${screenshotDir}/embed-results-${width}.png` });

      // The link opens the same answers in a page of its own.
      const opened = await e.context.newPage();
      await opened.goto(link);
      assert.match(await heading(opened), /あなたのまとめ/);
      assert.equal(await opened.locator('aside.provider').count(), 0, 'no provider box outside the clinic page');
      assert.deepEqual(e.problems, []);
    } finally {
      await e.close();
    }
  });
}

test('the host cannot tell the emergency screen from the next questions by the frame height', async () => {
  const sizes = {};
  for (const path of ['emergency', 'history']) {
    const e = await embedded({ width: 360 });
    const { frame, page } = e;
    try {
      await frame.locator('html[data-app-ready]').waitFor({ state: 'attached', timeout: 30_000 });
      await frame.click('#start-button');
      await heading(frame);
      await answerRedFlags(frame, path === 'emergency' ? { saddle_numbness: 'yes' } : {});
      await page.waitForTimeout(300);
      const onRedFlags = await e.frameHeight();
      await next(frame);
      assert.equal(await frame.evaluate(() => location.hash), `#/${path}`);
      if (path === 'emergency') assert.equal(await frame.getAttribute('a.call-button', 'href'), 'tel:119');
      await page.waitForTimeout(300);
      sizes[path] = [onRedFlags, await e.frameHeight()];
      if (path === 'emergency') await page.screenshot({ path: `${screenshotDir}/embed-emergency-360.png` });
      assert.deepEqual(e.problems, []);
    } finally {
      await e.close();
    }
  }
  assert.deepEqual(sizes.emergency, sizes.history, JSON.stringify(sizes));
});

test('forged messages: the host ignores strangers and clamps the app; the app ignores messages sent to it', async () => {
  const e = await embedded({ width: 1000 });
  const { page, frame } = e;
  try {
    await frame.locator('html[data-app-ready]').waitFor({ state: 'attached', timeout: 30_000 });
    await page.waitForFunction(() => document.querySelector('iframe').style.height !== '640px');
    const start = await e.frameHeight();
    const styleHeight = () => page.evaluate(() => document.querySelector('iframe').style.height);
    // From the host's own origin, from the app's origin but another window, and malformed ones.
    await page.evaluate(() => window.postMessage({ type: 'hernia-aid:height', height: 40 }, '*'));
    await frame.evaluate(() => {
      const send = (data) => parent.postMessage(data, '*');
      send({ type: 'hernia-aid:height', height: '500' });
      send({ type: 'hernia-aid:height', height: Number.NaN });
      send({ type: 'hernia-aid:height', height: [500] });
      send({ type: 'hernia-aid:height', height: 500n });
      send({ type: 'hernia-aid:height' });
      send({ type: 'other', height: 500 });
      send('hernia-aid:height');
      send({ type: 'hernia-aid:height', height: 'x'.repeat(5_000_000) });
    });
    await page.waitForTimeout(300);
    assert.equal(await e.frameHeight(), start, 'ignored');
    await frame.evaluate(() => parent.postMessage({ type: 'hernia-aid:height', height: 1e12 }, '*'));
    await page.waitForFunction(() => document.querySelector('iframe').style.height === '40000px');
    await frame.evaluate(() => parent.postMessage({ type: 'hernia-aid:height', height: -5 }, '*'));
    await page.waitForFunction(() => document.querySelector('iframe').style.height === '320px');
    assert.equal(await styleHeight(), '320px');
    // Messages to the app change nothing and break nothing.
    await page.evaluate(() => {
      const target = document.querySelector('iframe').contentWindow;
      for (const data of [{ type: 'hernia-aid:apply-update' }, 'skip-waiting', { type: 'hernia-aid:height', height: 5 }, '<img src=x onerror=alert(1)>']) {
        target.postMessage(data, '*');
      }
    });
    await frame.click('#start-button');
    assert.match(await heading(frame), /受診が必要なサイン/);
    assert.equal(await frame.locator('img').count(), 0);
    assert.deepEqual(e.problems, []);
  } finally {
    await e.close();
  }
});

test('the snippet works in <head> and into a chosen element; the host page is left alone', async () => {
  for (const placement of ['head', 'target']) {
    const e = await embedded({
      page: (app) => placement === 'head'
        ? clinicPage(app, { head: snippet(app), body: '' })
        : clinicPage(app, { body: `<div id="guide-here"></div>${snippet(app, 'data-target="guide-here"')}` }),
    });
    const { page, frame } = e;
    try {
      await frame.locator('html[data-app-ready]').waitFor({ state: 'attached', timeout: 30_000 });
      const parentOf = await page.evaluate(() => document.querySelector('iframe').parentElement.tagName + '#' + document.querySelector('iframe').parentElement.id);
      assert.equal(parentOf, placement === 'head' ? 'BODY#' : 'DIV#guide-here');
      await page.waitForFunction(() => document.querySelector('iframe').getBoundingClientRect().height >= 1600);
      const host = await page.evaluate(() => ({
        sheets: document.styleSheets.length,
        color: getComputedStyle(document.getElementById('before')).color,
        font: getComputedStyle(document.body).fontFamily,
      }));
      assert.deepEqual(host, { sheets: 1, color: 'rgb(120, 0, 0)', font: 'serif' }, 'host styles untouched');
      assert.deepEqual(e.problems, []);
    } finally {
      await e.close();
    }
  }
});

test('in a stricter sandbox (scripts only, no storage) the app starts, works, and says it cannot remember', async () => {
  const e = await embedded({
    width: 1000,
    page: (app) => clinicPage(app, { body: `<iframe title="guide" sandbox="allow-scripts" src="${app.url}#/" width="900" height="800"></iframe>` }),
  });
  const { frame } = e;
  try {
    await frame.locator('html[data-app-ready]').waitFor({ state: 'attached', timeout: 30_000 });
    await frame.click('#start-button');
    await heading(frame);
    await answerRedFlags(frame);
    for (let step = 0; step < 6; step++) await next(frame);
    assert.match(await heading(frame), /あなたのまとめ/);
    assert.equal(await frame.locator('#remember').count(), 0);
    assert.match(await frame.locator('#remember-unavailable').innerText(), /記憶できません/);
    assert.deepEqual(e.problems.filter((p) => !/service ?worker|serviceWorker/i.test(p)), []);
  } finally {
    await e.close();
  }
});

test('the symptom diary inside the clinic\'s frame: kept, charted and warned as at the top level; in a frame with no storage it says so', async () => {
  const e = await embedded({ width: 1000 });
  const { frame } = e;
  try {
    await frame.locator('html[data-app-ready]').waitFor({ state: 'attached', timeout: 30_000 });
    await frame.click('#footer-diary');
    await frame.locator('section.diary').waitFor();
    assert.match(await heading(frame), /症状の記録/);
    await frame.click('#diary-turn-on');
    const add = async (checks) => {
      await frame.click('#diary-add');
      await frame.check('input[name="diary-leg-pain"][value="6"]');
      await frame.check('input[name="diary-back-pain"][value="3"]');
      await frame.check('input[name="diary-numbness"][value="4"]');
      for (const [check, reply] of Object.entries(checks)) await frame.check(`input[name="diary-check-${check}"][value="${reply}"]`);
      await frame.click('#diary-save');
    };
    await add({ saddle_numbness: 'no', urinary_problem: 'no', bowel_control_loss: 'no', both_legs: 'no', worsening_weakness: 'no' });
    await frame.locator('.diary-table tbody tr').waitFor();
    assert.equal(await frame.locator('.diary-table tbody tr td').first().innerText(), '6');
    assert.equal(await frame.locator('.chart-line.leg_pain circle').count(), 1, 'the chart, in the frame');
    await add({ saddle_numbness: 'no', urinary_problem: 'yes', bowel_control_loss: 'no', both_legs: 'no', worsening_weakness: 'no' });
    assert.match(await heading(frame), /今すぐ119番/, 'a warning sign on an entry: call 119 now, in the frame too');
    assert.ok(await frame.locator('a[href="tel:119"]').count() > 0);
    await frame.click('.warning button');
    assert.equal(await frame.locator('.diary-table tbody tr').count(), 2, 'both entries kept');
    assert.deepEqual(e.problems, []);
  } finally {
    await e.close();
  }
  const sandboxed = await embedded({
    width: 1000,
    page: (app) => clinicPage(app, { body: `<iframe title="guide" sandbox="allow-scripts" src="${app.url}#/diary" width="900" height="800"></iframe>` }),
  });
  try {
    await sandboxed.frame.locator('section.diary').waitFor({ timeout: 30_000 });
    assert.match(await sandboxed.frame.locator('.diary').innerText(), /この端末に記録を保存できません/, 'no storage: it says so');
    assert.equal(await sandboxed.frame.locator('#diary-turn-on').count(), 0);
    assert.deepEqual(sandboxed.problems.filter((p) => !/service ?worker|serviceWorker/i.test(p)), []);
  } finally {
    await sandboxed.close();
  }
});

test('embed parameters at the top level show no provider box', async () => {
  const served = await serve({ root: distDir });
  const browser = await launch();
  const page = await browser.newPage();
  try {
    await page.goto(`${served.url}#/?embed=1&host=${encodeURIComponent('https://evil.example')}&provider=${encodeURIComponent('偽クリニック')}&provider_url=${encodeURIComponent('https://evil.example/book')}`);
    await heading(page);
    assert.equal(await page.locator('aside.provider').count(), 0);
    assert.equal(await page.locator('.app.embedded').count(), 0);
    await page.evaluate(() => { location.hash = '#/?embed=1&host=https%3A%2F%2Fevil.example&provider=x'; });
    await page.waitForTimeout(200);
    assert.equal(await page.locator('aside.provider').count(), 0, 'nor when the fragment changes later');
  } finally {
    await browser.close();
    await served.close();
  }
});

test('the app refuses to be framed by a site its policy does not name', async () => {
  const e = await embedded({ frameAncestors: "'self'" });
  try {
    await e.page.waitForTimeout(1500);
    const rendered = await e.frame.locator('#screen-heading').count().catch(() => 0);
    assert.equal(rendered, 0, 'blocked by frame-ancestors');
  } finally {
    await e.close();
  }
});
