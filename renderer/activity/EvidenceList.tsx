import { useId, useState } from 'react';
import { useT } from '../app/i18n';

/** Document symbols or links: typed one at a time, listed, each removable. */
export function EvidenceList({ items, onChange }: { items: string[]; onChange(items: string[]): void }) {
  const { t } = useT();
  const id = useId();
  const [next, setNext] = useState('');
  const [error, setError] = useState<string | null>(null);
  const add = () => {
    const item = next.trim();
    if (item === '') return;
    if (items.includes(item)) {
      setError(t('activity:validation.duplicateEvidence'));
      return;
    }
    onChange([...items, item]);
    setNext('');
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
              <button type="button" className="button button--link" onClick={() => onChange(items.filter((i) => i !== item))}>
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
          onChange={(e) => setNext(e.target.value)}
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
