import { programmeStatus, type Programme, type ProgrammeStatus, type WorkingGroup } from '../model/programme';
import type { Status } from '../model/records';
import type { Lang, Localized } from '../model/text';
import { pickText } from '../model/text';
import { activityStates, newestReportDate, statusCounts } from './activityState';
import type { Stated, StatusCounts } from './activityState';
import { buildFinancing } from './financing';
import type { Financing } from './financing';
import { dayOf, formatDay, formatMonth, formatShare } from './format';
import { languageNote, type LanguageNote } from './languageNote';
import { plannedRangeText } from './plannedText';
import { remarkOf } from './remarks';
import { findCountry, findGroup } from './resolve';
import type { ReportSource } from './source';
import { plannedBar, timelineAxis } from './timeline';
import type { Bar, TimelineAxis } from './timeline';
import { countryName } from '../domain/lookup';

/** A text as printed, and whether it is our unofficial translation (told once, in the sheet's language note). */
export interface PrintedText {
  text: string;
  unofficial: boolean;
}

export function printed(t: Localized, lang: Lang): PrintedText {
  const p = pickText(t, lang);
  return { text: p.text, unofficial: p.unofficial };
}

export interface SheetActivityRow {
  id: string;
  number: string;
  section: PrintedText | null;
  text: PrintedText;
  footnotes: string[];
  /** Planned period as printed (months or the plan's words); null when the plan says nothing. */
  planned: string | null;
  bar: Bar | null;
  /** Null when nobody has reported on the activity. */
  status: Status | null;
  percent: Stated<number> | null;
  overdue: boolean;
  lastUpdate: string | null;
  /** Country the latest report speaks for. */
  reporter: string | null;
  remarks: string;
}

/** A programme's latest version as a sheet prints it: "draft", with the meeting that received it. */
export interface PrintedStatus {
  status: ProgrammeStatus;
  meeting: PrintedText;
}

export function printedStatus(programme: Programme, lang: Lang): PrintedStatus | null {
  const version = programmeStatus(programme);
  return version === null ? null : { status: version.status, meeting: printed(version.meeting, lang) };
}

export interface SheetHeader {
  programmeTitle: PrintedText;
  programmeStatus: PrintedStatus | null;
  symbol: string;
  numeral: string;
  title: PrintedText;
  theme: PrintedText;
  coordinators: string[];
  secretariats: string[];
  dataDate: string | null;
  printDate: string;
  /** Set when the sheet shows one country's reports only. */
  reportsOf: string | null;
}

export interface GroupSheet {
  kind: 'group';
  lang: Lang;
  groupId: string;
  header: SheetHeader;
  summary: StatusCounts;
  overall: string;
  axis: TimelineAxis;
  axisLabels: { start: string; end: string };
  rows: SheetActivityRow[];
  financing: Financing;
  footnotes: { mark: string; text: PrintedText }[];
  /** What the sheet's texts are, language-wise: printed once, in the footer. */
  languageNote: LanguageNote | null;
}

function institutionName(source: ReportSource, id: string, lang: Lang): string {
  const inst = source.institutions.find((i) => i.id === id);
  if (!inst) return id;
  const name = pickText(inst.name, lang).text;
  // Some catalogue names already carry their acronym ("… (Centro de Excelencia UNODC-INEGI)").
  return inst.acronym && !name.includes(inst.acronym) ? `${name} (${inst.acronym})` : name;
}

export function coordinatorLines(source: ReportSource, group: WorkingGroup, lang: Lang): string[] {
  return group.coordinators.map(
    (c) =>
      `${countryName(source.countries, c.country, lang)}: ${institutionName(source, c.institution, lang)}`,
  );
}

function headerOf(
  source: ReportSource,
  programme: Programme,
  group: WorkingGroup,
  dataDate: string | null,
  reportsOf: string | null,
  today: Date,
  lang: Lang,
): SheetHeader {
  return {
    programmeTitle: printed(programme.title, lang),
    programmeStatus: printedStatus(programme, lang),
    symbol: programme.symbol,
    numeral: group.numeral,
    title: printed(group.title, lang),
    theme: printed(group.theme, lang),
    coordinators: coordinatorLines(source, group, lang),
    secretariats: group.secretariats.map((id) => institutionName(source, id, lang)),
    dataDate: dataDate === null ? null : formatDay(dataDate, lang),
    printDate: formatDay(dayOf(today), lang),
    reportsOf,
  };
}

/** With `country`, the sheet counts only that country's reports: a focal point's view of the group. */
export function buildGroupSheet(
  source: ReportSource,
  groupRef: string,
  lang: Lang,
  today: Date,
  country?: string,
): GroupSheet {
  const { programme, group } = findGroup(source, groupRef, today);
  const only = country === undefined ? null : findCountry(source, country);
  const progress = only === null ? source.progress : source.progress.filter((r) => r.country === only.iso3);
  const states = activityStates(group.activities, progress, source.decisions, today);
  const axis = timelineAxis(programme.start, programme.end, today, lang);
  const rows: SheetActivityRow[] = states.map((s) => ({
    id: s.activity.id,
    number: s.activity.number,
    section: s.activity.section === null ? null : printed(s.activity.section, lang),
    text: printed(s.activity.text, lang),
    footnotes: s.activity.footnotes,
    planned: plannedRangeText(s.activity.plannedStart, s.activity.plannedEnd, lang),
    bar: plannedBar(axis, s.activity.plannedStart, s.activity.plannedEnd),
    status: s.known ? s.status : null,
    percent: s.latest === null ? null : (s.percent ?? 'not-stated'),
    overdue: s.overdue,
    lastUpdate: s.latest === null ? null : formatDay(s.latest.reportDate, lang),
    reporter: s.latest?.country ?? null,
    remarks: remarkOf(s.latest, lang),
  }));
  const summary = statusCounts(states);
  const header = headerOf(
    source,
    programme,
    group,
    newestReportDate(states),
    only === null ? null : only.name[lang],
    today,
    lang,
  );
  // Only the notes the printed activities point at: the plan's other notes annotate its background text.
  const marks = new Set(group.activities.flatMap((a) => a.footnotes));
  const footnotes = group.footnotes
    .filter((f) => marks.has(f.mark))
    .map((f) => ({ mark: f.mark, text: printed(f.text, lang) }));
  const anyUnofficial =
    [header.programmeTitle, header.title, header.theme, ...footnotes.map((f) => f.text)].some(
      (t) => t.unofficial,
    ) || rows.some((r) => r.text.unofficial || r.section?.unofficial === true);
  return {
    kind: 'group',
    lang,
    groupId: group.id,
    header,
    summary,
    overall: formatShare(summary.overall, lang),
    axis,
    axisLabels: { start: formatMonth(programme.start, lang), end: formatMonth(programme.end, lang) },
    rows,
    financing: buildFinancing(group, source.budget, lang),
    footnotes,
    languageNote: languageNote(programme, lang, anyUnofficial),
  };
}
