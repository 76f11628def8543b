import { describe, expect, it } from 'vitest';
import type { Database } from '../../shared/model/database';
import { carrySyncOver } from '../../shared/sync/restore';

const sync = (over: Partial<Database['sync']>): Database['sync'] => ({
  publicKey: null,
  privateKey: null,
  exportSeq: 0,
  lastExportHlc: null,
  trusted: [],
  lastSeq: {},
  history: [],
  ...over,
});
const identity = { installation: 'a1b2c3d4e5f60718' } as Database['identity'];

describe('a restore brings back data, not the sync bookkeeping that only grows', () => {
  it('keeps the export sequence, the key and the trusted keys with their pinned groups (fuzz finding F5)', () => {
    const peru = {
      signer: 'p',
      publicKey: 'k',
      fingerprint: 'f',
      since: '2020',
      role: 'focal-point' as const,
      country: 'PER',
      groups: ['2020-2021/III'],
    };
    const replaced = {
      identity,
      sync: sync({ exportSeq: 7, publicKey: 'pub', privateKey: 'priv', trusted: [peru] }),
    };
    const restored = { identity, sync: sync({ exportSeq: 2 }) } as Database;
    const out = carrySyncOver(restored, replaced);
    expect(out.sync).toMatchObject({ exportSeq: 7, publicKey: 'pub', privateKey: 'priv', trusted: [peru] });
  });
});
