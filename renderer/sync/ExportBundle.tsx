import { useState } from 'react';
import type { BundleExported, Outbox } from '../../shared/api/sync';
import { useApi } from '../api/ApiContext';
import { useCountryName } from '../api/useCatalogue';
import { useLoad } from '../api/useLoad';
import { useT } from '../app/i18n';
import { ErrorMessage } from '../ui/ErrorMessage';
import { Loadable } from '../ui/Loadable';
import { saveFile } from '../ui/saveFile';
import { useSubmit } from '../ui/useSubmit';
import { MyFingerprint } from './MyFingerprint';
import { senderLabel } from './senderLabel';

/**
 * Export what waits to be sent (or everything), save the file, and say what to do with it: attach it
 * to an email to the secretariat or, for the secretariat, to every focal point it heard from. With
 * nothing new it says so instead of writing an empty bundle.
 */
export function ExportBundle({
  version,
  secretariat,
  onExported,
}: {
  version: number;
  secretariat: boolean;
  onExported?: () => void;
}) {
  const { t, lang } = useT();
  const api = useApi();
  const countryName = useCountryName(lang);
  const outbox = useLoad(`outbox-${version}`, () => api.call('bundle.outbox', {}));
  const submit = useSubmit<BundleExported>();
  const [done, setDone] = useState<BundleExported | null>(null);

  async function run(all: boolean) {
    setDone(null);
    const result = await submit.run(() => api.call('bundle.export', { all }));
    if (!result.ok) return;
    saveFile(result.data);
    setDone(result.data);
    onExported?.();
  }

  const mailto = (to: string[], file: string) =>
    `mailto:${to.map(encodeURIComponent).join(',')}?subject=${encodeURIComponent(t('sync:ui.export.mailSubject', { file }))}&body=${encodeURIComponent(
      t(secretariat ? 'sync:ui.export.mailBodyConsolidated' : 'sync:ui.export.mailBody', { file }),
    )}`;

  return (
    <section aria-labelledby="sync-export">
      <h2 id="sync-export">{t(secretariat ? 'sync:ui.export.titleConsolidated' : 'sync:ui.export.title')}</h2>
      <Loadable loaded={outbox}>
        {(box: Outbox) => (
          <>
            <p>
              {box.unsent === 0
                ? t('sync:ui.export.nothingNew')
                : t('sync:ui.export.waiting', { count: box.unsent })}
            </p>
            <button
              type="button"
              className="button"
              disabled={submit.saving || box.unsent === 0}
              onClick={() => void run(false)}
            >
              {t('sync:ui.export.changes')}
            </button>{' '}
            <button
              type="button"
              className="button button--secondary"
              disabled={submit.saving}
              onClick={() => void run(true)}
            >
              {t('sync:ui.export.all')}
            </button>
            {submit.error && <ErrorMessage error={submit.error} />}
            <div role="status">
              {done && (
                <div className="export-done">
                  <p>{t('sync:ui.export.done', { file: done.fileName, count: done.ops })}</p>
                  <p>
                    {t(secretariat ? 'sync:ui.export.attachConsolidated' : 'sync:ui.export.attach', {
                      file: done.fileName,
                    })}
                  </p>
                  {secretariat ? (
                    box.recipients.length === 0 ? (
                      <p>{t('sync:ui.export.noRecipients')}</p>
                    ) : (
                      <>
                        <p>{t('sync:ui.export.recipients')}</p>
                        <ul>
                          {box.recipients.map((r) => (
                            <li key={r.email}>
                              {senderLabel(t, countryName, { ...r, role: 'focal-point' })} &lt;{r.email}&gt;
                            </li>
                          ))}
                        </ul>
                        <a
                          className="button"
                          href={mailto(
                            box.recipients.map((r) => r.email),
                            done.fileName,
                          )}
                        >
                          {t('sync:ui.export.mailAll', { count: box.recipients.length })}
                        </a>
                      </>
                    )
                  ) : (
                    <a
                      className="button"
                      href={mailto(done.secretariatEmail ? [done.secretariatEmail] : [], done.fileName)}
                    >
                      {t('sync:ui.export.mail')}
                    </a>
                  )}
                </div>
              )}
            </div>
            <MyFingerprint fingerprint={box.fingerprint} />
          </>
        )}
      </Loadable>
    </section>
  );
}
