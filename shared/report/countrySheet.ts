import { latestReport } from '../domain/progress';
import type { Lang } from '../model/text';
import { pickText } from '../model/text';
import { activityStates, newestReportDate, reportedPercent, statusCounts } from './activityState';
import type { Stated, StatusCounts } from './activityState';
import { dayOf, formatDay, formatShare } from './format';
import { printed, printedStatus } from './groupSheet';
import type { PrintedStatus, PrintedText } from './groupSheet';
import { plannedRangeText } from './plannedText';
import { remarkOf } from './remarks';
import { currentProgramme, findCountry, findProgramme } from './resolve';
import { languageNote, type LanguageNote } from './languageNote';
import type { ReportSource } from './source';
import type { Status } from '../model/records';

export interface CountryGroupRow {
  groupId: string;
  numeral: string;
  title: PrintedText;
  role: 'coordinator' | 'member';
  summary: StatusCounts;
  overall: string;
  lastUpdate: string | null;
}

export interface CountryReportRow {
  activityId: string;
  numeral: string;
  number: string;
  text: PrintedText;
  status: Stated<Status>;
  percent: Stated<number>;
  date: string;
  remarks: string;
}

export interface CountryOverdueRow {
  activityId: string;
  numeral: string;
  number: string;
  text: PrintedText;
  planned: string | null;
  status: Status | null;
}

export interface CountrySheet {
  kind: 'country';
  lang: Lang;
  iso3: string;
  country: string;
  nso: string | null;
  programmeTitle: PrintedText;
  programmeStatus: PrintedStatus | null;
  symbol: string;
  printDate: string;
  dataDate: string | null;
  groups: CountryGroupRow[];
  reports: CountryReportRow[];
  overdue: CountryOverdueRow[];
  languageNote: LanguageNote | null;
}

/**
 * A focal point's page: the groups the country sits in, what the country itself last reported on each
 * activity, and which activities of those groups are past their planned end.
 */
export function buildCountrySheet(
  source: ReportSource,
  iso3: string,
  programmeId: string | null,
  lang: Lang,
  today: Date,
): CountrySheet {
  const country = findCountry(source, iso3);
  const programme =
    programmeId === null ? currentProgramme(source.programmes, today) : findProgramme(source, programmeId);
  const nso = source.institutions.find((i) => i.id === country.nso);
  const groups: CountryGroupRow[] = [];
  const reports: CountryReportRow[] = [];
  const overdue: CountryOverdueRow[] = [];
  let dataDate: string | null = null;
  for (const group of programme.groups) {
    const coordinates = group.coordinators.some((c) => c.country === country.iso3);
    if (!coordinates && !group.members.includes(country.iso3)) continue;
    const states = activityStates(group.activities, source.progress, source.decisions, today);
    const summary = statusCounts(states);
    const newest = newestReportDate(states);
    if (newest !== null && (dataDate === null || newest > dataDate)) dataDate = newest;
    groups.push({
      groupId: group.id,
      numeral: group.numeral,
      title: printed(group.title, lang),
      role: coordinates ? 'coordinator' : 'member',
      summary,
      overall: formatShare(summary.overall, lang),
      lastUpdate: newest === null ? null : formatDay(newest, lang),
    });
    for (const s of states) {
      const own = latestReport(
        source.progress.filter((r) => r.activity === s.activity.id && r.country === country.iso3),
      );
      if (own !== null) {
        reports.push({
          activityId: s.activity.id,
          numeral: group.numeral,
          number: s.activity.number,
          text: printed(s.activity.text, lang),
          status: own.status ?? 'not-stated',
          percent: reportedPercent(own),
          date: own.reportDate,
          remarks: remarkOf(own, lang, 110),
        });
      }
      if (s.overdue) {
        overdue.push({
          activityId: s.activity.id,
          numeral: group.numeral,
          number: s.activity.number,
          text: printed(s.activity.text, lang),
          planned: plannedRangeText(s.activity.plannedStart, s.activity.plannedEnd, lang),
          status: s.known ? s.status : null,
        });
      }
    }
  }
  reports.sort((a, b) => (a.date === b.date ? 0 : a.date < b.date ? 1 : -1));
  const programmeTitle = printed(programme.title, lang);
  const translated = [
    programmeTitle,
    ...groups.map((g) => g.title),
    ...reports.map((r) => r.text),
    ...overdue.map((o) => o.text),
  ].some((t) => t.unofficial);
  return {
    kind: 'country',
    lang,
    iso3: country.iso3,
    country: country.name[lang],
    nso: nso ? pickText(nso.name, lang).text : null,
    programmeTitle,
    programmeStatus: printedStatus(programme, lang),
    symbol: programme.symbol,
    printDate: formatDay(dayOf(today), lang),
    dataDate: dataDate === null ? null : formatDay(dataDate, lang),
    groups,
    reports: reports.map((r) => ({ ...r, date: formatDay(r.date, lang) })),
    overdue,
    languageNote: languageNote(programme, lang, translated),
  };
}
