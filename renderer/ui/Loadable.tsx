import type { ReactNode } from 'react';
import type { Loaded } from '../api/useLoad';
import { useT } from '../app/i18n';
import { ErrorMessage } from './ErrorMessage';

/** Renders a loading note, the error with a retry button, or the data. */
export function Loadable<T>({
  loaded,
  children,
}: {
  loaded: Loaded<T>;
  children: (data: T, reload: () => void) => ReactNode;
}) {
  const { t } = useT();
  if (loaded.state === 'loading') return <p className="loading">{t('common:loading')}</p>;
  if (loaded.state === 'error') return <ErrorMessage error={loaded.error} onRetry={loaded.reload} />;
  return <>{children(loaded.data, loaded.reload)}</>;
}
