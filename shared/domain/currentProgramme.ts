import { compareMonths, monthOf } from '../model/dates';
import type { Month } from '../model/dates';

interface Period {
  id: string;
  start: Month;
  end: Month;
}

/** A programme whose last month has passed is closed: its figures are final, nothing in it is late any more. */
export function isClosed(programme: Pick<Period, 'end'>, today: Date | Month): boolean {
  const now = typeof today === 'string' ? today : monthOf(today);
  return compareMonths(programme.end, now) < 0;
}

/**
 * The current programme (PRODUCT.md, "A biennium's life"): the one whose period contains today, else
 * the latest that has started; null when none has started yet.
 */
export function currentProgramme<P extends Period>(programmes: readonly P[], today: Date | Month): P | null {
  const now = typeof today === 'string' ? today : monthOf(today);
  const started = programmes.filter((p) => compareMonths(p.start, now) <= 0);
  const containing = started.filter((p) => compareMonths(now, p.end) <= 0);
  const pool = containing.length > 0 ? containing : started;
  return pool.slice().sort((a, b) => compareMonths(b.start, a.start) || b.id.localeCompare(a.id))[0] ?? null;
}
