import { compareMonths, monthOf, type Month } from '../../../shared/model/dates';
import { STATUSES } from '../../../shared/model/records';
import { callMethod } from '../callMethod';
import { cliFail } from '../errors';
import { parseArgs } from '../args';
import { withStore, type Command } from '../command';

const usage =
  'progress set --activity ID --status not-started|in-progress|completed|delayed|postponed|cancelled --percent N [--note T] (--note, what was done, is required once the activity has started)';

const FLAGS = {
  activity: { kind: 'string', required: true },
  status: { kind: 'enum', values: STATUSES, required: true },
  percent: { kind: 'string', required: true },
  note: { kind: 'string' },
} as const;

function clamp(m: Month, start: Month, end: Month): Month {
  return compareMonths(m, start) < 0 ? start : compareMonths(m, end) > 0 ? end : m;
}

/**
 * Records a progress report from the command line through the same handler as the progress form.
 * The form asks for actual dates; here they are the start already reported for the activity, else
 * the current month, kept inside the programme's span.
 */
export const progress: Command = {
  name: 'progress',
  summary: 'record a progress report on an activity (as the progress form does)',
  usage,
  async run(args, ctx) {
    if (args[0] !== 'set') cliFail('unexpected-argument', { value: args[0] ?? '', usage });
    const { flags } = parseArgs(args.slice(1), FLAGS, usage);
    const percent = Number(flags.percent);
    if (!/^\d{1,3}$/.test(flags.percent))
      cliFail('bad-value', {
        flag: '--percent',
        value: flags.percent,
        allowed: '0–100',
      });
    // The form's rule, said in the terminal's words: progress on a started activity says what was done.
    if (flags.status !== 'not-started' && (flags.note ?? '').trim() === '')
      cliFail('required', { flag: '--note', usage });
    await withStore(ctx, async (store) => {
      // What the activity's screen shows: its programme's span and its reports, newest first.
      const { programme, reports } = await callMethod(store, ctx.now, 'activity.get', {
        activityId: flags.activity,
      });
      const month = clamp(monthOf(new Date(ctx.now())), programme.start, programme.end);
      const actualStart = reports.find((r) => r.actualStart !== null)?.actualStart ?? month;
      const started = flags.status !== 'not-started';
      const { report } = await callMethod(store, ctx.now, 'progress.save', {
        activityId: flags.activity,
        status: flags.status,
        percent,
        actualStart: started ? actualStart : null,
        actualEnd: flags.status === 'completed' ? month : null,
        done: flags.note ?? '',
        obstacles: '',
        nextSteps: '',
        evidence: [],
        reportDate: new Date(ctx.now()).toISOString().slice(0, 10),
      });
      ctx.say('cli:out.progress-recorded', {
        id: report.id,
        activity: report.activity ?? '',
        status: report.status ?? '',
        percent: report.percent ?? '',
      });
    });
  },
};
