import type { programmeApi, ActivityView, ReportView } from '../../shared/api/programme';
import type { ProgrammeHeader } from '../../shared/api/common';
import { plannedByCurrency } from '../../shared/domain/budget';
import { isOverdue, summarizeGroup } from '../../shared/domain/progress';
import { validatePlan } from '../../shared/domain/validation';
import { fail } from '../../shared/errors';
import type { JsonValue } from '../../shared/model/ops';
import type { Programme, WorkingGroup } from '../../shared/model/programme';
import type { VisibleState } from '../../shared/state';
import { isClosed } from '../../shared/domain/currentProgramme';
import { isOwnReport, reportStamps, reviewStateOf } from '../../shared/domain/review';
import type { Identity, ProgressReport } from '../../shared/model/records';
import type { Operation } from '../../shared/model/ops';
import { mayCoordinate } from '../../shared/domain/roles';
import { mayAmendReport, permissionsFor } from './access';
import type { HandlerContext, HandlerStore, HandlersFor } from './context';
import { refuseInvalid } from './invalid';
import { findActivity, findGroup } from './lookup';

/** What the screens need of a programme without its groups. */
export function headerOf(p: Programme): ProgrammeHeader {
  return { id: p.id, title: p.title, symbol: p.symbol, start: p.start, end: p.end };
}

function stateOfActivity(state: VisibleState) {
  return (activityId: string) => ({
    latest: state.reportsByActivity.get(activityId)?.[0] ?? null,
    decision: state.decisions.get(activityId) ?? null,
  });
}

function viewOf(state: VisibleState, activityId: string, today: Date): ActivityView {
  const { activity } = findActivity(state, activityId);
  const reports = state.reportsByActivity.get(activityId) ?? [];
  const latest = reports[0] ?? null;
  const decision = state.decisions.get(activityId) ?? null;
  return {
    activity,
    decision,
    latest,
    overdue: isOverdue(activity, latest, today, decision),
    reportCount: reports.length,
  };
}

/** Reports with their review state and what `identity` may do with each. */
export function reportViews(
  reports: readonly ProgressReport[],
  ops: readonly Operation[],
  identity: Identity | null,
  group: WorkingGroup,
  programmes: readonly Programme[],
): ReportView[] {
  const stamps = reportStamps(ops, new Set(reports.map((r) => r.id)));
  const reviewable = identity !== null && mayCoordinate(identity, group.id, programmes);
  return reports.map((r) => {
    const s = stamps.get(r.id);
    const own = identity !== null && isOwnReport(identity, r);
    return {
      ...r,
      reviewState: reviewStateOf(r.review, s),
      corrected: s?.corrected ?? false,
      amendable: mayAmendReport(identity, group, r),
      reviewable: reviewable && !own,
    };
  });
}

function summaryOf(state: VisibleState, group: WorkingGroup, today: Date) {
  return summarizeGroup(group, stateOfActivity(state), today);
}

export function programmeHandlers(
  store: HandlerStore,
  ctx: HandlerContext,
): HandlersFor<typeof programmeApi> {
  const state = () => store.state();
  return {
    async 'programmes.list'() {
      // Most recent biennium first: the overview opens on it.
      return [...state().programmes]
        .sort((a, b) => b.id.localeCompare(a.id))
        .map((p) => ({ ...headerOf(p), groupCount: p.groups.length }));
    },

    async 'programme.get'({ programmeId }) {
      const s = state();
      const programme = s.programmes.find((p) => p.id === programmeId);
      if (!programme) fail('unknown-programme', 'errors:unknown-programme', { id: programmeId });
      const today = ctx.today();
      return {
        programme,
        summaries: programme.groups.map((g) => summaryOf(s, g, today)),
        closed: isClosed(programme, today),
      };
    },

    async 'group.get'({ groupId }) {
      const s = state();
      const { programme, group } = findGroup(s, groupId);
      const today = ctx.today();
      return {
        programme: headerOf(programme),
        group,
        summary: summaryOf(s, group, today),
        activities: group.activities.map((a) => viewOf(s, a.id, today)),
        plannedTotals: plannedByCurrency(group.contributions),
        permissions: permissionsFor(store.read().identity, group),
        referenceMeetings: s.meetings
          .filter((m) => group.references?.some((r) => r.meetings.includes(m.id)))
          .map((m) => ({ id: m.id, title: m.title })),
      };
    },

    async 'activity.get'({ activityId }) {
      const db = store.read();
      const s = store.state();
      const { programme, group } = findActivity(s, activityId);
      return {
        programme: headerOf(programme),
        group: { id: group.id, numeral: group.numeral, title: group.title },
        view: viewOf(s, activityId, ctx.today()),
        reports: reportViews(
          s.reportsByActivity.get(activityId) ?? [],
          db.ops,
          db.identity,
          group,
          s.programmes,
        ),
        permissions: permissionsFor(db.identity, group),
      };
    },

    async 'plan.update'({ activityId, plannedStart, plannedEnd, decision }) {
      const { group, activity } = findActivity(state(), activityId);
      if (!permissionsFor(store.read().identity, group).editPlan)
        fail('forbidden', 'errors:forbidden', { action: 'plan.update' });
      const start = plannedStart === undefined ? activity.plannedStart.month : plannedStart;
      const end = plannedEnd === undefined ? activity.plannedEnd.month : plannedEnd;
      refuseInvalid(validatePlan(start, end));
      const fields: Record<string, JsonValue> = {};
      // A reschedule is one decision: both dates are written, so that settling a conflict between two
      // reschedules never pairs one side's start with the other's end. The document's words stay beside the months.
      if (plannedStart !== undefined || plannedEnd !== undefined) {
        fields.plannedStart = { ...activity.plannedStart, month: start };
        fields.plannedEnd = { ...activity.plannedEnd, month: end };
      }
      if (decision !== undefined) fields.status = decision;
      if (Object.keys(fields).length > 0)
        await store.commit([{ entity: 'activity', key: activityId, fields }]);
      return viewOf(state(), activityId, ctx.today());
    },

    async 'catalogue.get'() {
      const db = store.read();
      return { countries: db.countries, institutions: db.institutions };
    },
  };
}
