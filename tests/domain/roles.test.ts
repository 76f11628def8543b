import { describe, expect, it } from 'vitest';
import { mayAmendReport, type Actor } from '../../shared/domain/roles';
import type { WorkingGroup } from '../../shared/model/programme';

// Only what the roles read of a group: its id, coordinators and members.
const GROUP = {
  id: '2020-2021/VII',
  coordinators: [{ country: 'MEX' }],
  members: [],
} as unknown as WorkingGroup;
const COLOMBIA: Actor = { role: 'focal-point', country: 'COL', groups: ['2020-2021/VII'] };
const MEXICO: Actor = { role: 'coordinator', country: 'MEX', groups: ['2020-2021/VII'] };
const SECRETARIAT: Actor = { role: 'secretariat', country: null, groups: [] };
const byColombia = { country: 'COL', author: { role: 'focal-point', country: 'COL' } } as const;
const bySecretariatForColombia = { country: 'COL', author: { role: 'secretariat', country: null } } as const;

describe('who may correct or withdraw a report', () => {
  it('the office that wrote it: Colombia its own, the secretariat its own even on behalf of Colombia', () => {
    expect(mayAmendReport(COLOMBIA, GROUP, byColombia)).toBe(true);
    expect(mayAmendReport(SECRETARIAT, GROUP, bySecretariatForColombia)).toBe(true);
  });

  it("not another office: not the secretariat on Colombia's report, not Colombia on the secretariat's, not the coordinator", () => {
    expect(mayAmendReport(SECRETARIAT, GROUP, byColombia)).toBe(false);
    expect(mayAmendReport(COLOMBIA, GROUP, bySecretariatForColombia)).toBe(false);
    expect(mayAmendReport(MEXICO, GROUP, byColombia)).toBe(false);
    expect(mayAmendReport(null, GROUP, byColombia)).toBe(false);
  });

  it('a colleague of the same office may, as long as she still reports in the group', () => {
    expect(mayAmendReport({ ...COLOMBIA, role: 'coordinator' }, GROUP, byColombia)).toBe(true);
    expect(mayAmendReport({ ...COLOMBIA, groups: [] }, GROUP, byColombia)).toBe(false);
  });
});
