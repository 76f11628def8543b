import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportBundle } from '../../electron/bundle/export';
import { importBundles } from '../../electron/bundle/import';
import { readBundle } from '../../electron/bundle/read';
import { cliI18n, messageOf } from '../../electron/cli/i18n';
import type { AppFailure } from '../../shared/errors';
import type { Operation } from '../../shared/model/ops';
import { formatHlc } from '../../shared/sync/hlc';
import type { Store } from '../../electron/store';
import { craft } from './craft';
import { installation, reportChange, tempDir } from './installations';

const EN = cliI18n('en');

/** A validly signed bundle of `signer` carrying `ops`, its header changed by `sender`. */
function signed(
  signer: Store,
  first: Uint8Array,
  ops: Operation[],
  sender: Partial<ReturnType<typeof readBundle>['manifest']['sender']> = {},
  seq = 50,
): Uint8Array {
  const { manifest } = readBundle(first);
  return craft({
    manifest: { ...manifest, seq, opCount: ops.length, sender: { ...manifest.sender, ...sender } },
    opsText: JSON.stringify(ops),
    privateKey: signer.read().sync.privateKey!,
  });
}

async function refused(sec: Store, bytes: Uint8Array): Promise<AppFailure> {
  const before = readFileSync(sec.file);
  const failure = (await importBundles(sec, [{ name: 'hostile.ceabundle', bytes }]).catch(
    (e: unknown) => e,
  )) as AppFailure;
  expect(failure.error, 'refused').toBeDefined();
  expect(readFileSync(sec.file).equals(before)).toBe(true);
  return failure;
}

async function trusted(role: 'focal-point' | 'coordinator', country: string, groups: string[]) {
  const dir = tempDir();
  const signer = await installation(dir, { role, country, groups });
  const sec = await installation(dir, { role: 'secretariat', country: null, groups: [] });
  await signer.commit([reportChange(country, `${groups[0]}/1`, 10, role)]);
  const first = await exportBundle(signer, { all: true });
  await importBundles(sec, [{ name: 'first.ceabundle', bytes: first.bytes }], { trustNew: true });
  return {
    signer,
    sec,
    first: first.bytes,
    close: async () => {
      await signer.close();
      await sec.close();
    },
  };
}

describe('the author of an operation is its signer (issue 11, failure 6)', () => {
  it('a focal point’s bundle whose operation claims the secretariat as author is refused whole', async () => {
    const { signer, sec, first, close } = await trusted('focal-point', 'ARG', ['2020-2021/I']);
    const [op] = readBundle(first).ops;
    const site = signer.read().identity!.installation;
    const forged = {
      ...op!,
      hlc: formatHlc(Date.now(), 0, site),
      key: 'p-forged',
      author: { name: 'CEPAL', email: 'sec@cepal.org', country: null, role: 'secretariat' as const },
    };
    const failure = await refused(sec, signed(signer, first, [forged]));
    expect(failure.error).toMatchObject({
      code: 'bundle-out-of-scope',
      details: { reason: 'foreign-author', key: 'p-forged' },
    });
    expect(messageOf(EN, failure.error)).not.toContain('p-forged');
    await close();
  });
});

describe('a known sender’s groups are pinned with its key (issue 11, failure 7)', () => {
  it('a focal point whose bundle header declares a new group is refused, naming the group', async () => {
    const { signer, sec, first, close } = await trusted('focal-point', 'ARG', ['2020-2021/I']);
    const change = reportChange('ARG', '2020-2021/XI/1', 30);
    await signer.commit([change]);
    const op = signer.read().ops.find((o) => o.key === change.key)!;
    const failure = await refused(
      sec,
      signed(signer, first, [op], { groups: ['2020-2021/I', '2020-2021/XI'] }),
    );
    expect(failure.error).toMatchObject({
      code: 'bundle-identity-changed',
      details: { groups: '2020-2021/XI', trustedGroups: '2020-2021/I' },
    });
    expect(messageOf(EN, failure.error)).toContain('now declares the groups 2020-2021/XI');
    await close();
  });

  it('a coordinator trusted for group I may not edit group XI’s plan, though its country coordinates both', async () => {
    const { signer, sec, first, close } = await trusted('coordinator', 'ECU', ['2020-2021/I']);
    const site = signer.read().identity!.installation;
    const author = { ...readBundle(first).ops[0]!.author };
    const plan: Operation = {
      hlc: formatHlc(Date.now(), 0, site),
      site,
      author,
      entity: 'activity',
      key: '2020-2021/XI/1',
      fields: { status: 'cancelled' },
      prev: { status: null },
    };
    const outside = (await refused(sec, signed(signer, first, [plan]))).error;
    expect(outside).toMatchObject({ code: 'bundle-out-of-scope', details: { reason: 'not-coordinator' } });
    // The record is named as a person tells it apart, not by its key.
    expect(messageOf(cliI18n('es'), outside)).toContain(
      'el primero, en la actividad XI.1: solo los coordinadores del grupo',
    );
    expect(
      (await refused(sec, signed(signer, first, [plan], { groups: ['2020-2021/I', '2020-2021/XI'] }, 51)))
        .error,
    ).toMatchObject({ code: 'bundle-identity-changed' });
    await close();
  });

  it('a changed country is refused naming both countries', async () => {
    const { signer, sec, first, close } = await trusted('focal-point', 'ARG', ['2020-2021/I']);
    const failure = await refused(sec, signed(signer, first, [], { country: 'BRA' }));
    expect(messageOf(EN, failure.error)).toContain(
      'now claims to speak for the country BRA, but their key was trusted for ARG',
    );
    await close();
  });
});
