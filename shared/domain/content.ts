import type { z } from 'zod';
import { PlannedDate, compareMonths } from '../model/dates';
import type { Change, Entity, JsonValue, Operation } from '../model/ops';
import {
  Activity,
  ActivityId,
  GroupId,
  PlannedContribution,
  Programme,
  ProgrammeId,
  WorkingGroup,
  type Country,
  type Institution,
} from '../model/programme';
import { BudgetEntry, Meeting, ProgressReport, Review, Status } from '../model/records';
import { Localized } from '../model/text';
import { foldInto, type Folded } from '../sync/fold';
import { findActivity, findGroup } from './lookup';
import {
  ACTIVITY_FIELDS as ACTIVITY_FIELD_NAMES,
  GROUP_FIELDS as GROUP_FIELD_NAMES,
  NEW_ACTIVITY_FIELDS,
  NEW_GROUP_FIELDS,
  PLAN_ENTITIES,
  PROGRAMME_FIELDS as PROGRAMME_FIELD_NAMES,
  newActivityRecord,
  newGroupRecord,
  programmesOf,
  type PlanSource,
} from './programmes';

/**
 * What an operation may hold: one check, made where operations enter (a local save, a bundle, the
 * upgrade of a database written by an earlier version), against the schemas the records have.
 * Operations write some fields of one record; the record they leave must be valid, with known fields
 * only, within its bounds, and referring to things that exist and belong together.
 */

/** The rule an operation breaks; each has a message `sync:invalid.<rule>` in every language. */
export const CONTENT_RULES = [
  'unknown-field',
  'missing-field',
  'too-large',
  'too-small',
  'too-long',
  'too-short',
  'bad-format',
  'wrong-type',
  'not-allowed',
  'bad-precision',
  'inconsistent',
  'unknown-record',
  'not-deletable',
  'deletion-with-fields',
  'unknown-activity',
  'unknown-objective',
  'unknown-group',
  'other-group',
  'unknown-institution',
  'end-before-start',
  'author-mismatch',
  'unknown-programme',
  'unknown-country',
] as const;
export type ContentRule = (typeof CONTENT_RULES)[number];

export interface ContentIssue {
  rule: ContentRule;
  /** The field the rule is about, as the record names it (`percent`, `review.comment`); empty for the whole record. */
  field: string;
  /** The bound a value passed, where there is one. */
  limit?: number | string;
}

/** What the check reads of the state an operation lands on. */
export interface ContentContext {
  /** The programmes as the operations so far leave them (shared/domain/programmes.ts). */
  programmes: readonly Programme[];
  institutions: readonly Pick<Institution, 'id'>[];
  countries: readonly Pick<Country, 'iso3'>[];
  /** The record's current fields (`deleted: true` included when deleted), or null when nothing was written to it. */
  record(entity: Entity, key: string): Readonly<Record<string, JsonValue>> | null;
}

const PROGRESS_FIELDS = new Set(
  Object.keys(ProgressReport.shape).filter((k) => k !== 'id' && k !== 'review'),
);
const BUDGET_FIELDS = new Set(Object.keys(BudgetEntry.shape).filter((k) => k !== 'id'));
const MEETING_FIELDS = new Set(Object.keys(Meeting.shape).filter((k) => k !== 'id'));
const REVIEW_FIELDS = new Set(Object.keys(Review.shape));
const CONTRIBUTION_FIELDS = new Set(Object.keys(PlannedContribution.shape).filter((k) => k !== 'id'));
const ACTIVITY_FIELDS = new Set<string>(ACTIVITY_FIELD_NAMES);
const PROGRAMME_FIELDS = new Set<string>(PROGRAMME_FIELD_NAMES);
const GROUP_FIELDS = new Set<string>(GROUP_FIELD_NAMES);
/** Its own fields, without the groups that their own operations hold. */
const ProgrammeFields = Programme.omit({ groups: true });

const issue = (rule: ContentRule, field = '', limit?: number | string): ContentIssue =>
  limit === undefined ? { rule, field } : { rule, field, limit };

