import { useId, useState } from 'react';
import { useT } from '../app/i18n';

/** The list with the item being typed added, or null when that item is already listed. */
export function withPending(items: string[], next: string): string[] | null {
  const item = next.trim();
  if (item === '') return items;
  return items.includes(item) ? null : [...items, item];
}

interface Props {
  items: string[];
  /** The item being typed; the form owns it so that saving with it still unadded keeps it. */
  next: string;
  onNextChange(next: string): void;
  onChange(items: string[]): void;
}

/** Document symbols or links: typed one at a time, listed, each removable. */
export function EvidenceList({ items, next, onNextChange, onChange }: Props) {
  const { t } = useT();
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const add = () => {
    const list = withPending(items, next);
    if (list === null) {
      setError(t('activity:validation.duplicateEvidence'));
      return;
    }
    onChange(list);
    onNextChange('');
    setError(null);
  };
  return (
    <fieldset className="evidence">
      <legend>{t('activity:evidence')}</legend>
      <p className="field__hint" id={`${id}-hint`}>
        {t('activity:evidenceHint')}
      </p>
      {items.length === 0 ? (
        <p className="muted">{t('activity:evidenceEmpty')}</p>
      ) : (
        <ul className="evidence__list">
          {items.map((item) => (
            <li key={item}>
              <span>{item}</span>
              <button
                type="button"
                className="button button--link"
                onClick={() => onChange(items.filter((i) => i !== item))}
              >
                {t('activity:evidenceRemove', { item })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="evidence__add">
        <label htmlFor={`${id}-new`}>{t('activity:evidenceNew')}</label>
        <input
          id={`${id}-new`}
          type="text"
          maxLength={500}
          value={next}
          aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
          aria-invalid={error ? true : undefined}
          onChange={(e) => onNextChange(e.target.value)}
          onKeyDown={(e) => {
            // Enter adds the item instead of submitting the whole report.
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
        />
        <button type="button" className="button button--secondary" onClick={add}>
          {t('activity:evidenceAdd')}
        </button>
      </div>
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
