import type { Home, ReportItem } from '../../shared/api/home';
import { useFormat } from '../app/format';
import { useT } from '../app/i18n';
import { href } from '../app/route';
import { LocalizedText } from '../ui/LocalizedText';
import { activityLabel } from './activityLabel';

function ReportLink({ item }: { item: ReportItem }) {
  const { t } = useT();
  return (
    <a href={href({ screen: 'activity', activityId: item.activityId })}>
      {activityLabel(t, item.groupNumeral, item.activityNumber)} — <LocalizedText value={item.activityText} />
    </a>
  );
}

/**
 * What needs the user, by role, before the groups: reports returned to her with the reviewer's
 * comment, reports awaiting her review, conflicts she may decide, changes not yet sent, deadlines
 * coming and, for the secretariat, the countries that sent nothing this period.
 */
export function HomePanel({
  home,
  countryName,
}: {
  home: Home;
  countryName: (iso3: string | null) => string;
}) {
  const { t, lang } = useT();
  const format = useFormat(lang);
  const secretariat = home.role === 'secretariat';
  const reviews = home.role !== 'focal-point';
  // With nothing to count, the heading names the list instead of saying "0 …".
  const heading = (key: 'returned' | 'awaiting' | 'conflicts' | 'silent' | 'unsent', count: number) =>
    count === 0 ? t(`overview:home.${key}Title`) : t(`overview:home.${key}`, { count });
  return (
    <section aria-labelledby="home-attention" className="home">
      <h2 id="home-attention">{t('overview:home.title')}</h2>
      <div className="home__grid">
        {!secretariat && (
          <section aria-labelledby="home-returned" className="card">
            <h3 id="home-returned" className="card__title">
              {heading('returned', home.returned.length)}
            </h3>
            {home.returned.length === 0 ? (
              <p>{t('overview:home.returnedNone')}</p>
            ) : (
              <ul className="home__list">
                {home.returned.map((r) => (
                  <li key={r.reportId}>
                    <ReportLink item={r} />
                    <p className="muted">
                      {t('overview:home.returnedBy', {
                        name: r.review?.by.name ?? '',
                        date: format.day(r.review?.at.slice(0, 10) ?? r.reportDate),
                      })}
                    </p>
                    {r.review?.comment && (
                      <blockquote className="home__comment">{r.review.comment}</blockquote>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </section>
        )}
        {reviews && (
          <section aria-labelledby="home-review" className="card">
            <h3 id="home-review" className="card__title">
              {heading('awaiting', home.awaitingReview.length)}
            </h3>
            {home.awaitingReview.length === 0 ? (
              <p>{t('overview:home.awaitingNone')}</p>
            ) : (
              <ul className="home__list">
                {home.awaitingReview.map((r) => (
                  <li key={r.reportId}>
                    <ReportLink item={r} />
                    <p className="muted">
                      {t('overview:home.reportFrom', {
                        country: countryName(r.country) || t('common:region'),
                        name: r.author,
                        date: format.day(r.reportDate),
                      })}
                    </p>
                  </li>
                ))}
              </ul>
            )}
          </section>
        )}
        {(secretariat || home.conflicts > 0) && (
          <section aria-labelledby="home-conflicts" className="card">
            <h3 id="home-conflicts" className="card__title">
              {heading('conflicts', home.conflicts)}
            </h3>
            <p>
              {home.conflicts === 0 ? (
                t('overview:home.conflictsNone')
              ) : (
                <a href={href({ screen: 'sync' })}>{t('overview:home.conflictsOpen')}</a>
              )}
            </p>
          </section>
        )}
        {secretariat && home.silentCountries && (
          <section aria-labelledby="home-silent" className="card">
            <h3 id="home-silent" className="card__title">
              {heading('silent', home.silentCountries.length)}
            </h3>
            <p>
              {home.silentCountries.length === 0
                ? t('overview:home.silentNone')
                : home.silentCountries.map((c) => countryName(c)).join(', ')}
            </p>
          </section>
        )}
        <section aria-labelledby="home-unsent" className="card">
          <h3 id="home-unsent" className="card__title">
            {heading('unsent', home.unsent)}
          </h3>
          <p>
            {home.unsent === 0 ? (
              t('overview:home.unsentNone')
            ) : (
              <a href={href({ screen: 'sync' })}>
                {t(secretariat ? 'overview:home.sendConsolidated' : 'overview:home.send')}
              </a>
            )}
          </p>
        </section>
        {!secretariat && (
          <section aria-labelledby="home-deadlines" className="card">
            <h3 id="home-deadlines" className="card__title">
              {t('overview:home.deadlines')}
            </h3>
            {home.deadlines.length === 0 ? (
              <p>
                {home.programme?.closed
                  ? t('overview:home.deadlinesClosed')
                  : t('overview:home.deadlinesNone')}
              </p>
            ) : (
              <ul className="home__list">
                {home.deadlines.map((d) => (
                  <li key={d.activityId}>
                    <a href={href({ screen: 'activity', activityId: d.activityId })}>
                      {activityLabel(t, d.groupNumeral, d.activityNumber)} — <LocalizedText value={d.text} />
                    </a>
                    <p className="muted">
                      {t('overview:home.plannedEnd', { month: format.month(d.plannedEnd) })}
                    </p>
                  </li>
                ))}
              </ul>
            )}
          </section>
        )}
      </div>
    </section>
  );
}

/** What the navigation counts for the home: things that wait for the user's decision or correction. */
export function pendingCount(home: Home): number {
  return home.returned.length + home.awaitingReview.length + home.conflicts;
}
