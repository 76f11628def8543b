import type { Activity, Programme, WorkingGroup } from '../model/programme';

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
