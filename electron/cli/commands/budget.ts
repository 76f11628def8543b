import { fail } from '../../../shared/errors';
import { BUDGET_KINDS } from '../../../shared/model/records';
import { callMethod } from '../../sync/dispatch';
import { parseArgs } from '../args';
import { withStore, type Command } from '../command';
import { CURRENT_PROGRAMME } from '../lookup';

const usage =
  'budget add --group ID [--activity ID] --kind commitment|expenditure|in-kind --source S --amount N --currency C [--purpose T]';

const FLAGS = {
  group: { kind: 'string', required: true },
  activity: { kind: 'string' },
  kind: { kind: 'enum', values: BUDGET_KINDS, required: true },
  source: { kind: 'string', required: true },
  amount: { kind: 'string', required: true },
  currency: { kind: 'string', required: true },
  purpose: { kind: 'string' },
} as const;

/** Records a budget entry through the same handler as the budget form. `--group` takes `2020-2021/V` or a numeral of the current programme. */
export const budget: Command = {
  name: 'budget',
  summary: 'record a budget entry (commitment, expenditure or in-kind) of a group or activity',
  usage,
  async run(args, ctx) {
    if (args[0] !== 'add')
      fail('cli-unexpected-argument', 'store:cli-unexpected-argument', { value: args[0] ?? '', usage });
    const { flags } = parseArgs(args.slice(1), FLAGS, usage);
    const amount = Number(flags.amount);
    if (!Number.isFinite(amount))
      fail('cli-bad-enum', 'store:cli-bad-enum', { flag: '--amount', value: flags.amount, allowed: '> 0' });
    const groupId = flags.group.includes('/')
      ? flags.group
      : `${CURRENT_PROGRAMME}/${flags.group.toUpperCase()}`;
    await withStore(ctx, async (store) => {
      const { entry } = await callMethod(store, ctx.now, 'budget.add', {
        groupId,
        activityId: flags.activity ?? null,
        kind: flags.kind,
        source: flags.source,
        institution: null,
        amount,
        currency: flags.currency.toUpperCase(),
        purpose: flags.purpose ?? '',
        date: new Date(ctx.now()).toISOString().slice(0, 10),
      });
      ctx.out(`Recorded ${entry.id}: ${entry.kind} ${entry.amount} ${entry.currency} (${entry.group})\n`);
    });
  },
};
