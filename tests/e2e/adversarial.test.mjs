// The attacks and accidents a careful tester tries, kept so that they run on every change:
// damaged and hostile links, saved answers that cannot be read or saved, a tampered language
// file, extreme input in the fields, double submits and back/forward spam. In every case the
// app keeps running, tells the person the truth, interprets no markup, and loses no answer
// without the person's say.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { distDir, openApp, screenshotDir } from './harness.mjs';
import { afterSurgeryWithAccident, answerRedFlags, heading, next, openAllParts, pastRedFlags } from './flow.mjs';
import { copyBuild } from './deploy.mjs';

/** FNV-1a in base 36, as `core::share` seals a link: lets a test re-seal a changed one. */
function seal(payload) {
  let hash = 0x811c9dc5;
  for (const byte of Buffer.from(payload, 'utf8')) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${payload}~${hash.toString(36)}`;
}

/** The answers on the results page, as the print summary lists them. */
const answersListed = (page) => page.locator('.answers-list').evaluate((list) => list.textContent);

/** Follows a fragment as a pasted link would, and waits for the app to handle it. */
async function follow(page, fragment) {
  await page.evaluate((f) => { location.hash = f; }, fragment);
  await page.waitForTimeout(60);
}

/** The results of the after-surgery path, and its share code (read from the copy-link box). */
async function resultsWithCode(page) {
  await afterSurgeryWithAccident(page);
  await page.click('button:has-text("リンクをコピー")');
  const link = await page.inputValue('#share-link');
  return decodeURIComponent(new URL(link).hash.match(/a=([^&]+)/)[1]);
}

test('damaged and hostile links: a notice, no markup, no panic, the answers kept', async () => {
  const app = await openApp({ width: 1280 });
  const { page } = app;
  const dialogs = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
  try {
    const code = await resultsWithCode(page);
    const before = await answersListed(page);
    const [payload] = code.split('~');
    const flipped = (i) => code.slice(0, i) + String.fromCharCode(code.charCodeAt(i) ^ 1) + code.slice(i + 1);
    const hostile = '<img src=x onerror=alert(1)><script>alert(2)</script>"\'>';
    const links = [
      ...[1, 5, code.length / 2, code.length - 2].map((n) => `#/results?a=${code.slice(0, Math.floor(n))}`),
      ...[0, 2, 9, 20, code.length - 1].map((i) => `#/results?a=${encodeURIComponent(flipped(i))}`),
      `#/results?a=${seal(payload.replace(/^\d+\./, '7.'))}`,
      // Format 3 had a fixed length (format 4 skips a newer app's extra tokens instead).
      `#/results?a=${seal(`${payload.replace(/^\d+\./, '3.')}.extra`)}`,
      `#/results?a=${seal(payload.split('.').slice(0, 10).join('.'))}`,
      `#/results?a=${seal(payload.replace(/\.6\./, '.11.'))}`,
      `#/results?a=${seal('1' + '.y'.repeat(200))}`,
      `#/results?a=${'9'.repeat(1_000_000)}`,
      `#/results?a=${encodeURIComponent(hostile)}&lang=${encodeURIComponent(hostile)}`,
      `#/${encodeURIComponent(hostile)}?a=${encodeURIComponent(hostile)}`,
      `#/results?a=%E0%A4%A&lang=%`,
      `#/results?a=${Array.from({ length: 300 }, (_, i) => String.fromCharCode(33 + ((i * 7919) % 90))).join('')}`,
    ];
    for (const link of links) {
      await follow(page, link);
      const notice = page.locator('.notice[role=alert]');
      if (link.includes('?a=')) {
        await notice.waitFor({ timeout: 5_000 });
        assert.match(await notice.innerText(), /読み取れませんでした[\s\S]*今の答えはそのまま/, link.slice(0, 80));
        await page.click('.notice button');
      }
      await page.waitForFunction(() => !location.hash.includes('?'), null, { timeout: 5_000 });
    }
    await follow(page, '#/results');
    assert.match(await heading(page), /あなたのまとめ/);
    assert.equal(await answersListed(page), before, 'the answers on screen never changed');
    assert.equal(await page.locator('script:not([src]), img[src=x], [onerror]').count(), 0, 'no markup interpreted');
    assert.deepEqual(dialogs, []);
    // A followed link leaves no history entry: Back never reopens it over later edits.
    await follow(page, '#/values');
    await follow(page, `#/results?a=${code}`);
    await page.waitForFunction(() => location.hash === '#/results');
    await page.check('input[name="decision.leaning"][value="conservative"]');
    const edited = await answersListed(page);
    assert.notEqual(edited, before);
    await page.goBack();
    await page.waitForFunction(() => location.hash === '#/values');
    await page.goForward();
    await page.waitForFunction(() => location.hash === '#/results');
    assert.equal(await answersListed(page), edited, 'later edits stay');
    // A link pasted with `~` escaped still opens, and leaves the address bar once read.
    const fresh = await app.context.newPage();
    await fresh.goto(`${app.url}#/results?a=${code.replace('~', '%7E')}`);
    assert.match(await heading(fresh), /あなたのまとめ/);
    assert.equal(await answersListed(fresh), before);
    assert.equal(await fresh.evaluate(() => location.hash), '#/results');
    assert.equal(await fresh.evaluate(() => history.length), 2, 'the link replaced its own entry');
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('a link never replaces remembered answers without asking, and can be undone', async () => {
  const app = await openApp({ width: 1280 });
  const { page } = app;
  try {
    const theirs = await resultsWithCode(page);
    const theirsListed = await answersListed(page);
    // Mine: a different leaning, remembered on this device.
    await page.check('input[name="decision.leaning"][value="surgery"]');
    await page.check('#remember');
    await page.waitForFunction(() => /\.s(\.[a-z]*){4}~/.test(localStorage.getItem('hernia-aid.answers') ?? ''));
    const saved = await page.evaluate(() => localStorage.getItem('hernia-aid.answers'));
    const mine = await answersListed(page);

    // A broken link, opened cold, keeps the remembered answers (and does not overwrite them).
    await page.goto('about:blank');
    await page.goto(`${app.url}#/results?a=1.zz~nope`);
    await page.locator('.notice[role=alert]').waitFor();
    assert.equal(await page.evaluate(() => localStorage.getItem('hernia-aid.answers')), saved);
    await page.click('.notice button');
    await follow(page, '#/results');
    assert.equal(await answersListed(page), mine);

    // A valid link with other answers asks first.
    await page.goto('about:blank');
    await page.goto(`${app.url}#/results?a=${theirs}`);
    await page.locator('.link-choice').waitFor();
    assert.match(await page.locator('.link-choice').innerText(), /どちらを表示しますか/);
    await page.click('#keep-mine');
    await follow(page, '#/results');
    assert.equal(await answersListed(page), mine, 'kept mine');
    assert.equal(await page.evaluate(() => localStorage.getItem('hernia-aid.answers')), saved);

    await follow(page, `#/results?a=${theirs}`);
    await page.click('#open-link');
    await page.waitForFunction(() => location.hash === '#/results');
    assert.equal(await answersListed(page), theirsListed, 'opened theirs');
    assert.equal(await page.evaluate(() => localStorage.getItem('hernia-aid.answers')), saved, 'saved answers untouched while undo is offered');
    assert.match(await page.locator('.link-opened').innerText(), /前の答えに戻す/);
    await page.click('#undo-link');
    assert.equal(await answersListed(page), mine, 'undo brings mine back');
    await page.waitForFunction((s) => localStorage.getItem('hernia-aid.answers') === s, saved);
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('deleting remembered answers in one tab stops the other tab from saving them again', async () => {
  const app = await openApp({ width: 1280 });
  const { page } = app;
  try {
    await afterSurgeryWithAccident(page);
    await page.check('#remember');
    const other = await app.context.newPage();
    await other.goto(`${app.url}#/results`);
    await heading(other);
    assert.equal(await other.isChecked('#remember'), true, 'the other tab opened with the remembered answers');
    await page.click('#forget');
    await other.waitForFunction(() => !document.getElementById('remember').checked);
    await openAllParts(other);
    await other.check('input[name="decision.leaning"][value="surgery"]');
    await other.waitForTimeout(200);
    assert.equal(await other.evaluate(() => localStorage.length), 0, 'deleted stays deleted');
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('saved answers this version cannot read are kept until the person deletes them', async () => {
  const app = await openApp({ width: 1280 });
  const { page } = app;
  try {
    await heading(page);
    for (const unreadable of ['2.y.n.u~1x9', '1.y.broken~zzz', 'x'.repeat(1_000_000)]) {
      await page.evaluate((text) => localStorage.setItem('hernia-aid.answers', text), unreadable);
      await page.reload();
      await page.locator('.notice[role=alert]').waitFor();
      assert.match(await page.locator('.notice').innerText(), /開けませんでした[\s\S]*消さずに残してあります/);
      assert.equal(await page.evaluate(() => localStorage.getItem('hernia-aid.answers').length), unreadable.length, 'still there');
      assert.match(await heading(page), /治療を選ぶ前に/);
    }
    // Going on without deleting: the remember box says that turning it on would replace them.
    await page.click('.notice button:not(.notice-action)');
    await page.click('#start-button');
    await heading(page);
    await answerRedFlags(page);
    for (let step = 0; step < 6; step++) await next(page);
    assert.equal(await page.isChecked('#remember'), false);
    assert.match(await page.locator('.remember').innerText(), /別の版で記憶した答え/);
    assert.equal(await page.evaluate(() => localStorage.getItem('hernia-aid.answers').length), 1_000_000, 'answering does not touch them');
    // The person deletes them from the notice.
    await page.reload();
    await page.click('.notice-action');
    assert.equal(await page.evaluate(() => localStorage.length), 0);
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('storage that is full, or that throws, is reported truthfully and loses no answer', async () => {
  for (const mode of ['full', 'blocked']) {
    const app = await openApp({ width: 1280 });
    const { page } = app;
    try {
      await page.addInitScript((m) => {
        if (m === 'full') {
          Storage.prototype.setItem = () => { throw new DOMException('full', 'QuotaExceededError'); };
        } else {
          Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });
        }
      }, mode);
      await page.reload();
      await afterSurgeryWithAccident(page);
      const listed = await answersListed(page);
      if (mode === 'full') {
        await page.click('#remember');
        await page.locator('.notice[role=alert]').waitFor();
        assert.match(await page.locator('.notice').innerText(), /記憶できませんでした[\s\S]*記憶はオフにしました[\s\S]*ページを閉じると消えます/);
        assert.equal(await page.isChecked('#remember'), false, 'the box never claims what did not happen');
      } else {
        assert.equal(await page.locator('#remember').count(), 0);
        assert.match(await page.locator('#remember-unavailable').innerText(), /記憶できません/);
      }
      assert.equal(await answersListed(page), listed, 'the answers on screen stay');
      assert.deepEqual(app.problems, []);
    } finally {
      await app.close();
    }
  }
});

test('a tampered or unreadable language file is refused with a notice, never shown as markup', async () => {
  const good = fs.readFileSync(path.join(distDir, 'en.txt'), 'utf8');
  const line = good.split('\n').find((l) => l.startsWith('start.heading = '));
  assert.ok(line && good.includes('^[nhs_cauda_equina, '), 'the lines to tamper with exist');
  const tampered = {
    duplicate: `${good}\n${line}`,
    renamed: good.replace('{max}', '{maxx}'),
    missing: good.replace(`${line}\n`, ''),
    extra: `${good}\nno.such.key = <b>x</b>`,
    citation: good.replace('^[nhs_cauda_equina, ', '^[not_a_source, '),
    latin1: Buffer.from(good.replace('start.heading = ', 'start.heading = café '), 'latin1'),
    shiftJis: Buffer.concat([Buffer.from(good), Buffer.from([0x0a, 0x82, 0xa0, 0x82, 0xa2])]),
    huge: good.replace(line, `start.heading = ${'<b>big</b>'.repeat(500_000)}`),
  };
  for (const [name, content] of Object.entries(tampered)) {
    assert.notEqual(Buffer.from(content).toString(), good, `${name} changes the file`);
    const root = copyBuild();
    fs.writeFileSync(path.join(root, 'en.txt'), content);
    const app = await openApp({ root, width: 1280 });
    const { page } = app;
    try {
      await heading(page);
      const started = Date.now();
      await page.click('.lang-switch');
      await page.locator('.notice[role=alert]').waitFor({ timeout: 10_000 });
      assert.ok(Date.now() - started < 5_000, `${name}: refused quickly`);
      assert.match(await page.locator('.notice').innerText(), /英語の文章を読み込めませんでした/, name);
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'ja', `${name}: stays in Japanese`);
      assert.equal(await page.locator('main b').count(), 0);
      // A link asking for English says so too, instead of quietly showing Japanese.
      await page.goto('about:blank');
      await page.goto(`${app.url}#/?lang=en`);
      await page.locator('.notice[role=alert]').waitFor({ timeout: 10_000 });
      assert.match(await page.locator('.notice').innerText(), /英語の文章を読み込めませんでした/, `${name} via link`);
      assert.deepEqual(app.problems, [], name);
    } finally {
      await app.close();
      fs.rmSync(root, { recursive: true, force: true });
    }
  }
});

test('when the Japanese of the results cannot be read, the results say so, keep the answers and show them on retry', async () => {
  const root = copyBuild();
  fs.rmSync(path.join(root, 'ja.txt'));
  const app = await openApp({ root, width: 360, height: 800 });
  const { page } = app;
  try {
    await heading(page);
    await afterSurgeryWithAccident(page, undefined, { openAll: false });
    await page.locator('#later-retry').waitFor({ timeout: 10_000 });
    const waiting = await page.locator('main').innerText();
    assert.match(waiting, /読み込めませんでした/);
    assert.match(waiting, /回答は消えていません/);
    assert.equal(await page.locator('main .safety-net').count(), 1, 'the safety net is never held back');
    assert.equal(await page.locator('.urgency-banner').count(), 1, 'nor is the urgency');
    assert.match(await page.locator('.urgency-banner').innerText(), /次の受診で、医師と話し合いましょう[\s\S]*ふだんの受診で/, 'in words, not only its sources');
    assert.equal(await page.locator('.option-card').count(), 0, 'no half-filled results');
    assert.equal(await page.locator('.notice').count(), 0, 'no notice about English');
    await page.screenshot({ path: path.join(screenshotDir, 'results-waiting-360.png'), fullPage: true });
    // The file comes back (the connection returns): one tap shows the whole results.
    fs.copyFileSync(path.join(distDir, 'ja.txt'), path.join(root, 'ja.txt'));
    await page.click('#later-retry');
    await openAllParts(page);
    assert.match(await page.locator('.answers-list').evaluate((l) => l.textContent), /顕微鏡/, 'the answers are all there');
    // A shared link to the results waits for the words before the first paint.
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.url });
    await page.click('button:has-text("リンクをコピー")');
    const link = await page.inputValue('#share-link');
    assert.ok(link.includes('#/results?a='), link);
    const fresh = await app.context.newPage();
    await fresh.goto(link);
    await heading(fresh);
    assert.equal(await fresh.locator('#later-retry, .waiting').count(), 0, 'no waiting screen when the file is there');
    await openAllParts(fresh);
    assert.equal(await fresh.locator('.option-card').count(), 8);
    // The only problems are the missing file's: two tries (the app's, then the person's).
    const unexpected = app.problems.filter((p) => !/404/.test(p));
    assert.deepEqual(unexpected, []);
  } finally {
    await app.close();
    fs.rmSync(root, { recursive: true, force: true });
  }
});

test('a tampered reference list is refused with the note kept; markup in it stays text', async () => {
  const good = fs.readFileSync(path.join(distDir, 'references.txt'), 'utf8');
  const first = good.split('\n').find((l) => / = /.test(l) && !l.startsWith('#'));
  const cases = {
    renamed: [good.replace(first, first.replace(/^\w+/, 'someone_else')), false],
    truncated: [good.slice(0, good.length / 2), false],
    huge: [good.replace(first, `${first} ${'x'.repeat(200_000)}`), false],
    markup: [good.replace(first, `${first} <img src=x onerror=alert(1)><b>bold</b>`), true],
  };
  for (const [name, [content, accepted]] of Object.entries(cases)) {
    const root = copyBuild();
    fs.writeFileSync(path.join(root, 'references.txt'), content);
    const app = await openApp({ root, width: 1280 });
    const { page } = app;
    const dialogs = [];
    page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
    try {
      await heading(page);
      await page.click('#footer-about');
      await heading(page);
      if (accepted) {
        await page.locator('.reference-list li').first().waitFor();
        assert.match(await page.locator('.reference-list li').first().innerText(), /<img src=x/, `${name}: shown as text`);
      } else {
        await page.waitForTimeout(500);
        assert.equal(await page.locator('.reference-list').count(), 0, `${name}: refused`);
        assert.match(await page.locator('.references-loading').innerText(), /出典の一覧を読み込んでいます/);
      }
      assert.equal(await page.locator('main img, main b').count(), 0, `${name}: no markup`);
      assert.deepEqual(dialogs, []);
      assert.deepEqual(app.problems, [], name);
    } finally {
      await app.close();
      fs.rmSync(root, { recursive: true, force: true });
    }
  }
});

test('extreme input in the fields, double submits and back/forward spam leave no stuck state', async () => {
  const app = await openApp({ width: 360 });
  const { page } = app;
  try {
    await pastRedFlags(page);
    await page.check('input[name="history.surgery"][value="none"]');
    for (const text of ['-3', '1e309', '9'.repeat(100_000), '😀😀', '１２', ' 3 ']) {
      await page.fill('#history-since_onset-amount', text);
    }
    assert.equal(await page.locator('.field-error').count(), 0, 'the last, valid entry clears the message');
    await page.fill('#history-since_onset-amount', '1e309');
    assert.equal(await page.locator('.field-error').count(), 1);
    await page.fill('#history-since_onset-amount', '１２');
    // A double click moves one step, never past a step unseen.
    await page.dblclick('#next-button');
    await page.waitForTimeout(200);
    assert.equal(await page.evaluate(() => location.hash), '#/symptoms');
    while (await page.evaluate(() => location.hash) !== '#/symptoms') {
      await page.goBack();
      await page.waitForTimeout(50);
    }
    for (let i = 0; i < 15; i++) {
      await (i % 2 ? page.goForward() : page.goBack());
    }
    await page.waitForTimeout(200);
    await follow(page, '#/history');
    await heading(page);
    assert.equal(await page.inputValue('#history-since_onset-amount'), '12', 'full-width digits kept as 12');
    assert.equal(await page.isChecked('input[name="history.surgery"][value="none"]'), true);
    for (let step = 0; step < 5; step++) await next(page);
    assert.match(await heading(page), /あなたのまとめ/);
    assert.match(await answersListed(page), /12 ?か月/);
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});
