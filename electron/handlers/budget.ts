import type { budgetApi } from '../../shared/api/budget';
import { budgetTotals } from '../../shared/domain/budget';
import { validateBudget, validateContribution } from '../../shared/domain/validation';
import { fail } from '../../shared/errors';
import type { PlannedContribution } from '../../shared/model/programme';
import type { BudgetEntry } from '../../shared/model/records';
import { contributionKey } from '../../shared/state';
import { writeReason } from '../../shared/domain/roles';
import { authorOf, countryFor, permissionsFor, requireIdentity } from './access';
import { newId } from './context';
import type { HandlerContext, HandlerStore, HandlersFor } from './context';
import { refuseInvalid } from './invalid';
import { findActivity, findGroup } from './lookup';

const newestFirst = (a: BudgetEntry, b: BudgetEntry) =>
  a.date !== b.date ? (a.date < b.date ? 1 : -1) : b.id.localeCompare(a.id);

export function budgetHandlers(store: HandlerStore, ctx: HandlerContext): HandlersFor<typeof budgetApi> {
  return {
    async 'budget.list'({ groupId, activityId }) {
      const db = store.read();
      const s = store.state();
      const { group } = findGroup(s, groupId);
      if (activityId != null && findActivity(s, activityId).group.id !== groupId)
        fail('unknown-activity', 'errors:unknown-activity', { id: activityId });
      const entries = s.budget
        .filter((e) => e.group === groupId && (activityId == null || e.activity === activityId))
        .sort(newestFirst);
      // Planned contributions belong to the group, so they are compared only against the group's whole budget.
      const planned = activityId == null ? group.contributions : [];
      return {
        entries,
        totals: budgetTotals(entries, planned),
        canAdd: permissionsFor(db.identity, group).budget,
      };
    },

    async 'budget.add'(input) {
      const db = store.read();
      const identity = requireIdentity(db.identity);
      const s = store.state();
      const { programme, group } = findGroup(s, input.groupId);
      if (input.activityId !== null && findActivity(s, input.activityId).group.id !== group.id) {
        fail('unknown-activity', 'errors:unknown-activity', { id: input.activityId });
      }
      if (!permissionsFor(identity, group).budget)
        fail('forbidden', 'errors:forbidden', { action: 'budget.add' });
      const country = countryFor(identity, input.country);
      refuseInvalid(validateBudget(input));
      if (input.institution !== null && !db.institutions.some((i) => i.id === input.institution)) {
        fail('unknown-institution', 'errors:unknown-institution', { id: input.institution });
      }
      const entry: BudgetEntry = {
        id: newId(ctx, 'b'),
        programme: programme.id,
        group: group.id,
        activity: input.activityId,
        kind: input.kind,
        source: input.source,
        institution: input.institution,
        // Stored rounded to the cent, the precision the form accepts.
        amount: Math.round(input.amount * 100) / 100,
        currency: input.currency,
        purpose: input.purpose,
        date: input.date,
        country,
        author: authorOf(identity),
      };
      const { id, ...fields } = entry;
      await store.commit([{ entity: 'budget', key: id, fields }]);
      return { entry };
    },

    async 'budget.remove'({ entryId }) {
      const db = store.read();
      const identity = requireIdentity(db.identity);
      const s = store.state();
      const entry = s.budget.find((e) => e.id === entryId);
      if (!entry) fail('unknown-budget-entry', 'errors:unknown-budget-entry', { id: entryId });
      const { group } = findGroup(s, entry.group);
      // Removing is writing the entry: its owner (its country's members) or the secretariat.
      if (writeReason(identity, 'budget', group, entry.country) !== null)
        fail('forbidden', 'errors:forbidden', { action: 'budget.remove' });
      await store.commit([{ entity: 'budget', key: entryId, fields: { deleted: true } }]);
      return { entryId };
    },

    async 'contribution.save'(input) {
      const db = store.read();
      const identity = requireIdentity(db.identity);
      const { group } = findGroup(store.state(), input.groupId);
      if (!permissionsFor(identity, group).editPlan)
        fail('forbidden', 'errors:forbidden', { action: 'contribution.save' });
      refuseInvalid(validateContribution(input));
      if (
        input.contributionId !== undefined &&
        !group.contributions.some((c) => c.id === input.contributionId)
      ) {
        fail('unknown-contribution', 'errors:unknown-contribution', { id: input.contributionId });
      }
      if (input.institution !== null && !db.institutions.some((i) => i.id === input.institution)) {
        fail('unknown-institution', 'errors:unknown-institution', { id: input.institution });
      }
      const lang = identity.lang;
      const contribution: PlannedContribution = {
        id: input.contributionId ?? newId(ctx, `${group.numeral}-c`),
        source: { orig: lang, [lang]: input.source },
        institution: input.institution,
        amount: input.amount === null ? null : Math.round(input.amount * 100) / 100,
        currency: input.currency,
        form: input.form,
        purpose: input.purpose === '' ? null : { orig: lang, [lang]: input.purpose },
      };
      const { id, ...fields } = contribution;
      await store.commit([{ entity: 'contribution', key: contributionKey(group.id, id), fields }]);
      return { contribution };
    },

    async 'contribution.remove'({ groupId, contributionId }) {
      const db = store.read();
      const identity = requireIdentity(db.identity);
      const { group } = findGroup(store.state(), groupId);
      if (!permissionsFor(identity, group).editPlan)
        fail('forbidden', 'errors:forbidden', { action: 'contribution.remove' });
      if (!group.contributions.some((c) => c.id === contributionId))
        fail('unknown-contribution', 'errors:unknown-contribution', { id: contributionId });
      await store.commit([
        { entity: 'contribution', key: contributionKey(groupId, contributionId), fields: { deleted: true } },
      ]);
      return { contributionId };
    },
  };
}
