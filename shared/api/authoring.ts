import { z } from 'zod';
import { Month } from '../model/dates';
import { ActivityId, GroupId, GroupNumeral, Iso3, ProgrammeId } from '../model/programme';
import { Lang } from '../model/text';
import type { Activity, WorkingGroup } from '../model/programme';
import { endpoint } from './common';
import type { ProgrammeListItem } from './programme';

/** A line of text a person types: trimmed, and as long as the record's schema allows. */
const Text = (max: number) => z.string().trim().max(max);

/** The secretariat enters the programme the Conference adopted: its period, symbol and title. */
export const ProgrammeInput = z
  .object({
    start: Month,
    end: Month,
    symbol: Text(100),
    titleEs: Text(1000),
    titleEn: Text(1000),
  })
  .strict();
export type ProgrammeInput = z.infer<typeof ProgrammeInput>;

/**
 * A working group of a programme, as the secretariat enters it from the adopted document. Texts are
 * in `lang`; coordinating countries are represented by their national statistical office.
 */
export const GroupInput = z
  .object({
    programmeId: ProgrammeId,
    numeral: GroupNumeral,
    lang: Lang,
    title: Text(1000),
    theme: Text(1000),
    generalObjective: Text(4000),
    specificObjectives: z.array(Text(4000)).max(30),
    coordinators: z.array(Iso3).max(40),
    secretariats: z
      .array(
        z
          .string()
          .regex(/^[a-z0-9-]+$/)
          .max(100),
      )
      .max(20),
    /** Member countries besides the coordinators. */
    members: z.array(Iso3).max(60),
  })
  .strict();
export type GroupInput = z.infer<typeof GroupInput>;

/** The secretariat records which countries are members of a group (shipped or entered). */
export const MembersInput = z.object({ groupId: GroupId, members: z.array(Iso3).max(60) }).strict();

/**
 * A coordinator adds an activity to the group's plan (numbered after the last) or, with `activityId`,
 * corrects its text: the document's words stay in the history of changes.
 */
export const ActivityInput = z
  .object({
    groupId: GroupId,
    activityId: ActivityId.optional(),
    lang: Lang,
    text: Text(4000),
    plannedStart: Month.nullable(),
    plannedEnd: Month.nullable(),
    /** The programme's own words for a date ("A definir en mayo de 2026"), kept beside any month; empty keeps what is held. */
    startWords: Text(300).default(''),
    endWords: Text(300).default(''),
  })
  .strict();
export type ActivityInput = z.infer<typeof ActivityInput>;

export const authoringApi = {
  'programme.create': endpoint<ProgrammeListItem>()(ProgrammeInput),
  'group.save': endpoint<WorkingGroup>()(GroupInput),
  'members.set': endpoint<WorkingGroup>()(MembersInput),
  'activity.save': endpoint<Activity>()(ActivityInput),
};
