import type { Database } from '../../shared/model/database';
import { checkAgainst, type BundleFile, type ImportOptions } from '../bundle/import';
import { DEFAULT_LIMITS } from '../bundle/limits';
import type { Manifest } from '../bundle/manifest';
import { readBundle } from '../bundle/read';

export interface Verified {
  manifest: Manifest;
  fingerprint: string;
  ops: number;
  replay: boolean;
  newSigner: boolean;
}

/**
 * Every check an import makes, without importing: `verify FILE` and the import screen's preview.
 * Throws the same AppFailure the import would.
 */
export function verifyBundle(db: Database, file: BundleFile, opts: ImportOptions = {}): Verified {
  const read = readBundle(file.bytes, opts.limits ?? DEFAULT_LIMITS);
  const checked = checkAgainst(db, file.name, read.manifest, read.ops, db.ops, opts, new Set());
  return { manifest: read.manifest, fingerprint: checked.fingerprint, ops: read.ops.length, replay: checked.replay, newSigner: checked.newSigner };
}
