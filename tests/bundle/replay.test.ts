import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportBundle, type ExportResult } from '../../electron/bundle/export';
import { importBundles } from '../../electron/bundle/import';
import { generateKeys } from '../../electron/bundle/keys';
import { readBundle } from '../../electron/bundle/read';
import type { Store } from '../../electron/store';
import { craft } from './craft';
import { installation, reportChange, tempDir } from './installations';

let arg: Store;
let sec: Store;
let received: ExportResult;
let argKey: string;

beforeAll(async () => {
  const dir = tempDir();
  arg = await installation(dir, { role: 'focal-point', country: 'ARG', groups: ['2020-2021/I'] });
  sec = await installation(dir, { role: 'secretariat', country: null, groups: [] });
  await arg.commit([reportChange('ARG', '2020-2021/I/1', 40)]);
  received = await exportBundle(arg, { all: true });
  argKey = arg.read().sync.privateKey!;
  await importBundles(sec, [{ name: 'first.ceabundle', bytes: received.bytes }], { trustNew: true });
});

afterAll(async () => {
  await arg.close();
  await sec.close();
});

/** Imports `bytes` into the secretariat, expecting the refusal `code` and the database file as it was. */
async function refusedAs(bytes: Uint8Array, code: string): Promise<void> {
  const before = readFileSync(sec.file);
  await expect(importBundles(sec, [{ name: 'again.ceabundle', bytes }])).rejects.toMatchObject({
    error: { code, details: { file: 'again.ceabundle' } },
  });
  expect(readFileSync(sec.file).equals(before)).toBe(true);
}

describe('a replay is told from its signed manifest, before its operations are read', () => {
  it('the very bundle received before is a replay, told from its signed content hash before its operations are read', async () => {
    const summary = importBundles(sec, [{ name: 'again.ceabundle', bytes: received.bytes }]);
    await expect(summary).rejects.toMatchObject({ error: { code: 'bundle-replay' } });
  });

  it('a number already received with other content is no replay: it is read in full (and bad operations refused)', async () => {
    // A restore or a reinstall can hand out a number again; only the content hash tells a replay.
    const { manifest } = received;
    await refusedAs(craft({ manifest, opsText: 'not json at all', privateKey: argKey }), 'bundle-bad-json');
    await refusedAs(
      craft({ manifest: { ...manifest, opCount: 1 }, opsText: '[{"hlc":"nope"}]', privateKey: argKey }),
      'bundle-bad-operations',
    );
  });

  it('a replay must still be authentic: its signature and content hash are checked', async () => {
    const { manifest } = received;
    await refusedAs(
      craft({ manifest, opsText: '[]', privateKey: generateKeys().privateKey }),
      'bundle-bad-signature',
    );
    const signedForOtherOps = JSON.stringify({ ...manifest, contentHash: `sha256:${'0'.repeat(64)}` });
    await refusedAs(
      craft({ manifest, opsText: '[]', privateKey: argKey, manifestText: signedForOtherOps }),
      'bundle-content-hash',
    );
  });

  it('a replay is still refused from a signer no longer trusted with that key', async () => {
    const stranger = generateKeys();
    await refusedAs(
      craft({
        manifest: { ...received.manifest, publicKey: stranger.publicKey },
        opsText: '[]',
        privateKey: stranger.privateKey,
      }),
      'bundle-key-changed',
    );
  });

  it('a file repeating an earlier one of the same import is a replay without its operations being read again', async () => {
    await arg.commit([reportChange('ARG', '2020-2021/I/4', 60)]);
    const fresh = await exportBundle(arg);
    const summary = await importBundles(sec, [
      { name: 'fresh.ceabundle', bytes: fresh.bytes },
      { name: 'twin.ceabundle', bytes: fresh.bytes },
    ]);
    expect(summary.files.map((f) => [f.file, f.status, f.ops, f.new, f.known])).toEqual([
      ['fresh.ceabundle', 'imported', 1, 1, 0],
      ['twin.ceabundle', 'replay', 1, 0, 1],
    ]);
  });

  it('a bundle under a new number is read in full: bad operations are refused', async () => {
    const next = { ...received.manifest, seq: received.manifest.seq + 100, opCount: 1 };
    await refusedAs(
      craft({ manifest: next, opsText: '[{"hlc":"nope"}]', privateKey: argKey }),
      'bundle-bad-operations',
    );
    expect(() =>
      readBundle(craft({ manifest: next, opsText: '[{"hlc":"nope"}]', privateKey: argKey })),
    ).toThrow(expect.objectContaining({ error: expect.objectContaining({ code: 'bundle-bad-operations' }) }));
  });
});
