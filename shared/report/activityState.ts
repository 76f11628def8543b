import { effectiveStatus, isOverdue, latestReport } from '../domain/progress';
import type { Activity } from '../model/programme';
import type { ProgressReport, Status } from '../model/records';

/** A percent or status as printed: the value, or the report's silence. */
export type Stated<T> = T | 'not-stated';

/** A report's percent as printed: a completed one counts as 100; a report that states none says so, whatever its status. */
export function reportedPercent(r: Pick<ProgressReport, 'status' | 'percent'>): Stated<number> {
  if (r.percent === null) return 'not-stated';
  return r.status === 'completed' ? 100 : r.percent;
}

export interface ActivityState {
  activity: Activity;
  latest: ProgressReport | null;
  status: Status;
  /** False when neither a report nor a coordinator's decision speaks for the activity: the sheet prints "no report". */
  known: boolean;
  /** The latest percent; a completed activity counts as 100 whatever was typed; null when the latest report states none. */
  percent: number | null;
  overdue: boolean;
}

export function activityStates(
  activities: readonly Activity[],
  progress: readonly ProgressReport[],
  decisions: ReadonlyMap<string, Status>,
  today: Date,
): ActivityState[] {
  const byActivity = new Map<string, ProgressReport[]>();
  for (const r of progress) {
    if (r.activity === null) continue;
    const list = byActivity.get(r.activity) ?? [];
    list.push(r);
    byActivity.set(r.activity, list);
  }
  return activities.map((activity) => {
    const latest = latestReport(byActivity.get(activity.id) ?? []);
    const decision = decisions.get(activity.id) ?? null;
    const status = effectiveStatus(latest, decision);
    return {
      activity,
      latest,
      status,
      known: latest !== null || decision !== null,
      percent: status === 'completed' ? 100 : latest === null ? 0 : latest.percent,
      overdue: isOverdue(activity, latest, today, decision),
    };
  });
}

export interface StatusCounts {
  total: number;
  completed: number;
  inProgress: number;
  delayed: number;
  overdue: number;
  notStarted: number;
  /** Mean percent of the activities that can still complete (cancelled ones, and reports that state no percent, left out), 0–1. */
  overall: number;
}

export function statusCounts(states: readonly ActivityState[]): StatusCounts {
  const counted = states.filter((s) => s.status !== 'cancelled' && s.percent !== null);
  const count = (pred: (s: ActivityState) => boolean) => states.filter(pred).length;
  return {
    total: states.length,
    completed: count((s) => s.status === 'completed'),
    inProgress: count((s) => s.status === 'in-progress'),
    delayed: count((s) => s.status === 'delayed' || s.status === 'postponed'),
    overdue: count((s) => s.overdue),
    notStarted: count((s) => s.status === 'not-started'),
    overall:
      counted.length === 0 ? 0 : counted.reduce((sum, s) => sum + (s.percent ?? 0), 0) / counted.length / 100,
  };
}

/** Newest report date among the states, or null: the "data as of" date. */
export function newestReportDate(states: readonly ActivityState[]): string | null {
  let best: string | null = null;
  for (const s of states)
    if (s.latest && (best === null || s.latest.reportDate > best)) best = s.latest.reportDate;
  return best;
}
