import { fail } from '../../shared/errors';
import type { Permissions } from '../../shared/api/common';
import type { WorkingGroup } from '../../shared/model/programme';
import type { Identity } from '../../shared/model/records';

/**
 * Who may change what (PRODUCT.md): a focal point records progress, budget and meetings for their own country in
 * the groups it belongs to; a coordinator also keeps its group's plan; the secretariat may do anything.
 */
export function permissionsFor(identity: Identity | null, group: WorkingGroup): Permissions {
  if (!identity) return { report: false, budget: false, editPlan: false, meetings: false };
  if (identity.role === 'secretariat') return { report: true, budget: true, editPlan: true, meetings: true };
  const country = identity.country;
  const inGroup =
    country !== null &&
    (identity.groups.includes(group.id) || group.members.includes(country) || group.coordinators.some((c) => c.country === country));
  const coordinates = identity.role === 'coordinator' && group.coordinators.some((c) => c.country === country);
  // Meeting records are scoped like progress reports: the own country, in its groups.
  return { report: inGroup, budget: inGroup, editPlan: coordinates, meetings: inGroup };
}

/** A report may be corrected or withdrawn by whoever may report for its country in the group, and by the secretariat. */
export function mayAmendReport(identity: Identity | null, group: WorkingGroup, report: { country: string | null }): boolean {
  if (!identity) return false;
  if (identity.role === 'secretariat') return true;
  return permissionsFor(identity, group).report && report.country === identity.country;
}

export function requireIdentity(identity: Identity | null): Identity {
  if (!identity) fail('no-identity', 'errors:no-identity');
  return identity;
}

/**
 * The country a record speaks for: the author's own, except that the secretariat may record on
 * behalf of any country (or none). Anyone else naming another country is refused.
 */
export function countryFor(identity: Identity, requested: string | null | undefined): string | null {
  if (identity.role === 'secretariat') return requested ?? identity.country;
  if (requested !== undefined && requested !== null && requested !== identity.country) {
    fail('forbidden', 'errors:forbidden-country', { country: requested });
  }
  return identity.country;
}

export function authorOf(identity: Identity) {
  return { name: identity.name, email: identity.email, country: identity.country, role: identity.role };
}
