import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportBundle } from '../../electron/bundle/export';
import { importBundles } from '../../electron/bundle/import';
import { SEED_SITE } from '../../electron/seed/loadSeed';
import { openStore } from '../../electron/store';
import { SCHEMA_VERSION, type Database } from '../../shared/model';
import { deriveState } from '../../shared/state';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const DATA = join(import.meta.dirname, '../../data');

function copyOf(name: string): { file: string; before: Database } {
  const dir = mkdtempSync(join(tmpdir(), 'cea-upgrade-'));
  const file = join(dir, 'cea.json');
  copyFileSync(join(FIXTURES, name), file);
  return { file, before: JSON.parse(readFileSync(file, 'utf8')) as Database };
}

describe('a database written by the version before issue 11 opens with nothing lost', () => {
  it('the focal point’s: every operation is kept, the one the new check refuses set aside in quarantine with its rule', async () => {
    const { file, before } = copyOf('focal-point-before-issue-11.json');
    const store = await openStore({ file, dataDir: DATA });
    const db = store.read();
    expect(db.schemaVersion).toBe(SCHEMA_VERSION);
    const quarantined = db.sync.quarantine ?? [];
    expect(quarantined.map((q) => [q.op.key, q.rule, q.field])).toEqual([
      ['p-invalid-1', 'unknown-field', 'isAdmin'],
    ]);
    // Nothing lost: the operations kept and those set aside are exactly the file's, plus the new seed
    // edition's, which the shipped data brings in (electron/seed/refresh.ts).
    const held = [...db.ops, ...quarantined.map((q) => q.op)].filter(
      (op) => op.site !== SEED_SITE || before.ops.some((b) => b.hlc === op.hlc),
    );
    expect(held.map((op) => op.hlc).sort()).toEqual(before.ops.map((op) => op.hlc).sort());
    expect(deriveState(db).reports.map((r) => r.id)).toContain('p-valid-1');
    // The file as it was is kept as a backup.
    expect((await store.listBackups()).length).toBeGreaterThan(0);
    // It goes on saving and exporting; the deletion the old version never sent now travels.
    const all = await exportBundle(store, { all: true });
    expect(all.manifest.opCount).toBe(
      before.ops.filter((op) => op.site === before.identity!.installation).length - 1,
    );

    const sec = copyOf('secretariat-before-issue-11.json');
    const secretariat = await openStore({ file: sec.file, dataDir: DATA });
    expect(secretariat.read().sync.quarantine?.map((q) => q.op.key)).toEqual(['p-invalid-1']);
    // The old version sent neither the entry nor its removal (a deleted record could not be placed).
    expect(secretariat.read().ops.some((op) => op.key === 'b-removed')).toBe(false);
    const summary = await importBundles(secretariat, [{ name: 'all.ceabundle', bytes: all.bytes }]);
    expect(summary.files[0]!.status).toBe('imported');
    expect(
      secretariat
        .read()
        .ops.filter((op) => op.key === 'b-removed')
        .map((op) => op.fields.deleted ?? false),
    ).toEqual([false, true]);
    expect(deriveState(secretariat.read()).budget.map((e) => e.id)).not.toContain('b-removed');
    // Trusted by the old version without groups: pinned from this bundle on.
    expect(secretariat.read().sync.trusted[0]!.groups).toEqual(['2020-2021/VII']);
    await secretariat.close();
    await store.close();
  });
});
