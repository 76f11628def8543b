import { useState } from 'react';
import type { WorkbookImport as Outcome } from '../../shared/api/workbook';
import { useApi } from '../api/ApiContext';
import type { CatalogueNames } from '../api/useCatalogue';
import { useT } from '../app/i18n';
import { fileToBase64 } from '../ui/bytes';
import { DownloadButton } from '../ui/DownloadButton';
import { ErrorMessage, useErrorText } from '../ui/ErrorMessage';
import { useSubmit } from '../ui/useSubmit';

/**
 * The adopted programme typed or pasted into the template: the file is checked and previewed first
 * (nothing is saved), refused with every wrong cell named, and created only when the secretariat confirms.
 */
export function WorkbookImport({ names, onCreated }: { names: CatalogueNames; onCreated(id: string): void }) {
  const { t } = useT();
  const api = useApi();
  const errorText = useErrorText();
  const [file, setFile] = useState<{ name: string; base64: string } | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const submit = useSubmit<Outcome>();

  async function check(chosen: File) {
    const base64 = await fileToBase64(chosen);
    setFile({ name: chosen.name, base64 });
    setOutcome(null);
    const result = await submit.run(() =>
      api.call('programme.importWorkbook', { bytesBase64: base64, dryRun: true }),
    );
    if (result.ok) setOutcome(result.data);
  }

  async function create() {
    if (!file) return;
    const result = await submit.run(() =>
      api.call('programme.importWorkbook', { bytesBase64: file.base64, dryRun: false }),
    );
    if (result.ok && result.data.status === 'created') onCreated(result.data.preview.programme.id);
    else if (result.ok) setOutcome(result.data);
  }

  const cell = (e: Extract<Outcome, { status: 'refused' }>['errors'][number]) => {
    const message = errorText({ code: 'workbook', i18nKey: e.i18nKey, details: e.details });
    if (e.details.row === undefined) return `${e.details.sheet}: ${message}`;
    return `${errorText({ code: 'workbook', i18nKey: 'errors:workbook.at', details: e.details })}: ${message}`;
  };

  return (
    <div className="workbook-import">
      <p>{t('overview:workbook.intro')}</p>
      <DownloadButton
        label={t('overview:workbook.template')}
        make={() => api.call('programme.template', {})}
      />
      <div className="field">
        <label htmlFor="workbook-file">{t('overview:workbook.choose')}</label>
        <input
          id="workbook-file"
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(e) => {
            const chosen = e.target.files?.[0];
            if (chosen) void check(chosen);
          }}
        />
      </div>
      {submit.saving && <p role="status">{t('common:preparing')}</p>}
      {submit.error && <ErrorMessage error={submit.error} />}
      {outcome?.status === 'refused' && (
        <div role="alert" className="error-message">
          <p>{t('overview:workbook.refused', { file: file?.name ?? '', count: outcome.errors.length })}</p>
          <ul>
            {outcome.errors.map((e, i) => (
              <li key={i}>{cell(e)}</li>
            ))}
          </ul>
        </div>
      )}
      {outcome?.status === 'preview' && (
        <section aria-labelledby="workbook-preview" className="card">
          <h3 id="workbook-preview" className="card__title">
            {t('overview:workbook.preview', {
              id: outcome.preview.programme.id.replace('-', '–'),
              groups: outcome.preview.groups.length,
              activities: outcome.preview.activities,
            })}
          </h3>
          <ul>
            {outcome.preview.groups.map((g) => (
              <li key={g.numeral}>
                {t('overview:workbook.group', {
                  numeral: g.numeral,
                  activities: g.activities,
                  coordinators: g.coordinators.map((c) => names.country(c)).join(', '),
                  members: g.members.map((c) => names.country(c)).join(', ') || '—',
                })}
              </li>
            ))}
          </ul>
          <button type="button" className="button" disabled={submit.saving} onClick={() => void create()}>
            {t('overview:workbook.create')}
          </button>
        </section>
      )}
    </div>
  );
}
