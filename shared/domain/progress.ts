import { compareMonths, monthOf } from '../model/dates';
import type { Month } from '../model/dates';
import type { Activity, WorkingGroup } from '../model/programme';
import type { ProgressReport, Status } from '../model/records';

/** Newest first: by report date, then by id (ids made here start with a time stamp, so later saves sort later). */
export function compareReportsNewestFirst(a: ProgressReport, b: ProgressReport): number {
  if (a.reportDate !== b.reportDate) return a.reportDate < b.reportDate ? 1 : -1;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

export function latestReport(reports: readonly ProgressReport[]): ProgressReport | null {
  let best: ProgressReport | null = null;
  for (const r of reports) if (best === null || compareReportsNewestFirst(r, best) < 0) best = r;
  return best;
}

/** Reports grouped by activity, each list newest first. Reports on objectives are left out. */
export function reportsByActivity(reports: readonly ProgressReport[]): Map<string, ProgressReport[]> {
  const out = new Map<string, ProgressReport[]>();
  for (const r of reports) {
    if (r.activity === null) continue;
    const list = out.get(r.activity);
    if (list) list.push(r);
    else out.set(r.activity, [r]);
  }
  for (const list of out.values()) list.sort(compareReportsNewestFirst);
  return out;
}

/**
 * The status the plan shows. A coordinator's decision to cancel stands whatever a country reports;
 * otherwise the latest report speaks, then any other decision, and an activity nobody touched has not started.
 */
export function effectiveStatus(latest: ProgressReport | null, decision: Status | null = null): Status {
  if (decision === 'cancelled') return decision;
  return latest?.status ?? decision ?? 'not-started';
}

const ENDED: ReadonlySet<Status> = new Set(['completed', 'cancelled']);

/**
 * Overdue: the planned end month is known and has fully passed, and the activity is neither completed
 * nor cancelled. An end given only in words ("To be decided…") is never overdue: there is nothing to pass.
 */
export function isOverdue(
  activity: Activity,
  latest: ProgressReport | null,
  today: Date | Month,
  decision: Status | null = null,
): boolean {
  const end = activity.plannedEnd.month;
  if (end === null) return false;
  if (ENDED.has(effectiveStatus(latest, decision))) return false;
  const now = typeof today === 'string' ? today : monthOf(today);
  return compareMonths(end, now) < 0;
}

export interface CompletionShare {
  completed: number;
  /** Activities that count: cancelled ones are left out, they will never complete. */
  total: number;
  /** completed / total, 0 when there is nothing to complete. */
  share: number;
}

export function completionShare(statuses: readonly Status[]): CompletionShare {
  const counted = statuses.filter((s) => s !== 'cancelled');
  const completed = counted.filter((s) => s === 'completed').length;
  return { completed, total: counted.length, share: counted.length === 0 ? 0 : completed / counted.length };
}

export interface GroupSummary {
  id: string;
  numeral: string;
  title: WorkingGroup['title'];
  theme: WorkingGroup['theme'];
  coordinators: WorkingGroup['coordinators'];
  activityCount: number;
  completion: CompletionShare;
  overdueCount: number;
  /** Report date of the newest report on any activity of the group, or null. */
  lastUpdate: string | null;
}

export interface ActivityState {
  latest: ProgressReport | null;
  decision: Status | null;
}

export function summarizeGroup(
  group: WorkingGroup,
  stateOf: (activityId: string) => ActivityState,
  today: Date | Month,
): GroupSummary {
  const statuses: Status[] = [];
  let overdueCount = 0;
  let lastUpdate: string | null = null;
  for (const a of group.activities) {
    const { latest, decision } = stateOf(a.id);
    statuses.push(effectiveStatus(latest, decision));
    if (isOverdue(a, latest, today, decision)) overdueCount += 1;
    if (latest && (lastUpdate === null || latest.reportDate > lastUpdate)) lastUpdate = latest.reportDate;
  }
  return {
    id: group.id,
    numeral: group.numeral,
    title: group.title,
    theme: group.theme,
    coordinators: group.coordinators,
    activityCount: group.activities.length,
    completion: completionShare(statuses),
    overdueCount,
    lastUpdate,
  };
}
