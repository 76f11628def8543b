import { sourceFromDatabase } from '../../../shared/report/source';
import { writeActivityReport } from '../../print/jobs';
import { parseArgs } from '../args';
import { withStore, type Command } from '../command';

const usage = 'report --group ID --lang es|en --out FILE.docx|FILE.pdf';

export const report: Command = {
  name: 'report',
  summary: "draft a working group's activity report (objectives, progress, current work, next period) as .docx or PDF",
  usage,
  async run(args, ctx) {
    const { flags } = parseArgs(
      args,
      { group: { kind: 'string', required: true }, lang: { kind: 'enum', values: ['es', 'en'], required: true }, out: { kind: 'string', required: true } },
      usage,
    );
    const source = await withStore(ctx, (store) => sourceFromDatabase(store.read()));
    const written = await writeActivityReport(source, flags.group, flags.lang, new Date(ctx.now()), flags.out, ctx.env);
    ctx.out(written.join('\n') + '\n');
  },
};
