import { currentProgramme } from '../../shared/domain/currentProgramme';
import type { Database, Programme } from '../../shared/model';
import { cliFail } from './errors';

export function programmeOf(db: Readonly<Database>, id: string): Programme {
  const programme = db.programmes.find((p) => p.id === id);
  if (!programme)
    cliFail('unknown-programme', {
      programme: id,
      programmes: db.programmes.map((p) => p.id).join(', ') || '-',
    });
  return programme;
}

/**
 * A group as typed on the command line: `2020-2021/V` as it is, a bare numeral of the current
 * programme (the app's one rule). Whether the group exists is the handler's to say.
 */
export function groupIdOf(db: Readonly<Database>, ref: string, today: Date): string {
  if (ref.includes('/')) return ref;
  const programme = currentProgramme(db.programmes, today);
  if (!programme) cliFail('no-current-programme');
  return `${programme.id}/${ref.toUpperCase()}`;
}
