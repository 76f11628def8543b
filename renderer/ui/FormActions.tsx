import type { ReactNode } from 'react';
import { useT } from '../app/i18n';

/**
 * A form's footer: its submit button, disabled and saying so while the save is in flight (a second
 * click would send the same input twice), then what follows it: the save status or a cancel button.
 */
export function FormActions({
  saving,
  label,
  children,
}: {
  saving: boolean;
  label: string;
  children?: ReactNode;
}) {
  const { t } = useT();
  return (
    <div className="form__actions">
      <button type="submit" className="button" disabled={saving}>
        {saving ? t('common:actions.saving') : label}
      </button>
      {children}
    </div>
  );
}
