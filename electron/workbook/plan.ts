import type { ProgrammeInput } from '../../shared/api/authoring';
import type { WorkbookPreview } from '../../shared/api/workbook';
import { programmeFields } from '../../shared/domain/authoring';
import type { PlannedDate } from '../../shared/model/dates';
import type { Change } from '../../shared/model/ops';
import type { Objective, PlannedContribution, WorkingGroup } from '../../shared/model/programme';
import type { Localized } from '../../shared/model/text';

/** A working group as a workbook enters it, with the rows of the other sheets that name it. */
export interface WorkbookGroup {
  numeral: string;
  title: Localized;
  theme: Localized;
  secretariats: string[];
  objectives: Objective[];
  coordinators: WorkingGroup['coordinators'];
  /** Members besides the coordinators. */
  members: string[];
  activities: { number: string; text: Localized; plannedStart: PlannedDate; plannedEnd: PlannedDate }[];
  contributions: PlannedContribution[];
}

/** The programme a workbook enters. */
export interface WorkbookPlan {
  programme: ProgrammeInput & { id: string };
  groups: WorkbookGroup[];
}

/**
 * The operations that enter the programme: one per programme, group, activity and contribution, as
 * the forms of the same records write them (shared/domain/programmes.ts folds them into a programme).
 */
export function planChanges(plan: WorkbookPlan): Change[] {
  const id = plan.programme.id;
  const changes: Change[] = [{ entity: 'programme', key: id, fields: programmeFields(plan.programme) }];
  for (const g of plan.groups) {
    const groupId = `${id}/${g.numeral}`;
    const coordinating = new Set(g.coordinators.map((c) => c.country));
    const fields = {
      title: g.title,
      theme: g.theme,
      objectives: g.objectives,
      coordinators: g.coordinators,
      // A coordinating country is a member by being one; the record lists the others.
      members: g.members.filter((c) => !coordinating.has(c)),
      secretariats: g.secretariats,
    };
    changes.push({ entity: 'group', key: groupId, fields });
    for (const a of g.activities)
      changes.push({
        entity: 'activity',
        key: `${groupId}/${a.number}`,
        fields: { text: a.text, plannedStart: a.plannedStart, plannedEnd: a.plannedEnd },
      });
    for (const { id: line, ...c } of g.contributions)
      changes.push({ entity: 'contribution', key: `${groupId}/${line}`, fields: c });
  }
  return changes;
}

export function planPreview(plan: WorkbookPlan): WorkbookPreview {
  const { id, start, end, symbol, titleEs, titleEn } = plan.programme;
  const groups = plan.groups.map((g) => ({
    numeral: g.numeral,
    activities: g.activities.length,
    contributions: g.contributions.length,
    coordinators: g.coordinators.map((c) => c.country),
    members: g.members,
  }));
  return {
    programme: { id, start, end, symbol, title: { orig: 'es', es: titleEs, en: titleEn } },
    groups,
    activities: groups.reduce((n, g) => n + g.activities, 0),
    contributions: groups.reduce((n, g) => n + g.contributions, 0),
  };
}
