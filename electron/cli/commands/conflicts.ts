import { canonicalJson } from '../../../shared/sync/canonical';
import { parseArgs } from '../args';
import { callMethod } from '../callMethod';
import { withStore, type Command } from '../command';
import { cliFail } from '../errors';

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
      cliFail('required', { flag: flags.resolve ? '--choose' : '--resolve', usage });
    await withStore(ctx, async (store) => {
      if (flags.resolve !== undefined && flags.choose !== undefined) {
        const { resolved } = await callMethod(store, ctx.now, 'conflicts.resolve', {
          conflictId: flags.resolve,
          chosen: flags.choose,
        });
        ctx.say('cli:out.resolved', { id: resolved });
        return;
      }
      const list = await callMethod(store, ctx.now, 'conflicts.list', {});
      if (list.length === 0) ctx.say('cli:out.no-conflicts');
      for (const c of list) {
        ctx.out(
          `${c.id}\n  ${ctx.t('cli:out.conflict', { entity: c.entity, key: c.key, field: c.field })}\n`,
        );
        const candidates = [
          ['cli:out.applied', c.winner] as const,
          ...c.losers.map((l) => ['cli:out.kept', l] as const),
        ];
        for (const [key, cand] of candidates) {
          const line = ctx.t(key, {
            value: canonicalJson(cand.value),
            author: cand.author.name,
            who: cand.author.country ?? cand.author.role,
            stamp: cand.hlc,
          });
          ctx.out(`  ${line}\n`);
        }
      }
    });
  },
};
