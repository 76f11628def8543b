import type { CountrySheet } from '../../shared/report/countrySheet';
import type { PrintedText } from '../../shared/report/groupSheet';
import { ClosingNotes } from './ClosingNotes';
import { DataDateRow, Masthead, MetaRow, ProgrammeRow } from './Masthead';
import { Printed } from './Printed';
import { PercentValue } from './PercentValue';
import { StatusBadge } from './StatusBadge';
import { TableHead } from './TableHead';
import { TableSection } from './TableSection';
import { useSheetT } from './useSheetT';

export function CountrySheetView({ sheet }: { sheet: CountrySheet }) {
  const t = useSheetT(sheet.lang);
  return (
    <>
      <Masthead
        kicker={t('countrySheet.kicker')}
        symbol={sheet.symbol}
        title={t('countrySheet.title', { country: sheet.country })}
      >
        <ProgrammeRow title={sheet.programmeTitle} status={sheet.programmeStatus} lang={sheet.lang} />
        {sheet.nso !== null && <MetaRow>{t('countrySheet.nso', { name: sheet.nso })}</MetaRow>}
        <DataDateRow dataDate={sheet.dataDate} printDate={sheet.printDate} lang={sheet.lang} />
      </Masthead>

      <TableSection
        heading={t('countrySheet.groups')}
        empty={sheet.groups.length === 0 ? t('countrySheet.noGroups', { country: sheet.country }) : null}
      >
        <table>
          <TableHead
            columns={[
              { width: '6%', label: t('countrySheet.group') },
              { width: '42%', label: t('table.activity') },
              { width: '12%', label: t('countrySheet.role') },
              { width: '10%', label: t('summary.completed'), className: 'num' },
              { width: '10%', label: t('summary.overdue'), className: 'num' },
              { width: '8%', label: t('table.percent'), className: 'num' },
              { width: '12%', label: t('table.lastUpdate') },
            ]}
          />
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
      </TableSection>

      <TableSection
        heading={t('countrySheet.latest', { country: sheet.country })}
        empty={sheet.reports.length === 0 ? t('countrySheet.noReports', { country: sheet.country }) : null}
      >
        <table>
          <TableHead
            columns={[
              { width: '8%', label: t('table.number') },
              { width: '34%', label: t('table.activity') },
              { width: '12%', label: t('table.status') },
              { width: '5%', label: t('table.percent'), className: 'num' },
              { width: '11%', label: t('countrySheet.reportDate') },
              { width: '30%', label: t('table.remarks') },
            ]}
          />
          <tbody>
            {sheet.reports.map((r) => (
              <tr key={r.activityId}>
                <ActivityCells activity={r} />
                <td>
                  <StatusBadge status={r.status} lang={sheet.lang} />
                </td>
                <td className="num">
                  <PercentValue percent={r.percent} lang={sheet.lang} />
                </td>
                <td>{r.date}</td>
                <td className="remarks">{r.remarks}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableSection>

      <TableSection
        heading={t('countrySheet.overdue')}
        empty={sheet.overdue.length === 0 ? t('countrySheet.noOverdue') : null}
      >
        <table>
          <TableHead
            columns={[
              { width: '8%', label: t('table.number') },
              { width: '56%', label: t('table.activity') },
              { width: '20%', label: t('table.planned') },
              { width: '16%', label: t('table.status') },
            ]}
          />
          <tbody>
            {sheet.overdue.map((r) => (
              <tr key={r.activityId}>
                <ActivityCells activity={r} />
                <td>{r.planned ?? ''}</td>
                <td>
                  <StatusBadge status={r.status} lang={sheet.lang} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableSection>
      <footer className="notes">
        <ClosingNotes languageNote={sheet.languageNote} symbol={sheet.symbol} lang={sheet.lang} />
      </footer>
    </>
  );
}

/** An activity named across groups: its group's numeral with its number, then its text. */
function ActivityCells({ activity }: { activity: { numeral: string; number: string; text: PrintedText } }) {
  return (
    <>
      <td>
        {activity.numeral}.{activity.number}
      </td>
      <td>
        <Printed text={activity.text} />
      </td>
    </>
  );
}
