import { describe, expect, it } from 'vitest';
import type { Database } from '../../shared/model/database';
import type { Operation } from '../../shared/model/ops';
import { formatHlc, MAX_FUTURE_MS, wallOf } from '../../shared/sync/hlc';
import { restampAhead } from '../../shared/sync/restamp';

const OWN = 'aaaaaaaaaaaaaaaa';
const OTHER = 'bbbbbbbbbbbbbbbb';
const author = { name: 'FP', email: '', country: 'BRA', role: 'focal-point' } as const;
const op = (wall: number, site: string, key: string): Operation => ({
  hlc: formatHlc(wall, 0, site),
  site,
  author,
  entity: 'budget',
  key,
  fields: { purpose: key },
  prev: {},
});

describe('re-stamping the edits made while the clock ran ahead', () => {
  it('stamps them within the bound even when a change taken from another clock that ran ahead is held (fuzz finding F6)', () => {
    const now = Date.UTC(2020, 9, 15);
    const ahead = now + 3 * 24 * 3600 * 1000;
    const db = {
      identity: { installation: OWN },
      ops: [
        op(now - 1000, OWN, 'before'),
        op(ahead + 3600_000, OTHER, 'theirs'),
        op(ahead + 7200_000, OWN, 'mine'),
      ],
      clock: { wall: ahead + 7200_000, counter: 0 },
      sync: { history: [] },
    } as unknown as Database;
    const out = restampAhead(db, now)!;
    const mine = out.ops.find((o) => o.key === 'mine')!;
    expect(wallOf(mine.hlc)).toBeLessThanOrEqual(now + MAX_FUTURE_MS);
    expect(out.ops.map((o) => o.key)).toEqual(['before', 'theirs', 'mine']);
  });
});
