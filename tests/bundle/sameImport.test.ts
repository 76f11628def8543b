import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportBundle, type ExportResult } from '../../electron/bundle/export';
import { importBundles } from '../../electron/bundle/import';
import type { Store } from '../../electron/store';
import { installation, reportChange, tempDir } from './installations';

let arg: Store;
let created: ExportResult;
let edited: ExportResult;
const secretariats: Store[] = [];
const dir = tempDir();

async function freshSecretariat(): Promise<Store> {
  const sec = await installation(dir, { role: 'secretariat', country: null, groups: [] });
  secretariats.push(sec);
  return sec;
}

beforeAll(async () => {
  arg = await installation(dir, { role: 'focal-point', country: 'ARG', groups: ['2020-2021/I'] });
  const report = reportChange('ARG', '2020-2021/I/1', 40);
  await arg.commit([report]);
  created = await exportBundle(arg);
  await arg.commit([{ entity: 'progress', key: report.key, fields: { percent: 60 } }]);
  edited = await exportBundle(arg);
});

afterAll(async () => {
  await arg.close();
  for (const s of secretariats) await s.close();
});

describe('files of one import build on each other', () => {
  it('an edit is placed by the record an earlier file of the same import brought', async () => {
    const sec = await freshSecretariat();
    const summary = await importBundles(
      sec,
      [
        { name: 'created.ceabundle', bytes: created.bytes },
        { name: 'edited.ceabundle', bytes: edited.bytes },
      ],
      { trustNew: true },
    );
    expect(summary.files.map((f) => [f.file, f.status, f.new])).toEqual([
      ['created.ceabundle', 'imported', 1],
      ['edited.ceabundle', 'imported', 1],
    ]);
    expect(sec.read().ops).toHaveLength(arg.read().ops.length);
  });

  it('without that file the edit cannot be placed, and a focal point may not send what cannot be placed', async () => {
    const sec = await freshSecretariat();
    await expect(
      importBundles(sec, [{ name: 'edited.ceabundle', bytes: edited.bytes }], { trustNew: true }),
    ).rejects.toMatchObject({
      error: { code: 'bundle-out-of-scope', details: { reason: 'unlocated', file: 'edited.ceabundle' } },
    });
  });
});
