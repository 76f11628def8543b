import type { Input } from '../../shared/api';

/** The activity most handler tests report on: VII/3 of 2020–2021. */
export const A3 = '2020-2021/VII/3';

/** A valid progress report on VII/3, as the form sends it. */
export const progress = (over: Partial<Input<'progress.save'>> = {}): Input<'progress.save'> => ({
  activityId: A3,
  status: 'in-progress',
  percent: 40,
  actualStart: '2020-08',
  actualEnd: null,
  done: 'Agenda drafted with IOM',
  obstacles: 'Travel restrictions',
  nextSteps: 'Virtual workshop',
  evidence: ['LC/CEA.10/5'],
  reportDate: '2020-10-10',
  ...over,
});

/** A valid budget entry of group VII against VII/3, as the form sends it. */
export const budget = (over: Partial<Input<'budget.add'>> = {}): Input<'budget.add'> => ({
  groupId: '2020-2021/VII',
  activityId: A3,
  kind: 'expenditure',
  source: 'DANE',
  institution: 'nso-col',
  amount: 1250.5,
  purpose: 'Interpretation',
  date: '2020-10-01',
  ...over,
});
