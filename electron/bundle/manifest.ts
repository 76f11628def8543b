import { z } from 'zod';

import { GroupId, Iso3, ProgrammeId } from '../../shared/model/programme';
import { Role } from '../../shared/model/records';

export const BUNDLE_FORMAT = 'ceabundle';
/** Bump when the manifest or the operations change shape; older apps refuse newer bundles. */
export const BUNDLE_FORMAT_VERSION = 1;
export const BUNDLE_EXTENSION = '.ceabundle';

export const Sender = z
  .object({
    name: z.string().min(1).max(200),
    email: z.string().max(200),
    role: Role,
    country: Iso3.nullable(),
    groups: z.array(GroupId).max(100),
    installation: z.string().regex(/^[0-9a-f]{16,64}$/),
  })
  .strict();
export type Sender = z.infer<typeof Sender>;

export const Manifest = z
  .object({
    format: z.literal(BUNDLE_FORMAT),
    formatVersion: z.number().int().positive(),
    programme: ProgrammeId,
    sender: Sender,
    /** The signer's Ed25519 public key, SPKI DER in base64. */
    publicKey: z.string().regex(/^[A-Za-z0-9+/]{40,200}={0,2}$/),
    /** Grows with every bundle the sender exports; a bundle not above the last seen is a replay. */
    seq: z.number().int().positive(),
    createdAt: z.iso.datetime(),
    scope: z
      .object({
        /** `changes` since the sender's previous bundle, or `all` it may send. */
        kind: z.enum(['changes', 'all']),
        /** The secretariat's bundle of everything it holds, whoever authored it. */
        consolidated: z.boolean(),
      })
      .strict(),
    opCount: z.number().int().nonnegative(),
    /** `sha256:<hex>` of the ops.json entry exactly as stored. */
    contentHash: z.string().regex(/^sha256:[0-9a-f]{64}$/),
  })
  .strict();
export type Manifest = z.infer<typeof Manifest>;

/** Used by readers to sort out the version before holding the rest of the manifest to this version's shape. */
export const ManifestHead = z.object({
  format: z.literal(BUNDLE_FORMAT),
  formatVersion: z.number().int().positive(),
});
