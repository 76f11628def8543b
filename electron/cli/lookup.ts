import { fail } from '../../shared/errors';
import type { Database, Programme, WorkingGroup } from '../../shared/model';

/** The programme new identities join: groups given to `init` are numerals of this one. */
export const CURRENT_PROGRAMME = '2020-2021';

export function programmeOf(db: Readonly<Database>, id: string): Programme {
  const programme = db.programmes.find((p) => p.id === id);
  if (!programme)
    fail('cli-unknown-programme', 'store:cli-unknown-programme', {
      programme: id,
      programmes: db.programmes.map((p) => p.id).join(', ') || '-',
    });
  return programme;
}

export function groupOf(programme: Programme, numeral: string): WorkingGroup {
  const group = programme.groups.find((g) => g.numeral === numeral.toUpperCase());
  if (!group) {
    fail('cli-unknown-group', 'store:cli-unknown-group', {
      programme: programme.id,
      group: numeral,
      groups: programme.groups.map((g) => g.numeral).join(', ') || '-',
    });
  }
  return group;
}
