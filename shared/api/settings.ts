import { z } from 'zod';
import { GroupId, Iso3 } from '../model/programme';
import { Role } from '../model/records';
import type { Identity } from '../model/records';
import { Lang } from '../model/text';
import { NoInput, endpoint } from './common';

export const IdentityInput = z
  .object({
    name: z.string().trim().min(1).max(200),
    email: z.email().max(200),
    role: Role,
    /** Required for focal points and coordinators; a secretariat may speak for no country. */
    country: Iso3.nullable(),
    groups: z.array(GroupId).max(50),
    lang: Lang,
  })
  .strict();
export type IdentityInput = z.infer<typeof IdentityInput>;

export interface AppSettings {
  dataFolder: string;
  dbFile: string;
  lang: Lang | null;
  version: string;
  /**
   * Set when this computer's clock runs behind the latest change this installation holds (its clock
   * was put back, or ran ahead before): saving goes on, stamped after what is held. `heldUntil` is that
   * latest time, in milliseconds.
   */
  clockBehind: { heldUntil: number } | null;
}

export interface BackupInfo {
  name: string;
  createdAt: string;
  /** Why it was made: a save, an import, a restore, or by hand. */
  reason: string;
  size: number;
  /** How many changes the backed-up database held, to tell backups apart. */
  opCount: number;
}

/** Backup names are plain file names: no separators, no `..`. */
export const BackupName = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/)
  .refine((n) => !n.includes('..'), 'not a backup name');

export const settingsApi = {
  'identity.get': endpoint<Identity | null>()(NoInput),
  'identity.set': endpoint<Identity>()(IdentityInput),
  'language.set': endpoint<{ lang: Lang }>()(z.object({ lang: Lang }).strict()),
  'settings.get': endpoint<AppSettings>()(NoInput),
  'backups.list': endpoint<BackupInfo[]>()(NoInput),
  'backups.restore': endpoint<{ restored: string }>()(z.object({ name: BackupName }).strict()),
};
