import { reportText, type ProgressReport } from '../../shared/model/records';
import { useFormat } from '../app/format';
import { useT } from '../app/i18n';
import { ReviewForm } from '../sync/ReviewForm';
import { LocalizedText } from '../ui/LocalizedText';

/**
 * Earlier reports on one activity, newest first (the handlers sort them), with who reported for which
 * country and the coordinator's or secretariat's review, which those roles (`canReview`) can give here.
 */
export function ReportHistory({ reports, countryName, canReview }: { reports: ProgressReport[]; countryName: (iso3: string | null) => string; canReview: boolean }) {
  const { t, lang } = useT();
  const format = useFormat(lang);
  if (reports.length === 0) return <p>{t('activity:historyEmpty')}</p>;
  return (
    <ol className="history">
      {reports.map((r) => (
        <li key={r.id} className="history__item">
          <article aria-label={t('activity:reportedOn', { date: format.day(r.reportDate) })}>
            <h3>
              {t('activity:reportedOn', { date: format.day(r.reportDate) })}
              <span className={`badge status--${r.status ?? 'not-stated'}`}>{t(`common:status.${r.status ?? 'not-stated'}`)}</span>
              <span className="percent">{t('activity:percentValue', { percent: r.percent === null ? t('common:notStated') : format.percent(r.percent / 100) })}</span>
            </h3>
            <p className="muted">{r.country ? t('activity:reportedBy', { name: r.author.name, country: countryName(r.country) }) : r.author.name}</p>
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
                        <li key={e}>{e}</li>
                      ))}
                    </ul>
                  </dd>
                </div>
              )}
            </dl>
            <ReviewForm report={r} canReview={canReview} />
          </article>
        </li>
      ))}
    </ol>
  );
}
