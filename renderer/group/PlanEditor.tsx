import { useState, type SubmitEvent } from 'react';
import type { ActivityView } from '../../shared/api/programme';
import { validatePlan } from '../../shared/domain/validation';
import { Month, type PlannedDate } from '../../shared/model/dates';
import { STATUSES, type Status } from '../../shared/model/records';
import { textOf } from '../../shared/model/text';
import { useApi } from '../api/ApiContext';
import { useT } from '../app/i18n';
import { ErrorMessage, useErrorText } from '../ui/ErrorMessage';
import { Field } from '../ui/Field';
import { FormActions } from '../ui/FormActions';
import { focusFirstInvalid } from '../ui/focusFirstInvalid';
import { Select } from '../ui/Select';
import { useDirtyForm } from '../ui/useDirtyForm';
import { useSubmit } from '../ui/useSubmit';
import { MonthInput } from '../ui/CalendarInput';

const NO_DECISION = 'none';
type Errors = Partial<Record<'plannedStart' | 'plannedEnd', string>>;

/** A coordinator sets the months of an activity (the programme's words stay on record) and may decide its status. */
export function PlanEditor({
  view,
  onSaved,
  onCancel,
}: {
  view: ActivityView;
  onSaved(): void;
  onCancel(): void;
}) {
  const { t, lang } = useT();
  const errorText = useErrorText();
  const api = useApi();
  const a = view.activity;
  const [start, setStart] = useState(a.plannedStart.month ?? '');
  const [end, setEnd] = useState(a.plannedEnd.month ?? '');
  const [decision, setDecision] = useState<Status | typeof NO_DECISION>(view.decision ?? NO_DECISION);
  const { setDirty, edit } = useDirtyForm();
  const [errors, setErrors] = useState<Errors>({});
  const submit = useSubmit<ActivityView>();
  const wordsOf = (p: PlannedDate) =>
    p.words ? t('group:plan.words', { words: textOf(p.words, lang) }) : undefined;

  async function onSubmit(e: SubmitEvent) {
    e.preventDefault();
    const found: Errors = {};
    if (start !== '' && !Month.safeParse(start).success) found.plannedStart = t('activity:validation.month');
    if (end !== '' && !Month.safeParse(end).success) found.plannedEnd = t('activity:validation.month');
    const rule = validatePlan(
      found.plannedStart || start === '' ? null : start,
      found.plannedEnd || end === '' ? null : end,
    );
    if (rule.plannedEnd) found.plannedEnd ??= errorText({ code: 'invalid-form', i18nKey: rule.plannedEnd });
    setErrors(found);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid(e.currentTarget as HTMLFormElement);
      return;
    }
    const result = await submit.run(() =>
      api.call('plan.update', {
        activityId: a.id,
        plannedStart: start || null,
        plannedEnd: end || null,
        decision: decision === NO_DECISION ? null : decision,
      }),
    );
    if (result.ok) {
      setDirty(false);
      onSaved();
    } else if (result.error.code === 'invalid-form' && result.error.details) {
      // The handler applies the same rule; show what it refused next to the field.
      const server: Errors = {};
      for (const [field, key] of Object.entries(result.error.details))
        server[field as keyof Errors] = errorText({ code: 'invalid-form', i18nKey: String(key) });
      setErrors(server);
    }
  }

  return (
    <form
      noValidate
      onSubmit={onSubmit}
      className="form plan-editor"
      aria-label={t('group:plan.editTitle', { number: a.number })}
    >
      <div className="form__row">
        <Field label={t('group:plan.startMonth')} error={errors.plannedStart} hint={wordsOf(a.plannedStart)}>
          {(c) => <MonthInput {...c} value={start} onChange={edit(setStart)} />}
        </Field>
        <Field label={t('group:plan.endMonth')} error={errors.plannedEnd} hint={wordsOf(a.plannedEnd)}>
          {(c) => <MonthInput {...c} value={end} onChange={edit(setEnd)} />}
        </Field>
        <Field label={t('group:plan.decision')}>
          {(c) => (
            <Select
              {...c}
              value={decision}
              onChange={edit<Status | typeof NO_DECISION>(setDecision)}
              options={[
                { value: NO_DECISION, label: t('group:plan.noDecision') },
                ...STATUSES.map((s) => ({ value: s, label: t(`common:status.${s}`) })),
              ]}
            />
          )}
        </Field>
      </div>
      {submit.error && submit.error.code !== 'invalid-form' && <ErrorMessage error={submit.error} />}
      <FormActions saving={submit.saving} label={t('group:plan.savePlan')}>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('common:actions.cancel')}
        </button>
      </FormActions>
    </form>
  );
}