/** The first zod issue in the check's words. */
function fromZod(error: z.ZodError, record: Record<string, unknown>): ContentIssue {
  const first = error.issues[0]!;
  // The record's own field: what the message names (a part of it, such as a date's month, is that field's).
  const field = first.path.length > 0 ? String(first.path[0]) : '';
  switch (first.code) {
    case 'invalid_type':
      return issue(
        first.path.length === 1 && !Object.hasOwn(record, String(first.path[0]))
          ? 'missing-field'
          : 'wrong-type',
        field,
      );
    case 'too_big':
      return issue(first.origin === 'string' ? 'too-long' : 'too-large', field, Number(first.maximum));
    case 'too_small':
      return issue(first.origin === 'string' ? 'too-short' : 'too-small', field, Number(first.minimum));
    case 'invalid_format':
      return issue('bad-format', field);
    case 'invalid_value':
      return issue('not-allowed', field);
    case 'not_multiple_of':
      return issue('bad-precision', field, first.divisor);
    case 'unrecognized_keys':
      return issue('unknown-field', [...first.path.map(String), first.keys[0] ?? ''].join('.'));
    default:
      return issue('inconsistent', field);
  }
}

function parsed<T>(schema: z.ZodType<T>, value: Record<string, unknown>): ContentIssue | T {
  const r = schema.safeParse(value);
  return r.success ? r.data : fromZod(r.error, value);
}

function isIssue(v: unknown): v is ContentIssue {
  return (
    typeof v === 'object' &&
    v !== null &&
    'rule' in v &&
    typeof (v as ContentIssue).rule === 'string' &&
    'field' in v &&
    Object.keys(v).length <= 3
  );
}

function unknownField(
  fields: Readonly<Record<string, JsonValue>>,
  known: ReadonlySet<string>,
): ContentIssue | null {
  for (const name of Object.keys(fields)) if (!known.has(name)) return issue('unknown-field', name);
  return null;
}

/** The record's fields without the tombstone mark, or null when it does not exist or was deleted. */
function live(record: Readonly<Record<string, JsonValue>> | null): Record<string, JsonValue> | null {
  if (record === null || record.deleted === true) return null;
  const { deleted: _deleted, ...rest } = record;
  return rest;
}

const sameAuthor = (a: JsonValue | undefined, b: Operation['author']) =>
  typeof a === 'object' &&
  a !== null &&
  !Array.isArray(a) &&
  a.name === b.name &&
  a.email === b.email &&
  a.country === b.country &&
  a.role === b.role;

/**
 * `{ deleted: true }` alone, on a record that was ever written (deleting a deleted record again changes
 * nothing, and must be taken in any order of arrival); 'not-a-deletion' when `op` is not one.
 */
function deletionIssue(op: Operation, exists: boolean): ContentIssue | null | 'not-a-deletion' {
  if (!Object.hasOwn(op.fields, 'deleted')) return 'not-a-deletion';
  if (op.fields.deleted !== true) return issue('not-allowed', 'deleted');
  if (Object.keys(op.fields).length !== 1)
    return issue('deletion-with-fields', Object.keys(op.fields).find((k) => k !== 'deleted') ?? '');
  return exists ? null : issue('unknown-record');
}

function progressIssue(op: Operation, ctx: ContentContext): ContentIssue | null {
  const record = ctx.record('progress', op.key);
  const current = live(record);
  const deletion = deletionIssue(op, record !== null);
  if (deletion !== 'not-a-deletion') return deletion;
  // Seeded reports carry an empty review among their fields; a review itself is its own record.
  if (Object.hasOwn(op.fields, 'review') && op.fields.review !== null) return issue('not-allowed', 'review');
  const { review: _review, ...fields } = op.fields;
  const unknown = unknownField(fields, PROGRESS_FIELDS);
  if (unknown) return unknown;
  // A new report is its author's; the secretariat's consolidated bundle passes others' on as they made them.
  if (current === null && !sameAuthor(op.fields.author, op.author)) return issue('author-mismatch', 'author');
  const report = parsed(ProgressReport, { ...current, ...fields, id: op.key, review: null });
  if (isIssue(report)) return report;
  if (report.activity !== null && !findActivity(ctx.programmes, report.activity))
    return issue('unknown-activity', 'activity');
  if (report.objective !== null) {
    const [programme, numeral, ref] = report.objective.split('/') as [string, string, string];
    const group = findGroup(ctx.programmes, `${programme}/${numeral}`);
    const number = ref.slice('objective-'.length);
    if (!group?.objectives.some((o) => o.kind === 'specific' && o.number === number))
      return issue('unknown-objective', 'objective');
  }
  return null;
}

