import type { CountrySheet } from '../../shared/report/countrySheet';
import { Printed } from './Printed';
import { StatusBadge } from './StatusBadge';
import { useSheetT } from './useSheetT';

export function CountrySheetView({ sheet }: { sheet: CountrySheet }) {
  const t = useSheetT(sheet.lang);
  return (
    <>
      <header className="masthead">
        <div className="kicker">
          {t('countrySheet.kicker')} · {sheet.symbol}
        </div>
        <h1>{t('countrySheet.title', { country: sheet.country })}</h1>
        <dl className="meta">
          <div className="wide">
            <dt>{t('header.programme')}</dt>
            <dd>
              <Printed text={sheet.programmeTitle} />
            </dd>
          </div>
          {sheet.nso !== null && (
            <div>
              <dd>{t('countrySheet.nso', { name: sheet.nso })}</dd>
            </div>
          )}
          <div>
            <dt>{t('header.dataDate')}</dt>
            <dd>
              {sheet.dataDate ?? t('header.noData')} · {t('header.printDate')} {sheet.printDate}
            </dd>
          </div>
        </dl>
      </header>

      <h2>{t('countrySheet.groups')}</h2>
      {sheet.groups.length === 0 ? (
        <p className="muted">{t('countrySheet.noGroups', { country: sheet.country })}</p>
      ) : (
        <table>
          <colgroup>
            <col style={{ width: '6%' }} />
            <col style={{ width: '42%' }} />
            <col style={{ width: '12%' }} />
            <col style={{ width: '10%' }} />
            <col style={{ width: '10%' }} />
            <col style={{ width: '8%' }} />
            <col style={{ width: '12%' }} />
          </colgroup>
          <thead>
            <tr>
              <th>{t('countrySheet.group')}</th>
              <th>{t('table.activity')}</th>
              <th>{t('countrySheet.role')}</th>
              <th className="num">{t('summary.completed')}</th>
              <th className="num">{t('summary.overdue')}</th>
              <th className="num">{t('table.percent')}</th>
              <th>{t('table.lastUpdate')}</th>
            </tr>
          </thead>
          <tbody>
            {sheet.groups.map((g) => (
              <tr key={g.groupId}>
                <td>{g.numeral}</td>
                <td>
                  <Printed text={g.title} />
                </td>
                <td>{t(`countrySheet.${g.role}`)}</td>
                <td className="num">
                  {g.summary.completed} / {g.summary.total}
                </td>
                <td className="num">{g.summary.overdue}</td>
                <td className="num">{g.overall}</td>
                <td>{g.lastUpdate ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2>{t('countrySheet.latest', { country: sheet.country })}</h2>
      {sheet.reports.length === 0 ? (
        <p className="muted">{t('countrySheet.noReports', { country: sheet.country })}</p>
      ) : (
        <table>
          <colgroup>
            <col style={{ width: '8%' }} />
            <col style={{ width: '34%' }} />
            <col style={{ width: '12%' }} />
            <col style={{ width: '5%' }} />
            <col style={{ width: '11%' }} />
            <col style={{ width: '30%' }} />
          </colgroup>
          <thead>
            <tr>
              <th>{t('table.number')}</th>
              <th>{t('table.activity')}</th>
              <th>{t('table.status')}</th>
              <th className="num">{t('table.percent')}</th>
              <th>{t('countrySheet.reportDate')}</th>
              <th>{t('table.remarks')}</th>
            </tr>
          </thead>
          <tbody>
            {sheet.reports.map((r) => (
              <tr key={r.activityId}>
                <td>
                  {r.numeral}.{r.number}
                </td>
                <td>
                  <Printed text={r.text} />
                </td>
                <td>
                  <StatusBadge status={r.status} lang={sheet.lang} />
                </td>
                <td className="num">{r.percent}</td>
                <td>{r.date}</td>
                <td className="remarks">{r.remarks}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2>{t('countrySheet.overdue')}</h2>
      {sheet.overdue.length === 0 ? (
        <p className="muted">{t('countrySheet.noOverdue')}</p>
      ) : (
        <table>
          <colgroup>
            <col style={{ width: '8%' }} />
            <col style={{ width: '56%' }} />
            <col style={{ width: '20%' }} />
            <col style={{ width: '16%' }} />
          </colgroup>
          <thead>
            <tr>
              <th>{t('table.number')}</th>
              <th>{t('table.activity')}</th>
              <th>{t('table.planned')}</th>
              <th>{t('table.status')}</th>
            </tr>
          </thead>
          <tbody>
            {sheet.overdue.map((r) => (
              <tr key={r.activityId}>
                <td>
                  {r.numeral}.{r.number}
                </td>
                <td>
                  <Printed text={r.text} />
                </td>
                <td>{r.planned ?? ''}</td>
                <td>
                  <StatusBadge status={r.status} lang={sheet.lang} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <footer className="notes">
        <p>{t('footnotes.source', { symbol: sheet.symbol })}</p>
      </footer>
    </>
  );
}
