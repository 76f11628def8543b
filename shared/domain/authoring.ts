import type { ActivityInput, GroupInput, ProgrammeInput } from '../api/authoring';
import { compareMonths } from '../model/dates';
import { FIELD_ERRORS, validatePlan, type FieldErrorKey, type FieldErrors } from './validation';

/**
 * Field rules of the forms that enter a programme, a group and an activity: the renderer shows them
 * next to each field before submitting, and the handlers refuse what the form would have refused.
 */

/** A programme is named by the years it spans (`2026-2027`), as every programme of the Conference is. */
export function programmeIdOf(form: Pick<ProgrammeInput, 'start' | 'end'>): string {
  return `${form.start.slice(0, 4)}-${form.end.slice(0, 4)}`;
}

function collector<F extends string>() {
  const errors: FieldErrors<F> = {};
  const set = (field: F, key: FieldErrorKey) => {
    errors[field] ??= key;
  };
  return { errors, set };
}

/** What a programme's operation holds: its texts are the secretariat's, in Spanish with the English title. */
export function programmeFields(form: ProgrammeInput) {
  return {
    title: { orig: 'es', es: form.titleEs.trim(), en: form.titleEn.trim() },
    symbol: form.symbol.trim(),
    start: form.start,
    end: form.end,
    sourceLang: 'es',
  };
}

export type ProgrammeField = 'start' | 'end' | 'symbol' | 'titleEs' | 'titleEn';

export function validateProgrammeForm(
  form: ProgrammeInput,
  heldIds: readonly string[],
): FieldErrors<ProgrammeField> {
  const { errors, set } = collector<ProgrammeField>();
  for (const field of ['symbol', 'titleEs', 'titleEn'] as const)
    if (form[field].trim() === '') set(field, FIELD_ERRORS.required);
  if (compareMonths(form.end, form.start) < 0) set('end', FIELD_ERRORS.programmeEndBeforeStart);
  else if (form.start.slice(0, 4) === form.end.slice(0, 4)) set('end', FIELD_ERRORS.programmeYears);
  else if (heldIds.includes(programmeIdOf(form))) set('start', FIELD_ERRORS.programmeExists);
  return errors;
}

export type GroupField = 'numeral' | 'title' | 'theme' | 'generalObjective' | 'coordinators';

/** What a new or edited group must have, whether typed in the form or read from a workbook. */
export function validateGroupForm(
  form: Pick<GroupInput, 'title' | 'theme' | 'generalObjective' | 'coordinators'>,
): FieldErrors<GroupField> {
  const { errors, set } = collector<GroupField>();
  for (const field of ['title', 'theme', 'generalObjective'] as const)
    if (form[field].trim() === '') set(field, FIELD_ERRORS.required);
  if (form.coordinators.length === 0) set('coordinators', FIELD_ERRORS.required);
  return errors;
}

export type ActivityField = 'text' | 'plannedStart' | 'plannedEnd';

export function validateActivityForm(
  form: Pick<ActivityInput, 'text' | 'plannedStart' | 'plannedEnd'>,
): FieldErrors<ActivityField> {
  const { errors, set } = collector<ActivityField>();
  if (form.text.trim() === '') set('text', FIELD_ERRORS.required);
  return { ...errors, ...validatePlan(form.plannedStart, form.plannedEnd) };
}
