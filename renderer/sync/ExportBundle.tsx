import { useState } from 'react';
import type { BundleExported } from '../../shared/api/sync';
import { useApi } from '../api/ApiContext';
import { useT } from '../app/i18n';
import { ErrorMessage } from '../ui/ErrorMessage';
import { saveFile } from '../ui/saveFile';
import { useSubmit } from '../ui/useSubmit';

/** Export the changes since the last bundle (or everything), save the file, and offer a prefilled email. */
export function ExportBundle({ onExported }: { onExported?: () => void }) {
  const { t } = useT();
  const api = useApi();
  const submit = useSubmit<BundleExported>();
  const [done, setDone] = useState<BundleExported | null>(null);

  async function run(all: boolean) {
    const result = await submit.run(() => api.call('bundle.export', { all }));
    if (!result.ok) return;
    saveFile(result.data);
    setDone(result.data);
    onExported?.();
  }

  const mailto = (d: BundleExported) =>
    `mailto:${encodeURIComponent(d.secretariatEmail ?? '')}?subject=${encodeURIComponent(t('sync:ui.export.mailSubject', { file: d.fileName }))}&body=${encodeURIComponent(t('sync:ui.export.mailBody', { file: d.fileName }))}`;

  return (
    <section aria-labelledby="sync-export">
      <h2 id="sync-export">{t('sync:ui.export.title')}</h2>
      <button type="button" className="button" disabled={submit.saving} onClick={() => void run(false)}>
        {t('sync:ui.export.changes')}
      </button>{' '}
      <button type="button" className="button button--secondary" disabled={submit.saving} onClick={() => void run(true)}>
        {t('sync:ui.export.all')}
      </button>
      {submit.error && <ErrorMessage error={submit.error} />}
      {done && (
        <p role="status">
          {t('sync:ui.export.done', { file: done.fileName, count: done.ops })} <a href={mailto(done)}>{t('sync:ui.export.mail')}</a>
        </p>
      )}
    </section>
  );
}
