// The benchmark: sizes, time to the first clickable control (unthrottled and a phone
// profile) against a static floor page, a tap on start → the first question (tapped as the app
// runs, and once the whole app has arrived), time from the
// last answer to the results, the engine natively, the JS heap after a flow, and Lighthouse
// (mobile) on the start page and on results opened from a link. Prints tables; writes target/bench.json.
// Times are medians; these machines are noisy, so nothing here is asserted.
import fs from 'node:fs';
import path from 'node:path';
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';
import { startServer } from './server.mjs';
import { firstLoadAssets, FIRST_LOAD_BROTLI_BUDGET, splitByKind, wholeFirstVisit } from './assets.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const execFileAsync = promisify(execFile);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const dist = path.join(root, 'dist');
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];
const PROFILES = {
  unthrottled: null,
  phone: { cpu: 4, latency: 150, down: 1_600_000 / 8, up: 750_000 / 8 },
};
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

/** Records, from the navigation's time origin, when the start link first exists (it works
 * from then on: the prerendered page's link sets the fragment the app opens) and when the app
 * itself runs (`<html data-app-ready>`; the floor page has no app, so only the first counts). */
const READY_PROBE = () => {
  const mark = () => {
    if (document.getElementById('start-button') && !window.__ready) window.__ready = performance.now();
    if (document.documentElement.hasAttribute('data-app-ready') && !window.__app) window.__app = performance.now();
  };
  new MutationObserver(mark).observe(document, { childList: true, subtree: true, attributes: true });
  document.addEventListener('DOMContentLoaded', mark);
};

/** Navigation → the start link, the app running, and (with `tapWhen`) a tap on the start link →
 * the first question usable: tapped the moment the app runs ('at once', so the whole app may
 * still be on its way) or once the whole app has arrived on standby ('arrived', when it is also
 * noted from navigation). */
async function timeToStart(browser, url, profile, tapWhen = 'at once') {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (profile) {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false, latency: profile.latency, downloadThroughput: profile.down, uploadThroughput: profile.up,
    });
  }
  await page.addInitScript(READY_PROBE);
  await page.goto(url);
  await page.waitForFunction(() => window.__ready !== undefined, null, { timeout: 60_000 });
  if (!url.endsWith('floor.html')) await page.waitForFunction(() => window.__app !== undefined, null, { timeout: 60_000 });
  const ms = await page.evaluate(() => ({ first: window.__ready, app: window.__app }));
  if (!url.endsWith('floor.html')) {
    if (tapWhen === 'arrived') {
      await page.waitForFunction(() => window.herniaAid?.loaded !== undefined, null, { timeout: 60_000, polling: 10 });
      ms.whole = await page.evaluate(() => performance.now());
    }
    // A tap on the start link → the first question's answers can be chosen.
    ms.tap = await page.evaluate(() => new Promise((resolve) => {
      const start = performance.now();
      const usable = () => document.querySelector('input[name="red_flags.saddle_numbness"]:not([disabled])');
      new MutationObserver((_, observer) => {
        if (usable()) { observer.disconnect(); resolve(performance.now() - start); }
      }).observe(document.body, { childList: true, subtree: true });
      document.getElementById('start-button').click();
    }));
  }
  await context.close();
  return ms;
}

/** A static copy of the first screen: the same HTML and CSS, no script, no wasm. */
async function writeFloor(browser, url) {
  const page = await browser.newPage();
  await page.goto(url);
  await page.waitForSelector('html[data-app-ready]', { state: 'attached' });
  const html = await page.evaluate(() => {
    document.documentElement.removeAttribute('data-app-ready');
    document.querySelectorAll('script, link[rel=modulepreload], link[rel=preload], link[rel=manifest]').forEach((e) => e.remove());
    return '<!doctype html>\n' + document.documentElement.outerHTML;
  });
  await page.close();
  fs.writeFileSync(path.join(dist, 'floor.html'), html);
}

