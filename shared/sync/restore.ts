import type { Database } from '../model/database';

/**
 * What a restored backup keeps from the state it replaces: the export sequence, which only grows, so
 * the next bundle never takes the number of one already sent; and the signing key, which the
 * secretariat already trusts. Everything else is the backup's.
 */
export function carrySyncOver(restored: Database, replaced: Readonly<Pick<Database, 'sync' | 'identity'>>): Database {
  const sameInstallation = restored.identity?.installation === replaced.identity?.installation;
  const keys = sameInstallation && replaced.sync.publicKey && replaced.sync.privateKey ? { publicKey: replaced.sync.publicKey, privateKey: replaced.sync.privateKey } : {};
  return { ...restored, sync: { ...restored.sync, ...keys, exportSeq: Math.max(restored.sync.exportSeq, replaced.sync.exportSeq) } };
}
