// The symptom diary (#15), clicked through as a person would: opened from the start page (the
// first module hands over to the whole app), turned on, entries added, changed and deleted,
// the chart and its table, warning signs leading to the right screen, printing, exports that a
// clinic's system can read (FHIR R4, schema-valid) and that come back on a new device, a
// corrupt file refused with nothing lost, offline use, and deleting everything.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { openApp, axe } from './harness.mjs';
import { heading, afterSurgeryWithAccident } from './flow.mjs';

const Validator = createRequire(import.meta.url)('@asymmetrik/fhir-json-schema-validator');
const validator = new Validator();

/** The diary's notice, once it says `pattern` (reading a chosen file takes a moment). */
async function notice(page, pattern) {
  await page.waitForFunction((source) => new RegExp(source).test(document.querySelector('.diary-notice')?.textContent ?? ''), pattern.source, { timeout: 5_000 })
    .catch(() => {});
  assert.match(await page.locator('.diary-notice').innerText(), pattern);
}

/** Presses Tab until `selector` has the focus, as a keyboard user moves through the page. */
async function tabTo(page, selector, limit = 80) {
  for (let i = 0; i < limit; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`${selector} is not reachable with Tab`);
}

const stored = (page) => page.evaluate(() => Object.keys(localStorage).sort());

async function openDiary(page) {
  await heading(page);
  await page.click('#start-diary');
  // The whole app takes over from the first module: wait for its diary, not the first screen.
  await page.locator('section.diary').waitFor();
  assert.match(await heading(page), /症状の記録|Symptom diary/);
}

/** Adds an entry the way a person does: the form, a few taps, save. */
const CHECKS = ['saddle_numbness', 'urinary_problem', 'bowel_control_loss', 'both_legs', 'worsening_weakness'];
const checked = (which, reply) => CHECKS.map((c) => (c === which ? reply : 'no'));

async function addEntry(page, { date, leg, back, numbness, checks = checked(), note }) {
  await page.click('#diary-add');
  await page.fill('#diary-date', date);
  await page.check(`input[name="diary-leg-pain"][value="${leg}"]`);
  await page.check(`input[name="diary-back-pain"][value="${back}"]`);
  await page.check(`input[name="diary-numbness"][value="${numbness}"]`);
  for (const [i, check] of CHECKS.entries()) {
    await page.check(`input[name="diary-check-${check}"][value="${checks[i]}"]`);
  }
  if (note) await page.fill('#diary-note', note);
  await page.click('#diary-save');
}

async function download(page, button) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
  return { name: file.suggestedFilename(), text: fs.readFileSync(await file.path(), 'utf8') };
}

