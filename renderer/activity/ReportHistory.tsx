import { useState } from 'react';
import type { ProgrammeHeader } from '../../shared/api/common';
import type { ReportView } from '../../shared/api/programme';
import { reportText } from '../../shared/model/records';
import { useApi } from '../api/ApiContext';
import { useFormat } from '../app/format';
import { useT } from '../app/i18n';
import { ReviewForm } from '../sync/ReviewForm';
import { ErrorMessage } from '../ui/ErrorMessage';
import { LocalizedText } from '../ui/LocalizedText';
import { useSubmit } from '../ui/useSubmit';
import { EvidenceItem } from './EvidenceItem';
import { ProgressForm } from './ProgressForm';

interface Props {
  reports: ReportView[];
  countryName: (iso3: string | null) => string;
  programme: ProgrammeHeader;
  /** After a correction, a withdrawal or a decision: the activity reloads. */
  onChanged: () => void;
}

/**
 * Reports on one activity, newest first (the handlers sort them), with who reported for which
 * country, the review and, for whoever may (the handlers say per report), the decision controls and
 * the correction and withdrawal of the report.
 */
export function ReportHistory({ reports, countryName, programme, onChanged }: Props) {
  const { t } = useT();
  if (reports.length === 0) return <p>{t('activity:historyEmpty')}</p>;
  return (
    <ol className="history">
      {reports.map((r) => (
        <li key={r.id} className="history__item">
          <ReportEntry report={r} countryName={countryName} programme={programme} onChanged={onChanged} />
        </li>
      ))}
    </ol>
  );
}

function ReportEntry({
  report: r,
  countryName,
  programme,
  onChanged,
}: { report: ReportView } & Omit<Props, 'reports'>) {
  const { t, lang } = useT();
  const format = useFormat(lang);
  const api = useApi();
  const [mode, setMode] = useState<'read' | 'correct' | 'withdraw'>('read');
  const withdraw = useSubmit<{ reportId: string }>();
  const label = t('activity:reportedOn', { date: format.day(r.reportDate) });

  if (mode === 'correct') {
    return (
      <article aria-label={t('activity:correction.title', { date: format.day(r.reportDate) })}>
        <h3>{t('activity:correction.title', { date: format.day(r.reportDate) })}</h3>
        <ProgressForm
          activityId={r.activity ?? ''}
          programme={programme}
          latest={null}
          correcting={r}
          onCancel={() => setMode('read')}
          onSaved={() => {
            setMode('read');
            onChanged();
          }}
        />
      </article>
    );
  }

  return (
    <article aria-label={label}>
      <h3>
        {label}
        <span className={`badge status--${r.status ?? 'not-stated'}`}>
          {t(`common:status.${r.status ?? 'not-stated'}`)}
        </span>
        <span className="percent">
          {t('activity:percentValue', {
            percent: r.percent === null ? t('common:notStated') : format.percent(r.percent / 100),
          })}
        </span>
        {r.corrected && <span className="badge">{t('activity:correction.corrected')}</span>}
        {r.reviewState === 'awaiting-review' && r.narrative === null && (
          <span className="badge badge--pending">{t('sync:ui.review.awaiting')}</span>
        )}
      </h3>
      <p className="muted">
        {r.country
          ? t('activity:reportedBy', { name: r.author.name, country: countryName(r.country) })
          : r.author.name}
      </p>
      {r.narrative && (
        <p>
          <LocalizedText value={r.narrative} />
        </p>
      )}
      <dl className="facts">
        {(
          [
            ['done', reportText(r, 'done', lang)],
            ['obstacles', reportText(r, 'obstacles', lang)],
            ['nextSteps', reportText(r, 'nextSteps', lang)],
          ] as const
        )
          .filter(([, text]) => text.trim() !== '')
          .map(([field, text]) => (
            <div key={field}>
              <dt>{t(`activity:${field}`)}</dt>
              <dd className="prewrap">{text}</dd>
            </div>
          ))}
        {r.evidence.length > 0 && (
          <div>
            <dt>{t('activity:evidence')}</dt>
            <dd>
              <ul>
                {r.evidence.map((e) => (
                  <li key={e}>
                    <EvidenceItem value={e} />
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
      </dl>
      <ReviewForm
        report={r}
        canReview={r.reviewable && r.narrative === null}
        state={r.reviewState}
        onReviewed={onChanged}
      />
      {r.amendable && r.narrative === null && (
        <div className="history__actions">
          {mode === 'withdraw' ? (
            <div role="group" aria-label={t('activity:withdraw.start')}>
              <p>{t('activity:withdraw.confirm')}</p>
              <button
                type="button"
                className="button button--danger"
                disabled={withdraw.saving}
                onClick={async () => {
                  const result = await withdraw.run(() => api.call('progress.withdraw', { reportId: r.id }));
                  if (result.ok) onChanged();
                }}
              >
                {t('activity:withdraw.yes')}
              </button>{' '}
              <button type="button" className="button button--secondary" onClick={() => setMode('read')}>
                {t('common:actions.cancel')}
              </button>
              {withdraw.error && <ErrorMessage error={withdraw.error} />}
            </div>
          ) : (
            <>
              <button type="button" className="button button--secondary" onClick={() => setMode('correct')}>
                {t('activity:correction.start')}
              </button>{' '}
              <button type="button" className="button button--secondary" onClick={() => setMode('withdraw')}>
                {t('activity:withdraw.start')}
              </button>
            </>
          )}
        </div>
      )}
    </article>
  );
}