function reviewIssue(op: Operation, ctx: ContentContext): ContentIssue | null {
  if (live(ctx.record('progress', op.key)) === null) return issue('unknown-record');
  if (Object.hasOwn(op.fields, 'deleted')) return issue('not-deletable', 'deleted');
  const unknown = unknownField(op.fields, REVIEW_FIELDS);
  if (unknown) return unknown;
  const review = parsed(Review, { ...live(ctx.record('review', op.key)), ...op.fields });
  if (isIssue(review)) return review;
  // Only a coordinator or the secretariat reviews; a resolved conflict may confirm another reviewer's decision.
  return review.by.role === 'focal-point' ? issue('not-allowed', 'by') : null;
}

function budgetIssue(op: Operation, ctx: ContentContext): ContentIssue | null {
  const record = ctx.record('budget', op.key);
  const current = live(record);
  const deletion = deletionIssue(op, record !== null);
  if (deletion !== 'not-a-deletion') return deletion;
  const unknown = unknownField(op.fields, BUDGET_FIELDS);
  if (unknown) return unknown;
  if (current === null && !sameAuthor(op.fields.author, op.author)) return issue('author-mismatch', 'author');
  const entry = parsed(BudgetEntry, { ...current, ...op.fields, id: op.key });
  if (isIssue(entry)) return entry;
  const group = findGroup(ctx.programmes, entry.group);
  if (!group) return issue('unknown-group', 'group');
  if (group.programme !== entry.programme) return issue('other-group', 'programme');
  if (entry.activity !== null && !group.activities.some((a) => a.id === entry.activity)) {
    return findActivity(ctx.programmes, entry.activity)
      ? issue('other-group', 'activity')
      : issue('unknown-activity', 'activity');
  }
  if (entry.institution !== null && !ctx.institutions.some((i) => i.id === entry.institution))
    return issue('unknown-institution', 'institution');
  return null;
}

function meetingIssue(op: Operation, ctx: ContentContext): ContentIssue | null {
  const record = ctx.record('meeting', op.key);
  const current = live(record);
  const deletion = deletionIssue(op, record !== null);
  if (deletion !== 'not-a-deletion') return deletion;
  const unknown = unknownField(op.fields, MEETING_FIELDS);
  if (unknown) return unknown;
  if (current === null && !sameAuthor(op.fields.author, op.author)) return issue('author-mismatch', 'author');
  const merged: Record<string, unknown> = { ...current, ...op.fields, id: op.key };
  if (typeof merged.start === 'string' && typeof merged.end === 'string' && merged.end < merged.start)
    return issue('end-before-start', 'end');
  const meeting = parsed(Meeting, merged);
  if (isIssue(meeting)) return meeting;
  const group = findGroup(ctx.programmes, meeting.group);
  if (!group) return issue('unknown-group', 'group');
  for (const id of meeting.activities) {
    if (!group.activities.some((a) => a.id === id))
      return findActivity(ctx.programmes, id)
        ? issue('other-group', 'activities')
        : issue('unknown-activity', 'activities');
  }
  for (const ref of meeting.objectives) {
    const [programme, numeral, objective] = ref.split('/') as [string, string, string];
    const number = objective.slice('objective-'.length);
    if (`${programme}/${numeral}` !== group.id) return issue('other-group', 'objectives');
    if (!group.objectives.some((o) => o.kind === 'specific' && o.number === number))
      return issue('unknown-objective', 'objectives');
  }
  return null;
}

