import type { homeApi, Deadline, ReportItem } from '../../shared/api/home';
import { currentProgramme, isClosed } from '../../shared/domain/currentProgramme';
import { effectiveStatus, summarizeGroup } from '../../shared/domain/progress';
import { isOwnReport, reportStamps, reviewStateOf } from '../../shared/domain/review';
import { compareMonths, monthIndex, monthOf } from '../../shared/model/dates';
import type { ProgressReport } from '../../shared/model/records';
import type { VisibleState } from '../../shared/state';
import { findConflicts } from '../../shared/sync/conflicts';
import { intakeOf } from '../../shared/sync/intake';
import { mayCoordinate } from '../../shared/domain/roles';
import { groupOfRef } from '../../shared/sync/scope';
import { unsentCount } from '../bundle/export';
import { mayDecide } from '../sync/decisions';
import { permissionsFor } from './access';
import type { HandlerContext, HandlerStore, HandlersFor } from './context';

/** How far ahead "deadlines coming" looks: this month and the next two. */
const DEADLINE_MONTHS = 2;

function itemOf(state: VisibleState, r: ProgressReport): ReportItem | null {
  const located = r.activity === null ? undefined : state.activities.get(r.activity);
  if (!located) return null;
  const { group, activity } = located;
  return {
    reportId: r.id,
    activityId: activity.id,
    groupNumeral: group.numeral,
    activityNumber: activity.number,
    activityText: activity.text,
    country: r.country,
    author: r.author.name,
    reportDate: r.reportDate,
    status: r.status,
    percent: r.percent,
    review: r.review,
  };
}

export function homeHandlers(store: HandlerStore, ctx: HandlerContext): HandlersFor<typeof homeApi> {
  return {
    async 'home.get'() {
      const db = store.read();
      const state = store.state();
      const identity = db.identity;
      const today = ctx.today();
      const role = identity?.role ?? 'focal-point';
      const current = currentProgramme(state.programmes, today);
      const closed = current !== null && isClosed(current, today);
      const secretariat = identity?.role === 'secretariat';
      // The groups she declared, else every group she may report in.
      const reportable =
        current && identity && !secretariat
          ? current.groups.filter((g) => permissionsFor(identity, g).report)
          : [];
      const declared = reportable.filter((g) => identity?.groups.includes(g.id));
      const mine = declared.length > 0 ? declared : reportable;
      const stateOf = (activityId: string) => ({
        latest: state.reportsByActivity.get(activityId)?.[0] ?? null,
        decision: state.decisions.get(activityId) ?? null,
      });

      // Reports typed into this app, not the progress the seeded documents describe.
      const reports = state.reports.filter((r) => r.narrative === null);
      const stamps = reportStamps(db.ops);
      const withState = reports.map((r) => ({ r, state: reviewStateOf(r.review, stamps.get(r.id)) }));
      const items = (list: typeof withState) =>
        list
          .map(({ r }) => itemOf(state, r))
          .filter((i): i is ReportItem => i !== null)
          .sort((a, b) => (a.reportDate < b.reportDate ? 1 : -1));
      const returned =
        identity && !secretariat
          ? items(withState.filter(({ r, state: s }) => s === 'returned' && r.country === identity.country))
          : [];
      const awaitingReview = identity
        ? items(
            withState.filter(({ r, state: s }) => {
              const group = groupOfRef(r.activity);
              const ownCountry = !secretariat && r.country === identity.country;
              return (
                s === 'awaiting-review' &&
                group !== null &&
                !ownCountry &&
                !isOwnReport(identity, r) &&
                mayCoordinate(identity, group, db.programmes)
              );
            }),
          )
        : [];

      const deadlines: Deadline[] = [];
      if (current && !closed) {
        const now = monthOf(today);
        for (const g of mine) {
          for (const a of g.activities) {
            const end = a.plannedEnd.month;
            if (
              end === null ||
              compareMonths(end, now) < 0 ||
              monthIndex(end) - monthIndex(now) > DEADLINE_MONTHS
            )
              continue;
            const { latest, decision } = stateOf(a.id);
            const status = effectiveStatus(latest, decision);
            if (status === 'completed' || status === 'cancelled') continue;
            deadlines.push({
              activityId: a.id,
              groupNumeral: g.numeral,
              activityNumber: a.number,
              text: a.text,
              plannedEnd: end,
            });
          }
        }
        deadlines.sort((a, b) => compareMonths(a.plannedEnd, b.plannedEnd));
      }

      return {
        role,
        programme: current && {
          id: current.id,
          title: current.title,
          symbol: current.symbol,
          start: current.start,
          end: current.end,
          closed,
        },
        myGroups: mine.map((g) => summarizeGroup(g, stateOf, today)),
        returned,
        awaitingReview,
        unsent: unsentCount(db, state.programmes),
        deadlines,
        silentCountries:
          secretariat && current
            ? intakeOf(db, state.programmes, current.id, `${current.start}-01`).silentCountries
            : null,
        conflicts: identity ? findConflicts(db.ops).filter((c) => mayDecide(db, identity, c)).length : 0,
      };
    },
  };
}
