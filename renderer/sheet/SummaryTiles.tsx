import type { Lang } from '../../shared/model/text';
import type { StatusCounts } from '../../shared/report/activityState';
import { useSheetT } from './useSheetT';

export function SummaryTiles({
  summary,
  overall,
  lang,
}: {
  summary: StatusCounts;
  overall: string;
  lang: Lang;
}) {
  const t = useSheetT(lang);
  const tiles = [
    { key: 'activities', value: summary.total, cls: '' },
    { key: 'completed', value: summary.completed, cls: 'st-completed' },
    { key: 'inProgress', value: summary.inProgress, cls: 'st-in-progress' },
    { key: 'delayed', value: summary.delayed, cls: 'st-delayed' },
    { key: 'overdue', value: summary.overdue, cls: 'late' },
    { key: 'notStarted', value: summary.notStarted, cls: 'st-not-started' },
  ] as const;
  return (
    <section className="tiles" aria-label={t('summary.heading')}>
      {tiles.map((tile) => (
        <div key={tile.key} className={`tile ${tile.cls}`}>
          <b>{tile.value}</b>
          <span>{t(`summary.${tile.key}`)}</span>
        </div>
      ))}
      <div className="tile overall">
        <b>{overall}</b>
        <span>{t('summary.overall')}</span>
        <div className="meter">
          <i style={{ width: `${Math.round(summary.overall * 100)}%` }} />
        </div>
      </div>
    </section>
  );
}
