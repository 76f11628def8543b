import { afterEach, describe, expect, it } from 'vitest';
import { exportBundle } from '../../electron/bundle/export';
import { importBundles } from '../../electron/bundle/import';
import { readBundle } from '../../electron/bundle/read';
import type { Store } from '../../electron/store';
import { stateHash } from '../../shared/sync/state';
import { installation, reportChange, tempDir } from './installations';

const open: Store[] = [];
afterEach(async () => {
  for (const s of open.splice(0)) await s.close();
});

describe('bundle round trip', () => {
  it('carries a focal point’s reports to the secretariat, signed, with its sequence number', async () => {
    const dir = tempDir();
    const arg = await installation(dir, { role: 'focal-point', country: 'ARG', groups: ['2020-2021/I'] });
    const sec = await installation(dir, { role: 'secretariat', country: null, groups: [] });
    open.push(arg, sec);
    await arg.commit([reportChange('ARG', '2020-2021/I/1', 40), reportChange('ARG', '2020-2021/I/2', 10)]);
    const first = await exportBundle(arg);
    expect(first.manifest).toMatchObject({
      programme: '2020-2021',
      seq: 1,
      opCount: 2,
      scope: { kind: 'changes', consolidated: false },
    });
    expect(readBundle(first.bytes).ops).toHaveLength(2);

    const summary = await importBundles(sec, [{ name: first.fileName, bytes: first.bytes }], {
      trustNew: true,
    });
    expect(summary.files[0]).toMatchObject({
      status: 'imported',
      new: 2,
      known: 0,
      conflicts: 0,
      newSigner: true,
      fingerprint: first.fingerprint,
    });
    expect(sec.read().sync.trusted.map((t) => t.fingerprint)).toEqual([first.fingerprint]);

    // The next export carries only what changed since.
    await arg.commit([reportChange('ARG', '2020-2021/I/3', 5)]);
    const second = await exportBundle(arg);
    expect(second.manifest).toMatchObject({ seq: 2, opCount: 1 });
    await importBundles(sec, [{ name: second.fileName, bytes: second.bytes }]);

    // The consolidated bundle carries everything the secretariat holds, and the focal point converges.
    const consolidated = await exportBundle(sec, { programme: '2020-2021' });
    expect(consolidated.manifest.scope.consolidated).toBe(true);
    const back = await importBundles(arg, [{ name: consolidated.fileName, bytes: consolidated.bytes }], {
      trustNew: true,
    });
    expect(back.files[0]).toMatchObject({ new: 0, known: consolidated.manifest.opCount });
    expect(stateHash(arg.read().ops)).toBe(stateHash(sec.read().ops));
    expect(sec.read().sync.history.map((h) => h.direction)).toEqual(['received', 'received', 'sent']);
  });

  it('counts "changes since the last export" per programme', async () => {
    const dir = tempDir();
    const arg = await installation(dir, { role: 'focal-point', country: 'ARG', groups: ['2020-2021/I'] });
    const sec = await installation(dir, { role: 'secretariat', country: null, groups: [] });
    open.push(arg, sec);
    await arg.commit([reportChange('ARG', '2020-2021/I/1', 40)]);
    await importBundles(sec, [{ name: 'a1', bytes: (await exportBundle(arg)).bytes }], { trustNew: true });
    const current = await exportBundle(sec, { programme: '2020-2021' });
    expect(current.manifest.opCount).toBeGreaterThan(0);
    const mdg = await exportBundle(sec, { programme: '2009-2011' });
    expect(mdg.manifest.opCount).toBeGreaterThan(0);
    expect(readBundle(mdg.bytes).ops.every((op) => op.key !== readBundle(current.bytes).ops[0]!.key)).toBe(
      true,
    );
    await arg.commit([reportChange('ARG', '2020-2021/I/2', 10)]);
    await importBundles(sec, [{ name: 'a2', bytes: (await exportBundle(arg)).bytes }]);
    expect((await exportBundle(sec, { programme: '2020-2021' })).manifest.opCount).toBe(1);
    expect((await exportBundle(sec, { programme: '2009-2011' })).manifest.opCount).toBe(0);
  });
});

describe('the programme an export defaults to (fuzz seed 20261204)', () => {
  it('is the newest programme for a secretariat whose clock is set before every programme starts', async () => {
    const dir = tempDir();
    const early = Date.UTC(2008, 5, 1);
    const sec = await installation(dir, { role: 'secretariat', country: null, groups: [] }, () => early);
    open.push(sec);
    const bundle = await exportBundle(sec, { all: true, now: () => early });
    expect(bundle.manifest.programme).toBe('2020-2021');
  });
});
