import type { Database } from '../model/database';

/**
 * What a restored backup keeps from the state it replaces: the export sequence, which only grows, so
 * the next bundle never takes the number of one already sent; the signing key, which the secretariat
 * already trusts; and the keys this installation trusts, with the role, country and groups pinned to
 * them. Everything else is the backup's.
 */
export function carrySyncOver(
  restored: Database,
  replaced: Readonly<Pick<Database, 'sync' | 'identity'>>,
): Database {
  const sameInstallation = restored.identity?.installation === replaced.identity?.installation;
  const keys =
    sameInstallation && replaced.sync.publicKey && replaced.sync.privateKey
      ? { publicKey: replaced.sync.publicKey, privateKey: replaced.sync.privateKey }
      : {};
  // Trust is not data to roll back: a key trusted (and its groups pinned) stays so.
  const trusted = [
    ...replaced.sync.trusted,
    ...restored.sync.trusted.filter((t) => !replaced.sync.trusted.some((r) => r.signer === t.signer)),
  ];
  return {
    ...restored,
    sync: {
      ...restored.sync,
      ...keys,
      trusted,
      exportSeq: Math.max(restored.sync.exportSeq, replaced.sync.exportSeq),
    },
  };
}
