import { monthIndex } from '../model/dates';
import type { Month, PlannedDate } from '../model/dates';
import type { Lang } from '../model/text';
import { formatMonthInitial } from './format';

export interface TimelineMonth {
  month: Month;
  initial: string;
  /** True on January and on the first column, where the year label goes. */
  startsYear: boolean;
  year: number;
}

/** Where a bar sits, as fractions (0–1) of the timeline's width. */
export interface Bar {
  from: number;
  to: number;
  /** The plan states only one end; the bar covers that month and is drawn open. */
  open: boolean;
}

export interface TimelineAxis {
  start: Month;
  end: Month;
  months: TimelineMonth[];
  /** Position of today's line, or null when today is outside the biennium. */
  today: number | null;
}

function monthAt(index: number): Month {
  const y = Math.floor(index / 12);
  return `${y}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export function timelineAxis(start: Month, end: Month, today: Date, lang: Lang): TimelineAxis {
  const first = monthIndex(start);
  const count = monthIndex(end) - first + 1;
  const months: TimelineMonth[] = [];
  for (let i = 0; i < count; i++) {
    const month = monthAt(first + i);
    months.push({
      month,
      initial: formatMonthInitial(month, lang),
      startsYear: i === 0 || month.endsWith('-01'),
      year: Math.floor((first + i) / 12),
    });
  }
  // Today sits inside its month in proportion to the day, so a line drawn on the 15th is mid-column.
  const daysInMonth = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + 1, 0)).getUTCDate();
  const position =
    (today.getUTCFullYear() * 12 + today.getUTCMonth() - first + (today.getUTCDate() - 1) / daysInMonth) /
    count;
  return { start, end, months, today: position >= 0 && position <= 1 ? position : null };
}

/**
 * The planned bar of an activity, clipped to the biennium. Dates stated only in words have no bar;
 * they are printed as words next to it.
 */
export function plannedBar(axis: TimelineAxis, start: PlannedDate, end: PlannedDate): Bar | null {
  const s = start.month ?? end.month;
  const e = end.month ?? start.month;
  if (s === null || e === null) return null;
  const first = monthIndex(axis.start);
  const count = axis.months.length;
  const from = Math.max(0, monthIndex(s) - first);
  const to = Math.min(count, monthIndex(e) - first + 1);
  if (to <= 0 || from >= count || to <= from) return null;
  return { from: from / count, to: to / count, open: start.month === null || end.month === null };
}
