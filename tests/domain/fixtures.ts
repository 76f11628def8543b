import type { Activity } from '../../shared/model/programme';
import type { BudgetEntry, ProgressReport } from '../../shared/model/records';

export const author = {
  name: 'Ana Pérez',
  email: 'ana@dane.gov.co',
  country: 'COL',
  role: 'focal-point',
} as const;

export function activity(end: string | null, words: string | null = null): Activity {
  return {
    id: '2020-2021/VII/3',
    programme: '2020-2021',
    group: 'VII',
    number: '3',
    section: null,
    text: { orig: 'en', en: 'Workshop' },
    subItems: [],
    plannedStart: { month: '2020-08', words: null },
    plannedEnd: { month: end, words: words === null ? null : { orig: 'en', en: words } },
    footnotes: [],
  };
}

export function report(over: Partial<ProgressReport> = {}): ProgressReport {
  return {
    id: 'p-1',
    activity: '2020-2021/VII/3',
    objective: null,
    status: 'in-progress',
    percent: 50,
    actualStart: '2020-08',
    actualEnd: null,
    done: 'Drafted the agenda',
    obstacles: '',
    nextSteps: '',
    evidence: [],
    reportDate: '2020-09-01',
    author,
    country: 'COL',
    narrative: null,
    review: null,
    ...over,
  };
}

export function entry(over: Partial<BudgetEntry> = {}): BudgetEntry {
  return {
    id: 'b-1',
    programme: '2020-2021',
    group: '2020-2021/V',
    activity: null,
    kind: 'expenditure',
    source: 'UNICEF',
    institution: 'unicef',
    amount: 0.1,
    currency: 'USD',
    purpose: '',
    date: '2020-05-01',
    country: 'SLV',
    author,
    ...over,
  };
}
