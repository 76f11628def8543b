import { TABLE_NAMES } from '../../../shared/report/tables';
import { writeSpreadsheet } from '../../print/jobs';
import { parseArgs } from '../args';
import type { Command } from '../command';
import { runPrintJob } from '../printJob';

const usage =
  'spreadsheet --programme ID --out FILE.xlsx|FILE.csv [--sheet plan|progress|budget] [--lang es|en|pt|fr]';

export const spreadsheet: Command = {
  name: 'spreadsheet',
  summary:
    'export the plan, progress reports and budget entries of a programme: .xlsx with three sheets, or CSV (FILE-plan.csv, FILE-progress.csv, FILE-budget.csv, or one table with --sheet)',
  usage,
  async run(args, ctx) {
    const { flags } = parseArgs(
      args,
      {
        programme: { kind: 'string', required: true },
        out: { kind: 'string', required: true },
        sheet: { kind: 'enum', values: TABLE_NAMES },
      },
      usage,
    );
    await runPrintJob(ctx, (source) =>
      writeSpreadsheet(source, flags.programme, ctx.lang, flags.out, flags.sheet),
    );
  },
};
