import { z } from 'zod';
import { Lang, Localized } from './text';
import { Day, Month, PlannedDate } from './dates';
import { Provenances } from './provenance';

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
    /** Null where the document does not say whether the contribution is monetary or in kind. */
    form: z.enum(['monetary', 'in-kind']).nullable(),
    /** The programme's own words for the form of an in-kind contribution ("Working hours of technical staff…"). */
    formNote: Localized.nullable().optional(),
    purpose: Localized.nullable(),
  })
  .strict();
export type PlannedContribution = z.infer<typeof PlannedContribution>;

/** A note of the document; `editorial` marks a note of ours on the document (a discrepancy kept as printed). */
export const Footnote = z
  .object({ mark: z.string(), text: Localized, editorial: z.boolean().optional() })
  .strict();
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

/** `PROGRAMME/GROUP/objective-N`: a specific objective, for reports that speak to an objective (2009–2011 MDG). */
export const ObjectiveRef = z
  .string()
  .regex(/^\d{4}-\d{4}\/[A-Z]{1,8}\/objective-[0-9a-z]+$/, 'objective must be PROGRAMME/GROUP/objective-N');

export const REFERENCE_KINDS = ['publication', 'standard', 'methodological-guide', 'document'] as const;
export const ReferenceKind = z.enum(REFERENCE_KINDS);
export type ReferenceKind = z.infer<typeof ReferenceKind>;

/**
 * A publication, standard or document the group's source document refers to, as that document cites it
 * (data/references/). Read-only: shipped with the programme. A field the document does not state is null.
 */
export const Reference = z
  .object({
    id: z.string().min(1).max(100),
    group: GroupId,
    kind: ReferenceKind,
    /** The title as the document prints it (`orig`), with our unofficial translations. */
    title: Localized,
    /** Authors or producing institution, as printed; empty when not stated. */
    authors: z.array(z.string().min(1).max(300)).max(30),
    publisher: z.string().min(1).max(300).nullable(),
    symbol: z.string().min(1).max(100).nullable(),
    year: z.number().int().min(1900).max(2100).nullable(),
    /** The full citation as printed. */
    citation: z.string().min(1).max(2000),
    objectives: z.array(ObjectiveRef).max(50),
    activities: z.array(ActivityId).max(50),
    /** Seeded meeting ids it was presented at. */
    meetings: z.array(z.string().min(1).max(100)).max(20),
    provenance: Provenances,
  })
  .strict();
export type Reference = z.infer<typeof Reference>;

export const WorkingGroup = z
  .object({
    id: GroupId,
    programme: ProgrammeId,
    numeral: GroupNumeral,
    title: Localized,
    theme: Localized,
    background: z.array(Localized),
    objectives: z.array(Objective),
    /** Paragraphs of the document's objectives section that are not objectives themselves (group VII's "These objectives are aligned…"). */
    objectivesNotes: z.array(Localized).optional(),
    expectedImpact: z.array(Localized),
    financing: z.array(Localized),
    contributions: z.array(PlannedContribution),
    coordinators: z.array(Coordinator),
    /** Member countries besides the coordinators (ISO3); empty where the document names none. */
    members: z.array(Iso3),
    secretariats: z.array(z.string()),
    activities: z.array(Activity),
    footnotes: z.array(Footnote),
    /** Where the group's fields come from: `source` names its section of the document. */
    source: z.string().min(1).optional(),
    provenance: Provenances.optional(),
    /** Documents its source document refers to (data/references/), oldest first. */
    references: z.array(Reference).optional(),
  })
  .strict();
export type WorkingGroup = z.infer<typeof WorkingGroup>;

export const PROGRAMME_STATUSES = ['draft', 'proposal', 'adopted'] as const;
export const ProgrammeStatus = z.enum(PROGRAMME_STATUSES);
export type ProgrammeStatus = z.infer<typeof ProgrammeStatus>;

/** One stage of a programme's life: the draft or proposal a meeting received, or the text a meeting adopted. */
export const ProgrammeVersion = z
  .object({
    status: ProgrammeStatus,
    /** The meeting that received or adopted it, as the document names it (with place and dates). */
    meeting: Localized,
    /** Symbol and date of the document of this version; null when we do not hold it. */
    symbol: z.string().nullable(),
    date: Day.nullable(),
  })
  .strict();
export type ProgrammeVersion = z.infer<typeof ProgrammeVersion>;

/** The document we hold for a programme, as it presents itself. */
export const SourceDocument = z
  .object({
    symbol: z.string(),
    date: Day,
    kind: z.enum(['programme', 'activity-report']),
    /** The title as the document gives it. */
    title: Localized,
    /** The language of the document we hold and the language of its original (the same for an original). */
    lang: Lang,
    original: Lang,
    /** The masthead's language line, as printed ("ENGLISH / ORIGINAL: SPANISH"). */
    masthead: z.string(),
    /** The meeting the document was prepared for. */
    meeting: Localized,
    /** Who prepared it, where the document says ("Informe preparado por la Argentina…"). */
    author: Localized.nullable(),
    introduction: z.array(Localized),
    footnotes: z.array(Footnote),
  })
  .strict();
export type SourceDocument = z.infer<typeof SourceDocument>;

export const Programme = z
  .object({
    id: ProgrammeId,
    title: Localized,
    /** Document symbol, e.g. `LC/CEA.10/5`. */
    symbol: z.string(),
    start: Month,
    end: Month,
    sourceLang: Lang,
    /** Oldest first; the last one is the programme's status. */
    versions: z.array(ProgrammeVersion).min(1).optional(),
    document: SourceDocument.optional(),
    /** Where the programme's own fields come from (see Provenances). */
    provenance: Provenances.optional(),
    groups: z.array(WorkingGroup),
  })
  .strict();
export type Programme = z.infer<typeof Programme>;

/** The programme's latest version (its status); null for a programme entered without one. */
export function programmeStatus(p: Pick<Programme, 'versions'>): ProgrammeVersion | null {
  return p.versions?.[p.versions.length - 1] ?? null;
}
