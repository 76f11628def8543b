import type { AppError } from '../../shared/errors';
import { useT } from '../app/i18n';

/** An error value from the handlers, in the user's language (keys live in the `errors` namespace). */
export function useErrorText(): (error: AppError) => string {
  const { t, i18n } = useT();
  return (error) =>
    i18n.exists(error.i18nKey)
      ? i18n.t(error.i18nKey, error.details)
      : t('common:error.unknown', { code: error.code });
}

export function ErrorMessage({ error, onRetry }: { error: AppError; onRetry?: () => void }) {
  const { t } = useT();
  const text = useErrorText();
  return (
    <div role="alert" className="error-message">
      <p>{text(error)}</p>
      {onRetry && (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          {t('common:actions.retry')}
        </button>
      )}
    </div>
  );
}
