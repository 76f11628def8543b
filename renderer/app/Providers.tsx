import { useCallback, type ReactNode } from 'react';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { ApiProvider } from '../api/ApiContext';
import type { Connection } from '../api/connect';
import { NavigationProvider } from './Navigation';
import { NoAccess } from './NoAccess';

/** Everything a screen needs around it: translations, navigation with its guard, the API client. */
export function Providers({
  i18n,
  connection,
  children,
}: {
  i18n: I18n;
  connection: Connection;
  children: ReactNode;
}) {
  const confirmLeave = useCallback(() => window.confirm(i18n.t('common:unsaved.confirm')), [i18n]);
  return (
    <I18nextProvider i18n={i18n}>
      <NavigationProvider confirmLeave={confirmLeave}>
        {connection.kind === 'no-token' ? (
          <NoAccess />
        ) : (
          <ApiProvider client={connection.client}>{children}</ApiProvider>
        )}
      </NavigationProvider>
    </I18nextProvider>
  );
}