const TODAY = await (async () => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
})();
const daysAgo = (n) => {
  const d = new Date();
  d.setDate(d.getDate() - n);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

test('the diary: nothing kept before it is on; add, change and delete entries; the chart, its table and the change in words (360 px)', async () => {
  const app = await openApp({ width: 360, height: 740 });
  const { page } = app;
  try {
    await openDiary(page);
    assert.deepEqual(await stored(page), [], 'nothing stored before the person turns the diary on');
    assert.equal(await page.locator('#diary-add').count(), 0, 'no entries before it is on');
    await axe(page, 'diary, off');
    await page.click('#diary-turn-on');
    await addEntry(page, { date: daysAgo(21), leg: 7, back: 4, numbness: 5, note: '朝がつらい' });
    await notice(page, /記録しました/);
    await addEntry(page, { date: daysAgo(14), leg: 6, back: 4, numbness: 4 });
    await addEntry(page, { date: daysAgo(7), leg: 4, back: 3, numbness: 3 });
    await addEntry(page, { date: TODAY, leg: 3, back: 2, numbness: 3 });
    assert.deepEqual(await stored(page), ['hernia-aid.diary'], 'kept on this device once it is on');
    // The start of the pain gives the chart its three-month mark.
    await page.fill('#diary-start', daysAgo(60));
    await page.dispatchEvent('#diary-start', 'change');
    await page.locator('.chart-mark').waitFor();
    assert.match(await page.locator('.chart-mark text').textContent(), /3か月/);
    assert.equal(await page.locator('.chart-line.leg_pain circle').count(), 4, 'a marker for each entry');
    assert.equal(await page.locator('.diary-table tbody tr').count(), 4, 'the same figures as a table');
    assert.equal(await page.locator('.diary-table tbody tr').first().locator('td').first().innerText(), '7');
    assert.match(await page.locator('.diary-change').innerText(), /足の痛みは7から3に下がりました/);
    // Past a typo: change an entry, and a date in the future is refused with the form kept.
    await page.click('#diary-edit-1');
    await page.check('input[name="diary-leg-pain"][value="5"]');
    await page.fill('#diary-date', '2999-01-01');
    await page.click('#diary-save');
    await notice(page, /今日より後の日付/);
    assert.equal(await page.locator('.diary-form').count(), 1, 'the form stays open with what was typed');
    await page.fill('#diary-date', daysAgo(14));
    await page.click('#diary-save');
    assert.equal(await page.locator('.diary-table tbody tr').nth(1).locator('td').first().innerText(), '5');
    await page.click('#diary-edit-2');
    await page.click('#diary-remove');
    assert.equal(await page.locator('.diary-table tbody tr').count(), 3, 'an entry deleted');
    await axe(page, 'diary, on');
    await app.screenshot('diary-360');
    for (const narrow of [360, 320]) {
      await page.setViewportSize({ width: narrow, height: 740 });
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= narrow, `no sideways scrolling at ${narrow} px (${width} px)`);
    }
    await app.screenshot('diary-320');
    // High contrast: the lines keep their patterns and markers in the system's colours.
    await page.emulateMedia({ forcedColors: 'active' });
    await page.locator('.diary-chart').screenshot({ path: 'target/screenshots/diary-chart-forced-colors.png' });
    await page.emulateMedia({ forcedColors: 'none' });
    // It comes back on the next visit, and only on this device.
    await page.reload();
    await heading(page);
    assert.equal(await page.locator('.diary-table tbody tr').count(), 3, 'the entries come back after a reload');
    assert.ok(app.requests.every((r) => !r.url.includes('diary') || r.url.startsWith('/')), 'nothing leaves the origin');
    // Deleting everything leaves nothing on the device.
    await page.click('#diary-delete-all');
    await page.click('#diary-delete-yes');
    await notice(page, /記録を消しました/);
    assert.deepEqual(await stored(page), [], 'nothing left on the device');
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('deleting the diary in one tab stops the other tab from saving it again', async () => {
  const app = await openApp({ width: 1280 });
  const { page } = app;
  try {
    await openDiary(page);
    await page.click('#diary-turn-on');
    await addEntry(page, { date: TODAY, leg: 5, back: 3, numbness: 2 });
    const other = await app.context.newPage();
    await other.goto(`${app.url}#/diary`);
    await other.locator('.diary-table').waitFor();
    await other.click('#diary-delete-all');
    await other.click('#diary-delete-yes');
    await page.locator('#diary-turn-on').waitFor();
    await notice(page, /記録を消しました/);
    assert.deepEqual(await stored(page), [], 'the first tab keeps nothing either');
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('a warning sign on an entry leads to the same screens as the red-flag step', async () => {
  const app = await openApp({ width: 1280 });
  const { page } = app;
  try {
    await openDiary(page);
    await page.click('#diary-turn-on');
    await addEntry(page, { date: TODAY, leg: 5, back: 3, numbness: 4, checks: checked('saddle_numbness', 'yes') });
    assert.match(await heading(page), /今すぐ119番/, 'new saddle numbness: call 119 now');
    assert.equal(await page.locator('a[href="tel:119"]').count() > 0, true);
    await page.click('.warning button');
    await addEntry(page, { date: TODAY, leg: 5, back: 3, numbness: 4, checks: checked('worsening_weakness', 'yes') });
    assert.match(await heading(page), /今日のうちに/, 'weakness getting worse: be seen today');
    await page.click('.warning button');
    await addEntry(page, { date: TODAY, leg: 5, back: 3, numbness: 4, checks: checked('worsening_weakness', 'not_sure') });
    assert.match(await heading(page), /症状の記録/);
    assert.match(await page.locator('.diary-prompt').innerText(), /数日のうちに/, 'not sure errs towards care');
    assert.equal(await page.locator('.diary-table tbody tr').count(), 3, 'every entry is kept');
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('export CSV and FHIR (schema-valid, LOINC 72514-3), import them on a new device, refuse a corrupt file with nothing lost, print with the chart', async () => {
  const app = await openApp({ width: 1280 });
  const { page } = app;
  try {
    await openDiary(page);
    await page.click('#diary-turn-on');
    await addEntry(page, { date: daysAgo(10), leg: 8, back: 5, numbness: 6, note: '=SUM(A1) "quoted", comma' });
    await addEntry(page, { date: daysAgo(3), leg: 4, back: 3, numbness: 2 });
    const csv = await download(page, '#diary-export-csv');
    assert.match(csv.name, /\.csv$/);
    assert.ok(csv.text.startsWith('\uFEFF'), 'a byte-order mark, for spreadsheets in Japan');
    assert.equal(csv.text.split('\r\n').filter(Boolean).length, 3, 'a header and one row an entry');
    assert.ok(csv.text.includes('"\'=SUM(A1) ""quoted"", comma"'), 'a formula-like note is neutralised and quoted');
    const fhir = await download(page, '#diary-export-fhir');
    const bundle = JSON.parse(fhir.text);
    assert.deepEqual(validator.validate(bundle, true), [], 'valid against the FHIR R4 schema');
    const loinc = bundle.entry.map((e) => e.resource).filter((r) => r.code?.coding?.some((c) => c.code === '72514-3'));
    assert.equal(loinc.length, 4, 'leg and back pain for each entry');
    assert.ok(!bundle.entry.some((e) => e.resource.resourceType === 'Patient'), 'no identity unless a name is typed');
    await page.fill('#diary-export-name', '山田 花子');
    const named = JSON.parse((await download(page, '#diary-export-fhir')).text);
    assert.deepEqual(validator.validate(named, true), []);
    assert.ok(named.entry.some((e) => e.resource.resourceType === 'Patient'), 'the typed name only');

    await app.screenshot('diary-1280');
    // Printed: the page shows the chart and the entries, not the form or the buttons.
    await page.emulateMedia({ media: 'print' });
    assert.ok(await page.locator('.diary-chart > svg').isVisible(), 'the chart prints');
    assert.ok(!(await page.locator('#diary-add').isVisible()), 'no buttons on paper');
    await app.screenshot('diary-print');
    await page.emulateMedia({ media: 'screen' });

    // A corrupt file is refused, and nothing changes.
    const before = await page.locator('.diary-table').innerText();
    await page.setInputFiles('#diary-import', { name: 'broken.csv', mimeType: 'text/csv', buffer: Buffer.from('\uFEFFdate,leg\r\n2026-13-45,x\r\n') });
    await notice(page, /読み込めませんでした/);
    assert.equal(await page.locator('.diary-table').innerText(), before, 'nothing lost');
    await page.setInputFiles('#diary-import', { name: 'other.json', mimeType: 'application/json', buffer: Buffer.from('{"resourceType":"Patient"}') });
    await notice(page, /読み込めませんでした/);

    // A new device: delete all, then import the CSV, then the FHIR file over it.
    await page.click('#diary-delete-all');
    await page.click('#diary-delete-yes');
    await page.click('#diary-turn-on');
    await page.setInputFiles('#diary-import', { name: csv.name, mimeType: 'text/csv', buffer: Buffer.from(csv.text) });
    await notice(page, /2件の記録を読み込みました/);
    assert.equal(await page.locator('.diary-table').innerText(), before, 'the CSV brings every entry back');
    await page.setInputFiles('#diary-import', { name: fhir.name, mimeType: 'application/fhir+json', buffer: Buffer.from(fhir.text) });
    await page.locator('#diary-import-question').waitFor();
    assert.match(await page.locator('#diary-import-question').innerText(), /2件です。今の2件と置きかえますか/);
    await page.click('#diary-import-replace');
    assert.equal(await page.locator('.diary-table').innerText(), before, 'the FHIR file brings every entry back');
    assert.equal(await page.locator('.diary-note').innerText(), '=SUM(A1) "quoted", comma', 'the note as typed');
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('the results\' printout gains the chart and the last entries, still on at most two A4 pages', async () => {
  const app = await openApp({ width: 1280 });
  const { page } = app;
  try {
    await openDiary(page);
    await page.click('#diary-turn-on');
    for (let week = 8; week >= 0; week--) await addEntry(page, { date: daysAgo(week * 7), leg: Math.min(10, week + 1), back: 3, numbness: 2 });
    // The long path (after surgery, with the accident section), from the start page.
    await page.goto(app.url);
    await heading(page);
    await afterSurgeryWithAccident(page);
    await page.locator('.print-summary .diary-chart').waitFor({ state: 'attached' });
    assert.equal(await page.locator('.print-summary .diary-table tbody tr').count(), 5, 'the last five entries');
    await page.emulateMedia({ media: 'print' });
    await app.screenshot('summary-with-diary-print');
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    fs.writeFileSync('target/screenshots/summary-with-diary.pdf', pdf);
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    assert.ok(pages >= 1 && pages <= 2, `the summary with the diary prints on ${pages} pages`);
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('the diary by keyboard alone, and offline once visited', async () => {
  const app = await openApp({ width: 1280 });
  const { page } = app;
  try {
    await heading(page);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20_000 });
    await page.waitForFunction(() => caches.keys().then(async (keys) => keys.length === 1 && (await (await caches.open(keys[0])).keys()).length > 10));
    await app.context.setOffline(true);
    await page.reload();
    await heading(page);
    // Keyboard only: Tab to the start page's diary link, then through the form.
    await tabTo(page, '#start-diary');
    await page.keyboard.press('Enter');
    await page.locator('section.diary').waitFor();
    assert.match(await heading(page), /症状の記録/);
    await tabTo(page, '#diary-turn-on');
    await page.keyboard.press('Enter');
    await tabTo(page, '#diary-add');
    await page.keyboard.press('Enter');
    await page.locator('#diary-date').waitFor();
    await tabTo(page, 'input[name="diary-leg-pain"]');
    await page.keyboard.press('Space');
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
    await tabTo(page, '#diary-note');
    await page.keyboard.type('キーボードだけで');
    await tabTo(page, '#diary-save');
    await page.keyboard.press('Enter');
    await notice(page, /記録しました/);
    assert.equal(await page.locator('.diary-table tbody tr td').first().innerText(), '6', 'arrow keys chose 6');
    await axe(page, 'diary, keyboard');
    await app.context.setOffline(false);
    assert.deepEqual(app.problems.filter((p) => !p.includes('ERR_INTERNET_DISCONNECTED')), []);
  } finally {
    await app.close();
  }
});
