import type { Database } from '../../shared/model/database';
import { aboutFile, checkAgainst, type BundleFile, type ImportOptions } from '../bundle/import';
import { DEFAULT_LIMITS } from '../bundle/limits';
import type { Manifest } from '../bundle/manifest';
import { fingerprint } from '../bundle/keys';
import { readBundle } from '../bundle/read';

export interface Verified {
  manifest: Manifest;
  fingerprint: string;
  ops: number;
  replay: boolean;
  newSigner: boolean;
}

/**
 * Every check an import makes, without importing (`verify FILE`). Throws the same AppFailure the
 * import would. Without a database (`db` null) only what the file itself proves is checked.
 */
export function verifyBundle(db: Database | null, file: BundleFile, opts: ImportOptions = {}): Verified {
  const read = aboutFile(file.name, () => readBundle(file.bytes, opts.limits ?? DEFAULT_LIMITS));
  if (db === null)
    return {
      manifest: read.manifest,
      fingerprint: fingerprint(read.manifest.publicKey),
      ops: read.ops.length,
      replay: false,
      newSigner: true,
    };
  const checked = aboutFile(file.name, () =>
    checkAgainst(db, file.name, read.manifest, read.ops, db.ops, opts, new Map()),
  );
  return {
    manifest: read.manifest,
    fingerprint: checked.fingerprint,
    ops: read.ops.length,
    replay: checked.arrival === 'replay',
    newSigner: checked.newSigner,
  };
}
