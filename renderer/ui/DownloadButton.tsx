import { useState } from 'react';
import type { PrintedFile } from '../../shared/api/print';
import type { Result } from '../../shared/errors';
import { useT } from '../app/i18n';
import { ErrorMessage } from './ErrorMessage';
import { saveFile } from './saveFile';
import { useSubmit } from './useSubmit';

/** A button that asks the main process for a document and saves it, saying when it is ready; `primary` when it is the screen's main action. */
export function DownloadButton({
  label,
  make,
  primary = false,
}: {
  label: string;
  make: () => Promise<Result<PrintedFile>>;
  primary?: boolean;
}) {
  const { t } = useT();
  const submit = useSubmit<PrintedFile>();
  const [ready, setReady] = useState<string | null>(null);
  return (
    <div className="download">
      <button
        type="button"
        className={primary ? 'button' : 'button button--secondary'}
        disabled={submit.saving}
        onClick={async () => {
          setReady(null);
          const result = await submit.run(make);
          if (result.ok) {
            saveFile(result.data);
            setReady(result.data.fileName);
          }
        }}
      >
        {submit.saving ? t('common:preparing') : label}
      </button>
      <p role="status" className="save-status">
        {ready && t('common:downloaded', { file: ready })}
      </p>
      {submit.error && <ErrorMessage error={submit.error} />}
    </div>
  );
}
