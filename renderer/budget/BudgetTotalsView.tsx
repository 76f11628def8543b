import type { ReactNode } from 'react';
import type { BudgetTotals } from '../../shared/domain/budget';
import { useFormat } from '../app/format';
import { useT } from '../app/i18n';

function TotalsTable({
  caption,
  head,
  rows,
}: {
  caption: string;
  head: string;
  rows: Array<{ key: string; label: ReactNode; amount: string }>;
}) {
  const { t } = useT();
  return (
    <table className="data data--compact">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{head}</th>
          <th scope="col" className="num">
            {t('budget:amount')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{r.label}</th>
            <td className="num">{r.amount}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Totals per source, kind and currency, and what was executed against the planned contributions. */
export function BudgetTotalsView({ totals }: { totals: BudgetTotals }) {
  const { t, lang } = useT();
  const format = useFormat(lang);
  return (
    <div className="totals">
      {totals.byCurrency.length > 0 && (
        <>
          <TotalsTable
            caption={t('budget:bySource')}
            head={t('budget:source')}
            rows={totals.bySource.map((s) => ({
              key: `${s.source}|${s.currency}`,
              label: s.source,
              amount: format.money(s.cents, s.currency),
            }))}
          />
          <TotalsTable
            caption={t('budget:byKind')}
            head={t('budget:kind')}
            rows={totals.byKind.map((k) => ({
              key: `${k.kind}|${k.currency}`,
              label: t(`budget:kinds.${k.kind}`),
              amount: format.money(k.cents, k.currency),
            }))}
          />
          <TotalsTable
            caption={t('budget:byCurrency')}
            head={t('budget:currency')}
            rows={totals.byCurrency.map((c) => ({
              key: c.currency,
              label: c.currency,
              amount: format.money(c.cents, c.currency),
            }))}
          />
        </>
      )}
      {totals.execution.length === 0 ? (
        <p>{t('budget:totalsEmpty')}</p>
      ) : (
        <table className="data data--compact">
          <caption>{t('budget:executedCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('budget:currency')}</th>
              <th scope="col" className="num">
                {t('budget:plannedAmount')}
              </th>
              <th scope="col" className="num">
                {t('budget:kinds.commitment')}
              </th>
              <th scope="col" className="num">
                {t('budget:executedAmount')}
              </th>
              <th scope="col" className="num">
                {t('budget:share')}
              </th>
            </tr>
          </thead>
          <tbody>
            {totals.execution.map((e) => (
              <tr key={e.currency}>
                <th scope="row">{e.currency}</th>
                <td className="num">{format.money(e.plannedCents, e.currency)}</td>
                <td className="num">{format.money(e.committedCents, e.currency)}</td>
                <td className="num">{format.money(e.executedCents, e.currency)}</td>
                <td className="num">
                  {e.plannedCents > 0 ? format.percent(e.executedCents / e.plannedCents) : '—'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
