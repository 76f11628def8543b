import { z } from 'zod';
import { ActivityId, Currency, GroupId, Iso3 } from '../model/programme';
import { BudgetKind, Day } from '../model/records';
import type { BudgetEntry } from '../model/records';
import type { PlannedContribution } from '../model/programme';
import type { BudgetTotals } from '../domain/budget';
import { endpoint } from './common';

export const BudgetInput = z
  .object({
    groupId: GroupId,
    activityId: ActivityId.nullable(),
    kind: BudgetKind,
    source: z.string().trim().min(1).max(300),
    institution: z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .max(100)
      .nullable(),
    amount: z.number().positive().max(1e12),
    currency: Currency.default('USD'),
    purpose: z.string().max(4000),
    date: Day,
    /** Only the secretariat records on behalf of a country. */
    country: Iso3.nullable().optional(),
  })
  .strict();
export type BudgetInput = z.infer<typeof BudgetInput>;

/**
 * A coordinator's line of the group's financing (planned contribution). Without `contributionId` it
 * adds a line; with one it replaces that line. The text is taken as written in the user's language.
 */
export const ContributionInput = z
  .object({
    groupId: GroupId,
    contributionId: z
      .string()
      .regex(/^[A-Za-z0-9-]{1,60}$/)
      .optional(),
    source: z.string().trim().min(1).max(300),
    institution: z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .max(100)
      .nullable(),
    amount: z.number().positive().max(1e12).nullable(),
    currency: Currency.nullable(),
    form: z.enum(['monetary', 'in-kind']),
    purpose: z.string().trim().max(4000),
  })
  .strict();
export type ContributionInput = z.infer<typeof ContributionInput>;

export interface BudgetList {
  /** Newest first. */
  entries: BudgetEntry[];
  totals: BudgetTotals;
  canAdd: boolean;
}

export const budgetApi = {
  'budget.list': endpoint<BudgetList>()(
    z.object({ groupId: GroupId, activityId: ActivityId.nullable().optional() }).strict(),
  ),
  'budget.add': endpoint<{ entry: BudgetEntry }>()(BudgetInput),
  'budget.remove': endpoint<{ entryId: string }>()(
    z.object({ entryId: z.string().min(1).max(100) }).strict(),
  ),
  'contribution.save': endpoint<{ contribution: PlannedContribution }>()(ContributionInput),
  'contribution.remove': endpoint<{ contributionId: string }>()(
    z.object({ groupId: GroupId, contributionId: z.string().regex(/^[A-Za-z0-9-]{1,60}$/) }).strict(),
  ),
};
