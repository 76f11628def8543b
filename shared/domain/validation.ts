import { compareMonths } from '../model/dates';
import type { Month } from '../model/dates';
import type { ProgressInput } from '../api/progress';
import type { BudgetInput } from '../api/budget';
import type { MeetingInput } from '../api/meetings';
import { hasAtMostTwoDecimals } from './budget';

/**
 * Field-level rules of the forms, shared by the renderer (to show messages next to each field before
 * submitting) and the handlers (which refuse what the form would have refused). Values are keys of the
 * `errors` namespace.
 */
export const FIELD_ERRORS = {
  required: 'errors:field.required',
  endBeforeStart: 'errors:progress.end-before-start',
  fullButNotCompleted: 'errors:progress.full-but-not-completed',
  completedButNotFull: 'errors:progress.completed-but-not-full',
  notStartedWithPercent: 'errors:progress.not-started-with-percent',
  returnNeedsComment: 'errors:review.return-needs-comment',
  outsideProgramme: 'errors:progress.outside-programme',
  planEndBeforeStart: 'errors:plan.end-before-start',
  currencyWithAmount: 'errors:budget.currency-with-amount',
  amountPositive: 'errors:budget.amount-positive',
  amountDecimals: 'errors:budget.amount-decimals',
  meetingEndBeforeStart: 'errors:meeting.end-before-start',
  programmeExists: 'errors:programme.exists',
  programmeEndBeforeStart: 'errors:programme.end-before-start',
  programmeYears: 'errors:programme.years',
} as const;
export type FieldErrorKey = (typeof FIELD_ERRORS)[keyof typeof FIELD_ERRORS];

export type FieldErrors<F extends string> = Partial<Record<F, FieldErrorKey>>;

export type ProgressField = 'status' | 'percent' | 'actualStart' | 'actualEnd' | 'done' | 'reportDate';
export type ProgressFields = Pick<
  ProgressInput,
  'status' | 'percent' | 'actualStart' | 'actualEnd' | 'done' | 'reportDate'
>;

export interface Span {
  start: Month;
  end: Month;
}

/** The first broken rule per field; an empty object means the report may be saved. */
export function validateProgress(form: ProgressFields, programme: Span): FieldErrors<ProgressField> {
  const errors: FieldErrors<ProgressField> = {};
  const set = (field: ProgressField, key: FieldErrorKey) => {
    errors[field] ??= key;
  };
  if (form.reportDate.trim() === '') set('reportDate', FIELD_ERRORS.required);
  // Something must have been done to speak of progress; an activity not started has nothing to tell yet.
  if (form.status !== 'not-started' && form.done.trim() === '') set('done', FIELD_ERRORS.required);
  if (form.status === 'completed' && form.actualEnd === null) set('actualEnd', FIELD_ERRORS.required);
  if ((form.status === 'completed' || form.status === 'in-progress') && form.actualStart === null)
    set('actualStart', FIELD_ERRORS.required);
  for (const field of ['actualStart', 'actualEnd'] as const) {
    const m = form[field];
    if (m !== null && (compareMonths(m, programme.start) < 0 || compareMonths(m, programme.end) > 0))
      set(field, FIELD_ERRORS.outsideProgramme);
  }
  if (
    form.actualStart !== null &&
    form.actualEnd !== null &&
    compareMonths(form.actualEnd, form.actualStart) < 0
  ) {
    set('actualEnd', FIELD_ERRORS.endBeforeStart);
  }
  if (form.percent === 100 && form.status !== 'completed') set('percent', FIELD_ERRORS.fullButNotCompleted);
  if (form.status === 'completed' && form.percent < 100) set('percent', FIELD_ERRORS.completedButNotFull);
  if (form.status === 'not-started' && form.percent > 0) set('percent', FIELD_ERRORS.notStartedWithPercent);
  return errors;
}

/** Returning a report says what to fix: the focal point reads the comment on her home screen. */
export function validateReview(form: {
  decision: 'accepted' | 'returned';
  comment: string;
}): FieldErrors<'comment'> {
  return form.decision === 'returned' && form.comment.trim() === ''
    ? { comment: FIELD_ERRORS.returnNeedsComment }
    : {};
}

/** A coordinator's rescheduling: the planned end, when both are months, is not before the planned start. */
export function validatePlan(
  plannedStart: Month | null,
  plannedEnd: Month | null,
): FieldErrors<'plannedEnd'> {
  return plannedStart !== null && plannedEnd !== null && compareMonths(plannedEnd, plannedStart) < 0
    ? { plannedEnd: FIELD_ERRORS.planEndBeforeStart }
    : {};
}

export type BudgetField = 'amount' | 'source' | 'date';
export type BudgetFields = Pick<BudgetInput, 'amount' | 'source' | 'date'>;

export function validateBudget(form: BudgetFields): FieldErrors<BudgetField> {
  const errors: FieldErrors<BudgetField> = {};
  if (!Number.isFinite(form.amount) || form.amount <= 0) errors.amount = FIELD_ERRORS.amountPositive;
  else if (!hasAtMostTwoDecimals(form.amount)) errors.amount = FIELD_ERRORS.amountDecimals;
  if (form.source.trim() === '') errors.source = FIELD_ERRORS.required;
  if (form.date.trim() === '') errors.date = FIELD_ERRORS.required;
  return errors;
}

/** A planned amount needs its currency, and a currency means nothing without an amount. */
export function validateContribution(form: {
  amount: number | null;
  currency: string | null;
}): FieldErrors<'amount' | 'currency'> {
  const errors: FieldErrors<'amount' | 'currency'> = {};
  if (form.amount !== null && !hasAtMostTwoDecimals(form.amount)) errors.amount = FIELD_ERRORS.amountDecimals;
  if ((form.amount === null) !== (form.currency === null)) errors.currency = FIELD_ERRORS.currencyWithAmount;
  return errors;
}

export type MeetingField = 'title' | 'place' | 'start' | 'end';

/** A meeting needs its name, place and days; it ends on or after its first day. */
export function validateMeeting(form: Pick<MeetingInput, MeetingField>): FieldErrors<MeetingField> {
  const errors: FieldErrors<MeetingField> = {};
  for (const field of ['title', 'place', 'start', 'end'] as const)
    if (form[field].trim() === '') errors[field] = FIELD_ERRORS.required;
  if (errors.start === undefined && errors.end === undefined && form.end < form.start)
    errors.end = FIELD_ERRORS.meetingEndBeforeStart;
  return errors;
}

export function hasErrors(errors: Record<string, unknown>): boolean {
  return Object.keys(errors).length > 0;
}
