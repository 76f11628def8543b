import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportBundle, type ExportResult } from '../../electron/bundle/export';
import { importBundles, type ImportOptions } from '../../electron/bundle/import';
import { generateKeys } from '../../electron/bundle/keys';
import { DEFAULT_LIMITS } from '../../electron/bundle/limits';
import type { Manifest } from '../../electron/bundle/manifest';
import { readBundle } from '../../electron/bundle/read';
import type { Store } from '../../electron/store';
import { AppFailure } from '../../shared/errors';
import type { Operation } from '../../shared/model/ops';
import { craft, zipWith } from './craft';
import { installation, reportChange, tempDir } from './installations';

let arg: Store;
let sec: Store;
let good: ExportResult;
let argKey: string;

beforeAll(async () => {
  const dir = tempDir();
  arg = await installation(dir, { role: 'focal-point', country: 'ARG', groups: ['2020-2021/I'] });
  sec = await installation(dir, { role: 'secretariat', country: null, groups: [] });
  await arg.commit([reportChange('ARG', '2020-2021/I/1', 40), reportChange('ARG', '2020-2021/I/4', 70)]);
  good = await exportBundle(arg);
  argKey = arg.read().sync.privateKey!;
  // The secretariat knows this focal point already, so that each test below reaches its own check.
  await importBundles(
    sec,
    [{ name: 'first.ceabundle', bytes: (await exportBundle(arg, { all: true })).bytes }],
    { trustNew: true },
  );
});

afterAll(async () => {
  await arg.close();
  await sec.close();
});

/** Imports into the secretariat and expects a refusal with `code`, the database file unchanged and no pollution. */
async function refused(bytes: Uint8Array, code: string, opts: ImportOptions = {}): Promise<AppFailure> {
  const before = readFileSync(sec.file);
  const backups = (await sec.listBackups()).length;
  let failure: unknown = null;
  try {
    await importBundles(sec, [{ name: 'bad.ceabundle', bytes }], opts);
  } catch (e) {
    failure = e;
  }
  expect(failure).toBeInstanceOf(AppFailure);
  const error = (failure as AppFailure).error;
  expect(error.code).toBe(code);
  expect(error.i18nKey).toBe(`sync:errors.${code.slice('bundle-'.length)}`);
  expect(error.details?.file).toBe('bad.ceabundle');
  expect(readFileSync(sec.file).equals(before)).toBe(true);
  expect((await sec.listBackups()).length).toBe(backups);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  return failure as AppFailure;
}

function manifestOf(): Manifest {
  return readBundle(good.bytes).manifest;
}
function opsOf(): Operation[] {
  return readBundle(good.bytes).ops;
}
const next = (m: Manifest, over: Partial<Manifest>): Manifest => ({ ...m, seq: m.seq + 10, ...over });