function activityIssue(op: Operation, ctx: ContentContext): ContentIssue | null {
  if (Object.hasOwn(op.fields, 'deleted')) return issue('not-deletable', 'deleted');
  const unknown = unknownField(op.fields, ACTIVITY_FIELDS);
  if (unknown) return unknown;
  const found = findActivity(ctx.programmes, op.key) ?? newActivityIn(op, ctx);
  if (isIssue(found)) return found;
  const edit = { ...live(ctx.record('activity', op.key)), ...op.fields };
  for (const name of ['plannedStart', 'plannedEnd'] as const) {
    if (Object.hasOwn(op.fields, name)) {
      const date = parsed(PlannedDate, op.fields[name] as Record<string, unknown>);
      if (isIssue(date)) return { ...date, field: name };
    }
  }
  if (Object.hasOwn(op.fields, 'text')) {
    const text = parsed(Localized, op.fields.text as Record<string, unknown>);
    if (isIssue(text)) return { ...text, field: 'text' };
  }
  if (
    Object.hasOwn(op.fields, 'status') &&
    op.fields.status !== null &&
    !Status.safeParse(op.fields.status).success
  )
    return issue('not-allowed', 'status');
  const month = (name: 'plannedStart' | 'plannedEnd') => {
    const date = PlannedDate.safeParse(edit[name]);
    return date.success ? date.data.month : found.activity[name].month;
  };
  const start = month('plannedStart');
  const end = month('plannedEnd');
  return start !== null && end !== null && compareMonths(end, start) < 0
    ? issue('end-before-start', 'plannedEnd')
    : null;
}

/** A new activity an operation creates: in a group that exists, with all an activity needs. */
function newActivityIn(op: Operation, ctx: ContentContext): ContentIssue | { activity: Activity } {
  const group = findGroup(ctx.programmes, op.key.split('/').slice(0, 2).join('/'));
  if (!group || !ActivityId.safeParse(op.key).success) return issue('unknown-group');
  const fields = { ...live(ctx.record('activity', op.key)), ...op.fields };
  for (const name of NEW_ACTIVITY_FIELDS)
    if (!Object.hasOwn(fields, name)) return issue('missing-field', name);
  const activity = parsed(Activity, newActivityRecord(group, op.key, fields));
  return isIssue(activity) ? activity : { activity };
}

/** A programme's title, symbol, period and versions; its groups are operations of their own. */
function programmeIssue(op: Operation, ctx: ContentContext): ContentIssue | null {
  if (!ProgrammeId.safeParse(op.key).success) return issue('bad-format', 'programme');
  if (Object.hasOwn(op.fields, 'deleted')) return issue('not-deletable', 'deleted');
  const unknown = unknownField(op.fields, PROGRAMME_FIELDS);
  if (unknown) return unknown;
  const held = ctx.programmes.find((p) => p.id === op.key);
  const { groups: _groups, ...base } = held ?? { sourceLang: 'es', groups: [] };
  const merged = { ...base, ...live(ctx.record('programme', op.key)), ...op.fields, id: op.key };
  const programme = parsed(ProgrammeFields, merged);
  if (isIssue(programme)) return programme;
  return compareMonths(programme.end, programme.start) < 0 ? issue('end-before-start', 'end') : null;
}

