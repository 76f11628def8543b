import { FIELD_ERRORS, validateBudget, validatePlan, validateProgress } from '../../shared/domain/validation';
import type { ProgressFields } from '../../shared/domain/validation';

const span = { start: '2020-01', end: '2021-12' };
const ok: ProgressFields = {
  status: 'in-progress',
  percent: 40,
  actualStart: '2020-03',
  actualEnd: null,
  done: 'Met twice',
  reportDate: '2020-06-30',
};

describe('progress form rules', () => {
  it('accepts a consistent report', () => {
    expect(validateProgress(ok, span)).toEqual({});
    expect(
      validateProgress({ ...ok, status: 'completed', percent: 100, actualEnd: '2020-05' }, span),
    ).toEqual({});
    expect(
      validateProgress({ ...ok, status: 'not-started', percent: 0, actualStart: null, done: '' }, span),
    ).toEqual({});
  });

  it('refuses an end before the start, on the end field', () => {
    expect(validateProgress({ ...ok, actualStart: '2020-05', actualEnd: '2020-04' }, span)).toEqual({
      actualEnd: FIELD_ERRORS.endBeforeStart,
    });
  });

  it('refuses 100% on an activity not completed, and completed below 100%', () => {
    expect(validateProgress({ ...ok, percent: 100 }, span)).toEqual({
      percent: FIELD_ERRORS.fullButNotCompleted,
    });
    expect(validateProgress({ ...ok, status: 'completed', percent: 90, actualEnd: '2020-05' }, span)).toEqual(
      { percent: FIELD_ERRORS.completedButNotFull },
    );
  });

  it('refuses actual months outside the programme', () => {
    expect(validateProgress({ ...ok, actualStart: '2019-12' }, span)).toEqual({
      actualStart: FIELD_ERRORS.outsideProgramme,
    });
    expect(validateProgress({ ...ok, actualEnd: '2022-01' }, span)).toEqual({
      actualEnd: FIELD_ERRORS.outsideProgramme,
    });
  });

  it('names every empty required field', () => {
    expect(
      validateProgress(
        {
          ...ok,
          status: 'completed',
          percent: 100,
          actualStart: null,
          actualEnd: null,
          done: '  ',
          reportDate: '',
        },
        span,
      ),
    ).toEqual({
      reportDate: FIELD_ERRORS.required,
      done: FIELD_ERRORS.required,
      actualStart: FIELD_ERRORS.required,
      actualEnd: FIELD_ERRORS.required,
    });
  });
});

describe('budget form rules', () => {
  it('wants a positive amount with at most two decimals, a source and a date', () => {
    expect(validateBudget({ amount: 12.5, source: 'UNICEF', date: '2020-01-01' })).toEqual({});
    expect(validateBudget({ amount: 0, source: 'UNICEF', date: '2020-01-01' })).toEqual({
      amount: FIELD_ERRORS.amountPositive,
    });
    expect(validateBudget({ amount: -3, source: 'UNICEF', date: '2020-01-01' })).toEqual({
      amount: FIELD_ERRORS.amountPositive,
    });
    expect(validateBudget({ amount: 1.005, source: ' ', date: '' })).toEqual({
      amount: FIELD_ERRORS.amountDecimals,
      source: FIELD_ERRORS.required,
      date: FIELD_ERRORS.required,
    });
  });
});

describe('plan rules', () => {
  it('refuses a planned end before the planned start, and accepts words (no month) on either side', () => {
    expect(validatePlan('2020-08', '2020-07')).toEqual({ plannedEnd: FIELD_ERRORS.planEndBeforeStart });
    expect(validatePlan('2020-08', '2020-08')).toEqual({});
    expect(validatePlan(null, '2020-07')).toEqual({});
  });
});
