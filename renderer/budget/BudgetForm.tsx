import { useState, type SubmitEvent } from 'react';
import type { BudgetInput } from '../../shared/api/budget';
import { hasErrors, validateBudget } from '../../shared/domain/validation';
import type { Activity, Institution } from '../../shared/model/programme';
import { BUDGET_KINDS, type BudgetEntry, type BudgetKind } from '../../shared/model/records';
import { textOf } from '../../shared/model/text';
import { useApi } from '../api/ApiContext';
import { today } from '../app/format';
import { useT } from '../app/i18n';
import { focusFirstInvalid } from '../ui/focusFirstInvalid';
import { ErrorMessage, useErrorText } from '../ui/ErrorMessage';
import { Field } from '../ui/Field';
import { FormActions } from '../ui/FormActions';
import { SaveStatus } from '../ui/SaveStatus';
import { Select } from '../ui/Select';
import { OnBehalfOf, countryInput } from '../ui/OnBehalfOf';
import { useDirtyForm } from '../ui/useDirtyForm';
import { useSubmit } from '../ui/useSubmit';
import { parseAmount } from './parseAmount';
import { DayInput } from '../ui/CalendarInput';
import { useIdentity } from '../app/IdentityContext';
import { useCatalogue, useCountryName } from '../api/useCatalogue';

const NEW_SOURCE = 'new';
const WHOLE_GROUP = 'group';

interface Draft {
  activity: string;
  kind: BudgetKind;
  source: string;
  newSource: string;
  amount: string;
  currency: string;
  purpose: string;
  date: string;
  country: string;
}

type FieldName = 'source' | 'newSource' | 'amount' | 'currency' | 'date';

function isCurrency(code: string): boolean {
  if (!/^[A-Z]{3}$/.test(code)) return false;
  // Where the runtime knows the ISO 4217 list, a well-formed but unknown code is refused too.
  return typeof Intl.supportedValuesOf !== 'function' || Intl.supportedValuesOf('currency').includes(code);
}

interface Props {
  groupId: string;
  activityId: string | null;
  activities: Activity[];
  institutions: Institution[];
  onSaved(): void;
}

