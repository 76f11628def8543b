import { describe, expect, it } from 'vitest';
import { importBundles } from '../../electron/bundle/import';
import type { Input } from '../../shared/api';
import { harness } from '../handlers/harness';
import { craft } from './craft';
import { installation, tempDir } from './installations';
import { readBundle } from '../../electron/bundle/read';

const budget = (purpose: string): Input<'budget.add'> => ({
  groupId: '2020-2021/VII',
  activityId: '2020-2021/VII/3',
  kind: 'expenditure',
  source: 'DANE',
  institution: null,
  amount: 100,
  purpose,
  date: '2020-10-01',
});

const bytesOf = (exported: { base64: string }) => new Uint8Array(Buffer.from(exported.base64, 'base64'));

describe('nothing a restore does makes a later bundle look like a replay (issue 11, failure 3)', () => {
  it('edit A, export, restore an older backup, edit B, export: the secretariat takes B', async () => {
    const h = await harness();
    const sec = await installation(tempDir(), { role: 'secretariat', country: null, groups: [] });
    await h.ok('budget.add', budget('first'));
    const first = await h.ok('bundle.export', { all: false });
    await importBundles(sec, [{ name: 'first.ceabundle', bytes: bytesOf(first) }], { trustNew: true });
    // The restore point: kept before the import of nothing, here by hand as the settings screen offers.
    const point = await h.store.backup('manual');
    await h.ok('budget.add', budget('A'));
    const a = await h.ok('bundle.export', { all: false });
    await importBundles(sec, [{ name: 'a.ceabundle', bytes: bytesOf(a) }]);
    await h.ok('backups.restore', { name: point });
    await h.ok('budget.add', budget('B'));
    const b = await h.ok('bundle.export', { all: false });
    expect(b.seq).toBeGreaterThan(a.seq);
    const summary = await importBundles(sec, [{ name: 'b.ceabundle', bytes: bytesOf(b) }]);
    expect(summary.files.map((f) => [f.status, f.new])).toEqual([['imported', 1]]);
    const purposes = sec
      .read()
      .ops.filter((op) => op.entity === 'budget')
      .map((op) => op.fields.purpose);
    expect(purposes).toEqual(expect.arrayContaining(['first', 'A', 'B']));
    // The key survives the restore too: the secretariat's trust in it still holds.
    expect(readBundle(bytesOf(b)).manifest.publicKey).toBe(readBundle(bytesOf(a)).manifest.publicKey);
    await sec.close();
    await h.close();
  });

  it('a number already received with other content (a restore by an earlier version) is imported and reported as renumbered', async () => {
    const h = await harness();
    const sec = await installation(tempDir(), { role: 'secretariat', country: null, groups: [] });
    await h.ok('budget.add', budget('A'));
    const a = await h.ok('bundle.export', { all: false });
    await importBundles(sec, [{ name: 'a.ceabundle', bytes: bytesOf(a) }], { trustNew: true });
    await h.ok('budget.add', budget('B'));
    const b = readBundle(bytesOf(await h.ok('bundle.export', { all: false })));
    const sameNumber = craft({
      manifest: { ...b.manifest, seq: a.seq },
      opsText: JSON.stringify(b.ops),
      privateKey: h.store.read().sync.privateKey!,
    });
    const summary = await importBundles(sec, [{ name: 'again-no-1.ceabundle', bytes: sameNumber }]);
    expect(summary.files.map((f) => [f.status, f.seq, f.new])).toEqual([['renumbered', a.seq, 1]]);
    // The very same file once more is a replay, by its content hash.
    await expect(
      importBundles(sec, [{ name: 'again-no-1.ceabundle', bytes: sameNumber }]),
    ).rejects.toMatchObject({ error: { code: 'bundle-replay' } });
    await sec.close();
    await h.close();
  });
});
