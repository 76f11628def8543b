import type { Author, Change, Operation } from '../../shared/model';
import type { Folded } from '../../shared/sync/fold';
import { tick, type ClockState } from '../../shared/sync/hlc';

export interface Stamped {
  ops: Operation[];
  clock: ClockState;
}

/**
 * Turns changes into operations: each gets the next clock stamp, and `prev` notes, per field, the
 * stamp of the value the author saw (the current winner in `folded`), and a second change of the
 * same field in one batch names the first: `folded` is left as it is, for the save may still fail.
 */
export function stampChanges(
  folded: Readonly<Folded>,
  clock: ClockState,
  now: number,
  site: string,
  author: Author,
  changes: readonly Change[],
): Stamped {
  const ops: Operation[] = [];
  let state = clock;
  const stampedHere = new Map<string, string>();
  for (const change of changes) {
    const next = tick(state, now, site);
    state = next.state;
    const current = folded[change.entity]?.get(change.key);
    const prev: Record<string, string | null> = {};
    for (const field of Object.keys(change.fields)) {
      const at = JSON.stringify([change.entity, change.key, field]);
      prev[field] = change.prev?.[field] ?? stampedHere.get(at) ?? current?.get(field)?.hlc ?? null;
      stampedHere.set(at, next.hlc);
    }
    const op: Operation = {
      hlc: next.hlc,
      site,
      author: { ...author },
      entity: change.entity,
      key: change.key,
      fields: structuredClone(change.fields),
      prev,
    };
    ops.push(op);
  }
  return { ops, clock: state };
}
