import { countryName } from '../../../shared/domain/lookup';
import { recordLabel } from '../../../shared/domain/recordLabel';
import { parseArgs } from '../args';
import { withDatabase, type Command } from '../command';

const usage = 'quarantine';

/** What the upgrade to schema 3 set aside: operations an earlier version took that break a rule, each in words. */
export const quarantine: Command = {
  name: 'quarantine',
  summary: 'list the changes set aside on upgrade because they break a rule (kept, neither applied nor sent)',
  usage,
  async run(args, ctx) {
    parseArgs(args, {}, usage);
    await withDatabase(ctx, (db) => {
      const held = db.sync.quarantine ?? [];
      if (held.length === 0) ctx.say('cli:out.nothing-set-aside');
      for (const { op, rule, field } of held) {
        const why = ctx.message({
          code: 'invalid-operation',
          i18nKey: 'sync:errors.invalid-change',
          details: {
            entity: op.entity,
            key: op.key,
            record: recordLabel(op.entity, op.key, op.fields, (iso3) =>
              countryName(db.countries, iso3, ctx.lang),
            ),
            rule,
            field,
          },
        });
        const date = new Date(Number(op.hlc.slice(0, 15))).toISOString().slice(0, 10);
        ctx.say('cli:out.set-aside', { date, author: op.author.name, why });
      }
    });
  },
};
