import { z } from 'zod';
import { Day, Month } from './dates';

export { Day } from './dates';
import { ActivityId, Currency, GroupId, Iso3, ObjectiveRef, ProgrammeId } from './programme';
import { Provenances } from './provenance';
import { Lang, Localized, pickText } from './text';

export const ROLES = ['focal-point', 'coordinator', 'secretariat'] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

/** `reformulated`: the objective or activity was recast (the 2011 MDG report: "se ha replanteado el objetivo original"). */
export const STATUSES = [
  'not-started',
  'in-progress',
  'completed',
  'delayed',
  'postponed',
  'cancelled',
  'reformulated',
] as const;
export const Status = z.enum(STATUSES);
export type Status = z.infer<typeof Status>;

export const BUDGET_KINDS = ['commitment', 'expenditure', 'in-kind'] as const;
export const BudgetKind = z.enum(BUDGET_KINDS);
export type BudgetKind = z.infer<typeof BudgetKind>;

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

export const ProgressReport = z
  .object({
    id: z.string().min(1).max(100),
    /** The activity reported on; null when the report speaks to an objective instead. */
    activity: ActivityId.nullable(),
    objective: ObjectiveRef.nullable(),
    /** Null when the report states no status ("not stated"). */
    status: Status.nullable(),
    /** Null when the report states no measure ("not stated"): a seeded report never has one the document does not give. */
    percent: z.number().int().min(0).max(100).nullable(),
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
    /** Seeded reports: `done`, `obstacles` and `nextSteps` in the document's words and our translation. */
    localized: z
      .object({
        done: Localized.optional(),
        obstacles: Localized.optional(),
        nextSteps: Localized.optional(),
      })
      .strict()
      .optional(),
    /** Seeded reports: where each field comes from in the source document. */
    provenance: Provenances.optional(),
    review: Review.nullable(),
  })
  .strict()
  .refine((r) => (r.activity === null) !== (r.objective === null), {
    error: 'a report is on one activity or one objective',
  });
export type ProgressReport = z.infer<typeof ProgressReport>;

export type ReportTextField = 'done' | 'obstacles' | 'nextSteps';

/**
 * What a report says in one of its text fields, in the reader's language where the report holds it.
 * The localized text speaks only while the field still holds its words: a later correction wins.
 */
export function reportText(
  r: Pick<ProgressReport, ReportTextField | 'localized'>,
  field: ReportTextField,
  lang: Lang,
): string {
  const t = r.localized?.[field];
  return t === undefined || t[t.orig] !== r[field] ? r[field] : pickText(t, lang).text;
}

export const MEETING_KINDS = ['meeting', 'workshop', 'seminar'] as const;
export const MeetingKind = z.enum(MEETING_KINDS);
export type MeetingKind = z.infer<typeof MeetingKind>;

const Names = z.array(Localized).max(50);

/**
 * A meeting, workshop or seminar a group held or took part in, as the 2011 MDG report lists them.
 * Operation `meeting`, key = meeting id: these fields except `id`; `deleted: true` removes it.
 */
export const Meeting = z
  .object({
    id: z.string().min(1).max(100),
    group: GroupId,
    kind: MeetingKind,
    title: Localized,
    /** First and last day; `end` equals `start` for a one-day event. */
    start: Day,
    end: Day,
    /** False for an event announced but not yet held when recorded. */
    held: z.boolean(),
    place: Localized,
    placeCountry: Iso3.nullable(),
    organisers: Names,
    /** Who supported or financed it, as the record says ("con el apoyo de", "con el apoyo financiero de"). */
    funders: Names,
    countries: z.array(Iso3).max(60),
    agencies: Names,
    /** What it served: activity ids and objective refs of the group. */
    activities: z.array(ActivityId).max(50),
    objectives: z.array(ObjectiveRef).max(50),
    /** Documents it produced or that were presented there (symbols or citations). */
    documents: z.array(z.string().min(1).max(500)).max(100),
    /** The record's own account of the event. */
    description: Localized.nullable(),
    /** Country the record speaks for (the author's; null for the secretariat's own). */
    country: Iso3.nullable(),
    author: Author,
    reportDate: Day,
    /** Seeded meetings: where each field comes from; null once a user has corrected the record. */
    provenance: Provenances.nullable().optional(),
  })
  .strict()
  .refine((m) => m.start <= m.end, { error: 'a meeting ends on or after its first day' });
export type Meeting = z.infer<typeof Meeting>;

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
