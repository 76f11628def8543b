import type { CSSProperties } from 'react';
import type { Status } from '../../shared/model/records';
import type { Bar, TimelineAxis } from '../../shared/report/timeline';

const pct = (f: number) => `${(f * 100).toFixed(3)}%`;

/** Column header of the timeline: years over month initials; repeated on every page with the table head. */
export function TimelineHead({ axis }: { axis: TimelineAxis }) {
  const years: { year: number; span: number }[] = [];
  for (const m of axis.months) {
    const last = years[years.length - 1];
    if (last && last.year === m.year) last.span += 1;
    else years.push({ year: m.year, span: 1 });
  }
  const style = { '--months': axis.months.length } as CSSProperties;
  // A biennium's 24 initials at a readable size are wider than their columns: then only quarters are named.
  const named = (month: string) => axis.months.length <= 12 || (Number(month.slice(5, 7)) - 1) % 3 === 0;
  return (
    <>
      <div className="tl-years">
        {years.map((y) => (
          <span key={y.year} style={{ width: pct(y.span / axis.months.length) }}>
            {y.year}
          </span>
        ))}
      </div>
      <div className="tl-axis" style={style}>
        {axis.months.map((m) => (
          <span key={m.month} className={m.startsYear ? 'year' : undefined}>
            {named(m.month) ? m.initial : ''}
          </span>
        ))}
      </div>
    </>
  );
}

export function TimelineTrack({
  axis,
  bar,
  status,
}: {
  axis: TimelineAxis;
  bar: Bar | null;
  status: Status | null;
}) {
  const style = { '--months': axis.months.length } as CSSProperties;
  return (
    <div className={`tl-track st-${status ?? 'unreported'}`} style={style}>
      {bar && (
        <i
          className={bar.open ? 'tl-bar open' : 'tl-bar'}
          style={{ left: pct(bar.from), width: pct(bar.to - bar.from) }}
        />
      )}
      {axis.today !== null && <i className="tl-today" style={{ left: pct(axis.today) }} />}
    </div>
  );
}
