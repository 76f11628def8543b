import type { Country } from '../../shared/model/programme';
import type { Lang } from '../../shared/model/text';

export interface ChecklistOption {
  value: string;
  label: string;
}

/** Countries as options, by name in the reader's language, alphabetically. */
export function countryOptions(countries: readonly Country[], lang: Lang): ChecklistOption[] {
  return countries
    .map((c) => ({ value: c.iso3, label: c.name[lang] }))
    .sort((a, b) => a.label.localeCompare(b.label, lang));
}

/** A set of choices to tick (coordinating countries, members, secretariats), with a field-level error. */
export function Checklist({
  legend,
  options,
  selected,
  onChange,
  error,
}: {
  legend: string;
  options: readonly ChecklistOption[];
  selected: readonly string[];
  onChange(next: string[]): void;
  error?: string | undefined;
}) {
  return (
    <fieldset className={`field checklist${error ? ' field--invalid' : ''}`}>
      <legend>{legend}</legend>
      <div className="checklist__options">
        {options.map((o) => (
          <label key={o.value}>
            <input
              type="checkbox"
              checked={selected.includes(o.value)}
              onChange={(e) =>
                onChange(e.target.checked ? [...selected, o.value] : selected.filter((v) => v !== o.value))
              }
            />{' '}
            {o.label}
          </label>
        ))}
      </div>
      {error && <p className="field__error">{error}</p>}
    </fieldset>
  );
}
