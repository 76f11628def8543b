import { z } from 'zod';
import type { AppError } from '../errors';
import { Hlc } from '../model/ops';
import { ProgrammeId } from '../model/programme';
import type { Review } from '../model/records';
import type { Conflict } from '../sync/conflicts';
import type { HistoryEntry } from '../sync/history';
import type { Intake } from '../sync/intake';
import { NoInput, endpoint } from './common';

/** 32 MB of bundle, the reader's own limit, as base64. */
const MAX_BASE64 = Math.ceil((32 * 1024 * 1024) / 3) * 4;

/**
 * A bundle as the renderer hands it over: the file's name and its bytes. Drag and drop, the file
 * picker and browser mode all give file contents, so no path ever crosses from the renderer.
 */
export const BundleFileInput = z
  .object({
    name: z
      .string()
      .min(1)
      .max(255)
      .regex(/^[^/\\]+$/, 'a file name, not a path'),
    bytesBase64: z
      .string()
      .max(MAX_BASE64)
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64'),
  })
  .strict();

export interface BundleSender {
  name: string;
  email: string;
  role: string;
  country: string | null;
  groups: string[];
  installation: string;
}

/** What importing one bundle file did; the main process builds it, the renderer shows it. */
export interface ImportedFile {
  file: string;
  sender: BundleSender;
  fingerprint: string;
  seq: number;
  /**
   * `replay`: this very bundle (by its signed content hash) was received before, so nothing was taken
   * from it. `renumbered`: its number was received before with other content (the sender restored a
   * backup or reinstalled); it was imported like any other.
   */
  status: 'imported' | 'replay' | 'renumbered';
  ops: number;
  new: number;
  known: number;
  conflicts: number;
  newSigner: boolean;
  warnings: AppError[];
}

export interface BundleExported {
  fileName: string;
  mimeType: string;
  base64: string;
  seq: number;
  ops: number;
  consolidated: boolean;
  fingerprint: string;
  /** Where to offer to send it: the secretariat this installation last heard from, if any. */
  secretariatEmail: string | null;
}

/** Someone this installation heard from, to send the consolidated bundle back to. */
export interface Recipient {
  name: string;
  email: string;
  country: string | null;
}

/** What is waiting to be sent, and to whom, before anything is exported. */
export interface Outbox {
  /** Changes an export of "changes since the last bundle" would carry. */
  unsent: number;
  /** This installation's key fingerprint, to read out to whoever trusts it. */
  fingerprint: string;
  secretariatEmail: string | null;
  /** For the secretariat: everyone who sent it a bundle, by name; empty for the other roles. */
  recipients: Recipient[];
}

/** What a conflict is about, in the terms a person knows it by, and whether the reader may decide it. */
export interface ConflictSubject {
  conflictId: string;
  activityId: string | null;
  groupNumeral: string | null;
  activityNumber: string | null;
  /** The country of the report or budget entry in conflict. */
  country: string | null;
  mayDecide: boolean;
}

export const syncApi = {
  'conflicts.subjects': endpoint<ConflictSubject[]>()(NoInput),
  'bundle.outbox': endpoint<Outbox>()(NoInput),
  'bundle.export': endpoint<BundleExported>()(
    z.object({ all: z.boolean().default(false), programmeId: ProgrammeId.optional() }).strict(),
  ),
  /** All or nothing: one refused file refuses the import (its error names the file). */
  'bundle.import': endpoint<{ files: ImportedFile[] }>()(
    z
      .object({ files: z.array(BundleFileInput).min(1).max(100), trustNew: z.boolean().default(false) })
      .strict(),
  ),
  /** Newest first. */
  'bundle.history': endpoint<Omit<HistoryEntry, 'opIndex'>[]>()(NoInput),
  'conflicts.list': endpoint<Conflict[]>()(NoInput),
  'conflicts.resolve': endpoint<{ resolved: string }>()(
    z.object({ conflictId: z.string().min(1).max(600), chosen: Hlc }).strict(),
  ),
  'review.set': endpoint<Review>()(
    z
      .object({
        reportId: z.string().min(1).max(100),
        decision: z.enum(['accepted', 'returned']),
        comment: z.string().max(4000),
      })
      .strict(),
  ),
  'intake.get': endpoint<Intake>()(
    z
      .object({
        programmeId: ProgrammeId,
        since: z
          .string()
          .regex(/^\d{4}-\d{2}-\d{2}/, 'an ISO date')
          .max(40)
          .optional(),
      })
      .strict(),
  ),
};
