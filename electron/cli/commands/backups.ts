import { parseArgs } from '../args';
import type { Command } from '../command';
import { listBackupsOf, openOrRecover, restoreFromBackup } from '../../store';

const listUsage = 'backups';
const restoreUsage = 'restore [--backup NAME]';

/** The database's backups, newest first; readable even when the database itself is refused. */
export const backups: Command = {
  name: 'backups',
  summary: 'list the backups beside the database, newest first: name, date, reason, operations',
  usage: listUsage,
  async run(args, ctx) {
    parseArgs(args, {}, listUsage);
    for (const b of await listBackupsOf(ctx.db))
      ctx.say('cli:out.backup-line', { name: b.name, date: b.createdAt, reason: b.reason, count: b.opCount });
  },
};

/**
 * The command-line side of the recovery screen: the named backup becomes the database, or, without a
 * name, a corrupt database is replaced by the newest backup that loads. Either way the refused file is
 * kept aside, never deleted, and a file from a newer version is never touched.
 */
export const restore: Command = {
  name: 'restore',
  summary: 'restore a backup (--backup NAME), or the newest good one over a corrupt database',
  usage: restoreUsage,
  async run(args, ctx) {
    const { flags } = parseArgs(args, { backup: { kind: 'string' } }, restoreUsage);
    const opts = { file: ctx.db, dataDir: ctx.dataDir, now: ctx.now };
    const { store, recovered } =
      flags.backup === undefined ? await openOrRecover(opts) : await restoreFromBackup(opts, flags.backup);
    await store.close();
    if (recovered) ctx.say('cli:out.restored', { from: recovered.from, kept: recovered.badFileKeptAt });
    else ctx.say('cli:out.nothing-to-restore');
  },
};