describe('bundle import refuses bad input, leaving the database as it was', () => {
  it('not a bundle, empty, truncated', async () => {
    await refused(new TextEncoder().encode('Dear secretariat, please find attached…'), 'bundle-not-a-bundle');
    await refused(new Uint8Array(0), 'bundle-empty');
    await refused(good.bytes.slice(0, Math.floor(good.bytes.length / 2)), 'bundle-corrupt');
    await refused(good.bytes.slice(0, good.bytes.length - 1), 'bundle-corrupt');
  });

  it('any single byte changed, at every position of the file', async () => {
    const codes = new Set<string>();
    for (let at = 0; at < good.bytes.length; at++) {
      const bytes = good.bytes.slice();
      bytes[at] = (bytes[at]! + 1) & 0xff;
      try {
        readBundle(bytes);
        throw new Error(`a change at byte ${at} went unnoticed`);
      } catch (e) {
        expect(e).toBeInstanceOf(AppFailure);
        codes.add((e as AppFailure).error.code);
      }
    }
    // Header bytes fail the layout, and so do entry bytes: the rebuilt headers carry the CRC of what
    // was actually read. The signature and content hash stand behind that (tested on their own above).
    expect(codes).toContain('bundle-corrupt');
    const expected = [
      'bundle-not-a-bundle',
      'bundle-corrupt',
      'bundle-entry-name',
      'bundle-bad-signature',
      'bundle-bad-json',
      'bundle-bad-manifest',
      'bundle-newer-format',
      'bundle-content-hash',
      'bundle-unsafe-json',
      'bundle-missing-entry',
      'bundle-too-many-entries',
      'bundle-duplicate-entry',
    ];
    expect([...codes].filter((c) => !expected.includes(c))).toEqual([]);
    // A sample also goes through the whole import.
    for (const at of [0, 40, Math.floor(good.bytes.length / 2), good.bytes.length - 30]) {
      const bytes = good.bytes.slice();
      bytes[at] = (bytes[at]! + 1) & 0xff;
      await expect(importBundles(sec, [{ name: 'x', bytes }])).rejects.toBeInstanceOf(AppFailure);
    }
  });

  it('operations that are not the ones the signed manifest names', async () => {
    const m = next(manifestOf(), {});
    const signedForOtherOps = JSON.stringify({ ...m, contentHash: `sha256:${'0'.repeat(64)}` });
    const bytes = craft({
      manifest: m,
      opsText: JSON.stringify(opsOf()),
      privateKey: argKey,
      manifestText: signedForOtherOps,
    });
    await refused(bytes, 'bundle-content-hash');
  });

  it('a signature made with another key', async () => {
    const other = generateKeys();
    await refused(
      craft({
        manifest: next(manifestOf(), {}),
        opsText: JSON.stringify(opsOf()),
        privateKey: other.privateKey,
      }),
      'bundle-bad-signature',
    );
  });

  it('an unknown signer, naming its fingerprint, unless trusted; a changed key for a known signer', async () => {
    const stranger = generateKeys();
    const m = next(manifestOf(), {
      opCount: 0,
      publicKey: stranger.publicKey,
      sender: { ...manifestOf().sender, installation: 'ffffffffffffffff' },
    });
    const bytes = craft({ manifest: m, opsText: '[]', privateKey: stranger.privateKey });
    const failure = await refused(bytes, 'bundle-unknown-signer');
    expect(String(failure.error.details?.fingerprint)).toMatch(/^[0-9A-F]{4}( [0-9A-F]{4}){9}$/);
    const changed = next(manifestOf(), { opCount: 0, publicKey: stranger.publicKey });
    await refused(
      craft({ manifest: changed, opsText: '[]', privateKey: stranger.privateKey }),
      'bundle-key-changed',
      { trustNew: true },
    );
    // Nor can a second file of the same import slip in another key for a signer the first one introduced.
    const impostor = generateKeys();
    const m2 = { ...m, seq: m.seq + 1, publicKey: impostor.publicKey };
    const before = readFileSync(sec.file);
    await expect(
      importBundles(
        sec,
        [
          { name: 'one', bytes },
          { name: 'two', bytes: craft({ manifest: m2, opsText: '[]', privateKey: impostor.privateKey }) },
        ],
        { trustNew: true },
      ),
    ).rejects.toMatchObject({ error: { code: 'bundle-key-changed', details: { file: 'two' } } });
    expect(readFileSync(sec.file).equals(before)).toBe(true);
  });

  it('a known key claiming another role', async () => {
    const m = next(manifestOf(), { sender: { ...manifestOf().sender, role: 'secretariat' } });
    await refused(
      craft({ manifest: m, opsText: JSON.stringify(opsOf()), privateKey: argKey }),
      'bundle-identity-changed',
    );
  });

  it('operations outside the signer’s role, saying what', async () => {
    const other = reportChange('BRA', '2020-2021/I/2', 50);
    const op: Operation = {
      ...opsOf()[0]!,
      hlc: opsOf()[0]!.hlc.replace(/^\d{15}/, '999999999999999'),
      key: other.key,
      fields: other.fields,
      prev: {},
    };
    const failure = await refused(
      craft({
        manifest: next(manifestOf(), { opCount: 1 }),
        opsText: JSON.stringify([op]),
        privateKey: argKey,
      }),
      'bundle-out-of-scope',
    );
    expect(failure.error.details).toMatchObject({
      entity: 'progress',
      key: other.key,
      reason: 'other-country',
      count: 1,
    });
    const plan: Operation = {
      ...op,
      entity: 'activity',
      key: '2020-2021/I/3',
      fields: { plannedEnd: { month: '2021-12', words: null } },
    };
    const planFailure = await refused(
      craft({
        manifest: next(manifestOf(), { opCount: 1 }),
        opsText: JSON.stringify([plan]),
        privateKey: argKey,
      }),
      'bundle-out-of-scope',
    );
    expect(planFailure.error.details).toMatchObject({ reason: 'not-coordinator' });
  });

  it('another programme, a newer format', async () => {
    await refused(
      craft({
        manifest: next(manifestOf(), { programme: '2030-2031', opCount: 0 }),
        opsText: '[]',
        privateKey: argKey,
      }),
      'bundle-other-programme',
    );
    await refused(
      craft({
        manifest: next(manifestOf(), { formatVersion: 2 }),
        opsText: JSON.stringify(opsOf()),
        privateKey: argKey,
      }),
      'bundle-newer-format',
    );
  });

  it('oversized files and decompression bombs, by real output, not declared sizes', async () => {
    const huge = new Uint8Array(DEFAULT_LIMITS.maxFileBytes + 1);
    huge.set([0x50, 0x4b, 0x03, 0x04]);
    await refused(huge, 'bundle-too-large');
    // 64 MB of spaces around a valid empty list deflate to about 64 KB: a ratio near 1000.
    const bomb = craft({
      manifest: next(manifestOf(), { opCount: 0 }),
      opsText: `[${' '.repeat(64 * 1024 * 1024)}]`,
      privateKey: argKey,
    });
    expect(bomb.length).toBeLessThan(200 * 1024);
    await refused(bomb, 'bundle-compression-ratio');
    // With the ratio allowed, the cap on total output still holds.
    await refused(bomb, 'bundle-unpacked-too-large', {
      limits: { ...DEFAULT_LIMITS, maxRatio: 1e9, maxUnpackedBytes: 8 * 1024 * 1024 },
    });
  });

  it('archive entry names that climb out, are absolute, use backslashes, or are unexpected', async () => {
    for (const name of ['../x', '/abs', 'a\\b', 'C:/x', 'ops.json/../../etc', 'readme.txt']) {
      await refused(zipWith({ [name]: '{}' }), 'bundle-entry-name');
    }
    await refused(zipWith({ 'manifest.json': '{}' }, 0), 'bundle-missing-entry');
  });

  it('__proto__, constructor and prototype keys, deep nesting, huge strings', async () => {
    const [op] = opsOf();
    const polluting = `[{"hlc":"${op!.hlc.replace(/^\d{15}/, '999999999999998')}","site":"${op!.site}","author":${JSON.stringify(op!.author)},"entity":"progress","key":"${op!.key}","fields":{"__proto__":{"polluted":true}},"prev":{}}]`;
    const m = next(manifestOf(), { opCount: 1 });
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      const failure = await refused(
        craft({ manifest: m, opsText: polluting.replace('__proto__', key), privateKey: argKey }),
        'bundle-unsafe-json',
      );
      expect(failure.error.details).toMatchObject({ reason: 'forbidden-key', key });
    }
    const manifestText = JSON.stringify({ ...m, __proto__: { polluted: true } }).replace(
      '"format"',
      '"__proto__":{"polluted":true},"format"',
    );
    await refused(
      craft({ manifest: m, opsText: '[]', privateKey: argKey, manifestText }),
      'bundle-unsafe-json',
    );
    const deep = `${'['.repeat(65)}${']'.repeat(65)}`;
    expect(
      (await refused(craft({ manifest: m, opsText: deep, privateKey: argKey }), 'bundle-unsafe-json')).error
        .details,
    ).toMatchObject({ reason: 'too-deep' });
    const withDeepField = polluting.replace(
      '{"__proto__":{"polluted":true}}',
      `{"done":${'['.repeat(70)}1${']'.repeat(70)}}`,
    );
    await refused(craft({ manifest: m, opsText: withDeepField, privateKey: argKey }), 'bundle-unsafe-json');
    const longString = polluting.replace(
      '{"__proto__":{"polluted":true}}',
      `{"done":"${'x'.repeat(DEFAULT_LIMITS.maxStringLength + 1)}"}`,
    );
    expect(
      (await refused(craft({ manifest: m, opsText: longString, privateKey: argKey }), 'bundle-unsafe-json'))
        .error.details,
    ).toMatchObject({ reason: 'string-too-long' });
  });

  it('operations that do not match the model, or a wrong count', async () => {
    await refused(
      craft({
        manifest: next(manifestOf(), { opCount: 1 }),
        opsText: '[{"hlc":"nope"}]',
        privateKey: argKey,
      }),
      'bundle-bad-operations',
    );
    // Spaced out so that its content hash is not the good bundle's, which would make it a replay.
    await refused(
      craft({
        manifest: next(manifestOf(), { opCount: 5 }),
        opsText: JSON.stringify(opsOf(), null, 1),
        privateKey: argKey,
      }),
      'bundle-bad-operations',
    );
  });

  it('the same bundle twice: the second adds nothing and says so', async () => {
    await arg.commit([reportChange('ARG', '2020-2021/I/2', 10)]);
    const again = await exportBundle(arg, { all: true });
    await importBundles(sec, [{ name: 'again.ceabundle', bytes: again.bytes }]);
    const failure = await refused(again.bytes, 'bundle-replay');
    expect(failure.error.details).toMatchObject({ seq: again.manifest.seq });
  });

  it('an earlier bundle that arrives after its successor is still applied: arrival order loses nothing', async () => {
    await arg.commit([reportChange('ARG', '2020-2021/I/6', 20)]);
    const first = await exportBundle(arg);
    await arg.commit([reportChange('ARG', '2020-2021/I/7', 30)]);
    const second = await exportBundle(arg);
    expect(second.manifest.seq).toBeGreaterThan(first.manifest.seq);
    const later = await importBundles(sec, [{ name: 'second.ceabundle', bytes: second.bytes }]);
    expect(later.files.map((f) => [f.status, f.new])).toEqual([['imported', 1]]);
    const earlier = await importBundles(sec, [{ name: 'first.ceabundle', bytes: first.bytes }]);
    expect(earlier.files.map((f) => [f.status, f.new])).toEqual([['imported', 1]]);
    await refused(first.bytes, 'bundle-replay');
  });

  it('a replay among new bundles is skipped and reported, the others imported', async () => {
    await arg.commit([reportChange('ARG', '2020-2021/I/5', 15)]);
    const seen = await exportBundle(arg);
    await importBundles(sec, [{ name: 'seen.ceabundle', bytes: seen.bytes }]);
    await arg.commit([reportChange('ARG', '2020-2021/I/5', 25)]);
    const fresh = await exportBundle(arg);
    const summary = await importBundles(sec, [
      { name: 'old.ceabundle', bytes: seen.bytes },
      { name: 'fresh.ceabundle', bytes: fresh.bytes },
    ]);
    expect(summary.files.map((f) => [f.file, f.status, f.new])).toEqual([
      ['old.ceabundle', 'replay', 0],
      ['fresh.ceabundle', 'imported', 1],
    ]);
  });
});
