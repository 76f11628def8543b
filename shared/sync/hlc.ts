import type { Hlc } from '../model/ops';

export interface ClockState {
  wall: number;
  counter: number;
}

const WALL_DIGITS = 15;
const COUNTER_DIGITS = 6;

export function formatHlc(wall: number, counter: number, site: string): Hlc {
  return `${String(wall).padStart(WALL_DIGITS, '0')}-${String(counter).padStart(COUNTER_DIGITS, '0')}-${site}`;
}

export function parseHlc(h: Hlc): { wall: number; counter: number; site: string } {
  const [wall, counter, site] = h.split('-') as [string, string, string];
  return { wall: Number(wall), counter: Number(counter), site };
}

/**
 * Next stamp for a local event. The clock never goes backwards even if the wall clock does, so a
 * laptop whose clock was reset still orders its own edits correctly.
 */
export function tick(state: ClockState, now: number, site: string): { state: ClockState; hlc: Hlc } {
  const wall = Math.max(state.wall, now);
  const counter = wall === state.wall ? state.counter + 1 : 0;
  return { state: { wall, counter }, hlc: formatHlc(wall, counter, site) };
}

/** Advance the local clock past a stamp seen in an imported operation. */
export function observe(state: ClockState, seen: Hlc): ClockState {
  const s = parseHlc(seen);
  if (s.wall > state.wall) return { wall: s.wall, counter: s.counter };
  if (s.wall === state.wall) return { wall: state.wall, counter: Math.max(state.counter, s.counter) };
  return state;
}
