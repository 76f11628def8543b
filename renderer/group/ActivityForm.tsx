import { useState, type SubmitEvent } from 'react';
import { validateActivityForm, type ActivityField } from '../../shared/domain/authoring';
import { Month } from '../../shared/model/dates';
import type { Activity } from '../../shared/model/programme';
import { textOf } from '../../shared/model/text';
import { languageName } from '../../shared/report/format';
import { useApi } from '../api/ApiContext';
import { useT } from '../app/i18n';
import { ErrorMessage, useErrorText } from '../ui/ErrorMessage';
import { Field } from '../ui/Field';
import { FormActions } from '../ui/FormActions';
import { MonthInput } from '../ui/CalendarInput';
import { focusFirstInvalid } from '../ui/focusFirstInvalid';
import { serverFieldErrors } from '../ui/serverFieldErrors';
import { useDirtyForm } from '../ui/useDirtyForm';
import { useSubmit } from '../ui/useSubmit';

type Errors = Partial<Record<ActivityField, string>>;

/**
 * A coordinator adds an activity to the plan (numbered after the last) or corrects one's text; the
 * document's words stay in the history of changes.
 */
export function ActivityForm({
  groupId,
  activity,
  onSaved,
  onCancel,
}: {
  groupId: string;
  /** The activity to correct; a new one when absent. */
  activity?: Activity;
  onSaved(activity: Activity): void;
  onCancel(): void;
}) {
  const { t, lang } = useT();
  const errorText = useErrorText();
  const api = useApi();
  const [text, setText] = useState(activity ? textOf(activity.text, lang) : '');
  const [start, setStart] = useState(activity?.plannedStart.month ?? '');
  const [end, setEnd] = useState(activity?.plannedEnd.month ?? '');
  const [startWords, setStartWords] = useState('');
  const [endWords, setEndWords] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const { setDirty, edit } = useDirtyForm();
  const submit = useSubmit<Activity>();

  async function onSubmit(e: SubmitEvent) {
    e.preventDefault();
    const found: Errors = {};
    if (start !== '' && !Month.safeParse(start).success) found.plannedStart = t('activity:validation.month');
    if (end !== '' && !Month.safeParse(end).success) found.plannedEnd = t('activity:validation.month');
    const input = {
      groupId,
      lang,
      text,
      plannedStart: found.plannedStart || start === '' ? null : start,
      plannedEnd: found.plannedEnd || end === '' ? null : end,
      startWords,
      endWords,
      ...(activity && { activityId: activity.id }),
    };
    for (const [field, key] of Object.entries(validateActivityForm(input)))
      found[field as ActivityField] ??= errorText({ code: 'invalid-form', i18nKey: key });
    setErrors(found);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid(e.currentTarget as HTMLFormElement);
      return;
    }
    const result = await submit.run(() => api.call('activity.save', input));
    if (result.ok) {
      setDirty(false);
      onSaved(result.data);
    } else setErrors(serverFieldErrors(result.error, errorText));
  }

  const title = activity
    ? t('group:activityForm.correctTitle', { number: activity.number })
    : t('group:activityForm.addTitle');
  return (
    <form noValidate onSubmit={onSubmit} className="form" aria-label={title}>
      <Field
        label={t('group:activityForm.text')}
        error={errors.text}
        hint={t('overview:enter.textLanguage', { language: languageName(lang, lang) })}
        required
      >
        {(c) => <textarea {...c} rows={3} value={text} onChange={(e) => edit(setText)(e.target.value)} />}
      </Field>
      <div className="form__row">
        <Field label={t('group:plan.startMonth')} error={errors.plannedStart}>
          {(c) => <MonthInput {...c} value={start} onChange={edit(setStart)} />}
        </Field>
        <Field label={t('group:plan.endMonth')} error={errors.plannedEnd}>
          {(c) => <MonthInput {...c} value={end} onChange={edit(setEnd)} />}
        </Field>
      </div>
      <div className="form__row">
        <Field label={t('group:activityForm.startWords')} hint={t('group:activityForm.wordsHint')}>
          {(c) => <input {...c} value={startWords} onChange={(e) => edit(setStartWords)(e.target.value)} />}
        </Field>
        <Field label={t('group:activityForm.endWords')}>
          {(c) => <input {...c} value={endWords} onChange={(e) => edit(setEndWords)(e.target.value)} />}
        </Field>
      </div>
      {submit.error && submit.error.code !== 'invalid-form' && <ErrorMessage error={submit.error} />}
      <FormActions
        saving={submit.saving}
        label={activity ? t('group:activityForm.saveCorrection') : t('group:activityForm.add')}
      >
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('common:actions.cancel')}
        </button>
      </FormActions>
    </form>
  );
}
