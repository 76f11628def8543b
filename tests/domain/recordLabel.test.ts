import { describe, expect, it } from 'vitest';
import { recordLabel } from '../../shared/domain/recordLabel';

const name = (iso3: string) => ({ COL: 'Colombia', MEX: 'México' })[iso3] ?? iso3;

describe('a record named as a person tells it apart', () => {
  it('names plan records by their numerals and programmes by their years', () => {
    expect(recordLabel('activity', '2020-2021/VII/3', null, name)).toBe('VII.3');
    expect(recordLabel('activity', '2020-2021/II/2.b', null, name)).toBe('II.2.b');
    expect(recordLabel('group', '2026-2027/I', null, name)).toBe('I');
    expect(recordLabel('programme', '2026-2027', null, name)).toBe('2026–2027');
    expect(recordLabel('contribution', '2020-2021/VII/c-1', null, name)).toBe('(VII)');
  });

  it('names a report, an entry or a meeting by its country and what it is on, never by its key', () => {
    const report = { country: 'COL', activity: '2020-2021/VII/3', objective: null };
    expect(recordLabel('progress', 'p-0mx519wmk-35820acddc3b', report, name)).toBe('(Colombia · VII.3)');
    const onObjective = { country: 'MEX', activity: null, objective: '2020-2021/IV/objective-2' };
    expect(recordLabel('progress', 'p-x', onObjective, name)).toBe('(México · IV)');
    expect(recordLabel('budget', 'b-x', { country: 'COL', group: '2020-2021/VII' }, name)).toBe(
      '(Colombia · VII)',
    );
    expect(recordLabel('meeting', 'm-x', null, name)).toBe('');
  });
});
