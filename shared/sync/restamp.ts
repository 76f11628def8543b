import type { Database } from '../model/database';
import type { Hlc, Operation } from '../model/ops';
import { MAX_FUTURE_MS, observe, tick, wallOf, type ClockState } from './hlc';

/**
 * This installation's own operations stamped more than MAX_FUTURE_MS ahead of `now` (made while its
 * clock ran ahead): every importer whose clock is right refuses them, so nobody holds them but us.
 * Once the clock is put right they are stamped again, in their order, from the greatest stamp this
 * installation keeps (or now), and appended, so they travel in the next bundle; bundles already sent
 * are marked as ending before the first of them, so "changes since the last bundle" includes them.
 * Null when there is nothing to re-stamp.
 */
export function restampAhead(db: Readonly<Database>, now: number): Database | null {
  const site = db.identity?.installation;
  if (site === undefined) return null;
  const limit = now + MAX_FUTURE_MS;
  let first = -1;
  const kept: Operation[] = [];
  const ahead: Operation[] = [];
  db.ops.forEach((op, i) => {
    if (op.site === site && wallOf(op.hlc) > limit) {
      if (first === -1) first = i;
      ahead.push(op);
    } else kept.push(op);
  });
  if (ahead.length === 0) return null;
  let clock: ClockState = { wall: 0, counter: 0 };
  // Stamped from the greatest stamp kept within the bound: another installation's change stamped as far
  // ahead (taken while this clock was wrong too) must not carry the new stamps beyond it again.
  const greatest = kept.reduce<Hlc | null>(
    (max, op) => (wallOf(op.hlc) <= limit && (max === null || op.hlc > max) ? op.hlc : max),
    null,
  );
  if (greatest !== null) clock = observe(clock, greatest);
  const renamed = new Map<Hlc, Hlc>();
  const restamped = ahead.map((op) => {
    const next = tick(clock, now, site);
    clock = next.state;
    renamed.set(op.hlc, next.hlc);
    const prev: Record<string, Hlc | null> = {};
    for (const [field, stamp] of Object.entries(op.prev))
      prev[field] = stamp === null ? null : (renamed.get(stamp) ?? stamp);
    return { ...op, hlc: next.hlc, prev };
  });
  const history = db.sync.history.map((entry) =>
    entry.direction === 'sent' && typeof entry.opIndex === 'number' && entry.opIndex > first
      ? { ...entry, opIndex: first }
      : entry,
  );
  return { ...db, ops: kept.concat(restamped), clock, sync: { ...db.sync, history } };
}
