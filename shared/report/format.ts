import type { Lang } from '../model/text';
import type { Month } from '../model/dates';

/**
 * Intl formatting of the printed documents. Everything printed goes through here so that a sheet in
 * French writes "janv. 2020" and "140 000 $US" while the English one writes "Jan 2020" and "US$140,000".
 */
const LOCALE: Record<Lang, string> = { es: 'es', en: 'en-GB', pt: 'pt-BR', fr: 'fr' };

export function localeOf(lang: Lang): string {
  return LOCALE[lang];
}

// Building an Intl formatter costs far more than using one (it loads locale data), and a sheet formats
// hundreds of months, days and amounts: keep one formatter per language and set of options.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function dateFormat(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(localeOf(lang), options);
    dateFormats.set(key, format);
  }
  return format;
}

function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(localeOf(lang), options);
    numberFormats.set(key, format);
  }
  return format;
}

function utcDate(year: number, monthIndex0: number, day = 1): Date {
  return new Date(Date.UTC(year, monthIndex0, day));
}

function monthParts(m: Month): [number, number] {
  const [y, mm] = m.split('-').map(Number) as [number, number];
  return [y, mm - 1];
}

/** "Jan 2020", "ene 2020". */
export function formatMonth(m: Month, lang: Lang): string {
  const [y, mi] = monthParts(m);
  return dateFormat(lang, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(utcDate(y, mi));
}

/** "Jan – Jun 2020", "oct 2020 – mar 2021": Intl drops the repeated year, which keeps the planned column narrow. */
export function formatMonthRange(from: Month, to: Month, lang: Lang): string {
  const [y1, m1] = monthParts(from);
  const [y2, m2] = monthParts(to);
  return new Intl.DateTimeFormat(localeOf(lang), {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).formatRange(utcDate(y1, m1), utcDate(y2, m2));
}

/** One or two letters for a timeline column: "J", "F"… (narrow month). */
export function formatMonthInitial(m: Month, lang: Lang): string {
  const [y, mi] = monthParts(m);
  return dateFormat(lang, { month: 'narrow', timeZone: 'UTC' }).format(utcDate(y, mi)).toUpperCase();
}

/** A `YYYY-MM-DD` day: "12 Mar 2021". */
export function formatDay(day: string, lang: Lang): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return dateFormat(lang, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    utcDate(y, m - 1, d),
  );
}

/** The days of an event, in words: "27–29 de abril de 2010", "31 January – 3 February 2011". */
export function formatDayRange(from: string, to: string, lang: Lang): string {
  const day = (s: string) => {
    const [y, m, d] = s.split('-').map(Number) as [number, number, number];
    return utcDate(y, m - 1, d);
  };
  return new Intl.DateTimeFormat(localeOf(lang), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).formatRange(day(from), day(to));
}

/**
 * Amounts are kept in cents and read the same on screen and on paper: the reader's locale, always two
 * decimals (Intl would round COP or CLP to whole units, showing 1.200,50 COP as 1201 COP).
 */
export function formatMoney(cents: number, currency: string, lang: Lang): string {
  return numberFormat(lang, {
    style: 'currency',
    currency,
    currencyDisplay: 'symbol',
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(cents / 100);
}

/** A share between 0 and 1 as "45 %" / "45%". */
export function formatShare(share: number, lang: Lang): string {
  return numberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

export function formatList(items: readonly string[], lang: Lang): string {
  return new Intl.ListFormat(localeOf(lang), { style: 'long', type: 'conjunction' }).format(items);
}

/** The language's own name in the reader's language: "inglés", "English". */
export function languageName(of: Lang, lang: Lang): string {
  return new Intl.DisplayNames([localeOf(lang)], { type: 'language' }).of(of) ?? of;
}

/** `YYYY-MM-DD` of a date in UTC, so a sheet printed anywhere carries the same day. */
export function dayOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}
