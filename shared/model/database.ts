import { z } from 'zod';
import { Hlc, Operation } from './ops';
import { Country, GroupId, Institution, Iso3, Programme } from './programme';
import { Identity, Role } from './records';

/** Bump with a migration in electron/store/migrations.ts whenever the stored shape changes. */
export const SCHEMA_VERSION = 4;
export const DB_FORMAT = 'cea-programme-tracker';

export const ClockState = z
  .object({ wall: z.number().int().nonnegative(), counter: z.number().int().nonnegative() })
  .strict();

/**
 * Sync bookkeeping: this installation's signing key, the signers it trusts, the last sequence number
 * seen from each, and the history of bundles. Owned by shared/sync and electron/bundle.
 */
export const SyncState = z
  .object({
    publicKey: z.string().nullable(),
    privateKey: z.string().nullable(),
    exportSeq: z.number().int().nonnegative(),
    lastExportHlc: Hlc.nullable(),
    /**
     * Keys trusted on first use. `role`, `country` and `groups` as first declared: a trusted key may not
     * later claim another role or country, or more groups (absent in entries of earlier versions).
     */
    trusted: z.array(
      z
        .object({
          signer: z.string(),
          publicKey: z.string(),
          fingerprint: z.string(),
          since: z.string(),
          role: Role.optional(),
          country: Iso3.nullable().optional(),
          groups: z.array(GroupId).optional(),
        })
        .strict(),
    ),
    lastSeq: z.record(z.string(), z.number().int().nonnegative()),
    history: z.array(z.record(z.string(), z.unknown())),
    /**
     * Operations an earlier version accepted that the content check refuses (found when the database
     * was upgraded to version 3): kept here, never deleted, but neither applied nor sent; each with
     * the rule it breaks, so the user can be told and the author asked to send it again.
     */
    quarantine: z.array(z.object({ op: Operation, rule: z.string(), field: z.string() }).strict()).optional(),
  })
  .strict();
export type SyncState = z.infer<typeof SyncState>;

export const Database = z
  .object({
    format: z.literal(DB_FORMAT),
    schemaVersion: z.number().int().positive(),
    createdAt: z.string(),
    /** Which edition of the shipped data (data/) the programmes, catalogue and seeded operations come from. */
    seedEdition: z.number().int().nonnegative(),
    programmes: z.array(Programme),
    countries: z.array(Country),
    institutions: z.array(Institution),
    identity: Identity.nullable(),
    clock: ClockState,
    /** Every change since the seed, local and imported. The visible state is their fold. */
    ops: z.array(Operation),
    sync: SyncState,
  })
  .strict();
export type Database = z.infer<typeof Database>;
