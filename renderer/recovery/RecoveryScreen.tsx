import { useId, useState, type SubmitEvent } from 'react';
import type { RecoveryStatus } from '../../shared/api/recovery';
import type { TKey } from '../../shared/i18n/keys';
import { useApi } from '../api/ApiContext';
import { useFormat } from '../app/format';
import { useT } from '../app/i18n';
import { ErrorMessage, useErrorText } from '../ui/ErrorMessage';
import { Field } from '../ui/Field';
import { useSubmit } from '../ui/useSubmit';

const REASONS: Readonly<Record<string, TKey>> = {
  save: 'recovery:reason.save',
  import: 'recovery:reason.import',
  manual: 'recovery:reason.manual',
  restore: 'recovery:reason.restore',
};

/**
 * Shown instead of the app when the database could not be opened: what is wrong with which file, the
 * backups to restore (when replacing the file is allowed) and another file to open or create.
 */
export function RecoveryScreen({ status, onRecovered }: { status: RecoveryStatus; onRecovered: () => void }) {
  const { t, lang } = useT();
  const format = useFormat(lang);
  const api = useApi();
  const problemText = useErrorText();
  const action = useSubmit<unknown>();
  const [path, setPath] = useState('');
  const [create, setCreate] = useState(false);
  const backupsTitle = useId();
  const openTitle = useId();
  const when = (iso: string) => `${format.day(iso)} ${format.time(new Date(iso))}`;

  async function restore(name: string) {
    if ((await action.run(() => api.call('startup.restore', { name }))).ok) onRecovered();
  }

  async function openFile(file: string, asNew: boolean) {
    if ((await action.run(() => api.call('startup.open', { file, create: asNew }))).ok) onRecovered();
  }

  function submitOpen(e: SubmitEvent) {
    e.preventDefault();
    void openFile(path.trim(), create);
  }

  return (
    <main id="main" tabIndex={-1} className="app-main recovery">
      <h1>{t('recovery:title')}</h1>
      <div role="alert" className="error-message">
        <p>{problemText(status.problem)}</p>
      </div>
      <dl>
        <dt>{t('recovery:file')}</dt>
        <dd>
          <code>{status.file}</code>
        </dd>
      </dl>
      {status.problem.code === 'store-locked' && (
        <p>
          {t('recovery:lockedHelp')}{' '}
          <button
            type="button"
            className="button button--secondary"
            disabled={action.saving}
            onClick={() => void openFile(status.file, false)}
          >
            {t('recovery:retry')}
          </button>
        </p>
      )}
      {status.problem.code === 'store-newer-version' && <p>{t('recovery:newerHelp')}</p>}
      {action.error && <ErrorMessage error={action.error} />}

      {status.canRestore && (
        <section className="card" aria-labelledby={backupsTitle}>
          <h2 id={backupsTitle}>{t('recovery:backups.title')}</h2>
          <p>{t('recovery:backups.intro')}</p>
          {status.backups.length === 0 ? (
            <p>{t('recovery:backups.empty')}</p>
          ) : (
            <div className="table-scroll">
              <table aria-labelledby={backupsTitle}>
                <thead>
                  <tr>
                    <th scope="col">{t('recovery:backups.date')}</th>
                    <th scope="col">{t('recovery:backups.reason')}</th>
                    <th scope="col">{t('recovery:backups.changes')}</th>
                    <th scope="col">{t('recovery:backups.action')}</th>
                  </tr>
                </thead>
                <tbody>
                  {status.backups.map((b) => {
                    const reason = REASONS[b.reason];
                    return (
                      <tr key={b.name}>
                        <td>{when(b.createdAt)}</td>
                        <td>{reason ? t(reason) : b.reason}</td>
                        <td>{format.number(b.opCount)}</td>
                        <td>
                          <button
                            type="button"
                            className="button button--secondary"
                            disabled={action.saving}
                            aria-label={t('recovery:backups.restoreLabel', { date: when(b.createdAt) })}
                            onClick={() => void restore(b.name)}
                          >
                            {action.saving ? t('recovery:backups.restoring') : t('recovery:backups.restore')}
                          </button>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
        </section>
      )}

      <section className="card" aria-labelledby={openTitle}>
        <h2 id={openTitle}>{t('recovery:open.title')}</h2>
        <form onSubmit={submitOpen}>
          <Field label={t('recovery:open.path')} hint={t('recovery:open.hint')} required>
            {(control) => (
              <input
                {...control}
                type="text"
                value={path}
                spellCheck={false}
                onChange={(e) => setPath(e.target.value)}
              />
            )}
          </Field>
          <p>
            <label>
              <input type="checkbox" checked={create} onChange={(e) => setCreate(e.target.checked)} />{' '}
              {t('recovery:open.create')}
            </label>
          </p>
          <button type="submit" className="button" disabled={action.saving}>
            {action.saving ? t('recovery:open.opening') : t('recovery:open.submit')}
          </button>
        </form>
      </section>
    </main>
  );
}
