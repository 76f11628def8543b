import { textOf } from '../../../shared/model';
import { parseArgs } from '../args';
import { withDatabase, type Command } from '../command';
import { programmeOf } from '../lookup';

const usage = 'groups --programme ID';

export const groups: Command = {
  name: 'groups',
  summary: 'list the working groups of a programme: numeral, id, coordinators, activities, title',
  usage,
  async run(args, ctx) {
    const { flags } = parseArgs(args, { programme: { kind: 'string', required: true } }, usage);
    await withDatabase(ctx, (db) => {
      for (const g of programmeOf(db, flags.programme).groups) {
        const coordinators = g.coordinators.map((c) => c.country).join(' ') || '-';
        ctx.out(
          `${g.numeral}\t${g.id}\t${coordinators}\t${g.activities.length} activities\t${textOf(g.title, 'en')}\n`,
        );
      }
    });
  },
};
