import type { ReactNode } from 'react';
import type { Lang } from '../../shared/model/text';
import type { PrintedStatus, PrintedText } from '../../shared/report/groupSheet';
import { Printed } from './Printed';
import { useSheetT } from './useSheetT';

/** The top of a sheet: what kind of sheet under which symbol, its title, and a list of facts about it. */
export function Masthead({
  kicker,
  symbol,
  title,
  children,
}: {
  kicker: string;
  symbol: string;
  title: ReactNode;
  children: ReactNode;
}) {
  return (
    <header className="masthead">
      <div className="kicker">
        {kicker} · {symbol}
      </div>
      <h1>{title}</h1>
      <dl className="meta">{children}</dl>
    </header>
  );
}

/** One fact in the masthead; `wide` ones take the full width of the list. */
export function MetaRow({
  label,
  wide = false,
  children,
}: {
  label?: string;
  wide?: boolean;
  children: ReactNode;
}) {
  return (
    <div className={wide ? 'wide' : undefined}>
      {label !== undefined && <dt>{label}</dt>}
      <dd>{children}</dd>
    </div>
  );
}

/** The programme's title, and what it is (a draft, a proposal, adopted): a line more would push sheets onto a second page. */
export function ProgrammeRow({
  title,
  status,
  lang,
}: {
  title: PrintedText;
  status: PrintedStatus | null;
  lang: Lang;
}) {
  const t = useSheetT(lang);
  return (
    <MetaRow label={t('header.programme')} wide>
      <Printed text={title} />
      {status !== null && ` (${t(`programmeStatus.${status.status}`)})`}
    </MetaRow>
  );
}

/** When the newest data is from and when the sheet was printed: a reader needs both to judge how current it is. */
export function DataDateRow({
  dataDate,
  printDate,
  lang,
}: {
  dataDate: string | null;
  printDate: string;
  lang: Lang;
}) {
  const t = useSheetT(lang);
  return (
    <MetaRow label={t('header.dataDate')}>
      {dataDate ?? t('header.noData')} · {t('header.printDate')} {printDate}
    </MetaRow>
  );
}
