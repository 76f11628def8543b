import type { PlannedDate } from '../model/dates';
import type { Lang } from '../model/text';
import { pickText } from '../model/text';
import { formatMonth, formatMonthRange } from './format';

/** A planned date as printed: the month when set, else the plan's own words, else null. */
export function plannedDateText(d: PlannedDate, lang: Lang): string | null {
  if (d.month !== null) return formatMonth(d.month, lang);
  if (d.words !== null) return pickText(d.words, lang).text;
  return null;
}

/** "Jan – Jun 2020"; a single text when both ends say the same; null when the plan says nothing. */
export function plannedRangeText(start: PlannedDate, end: PlannedDate, lang: Lang): string | null {
  if (start.month !== null && end.month !== null) return formatMonthRange(start.month, end.month, lang);
  const s = plannedDateText(start, lang);
  const e = plannedDateText(end, lang);
  if (s === null || e === null || s === e) return s ?? e;
  return `${s} – ${e}`;
}
