import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { fail } from '../../../shared/errors';
import { LANGS, ROLES, type Database, type Identity } from '../../../shared/model';
import { loadSeed } from '../../seed';
import { parseArgs } from '../args';
import type { Command } from '../command';
import { withStore } from '../command';
import { CURRENT_PROGRAMME, groupOf, programmeOf } from '../lookup';

const usage =
  'init --role focal-point|coordinator|secretariat --country ISO3 [--group NUMERAL]… --name NAME --email EMAIL [--lang es|en|pt|fr]';

const FLAGS = {
  role: { kind: 'enum', values: ROLES, required: true },
  country: { kind: 'string' },
  group: { kind: 'string', repeatable: true },
  name: { kind: 'string', required: true },
  email: { kind: 'string', required: true },
  lang: { kind: 'enum', values: LANGS },
} as const;

type Flags = ReturnType<typeof parseArgs<typeof FLAGS>>['flags'];

/** Checks the answers against the programme data and builds the identity; throws on the first bad one. */
function identityFrom(flags: Flags, db: Readonly<Database>, installation: string): Identity {
  const name = flags.name.trim();
  if (name.length === 0 || name.length > 200) fail('cli-bad-name', 'store:cli-bad-name');
  const email = flags.email.trim();
  if (email.length > 200 || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
    fail('cli-bad-email', 'store:cli-bad-email', { email });
  // A secretariat speaks for the region; everyone else speaks for a country and its groups.
  const needsScope = flags.role !== 'secretariat';
  const country = flags.country?.toUpperCase() ?? null;
  if (country === null && needsScope)
    fail('cli-country-required', 'store:cli-country-required', { role: flags.role });
  if (country !== null && !db.countries.some((c) => c.iso3 === country))
    fail('cli-unknown-country', 'store:cli-unknown-country', { country: flags.country ?? '' });
  if (flags.group.length === 0 && needsScope)
    fail('cli-group-required', 'store:cli-group-required', { role: flags.role });
  const programme = programmeOf(db, CURRENT_PROGRAMME);
  const groups = [...new Set(flags.group.map((g) => groupOf(programme, g).id))];
  return { name, email, country, role: flags.role, groups, lang: flags.lang ?? 'es', installation };
}

export const init: Command = {
  name: 'init',
  summary: 'create the database (seeded from data/) and this installation’s identity',
  usage,
  async run(args, ctx) {
    const { flags } = parseArgs(args, FLAGS, usage);
    const installation = randomBytes(8).toString('hex');
    // Check against the seed before creating anything, so a typo leaves no new file behind.
    if (!existsSync(ctx.db)) identityFrom(flags, loadSeed(ctx.dataDir, ctx.now), installation);
    const identity = await withStore(
      ctx,
      async (store) => {
        const existing = store.read().identity;
        if (existing)
          fail('cli-identity-exists', 'store:cli-identity-exists', {
            file: ctx.db,
            name: existing.name,
            role: existing.role,
          });
        const made = identityFrom(flags, store.read(), installation);
        await store.update((d) => {
          d.identity = made;
        });
        return made;
      },
      { create: true },
    );
    const groups = identity.groups.length > 0 ? identity.groups.join(', ') : 'all';
    ctx.out(
      `Created identity for ${identity.name} <${identity.email}> (${identity.role}, ${identity.country ?? 'region'}; groups: ${groups}) in ${ctx.db}\n`,
    );
    ctx.out(`Installation id: ${identity.installation}\n`);
  },
};
