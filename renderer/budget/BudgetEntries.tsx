import { toCents } from '../../shared/domain/budget';
import type { Activity } from '../../shared/model/programme';
import type { BudgetEntry } from '../../shared/model/records';
import { useFormat } from '../app/format';
import { useT } from '../app/i18n';
import { ScrollRegion } from '../ui/ScrollRegion';

export function BudgetEntries({ entries, activities }: { entries: BudgetEntry[]; activities: Activity[] }) {
  const { t, lang } = useT();
  const format = useFormat(lang);
  if (entries.length === 0) return <p>{t('budget:entriesEmpty')}</p>;
  const numberOf = (id: string | null) => (id === null ? t('budget:wholeGroup') : (activities.find((a) => a.id === id)?.number ?? id));
  return (
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
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id}>
              <td>{format.day(e.date)}</td>
              <td>{t(`budget:kinds.${e.kind}`)}</td>
              <td>{e.source}</td>
              <td>{numberOf(e.activity)}</td>
              <td className="prewrap">{e.purpose}</td>
              <td className="num">{format.money(toCents(e.amount), e.currency)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
