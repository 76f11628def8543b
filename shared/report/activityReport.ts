import { latestReport } from '../domain/progress';
import { compareMonths } from '../model/dates';
import {
  programmeStatus,
  type Objective,
  type Programme,
  type ProgrammeStatus,
  type WorkingGroup,
} from '../model/programme';
import { reportText, type ProgressReport, type Status } from '../model/records';
import type { Lang } from '../model/text';
import { pickText } from '../model/text';
import { activityStates, reportedPercent, statusCounts } from './activityState';
import type { Stated } from './activityState';
import { dayOf, formatDay, formatList, formatShare } from './format';
import { coordinatorLines } from './groupSheet';
import { plannedRangeText } from './plannedText';
import { languageNote, type LanguageNote } from './languageNote';
import { groupMeetings, type ReportMeeting } from './meetings';
import { groupReferences, type ReportReference } from './references';
import { findGroup } from './resolve';
import type { ReportSource } from './source';
import { countryName } from '../domain/lookup';

export interface ReportObjective {
  number: string;
  text: string;
}

export interface ReportEntry {
  /** "Objective 2" or "3. Preparation of an initial draft". */
  number: string;
  text: string;
  status: Stated<Status>;
  percent: Stated<string>;
  /** Of the latest report. */
  date: string;
  who: string;
  /** What was done, oldest report first, so the section reads as a chronicle. */
  paragraphs: string[];
  obstacles: string[];
  evidence: string[];
}

export interface ReportCurrent {
  /** An objective's number when the work is on an objective, else the activity's. */
  kind: 'objective' | 'activity';
  number: string;
  text: string;
  status: Stated<Status>;
  nextSteps: string;
}

export interface ReportPlanned {
  number: string;
  text: string;
  subItems: string[];
  planned: string | null;
}

export interface ReportPlanSection {
  /** Null for a plan whose activities are not grouped: printed under a generic heading. */
  heading: string | null;
  activities: ReportPlanned[];
}

export interface ActivityReportModel {
  lang: Lang;
  numeral: string;
  title: string;
  programme: string;
  symbol: string;
  date: string;
  coordinators: string[];
  general: ReportObjective[];
  specific: ReportObjective[];
  /** Paragraphs of the objectives section that are not objectives (group VII's "These objectives are aligned…"). */
  objectivesNotes: string[];
  counts: { completed: number; total: number; overall: string };
  onObjectives: ReportEntry[];
  onActivities: ReportEntry[];
  current: ReportCurrent[];
  /** The next period's id when the next programme continues the group; otherwise null and the current plan is used. */
  nextProgramme: string | null;
  nextObjectives: ReportObjective[];
  plan: ReportPlanSection[];
  /** The programme's latest version: a draft, a proposal or adopted, and the meeting it went to. */
  programmeStatus: { status: ProgrammeStatus; meeting: string } | null;
  /** Publications, standards and documents the group's source refers to (listed with progress to date, as LC/L.3387 does). */
  references: ReportReference[];
  /** Meetings held (listed with progress to date) and announced (current work), oldest first. */
  meetings: { held: ReportMeeting[]; planned: ReportMeeting[] };
  /** What its texts are, language-wise: told once, at the end. */
  languageNote: LanguageNote | null;
}

function objectivesOf(group: WorkingGroup, kind: Objective['kind'], lang: Lang): ReportObjective[] {
  return group.objectives
    .filter((o) => o.kind === kind)
    .map((o) => ({ number: o.number, text: pickText(o.text, lang).text }));
}

function shareOf(percent: Stated<number>, lang: Lang): Stated<string> {
  return percent === 'not-stated' ? percent : formatShare(percent / 100, lang);
}

function entryOf(
  number: string,
  text: string,
  reports: ProgressReport[],
  lang: Lang,
  source: ReportSource,
): ReportEntry | null {
  if (reports.length === 0) return null;
  const chronological = [...reports].sort((a, b) =>
    a.reportDate === b.reportDate ? a.id.localeCompare(b.id) : a.reportDate < b.reportDate ? -1 : 1,
  );
  const latest = chronological[chronological.length - 1] as ProgressReport;
  // A seeded report's `done` quotes its narrative: the narrative alone says it.
  const said = (r: ProgressReport) => {
    const narrative = r.narrative === null ? '' : pickText(r.narrative, lang).text.trim();
    const done = reportText(r, 'done', lang).trim();
    return [narrative, narrative.includes(done) ? '' : done].filter((s) => s !== '');
  };
  const country = latest.country === null ? null : countryName(source.countries, latest.country, lang);
  return {
    number,
    text,
    status: latest.status ?? 'not-stated',
    percent: shareOf(reportedPercent(latest), lang),
    date: formatDay(latest.reportDate, lang),
    who: country === null ? latest.author.name : `${latest.author.name} (${country})`,
    paragraphs: [...new Set(chronological.flatMap(said))],
    obstacles: [
      ...new Set(chronological.map((r) => reportText(r, 'obstacles', lang).trim()).filter((s) => s !== '')),
    ],
    evidence: [...new Set(chronological.flatMap((r) => r.evidence))],
  };
}