async function timeToResults(browser, url, cpu = 1) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const cdp = await page.context().newCDPSession(page);
  if (cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  await page.goto(`${url}#/values`);
  await page.locator('#next-button').waitFor();
  // The results' Japanese (ja.txt) arrives after the first screen, as it would while a person
  // answers: measure the rendering, not that download.
  await page.waitForLoadState('networkidle');
  const ms = await page.evaluate(() => new Promise((resolve) => {
    const start = performance.now();
    new MutationObserver((_, observer) => {
      if (document.getElementById('options-heading')) { observer.disconnect(); resolve(performance.now() - start); }
    }).observe(document.body, { childList: true, subtree: true });
    document.querySelector('#next-button').click();
  }));
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const heap = Object.fromEntries(metrics.map((m) => [m.name, m.value]));
  await page.close();
  return { ms, heapUsed: heap.JSHeapUsedSize, heapTotal: heap.JSHeapTotalSize };
}

function engineMedians() {
  const out = execFileSync('cargo', ['bench', '--quiet', '--bench', 'engine'], { cwd: root, encoding: 'utf8' });
  const line = out.split('\n').find((l) => l.startsWith('json: '));
  return JSON.parse(line.slice(6)).engine_median_us;
}

const assets = firstLoadAssets(dist);
const totals = assets.reduce((t, a) => ({ raw: t.raw + a.raw, gzip: t.gzip + a.gzip, brotli: t.brotli + a.brotli }), { raw: 0, gzip: 0, brotli: 0 });
console.log('\nFirst-load assets (bytes)');
console.table([...assets, { file: 'TOTAL', ...totals }]);
console.log(`brotli total ${totals.brotli} B of the ${FIRST_LOAD_BROTLI_BUDGET} B budget (${(100 * totals.brotli / FIRST_LOAD_BROTLI_BUDGET).toFixed(1)} %)`);
const split = splitByKind(assets);
console.log(`split (brotli): ${Object.entries(split).map(([k, v]) => `${k} ${v} B`).join(', ')}`);
const visit = wholeFirstVisit(dist).reduce((sum, f) => sum + f.sent, 0);
console.log(`whole first visit (the worker caches every file, each downloaded once): ${visit} B`);

const served = await startServer({ root: dist });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
await writeFloor(browser, served.url);
const times = {};
for (const [name, profile] of Object.entries(PROFILES)) {
  const first = []; const running = []; const floor = []; const tap = []; const whole = []; const tapArrived = [];
  for (let i = 0; i < RUNS; i++) {
    const app = await timeToStart(browser, served.url, profile);
    first.push(app.first);
    running.push(app.app);
    tap.push(app.tap);
    floor.push((await timeToStart(browser, `${served.url}floor.html`, profile)).first);
    const reader = await timeToStart(browser, served.url, profile, 'arrived');
    whole.push(reader.whole);
    tapArrived.push(reader.tap);
  }
  times[name] = {
    first_control_ms: median(first), app_running_ms: median(running), floor_ms: median(floor),
    first_control_ratio: median(first) / median(floor), app_running_ratio: median(running) / median(floor),
    start_tap_to_first_question_ms: median(tap), whole_app_arrived_ms: median(whole),
    start_tap_to_first_question_arrived_ms: median(tapArrived), runs: RUNS,
  };
}
console.log('\nNavigation → start link clickable, → app running (the start page\'s module), → the whole app arrived (median ms; floor = static page); a tap on the start link → the first question usable, tapped as the app runs and once the whole app has arrived');
console.table(Object.fromEntries(Object.entries(times).map(([k, v]) => [k, {
  'start link': v.first_control_ms.toFixed(0), 'app running': v.app_running_ms.toFixed(0), floor: v.floor_ms.toFixed(0),
  'link/floor': v.first_control_ratio.toFixed(2), 'app/floor': v.app_running_ratio.toFixed(2),
  'whole app': v.whole_app_arrived_ms.toFixed(0),
  'tap at once → question': v.start_tap_to_first_question_ms.toFixed(0),
  'tap after → question': v.start_tap_to_first_question_arrived_ms.toFixed(0),
}])));

