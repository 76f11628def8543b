import { toCents } from '../../shared/domain/budget';
import type { Activity } from '../../shared/model/programme';
import type { BudgetEntry } from '../../shared/model/records';
import { useApi } from '../api/ApiContext';
import { useFormat } from '../app/format';
import { useT } from '../app/i18n';
import { ErrorMessage } from '../ui/ErrorMessage';
import { SaveStatus } from '../ui/SaveStatus';
import { ScrollRegion } from '../ui/ScrollRegion';
import { useSubmit } from '../ui/useSubmit';

interface Props {
  entries: BudgetEntry[];
  activities: Activity[];
  /** Whether this user may record (and so remove) entries here. */
  canEdit: boolean;
  onRemoved(): void;
}

export function BudgetEntries({ entries, activities, canEdit, onRemoved }: Props) {
  const { t, lang } = useT();
  const format = useFormat(lang);
  const api = useApi();
  const remove = useSubmit<{ entryId: string }>();
  const numberOf = (id: string | null) =>
    id === null ? t('budget:wholeGroup') : (activities.find((a) => a.id === id)?.number ?? id);
  const status = <SaveStatus savedAt={remove.savedAt} message={t('budget:removed')} />;
  if (entries.length === 0)
    return (
      <>
        <p>{t('budget:entriesEmpty')}</p>
        {status}
      </>
    );
  return (
    <>
      <ScrollRegion label={t('budget:entries')}>
        <table className="data">
          <caption>{t('budget:entry', { count: entries.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('budget:date')}</th>
              <th scope="col">{t('budget:kind')}</th>
              <th scope="col">{t('budget:source')}</th>
              <th scope="col">{t('budget:activity')}</th>
              <th scope="col">{t('budget:purpose')}</th>
              <th scope="col" className="num">
                {t('budget:amount')}
              </th>
              {canEdit && <th scope="col">{t('group:plan.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => {
              const described = {
                date: format.day(e.date),
                amount: format.money(toCents(e.amount), e.currency),
              };
              return (
                <tr key={e.id}>
                  <td>{described.date}</td>
                  <td>{t(`budget:kinds.${e.kind}`)}</td>
                  <td>{e.source}</td>
                  <td>{numberOf(e.activity)}</td>
                  <td className="prewrap">{e.purpose}</td>
                  <td className="num">{described.amount}</td>
                  {canEdit && (
                    <td>
                      <button
                        type="button"
                        className="button button--link"
                        disabled={remove.saving}
                        aria-label={t('budget:remove', described)}
                        onClick={async () => {
                          if (!window.confirm(t('budget:removeConfirm', described))) return;
                          const result = await remove.run(() => api.call('budget.remove', { entryId: e.id }));
                          if (result.ok) onRemoved();
                        }}
                      >
                        {t('common:actions.remove')}
                      </button>
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
      {remove.error && <ErrorMessage error={remove.error} />}
      {status}
    </>
  );
}
