import { useApi } from '../api/ApiContext';
import { useCatalogue } from '../api/useCatalogue';
import { useLoad } from '../api/useLoad';
import { useT } from '../app/i18n';
import { href } from '../app/route';
import { Card } from '../ui/Card';
import { Loadable } from '../ui/Loadable';
import { BudgetForm } from './BudgetForm';
import { BudgetEntries } from './BudgetEntries';
import { BudgetTotalsView } from './BudgetTotalsView';

/** Budget entries of a group, or of one of its activities. */
export function BudgetScreen({ groupId, activityId }: { groupId: string; activityId: string | null }) {
  const { t, lang } = useT();
  const api = useApi();
  const group = useLoad(`group:${groupId}`, () => api.call('group.get', { groupId }));
  const list = useLoad(`budget:${groupId}:${activityId}`, () =>
    api.call('budget.list', { groupId, activityId }),
  );
  const names = useCatalogue(lang);
  return (
    <Loadable loaded={group}>
      {(detail) => {
        const activity = detail.activities.find((v) => v.activity.id === activityId)?.activity ?? null;
        return (
          <div className="budget">
            <nav aria-label={t('common:nav.breadcrumb')} className="breadcrumb">
              <a href={href({ screen: 'overview', programmeId: detail.programme.id })}>
                {detail.programme.id.replace('-', '–')}
              </a>
              {' / '}
              <a href={href({ screen: 'group', groupId })}>
                {t('overview:group', { numeral: detail.group.numeral })}
              </a>
            </nav>
            <h1>
              {activity
                ? t('budget:titleActivity', { number: activity.number })
                : t('budget:titleGroup', { numeral: detail.group.numeral })}
            </h1>
            <Loadable loaded={names}>
              {(catalogue) => (
                <Loadable loaded={list}>
                  {(budget, reload) => (
                    <>
                      <div className="columns columns--form">
                        <Card title={t('budget:form')}>
                          {budget.canAdd ? (
                            <BudgetForm
                              groupId={groupId}
                              activityId={activityId}
                              activities={detail.activities.map((v) => v.activity)}
                              institutions={catalogue.catalogue.institutions}
                              onSaved={reload}
                            />
                          ) : (
                            <p>{t('budget:readOnly')}</p>
                          )}
                        </Card>
                        <Card title={t('budget:totals')}>
                          <BudgetTotalsView totals={budget.totals} />
                        </Card>
                      </div>
                      <Card title={t('budget:entries')}>
                        <BudgetEntries
                          entries={budget.entries}
                          activities={detail.activities.map((v) => v.activity)}
                          canEdit={budget.canAdd}
                          onRemoved={reload}
                        />
                      </Card>
                    </>
                  )}
                </Loadable>
              )}
            </Loadable>
          </div>
        );
      }}
    </Loadable>
  );
}