/** A group's fields: in a programme that exists, naming institutions and countries of the catalogue. */
function groupIssue(op: Operation, ctx: ContentContext): ContentIssue | null {
  if (!GroupId.safeParse(op.key).success) return issue('bad-format', 'group');
  if (Object.hasOwn(op.fields, 'deleted')) return issue('not-deletable', 'deleted');
  const unknown = unknownField(op.fields, GROUP_FIELDS);
  if (unknown) return unknown;
  const programme = ctx.programmes.find((p) => p.id === op.key.split('/')[0]);
  if (!programme) return issue('unknown-programme', 'programme');
  const held = programme.groups.find((g) => g.id === op.key);
  const fields = { ...live(ctx.record('group', op.key)), ...op.fields };
  const group = held ? parsed(WorkingGroup, { ...held, ...fields }) : newGroupIssue(op.key, fields);
  if (isIssue(group)) return group;
  const institutions = new Set(ctx.institutions.map((i) => i.id));
  const countries = new Set(ctx.countries.map((c) => c.iso3));
  if (group.coordinators.some((c) => !institutions.has(c.institution)))
    return issue('unknown-institution', 'coordinators');
  if (group.secretariats.some((id) => !institutions.has(id)))
    return issue('unknown-institution', 'secretariats');
  if (group.coordinators.some((c) => !countries.has(c.country)))
    return issue('unknown-country', 'coordinators');
  if (group.members.some((c) => !countries.has(c))) return issue('unknown-country', 'members');
  return null;
}

/** A new group as the fold makes it, or the first rule its fields break. */
function newGroupIssue(id: string, fields: Record<string, JsonValue>): ContentIssue | WorkingGroup {
  for (const name of NEW_GROUP_FIELDS) if (!Object.hasOwn(fields, name)) return issue('missing-field', name);
  return parsed(WorkingGroup, newGroupRecord(id, fields));
}

function contributionIssue(op: Operation, ctx: ContentContext): ContentIssue | null {
  const slash = op.key.lastIndexOf('/');
  const group = findGroup(ctx.programmes, op.key.slice(0, slash));
  if (!group || slash === -1) return issue('unknown-group');
  const id = op.key.slice(slash + 1);
  const seeded = group.contributions.find((c) => c.id === id);
  const record = ctx.record('contribution', op.key);
  const current =
    record === null ? (seeded ?? null) : record.deleted === true ? null : { ...seeded, ...live(record) };
  const deletion = deletionIssue(op, current !== null);
  if (deletion !== 'not-a-deletion') return deletion;
  const unknown = unknownField(op.fields, CONTRIBUTION_FIELDS);
  if (unknown) return unknown;
  const line = parsed(PlannedContribution, { ...current, ...op.fields, id });
  if (isIssue(line)) return line;
  if (line.institution !== null && !ctx.institutions.some((i) => i.id === line.institution))
    return issue('unknown-institution', 'institution');
  return null;
}

/** Null when `op` may be applied to the state `ctx` describes; otherwise the first rule it breaks. */
export function contentIssue(op: Operation, ctx: ContentContext): ContentIssue | null {
  switch (op.entity) {
    case 'progress':
      return progressIssue(op, ctx);
    case 'review':
      return reviewIssue(op, ctx);
    case 'budget':
      return budgetIssue(op, ctx);
    case 'activity':
      return activityIssue(op, ctx);
    case 'contribution':
      return contributionIssue(op, ctx);
    case 'meeting':
      return meetingIssue(op, ctx);
    case 'programme':
      return programmeIssue(op, ctx);
    case 'group':
      return groupIssue(op, ctx);
  }
}

/** Whether an operation can change which programmes, groups or activities exist. */
function reshapes(op: Pick<Operation, 'entity' | 'key'>, programmes: readonly Programme[]): boolean {
  if (op.entity === 'programme' || op.entity === 'group') return true;
  return op.entity === 'activity' && !findActivity(programmes, op.key);
}

/** The plan's records as `folded` holds them, with `laid` (unsaved changes by slot) over them. */
function planSource(
  folded: Readonly<Folded>,
  laid?: ReadonlyMap<string, Record<string, JsonValue>>,
): PlanSource {
  return {
    *keys(entity) {
      yield* folded[entity].keys();
      if (laid)
        for (const slot of laid.keys()) {
          const [e, key] = slot.split('|') as [string, string];
          if (e === entity && !folded[entity].has(key)) yield key;
        }
    },
    record(entity, key) {
      const over = laid?.get(`${entity}|${key}`);
      const fields = folded[entity].get(key);
      const base = fields ? fields.toObject() : null;
      const deleted = over ? over.deleted === true : fields?.value('deleted') === true;
      if (deleted || (!over && !base)) return null;
      return { ...base, ...over };
    },
  };
}

