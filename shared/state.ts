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
  /** Per record, each field's winning operation; advanced in place as operations are appended. */
  folded: Readonly<Folded>;
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

type DirtyKeys = { progress: Dirty; budget: Dirty; meeting: Dirty };

function build(db: Readonly<Database>, folded: Folded, dirty: DirtyKeys, previous: Parsed | null) {
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
  const state: VisibleState = {
    folded,
    programmes,
    reports,
    reportsByActivity: reportsByActivity(reports),
    budget: [...parsedNow.budget.values()],
    meetings,
    decisions,
    groups,
    activities,
  };
  return { state, parsed: parsedNow };
}

function markDirty(dirty: Dirty, ops: readonly Operation[], entities: readonly string[]): void {
  if (dirty === null) return;
  for (const op of ops) if (entities.includes(op.entity)) dirty.add(op.key);
}

/**
 * The fold of one database and what it shows, owned by the store that holds the database. Appending
 * operations folds just them; the visible state is rebuilt when next asked for, re-reading only the
 * records they touched. Both are made on first use, so opening a database does not fold its history.
 */
export class DatabaseState {
  #db: Readonly<Database>;
  #folded: Folded | null = null;
  #parsed: Parsed | null = null;
  #dirty: DirtyKeys = { progress: null, budget: null, meeting: null };
  #visible: VisibleState | null = null;

  constructor(db: Readonly<Database>) {
    this.#db = db;
  }

  /** The fold of every operation: read it, never change it. */
  folded(): Readonly<Folded> {
    this.#folded ??= fold(this.#db.ops);
    return this.#folded;
  }

  visible(): VisibleState {
    if (this.#visible === null) {
      const built = build(this.#db, this.folded(), this.#dirty, this.#parsed);
      this.#visible = built.state;
      this.#parsed = built.parsed;
      this.#dirty = { progress: new Set(), budget: new Set(), meeting: new Set() };
    }
    return this.#visible;
  }

  /** Moves on to `db`, which is the database held so far with `added` appended and any other part changed. */
  append(db: Readonly<Database>, added: readonly Operation[]): void {
    this.#db = db;
    this.#visible = null;
    if (this.#folded === null) return;
    foldInto(this.#folded, added);
    // A review changes the report it is on, so both entities mark the report's key.
    markDirty(this.#dirty.progress, added, ['progress', 'review']);
    markDirty(this.#dirty.budget, added, ['budget']);
    markDirty(this.#dirty.meeting, added, ['meeting']);
  }
}

/** The visible state of a database no store holds (a file read without opening it, a fixture), folded once. */
export function deriveState(db: Readonly<Database>): VisibleState {
  return new DatabaseState(db).visible();
}
