import type { z } from 'zod';
import { PlannedDate } from '../model/dates';
import type { JsonValue } from '../model/ops';
import { compareNumerals } from '../model/numerals';
import { Activity, PlannedContribution, Programme, WorkingGroup } from '../model/programme';
import { Localized } from '../model/text';

/**
 * The programmes as operations leave them (issue 13): the shipped programmes are the starting point,
 * and `programme`, `group`, `activity` and `contribution` operations edit them or add new ones, so a
 * programme the Conference adopts after a release travels in bundles like a progress report.
 * - `programme`, key = programme id: PROGRAMME_FIELDS of a Programme.
 * - `group`, key = group id: GROUP_FIELDS of a WorkingGroup (its members among them).
 * - `activity`, key = activity id: plan edits of a shipped activity, or a new activity's ACTIVITY_FIELDS.
 * - `contribution`, key = `<group id>/<contribution id>`: a line of planned financing.
 */

export const PROGRAMME_FIELDS = ['title', 'symbol', 'start', 'end', 'sourceLang', 'versions'] as const;
export const GROUP_FIELDS = [
  'title',
  'theme',
  'background',
  'objectives',
  'objectivesNotes',
  'expectedImpact',
  'financing',
  'coordinators',
  'members',
  'secretariats',
] as const;
/** What an activity operation may write; `status` is a coordinator's decision (cancelled, postponed…). */
export const ACTIVITY_FIELDS = ['plannedStart', 'plannedEnd', 'text', 'status'] as const;
/** What an operation creating a group must hold (objectives, coordinators, members and secretariats may be empty). */
export const NEW_GROUP_FIELDS = [
  'title',
  'theme',
  'objectives',
  'coordinators',
  'members',
  'secretariats',
] as const;
/** What a new activity must be given. */
export const NEW_ACTIVITY_FIELDS = ['text', 'plannedStart', 'plannedEnd'] as const;

export type PlanEntity = 'programme' | 'group' | 'activity' | 'contribution';
/** The entities the plan is made of. */
export const PLAN_ENTITIES: ReadonlySet<string> = new Set<PlanEntity>([
  'programme',
  'group',
  'activity',
  'contribution',
]);

/** Where the plan's operations are read from: a fold, or a fold with a batch of unsaved changes over it. */
export interface PlanSource {
  keys(entity: PlanEntity): Iterable<string>;
  /** The record's fields, or null when nothing was written to it or it was deleted. */
  record(entity: PlanEntity, key: string): Readonly<Record<string, JsonValue>> | null;
}

function parsed<T>(schema: z.ZodType<T>, value: unknown): T | undefined {
  const r = schema.safeParse(value);
  return r.success ? r.data : undefined;
}

function picked(record: Readonly<Record<string, JsonValue>> | null, names: readonly string[]) {
  const out: Record<string, JsonValue> = {};
  if (record) for (const name of names) if (Object.hasOwn(record, name)) out[name] = record[name]!;
  return out;
}

/** `PROGRAMME/GROUP` of a group or activity key, and the rest after it. */
function split(key: string, parts: number): [string, string] {
  const at = key.split('/');
  return [at.slice(0, parts).join('/'), at.slice(parts).join('/')];
}

function byNumber(a: Activity, b: Activity): number {
  return a.number.localeCompare(b.number, 'en', { numeric: true });
}

/** A shipped activity with a coordinator's edits: each field that validates replaces the document's. */
function editActivity(activity: Activity, edit: Readonly<Record<string, JsonValue>> | null): Activity {
  if (!edit) return activity;
  const plannedStart = parsed(PlannedDate, edit.plannedStart);
  const plannedEnd = parsed(PlannedDate, edit.plannedEnd);
  const text = parsed(Localized, edit.text);
  return {
    ...activity,
    ...(plannedStart && { plannedStart }),
    ...(plannedEnd && { plannedEnd }),
    ...(text && { text }),
  };
}

/** What a new activity is made of: the operation's fields over what the document would leave empty. */
export function newActivityRecord(
  group: Pick<WorkingGroup, 'programme' | 'numeral'>,
  id: string,
  record: Readonly<Record<string, JsonValue>>,
): Record<string, unknown> {
  return {
    id,
    programme: group.programme,
    group: group.numeral,
    number: split(id, 2)[1],
    section: null,
    subItems: [],
    footnotes: [],
    ...picked(record, NEW_ACTIVITY_FIELDS),
  };
}

