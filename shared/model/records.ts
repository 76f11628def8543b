import { z } from 'zod';
import { Month } from './dates';
import { ActivityId, Currency, GroupId, Iso3, ProgrammeId } from './programme';
import { Lang, Localized } from './text';

export const ROLES = ['focal-point', 'coordinator', 'secretariat'] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

export const STATUSES = ['not-started', 'in-progress', 'completed', 'delayed', 'postponed', 'cancelled'] as const;
export const Status = z.enum(STATUSES);
export type Status = z.infer<typeof Status>;

export const BUDGET_KINDS = ['commitment', 'expenditure', 'in-kind'] as const;
export const BudgetKind = z.enum(BUDGET_KINDS);
export type BudgetKind = z.infer<typeof BudgetKind>;

/** An ISO date, `YYYY-MM-DD`. */
export const Day = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'date must be YYYY-MM-DD');

export const Author = z
  .object({
    name: z.string().min(1).max(200),
    email: z.string().max(200),
    country: Iso3.nullable(),
    role: Role,
  })
  .strict();
export type Author = z.infer<typeof Author>;

/** Who this installation speaks for; made on first run. */
export const Identity = Author.extend({
  groups: z.array(GroupId),
  lang: Lang,
  /** Random id of this installation; breaks ties between equal clocks. */
  installation: z.string().regex(/^[0-9a-f]{16,64}$/),
}).strict();
export type Identity = z.infer<typeof Identity>;

export const Review = z
  .object({
    decision: z.enum(['accepted', 'returned']),
    comment: z.string().max(4000),
    by: Author,
    at: z.string(),
  })
  .strict();
export type Review = z.infer<typeof Review>;

/** `PROGRAMME/GROUP/objective-N`: a specific objective, for reports that speak to an objective (2009–2011 MDG). */
export const ObjectiveRef = z.string().regex(/^\d{4}-\d{4}\/[A-Z]{1,8}\/objective-[0-9a-z]+$/, 'objective must be PROGRAMME/GROUP/objective-N');

export const ProgressReport = z
  .object({
    id: z.string().min(1).max(100),
    /** The activity reported on; null when the report speaks to an objective instead. */
    activity: ActivityId.nullable(),
    objective: ObjectiveRef.nullable(),
    status: Status,
    percent: z.number().int().min(0).max(100),
    actualStart: Month.nullable(),
    actualEnd: Month.nullable(),
    done: z.string().max(20000),
    obstacles: z.string().max(20000),
    nextSteps: z.string().max(20000),
    evidence: z.array(z.string().min(1).max(500)).max(100),
    reportDate: Day,
    author: Author,
    /** Country the report speaks for (the author's, or a country a secretariat reports on behalf of). */
    country: Iso3.nullable(),
    /** Seeded reports carry their narrative as a localized text from the source document. */
    narrative: Localized.nullable(),
    review: Review.nullable(),
  })
  .strict()
  .refine((r) => (r.activity === null) !== (r.objective === null), { message: 'a report is on one activity or one objective' });
export type ProgressReport = z.infer<typeof ProgressReport>;

export const BudgetEntry = z
  .object({
    id: z.string().min(1).max(100),
    programme: ProgrammeId,
    group: GroupId,
    activity: ActivityId.nullable(),
    kind: BudgetKind,
    source: z.string().min(1).max(300),
    /** Institution id when the source comes from the catalogue. */
    institution: z.string().nullable(),
    amount: z.number().positive().max(1e12).multipleOf(0.01),
    currency: Currency,
    purpose: z.string().max(4000),
    date: Day,
    country: Iso3.nullable(),
    author: Author,
  })
  .strict();
export type BudgetEntry = z.infer<typeof BudgetEntry>;