/** The shipped programmes and the catalogue the check reads. */
type Catalogue = Pick<ContentContext, 'institutions' | 'countries'> & { programmes: readonly Programme[] };

/** The programmes as the shipped ones and `plan` (a fold holding at least every plan operation) make them. */
export function programmesOfPlan(db: Pick<Catalogue, 'programmes'>, plan: Readonly<Folded>): Programme[] {
  return programmesOf(db.programmes, planSource(plan));
}

/**
 * The context of a fold: each record's current fields, its tombstone mark included, and the programmes
 * as `plan` (a fold holding at least every plan operation; `folded` itself when it holds them all) leaves them.
 */
export function foldedContext(
  folded: Folded,
  db: Catalogue,
  plan: Readonly<Folded> = folded,
): ContentContext {
  return {
    programmes: programmesOfPlan(db, plan),
    institutions: db.institutions,
    countries: db.countries,
    record(entity, key) {
      const fields = folded[entity].get(key);
      if (!fields) return null;
      return fields.value('deleted') === true ? { ...fields.toObject(), deleted: true } : fields.toObject();
    },
  };
}

/**
 * The first of `ops` that breaks a rule, each judged on `folded` as the operations before it left it
 * (`folded`, and `plan` where it is another fold, are advanced as the check goes).
 */
export function firstContentIssue(
  ops: Iterable<Operation>,
  folded: Folded,
  db: Catalogue,
  plan: Folded = folded,
): { op: Operation; issue: ContentIssue } | null {
  const ctx = foldedContext(folded, db, plan);
  for (const op of ops) {
    const issue = contentIssue(op, ctx);
    if (issue) return { op, issue };
    foldInto(folded, [op]);
    if (plan !== folded && PLAN_ENTITIES.has(op.entity)) foldInto(plan, [op]);
    if (reshapes(op, ctx.programmes)) ctx.programmes = programmesOfPlan(db, plan);
  }
  return null;
}

/** The details a refusal of `op` for `issue` names: the record, the field and the rule, and its bound. */
export function issueDetails(
  op: Pick<Operation, 'entity' | 'key'>,
  issue: ContentIssue,
  /** The record as a person tells it apart (shared/domain/recordLabel.ts); the key is for logs. */
  record: string,
): Record<string, string | number> {
  return {
    entity: op.entity,
    key: op.key,
    record,
    rule: issue.rule,
    field: issue.field || 'record',
    ...(issue.limit !== undefined && { limit: issue.limit }),
  };
}

/**
 * The first of `changes` that breaks a rule once made by `author`: what a local save checks before it
 * is stamped. Each is judged on the records as `folded` holds them with the batch's earlier changes
 * laid over them; `folded` itself is not changed.
 */
export function firstChangeIssue(
  changes: readonly Change[],
  author: Operation['author'],
  folded: Readonly<Folded>,
  db: Catalogue,
): { change: Change; issue: ContentIssue } | null {
  const base = foldedContext(folded, db);
  const laid = new Map<string, Record<string, JsonValue>>();
  const ctx: ContentContext = {
    ...base,
    record: (entity, key) => laid.get(`${entity}|${key}`) ?? base.record(entity, key),
  };
  for (const change of changes) {
    const op: Operation = {
      hlc: '',
      site: '',
      author,
      entity: change.entity,
      key: change.key,
      fields: change.fields,
      prev: {},
    };
    const issue = contentIssue(op, ctx);
    if (issue) return { change, issue };
    const slot = `${change.entity}|${change.key}`;
    laid.set(slot, { ...(ctx.record(change.entity, change.key) ?? {}), ...change.fields });
    if (reshapes(op, ctx.programmes)) ctx.programmes = programmesOf(db.programmes, planSource(folded, laid));
  }
  return null;
}
