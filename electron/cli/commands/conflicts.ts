import { fail } from '../../../shared/errors';
import { canonicalJson } from '../../../shared/sync/canonical';
import { listConflicts, resolveConflict } from '../../sync/decisions';
import { parseArgs } from '../args';
import { withStore, type Command } from '../command';

const usage = 'conflicts [--resolve ID --choose STAMP]';

const FLAGS = { resolve: { kind: 'string' }, choose: { kind: 'string' } } as const;

/** Lists concurrent edits (winner applied, losers kept); `--resolve` settles one by choosing a value. */
export const conflicts: Command = {
  name: 'conflicts',
  summary: 'list conflicting edits, or settle one with --resolve ID --choose STAMP',
  usage,
  async run(args, ctx) {
    const { flags } = parseArgs(args, FLAGS, usage);
    if ((flags.resolve === undefined) !== (flags.choose === undefined))
      fail('cli-required', 'store:cli-required', { flag: flags.resolve ? '--choose' : '--resolve', usage });
    await withStore(ctx, async (store) => {
      if (flags.resolve !== undefined && flags.choose !== undefined) {
        await resolveConflict(store, flags.resolve, flags.choose);
        ctx.out(`Resolved ${flags.resolve}\n`);
        return;
      }
      const list = listConflicts(store.read());
      if (list.length === 0) ctx.out('No conflicts.\n');
      for (const c of list) {
        ctx.out(`${c.id}\n  ${c.entity} ${c.key}, field ${c.field}\n`);
        for (const [label, cand] of [
          ['applied', c.winner],
          ...c.losers.map((l) => ['kept', l] as const),
        ] as const) {
          ctx.out(
            `  ${label}: ${canonicalJson(cand.value)} by ${cand.author.name} (${cand.author.country ?? cand.author.role}) ${cand.hlc}\n`,
          );
        }
      }
    });
  },
};
