import { clockBehind } from '../../shared/sync/hlc';
import { dirname } from 'node:path';
import type { settingsApi } from '../../shared/api/settings';
import { FIELD_ERRORS } from '../../shared/domain/validation';
import { fail } from '../../shared/errors';
import type { Identity } from '../../shared/model/records';
import type { HandlerContext, HandlerStore, HandlersFor } from './context';
import { refuseInvalid } from './invalid';

export function settingsHandlers(store: HandlerStore, ctx: HandlerContext): HandlersFor<typeof settingsApi> {
  return {
    async 'identity.get'() {
      return store.read().identity;
    },

    async 'identity.set'(input) {
      const current = store.read();
      // A focal point or coordinator speaks for a country and its groups; only the secretariat may not.
      const speaksForCountry = input.role !== 'secretariat';
      refuseInvalid({
        country: speaksForCountry && input.country === null ? FIELD_ERRORS.required : undefined,
        groups: speaksForCountry && input.groups.length === 0 ? FIELD_ERRORS.required : undefined,
      });
      if (input.country !== null && !current.countries.some((c) => c.iso3 === input.country)) {
        fail('unknown-country', 'errors:unknown-country', { id: input.country });
      }
      const groups = store.state().groups;
      const unknown = input.groups.find((g) => !groups.has(g));
      if (unknown !== undefined) fail('unknown-group', 'errors:unknown-group', { id: unknown });
      const identity: Identity = {
        ...input,
        groups: [...new Set(input.groups)],
        // The installation id names this copy of the database in every change it makes: it survives edits.
        installation: current.identity?.installation ?? ctx.randomHex(),
      };
      await store.update((draft) => {
        draft.identity = identity;
      });
      return identity;
    },

    async 'language.set'({ lang }) {
      // Before the first run there is no identity to hold it; the renderer keeps the choice until then.
      if (store.read().identity) {
        await store.update((draft) => {
          if (draft.identity) draft.identity.lang = lang;
        });
      }
      return { lang };
    },

    async 'settings.get'() {
      const db = store.read();
      return {
        dataFolder: dirname(store.file),
        dbFile: store.file,
        lang: db.identity?.lang ?? null,
        version: ctx.version,
        clockBehind: clockBehind(db.clock, ctx.now()),
      };
    },

    async 'backups.list'() {
      const backups = await store.listBackups();
      return backups.map(({ name, createdAt, reason, size, opCount }) => ({
        name,
        createdAt,
        reason,
        size,
        opCount,
      }));
    },

    async 'backups.restore'({ name }) {
      const known = await store.listBackups();
      if (!known.some((b) => b.name === name)) fail('unknown-backup', 'errors:unknown-backup', { name });
      await store.restoreBackup(name);
      return { restored: name };
    },
  };
}
