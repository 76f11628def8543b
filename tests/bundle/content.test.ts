import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportBundle } from '../../electron/bundle/export';
import { importBundles } from '../../electron/bundle/import';
import { readBundle } from '../../electron/bundle/read';
import { cliI18n, messageOf } from '../../electron/cli/i18n';
import type { Store } from '../../electron/store';
import type { AppFailure } from '../../shared/errors';
import type { JsonValue, Operation } from '../../shared/model/ops';
import { formatHlc } from '../../shared/sync/hlc';
import { deriveState } from '../../shared/state';
import { craft } from './craft';
import { installation, reportChange, tempDir } from './installations';

const EN = cliI18n('en');

let arg: Store;
let sec: Store;
let first: Uint8Array;
let held: Operation;
let seq = 100;
let tick = 0;

beforeAll(async () => {
  const dir = tempDir();
  arg = await installation(dir, {
    role: 'focal-point',
    country: 'COL',
    groups: ['2020-2021/VII', '2020-2021/IV'],
  });
  sec = await installation(dir, { role: 'secretariat', country: null, groups: [] });
  await arg.commit([reportChange('COL', '2020-2021/VII/3', 40)]);
  first = (await exportBundle(arg, { all: true })).bytes;
  await importBundles(sec, [{ name: 'first.ceabundle', bytes: first }], { trustNew: true });
  held = readBundle(first).ops[0]!;
});

afterAll(async () => {
  await arg.close();
  await sec.close();
});

/** A validly signed bundle of the trusted focal point carrying `ops`. */
function bundleOf(ops: Operation[]): Uint8Array {
  const { manifest } = readBundle(first);
  return craft({
    manifest: { ...manifest, seq: seq++, opCount: ops.length },
    opsText: JSON.stringify(ops),
    privateKey: arg.read().sync.privateKey!,
  });
}

/** A new operation of the focal point's installation on `key`, writing `fields`. */
function op(entity: Operation['entity'], key: string, fields: Record<string, JsonValue>): Operation {
  const site = held.site;
  return {
    hlc: formatHlc(Date.now(), tick++, site),
    site,
    author: held.author,
    entity,
    key,
    fields,
    prev: Object.fromEntries(Object.keys(fields).map((f) => [f, null])),
  };
}

const report = (over: Record<string, JsonValue>) => ({ ...held.fields, ...over });
const budget = (over: Record<string, JsonValue>) => ({
  programme: '2020-2021',
  group: '2020-2021/VII',
  activity: '2020-2021/VII/3',
  kind: 'expenditure',
  source: 'DANE',
  institution: null,
  amount: 100,
  currency: 'USD',
  purpose: '',
  date: '2020-10-01',
  country: 'COL',
  author: held.author,
  ...over,
});

async function refusedFor(ops: Operation[], rule: string, field: string): Promise<AppFailure> {
  const before = readFileSync(sec.file);
  const failure = (await importBundles(sec, [{ name: 'hostile.ceabundle', bytes: bundleOf(ops) }]).catch(
    (e: unknown) => e,
  )) as AppFailure;
  expect(failure.error).toMatchObject({
    code: 'bundle-invalid-operation',
    details: { rule, field, file: 'hostile.ceabundle' },
  });
  expect(readFileSync(sec.file).equals(before)).toBe(true);
  return failure;
}

describe('one check of an operation’s content where it enters (issue 11, failure 5)', () => {
  it('percent 150 in a new report, and in an edit of a held one: refused whole, and the held report stays visible', async () => {
    await refusedFor([op('progress', 'p-new', report({ percent: 150 }))], 'too-large', 'percent');
    const failure = await refusedFor([op('progress', held.key, { percent: 150 })], 'too-large', 'percent');
    expect(messageOf(EN, failure.error)).toBe(
      `hostile.ceabundle is refused whole: in the change to the progress report (Colombia · VII.3), the percent complete is above its maximum (100).`,
    );
    expect(deriveState(sec.read()).reports.map((r) => r.id)).toContain(held.key);
  });

  it('amounts of ±1e308 and a report date 9999-99-99', async () => {
    await refusedFor([op('budget', 'b-huge', budget({ amount: 1e308 }))], 'too-large', 'amount');
    await refusedFor([op('budget', 'b-negative', budget({ amount: -1e308 }))], 'too-small', 'amount');
    await refusedFor(
      [op('progress', 'p-date', report({ reportDate: '9999-99-99' }))],
      'bad-format',
      'reportDate',
    );
  });

  it('a 99,999-character note where the schema allows 20,000', async () => {
    await refusedFor([op('progress', 'p-long', report({ done: 'x'.repeat(99_999) }))], 'too-long', 'done');
  });

  it('unknown fields, such as isAdmin or toString', async () => {
    await refusedFor([op('progress', 'p-admin', report({ isAdmin: true }))], 'unknown-field', 'isAdmin');
    await refusedFor([op('budget', 'b-tostring', budget({ toString: 'x' }))], 'unknown-field', 'toString');
  });

  it('a budget entry of group VII pointing at an activity of group IV, and a report on both an activity and an objective', async () => {
    await refusedFor(
      [op('budget', 'b-other', budget({ activity: '2020-2021/IV/1' }))],
      'other-group',
      'activity',
    );
    await refusedFor(
      [op('progress', 'p-both', report({ objective: '2020-2021/VII/objective-1' }))],
      'inconsistent',
      'record',
    );
    await refusedFor(
      [op('progress', 'p-nowhere', report({ activity: '2020-2021/VII/99' }))],
      'unknown-activity',
      'activity',
    );
  });

  it('one invalid operation among valid ones refuses the bundle whole, naming it', async () => {
    const good = op('progress', 'p-good', report({ percent: 10 }));
    const failure = await refusedFor(
      [good, op('budget', 'b-bad', budget({ date: '2020-13-01' }))],
      'bad-format',
      'date',
    );
    expect(failure.error.details).toMatchObject({ entity: 'budget', key: 'b-bad' });
    expect(sec.read().ops.some((o) => o.key === 'p-good')).toBe(false);
  });

  it('every message is in words in the four languages', async () => {
    for (const lang of ['es', 'en', 'pt', 'fr']) {
      const sync = JSON.parse(
        readFileSync(`${import.meta.dirname}/../../shared/i18n/locales/${lang}/sync.json`, 'utf8'),
      ) as { invalid: Record<string, string> };
      const { CONTENT_RULES } = await import('../../shared/domain/content');
      for (const rule of CONTENT_RULES) expect(sync.invalid[rule], `${lang} ${rule}`).toBeTruthy();
    }
  });
});

