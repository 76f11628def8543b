import type { Month, PlannedDate } from '../../shared/model/dates';
import { monthIndex } from '../../shared/model/dates';
import type { Status } from '../../shared/model/records';
import { useFormat } from '../app/format';
import { useT } from '../app/i18n';

export interface Span {
  start: Month;
  end: Month;
}

/** Where `date` falls on the span, as a share of its width (0 = first day of the first month). */
export function position(span: Span, date: Date): number {
  const months = monthIndex(span.end) - monthIndex(span.start) + 1;
  const daysInMonth = new Date(date.getFullYear(), date.getMonth() + 1, 0).getDate();
  const at =
    date.getFullYear() * 12 + date.getMonth() - monthIndex(span.start) + (date.getDate() - 1) / daysInMonth;
  return at / months;
}

/** The planned months of an activity, clipped to the span; null when neither end is a month. */
export function plannedBar(
  span: Span,
  start: PlannedDate,
  end: PlannedDate,
): { from: number; to: number } | null {
  const first = start.month ?? end.month;
  const last = end.month ?? start.month;
  if (!first || !last) return null;
  const months = monthIndex(span.end) - monthIndex(span.start) + 1;
  const clip = (i: number) => Math.min(Math.max(i, 0), months);
  const from = clip(monthIndex(first) - monthIndex(span.start));
  const to = clip(monthIndex(last) - monthIndex(span.start) + 1);
  return to > from ? { from: from / months, to: to / months } : null;
}

/** The year labels over the timeline column. */
export function TimelineScale({ span }: { span: Span }) {
  const months = monthIndex(span.end) - monthIndex(span.start) + 1;
  const years: Array<{ year: number; share: number }> = [];
  for (let i = monthIndex(span.start); i <= monthIndex(span.end); i++) {
    const year = Math.floor(i / 12);
    const last = years[years.length - 1];
    if (last && last.year === year) last.share += 1 / months;
    else years.push({ year, share: 1 / months });
  }
  return (
    <span className="timeline-scale" aria-hidden="true">
      {years.map((y) => (
        <span key={y.year} style={{ width: `${y.share * 100}%` }}>
          {y.year}
        </span>
      ))}
    </span>
  );
}

/** One activity's row of the timeline: the planned bar in its status colour and a line for today. */
export function Timeline({
  span,
  start,
  end,
  status,
  today,
}: {
  span: Span;
  start: PlannedDate;
  end: PlannedDate;
  status: Status;
  today: Date;
}) {
  const { t, lang } = useT();
  const format = useFormat(lang);
  const bar = plannedBar(span, start, end);
  const now = position(span, today);
  const label = bar
    ? `${t('group:plan.bar', { start: format.planned(start, t('common:notSet')), end: format.planned(end, t('common:notSet')) })}; ${t(`common:status.${status}`)}`
    : t('group:plan.noBar');
  return (
    <div className="timeline" role="img" aria-label={label}>
      {bar && (
        <span
          className={`timeline__bar status--${status}`}
          style={{ left: `${bar.from * 100}%`, width: `${(bar.to - bar.from) * 100}%` }}
        />
      )}
      {now >= 0 && now <= 1 && (
        <span className="timeline__today" style={{ left: `${now * 100}%` }} title={t('group:plan.today')} />
      )}
    </div>
  );
}
