import { fail } from '../../shared/errors';
import type { Identity } from '../../shared/model/records';

export { countryFor, mayAmendReport, permissionsFor } from '../../shared/domain/roles';

export function requireIdentity(identity: Identity | null): Identity {
  if (!identity) fail('no-identity', 'errors:no-identity');
  return identity;
}

export function authorOf(identity: Identity) {
  return { name: identity.name, email: identity.email, country: identity.country, role: identity.role };
}
