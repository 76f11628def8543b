import { z } from 'zod';
import { ActivityId, GroupId, Iso3 } from '../model/programme';
import { ObjectiveRef } from '../model/programme';
import { Day, MeetingKind } from '../model/records';
import type { Meeting } from '../model/records';
import { endpoint } from './common';

const Names = z.array(z.string().trim().min(1).max(300)).max(50);

/**
 * The meeting form as submitted: texts in the author's language. Related-field rules (the end not
 * before the start, required fields) are in shared/domain/validation.ts, shared with the form.
 */
export const MeetingInput = z
  .object({
    /** Set to correct a meeting already recorded; absent for a new one. */
    meetingId: z.string().min(1).max(100).optional(),
    groupId: GroupId,
    kind: MeetingKind,
    title: z.string().max(500),
    start: Day,
    end: Day,
    held: z.boolean(),
    place: z.string().max(200),
    placeCountry: Iso3.nullable(),
    organisers: Names,
    funders: Names,
    countries: z.array(Iso3).max(60),
    agencies: Names,
    activities: z.array(ActivityId).max(50),
    objectives: z.array(ObjectiveRef).max(50),
    documents: z.array(z.string().trim().min(1).max(500)).max(100),
    description: z.string().max(20000),
    /** Only the secretariat records on behalf of a country; everyone else for their own. */
    country: Iso3.nullable().optional(),
  })
  .strict();
export type MeetingInput = z.infer<typeof MeetingInput>;

export interface MeetingList {
  meetings: Meeting[];
  /** Whether this identity may record meetings of the group (scoped like progress reports). */
  canRecord: boolean;
  /** Ids of the meetings this identity may correct or delete: its own country's, or all for the secretariat. */
  editable: string[];
}

export const meetingsApi = {
  'meetings.list': endpoint<MeetingList>()(z.object({ groupId: GroupId }).strict()),
  'meeting.save': endpoint<{ meeting: Meeting }>()(MeetingInput),
  'meeting.delete': endpoint<{ meetingId: string }>()(
    z.object({ meetingId: z.string().min(1).max(100) }).strict(),
  ),
};
