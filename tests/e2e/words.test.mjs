// Words a patient understands: the knowledge check, hard terms explained where they are first
// used, the About page's methods and readability, and the page's description in each language.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp } from './harness.mjs';
import { afterSurgeryWithAccident, heading } from './flow.mjs';

const feedback = (page, n) => page.locator('.knowledge-question').nth(n).locator('.knowledge-feedback');

test('the knowledge check answers at once from the sources, scores nothing, stays out of the link and is printed as questions to go over', async () => {
  const app = await openApp({ width: 360, height: 800 });
  const { page } = app;
  try {
    await afterSurgeryWithAccident(page);
    const section = page.locator('.results-section.knowledge');
    assert.match(await section.locator('h2').innerText(), /知っておきたいことを、5つの質問で確かめる/);
    assert.equal(await section.locator('.knowledge-question').count(), 5);
    await page.click('button:has-text("リンクをコピー")');
    const link = await page.inputValue('#share-link');
    for (let n = 0; n < 5; n += 1) assert.equal(await feedback(page, n).innerText(), '', 'no feedback before a reply');

    // As the sources say; otherwise; not sure (the last choice).
    await page.check('input[name="knowledge-0"][value="0"]');
    assert.match(await feedback(page, 0).innerText(), /^資料のとおりです。\s*ヘルニアによる足の痛みは/);
    assert.equal(await feedback(page, 0).locator('sup.sources').count(), 1, 'the explanation cites its sources');
    await page.check('input[name="knowledge-1"][value="0"]');
    assert.match(await feedback(page, 1).innerText(), /^資料では、次のようになっています。\s*1年後に「回復した」と感じていた人は、どちらのグループも/);
    await page.check('input[name="knowledge-2"][value="3"]');
    assert.match(await feedback(page, 2).innerText(), /119番/);
    await app.screenshot('knowledge-check-360');

    const text = await section.innerText();
    assert.doesNotMatch(text, /[0-9]\s*(\/|問中)\s*5|正解|不正解|点数は[0-9]/, 'no score and no verdict on the person');
    await page.click('button:has-text("リンクをコピー")');
    assert.equal(await page.inputValue('#share-link'), link, 'the replies are not in the link');
    assert.equal(await page.evaluate(() => localStorage.length), 0, 'nor on the device');

    // Unless the person chooses: then the link carries them, and opening it shows them again.
    await page.check('#knowledge-in-link');
    await page.click('button:has-text("リンクをコピー")');
    const withReplies = await page.inputValue('#share-link');
    assert.match(withReplies, /&k=003--$/);
    const fresh = await page.context().newPage();
    await fresh.goto(withReplies);
    await heading(fresh);
    await fresh.click('#knowledge-summary');
    assert.equal(await fresh.isChecked('input[name="knowledge-1"][value="0"]'), true, 'the replies came with the link');
    assert.match(await fresh.locator('.knowledge-question').nth(1).locator('.knowledge-feedback').innerText(), /^資料では/);
    await fresh.close();

    await page.emulateMedia({ media: 'print' });
    const printed = await page.locator('.print-summary').innerText();
    assert.ok(printed.includes('医師と確かめたいこと'), 'the printout lists the questions to go over');
    assert.ok(printed.includes('早めの手術を勧められたグループのほうが'), 'one answered otherwise than the sources');
    assert.ok(printed.includes('すぐに119番に電話するのは'), 'one answered "not sure"');
    assert.ok(!printed.includes('手術をしなくても、3か月ほどで和らぐことが多い'), 'not one answered as the sources say');
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    assert.ok(pages >= 1 && pages <= 2, `the summary with its questions to go over prints on ${pages} pages`);
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('a hard term has its reading at its first use on the results, and a tap opens its meaning', async () => {
  const app = await openApp({ width: 1280 });
  const { page } = app;
  try {
    await afterSurgeryWithAccident(page);
    // Each term once on the screen, and once in each option card (a phone shows one card at a time).
    const explained = await page.evaluate(() => [...document.querySelectorAll('.results button.term')].map((b) => ({
      scope: b.closest('.option-card')?.id ?? 'page', term: b.querySelector('ruby').firstChild.textContent,
    })));
    const seen = new Set();
    for (const { scope, term } of explained) {
      assert.ok(!seen.has(`${scope} ${term}`), `${term} is explained once in ${scope}`);
      seen.add(`${scope} ${term}`);
    }
    for (const term of ['坐骨神経痛', '馬尾', '合併症', '因果関係', '異議申立て', '自由診療']) {
      assert.ok(explained.some((e) => e.term === term), `${term} is explained at its first use`);
    }
    const complication = page.locator('#option-surgery button.term').filter({ hasText: '合併症' });
    assert.equal(await complication.locator('rt').innerText(), 'がっぺいしょう');
    await complication.scrollIntoViewIfNeeded();
    await complication.click();
    const meaning = page.locator('.term-meaning:popover-open');
    await meaning.waitFor();
    assert.match(await meaning.innerText(), /合併症[\s\S]*手術や治療がきっかけで起こる/);
    await app.screenshot('term-meaning-1280');
    assert.match(await meaning.locator('.reading').innerText(), /がっぺいしょう/, 'the meaning repeats the reading');
    await meaning.locator('button').click();
    assert.equal(await page.locator('.term-meaning:popover-open').count(), 0, 'its button closes it');
    await complication.click();
    await meaning.waitFor();
    await page.keyboard.press('Escape');
    assert.equal(await page.locator('.term-meaning:popover-open').count(), 0, 'Esc closes it');

    // The same in English: the Japanese term above the English word, and the page says who it is for in English.
    assert.match(await page.getAttribute('meta[name="description"]', 'content'), /腰椎椎間板ヘルニア/);
    await page.click('.lang-switch');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    assert.match(await page.getAttribute('meta[name="description"]', 'content'), /^A guide for people whose pain or numbness goes on/);
    assert.match(await page.title(), /Pain or numbness after a disc herniation/);
    const english = page.locator('#option-surgery button.term').filter({ hasText: 'complication' });
    assert.equal(await english.count(), 1);
    assert.equal(await english.locator('rt').innerText(), '合併症');
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('the About page says how the aid was made, what is not done yet, how to report an error, and how plain its Japanese is', async () => {
  const app = await openApp({ width: 360, height: 800 });
  const { page } = app;
  try {
    await heading(page);
    await page.click('#footer-about');
    assert.match(await heading(page), /このガイドについて/);
    const about = page.locator('.about');
    await about.locator('h2', { hasText: 'どうやって作ったか' }).waitFor();
    const text = await about.innerText();
    for (const part of ['まず診療ガイドライン', '腰痛診療ガイドライン2019', '資料を最後に探して確かめた日:2026年11月26日',
      'まだしていないこと', '誤りに気づいたときは', '参考に作りました']) {
      assert.ok(text.includes(part), `About says ${part}`);
    }
    const readability = text.match(/文は(\d+)あり、平均([\d.]+)字、最も長い文は(\d+)字です。漢字は文字の([\d.]+)%/);
    assert.ok(readability, 'the readability figures are there');
    assert.ok(Number(readability[2]) <= 30 && Number(readability[3]) <= 60 && Number(readability[4]) <= 35, readability[0]);
    await app.screenshot('about-360');
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});
