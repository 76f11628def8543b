import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { currentProgramme, isClosed } from '../../shared/domain/currentProgramme';

const P = [
  { id: '2009-2011', start: '2009-01', end: '2011-12' },
  { id: '2012-2013', start: '2012-01', end: '2013-12' },
  { id: '2020-2021', start: '2020-01', end: '2021-12' },
];

describe('the current programme', () => {
  it('is the one whose period contains today', () => {
    expect(currentProgramme(P, '2021-03')?.id).toBe('2020-2021');
    expect(currentProgramme(P, '2012-01')?.id).toBe('2012-2013');
  });

  it('is the latest that has started when none contains today, and that one reads as closed', () => {
    const december2026 = new Date(2026, 11, 1);
    const current = currentProgramme(P, december2026);
    expect(current?.id).toBe('2020-2021');
    expect(isClosed(current!, december2026)).toBe(true);
    expect(isClosed(current!, '2021-12')).toBe(false);
  });

  it('is none before any programme started, and never a programme that has not started', () => {
    expect(currentProgramme(P, '2008-12')).toBeNull();
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2040 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
        const now = `${y}-${String(m).padStart(2, '0')}`;
        const c = currentProgramme(P, now);
        if (c) expect(c.start <= now).toBe(true);
      }),
    );
  });
});
