import { join } from 'node:path';
import { loadSeed } from '../../electron/seed';
import type { Author, BudgetEntry, ProgressReport, Status } from '../../shared/model';
import { sourceFromDatabase } from '../../shared/report/source';
import type { ReportSource } from '../../shared/report/source';
import { deriveState } from '../../shared/state';

export const DATA_DIR = join(import.meta.dirname, '..', '..', 'data');

/** Mid-biennium: some of group X's planned ends have passed, others lie ahead, so every state shows. */
export const TODAY = new Date(Date.UTC(2021, 5, 15));

const MEX: Author = {
  name: 'Ana Pérez',
  email: 'ana.perez@inegi.example',
  country: 'MEX',
  role: 'coordinator',
};
const COL: Author = {
  name: 'Luis Gómez',
  email: 'luis.gomez@dane.example',
  country: 'COL',
  role: 'focal-point',
};

function report(
  activity: string,
  status: Status,
  percent: number,
  reportDate: string,
  author: Author,
  extra: Partial<ProgressReport> = {},
): ProgressReport {
  return {
    id: `r-${activity}-${reportDate}-${author.country}`,
    activity,
    objective: null,
    status,
    percent,
    actualStart: null,
    actualEnd: null,
    done: '',
    obstacles: '',
    nextSteps: '',
    evidence: [],
    reportDate,
    author,
    country: author.country,
    narrative: null,
    review: null,
    ...extra,
  };
}

/** Reports on group X of 2020–2021 as INEGI (Mexico, coordinator) and DANE (Colombia) might file them. */
export const X_REPORTS: ProgressReport[] = [
  report('2020-2021/X/1', 'completed', 100, '2020-07-10', MEX, {
    done: 'Twelve success stories selected from eight countries.',
    evidence: ['LC/L.9999'],
  }),
  report('2020-2021/X/2', 'completed', 100, '2020-06-30', MEX, { done: 'Annotated index agreed.' }),
  report('2020-2021/X/3', 'completed', 100, '2020-07-20', MEX),
  report('2020-2021/X/4', 'delayed', 70, '2020-11-02', MEX, {
    obstacles: 'Field consultations moved online because of the pandemic; the draft slipped by a quarter.',
  }),
  report('2020-2021/X/5', 'in-progress', 40, '2021-03-15', MEX, {
    nextSteps: 'Collect the last comments from the group by April.',
  }),
  report('2020-2021/X/6', 'in-progress', 60, '2021-02-01', COL, {
    done: 'ICCS training outline drafted with DANE.',
  }),
  report('2020-2021/X/9', 'postponed', 0, '2021-01-20', MEX, {
    obstacles: 'Regional forum postponed to the second half of 2021.',
  }),
  report('2020-2021/X/10', 'in-progress', 35, '2021-05-31', MEX),
];

export const X_BUDGET: BudgetEntry[] = [
  {
    id: 'b-x-1',
    programme: '2020-2021',
    group: '2020-2021/X',
    activity: null,
    kind: 'commitment',
    source: 'UNODC-INEGI Centre of Excellence',
    institution: 'unodc-inegi-coe',
    amount: 90000,
    currency: 'USD',
    purpose: 'Consultants for the manual',
    date: '2020-03-01',
    country: 'MEX',
    author: MEX,
  },
  {
    id: 'b-x-2',
    programme: '2020-2021',
    group: '2020-2021/X',
    activity: '2020-2021/X/4',
    kind: 'expenditure',
    source: 'UNODC-INEGI Centre of Excellence',
    institution: 'unodc-inegi-coe',
    amount: 41250.5,
    currency: 'USD',
    purpose: 'Initial draft',
    date: '2020-10-15',
    country: 'MEX',
    author: MEX,
  },
];

let seeded: ReportSource | null = null;

/** The seeded database (every programme in data/) as the sheets see it; loaded once per test file. */
export function seedSource(): ReportSource {
  const db = loadSeed(DATA_DIR, () => 0);
  seeded ??= sourceFromDatabase(db, deriveState(db));
  return seeded;
}

/** The seed plus the reports and budget entries above. */
export function sourceWithX(): ReportSource {
  const s = seedSource();
  return { ...s, progress: [...s.progress, ...X_REPORTS], budget: [...s.budget, ...X_BUDGET] };
}

/**
 * The fullest sheet a group can have: every activity of 2020–2021 reported by Colombia, in progress,
 * with a remark long enough to be cut. The one-page promise has to hold for this too.
 */
export function sourceFullyReported(): ReportSource {
  const s = seedSource();
  const activities =
    s.programmes.find((p) => p.id === '2020-2021')?.groups.flatMap((g) => g.activities) ?? [];
  const reports = activities.map((a) =>
    report(a.id, 'in-progress', 50, '2021-05-20', COL, {
      obstacles:
        'The national consultation took longer than planned because two ministries asked for more time to review the draft.',
    }),
  );
  return { ...s, progress: [...s.progress, ...reports] };
}
