import { describe, expect, it } from 'vitest';
import { figure, notMeasured } from './figures';
import { peerComparisons } from './peers';

const ms = (label: string, value: number) => figure(label, value, 'ms', null, {});

describe('peerComparisons', () => {
  it('divides the app by the peer and checks the issue 12 target of each size', () => {
    const out = peerComparisons(
      {
        save_p50_1x: ms('app', 3),
        sqlite_save_p50_1x: ms('sqlite', 4),
        save_p50_100x: ms('app', 9),
        sqlite_save_p50_100x: ms('sqlite', 3),
        save_p95_100x: ms('app', 9),
        sqlite_save_p95_100x: ms('sqlite', 4),
        merge_time: ms('app', 300),
        merge_yjs: ms('yjs', 1000),
      },
      [1, 100],
    );
    expect(out.vs_sqlite_save_p50_1x).toMatchObject({
      value: 3,
      floor: 4,
      ratio: 0.75,
      met: true,
      target: '<= 1x peer',
    });
    // At 100x the median has no target; the p95 must stay within 2x at every size.
    expect(out.vs_sqlite_save_p50_100x).toMatchObject({ ratio: 3, met: null });
    expect(out.vs_sqlite_save_p95_100x).toMatchObject({ ratio: 2.25, met: false });
    expect(out.vs_yjs_merge).toMatchObject({ ratio: 0.3, met: false, target: '<= 0.2x peer' });
  });

  it('leaves out a comparison whose app or peer figure was not measured', () => {
    const out = peerComparisons(
      {
        save_p50_1x: ms('app', 3),
        sqlite_save_p50_1x: notMeasured('sqlite', 'ms', {}, 'crashed'),
        load_1x: ms('app', 5),
      },
      [1],
    );
    expect(out).toEqual({});
  });
});
