import {
  completionShare,
  effectiveStatus,
  isOverdue,
  latestReport,
  reportsByActivity,
  summarizeGroup,
} from '../../shared/domain/progress';
import type { WorkingGroup } from '../../shared/model/programme';
import { activity, report } from './fixtures';

describe('latest report', () => {
  it('is the newest by report date, then by id, whatever the order given', () => {
    const a = report({ id: 'p-a', reportDate: '2020-09-01' });
    const b = report({ id: 'p-b', reportDate: '2020-10-01' });
    const c = report({ id: 'p-c', reportDate: '2020-10-01' });
    expect(latestReport([a, b, c])?.id).toBe('p-c');
    expect(latestReport([c, b, a])?.id).toBe('p-c');
    expect(latestReport([])).toBeNull();
  });

  it('groups reports per activity newest first and leaves reports on objectives out', () => {
    const onObjective = report({ id: 'p-o', activity: null, objective: '2009-2011/MDG/objective-1' });
    const grouped = reportsByActivity([
      report({ id: 'p-1', reportDate: '2020-01-01' }),
      onObjective,
      report({ id: 'p-2', reportDate: '2020-02-01' }),
    ]);
    expect([...grouped.keys()]).toEqual(['2020-2021/VII/3']);
    expect(grouped.get('2020-2021/VII/3')?.map((r) => r.id)).toEqual(['p-2', 'p-1']);
  });
});

describe('isOverdue', () => {
  const today = new Date(2020, 9, 15); // October 2020

  it('is overdue once the planned end month has fully passed and the activity is not done', () => {
    expect(isOverdue(activity('2020-09'), null, today)).toBe(true);
    expect(isOverdue(activity('2020-09'), report({ status: 'delayed' }), today)).toBe(true);
  });

  it('is not overdue during the planned end month itself, nor before', () => {
    expect(isOverdue(activity('2020-10'), null, today)).toBe(false);
    expect(isOverdue(activity('2021-01'), null, '2020-10')).toBe(false);
  });

  it('is never overdue when completed or cancelled, by report or by the coordinator', () => {
    expect(isOverdue(activity('2020-09'), report({ status: 'completed', percent: 100 }), today)).toBe(false);
    expect(isOverdue(activity('2020-09'), report({ status: 'cancelled' }), today)).toBe(false);
    expect(isOverdue(activity('2020-09'), report({ status: 'in-progress' }), today, 'cancelled')).toBe(false);
  });

  it('is never overdue when the end is only given in words', () => {
    expect(isOverdue(activity(null, 'To be decided in May 2020'), null, today)).toBe(false);
  });
});

describe('completion', () => {
  it('counts completed among activities that can still complete', () => {
    expect(completionShare(['completed', 'in-progress', 'cancelled', 'not-started'])).toEqual({
      completed: 1,
      total: 3,
      share: 1 / 3,
    });
    expect(completionShare(['cancelled'])).toEqual({ completed: 0, total: 0, share: 0 });
  });

  it('a coordinator cancelling wins over reports; otherwise the latest report speaks', () => {
    expect(effectiveStatus(report({ status: 'in-progress' }), 'cancelled')).toBe('cancelled');
    expect(effectiveStatus(report({ status: 'delayed' }), 'postponed')).toBe('delayed');
    expect(effectiveStatus(null, 'postponed')).toBe('postponed');
    expect(effectiveStatus(null)).toBe('not-started');
  });

  it('summarizes a group: share completed, overdue count and last update', () => {
    const a1 = { ...activity('2020-03'), id: '2020-2021/VII/1' };
    const a2 = { ...activity('2020-04'), id: '2020-2021/VII/2' };
    const a3 = { ...activity(null, 'later'), id: '2020-2021/VII/3' };
    const group = {
      id: '2020-2021/VII',
      numeral: 'VII',
      title: a1.text,
      theme: a1.text,
      coordinators: [],
      activities: [a1, a2, a3],
    } as unknown as WorkingGroup;
    const latest = new Map([
      [a1.id, report({ status: 'completed', percent: 100, reportDate: '2020-03-30' })],
      [a2.id, report({ status: 'in-progress', reportDate: '2020-05-02' })],
    ]);
    const summary = summarizeGroup(
      group,
      (id) => ({ latest: latest.get(id) ?? null, decision: null }),
      '2021-01',
    );
    expect(summary.completion).toEqual({ completed: 1, total: 3, share: 1 / 3 });
    expect(summary.overdueCount).toBe(1);
    expect(summary.lastUpdate).toBe('2020-05-02');
  });
});
