// Complete flows through the release build, as a person clicks them, at phone and desktop widths.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { openApp } from './harness.mjs';
import { afterSurgeryWithAccident, answerRedFlags, heading, next, openAllParts, pastRedFlags } from './flow.mjs';

for (const width of [360, 1280]) {
  test(`after-surgery path with the accident section (${width} px)`, async () => {
    const app = await openApp({ width });
    const { page } = app;
    try {
      await heading(page);
      await app.screenshot(`start-${width}`);
      await afterSurgeryWithAccident(page, (name) => app.screenshot(`${name}-${width}`));
      assert.match(await heading(page), /あなたのまとめ/);
      assert.equal(await page.evaluate(() => location.hash), '#/results');
      const topics = await page.locator('.topic h3').allInnerTexts();
      assert.deepEqual(topics, ['ヘルニアの再発', 'ヘルニアのほかに関わっているものがないか', '手術による影響', '体の使い方', '生活習慣']);
      // The person's own patterns are named, with their answers, and no condition is: conditions
      // appear only in the background, the same for everyone.
      const topicText = await page.locator('.topic').allInnerTexts();
      assert.match(topicText.join('\n'), /座ると強くなるおしりの痛み/);
      assert.doesNotMatch(topicText.join('\n'), /梨状筋|狭窄|症候群|瘢痕/);
      assert.doesNotMatch((await page.locator('.results-section .questions-list').innerText()), /梨状筋|狭窄|症候群|瘢痕/);
      assert.match(await page.locator('.learn .other-causes').innerText(), /梨状筋症候群[\s\S]*椎間孔狭窄症[\s\S]*脊柱管狭窄症[\s\S]*持続性脊椎痛症候群2型/);
      assert.match(await page.locator('.topic').first().innerText(), /手術のあと、いったん楽になってから症状が戻った:はい/);
      // All eight options, in the fixed order, with the same fields.
      const options = await page.locator('.option-card h3').allInnerTexts();
      assert.deepEqual(options, ['経過をみる(自然の経過)', '手術をしない治療(保存療法)', '椎間板への注射(コンドリアーゼ、商品名ヘルニコア)', '手術', '再手術', '脊髄刺激療法', '集学的な痛みの治療', '再生医療']);
      for (const card of await page.locator('.option-card').all()) {
        assert.equal(await card.locator('h4').count(), 10);
      }
      assert.equal(await page.locator('.options-section svg.icon-array[role=img][aria-label*="100人中"]').count(), 9);
      assert.equal(await page.locator('.learn svg.icon-array').count(), 1);
      assert.match(await page.locator('.accident').innerText(), /損害保険料率算出機構[\s\S]*予想ではなく[\s\S]*14級9号[\s\S]*12級13号/);
      assert.match(await page.locator('.checklist').innerText(), /たばこをやめる/);
      await app.screenshot(`results-${width}`);
      if (width === 360) {
        // One option at a time on a phone, switched with the buttons above.
        assert.equal(await page.locator('.option-card:visible').count(), 1);
        await page.click('.option-tab:has-text("脊髄刺激療法")');
        assert.match(await page.locator('.option-card:visible h3').innerText(), /脊髄刺激療法/);
        assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), true, 'no sideways scrolling');
      } else {
        assert.equal(await page.locator('.option-card:visible').count(), 8, 'side by side on a wide screen');
      }
      // SURE: three "yes" or fewer brings guidance; the leaning is the person's own.
      for (const [item, value] of [['sure', 'yes'], ['understand', 'yes'], ['risk_benefit', 'no'], ['encouragement', 'yes']]) {
        await page.check(`input[name="decision.sure.${item}"][value="${value}"]`);
      }
      assert.match(await page.locator('.sure-result').innerText(), /4つのうち3つ[\s\S]*もう少し支え/);
      await page.check('input[name="decision.leaning"][value="not_sure"]');
      assert.deepEqual(app.problems, []);
    } finally {
      await app.close();
    }
  });
}

