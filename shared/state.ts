import type { Database } from './model/database';
import type { Activity, Programme, WorkingGroup } from './model/programme';
import { BudgetEntry, Meeting, ProgressReport, Review, Status } from './model/records';
import type { Status as StatusT } from './model/records';
import type { Operation } from './model/ops';
import { programmesOf, type PlanSource } from './domain/programmes';
import { fold, foldInto, recordOf } from './sync/fold';
import type { Folded } from './sync/fold';
import { reportsByActivity } from './domain/progress';

/**
 * What operations mean. Every change the app makes is one of these; bundles carry them and the
 * visible state is their fold over the seeded programmes.
 * - `progress`, key = report id: the fields of a ProgressReport except `id` and `review`.
 * - `review`, key = report id: the fields of a Review.
 * - `budget`, key = entry id: the fields of a BudgetEntry except `id`; `deleted: true` removes it.
 * - `activity`, key = activity id: plan edits, any of `plannedStart`, `plannedEnd` (PlannedDate),
 *   `text` (Localized), `status` (a coordinator's decision, a Status or null).
 * - `contribution`, key = `<group id>/<contribution id>`: the fields of a PlannedContribution except
 *   `id`; `deleted: true` removes it; an unknown id adds a line to the group's financing.
 * - `meeting`, key = meeting id: the fields of a Meeting except `id`; `deleted: true` removes it.
 * - `programme` and `group`, and activities the plan did not ship: see shared/domain/programmes.ts.
 * A field whose value does not validate is ignored, so a damaged or hostile bundle cannot break the screens.
 */
export function contributionKey(groupId: string, contributionId: string): string {
  return `${groupId}/${contributionId}`;
}

export interface Located {
  programme: Programme;
  group: WorkingGroup;
}

export interface LocatedActivity extends Located {
  activity: Activity;
}

export interface VisibleState {
  /** Shipped programmes with their edits, and those operations created (shared/domain/programmes.ts). */
  programmes: Programme[];
  reports: ProgressReport[];
  /** Per activity id, newest first. */
  reportsByActivity: Map<string, ProgressReport[]>;
  budget: BudgetEntry[];
  /** Meetings, workshops and seminars, oldest first. */
  meetings: Meeting[];
  /** Coordinators' status decisions per activity id. */
  decisions: Map<string, StatusT>;
  groups: Map<string, Located>;
  activities: Map<string, LocatedActivity>;
}

function parsed<T>(
  schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } },
  value: unknown,
): T | undefined {
  const r = schema.safeParse(value);
  return r.success ? r.data : undefined;
}

/** Keys whose records may have changed; null means all of them (a fold from scratch). */
type Dirty = Set<string> | null;

/**
 * Records of one entity parsed and validated, reusing the previous parse of every record no new
 * operation touched: validating ten thousand reports again for each save would make saves slow.
 */
function parseRecords<T>(
  keys: Iterable<string>,
  dirty: Dirty,
  previous: Map<string, T> | null,
  parse: (key: string) => T | undefined,
): Map<string, T> {
  const out = new Map<string, T>();
  for (const key of keys) {
    const value = dirty === null || previous === null || dirty.has(key) ? parse(key) : previous.get(key);
    if (value !== undefined) out.set(key, value);
  }
  return out;
}

function reportsOf(
  folded: Folded,
  dirty: Dirty,
  previous: Map<string, ProgressReport> | null,
): Map<string, ProgressReport> {
  return parseRecords(folded.progress.keys(), dirty, previous, (key) => {
    const record = recordOf(folded.progress.get(key));
    if (!record) return undefined;
    const review = recordOf(folded.review.get(key));
    return parsed(ProgressReport, {
      ...record,
      id: key,
      review: review ? (parsed(Review, review) ?? null) : null,
    });
  });
}

function budgetOf(
  folded: Folded,
  dirty: Dirty,
  previous: Map<string, BudgetEntry> | null,
): Map<string, BudgetEntry> {
  return parseRecords(folded.budget.keys(), dirty, previous, (key) => {
    const record = recordOf(folded.budget.get(key));
    return record ? parsed(BudgetEntry, { ...record, id: key }) : undefined;
  });
}

