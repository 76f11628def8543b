import { z } from 'zod';
import type { AppError } from '../errors';
import { NoInput, endpoint } from './common';
import { BackupName, type BackupInfo } from './settings';

/**
 * The database opened: the rest of the API works. Or it could not be opened: only these methods do,
 * and the renderer shows what went wrong with the choice to restore a backup or open another file.
 */
export type StartupStatus =
  | { mode: 'normal' }
  | {
      mode: 'recovery';
      /** Why the file was refused: store:corrupt, store:invalid, store:newer-version, store:locked… */
      problem: AppError;
      file: string;
      /** The backups beside the refused file, newest first, listed without opening it. */
      backups: BackupInfo[];
      /** False when restoring would touch a file that must stay as it is (newer version, open elsewhere). */
      canRestore: boolean;
    };

export type RecoveryStatus = Extract<StartupStatus, { mode: 'recovery' }>;

/**
 * A path as the user typed it. Whether it is absolute and names a .json file is checked by the main
 * process, with its own platform's rules and a message the user can act on.
 */
export const DbFilePath = z
  .string()
  .trim()
  .min(1)
  .max(4096)
  .refine((p) => !p.includes('\0'), 'not a path');

export const recoveryApi = {
  'startup.status': endpoint<StartupStatus>()(NoInput),
  /** Makes the chosen backup the database; the refused file is kept aside, never deleted. */
  'startup.restore': endpoint<{ restored: string; badFileKeptAt: string }>()(
    z.object({ name: BackupName }).strict(),
  ),
  /** Opens another database file (an absolute path ending in .json), or creates a new one there when `create` is set. */
  'startup.open': endpoint<{ file: string }>()(
    z.object({ file: DbFilePath, create: z.boolean().default(false) }).strict(),
  ),
};
