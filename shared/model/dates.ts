import { z } from 'zod';
import { Localized } from './text';

/** A calendar month, `YYYY-MM`. */
export const Month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'month must be YYYY-MM');
export type Month = z.infer<typeof Month>;

/** An ISO date, `YYYY-MM-DD`. */
export const Day = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'date must be YYYY-MM-DD');

/**
 * A planned start or end as the programme states it: a month, or a condition in words
 * ("To be decided in May 2020", "Six months after…"), or nothing at all. A coordinator may later
 * set the month; the words are kept for the record.
 */
export const PlannedDate = z
  .object({
    month: Month.nullable(),
    words: Localized.nullable(),
  })
  .strict();
export type PlannedDate = z.infer<typeof PlannedDate>;

export function monthIndex(m: Month): number {
  const [y, mm] = m.split('-').map(Number) as [number, number];
  return y * 12 + (mm - 1);
}

export function compareMonths(a: Month, b: Month): number {
  return monthIndex(a) - monthIndex(b);
}

export function monthOf(date: Date): Month {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
}
