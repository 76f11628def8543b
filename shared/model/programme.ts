import { z } from 'zod';
import { Lang, Localized } from './text';
import { Month, PlannedDate } from './dates';

export const ProgrammeId = z.string().regex(/^\d{4}-\d{4}$/, 'programme id must be YYYY-YYYY');
/** Roman numeral of the programme (`I` … `XI`) or a named group such as `MDG`. */
export const GroupNumeral = z.string().regex(/^[A-Z]{1,8}$/, 'group must be a roman numeral or a short code');
/** `PROGRAMME/GROUP`, e.g. `2020-2021/VII`. */
export const GroupId = z.string().regex(/^\d{4}-\d{4}\/[A-Z]{1,8}$/, 'group id must be PROGRAMME/GROUP');
/** `PROGRAMME/GROUP/NUMBER`, e.g. `2020-2021/VII/3` or `2012-2013/MDG/2.b`. */
export const ActivityId = z
  .string()
  .regex(/^\d{4}-\d{4}\/[A-Z]{1,8}\/\d+(\.[a-z])?$/, 'activity id must be PROGRAMME/GROUP/NUMBER');
export const ISO3_PATTERN = /^[A-Z]{3}$/;
export const Iso3 = z.string().regex(ISO3_PATTERN, 'country must be an ISO 3166 alpha-3 code');
export const Currency = z.string().regex(/^[A-Z]{3}$/, 'currency must be an ISO 4217 code');

export const Institution = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    name: Localized,
    acronym: z.string().optional(),
    country: Iso3.nullable(),
    kind: z.enum(['nso', 'eclac', 'un-agency', 'other']),
  })
  .strict();
export type Institution = z.infer<typeof Institution>;

export const Country = z
  .object({
    iso3: Iso3,
    iso2: z.string().regex(/^[A-Z]{2}$/),
    name: z.object({ es: z.string(), en: z.string(), pt: z.string(), fr: z.string() }).strict(),
    /** Institution id of the national statistical office. */
    nso: z.string(),
  })
  .strict();
export type Country = z.infer<typeof Country>;

export const Objective = z
  .object({
    kind: z.enum(['general', 'specific']),
    /** As numbered in the document: `i`, `ii`, `1`, … ; empty for an unnumbered general objective. */
    number: z.string(),
    text: Localized,
  })
  .strict();
export type Objective = z.infer<typeof Objective>;

export const PlannedContribution = z
  .object({
    id: z.string(),
    source: Localized,
    /** Institution id when the source is in the catalogue. */
    institution: z.string().nullable(),
    amount: z.number().nonnegative().nullable(),
    currency: Currency.nullable(),
    form: z.enum(['monetary', 'in-kind']),
    /** The programme's own words for the form of an in-kind contribution ("Working hours of technical staff…"). */
    formNote: Localized.nullable().optional(),
    purpose: Localized.nullable(),
  })
  .strict();
export type PlannedContribution = z.infer<typeof PlannedContribution>;

export const Footnote = z.object({ mark: z.string(), text: Localized }).strict();
export type Footnote = z.infer<typeof Footnote>;

export const Activity = z
  .object({
    id: ActivityId,
    programme: ProgrammeId,
    group: GroupNumeral,
    /** `3`, or `2.b` where the document numbers by section and letter. */
    number: z.string(),
    /** Heading of the section that groups the activity, where the document groups them. */
    section: Localized.nullable(),
    text: Localized,
    subItems: z.array(Localized),
    plannedStart: PlannedDate,
    plannedEnd: PlannedDate,
    /** Footnote marks (`a`) that the activity text carries. */
    footnotes: z.array(z.string()),
  })
  .strict();
export type Activity = z.infer<typeof Activity>;

export const Coordinator = z.object({ country: Iso3, institution: z.string() }).strict();

export const WorkingGroup = z
  .object({
    id: GroupId,
    programme: ProgrammeId,
    numeral: GroupNumeral,
    title: Localized,
    theme: Localized,
    background: z.array(Localized),
    objectives: z.array(Objective),
    expectedImpact: z.array(Localized),
    financing: z.array(Localized),
    contributions: z.array(PlannedContribution),
    coordinators: z.array(Coordinator),
    /** Member countries besides the coordinators (ISO3); empty where the document names none. */
    members: z.array(Iso3),
    secretariats: z.array(z.string()),
    activities: z.array(Activity),
    footnotes: z.array(Footnote),
  })
  .strict();
export type WorkingGroup = z.infer<typeof WorkingGroup>;

export const Programme = z
  .object({
    id: ProgrammeId,
    title: Localized,
    /** Document symbol, e.g. `LC/CEA.10/5`. */
    symbol: z.string(),
    start: Month,
    end: Month,
    sourceLang: Lang,
    groups: z.array(WorkingGroup),
  })
  .strict();
export type Programme = z.infer<typeof Programme>;
