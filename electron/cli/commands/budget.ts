import { BUDGET_KINDS } from '../../../shared/model/records';
import { callMethod } from '../callMethod';
import { cliFail } from '../errors';
import { parseArgs } from '../args';
import { withStore, type Command } from '../command';
import { groupIdOf } from '../lookup';

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
    if (args[0] !== 'add') cliFail('unexpected-argument', { value: args[0] ?? '', usage });
    const { flags } = parseArgs(args.slice(1), FLAGS, usage);
    const amount = Number(flags.amount);
    if (!Number.isFinite(amount))
      cliFail('bad-value', { flag: '--amount', value: flags.amount, allowed: '> 0' });
    await withStore(ctx, async (store) => {
      const { entry } = await callMethod(store, ctx.now, 'budget.add', {
        groupId: groupIdOf(store.read(), flags.group, new Date(ctx.now())),
        activityId: flags.activity ?? null,
        kind: flags.kind,
        source: flags.source,
        institution: null,
        amount,
        currency: flags.currency.toUpperCase(),
        purpose: flags.purpose ?? '',
        date: new Date(ctx.now()).toISOString().slice(0, 10),
      });
      ctx.say('cli:out.budget-recorded', {
        id: entry.id,
        kind: entry.kind,
        amount: entry.amount,
        currency: entry.currency ?? '',
        group: entry.group,
      });
    });
  },
};
