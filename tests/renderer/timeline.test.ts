import { describe, expect, it } from 'vitest';
import { plannedBar, position } from '../../renderer/group/Timeline';

const BIENNIUM = { start: '2020-01', end: '2021-12' };
const month = (m: string | null) => ({ month: m, words: null });

describe('plan timeline geometry', () => {
  it('places a planned span on the 24 months of the biennium, end month included', () => {
    expect(plannedBar(BIENNIUM, month('2020-08'), month('2020-09'))).toEqual({ from: 7 / 24, to: 9 / 24 });
    expect(plannedBar(BIENNIUM, month('2021-12'), month('2021-12'))).toEqual({ from: 23 / 24, to: 1 });
  });

  it('shows a single known month, clips to the biennium, and draws nothing without months', () => {
    expect(plannedBar(BIENNIUM, month(null), month('2020-03'))).toEqual({ from: 2 / 24, to: 3 / 24 });
    expect(plannedBar(BIENNIUM, month('2019-06'), month('2020-02'))).toEqual({ from: 0, to: 2 / 24 });
    expect(plannedBar(BIENNIUM, month('2022-01'), month('2022-03'))).toBeNull();
    expect(plannedBar(BIENNIUM, month(null), month(null))).toBeNull();
  });

  it('puts today within its month, and outside [0, 1] when the biennium is over', () => {
    expect(position(BIENNIUM, new Date(2020, 0, 1))).toBe(0);
    expect(position(BIENNIUM, new Date(2021, 2, 16))).toBeCloseTo((14 + 15 / 31) / 24);
    expect(position(BIENNIUM, new Date(2026, 10, 21))).toBeGreaterThan(1);
  });
});
