import { useState, type SubmitEvent } from 'react';
import type { IdentityInput } from '../../shared/api/settings';
import type { Identity, Role } from '../../shared/model/records';
import { ROLES } from '../../shared/model/records';
import { useApi } from '../api/ApiContext';
import { useCatalogue } from '../api/useCatalogue';
import { useT } from '../app/i18n';
import { ErrorMessage } from '../ui/ErrorMessage';
import { Field } from '../ui/Field';
import { FormActions } from '../ui/FormActions';
import { focusFirstInvalid } from '../ui/focusFirstInvalid';
import { Loadable } from '../ui/Loadable';
import { SaveStatus } from '../ui/SaveStatus';
import { Select } from '../ui/Select';
import { useDirtyForm } from '../ui/useDirtyForm';
import { useSubmit } from '../ui/useSubmit';
import { GroupChoice } from './GroupChoice';

type FieldName = 'name' | 'email' | 'country' | 'groups';
const NO_COUNTRY = '';

export function IdentityForm({ identity, onSaved }: { identity: Identity | null; onSaved(): void }) {
  const { t, lang } = useT();
  const api = useApi();
  const names = useCatalogue(lang);
  const [name, setName] = useState(identity?.name ?? '');
  const [email, setEmail] = useState(identity?.email ?? '');
  const [role, setRole] = useState<Role>(identity?.role ?? 'focal-point');
  const [country, setCountry] = useState(identity?.country ?? NO_COUNTRY);
  const [groups, setGroups] = useState<string[]>(identity?.groups ?? []);
  const { dirty, setDirty, edit } = useDirtyForm();
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const submit = useSubmit<Identity>();

  async function onSubmit(e: SubmitEvent) {
    e.preventDefault();
    // The secretariat speaks for the region; everyone else for one country and the groups it is in.
    const needsCountry = role !== 'secretariat';
    const found: Partial<Record<FieldName, string>> = {};
    if (name.trim() === '') found.name = t('settings:validation.name');
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) found.email = t('settings:validation.email');
    if (needsCountry && country === NO_COUNTRY) found.country = t('settings:validation.country');
    if (needsCountry && groups.length === 0) found.groups = t('settings:validation.groups');
    setErrors(found);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid(e.currentTarget as HTMLFormElement);
      return;
    }
    // The secretariat works with every group: it is not asked which ones it takes part in.
    const input: IdentityInput = {
      name: name.trim(),
      email: email.trim(),
      role,
      country: country === NO_COUNTRY ? null : country,
      groups: role === 'secretariat' ? [] : groups,
      lang,
    };
    const result = await submit.run(() => api.call('identity.set', input));
    if (result.ok) {
      setDirty(false);
      onSaved();
    }
  }

  return (
    <form noValidate onSubmit={onSubmit} className="form">
      <div className="form__row">
        <Field label={t('settings:name')} error={errors.name} required>
          {(c) => (
            <input
              {...c}
              type="text"
              autoComplete="name"
              maxLength={200}
              value={name}
              onChange={(e) => edit(setName)(e.target.value)}
            />
          )}
        </Field>
        <Field label={t('settings:email')} error={errors.email} required>
          {(c) => (
            <input
              {...c}
              type="email"
              autoComplete="email"
              maxLength={200}
              value={email}
              onChange={(e) => edit(setEmail)(e.target.value)}
            />
          )}
        </Field>
      </div>
      <div className="form__row">
        <Field label={t('settings:role')} required>
          {(c) => (
            <Select
              {...c}
              value={role}
              onChange={edit<Role>(setRole)}
              options={ROLES.map((r) => ({ value: r, label: t(`common:role.${r}`) }))}
            />
          )}
        </Field>
        <Loadable loaded={names}>
          {(catalogue) => (
            <Field label={t('settings:country')} error={errors.country} required={role !== 'secretariat'}>
              {(c) => (
                <Select
                  {...c}
                  value={country}
                  onChange={edit(setCountry)}
                  options={[
                    { value: NO_COUNTRY, label: role === 'secretariat' ? t('settings:countryNone') : '—' },
                    ...catalogue.catalogue.countries
                      .map((k) => ({ value: k.iso3, label: k.name[lang] }))
                      .sort((a, b) => a.label.localeCompare(b.label, lang)),
                  ]}
                />
              )}
            </Field>
          )}
        </Loadable>
      </div>
      {role !== 'secretariat' && (
        <GroupChoice value={groups} onChange={edit(setGroups)} error={errors.groups} />
      )}
      {submit.error && <ErrorMessage error={submit.error} />}
      <FormActions saving={submit.saving} label={t('settings:submit')}>
        <SaveStatus savedAt={dirty ? null : submit.savedAt} />
      </FormActions>
    </form>
  );
}
