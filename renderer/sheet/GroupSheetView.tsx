import { Fragment } from 'react';
import type { GroupSheet } from '../../shared/report/groupSheet';
import { FinancingTable } from './FinancingTable';
import { Printed } from './Printed';
import { StatusBadge } from './StatusBadge';
import { SummaryTiles } from './SummaryTiles';
import { TimelineHead, TimelineTrack } from './Timeline';
import { useSheetT } from './useSheetT';

const LEGEND = ['completed', 'in-progress', 'delayed', 'not-started', 'unreported'] as const;

export function GroupSheetView({ sheet }: { sheet: GroupSheet }) {
  const t = useSheetT(sheet.lang);
  const h = sheet.header;
  let section: string | null = null;
  // A remarks column nobody has written in would take a seventh of the width from the activity texts.
  const withRemarks = sheet.rows.some((r) => r.remarks !== '');
  return (
    <>
      <header className="masthead">
        <div className="kicker">
          {t('groupSheet.kicker')} · {h.symbol}
        </div>
        <h1>
          {t('groupSheet.title', { numeral: h.numeral, title: h.title.text })}
          {h.title.unofficial && <span className="mark">†</span>}
        </h1>
        <dl className="meta">
          <div className="wide">
            <dt>{t('header.programme')}</dt>
            <dd>
              <Printed text={h.programmeTitle} />
            </dd>
          </div>
          <div>
            <dt>{t('header.theme')}</dt>
            <dd>
              <Printed text={h.theme} />
            </dd>
          </div>
          <div>
            <dt>{t('header.dataDate')}</dt>
            <dd>
              {h.dataDate ?? t('header.noData')} · {t('header.printDate')} {h.printDate}
            </dd>
          </div>
          {h.reportsOf !== null && (
            <div className="wide">
              <dt>{t('header.reportsOf')}</dt>
              <dd>{h.reportsOf}</dd>
            </div>
          )}
          <div>
            <dt>{t('header.coordinators')}</dt>
            <dd>{h.coordinators.join('; ')}</dd>
          </div>
          <div>
            <dt>{t('header.secretariats')}</dt>
            <dd>{h.secretariats.join('; ')}</dd>
          </div>
        </dl>
      </header>

      <SummaryTiles summary={sheet.summary} overall={sheet.overall} lang={sheet.lang} />

      <div className="heading-row">
        <h2>{t('table.heading')}</h2>
        <div className="legend">
          {LEGEND.map((s) => (
            <StatusBadge key={s} status={s === 'unreported' ? null : s} lang={sheet.lang} />
          ))}
          <span>{t('table.legend')}</span>
        </div>
      </div>
      <table className="acts">
        <colgroup>
          <col style={{ width: '3%' }} />
          <col style={{ width: withRemarks ? '30%' : '47%' }} />
          <col style={{ width: '9.5%' }} />
          <col style={{ width: '9.5%' }} />
          <col style={{ width: '3.5%' }} />
          <col style={{ width: '8%' }} />
          {withRemarks && <col style={{ width: '17%' }} />}
          <col style={{ width: '19.5%' }} />
        </colgroup>
        <thead>
          <tr>
            <th>{t('table.number')}</th>
            <th>{t('table.activity')}</th>
            <th>{t('table.planned')}</th>
            <th>{t('table.status')}</th>
            <th className="num">{t('table.percent')}</th>
            <th>{t('table.lastUpdate')}</th>
            {withRemarks && <th>{t('table.remarks')}</th>}
            <th className="tl">
              <TimelineHead axis={sheet.axis} />
            </th>
          </tr>
        </thead>
        <tbody>
          {sheet.rows.map((r) => {
            const heading = r.section !== null && r.section.text !== section ? r.section : null;
            if (r.section !== null) section = r.section.text;
            return (
              <Fragment key={r.id}>
                {heading && (
                  <tr className="section">
                    <td colSpan={withRemarks ? 8 : 7}>
                      <Printed text={heading} />
                    </td>
                  </tr>
                )}
                <tr>
                  <td className="num">{r.number}</td>
                  <td>
                    <Printed text={r.text} marks={r.footnotes} />
                  </td>
                  <td className={r.bar === null && r.planned !== null ? 'words' : undefined}>
                    {r.planned ?? <span className="muted">{t('table.notSet')}</span>}
                  </td>
                  <td>
                    <StatusBadge status={r.status} lang={sheet.lang} />
                    {r.overdue && <span className="late-tag">{t('table.overdue')}</span>}
                  </td>
                  <td className="num">{r.percent === null ? '' : r.percent}</td>
                  <td className="nowrap">
                    {r.lastUpdate ?? ''}
                    {r.reporter !== null && <span className="muted block">{r.reporter}</span>}
                  </td>
                  {withRemarks && <td className="remarks">{r.remarks}</td>}
                  <td className="tl">
                    <TimelineTrack axis={sheet.axis} bar={r.bar} status={r.status} />
                  </td>
                </tr>
              </Fragment>
            );
          })}
        </tbody>
      </table>
      <FinancingTable financing={sheet.financing} lang={sheet.lang} />

      <footer className="notes">
        {sheet.footnotes.map((f) => (
          <p key={f.mark}>
            <span className="mark">{f.mark}</span> <Printed text={f.text} />
          </p>
        ))}
        {sheet.unofficialNote !== null && <p>{t('footnotes.unofficial', { lang: sheet.unofficialNote })}</p>}
        <p>{t('footnotes.source', { symbol: h.symbol })}</p>
      </footer>
    </>
  );
}
