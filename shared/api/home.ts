import type { Month } from '../model/dates';
import type { Role, Review, Status } from '../model/records';
import type { Localized } from '../model/text';
import type { GroupSummary } from '../domain/progress';
import { NoInput, endpoint } from './common';
import type { ProgrammeHeader } from './common';

/** A report as a list of things to do names it: on which activity, for which country, by whom. */
export interface ReportItem {
  reportId: string;
  activityId: string;
  groupNumeral: string;
  activityNumber: string;
  activityText: Localized;
  country: string | null;
  author: string;
  reportDate: string;
  /** Null for a seeded report whose document states no status or percentage. */
  status: Status | null;
  percent: number | null;
  review: Review | null;
}

export interface Deadline {
  activityId: string;
  groupNumeral: string;
  activityNumber: string;
  text: Localized;
  plannedEnd: Month;
}

/** What needs this installation's user, by role (PRODUCT.md, "What each role sees first"). */
export interface Home {
  role: Role;
  /** The current programme; `closed` once its period has ended. */
  programme: (ProgrammeHeader & { closed: boolean }) | null;
  /** The groups of the current programme the user reports in (none for the secretariat, who sees all). */
  myGroups: GroupSummary[];
  /** The user's country's reports that a reviewer returned, with the comment. */
  returned: ReportItem[];
  /** Reports the user may accept or return that nobody has decided on since they were last saved. */
  awaitingReview: ReportItem[];
  /** Changes not yet sent in a bundle. */
  unsent: number;
  /** Planned ends in the user's groups in this month and the next two, of activities not finished. */
  deadlines: Deadline[];
  /** Secretariat only: countries of the current programme that sent no bundle during its period. */
  silentCountries: string[] | null;
  /** Conflicts the user may decide. */
  conflicts: number;
}

export const homeApi = {
  'home.get': endpoint<Home>()(NoInput),
};
