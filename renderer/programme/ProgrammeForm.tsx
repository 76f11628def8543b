import { useState, type SubmitEvent } from 'react';
import type { ProgrammeListItem } from '../../shared/api/programme';
import { validateProgrammeForm, type ProgrammeField } from '../../shared/domain/authoring';
import { Month } from '../../shared/model/dates';
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

type Errors = Partial<Record<ProgrammeField, string>>;

/** The secretariat enters the programme the Conference adopted: period, symbol, title in Spanish and English. */
export function ProgrammeForm({ held, onCreated }: { held: readonly string[]; onCreated(id: string): void }) {
  const { t } = useT();
  const errorText = useErrorText();
  const api = useApi();
  const [form, setForm] = useState({ start: '', end: '', symbol: '', titleEs: '', titleEn: '' });
  const [errors, setErrors] = useState<Errors>({});
  const { setDirty, edit } = useDirtyForm();
  const submit = useSubmit<ProgrammeListItem>();
  const set = (field: ProgrammeField) => edit((v: string) => setForm((f) => ({ ...f, [field]: v })));

  async function onSubmit(e: SubmitEvent) {
    e.preventDefault();
    const found: Errors = {};
    for (const field of ['start', 'end'] as const)
      if (!Month.safeParse(form[field]).success)
        found[field] =
          form[field] === ''
            ? errorText({ code: 'invalid-form', i18nKey: 'errors:field.required' })
            : t('activity:validation.month');
    if (Object.keys(found).length === 0)
      for (const [field, key] of Object.entries(validateProgrammeForm(form, held)))
        found[field as ProgrammeField] = errorText({ code: 'invalid-form', i18nKey: key });
    setErrors(found);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid(e.currentTarget as HTMLFormElement);
      return;
    }
    const result = await submit.run(() => api.call('programme.create', form));
    if (result.ok) {
      setDirty(false);
      onCreated(result.data.id);
    } else setErrors(serverFieldErrors(result.error, errorText));
  }

  return (
    <form noValidate onSubmit={onSubmit} className="form" aria-label={t('overview:enter.programmeForm')}>
      <div className="form__row">
        <Field label={t('overview:enter.start')} error={errors.start} required>
          {(c) => <MonthInput {...c} value={form.start} onChange={set('start')} />}
        </Field>
        <Field label={t('overview:enter.end')} error={errors.end} required>
          {(c) => <MonthInput {...c} value={form.end} onChange={set('end')} />}
        </Field>
        <Field
          label={t('overview:enter.symbol')}
          error={errors.symbol}
          hint={t('overview:enter.symbolHint')}
          required
        >
          {(c) => <input {...c} value={form.symbol} onChange={(e) => set('symbol')(e.target.value)} />}
        </Field>
      </div>
      <Field label={t('overview:enter.titleEs')} error={errors.titleEs} required>
        {(c) => (
          <textarea {...c} rows={2} value={form.titleEs} onChange={(e) => set('titleEs')(e.target.value)} />
        )}
      </Field>
      <Field label={t('overview:enter.titleEn')} error={errors.titleEn} required>
        {(c) => (
          <textarea {...c} rows={2} value={form.titleEn} onChange={(e) => set('titleEn')(e.target.value)} />
        )}
      </Field>
      {submit.error && submit.error.code !== 'invalid-form' && <ErrorMessage error={submit.error} />}
      <FormActions saving={submit.saving} label={t('overview:enter.createProgramme')} />
    </form>
  );
}
