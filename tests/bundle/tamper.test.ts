import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportBundle } from '../../electron/bundle/export';
import { importBundles } from '../../electron/bundle/import';
import { readBundle } from '../../electron/bundle/read';
import { stateHash } from '../../shared/sync/state';
import { craft } from './craft';
import { argentinaKnownToSecretariat, reportChange } from './installations';

describe('an operation is immutable (issue 11, failure 4)', () => {
  it('a bundle reusing a held stamp with another body is refused whole as tampering; state and file unchanged', async () => {
    const { arg, sec, first } = await argentinaKnownToSecretariat();
    const [held] = readBundle(first.bytes).ops;
    const rewritten = { ...held!, fields: { ...held!.fields, percent: 90 } };
    await arg.commit([reportChange('ARG', '2020-2021/I/2', 10)]);
    const honest = readBundle((await exportBundle(arg)).bytes);
    const bytes = craft({
      manifest: { ...honest.manifest, opCount: 2 },
      opsText: JSON.stringify([...honest.ops, rewritten]),
      privateKey: arg.read().sync.privateKey!,
    });
    const hash = stateHash(sec.read().ops);
    const file = readFileSync(sec.file);
    await expect(importBundles(sec, [{ name: 'rewritten.ceabundle', bytes }])).rejects.toMatchObject({
      error: {
        code: 'bundle-tampered',
        details: {
          file: 'rewritten.ceabundle',
          signer: 'focal-point ARG',
          entity: 'progress',
          key: held!.key,
        },
      },
    });
    expect(stateHash(sec.read().ops)).toBe(hash);
    expect(readFileSync(sec.file).equals(file)).toBe(true);
    // Two bodies under one stamp within one bundle are tampering too.
    const twice = craft({
      manifest: { ...honest.manifest, seq: 99, opCount: 2 },
      opsText: JSON.stringify([
        honest.ops[0],
        { ...honest.ops[0]!, fields: { ...honest.ops[0]!.fields, percent: 11 } },
      ]),
      privateKey: arg.read().sync.privateKey!,
    });
    await expect(importBundles(sec, [{ name: 'twice.ceabundle', bytes: twice }])).rejects.toMatchObject({
      error: { code: 'bundle-tampered' },
    });
    await arg.close();
    await sec.close();
  });
});
