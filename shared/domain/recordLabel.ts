import type { Entity, Operation } from '../model/ops';
import { recordOf, type Folded } from '../sync/fold';

const ACTIVITY = /^\d{4}-\d{4}\/([A-Z]{1,8})\/(\d+(?:\.[a-z])?)$/;
const GROUP = /^\d{4}-\d{4}\/([A-Z]{1,8})(?:\/|$)/;
const PROGRAMME = /^(\d{4})-(\d{4})$/;

/** `VII.3` for an activity id, `VII` for anything else of a group, null for what names no group. */
function refLabel(ref: unknown): string | null {
  if (typeof ref !== 'string') return null;
  const activity = ACTIVITY.exec(ref);
  if (activity) return `${activity[1]}.${activity[2]}`;
  return GROUP.exec(ref)?.[1] ?? null;
}

/**
 * A record as a person tells it apart in a message, without its internal key: `VII.3` (an activity),
 * `VII` (a group), `2026–2027` (a programme), `(Colombia · VII.3)` (a report, entry or line, by its
 * country and what it is on). `fields` are the record's as the change or the importer holds them.
 */
export function recordLabel(
  entity: Entity,
  key: string,
  fields: Readonly<Record<string, unknown>> | null,
  countryName: (iso3: string) => string,
): string {
  if (entity === 'programme') {
    const years = PROGRAMME.exec(key);
    return years ? `${years[1]}–${years[2]}` : '';
  }
  if (entity === 'activity' || entity === 'group') return refLabel(key) ?? '';
  const country = typeof fields?.country === 'string' ? countryName(fields.country) : null;
  const on =
    refLabel(fields?.activity) ?? refLabel(fields?.objective) ?? refLabel(fields?.group) ?? refLabel(key);
  const facts = [country, on].filter((f) => f !== null && f !== '');
  return facts.length === 0 ? '' : `(${facts.join(' · ')})`;
}

/** The label of a change of a record `folded` holds: its own fields over the held ones (a review by its report's). */
export function changeLabel(
  change: Pick<Operation, 'entity' | 'key' | 'fields'>,
  folded: Readonly<Folded>,
  countryName: (iso3: string) => string,
): string {
  const held = recordOf(folded[change.entity === 'review' ? 'progress' : change.entity].get(change.key));
  return recordLabel(change.entity, change.key, { ...held, ...change.fields }, countryName);
}
