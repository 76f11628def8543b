import { mayEnterProgrammes, writeReason } from '../../shared/domain/roles';
import { fail } from '../../shared/errors';
import type { Database } from '../../shared/model/database';
import type { Entity } from '../../shared/model/ops';
import type { WorkingGroup } from '../../shared/model/programme';
import type { Identity } from '../../shared/model/records';
import { textOf } from '../../shared/model/text';
import { countryName } from '../../shared/domain/lookup';

export { countryFor, mayAmendReport, permissionsFor } from '../../shared/domain/roles';

export function requireIdentity(identity: Identity | null): Identity {
  if (!identity) fail('no-identity', 'errors:no-identity');
  return identity;
}

/** Only the secretariat enters programmes, groups and membership (shared/domain/roles.ts). */
export function requireSecretariat(identity: Identity): void {
  if (!mayEnterProgrammes(identity)) fail('forbidden', 'errors:not-secretariat');
}

export function authorOf(identity: Identity) {
  return { name: identity.name, email: identity.email, country: identity.country, role: identity.role };
}

/**
 * Refuses a save the roles module does not allow, saying why in the user's words: the group by its
 * numeral and title, the country by its name in the user's language.
 */
export function refuseWrite(
  db: Pick<Database, 'countries'>,
  identity: Identity,
  entity: Entity,
  group: WorkingGroup,
  country: string | null,
): void {
  const reason = writeReason(identity, entity, group, country);
  if (reason === null) return;
  const iso3 = reason === 'other-country' ? country : identity.country;
  const name = iso3 === null ? '' : countryName(db.countries, iso3, identity.lang);
  if (reason === 'other-country') fail('forbidden', 'errors:forbidden-country', { country: name });
  fail('forbidden', `errors:${reason}`, {
    group: group.numeral,
    title: textOf(group.title, identity.lang),
    country: name,
  });
}
