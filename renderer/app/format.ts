import { useMemo } from 'react';
import type { Month, PlannedDate } from '../../shared/model/dates';
import type { Lang } from '../../shared/model/text';
import { textOf } from '../../shared/model/text';
import { formatMoney } from '../../shared/report/format';

/**
 * Dates, numbers and money in the reader's language through Intl. Months and days are calendar
 * values, not instants: they are formatted in UTC so no time zone shifts them by a day.
 */
export interface Format {
  month(m: Month): string;
  day(d: string): string;
  time(d: Date): string;
  /** Date and time to the second, to tell apart backups made in the same minute. */
  instant(iso: string): string;
  number(n: number): string;
  percent(share: number): string;
  money(cents: number, currency: string): string;
  planned(p: PlannedDate, none: string): string;
}

function utc(y: number, m: number, d = 1): Date {
  return new Date(Date.UTC(y, m - 1, d));
}

export function createFormat(lang: Lang): Format {
  const month = new Intl.DateTimeFormat(lang, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const day = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' });
  const time = new Intl.DateTimeFormat(lang, { timeStyle: 'short' });
  const instant = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'medium' });
  const number = new Intl.NumberFormat(lang);
  const percent = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 });
  const fmt: Format = {
    month: (m) => {
      const [y, mm] = m.split('-').map(Number) as [number, number];
      return month.format(utc(y, mm));
    },
    day: (d) => {
      const [y, mm, dd] = d.slice(0, 10).split('-').map(Number) as [number, number, number];
      return day.format(utc(y, mm, dd));
    },
    time: (d) => time.format(d),
    instant: (iso) => instant.format(new Date(iso)),
    number: (n) => number.format(n),
    percent: (share) => percent.format(share),
    // The one amount format of the app, so that a screen and the printed sheet agree.
    money: (cents, currency) => formatMoney(cents, currency, lang),
    planned: (p, none) => (p.month ? fmt.month(p.month) : p.words ? textOf(p.words, lang) : none),
  };
  return fmt;
}

export function useFormat(lang: Lang): Format {
  return useMemo(() => createFormat(lang), [lang]);
}

/** Today as `YYYY-MM-DD` in local time: the day the user sees on their calendar. */
export function today(now: Date = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
