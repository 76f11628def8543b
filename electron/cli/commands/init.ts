import { existsSync } from 'node:fs';
import { ROLES, type Database } from '../../../shared/model';
import type { Input } from '../../../shared/api';
import { loadSeed } from '../../seed';
import { openMemoryStore } from '../../store';
import { callMethod } from '../callMethod';
import { parseArgs } from '../args';
import type { CliContext, Command } from '../command';
import { withStore } from '../command';
import { cliFail } from '../errors';
import { groupIdOf } from '../lookup';

const usage =
  'init --role focal-point|coordinator|secretariat --country ISO3 [--group NUMERAL]… --name NAME --email EMAIL [--lang es|en|pt|fr]';

const FLAGS = {
  role: { kind: 'enum', values: ROLES, required: true },
  country: { kind: 'string' },
  group: { kind: 'string', repeatable: true },
  name: { kind: 'string', required: true },
  email: { kind: 'string', required: true },
} as const;

type Flags = ReturnType<typeof parseArgs<typeof FLAGS>>['flags'];

/** The answers as the first-run form sends them; the language is the CLI's (`--lang`, else the system's). */
function identityInput(flags: Flags, db: Readonly<Database>, ctx: CliContext): Input<'identity.set'> {
  const today = new Date(ctx.now());
  return {
    name: flags.name,
    email: flags.email.trim(),
    role: flags.role,
    country: flags.country?.toUpperCase() ?? null,
    groups: flags.group.map((g) => groupIdOf(db, g, today)),
    lang: ctx.lang,
  };
}

export const init: Command = {
  name: 'init',
  summary: 'create the database (seeded from data/) and this installation’s identity',
  usage,
  async run(args, ctx) {
    const { flags } = parseArgs(args, FLAGS, usage);
    // The handler checks the answers against the seed first, so a typo leaves no new file behind.
    if (!existsSync(ctx.db)) {
      const seed = openMemoryStore(loadSeed(ctx.dataDir, ctx.now), ctx.now);
      await callMethod(seed, ctx.now, 'identity.set', identityInput(flags, seed.read(), ctx));
    }
    const identity = await withStore(
      ctx,
      async (store) => {
        const existing = await callMethod(store, ctx.now, 'identity.get', {});
        if (existing) cliFail('identity-exists', { file: ctx.db, name: existing.name, role: existing.role });
        return callMethod(store, ctx.now, 'identity.set', identityInput(flags, store.read(), ctx));
      },
      { create: true },
    );
    ctx.say('cli:out.identity-created', {
      name: identity.name,
      email: identity.email,
      role: identity.role,
      country: identity.country ?? ctx.t('cli:out.region'),
      groups: identity.groups.length > 0 ? identity.groups.join(', ') : ctx.t('cli:out.all-groups'),
      file: ctx.db,
    });
    ctx.say('cli:out.installation', { id: identity.installation });
  },
};