/** What a new group is made of, defaulting what the secretariat need not give (background, impact, financing). */
export function newGroupRecord(
  id: string,
  record: Readonly<Record<string, JsonValue>>,
): Record<string, unknown> {
  const [programme, numeral] = split(id, 1);
  return {
    id,
    programme,
    numeral,
    background: [],
    expectedImpact: [],
    financing: [],
    contributions: [],
    activities: [],
    footnotes: [],
    ...picked(record, GROUP_FIELDS),
  };
}

function editGroup(group: WorkingGroup, record: Readonly<Record<string, JsonValue>> | null): WorkingGroup {
  if (!record) return group;
  return parsed(WorkingGroup, { ...group, ...picked(record, GROUP_FIELDS) }) ?? group;
}

function editProgramme(programme: Programme, record: Readonly<Record<string, JsonValue>> | null): Programme {
  if (!record) return programme;
  return parsed(Programme, { ...programme, ...picked(record, PROGRAMME_FIELDS) }) ?? programme;
}

function contributionsOf(group: WorkingGroup, keys: readonly string[], src: PlanSource) {
  if (keys.length === 0) return group.contributions;
  const byId = new Map(group.contributions.map((c) => [c.id, c]));
  for (const key of keys) {
    const id = split(key, 2)[1];
    const record = src.record('contribution', key);
    if (record === null) {
      byId.delete(id);
      continue;
    }
    const merged = parsed(PlannedContribution, { ...byId.get(id), ...record, id });
    if (merged) byId.set(id, merged);
  }
  return [...byId.values()];
}

/** Keys of `entity` filed under the `PROGRAMME[/GROUP]` they start with. */
function keysUnder(src: PlanSource, entity: PlanEntity, parts: number): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const key of src.keys(entity)) {
    const [parent] = split(key, parts);
    const list = out.get(parent);
    if (list) list.push(key);
    else out.set(parent, [key]);
  }
  return out;
}

/**
 * The programmes a database holds: the shipped ones with their edits, then those operations created,
 * oldest first; groups in the programme's order, activities by number.
 */
export function programmesOf(seed: readonly Programme[], src: PlanSource): Programme[] {
  const groupKeys = keysUnder(src, 'group', 1);
  const activityKeys = keysUnder(src, 'activity', 2);
  const contributionKeys = keysUnder(src, 'contribution', 2);
  const seeded = new Set(seed.map((p) => p.id));
  const created: Programme[] = [];
  for (const key of src.keys('programme')) {
    if (seeded.has(key)) continue;
    const record = src.record('programme', key);
    const programme = record && parsed(Programme, { id: key, sourceLang: 'es', ...record, groups: [] });
    if (programme) created.push(programme);
  }
  const all = [...seed.map((p) => editProgramme(p, src.record('programme', p.id))), ...created];
  return all.map((p) => {
    const shipped = new Set(p.groups.map((g) => g.id));
    const groups = p.groups.map((g) => editGroup(g, src.record('group', g.id)));
    for (const key of groupKeys.get(p.id) ?? []) {
      const record = shipped.has(key) ? null : src.record('group', key);
      const group = record && parsed(WorkingGroup, newGroupRecord(key, record));
      if (group) groups.push(group);
    }
    groups.sort((a, b) => compareNumerals(a.numeral, b.numeral));
    return {
      ...p,
      groups: groups.map((g) => {
        const known = new Set(g.activities.map((a) => a.id));
        const activities = g.activities.map((a) => editActivity(a, src.record('activity', a.id)));
        const added: Activity[] = [];
        for (const key of activityKeys.get(g.id) ?? []) {
          const record = known.has(key) ? null : src.record('activity', key);
          const activity = record && parsed(Activity, newActivityRecord(g, key, record));
          if (activity) added.push(editActivity(activity, record));
        }
        return {
          ...g,
          contributions: contributionsOf(g, contributionKeys.get(g.id) ?? [], src),
          activities: added.length === 0 ? activities : [...activities, ...added.sort(byNumber)],
        };
      }),
    };
  });
}

/** The number the next activity of a group takes: one after its highest whole number. */
export function nextActivityNumber(group: Pick<WorkingGroup, 'activities'>): string {
  const numbers = group.activities.map((a) => Number.parseInt(a.number, 10)).filter(Number.isFinite);
  return String(numbers.length === 0 ? 1 : Math.max(...numbers) + 1);
}
