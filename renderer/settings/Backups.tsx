import { useState } from 'react';
import { useApi } from '../api/ApiContext';
import { useLoad } from '../api/useLoad';
import { useFormat } from '../app/format';
import { useT } from '../app/i18n';
import { ErrorMessage } from '../ui/ErrorMessage';
import { Loadable } from '../ui/Loadable';
import { SaveStatus } from '../ui/SaveStatus';
import { useSubmit } from '../ui/useSubmit';

/** The automatic backups, newest first, each restorable after a confirmation. */
export function Backups() {
  const { t, lang } = useT();
  const format = useFormat(lang);
  const api = useApi();
  const backups = useLoad('backups', () => api.call('backups.list', {}));
  const restore = useSubmit<{ restored: string }>();
  const [restoredAt, setRestoredAt] = useState<Date | null>(null);
  const when = (iso: string) => format.instant(iso);
  return (
    <Loadable loaded={backups}>
      {(list, reload) => (
        <>
          {list.length === 0 ? (
            <p>{t('settings:backupsEmpty')}</p>
          ) : (
            <ul className="backups">
              {[...list]
                .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
                .map((b) => (
                  <li key={b.name}>
                    <span>{t('settings:backupTaken', { date: when(b.createdAt) })}</span>
                    <button
                      type="button"
                      className="button button--secondary"
                      disabled={restore.saving}
                      aria-label={t('settings:restore', { date: when(b.createdAt) })}
                      onClick={async () => {
                        if (!window.confirm(t('settings:restoreConfirm', { date: when(b.createdAt) })))
                          return;
                        const result = await restore.run(() => api.call('backups.restore', { name: b.name }));
                        if (result.ok) {
                          setRestoredAt(new Date());
                          reload();
                        }
                      }}
                    >
                      {t('settings:restoreShort')}
                    </button>
                  </li>
                ))}
            </ul>
          )}
          {restore.error && <ErrorMessage error={restore.error} />}
          <SaveStatus savedAt={restoredAt} message={t('settings:restored')} />
        </>
      )}
    </Loadable>
  );
}