describe('deleting a deleted record again is taken in any order (fuzz finding F3)', () => {
  it('the owner’s removal arriving after the secretariat’s own removal of the same entry is imported', async () => {
    const dir = tempDir();
    const col = await installation(dir, { role: 'focal-point', country: 'COL', groups: ['2020-2021/VII'] });
    const sec1 = await installation(dir, { role: 'secretariat', country: null, groups: [] });
    const sec2 = await installation(dir, { role: 'secretariat', country: null, groups: [] });
    await col.commit([
      {
        entity: 'budget',
        key: 'b-twice',
        fields: budget({
          author: { name: 'focal-point COL', email: 'col@example.org', country: 'COL', role: 'focal-point' },
        }),
      },
    ]);
    await importBundles(sec1, [{ name: 'add.ceabundle', bytes: (await exportBundle(col)).bytes }], {
      trustNew: true,
    });
    await sec1.commit([{ entity: 'budget', key: 'b-twice', fields: { deleted: true } }]);
    await col.commit([{ entity: 'budget', key: 'b-twice', fields: { deleted: true } }]);
    await importBundles(
      sec2,
      [
        {
          name: 'sec1.ceabundle',
          bytes: (await exportBundle(sec1, { all: true, programme: '2020-2021' })).bytes,
        },
      ],
      { trustNew: true },
    );
    const summary = await importBundles(
      sec2,
      [{ name: 'col.ceabundle', bytes: (await exportBundle(col)).bytes }],
      { trustNew: true },
    );
    expect(summary.files[0]!.status).toBe('imported');
    expect(deriveState(sec2.read()).budget.some((e) => e.id === 'b-twice')).toBe(false);
    for (const s of [col, sec1, sec2]) await s.close();
  });
});

describe('the programme, its groups and their members are the secretariat’s (issue 13)', () => {
  async function outOfScope(ops: Operation[], reason: string): Promise<void> {
    const before = readFileSync(sec.file);
    const failure = (await importBundles(sec, [{ name: 'hostile.ceabundle', bytes: bundleOf(ops) }]).catch(
      (e: unknown) => e,
    )) as AppFailure;
    expect(failure.error).toMatchObject({ code: 'bundle-out-of-scope', details: { reason } });
    expect(readFileSync(sec.file).equals(before)).toBe(true);
  }

  it('a focal point’s validly signed bundle that makes its country a member, or renames the programme, is refused whole', async () => {
    await outOfScope([op('group', '2020-2021/IV', { members: ['COL'] })], 'not-secretariat');
    await outOfScope([op('programme', '2020-2021', { symbol: 'LC/FAKE' })], 'not-secretariat');
    await outOfScope([op('programme', '2026-2027', { symbol: 'LC/FAKE' })], 'other-programme');
  });

  it('once the secretariat records a group’s members, a declared group no longer lets a non-member report there', async () => {
    const activity = '2020-2021/IV/1';
    // Before: the focal point declared group IV, which records no members, so its report is taken.
    const declared = op('progress', 'p-declared', report({ activity, percent: 10 }));
    await importBundles(sec, [{ name: 'declared.ceabundle', bytes: bundleOf([declared]) }]);
    await sec.commit([{ entity: 'group', key: '2020-2021/IV', fields: { members: ['PER'] } }]);
    await outOfScope([op('progress', 'p-after', report({ activity, percent: 20 }))], 'not-member');
  });
});
