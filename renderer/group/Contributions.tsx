import type { CurrencyCents } from '../../shared/domain/budget';
import { toCents } from '../../shared/domain/budget';
import type { PlannedContribution } from '../../shared/model/programme';
import type { CatalogueNames } from '../api/useCatalogue';
import { useFormat } from '../app/format';
import { useT } from '../app/i18n';
import { LocalizedText } from '../ui/LocalizedText';

/** The group's planned contributions and their totals per currency. */
export function Contributions({
  contributions,
  totals,
  names,
}: {
  contributions: PlannedContribution[];
  totals: CurrencyCents[];
  names: CatalogueNames;
}) {
  const { t, lang } = useT();
  const format = useFormat(lang);
  if (contributions.length === 0) return <p>{t('group:contributions.none')}</p>;
  return (
    <table className="data">
      <caption>{t('group:contributions.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('group:contributions.source')}</th>
          <th scope="col">{t('group:contributions.form')}</th>
          <th scope="col">{t('group:contributions.purpose')}</th>
          <th scope="col" className="num">
            {t('group:contributions.amount')}
          </th>
        </tr>
      </thead>
      <tbody>
        {contributions.map((c) => (
          <tr key={c.id}>
            <td>{c.institution ? names.institution(c.institution) : <LocalizedText value={c.source} />}</td>
            <td>
              {c.form === null ? t('group:contributions.notStated') : t(`group:contributions.${c.form}`)}
            </td>
            <td>{c.purpose ? <LocalizedText value={c.purpose} /> : ''}</td>
            <td className="num">
              {c.amount !== null && c.currency
                ? format.money(toCents(c.amount), c.currency)
                : t('group:contributions.notStated')}
            </td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        {totals.map((total) => (
          <tr key={total.currency}>
            <th scope="row" colSpan={3}>
              {t('group:contributions.total', { currency: total.currency })}
            </th>
            <td className="num">{format.money(total.cents, total.currency)}</td>
          </tr>
        ))}
      </tfoot>
    </table>
  );
}
