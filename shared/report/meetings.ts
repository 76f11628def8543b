import type { Meeting, MeetingKind } from '../model/records';
import type { Lang, Localized } from '../model/text';
import { pickText } from '../model/text';
import { formatDayRange } from './format';
import type { ReportSource } from './source';
import { countryName } from '../domain/lookup';

/** A meeting as an activity report lists it (LC/L.3387: title, organisers, support, place and dates). */
export interface ReportMeeting {
  kind: MeetingKind;
  title: string;
  place: string;
  dates: string;
  held: boolean;
  organisers: string[];
  funders: string[];
  countries: string[];
  agencies: string[];
  documents: string[];
  /** Numbers of the objectives and activities it served. */
  serves: string[];
  description: string | null;
}

/** The numbers of the objectives and activities a record serves, as the document numbers them. */
export function servedNumbers(r: { objectives: readonly string[]; activities: readonly string[] }): string[] {
  return [
    ...r.objectives.map((o) => o.split('objective-')[1] ?? o),
    ...r.activities.map((a) => a.split('/')[2] ?? a),
  ];
}

export function reportMeetingOf(source: ReportSource, m: Meeting, lang: Lang): ReportMeeting {
  const text = (t: Localized) => pickText(t, lang).text;
  const collator = new Intl.Collator(lang);
  return {
    kind: m.kind,
    title: text(m.title),
    place: text(m.place),
    dates: formatDayRange(m.start, m.end, lang),
    held: m.held,
    organisers: m.organisers.map(text),
    funders: m.funders.map(text),
    countries: m.countries.map((c) => countryName(source.countries, c, lang)).sort(collator.compare),
    agencies: m.agencies.map(text),
    documents: m.documents,
    serves: servedNumbers(m),
    description: m.description === null ? null : text(m.description),
  };
}

/** The group's meetings, oldest first: those held (progress to date) and those announced (current work). */
export function groupMeetings(
  source: ReportSource,
  groupId: string,
  lang: Lang,
): { held: ReportMeeting[]; planned: ReportMeeting[] } {
  const all = source.meetings.filter((m) => m.group === groupId).map((m) => reportMeetingOf(source, m, lang));
  return { held: all.filter((m) => m.held), planned: all.filter((m) => !m.held) };
}
