import type { Lang } from '../../shared/model/text';
import type { Financing } from '../../shared/report/financing';
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
      <colgroup>
        <col style={{ width: '34%' }} />
        <col style={{ width: '10%' }} />
        <col style={{ width: '20%' }} />
        <col style={{ width: '12%' }} />
        <col style={{ width: '12%' }} />
        <col style={{ width: '12%' }} />
      </colgroup>
      <thead>
        <tr>
          <th>{t('financing.source')}</th>
          <th>{t('financing.form')}</th>
          <th>{t('financing.purpose')}</th>
          <th className="money">{t('financing.planned')}</th>
          <th className="money">{t('financing.committed')}</th>
          <th className="money">{t('financing.spent')}</th>
        </tr>
      </thead>
      <tbody>
        {financing.rows.map((r, i) => (
          <tr key={i}>
            <td>
              {r.source}
              {r.unofficial && <span className="mark">†</span>}
            </td>
            <td>{r.form === null ? <span className="muted">{t('financing.unplanned')}</span> : t(`financing.${r.form}`)}</td>
            <td>{r.purpose ?? ''}</td>
            <td className="money">{r.planned ?? <span className="muted">{t('financing.notStated')}</span>}</td>
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
