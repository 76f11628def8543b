import { useT } from '../app/i18n';
import { useFormat } from '../app/format';

/** A polite live region: says “Saved at 10:42” after a save without moving the user's focus. */
export function SaveStatus({ savedAt, message }: { savedAt: Date | null; message?: string }) {
  const { t, lang } = useT();
  const format = useFormat(lang);
  return (
    <p role="status" className="save-status">
      {savedAt && (message ?? t('common:savedAt', { time: format.time(savedAt) }))}
    </p>
  );
}
