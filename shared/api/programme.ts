import { z } from 'zod';
import { Month } from '../model/dates';
import { ActivityId, GroupId, ProgrammeId } from '../model/programme';
import type { Activity, Country, Institution, Programme, WorkingGroup } from '../model/programme';
import type { Meeting, ProgressReport } from '../model/records';
import { Status } from '../model/records';
import type { Status as StatusT } from '../model/records';
import type { CurrencyCents } from '../domain/budget';
import type { GroupSummary } from '../domain/progress';
import type { ReviewState } from '../domain/review';
import { NoInput, endpoint } from './common';
import type { Permissions, ProgrammeHeader } from './common';

export interface ProgrammeListItem extends ProgrammeHeader {
  groupCount: number;
}

/** An activity as the plan shows it: coordinator edits applied, with its latest report and whether it is overdue. */
export interface ActivityView {
  activity: Activity;
  /** A coordinator's status decision on the plan (e.g. cancelled), or null. */
  decision: StatusT | null;
  latest: ProgressReport | null;
  overdue: boolean;
  reportCount: number;
}

export interface ProgrammeDetail {
  /** Plan and contribution edits applied. */
  programme: Programme;
  summaries: GroupSummary[];
  /** Its period has ended (shared/domain/currentProgramme.ts). */
  closed: boolean;
}

export interface GroupDetail {
  programme: ProgrammeHeader;
  group: WorkingGroup;
  summary: GroupSummary;
  activities: ActivityView[];
  /** Planned contributions summed per currency, in integer cents. */
  plannedTotals: CurrencyCents[];
  permissions: Permissions;
  /** The meetings the group's documents referred to were presented at, to name them. */
  referenceMeetings: Pick<Meeting, 'id' | 'title'>[];
}

/** A report as the activity screen shows it: where its review stands and what the reader may do with it. */
export interface ReportView extends ProgressReport {
  reviewState: ReviewState;
  /** Saved again after it was first made. */
  corrected: boolean;
  /** The reader may correct or withdraw it (her own country's report, or the secretariat). */
  amendable: boolean;
  /** The reader may accept or return it. */
  reviewable: boolean;
}

export interface ActivityDetail {
  programme: ProgrammeHeader;
  group: Pick<WorkingGroup, 'id' | 'numeral' | 'title'>;
  view: ActivityView;
  /** Every report on the activity, newest first. */
  reports: ReportView[];
  permissions: Permissions;
}

export interface Catalogue {
  countries: Country[];
  institutions: Institution[];
}

/** A coordinator's change to one activity of the plan; an omitted field stays as it is. */
export const PlanUpdateInput = z
  .object({
    activityId: ActivityId,
    plannedStart: Month.nullable().optional(),
    plannedEnd: Month.nullable().optional(),
    decision: Status.nullable().optional(),
  })
  .strict();

export const programmeApi = {
  'programmes.list': endpoint<ProgrammeListItem[]>()(NoInput),
  'programme.get': endpoint<ProgrammeDetail>()(z.object({ programmeId: ProgrammeId }).strict()),
  'group.get': endpoint<GroupDetail>()(z.object({ groupId: GroupId }).strict()),
  'activity.get': endpoint<ActivityDetail>()(z.object({ activityId: ActivityId }).strict()),
  'plan.update': endpoint<ActivityView>()(PlanUpdateInput),
  'catalogue.get': endpoint<Catalogue>()(NoInput),
};
