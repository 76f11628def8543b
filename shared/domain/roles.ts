import type { Permissions } from '../api/common';
import { fail } from '../errors';
import type { Entity } from '../model/ops';
import type { Programme, WorkingGroup } from '../model/programme';
import type { Author, Identity, Role } from '../model/records';
import { findGroup } from './lookup';

/**
 * Who may do what (PRODUCT.md, "Roles"): the one module that decides it. Local saves and the screens'
 * permissions (electron/handlers), export and import (shared/sync/scope.ts), review and conflict
 * resolution (electron/sync/decisions.ts) all ask it.
 */

/** Whoever acts: this installation's identity, or a bundle's signer as its key was trusted. */
export interface Actor {
  role: Role;
  country: string | null;
  groups: readonly string[];
}

/** Why an actor may not write a record; the same words for a local save and a bundle. */
export type RoleReason = 'other-country' | 'not-member' | 'not-coordinator' | 'not-secretariat';

/**
 * Membership: a coordinating country is a member of its group; where the programme lists a group's
 * members, that list decides; where it lists none (most groups: the documents name only
 * coordinators), the groups the actor declared stand in, as pinned with its key when first trusted.
 */
export function isMember(actor: Actor, group: WorkingGroup): boolean {
  if (actor.role === 'secretariat') return true;
  const country = actor.country;
  if (country === null) return false;
  if (group.coordinators.some((c) => c.country === country)) return true;
  return group.members.length > 0 ? group.members.includes(country) : actor.groups.includes(group.id);
}

/** A group's coordinator: the coordinator role, a coordinating country of the group, and the group among its declared ones. */
export function coordinates(actor: Actor, group: WorkingGroup): boolean {
  if (actor.role === 'secretariat') return true;
  return (
    actor.role === 'coordinator' &&
    actor.groups.includes(group.id) &&
    group.coordinators.some((c) => c.country === actor.country)
  );
}

/** Who enters programmes, working groups and their membership: the secretariat, for the Conference. */
export function mayEnterProgrammes(actor: Actor | null): boolean {
  return actor?.role === 'secretariat';
}

/** What the screens offer on a group: exactly what a save of it would be allowed. */
export function permissionsFor(actor: Actor | null, group: WorkingGroup): Permissions {
  if (!actor) return { report: false, budget: false, editPlan: false, meetings: false };
  const member = isMember(actor, group);
  return { report: member, budget: member, editPlan: coordinates(actor, group), meetings: member };
}

/**
 * A report may be corrected or withdrawn only by the office that wrote it (the secretariat for its own
 * reports, a national office for its country's), and only while that office may still report there:
 * the secretariat deciding on Colombia's report reviews it, it does not rewrite it.
 */
export function mayAmendReport(
  actor: Actor | null,
  group: WorkingGroup,
  report: { country: string | null; author: Pick<Author, 'role' | 'country'> },
): boolean {
  if (!actor || !sameOffice(actor, report.author)) return false;
  return writeReason(actor, 'progress', group, report.country) === null;
}

/** Whether the actor works where the author works: the secretariat, or the same country's office. */
function sameOffice(actor: Actor, author: Pick<Author, 'role' | 'country'>): boolean {
  if (actor.role === 'secretariat' || author.role === 'secretariat') return actor.role === author.role;
  return author.country !== null && author.country === actor.country;
}

/** Who may decide on a group's reports, plan and conflicts: its coordinator, or the secretariat. */
export function mayCoordinate(actor: Actor, groupId: string, programmes: readonly Programme[]): boolean {
  if (actor.role === 'secretariat') return true;
  const group = findGroup(programmes, groupId);
  return group !== undefined && coordinates(actor, group);
}

/**
 * Whether `actor` may write (create, change or delete) a record of `entity` in `group` that speaks for
 * `country`: progress reports, budget entries and meeting records of its own country in a group it belongs to; plan,
 * planned contributions and reviews of a group it coordinates; the programme and its groups (members
 * among them) only the secretariat. Null: allowed.
 */
export function writeReason(
  actor: Actor,
  entity: Entity,
  group: WorkingGroup,
  country: string | null,
): RoleReason | null {
  if (actor.role === 'secretariat') return null;
  switch (entity) {
    case 'progress':
    case 'budget':
    // Meeting records are scoped like progress reports: the actor's own country, in its groups.
    case 'meeting':
      if (country !== actor.country) return 'other-country';
      return isMember(actor, group) ? null : 'not-member';
    case 'review':
    case 'activity':
    case 'contribution':
      return coordinates(actor, group) ? null : 'not-coordinator';
    // The programme, its groups and their membership are the Conference's, entered by the secretariat.
    case 'programme':
    case 'group':
      return 'not-secretariat';
  }
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
