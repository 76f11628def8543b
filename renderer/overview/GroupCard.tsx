import type { GroupSummary } from '../../shared/domain/progress';
import { useFormat } from '../app/format';
import { useT } from '../app/i18n';
import { href } from '../app/route';
import { LocalizedText } from '../ui/LocalizedText';

/** One working group at a glance; the title links to the group. */
/** In a closed programme, what was left unfinished is history, not a delay to act on: it is not shown as overdue. */
export function GroupCard({
  summary,
  countryName,
  closed,
}: {
  summary: GroupSummary;
  countryName: (iso3: string) => string;
  closed: boolean;
}) {
  const { t, lang } = useT();
  const format = useFormat(lang);
  const { completion } = summary;
  return (
    <article className="group-card">
      <p className="group-card__numeral">{t('overview:group', { numeral: summary.numeral })}</p>
      <h3 className="group-card__title">
        <a href={href({ screen: 'group', groupId: summary.id })}>
          <LocalizedText value={summary.title} />
        </a>
      </h3>
      <dl className="facts">
        <div>
          <dt>{t('overview:theme')}</dt>
          <dd>
            <LocalizedText value={summary.theme} />
          </dd>
        </div>
        <div>
          <dt>{t('overview:coordinators')}</dt>
          <dd>{summary.coordinators.map((c) => countryName(c.country)).join(', ') || t('common:none')}</dd>
        </div>
        <div>
          <dt>{t('overview:completed')}</dt>
          <dd>
            <progress
              max={Math.max(completion.total, 1)}
              value={completion.completed}
              aria-label={t('overview:completed')}
            />{' '}
            {t('overview:completedValue', {
              percent: format.percent(completion.share),
              done: completion.completed,
              total: completion.total,
            })}
          </dd>
        </div>
        {closed ? (
          <div>
            <dt>{t('overview:unfinishedTitle')}</dt>
            <dd>
              {summary.overdueCount > 0
                ? t('overview:unfinished', { count: summary.overdueCount })
                : t('overview:allFinished')}
            </dd>
          </div>
        ) : (
          <div>
            <dt>{t('overview:overdueTitle')}</dt>
            <dd className={summary.overdueCount > 0 ? 'overdue' : undefined}>
              {summary.overdueCount > 0
                ? t('overview:overdue', { count: summary.overdueCount })
                : t('overview:noOverdue')}
            </dd>
          </div>
        )}
        <div>
          <dt>{t('overview:lastUpdate')}</dt>
          <dd>{summary.lastUpdate ? format.day(summary.lastUpdate) : t('overview:never')}</dd>
        </div>
      </dl>
    </article>
  );
}
