import type { progressApi } from '../../shared/api/progress';
import { validateProgress } from '../../shared/domain/validation';
import { fail } from '../../shared/errors';
import type { ProgressReport } from '../../shared/model/records';
import { authorOf, countryFor, mayAmendReport, refuseWrite, requireIdentity } from './access';
import { newId } from './context';
import type { HandlerContext, HandlerStore, HandlersFor } from './context';
import { refuseInvalid } from './invalid';
import { findActivity } from './lookup';

/** The report and its place, refused unless the identity may correct or withdraw it. */
function amendable(store: HandlerStore, reportId: string, action: string) {
  const db = store.read();
  const identity = requireIdentity(db.identity);
  const state = store.state();
  const report = state.reports.find((r) => r.id === reportId);
  if (!report || report.activity === null) fail('unknown-report', 'errors:unknown-report', { id: reportId });
  const located = findActivity(state, report.activity);
  if (!mayAmendReport(identity, located.group, report))
    fail('forbidden', 'errors:forbidden-amend', { action });
  return { report, ...located };
}

export function progressHandlers(store: HandlerStore, ctx: HandlerContext): HandlersFor<typeof progressApi> {
  return {
    async 'progress.correct'({ reportId, ...input }) {
      const { report, programme } = amendable(store, reportId, 'progress.correct');
      refuseInvalid(validateProgress(input, programme));
      const corrected: ProgressReport = { ...report, ...input };
      const { id, review, ...fields } = corrected;
      await store.commit([{ entity: 'progress', key: id, fields }]);
      return { report: { ...corrected, review } };
    },

    async 'progress.withdraw'({ reportId }) {
      amendable(store, reportId, 'progress.withdraw');
      await store.commit([{ entity: 'progress', key: reportId, fields: { deleted: true } }]);
      return { reportId };
    },

    async 'progress.save'(input) {
      const db = store.read();
      const identity = requireIdentity(db.identity);
      const { programme, group } = findActivity(store.state(), input.activityId);
      const country = countryFor(identity, input.country);
      refuseWrite(db, identity, 'progress', group, country);
      refuseInvalid(validateProgress(input, programme));
      const report: ProgressReport = {
        id: newId(ctx, 'p'),
        activity: input.activityId,
        objective: null,
        status: input.status,
        percent: input.percent,
        actualStart: input.actualStart,
        actualEnd: input.actualEnd,
        done: input.done,
        obstacles: input.obstacles,
        nextSteps: input.nextSteps,
        evidence: input.evidence,
        reportDate: input.reportDate,
        author: authorOf(identity),
        country,
        narrative: null,
        review: null,
      };
      const { id, review: _review, ...fields } = report;
      await store.commit([{ entity: 'progress', key: id, fields }]);
      return { report };
    },
  };
}
