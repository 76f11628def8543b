import { canonicalStateText, stateHash } from '../../../shared/sync/state';
import { parseArgs } from '../args';
import { withDatabase, type Command } from '../command';

const usage = 'state [--hash]';

const FLAGS = { hash: { kind: 'boolean' } } as const;

/** The canonical merged state (plan edits, progress, reviews, budget), or its SHA-256: equal on installations holding the same changes. */
export const state: Command = {
  name: 'state',
  summary: 'print the canonical merged state, or with --hash its SHA-256',
  usage,
  async run(args, ctx) {
    const { flags } = parseArgs(args, FLAGS, usage);
    await withDatabase(ctx, (db) => {
      const ops = db.ops;
      ctx.out(`${flags.hash ? stateHash(ops) : canonicalStateText(ops)}\n`);
    });
  },
};
