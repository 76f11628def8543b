import { Fragment } from 'react';
import type { GroupSheet } from '../../shared/report/groupSheet';
import { ClosingNotes } from './ClosingNotes';
import { FinancingTable } from './FinancingTable';
import { DataDateRow, Masthead, MetaRow, ProgrammeRow } from './Masthead';
import { Printed } from './Printed';
import { PercentValue } from './PercentValue';
import { StatusBadge } from './StatusBadge';
import { SummaryTiles } from './SummaryTiles';
import { TableHead } from './TableHead';
import { TimelineHead, TimelineTrack } from './Timeline';
import { useSheetT } from './useSheetT';

const LEGEND = ['completed', 'in-progress', 'delayed', 'not-started', 'unreported'] as const;

/** Percent of the table's width for the activity texts and the remarks; the other columns' widths are fixed. */
const SHARED = 53.5;

/**
 * The width the activity texts and the remarks share, split by how much each says (remarks are set
 * smaller, so a character of theirs counts for less): a row is as tall as its longest cell, so neither
 * column wraps far more than the other. Remarks never take more than 40% of it.
 */
function textColumns(rows: GroupSheet['rows']): { activity: number; remarks: number } {
  const reported = rows.filter((r) => r.remarks !== '');
  if (reported.length === 0) return { activity: SHARED, remarks: 0 };
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const activity = mean(reported.map((r) => r.text.text.length));
  const remarks = mean(reported.map((r) => r.remarks.length)) * (7 / 8);
  const share = Math.min(0.4, Math.max(0.25, remarks / (activity + remarks)));
  const r = Math.round(SHARED * share * 10) / 10;
  return { activity: SHARED - r, remarks: r };
}

/** For each row, its section when the section changes there (a heading row goes above it), else null. */
function sectionHeadings(rows: GroupSheet['rows']): GroupSheet['rows'][number]['section'][] {
  let section: string | null = null;
  return rows.map((r) => {
    const heading = r.section !== null && r.section.text !== section ? r.section : null;
    if (r.section !== null) section = r.section.text;
    return heading;
  });
}

export function GroupSheetView({ sheet }: { sheet: GroupSheet }) {
  const t = useSheetT(sheet.lang);
  const h = sheet.header;
  const headings = sectionHeadings(sheet.rows);
  // A remarks column nobody has written in would take a fifth of the width from the activity texts.
  const widths = textColumns(sheet.rows);
  const withRemarks = widths.remarks > 0;
  return (
    <>
      <Masthead
        kicker={t('groupSheet.kicker')}
        symbol={h.symbol}
        title={<>{t('groupSheet.title', { numeral: h.numeral, title: h.title.text })}</>}
      >
        <ProgrammeRow title={h.programmeTitle} status={h.programmeStatus} lang={sheet.lang} />
        <MetaRow label={t('header.theme')}>
          <Printed text={h.theme} />
        </MetaRow>
        <DataDateRow dataDate={h.dataDate} printDate={h.printDate} lang={sheet.lang} />
        {h.reportsOf !== null && (
          <MetaRow label={t('header.reportsOf')} wide>
            {h.reportsOf}
          </MetaRow>
        )}
        <MetaRow label={t('header.coordinators')}>{h.coordinators.join('; ')}</MetaRow>
        <MetaRow label={t('header.secretariats')}>{h.secretariats.join('; ')}</MetaRow>
      </Masthead>

      <SummaryTiles summary={sheet.summary} overall={sheet.overall} lang={sheet.lang} />

      <div className="heading-row">
        <h2>{t('table.heading')}</h2>
        <div className="legend">
          {LEGEND.map((s) => (
            <StatusBadge key={s} status={s === 'unreported' ? null : s} lang={sheet.lang} />
          ))}
        </div>
      </div>
      <table className="acts">
        <TableHead
          columns={[
            { width: '3%', label: t('table.number') },
            { width: `${widths.activity}%`, label: t('table.activity') },
            { width: '7.5%', label: t('table.planned') },
            { width: '11.5%', label: t('table.status') },
            { width: '3.5%', label: t('table.percent'), className: 'num' },
            { width: '10%', label: t('table.lastUpdate') },
            ...(withRemarks ? [{ width: `${widths.remarks}%`, label: t('table.remarks') }] : []),
            { width: '11%', label: <TimelineHead axis={sheet.axis} />, className: 'tl' },
          ]}
        />
        <tbody>
          {sheet.rows.map((r, i) => {
            const heading = headings[i] ?? null;
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
                  <td className="num">
                    {r.percent !== null && <PercentValue percent={r.percent} lang={sheet.lang} />}
                  </td>
                  <td className="whole-words">
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
        <ClosingNotes
          legend={t('table.legend')}
          languageNote={sheet.languageNote}
          symbol={h.symbol}
          lang={sheet.lang}
        />
      </footer>
    </>
  );
}
