import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatHlc, observe, type ClockState } from '../../shared/sync/hlc';

describe('the clock after an import', () => {
  it('observing only the greatest stamp leaves the clock where observing every stamp would (what import relies on)', () => {
    const clock = fc.record({ wall: fc.integer({ min: 0, max: 50 }), counter: fc.integer({ min: 0, max: 5 }) });
    const stamp = fc.tuple(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 5 }), fc.constantFrom('aaaaaaaaaaaaaaaa', 'ffffffffffffffff'));
    fc.assert(
      fc.property(clock, fc.array(stamp, { minLength: 1, maxLength: 20 }), (start: ClockState, raw) => {
        const stamps = raw.map(([wall, counter, site]) => formatHlc(wall, counter, site));
        const greatest = stamps.reduce((a, b) => (b > a ? b : a));
        expect(observe(start, greatest)).toEqual(stamps.reduce(observe, start));
      }),
    );
  });
});