export function BudgetForm({ groupId, activityId, activities, institutions, onSaved }: Props) {
  const { t, lang } = useT();
  const { dirty, setDirty } = useDirtyForm();
  const errorText = useErrorText();
  const api = useApi();
  const identity = useIdentity();
  const names = useCatalogue(lang);
  const countryName = useCountryName(lang);
  // Most entries are the user's own office's: it is the default, and it stays chosen after a save.
  const ownOffice =
    (names.state === 'ready' && identity?.country
      ? names.data.catalogue.countries.find((c) => c.iso3 === identity.country)?.nso
      : undefined) ??
    (identity?.role === 'secretariat' ? institutions.find((i) => i.kind === 'eclac')?.id : undefined) ??
    '';
  const blank = (source = ownOffice): Draft => ({
    activity: activityId ?? WHOLE_GROUP,
    kind: 'expenditure',
    source,
    newSource: '',
    amount: '',
    currency: 'USD',
    purpose: '',
    date: today(),
    country: '',
  });
  const [draft, setDraft] = useState(() => blank());
  // The catalogue may arrive after the first render: the default follows it until the user chooses.
  if (draft.source === '' && ownOffice !== '' && !dirty) setDraft((d) => ({ ...d, source: ownOffice }));
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const submit = useSubmit<{ entry: BudgetEntry }>();

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setDirty(true);
  };
  // Many offices share a name ("Instituto Nacional de Estadística"): the acronym and the country tell them apart.
  const sourceLabel = (i: Institution) => {
    const name = textOf(i.name, lang);
    const named = i.acronym && !name.includes(i.acronym) ? `${name} (${i.acronym})` : name;
    return i.country ? `${named} — ${countryName(i.country)}` : named;
  };
  const sources = [...institutions].sort((a, b) =>
    textOf(a.name, lang).localeCompare(textOf(b.name, lang), lang),
  );
  const institution = sources.find((i) => i.id === draft.source) ?? null;
  const sourceName =
    draft.source === NEW_SOURCE ? draft.newSource.trim() : institution ? textOf(institution.name, lang) : '';

  async function onSubmit(e: SubmitEvent) {
    e.preventDefault();
    const amount = parseAmount(draft.amount);
    const currency = draft.currency.trim().toUpperCase();
    const found: Partial<Record<FieldName, string>> = {};
    const rules = validateBudget({ amount, source: sourceName, date: draft.date });
    if (rules.amount) found.amount = errorText({ code: 'invalid-form', i18nKey: rules.amount });
    if (rules.date) found.date = errorText({ code: 'invalid-form', i18nKey: rules.date });
    if (rules.source)
      found[draft.source === NEW_SOURCE ? 'newSource' : 'source'] = t('budget:validation.source');
    if (!isCurrency(currency)) found.currency = t('budget:validation.currency');
    setErrors(found);
    if (hasErrors(found)) {
      focusFirstInvalid(e.currentTarget as HTMLFormElement);
      return;
    }
    const input: BudgetInput = {
      groupId,
      activityId: draft.activity === WHOLE_GROUP ? null : draft.activity,
      kind: draft.kind,
      source: sourceName,
      institution: institution?.id ?? null,
      amount,
      currency,
      purpose: draft.purpose.trim(),
      date: draft.date,
      ...countryInput(draft.country),
    };
    const result = await submit.run(() => api.call('budget.add', input));
    if (result.ok) {
      setDirty(false);
      setDraft((d) => ({
        ...blank(d.source),
        kind: d.kind,
        currency: d.currency,
        activity: d.activity,
        ...(d.source === NEW_SOURCE ? { newSource: d.newSource } : {}),
      }));
      onSaved();
    }
  }

  return (
    <form noValidate onSubmit={onSubmit} className="form">
      <OnBehalfOf value={draft.country} onChange={(v) => set('country', v)} />
      <div className="form__row">
        <Field label={t('budget:activity')}>
          {(c) => (
            <Select
              {...c}
              value={draft.activity}
              onChange={(v) => set('activity', v)}
              options={[
                { value: WHOLE_GROUP, label: t('budget:wholeGroup') },
                ...activities.map((a) => ({
                  value: a.id,
                  label: `${a.number}. ${textOf(a.text, lang).slice(0, 60)}`,
                })),
              ]}
            />
          )}
        </Field>
        <Field label={t('budget:kind')} required>
          {(c) => (
            <Select
              {...c}
              value={draft.kind}
              onChange={(v) => set('kind', v)}
              options={BUDGET_KINDS.map((k) => ({ value: k, label: t(`budget:kinds.${k}`) }))}
            />
          )}
        </Field>
      </div>
      <Field label={t('budget:source')} error={errors.source} required>
        {(c) => (
          <Select
            {...c}
            value={draft.source}
            onChange={(v) => set('source', v)}
            options={[
              { value: '', label: t('budget:sourceChoose') },
              ...sources.map((i) => ({ value: i.id, label: sourceLabel(i) })),
              { value: NEW_SOURCE, label: t('budget:sourceNew') },
            ]}
          />
        )}
      </Field>
      {draft.source === NEW_SOURCE && (
        <Field label={t('budget:sourceName')} error={errors.newSource} required>
          {(c) => (
            <input
              {...c}
              type="text"
              maxLength={300}
              value={draft.newSource}
              onChange={(e) => set('newSource', e.target.value)}
            />
          )}
        </Field>
      )}
      <div className="form__row">
        <Field label={t('budget:amount')} error={errors.amount} required>
          {(c) => (
            <input
              {...c}
              type="text"
              inputMode="decimal"
              autoComplete="off"
              value={draft.amount}
              onChange={(e) => set('amount', e.target.value)}
            />
          )}
        </Field>
        <Field label={t('budget:currency')} error={errors.currency} hint={t('budget:currencyHint')} required>
          {(c) => (
            <input
              {...c}
              type="text"
              maxLength={3}
              autoComplete="off"
              className="input--code"
              value={draft.currency}
              onChange={(e) => set('currency', e.target.value.toUpperCase())}
            />
          )}
        </Field>
        <Field label={t('budget:date')} error={errors.date} required>
          {(c) => <DayInput {...c} value={draft.date} onChange={(v) => set('date', v)} />}
        </Field>
      </div>
      <Field label={t('budget:purpose')}>
        {(c) => (
          <textarea
            {...c}
            rows={2}
            maxLength={4000}
            value={draft.purpose}
            onChange={(e) => set('purpose', e.target.value)}
          />
        )}
      </Field>
      {submit.error && <ErrorMessage error={submit.error} />}
      <FormActions saving={submit.saving} label={t('budget:submit')}>
        <SaveStatus savedAt={dirty ? null : submit.savedAt} />
      </FormActions>
    </form>
  );
}