const results = [];
for (let i = 0; i < RUNS; i++) results.push(await timeToResults(browser, served.url));
const resultsMs = median(results.map((r) => r.ms));
const heapPeak = Math.max(...results.map((r) => r.heapUsed));
const throttled = [];
for (let i = 0; i < RUNS; i++) throttled.push((await timeToResults(browser, served.url, PROFILES.phone.cpu)).ms);
const throttledMs = median(throttled);
console.log(`\nLast answer → results rendered: median ${resultsMs.toFixed(1)} ms (budget 16 ms, one frame); CPU ×${PROFILES.phone.cpu}: ${throttledMs.toFixed(1)} ms`);
console.log(`JS heap after a flow: ${(heapPeak / 1024 / 1024).toFixed(2)} MiB used (largest of ${RUNS})`);
await browser.close();
await served.close();
fs.rmSync(path.join(dist, 'floor.html'));

// Lighthouse (mobile, its default), on the start page and on a results page opened from a share
// link (format 3's frozen routine example). Its own Chromium run, one at a time.
const LIGHTHOUSE_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const shareCode = '3.n.n.n.n.n.n.n.n.n.n.n.m.14m.8m.y.dp.bo.pn.6.5.s.s.y...n.y.u...a.y.y.8.r.y.u.y.n.4.2.3.4.1.0......n.n.n.y~1q3mnkt';
const lighthouseServer = await startServer({ root: dist });
const lighthouse = {};
for (const [name, at] of [['start', ''], ['results from a link', `#/results?a=${shareCode}`]]) {
  // Asynchronously: the server answering Lighthouse runs in this process. Lighthouse sometimes
  // fails to record its trace (NO_NAVSTART, "run Lighthouse again"): up to three attempts.
  const runLighthouse = () => execFileAsync(path.join(root, 'node_modules/.bin/lighthouse'), [
    `${lighthouseServer.url}${at}`, '--quiet', '--output=json', `--only-categories=${LIGHTHOUSE_CATEGORIES.join(',')}`,
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
  ], { encoding: 'utf8', env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' }, maxBuffer: 64 * 1024 * 1024, timeout: 180_000 });
  let out;
  for (let attempt = 1; out === undefined; attempt++) {
    try {
      out = (await runLighthouse()).stdout;
    } catch (error) {
      if (attempt >= 3) throw error;
      console.log(`Lighthouse failed on ${name} (${String(error.stderr ?? error).split('\n')[0]}); again`);
    }
  }
  const report = JSON.parse(out);
  lighthouse[name] = Object.fromEntries(LIGHTHOUSE_CATEGORIES.map((c) => [c, Math.round(report.categories[c].score * 100)]));
  lighthouse[name].lcp_ms = Math.round(report.audits['largest-contentful-paint'].numericValue);
}
await lighthouseServer.close();
console.log('\nLighthouse (mobile)');
console.table(lighthouse);

const engine = engineMedians();
console.log('\nEngine, one assessment natively (median µs)');
console.table(engine);

const report = { date: new Date().toISOString(), assets, totals, split_brotli: split, whole_first_visit_bytes: visit, budget_brotli: FIRST_LOAD_BROTLI_BUDGET, time_to_first_control: times,
  results_render_ms: resultsMs, results_render_ms_cpu_x4: throttledMs, js_heap_used_bytes: heapPeak, lighthouse, engine_median_us: engine };
fs.mkdirSync(path.join(root, 'target'), { recursive: true });
fs.writeFileSync(path.join(root, 'target', 'bench.json'), JSON.stringify(report, null, 2));
console.log('\nwrote target/bench.json');
