import { useState, type SubmitEvent } from 'react';
import { validateGroupForm, type GroupField } from '../../shared/domain/authoring';
import type { Catalogue } from '../../shared/api/programme';
import type { WorkingGroup } from '../../shared/model/programme';
import { textOf } from '../../shared/model/text';
import { languageName } from '../../shared/report/format';
import { useApi } from '../api/ApiContext';
import { useT } from '../app/i18n';
import { Checklist, countryOptions } from '../ui/Checklist';
import { ErrorMessage, useErrorText } from '../ui/ErrorMessage';
import { Field } from '../ui/Field';
import { FormActions } from '../ui/FormActions';
import { focusFirstInvalid } from '../ui/focusFirstInvalid';
import { serverFieldErrors } from '../ui/serverFieldErrors';
import { useDirtyForm } from '../ui/useDirtyForm';
import { useSubmit } from '../ui/useSubmit';

type Errors = Partial<Record<GroupField, string>>;
const EMPTY = {
  numeral: '',
  title: '',
  theme: '',
  generalObjective: '',
  specific: '',
  coordinators: [] as string[],
  members: [] as string[],
  secretariats: [] as string[],
};

/**
 * A working group of a programme as the secretariat enters it from the adopted document; the texts
 * are taken in the screen's language, which the record keeps as their original.
 */
export function GroupForm({
  programmeId,
  catalogue,
  taken,
  onSaved,
}: {
  programmeId: string;
  catalogue: Catalogue;
  taken: readonly string[];
  onSaved(group: WorkingGroup): void;
}) {
  const { t, lang } = useT();
  const errorText = useErrorText();
  const api = useApi();
  const [form, setForm] = useState(EMPTY);
  const [errors, setErrors] = useState<Errors>({});
  const { setDirty, edit } = useDirtyForm();
  const submit = useSubmit<WorkingGroup>();
  const set = <K extends keyof typeof EMPTY>(field: K) =>
    edit((v: (typeof EMPTY)[K]) => setForm((f) => ({ ...f, [field]: v })));
  const secretariats = catalogue.institutions.filter((i) => i.kind === 'eclac' || i.kind === 'un-agency');

  async function onSubmit(e: SubmitEvent) {
    e.preventDefault();
    const input = {
      programmeId,
      numeral: form.numeral.trim().toUpperCase(),
      lang,
      title: form.title,
      theme: form.theme,
      generalObjective: form.generalObjective,
      specificObjectives: form.specific.split('\n').filter((line) => line.trim() !== ''),
      coordinators: form.coordinators,
      secretariats: form.secretariats,
      members: form.members,
    };
    const found: Errors = {};
    if (!/^[A-Z]{1,8}$/.test(input.numeral)) found.numeral = t('overview:enter.numeralFormat');
    else if (taken.includes(input.numeral)) found.numeral = t('overview:enter.numeralTaken');
    for (const [field, key] of Object.entries(validateGroupForm(input)))
      found[field as GroupField] ??= errorText({ code: 'invalid-form', i18nKey: key });
    setErrors(found);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid(e.currentTarget as HTMLFormElement);
      return;
    }
    const result = await submit.run(() => api.call('group.save', input));
    if (result.ok) {
      setDirty(false);
      setForm(EMPTY);
      onSaved(result.data);
    } else setErrors(serverFieldErrors(result.error, errorText));
  }

  return (
    <form noValidate onSubmit={onSubmit} className="form" aria-label={t('overview:enter.groupForm')}>
      <p className="field__hint">
        {t('overview:enter.textLanguage', { language: languageName(lang, lang) })}
      </p>
      <div className="form__row">
        <Field
          label={t('overview:enter.numeral')}
          error={errors.numeral}
          hint={t('overview:enter.numeralHint')}
          required
        >
          {(c) => (
            <input {...c} size={8} value={form.numeral} onChange={(e) => set('numeral')(e.target.value)} />
          )}
        </Field>
        <Field label={t('overview:enter.groupTitle')} error={errors.title} required>
          {(c) => <input {...c} value={form.title} onChange={(e) => set('title')(e.target.value)} />}
        </Field>
      </div>
      <Field label={t('overview:enter.theme')} error={errors.theme} required>
        {(c) => <input {...c} value={form.theme} onChange={(e) => set('theme')(e.target.value)} />}
      </Field>
      <Field label={t('overview:enter.generalObjective')} error={errors.generalObjective} required>
        {(c) => (
          <textarea
            {...c}
            rows={3}
            value={form.generalObjective}
            onChange={(e) => set('generalObjective')(e.target.value)}
          />
        )}
      </Field>
      <Field label={t('overview:enter.specificObjectives')} hint={t('overview:enter.onePerLine')}>
        {(c) => (
          <textarea {...c} rows={4} value={form.specific} onChange={(e) => set('specific')(e.target.value)} />
        )}
      </Field>
      <Checklist
        legend={t('overview:enter.coordinators')}
        options={countryOptions(catalogue.countries, lang)}
        selected={form.coordinators}
        onChange={set('coordinators')}
        error={errors.coordinators}
      />
      <Checklist
        legend={t('overview:enter.members')}
        options={countryOptions(
          catalogue.countries.filter((c) => !form.coordinators.includes(c.iso3)),
          lang,
        )}
        selected={form.members}
        onChange={set('members')}
      />
      <Checklist
        legend={t('overview:enter.secretariats')}
        options={secretariats.map((i) => ({ value: i.id, label: textOf(i.name, lang) }))}
        selected={form.secretariats}
        onChange={set('secretariats')}
      />
      {submit.error && submit.error.code !== 'invalid-form' && <ErrorMessage error={submit.error} />}
      <FormActions saving={submit.saving} label={t('overview:enter.saveGroup')} />
    </form>
  );
}
