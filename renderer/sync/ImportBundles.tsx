import { useState, type DragEvent } from 'react';
import type { ImportedFile, NewSender } from '../../shared/api/sync';
import type { AppError } from '../../shared/errors';
import { useApi } from '../api/ApiContext';
import { useT } from '../app/i18n';
import { useCountryName } from '../api/useCatalogue';
import { roleLabel, senderLabel } from './senderLabel';
import { ErrorMessage } from '../ui/ErrorMessage';
import { fileToBase64 } from '../ui/bytes';

interface Pending {
  files: { name: string; bytesBase64: string }[];
  /** Every signer of the files not trusted yet, each to be trusted or declined by the user. */
  senders: NewSender[];
}

/** The user's answer about new signers, by fingerprint. */
interface TrustChoice {
  trust: string[];
  decline: string[];
}

/**
 * Drop or choose any number of bundles; they are checked and imported all or nothing. Signers seen
 * for the first time are shown each with its fingerprint, and the import runs again once the user
 * has trusted or declined each one. The summary says, per file, what was new, already known, in
 * conflict, or left out because its sender was declined.
 */
export function ImportBundles({ onImported }: { onImported?: () => void }) {
  const { t } = useT();
  const api = useApi();
  const [busy, setBusy] = useState(0);
  const [error, setError] = useState<AppError | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [summary, setSummary] = useState<ImportedFile[] | null>(null);
  const [over, setOver] = useState(false);

  async function run(files: Pending['files'], choice: TrustChoice) {
    setBusy(files.length);
    setError(null);
    setPending(null);
    try {
      const result = await api.call('bundle.import', { files, ...choice });
      if (result.ok) {
        setSummary(result.data.files);
        onImported?.();
        return;
      }
      const senders =
        result.error.code === 'bundle-unknown-signer' ? await api.call('bundle.senders', { files }) : null;
      if (senders?.ok && senders.data.length > 0) setPending({ files, senders: senders.data });
      else setError(senders && !senders.ok ? senders.error : result.error);
    } finally {
      setBusy(0);
    }
  }

  async function take(list: readonly File[]) {
    if (list.length === 0) return;
    const files = await Promise.all(
      list.map(async (f) => ({ name: f.name, bytesBase64: await fileToBase64(f) })),
    );
    await run(files, { trust: [], decline: [] });
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
          senders={pending.senders}
          onChosen={(choice) => void run(pending.files, choice)}
          onCancel={() => setPending(null)}
        />
      )}
      {summary && <ImportSummary files={summary} />}
    </section>
  );
}

/**
 * Signers seen for the first time: not an error, a question, asked of each one. The user compares
 * each fingerprint with the one its sender reads from her own screen (Settings, "My fingerprint")
 * and trusts it or not; only the trusted senders' bundles are imported.
 */
function TrustPrompt({
  senders,
  onChosen,
  onCancel,
}: {
  senders: NewSender[];
  onChosen: (choice: TrustChoice) => void;
  onCancel: () => void;
}) {
  const { t, lang } = useT();
  const countryName = useCountryName(lang);
  const [choices, setChoices] = useState<Record<string, 'trust' | 'decline'>>({});
  const [unanswered, setUnanswered] = useState(false);
  const submit = () => {
    if (senders.some((s) => choices[s.fingerprint] === undefined)) {
      setUnanswered(true);
      return;
    }
    onChosen({
      trust: senders.filter((s) => choices[s.fingerprint] === 'trust').map((s) => s.fingerprint),
      decline: senders.filter((s) => choices[s.fingerprint] === 'decline').map((s) => s.fingerprint),
    });
  };
  return (
    <div
      role="dialog"
      aria-labelledby="sync-trust-title"
      aria-describedby="sync-trust-body"
      className="trust-prompt"
    >
      <h3 id="sync-trust-title">{t('sync:ui.import.trustTitle', { count: senders.length })}</h3>
      <p id="sync-trust-body">{t('sync:ui.import.trustQuestion')}</p>
      {senders.map((s, i) => (
        <fieldset key={s.fingerprint} className="trust-prompt__sender">
          <legend>{t('sync:ui.import.trustSender', { signer: s.sender.name, email: s.sender.email })}</legend>
          <p>
            {[s.sender.country ? countryName(s.sender.country) : null, roleLabel(t, s.sender.role)]
              .filter((x) => x !== null)
              .join(' · ')}
          </p>
          <p>
            {t('sync:ui.import.trustFingerprint')} <span className="fingerprint">{s.fingerprint}</span>
          </p>
          <p className="muted">
            {t('sync:ui.import.trustFiles', { count: s.files.length, files: s.files.join(', ') })}
          </p>
          {(['trust', 'decline'] as const).map((choice) => (
            <label key={choice} className="choice">
              <input
                type="radio"
                name={`trust-${i}`}
                checked={choices[s.fingerprint] === choice}
                onChange={() => {
                  setUnanswered(false);
                  setChoices((c) => ({ ...c, [s.fingerprint]: choice }));
                }}
              />{' '}
              {t(`sync:ui.import.${choice === 'trust' ? 'trustThis' : 'declineThis'}`)}
            </label>
          ))}
        </fieldset>
      ))}
      {unanswered && <p role="alert">{t('sync:ui.import.trustUnanswered')}</p>}
      <button type="button" className="button" onClick={submit}>
        {t('sync:ui.import.trustSubmit')}
      </button>{' '}
      <button type="button" className="button button--secondary" onClick={onCancel}>
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
              {f.status === 'declined' && <div>{t('sync:ui.import.declined')}</div>}
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