test('every tick on every checklist is kept and listed in the results', async () => {
  const app = await openApp({ width: 360 });
  const { page } = app;
  const ticks = {
    history: ['history.tried.medication', 'history.tried.nerve_block', 'history.tried.physiotherapy', 'history.tried.brace'],
    symptoms: [
      'symptoms.areas.lower_back', 'symptoms.areas.buttock', 'symptoms.areas.one_leg', 'symptoms.areas.both_legs',
      'symptoms.kinds.pain', 'symptoms.kinds.numbness', 'symptoms.kinds.weakness',
      'symptoms.worse_with.sitting_long', 'symptoms.worse_with.walking_eased_by_sitting',
      'symptoms.worse_with.bending_backward', 'symptoms.worse_with.bending_forward_or_lifting',
    ],
  };
  try {
    await pastRedFlags(page);
    for (const name of ticks.history) await page.check(`input[name="${name}"]`);
    // Unticking one and ticking it again must not disturb the others.
    await page.uncheck('input[name="history.tried.nerve_block"]');
    await page.check('input[name="history.tried.nerve_block"]');
    for (const name of ticks.history) assert.equal(await page.isChecked(`input[name="${name}"]`), true, name);
    await next(page);
    for (const name of ticks.symptoms) await page.check(`input[name="${name}"]`);
    for (const name of ticks.symptoms) assert.equal(await page.isChecked(`input[name="${name}"]`), true, name);
    for (let step = 0; step < 4; step++) await next(page);
    assert.match(await heading(page), /あなたのまとめ/);
    const listed = await page.locator('.answers-list').evaluate((list) => list.textContent);
    for (const label of ['試した治療:薬', '試した治療:神経ブロック注射', '試した治療:リハビリ', '試した治療:コルセット',
      '症状の場所:腰', '症状の場所:おしり', '症状の場所:片方の足', '症状の場所:両方の足', '症状:痛み', '症状:しびれ', '症状:力が入りにくい',
      '長く座ると悪くなる', '歩くと悪くなり、座るか前かがみで楽になる', '体を後ろにそらすと悪くなる', '前かがみや物を持ち上げると悪くなる']) {
      assert.ok(listed.includes(label), `your answers list ${label}`);
    }
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('emergency path: call 119 first, then the banner stays on every later screen', async () => {
  const app = await openApp({ width: 360 });
  const { page } = app;
  try {
    await page.click('#start-button');
    await heading(page);
    await answerRedFlags(page, { urinary_problem: 'yes' });
    await next(page);
    assert.match(await heading(page), /119/);
    assert.equal(await page.getAttribute('a.call-button', 'href'), 'tel:119');
    assert.match(await page.locator('.emergency').innerText(), /尿のトラブルが、新しく出た・悪くなった/);
    await app.screenshot('emergency-360');
    await page.click('.emergency button');
    await page.waitForFunction(() => location.hash === '#/history');
    for (let step = 0; step < 6; step++) {
      const banner = page.locator('.live-region .urgency-banner.emergency');
      assert.equal(await banner.count(), 1, `banner on ${await page.evaluate(() => location.hash)}`);
      assert.equal(await page.getAttribute('.live-region', 'aria-live'), 'assertive');
      if (step < 5) await next(page);
    }
    assert.equal(await page.evaluate(() => location.hash), '#/results');
    await openAllParts(page);
    assert.equal(await page.locator('.options-section .option-card').count(), 8, 'options still shown, none hidden');
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('an English path, and the browser back button keeps the answers', async () => {
  const app = await openApp({ width: 1280 });
  const { page } = app;
  try {
    await page.getByRole('button', { name: '表示言語を英語に切り替える' }).click();
    await page.click('#start-button');
    assert.match(await heading(page), /First, check for signs/);
    await answerRedFlags(page, { fever_unwell: 'not_sure' });
    await next(page);
    await page.check('input[name="history.surgery"][value="none"]');
    await page.fill('#history-since_onset-amount', '6');
    await page.selectOption('#history-since_onset-unit', 'weeks');
    await next(page);
    assert.match(await heading(page), /Your symptoms now/);
    assert.equal(await page.locator('.urgency-banner.prompt').count(), 1, 'a flag answered "not sure" errs towards care');
    await page.goBack();
    await page.waitForFunction(() => location.hash === '#/history');
    assert.match(await heading(page), /Your history so far/);
    assert.equal(await page.isChecked('input[name="history.surgery"][value="none"]'), true);
    assert.equal(await page.inputValue('#history-since_onset-amount'), '6');
    assert.equal(await page.inputValue('#history-since_onset-unit'), 'weeks');
    assert.equal(await page.locator('#history-since_surgery-amount').count(), 0, 'no surgery questions after "no"');
    // An impossible number is explained, and the earlier answer stays.
    await page.fill('#history-since_onset-amount', '99999');
    assert.match(await page.locator('.field-error').innerText(), /from 0 to 5218/);
    await page.goForward();
    await page.waitForFunction(() => location.hash === '#/symptoms');
    for (let step = 0; step < 4; step++) await next(page);
    assert.match(await heading(page), /Your summary/);
    assert.match(await page.locator('.results-head').innerText(), /6 weeks/);
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('the About page shows every certification item, the glossary with readings and the references', async () => {
  const app = await openApp({ width: 1280 });
  const { page } = app;
  try {
    await heading(page);
    await page.click('#start-button');
    await heading(page);
    await page.click('#footer-about');
    assert.match(await heading(page), /このガイドについて/);
    const text = await page.locator('.about').innerText();
    for (const item of ['公開日', '最終確認日', '次の見直し予定', '6か月ごと', '作成', '資金', '利益相反', '診断や治療の指示ではなく', 'クッキーも使いません', '独立した確認は、まだ受けていません']) {
      assert.ok(text.includes(item), `About shows ${item}`);
    }
    assert.equal(await page.locator('.glossary ruby rt').count(), 17);
    assert.match(await page.locator('.glossary').innerText(), /梨状筋症候群/);
    const references = readFileSync(new URL('../../src/content/references.txt', import.meta.url), 'utf8')
      .split('\n').filter((line) => / = /.test(line) && !line.startsWith('#'));
    assert.equal(await page.locator('.reference-list li').count(), references.length, 'every reference, once');
    await app.screenshot('about-1280');
    await page.click('.about > button.secondary');
    assert.match(await heading(page), /受診が必要なサイン/, 'back returns to where About was opened');
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('the results open folded under an index: every part one tap away and back, a short page on a phone', async () => {
  const app = await openApp({ width: 360, height: 800 });
  const { page } = app;
  try {
    await pastRedFlags(page);
    while (!(await page.evaluate(() => location.hash)).startsWith('#/results')) await next(page);
    // Folded: the urgency, the safety net and the index show; no section's body is built.
    assert.equal(await page.locator('.urgency-banner').count(), 1);
    assert.equal(await page.locator('.results-head .safety-net').count(), 1, 'the safety net is never folded');
    assert.equal(await page.locator('.option-card').count(), 0);
    const folded = await page.evaluate(() => document.documentElement.scrollHeight);
    assert.ok(folded <= 6 * 800, `at most 6 screens tall folded (${folded} px)`);
    await app.screenshot('results-index-360');
    // One tap from the index opens a part and moves there; every option is there, alike.
    await page.click('.results-index button:has-text("治療の選択肢")');
    await page.waitForFunction(() => document.activeElement?.id === 'options-summary');
    assert.equal(await page.locator('.option-card').count(), 8);
    assert.ok(await page.locator('#options-summary').evaluate((e) => e.getBoundingClientRect().top < window.innerHeight));
    // Back to the index.
    await page.click('.options-section .to-index');
    await page.waitForFunction(() => document.activeElement?.id === 'index-heading');
    // Tapping a heading folds it again; by keyboard too.
    await page.click('#options-summary');
    assert.equal(await page.locator('.option-card').count(), 0);
    await page.focus('#topics-summary');
    await page.keyboard.press('Enter');
    await page.locator('.topics .to-index').waitFor();
    // Open all, fold all.
    await page.click('#open-all');
    assert.equal(await page.locator('.to-index').count(), await page.locator('details.fold').count());
    assert.match(await page.locator('#open-all').innerText(), /すべて閉じる/);
    await page.click('#open-all');
    assert.equal(await page.locator('.to-index').count(), 0);
    // The printed summary stays whole whatever is folded.
    assert.ok((await page.locator('.print-summary').innerText()).length > 500);
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});
