import { cliFail } from '../errors';
import { writeActivityReport } from '../../print/jobs';
import { parseArgs } from '../args';
import type { Command } from '../command';
import { runPrintJob } from '../printJob';

const usage = 'report --group ID [--lang es|en] --out FILE.docx|FILE.pdf';

export const report: Command = {
  name: 'report',
  summary:
    "draft a working group's activity report (objectives, progress, current work, next period) as .docx or PDF",
  usage,
  async run(args, ctx) {
    const { flags } = parseArgs(
      args,
      {
        group: { kind: 'string', required: true },
        out: { kind: 'string', required: true },
      },
      usage,
    );
    // The report is drafted in the two languages its source documents come in.
    if (ctx.lang !== 'es' && ctx.lang !== 'en')
      cliFail('bad-value', { flag: '--lang', value: ctx.lang, allowed: 'es, en' });
    const lang = ctx.lang;
    await runPrintJob(ctx, (source) =>
      writeActivityReport(source, flags.group, lang, new Date(ctx.now()), flags.out, ctx.env),
    );
  },
};