/** The programme that follows `programme` and carries a group with the same numeral, if any. */
function successor(
  source: ReportSource,
  programme: Programme,
  numeral: string,
): { programme: Programme; group: WorkingGroup } | null {
  const later = source.programmes
    .filter((p) => compareMonths(p.start, programme.end) > 0)
    .sort((a, b) => compareMonths(a.start, b.start));
  for (const p of later) {
    const g = p.groups.find((x) => x.numeral === numeral);
    if (g) return { programme: p, group: g };
  }
  return null;
}

function planOf(group: WorkingGroup, keep: (activityId: string) => boolean, lang: Lang): ReportPlanSection[] {
  const sections: ReportPlanSection[] = [];
  for (const a of group.activities) {
    if (!keep(a.id)) continue;
    const heading = a.section === null ? null : pickText(a.section, lang).text;
    let section = sections[sections.length - 1];
    if (!section || section.heading !== heading) {
      section = { heading, activities: [] };
      sections.push(section);
    }
    section.activities.push({
      number: a.number,
      text: pickText(a.text, lang).text,
      subItems: a.subItems.map((s) => pickText(s, lang).text),
      planned: plannedRangeText(a.plannedStart, a.plannedEnd, lang),
    });
  }
  return sections;
}

/**
 * The draft of a group's activity report, shaped like the 2011 MDG report (LC/L.3387): objectives;
 * progress per objective and per activity from the reports; current work; objectives and plan for the
 * next period — the next programme's when it continues the group, else what remains of this one.
 */
export function buildActivityReport(
  source: ReportSource,
  groupRef: string,
  lang: Lang,
  today: Date,
): ActivityReportModel {
  const { programme, group } = findGroup(source, groupRef, today);
  const states = activityStates(group.activities, source.progress, source.decisions, today);
  const counts = statusCounts(states);
  const specific = group.objectives.filter((o) => o.kind === 'specific');
  const reportsOn = (o: Objective) =>
    source.progress.filter((r) => r.objective === `${group.id}/objective-${o.number}`);
  const onObjectives = specific
    .map((o) => entryOf(o.number, pickText(o.text, lang).text, reportsOn(o), lang, source))
    .filter((e): e is ReportEntry => e !== null);
  // What the latest report on each objective says comes next: the 2011 report's "labor actual".
  const onObjectivesNext: ReportCurrent[] = specific.flatMap((o) => {
    const latest = latestReport(reportsOn(o));
    const nextSteps = latest === null ? '' : reportText(latest, 'nextSteps', lang).trim();
    return latest === null || nextSteps === ''
      ? []
      : [
          {
            kind: 'objective' as const,
            number: o.number,
            text: pickText(o.text, lang).text,
            status: latest.status ?? 'not-stated',
            nextSteps,
          },
        ];
  });
  const onActivities = states
    .map((s) =>
      entryOf(
        s.activity.number,
        pickText(s.activity.text, lang).text,
        source.progress.filter((r) => r.activity === s.activity.id),
        lang,
        source,
      ),
    )
    .filter((e): e is ReportEntry => e !== null);
  const current: ReportCurrent[] = states
    .filter((s) => s.status === 'in-progress' || s.status === 'delayed')
    .map((s) => ({
      kind: 'activity' as const,
      number: s.activity.number,
      text: pickText(s.activity.text, lang).text,
      status: s.status,
      nextSteps: s.latest === null ? '' : reportText(s.latest, 'nextSteps', lang).trim(),
    }));
  const next = successor(source, programme, group.numeral);
  const open = new Set(
    states.filter((s) => s.status !== 'completed' && s.status !== 'cancelled').map((s) => s.activity.id),
  );
  const version = programmeStatus(programme);
  return {
    lang,
    numeral: group.numeral,
    title: pickText(group.title, lang).text,
    programme: programme.id,
    symbol: programme.symbol,
    date: formatDay(dayOf(today), lang),
    coordinators: coordinatorLines(source, group, lang),
    general: objectivesOf(group, 'general', lang),
    specific: objectivesOf(group, 'specific', lang),
    objectivesNotes: (group.objectivesNotes ?? []).map((n) => pickText(n, lang).text),
    counts: { completed: counts.completed, total: counts.total, overall: formatShare(counts.overall, lang) },
    onObjectives,
    onActivities,
    current: [...onObjectivesNext, ...current],
    nextProgramme: next?.programme.id ?? null,
    nextObjectives: objectivesOf(next?.group ?? group, 'specific', lang),
    plan: next ? planOf(next.group, () => true, lang) : planOf(group, (id) => open.has(id), lang),
    programmeStatus:
      version === null ? null : { status: version.status, meeting: pickText(version.meeting, lang).text },
    references: groupReferences(group, source.meetings, lang),
    meetings: groupMeetings(source, group.id, lang),
    languageNote: languageNote(programme, lang, pickText(group.title, lang).unofficial),
  };
}

export function coordinatorsSentence(model: ActivityReportModel): string {
  return formatList(model.coordinators, model.lang);
}
