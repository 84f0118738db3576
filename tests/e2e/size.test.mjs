// Size is a feature that can regress: the first load must stay within its brotli budget.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { distDir } from './harness.mjs';
import fs from 'node:fs';
import { firstLoadAssets, isFullApp, FIRST_LOAD_BROTLI_BUDGET } from '../../.ci/assets.mjs';

test(`first-load transfer stays within ${FIRST_LOAD_BROTLI_BUDGET / 1000} KB brotli`, () => {
  const assets = firstLoadAssets(distDir);
  const kinds = assets.map((a) => a.file.split('.').pop());
  for (const kind of ['html', 'js', 'wasm', 'css']) assert.ok(kinds.includes(kind), `counts the ${kind}`);
  assert.ok(!assets.some((a) => a.file === 'en.txt'), 'English loads on demand, not on first load');
  assert.ok(!assets.some((a) => a.file === 'ja.txt'), 'the Japanese of the results and About loads after the first screen');
  assert.equal(fs.readdirSync(distDir).filter(isFullApp).length, 2, 'the whole app (glue and wasm) is built beside the first module');
  assert.ok(!assets.some((a) => isFullApp(a.file)), 'the whole app loads after the first screen');
  const total = assets.reduce((sum, a) => sum + a.brotli, 0);
  console.log(assets.map((a) => `${a.file}: ${a.brotli} B brotli (${a.raw} B raw)`).join('\n'));
  console.log(`first load: ${total} B brotli of ${FIRST_LOAD_BROTLI_BUDGET} B`);
  assert.ok(total <= FIRST_LOAD_BROTLI_BUDGET, `first load is ${total} B brotli, over the ${FIRST_LOAD_BROTLI_BUDGET} B budget`);
});
