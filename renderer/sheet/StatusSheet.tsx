import type { CountrySheet } from '../../shared/report/countrySheet';
import type { GroupSheet } from '../../shared/report/groupSheet';
import { CountrySheetView } from './CountrySheetView';
import { GroupSheetView } from './GroupSheetView';
import { sheetCss } from './sheetCss';
import type { Paper } from '../../shared/report/paper';
import { useSheetT } from './useSheetT';

export interface StatusSheetProps {
  sheet: GroupSheet | CountrySheet;
  paper: Paper;
}

/**
 * The one status sheet: the app's preview, window.print, Electron's printToPDF and the CLI's Chromium
 * all render this component with its own stylesheet, so what is previewed is what is printed.
 */
export function StatusSheet({ sheet, paper }: StatusSheetProps) {
  const t = useSheetT(sheet.lang);
  const footer =
    sheet.kind === 'group'
      ? `${sheet.header.symbol} · ${t('groupSheet.kicker')} ${sheet.header.numeral} · ${sheet.header.printDate}`
      : `${sheet.symbol} · ${t('countrySheet.kicker')} · ${sheet.country} · ${sheet.printDate}`;
  return (
    <article className="cea-sheet" lang={sheet.lang}>
      <style>{sheetCss(paper, t('page.label'), t('page.of'), footer)}</style>
      {sheet.kind === 'group' ? <GroupSheetView sheet={sheet} /> : <CountrySheetView sheet={sheet} />}
    </article>
  );
}
