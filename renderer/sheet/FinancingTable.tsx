import type { Lang } from '../../shared/model/text';
import type { Financing } from '../../shared/report/financing';
import { TableHead } from './TableHead';
import { useSheetT } from './useSheetT';

export function FinancingTable({ financing, lang }: { financing: Financing; lang: Lang }) {
  const t = useSheetT(lang);
  if (financing.rows.length === 0) {
    return (
      <div className="heading-row">
        <h2>{t('financing.heading')}</h2>
        <p className="muted">{t('financing.none')}</p>
      </div>
    );
  }
  const dash = '—';
  return (
    <>
      <h2>{t('financing.heading')}</h2>
      <table className="fin">
        <TableHead
          columns={[
            { width: '34%', label: t('financing.source') },
            { width: '10%', label: t('financing.form') },
            { width: '20%', label: t('financing.purpose') },
            { width: '12%', label: t('financing.planned'), className: 'money' },
            { width: '12%', label: t('financing.committed'), className: 'money' },
            { width: '12%', label: t('financing.spent'), className: 'money' },
          ]}
        />
        <tbody>
          {financing.rows.map((r, i) => (
            <tr key={i}>
              <td>{r.source}</td>
              <td>
                {r.form === null ? (
                  <span className="muted">{t('financing.unplanned')}</span>
                ) : r.form === 'not-stated' ? (
                  <span className="muted">{t('table.notStated')}</span>
                ) : (
                  t(`financing.${r.form}`)
                )}
              </td>
              <td>{r.purpose ?? ''}</td>
              <td className="money">
                {r.planned ?? <span className="muted">{t('financing.notStated')}</span>}
              </td>
              <td className="money">{r.committed ?? dash}</td>
              <td className="money">{r.spent ?? dash}</td>
            </tr>
          ))}
          {financing.totals.map((x) => (
            <tr key={x.currency} className="total">
              <td colSpan={3}>Σ {x.currency}</td>
              <td className="money">{x.planned}</td>
              <td className="money">{x.committed}</td>
              <td className="money">{x.spent}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
