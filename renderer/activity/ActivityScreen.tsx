import { useApi } from '../api/ApiContext';
import { useCountryName } from '../api/useCatalogue';
import { useLoad } from '../api/useLoad';
import { useFormat } from '../app/format';
import { useT } from '../app/i18n';
import { href } from '../app/route';
import { effectiveStatus } from '../../shared/domain/progress';
import type { ReportView } from '../../shared/api/programme';
import { useIdentity } from '../app/IdentityContext';
import { Card } from '../ui/Card';
import { Loadable } from '../ui/Loadable';
import { LocalizedText } from '../ui/LocalizedText';
import { ProgressForm } from './ProgressForm';
import { ReportHistory } from './ReportHistory';

export function ActivityScreen({ activityId }: { activityId: string }) {
  const { t, lang } = useT();
  const format = useFormat(lang);
  const api = useApi();
  const detail = useLoad(`activity:${activityId}`, () => api.call('activity.get', { activityId }));
  const identity = useIdentity();
  const countryName = useCountryName(lang);
  return (
    <Loadable loaded={detail}>
      {(data, reload) => {
        const a = data.view.activity;
        const status = effectiveStatus(data.view.latest, data.view.decision);
        // What waits for this reader leads the page: a report to review, or her own report returned to her.
        const needsMe = (r: ReportView) =>
          r.narrative === null &&
          ((r.reviewable && r.reviewState === 'awaiting-review') ||
            (r.amendable && !r.reviewable && r.reviewState === 'returned'));
        const attention = data.reports.filter(needsMe);
        const rest = data.reports.filter((r) => !needsMe(r));
        // Reviewers (the group's coordinator, the secretariat) come here to decide; reporting themselves is the exception.
        const reviewer = data.reports.some((r) => r.reviewable) || identity?.role === 'secretariat';
        const form = (
          <ProgressForm
            activityId={a.id}
            programme={data.programme}
            latest={data.view.latest}
            onSaved={reload}
          />
        );
        return (
          <div className="activity">
            <nav aria-label={t('common:nav.breadcrumb')} className="breadcrumb">
              <a href={href({ screen: 'overview', programmeId: data.programme.id })}>
                {data.programme.id.replace('-', '–')}
              </a>
              {' / '}
              <a href={href({ screen: 'group', groupId: data.group.id })}>
                {t('overview:group', { numeral: data.group.numeral })}
              </a>
            </nav>
            <h1>{t('activity:title', { number: a.number })}</h1>
            <p className="activity__text">
              <LocalizedText value={a.text} />
            </p>
            <p className="muted">
              {t('activity:planned', {
                start: format.planned(a.plannedStart, t('common:notSet')),
                end: format.planned(a.plannedEnd, t('common:notSet')),
              })}
              {' · '}
              <span className={`badge status--${status}`}>{t(`common:status.${status}`)}</span>
            </p>
            {attention.length > 0 && (
              <Card title={t('activity:attention')} className="card--attention">
                <ReportHistory
                  reports={attention}
                  countryName={countryName}
                  programme={data.programme}
                  onChanged={reload}
                />
              </Card>
            )}
            <div className="columns columns--form">
              <Card title={t('activity:form')}>
                {!data.permissions.report ? (
                  <p>{t('activity:readOnly')}</p>
                ) : reviewer ? (
                  <details className="report-yourself">
                    <summary>{t('activity:reportYourself')}</summary>
                    {form}
                  </details>
                ) : (
                  form
                )}
              </Card>
              <Card title={t('activity:history')}>
                <ReportHistory
                  reports={rest}
                  countryName={countryName}
                  programme={data.programme}
                  onChanged={reload}
                />
              </Card>
            </div>
          </div>
        );
      }}
    </Loadable>
  );
}
