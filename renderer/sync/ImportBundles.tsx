import { useState, type DragEvent } from 'react';
import type { ImportedFile } from '../../shared/api/sync';
import type { AppError } from '../../shared/errors';
import { useApi } from '../api/ApiContext';
import { useT } from '../app/i18n';
import { useCountryName } from '../api/useCatalogue';
import { senderLabel } from './senderLabel';
import { ErrorMessage } from '../ui/ErrorMessage';
import { fileToBase64 } from './bytes';

interface Pending {
  files: { name: string; bytesBase64: string }[];
  /** The refusal that asks the user to trust a new signer, with its fingerprint. */
  untrusted: AppError;
}

/**
 * Drop or choose any number of bundles; they are checked and imported all or nothing. A signer seen
 * for the first time is shown with its fingerprint, and the import runs again only once the user
 * trusts it. The summary says, per file, what was new, already known, or in conflict.
 */
export function ImportBundles({ onImported }: { onImported?: () => void }) {
  const { t } = useT();
  const api = useApi();
  const [busy, setBusy] = useState(0);
  const [error, setError] = useState<AppError | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [summary, setSummary] = useState<ImportedFile[] | null>(null);
  const [over, setOver] = useState(false);

  async function run(files: Pending['files'], trustNew: boolean) {
    setBusy(files.length);
    setError(null);
    setPending(null);
    try {
      const result = await api.call('bundle.import', { files, trustNew });
      if (result.ok) {
        setSummary(result.data.files);
        onImported?.();
      } else if (result.error.code === 'bundle-unknown-signer')
        setPending({ files, untrusted: result.error });
      else setError(result.error);
    } finally {
      setBusy(0);
    }
  }

  async function take(list: readonly File[]) {
    if (list.length === 0) return;
    const files = await Promise.all(
      list.map(async (f) => ({ name: f.name, bytesBase64: await fileToBase64(f) })),
    );
    await run(files, false);
  }

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    void take([...e.dataTransfer.files]);
  };

  return (
    <section aria-labelledby="sync-import">
      <h2 id="sync-import">{t('sync:ui.import.title')}</h2>
      <div
        className={`drop-zone${over ? ' drop-zone--over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <p className="drop-zone__text">{t('sync:ui.import.drop')}</p>
        <label className="button button--secondary drop-zone__choose">
          {t('sync:ui.import.choose')}
          <input
            type="file"
            multiple
            accept=".ceabundle"
            className="visually-hidden"
            disabled={busy > 0}
            onChange={(e) => {
              // Emptied, so that choosing the same file again (after "Don't import") is a change.
              const chosen = [...(e.currentTarget.files ?? [])];
              e.currentTarget.value = '';
              void take(chosen);
            }}
          />
        </label>
      </div>
      {busy > 0 && (
        <p role="status" aria-busy="true">
          <progress /> {t('sync:ui.import.busy', { count: busy })}
        </p>
      )}
      {error && <ErrorMessage error={error} />}
      {pending && (
        <TrustPrompt
          untrusted={pending.untrusted}
          onTrust={() => void run(pending.files, true)}
          onDecline={() => setPending(null)}
        />
      )}
      {summary && <ImportSummary files={summary} />}
    </section>
  );
}

/**
 * A signer seen for the first time: not an error, a question. The user compares the fingerprint with
 * the one the sender reads from her own screen (Settings, "My fingerprint") before trusting it.
 */
function TrustPrompt({
  untrusted,
  onTrust,
  onDecline,
}: {
  untrusted: AppError;
  onTrust: () => void;
  onDecline: () => void;
}) {
  const { t } = useT();
  const d = untrusted.details ?? {};
  return (
    <div
      role="dialog"
      aria-labelledby="sync-trust-title"
      aria-describedby="sync-trust-body"
      className="trust-prompt"
    >
      <h3 id="sync-trust-title">
        {t('sync:ui.import.trustTitle', { signer: String(d.signer ?? ''), email: String(d.email ?? '') })}
      </h3>
      <p id="sync-trust-body">{t('sync:ui.import.trustQuestion')}</p>
      <p className="fingerprint">{String(d.fingerprint ?? '')}</p>
      <button type="button" className="button" onClick={onTrust}>
        {t('sync:ui.import.trust')}
      </button>{' '}
      <button type="button" className="button button--secondary" onClick={onDecline}>
        {t('sync:ui.import.decline')}
      </button>
    </div>
  );
}

function ImportSummary({ files }: { files: ImportedFile[] }) {
  const { t, i18n, lang } = useT();
  const countryName = useCountryName(lang);
  return (
    <table>
      <caption>{t('sync:ui.import.summary')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('sync:ui.import.file')}</th>
          <th scope="col">{t('sync:ui.import.sender')}</th>
          <th scope="col">{t('sync:ui.import.new')}</th>
          <th scope="col">{t('sync:ui.import.known')}</th>
          <th scope="col">{t('sync:ui.import.conflicts')}</th>
        </tr>
      </thead>
      <tbody>
        {files.map((f) => (
          <tr key={f.file}>
            <th scope="row">
              {f.file}
              {f.status === 'replay' && <div>{t('sync:ui.import.replay')}</div>}
              {f.status === 'renumbered' && <div>{t('sync:ui.import.renumbered')}</div>}
              {f.warnings.map((w) => (
                <div key={w.code} role="note">
                  {i18n.t(w.i18nKey, w.details)}
                </div>
              ))}
            </th>
            <td>{senderLabel(t, countryName, f.sender)}</td>
            <td>{f.new}</td>
            <td>{f.known}</td>
            <td>{f.conflicts}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
