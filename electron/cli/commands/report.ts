import { writeActivityReport } from '../../print/jobs';
import { parseArgs } from '../args';
import type { Command } from '../command';
import { runPrintJob } from '../printJob';

const usage = 'report --group ID --lang es|en --out FILE.docx|FILE.pdf';

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
        lang: { kind: 'enum', values: ['es', 'en'], required: true },
        out: { kind: 'string', required: true },
      },
      usage,
    );
    await runPrintJob(ctx, (source) =>
      writeActivityReport(source, flags.group, flags.lang, new Date(ctx.now()), flags.out, ctx.env),
    );
  },
};
