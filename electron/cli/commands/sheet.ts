import { PAPERS } from '../../../shared/report/paper';
import { writeSheet } from '../../print/jobs';
import { parseArgs } from '../args';
import type { Command } from '../command';
import { runPrintJob } from '../printJob';

const usage =
  'sheet (--group ID [--country ISO3] | --country ISO3) [--lang es|en|pt|fr] --paper a4|letter --out FILE.pdf|FILE.html';

export const sheet: Command = {
  name: 'sheet',
  summary:
    'print the one-page status sheet of a working group (2020-2021/X, or X for the current programme) or of a country, as PDF or HTML',
  usage,
  async run(args, ctx) {
    const { flags } = parseArgs(
      args,
      {
        group: { kind: 'string' },
        country: { kind: 'string' },
        paper: { kind: 'enum', values: PAPERS, required: true },
        out: { kind: 'string', required: true },
      },
      usage,
    );
    // --group with --country: the group's sheet counted from that country's reports only.
    await runPrintJob(ctx, (source) =>
      writeSheet(
        source,
        {
          group: flags.group,
          country: flags.country,
          lang: ctx.lang,
          paper: flags.paper,
          today: new Date(ctx.now()),
        },
        flags.out,
        ctx.env,
      ),
    );
  },
};
