import { textOf } from '../../../shared/model';
import { parseArgs } from '../args';
import { withDatabase, type Command } from '../command';
import { programmesOf } from '../lookup';

const usage = 'programmes';

export const programmes: Command = {
  name: 'programmes',
  summary: 'list the programmes: id, document symbol, period, groups, activities, title',
  usage,
  async run(args, ctx) {
    parseArgs(args, {}, usage);
    await withDatabase(ctx, (db) => {
      for (const p of programmesOf(db)) {
        const activities = p.groups.reduce((n, g) => n + g.activities.length, 0);
        ctx.out(
          `${p.id}\t${p.symbol}\t${p.start}..${p.end}\t${p.groups.length} groups\t${activities} activities\t${textOf(p.title, 'en')}\n`,
        );
      }
    });
  },
};
