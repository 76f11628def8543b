import { currentProgramme } from '../../shared/domain/currentProgramme';
import type { Database, Programme } from '../../shared/model';
import { deriveState } from '../../shared/state';
import { cliFail } from './errors';

/** The programmes as entered: the shipped ones with their edits and those operations created. */
export function programmesOf(db: Readonly<Database>): readonly Programme[] {
  return deriveState(db).programmes;
}

export function programmeOf(db: Readonly<Database>, id: string): Programme {
  const programmes = programmesOf(db);
  const programme = programmes.find((p) => p.id === id);
  if (!programme)
    cliFail('unknown-programme', {
      programme: id,
      programmes: programmes.map((p) => p.id).join(', ') || '-',
    });
  return programme;
}

/**
 * A group as typed on the command line: `2020-2021/V` as it is, a bare numeral of the current
 * programme (the app's one rule). Whether the group exists is the handler's to say.
 */
export function groupIdOf(db: Readonly<Database>, ref: string, today: Date): string {
  if (ref.includes('/')) return ref;
  const programme = currentProgramme(programmesOf(db), today);
  if (!programme) cliFail('no-current-programme');
  return `${programme.id}/${ref.toUpperCase()}`;
}
