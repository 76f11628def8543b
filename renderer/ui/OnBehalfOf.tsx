import { useCatalogue } from '../api/useCatalogue';
import { useIdentity } from '../app/IdentityContext';
import { useT } from '../app/i18n';
import { Field } from './Field';
import { Select } from './Select';

const OWN = '';

/**
 * The country a report or entry speaks for. Only the secretariat chooses (it reports on behalf of
 * countries); everyone else always speaks for their own country, so nothing is shown to them.
 */
export function OnBehalfOf({ value, onChange }: { value: string; onChange(iso3: string): void }) {
  const { t, lang } = useT();
  const identity = useIdentity();
  const names = useCatalogue(lang);
  if (identity?.role !== 'secretariat' || names.state !== 'ready') return null;
  const countries = names.data.catalogue.countries
    .map((c) => ({ value: c.iso3, label: c.name[lang] }))
    .sort((a, b) => a.label.localeCompare(b.label, lang));
  return (
    <Field label={t('common:onBehalfOf')}>
      {(c) => (
        <Select
          {...c}
          value={value}
          onChange={onChange}
          options={[{ value: OWN, label: t('common:region') }, ...countries]}
        />
      )}
    </Field>
  );
}

/** The contract's `country` for the chosen value: omitted when the user speaks for themselves. */
export function countryInput(value: string): { country?: string } {
  return value === OWN ? {} : { country: value };
}
