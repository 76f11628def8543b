import type { Hlc } from '../model/ops';

export interface ClockState {
  wall: number;
  counter: number;
}

const WALL_DIGITS = 15;
const COUNTER_DIGITS = 6;
export const MAX_COUNTER = 10 ** COUNTER_DIGITS - 1;

/**
 * How far ahead of the importer's own time an accepted stamp may be: 48 hours. A clock set to the right
 * local time in the wrong time zone is off by up to 26 hours (UTC-12 to UTC+14), and a daylight-saving
 * mix-up adds one; anything further is a wrong date, and a stamp accepted from it would win every later
 * edit of its field until that date came. Two days is the most such a stamp can keep winning.
 */
export const MAX_FUTURE_MS = 48 * 60 * 60 * 1000;

/** How far the held clock may run ahead of this computer's before its user is warned: ten minutes. */
export const CLOCK_BEHIND_WARNING_MS = 10 * 60 * 1000;

export function formatHlc(wall: number, counter: number, site: string): Hlc {
  return `${String(wall).padStart(WALL_DIGITS, '0')}-${String(counter).padStart(COUNTER_DIGITS, '0')}-${site}`;
}

export function parseHlc(h: Hlc): { wall: number; counter: number; site: string } {
  const [wall, counter, site] = h.split('-') as [string, string, string];
  return { wall: Number(wall), counter: Number(counter), site };
}

/** The wall time of a stamp, read without splitting it. */
export function wallOf(h: Hlc): number {
  return Number(h.slice(0, WALL_DIGITS));
}

/**
 * Next stamp for a local event. The clock never goes backwards even if the wall clock does, so a
 * laptop whose clock was reset still orders its own edits correctly. A counter that would pass its
 * six digits moves the wall time on by a millisecond instead, as hybrid logical clocks do, so every
 * stamp stays well-formed whatever the clock held.
 */
export function tick(state: ClockState, now: number, site: string): { state: ClockState; hlc: Hlc } {
  let wall = Math.max(state.wall, now);
  let counter = wall === state.wall ? state.counter + 1 : 0;
  if (counter > MAX_COUNTER) {
    wall += 1;
    counter = 0;
  }
  return { state: { wall, counter }, hlc: formatHlc(wall, counter, site) };
}

/** Advance the local clock past a stamp seen in an imported operation. */
export function observe(state: ClockState, seen: Hlc): ClockState {
  const s = parseHlc(seen);
  if (s.wall > state.wall) return { wall: s.wall, counter: s.counter };
  if (s.wall === state.wall) return { wall: state.wall, counter: Math.max(state.counter, s.counter) };
  return state;
}

/** The held clock when it runs ahead of this computer's by more than the warning's margin, else null. */
export function clockBehind(clock: ClockState, now: number): { heldUntil: number } | null {
  return clock.wall > now + CLOCK_BEHIND_WARNING_MS ? { heldUntil: clock.wall } : null;
}
