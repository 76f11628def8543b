import { useEffect } from 'react';
import { useT } from './i18n';

/** Browser mode opened without the launch token: no data, and how to get the right link. */
export function NoAccess() {
  const { t } = useT();
  // Pasting the printed link into this same tab changes only the fragment, which loads nothing:
  // start again so the token is picked up.
  useEffect(() => {
    const onHashChange = () => {
      if (window.location.hash.startsWith('#token=')) window.location.reload();
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
  return (
    <main className="no-access" id="main">
      <h1>{t('common:auth.title')}</h1>
      <p>{t('common:auth.body')}</p>
      <p>{t('common:auth.howTo', { command: 'npm run serve', start: 'npm start' })}</p>
    </main>
  );
}
