import type { Activity, Country, Programme, WorkingGroup } from '../model/programme';
import type { Lang } from '../model/text';

/** The group `PROGRAMME/NUMERAL` among the programmes held, or undefined. */
export function findGroup(programmes: readonly Programme[], groupId: string): WorkingGroup | undefined {
  for (const p of programmes) for (const g of p.groups) if (g.id === groupId) return g;
  return undefined;
}

/** The activity `PROGRAMME/NUMERAL/NUMBER` with its group, or undefined. */
export function findActivity(
  programmes: readonly Programme[],
  id: string,
): { group: WorkingGroup; activity: Activity } | undefined {
  const group = findGroup(programmes, id.split('/').slice(0, 2).join('/'));
  const activity = group?.activities.find((a) => a.id === id);
  return group && activity ? { group, activity } : undefined;
}

/** A country's name in `lang`, or its code where the catalogue does not hold it. */
export function countryName(countries: readonly Country[], iso3: string, lang: Lang): string {
  return countries.find((c) => c.iso3 === iso3)?.name[lang] ?? iso3;
}