function meetingsOf(
  folded: Folded,
  dirty: Dirty,
  previous: Map<string, Meeting> | null,
): Map<string, Meeting> {
  return parseRecords(folded.meeting.keys(), dirty, previous, (key) => {
    const record = recordOf(folded.meeting.get(key));
    return record ? parsed(Meeting, { ...record, id: key }) : undefined;
  });
}

/** The plan's operations read from a fold. */
function planSource(folded: Folded): PlanSource {
  return {
    keys: (entity) => folded[entity].keys(),
    record: (entity, key) => recordOf(folded[entity].get(key)),
  };
}

interface Parsed {
  reports: Map<string, ProgressReport>;
  budget: Map<string, BudgetEntry>;
  meetings: Map<string, Meeting>;
}

function build(
  db: Readonly<Database>,
  folded: Folded,
  dirty: { progress: Dirty; budget: Dirty; meeting: Dirty },
  previous: Parsed | null,
): { state: VisibleState; parsed: Parsed } {
  const decisions = new Map<string, StatusT>();
  const groups = new Map<string, Located>();
  const activities = new Map<string, LocatedActivity>();
  const programmes = programmesOf(db.programmes, planSource(folded));
  for (const programme of programmes) {
    for (const group of programme.groups) {
      groups.set(group.id, { programme, group });
      for (const activity of group.activities) {
        activities.set(activity.id, { programme, group, activity });
        const decision = parsed(Status, recordOf(folded.activity.get(activity.id))?.status);
        if (decision) decisions.set(activity.id, decision);
      }
    }
  }
  const parsedNow: Parsed = {
    reports: reportsOf(folded, dirty.progress, previous?.reports ?? null),
    budget: budgetOf(folded, dirty.budget, previous?.budget ?? null),
    meetings: meetingsOf(folded, dirty.meeting, previous?.meetings ?? null),
  };
  const meetings = [...parsedNow.meetings.values()].sort(
    (a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id),
  );
  const reports = [...parsedNow.reports.values()];
  return {
    state: {
      programmes,
      reports,
      reportsByActivity: reportsByActivity(reports),
      budget: [...parsedNow.budget.values()],
      meetings,
      decisions,
      groups,
      activities,
    },
    parsed: parsedNow,
  };
}

interface Cache {
  programmes: Database['programmes'];
  ops: readonly Operation[];
  folded: Folded;
  parsed: Parsed;
  state: VisibleState;
}
let cache: Cache | null = null;

/** True when `ops` is `previous` with operations appended (the store appends by copying references). */
function extends_(ops: readonly Operation[], previous: readonly Operation[]): boolean {
  if (ops.length < previous.length) return false;
  return previous.length === 0 || ops[previous.length - 1] === previous[previous.length - 1];
}

/** The fold of a database's operations, as deriveState keeps it: read it, never change it. */
export function foldOf(db: Readonly<Database>): Readonly<Folded> {
  deriveState(db);
  return cache!.folded;
}

/**
 * The visible state of a database. Handlers call this on every request, so it is memoized: the same
 * database gives the same state without work, and a database whose ops only grew folds just the new ones.
 */
export function deriveState(db: Readonly<Database>): VisibleState {
  if (cache && cache.programmes === db.programmes && cache.ops === db.ops) return cache.state;
  let folded: Folded;
  let dirty: { progress: Dirty; budget: Dirty; meeting: Dirty } = {
    progress: null,
    budget: null,
    meeting: null,
  };
  let previous: Parsed | null = null;
  if (cache && cache.programmes === db.programmes && extends_(db.ops, cache.ops)) {
    const added = db.ops.slice(cache.ops.length);
    folded = foldInto(cache.folded, added);
    // A review changes the report it is on, so both entities mark the report's key.
    const keysOf = (...entities: string[]) =>
      new Set(added.filter((o) => entities.includes(o.entity)).map((o) => o.key));
    dirty = { progress: keysOf('progress', 'review'), budget: keysOf('budget'), meeting: keysOf('meeting') };
    previous = cache.parsed;
  } else {
    folded = fold(db.ops);
  }
  const { state, parsed: parsedNow } = build(db, folded, dirty, previous);
  cache = { programmes: db.programmes, ops: db.ops, folded, parsed: parsedNow, state };
  return state;
}
