import type { Country, WorkingGroup } from '../../shared/model/programme';
import type { Meeting } from '../../shared/model/records';
import { textOf, type Lang, type Localized } from '../../shared/model/text';

/** The number an objective ref or activity id is shown by ("5", "3"), from the group's own list. */
export function servedNumbers(
  meeting: Pick<Meeting, 'objectives' | 'activities'>,
  group: WorkingGroup,
): { objectives: string[]; activities: string[] } {
  const objectiveNumber = (ref: string) =>
    group.objectives.find((o) => `${group.id}/objective-${o.number}` === ref)?.number ?? null;
  const activityNumber = (id: string) => group.activities.find((a) => a.id === id)?.number ?? null;
  return {
    objectives: meeting.objectives.map(objectiveNumber).filter((n): n is string => n !== null),
    activities: meeting.activities.map(activityNumber).filter((n): n is string => n !== null),
  };
}

export function countryNames(iso3s: readonly string[], countries: readonly Country[], lang: Lang): string[] {
  return iso3s
    .map((c) => countries.find((k) => k.iso3 === c)?.name[lang] ?? c)
    .sort((a, b) => a.localeCompare(b, lang));
}

/** One name per line, as the form's text areas take them. */
export function linesOf(texts: readonly Localized[], lang: Lang): string {
  return texts.map((t) => textOf(t, lang)).join('\n');
}

export function splitLines(text: string): string[] {
  return text
    .split('\n')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
